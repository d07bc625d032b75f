// SPDX-License-Identifier: Apache-2.0
#include "MqttPayload.h"
#include "platform/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::mqtt {

QList<PayloadItem> readPayload(const QByteArray &payload, const Mapping &map, const QTimeZone &zone, qint64 now)
{
    QList<PayloadItem> out;
    if (!map.json) {
        bool ok = false;
        const double v = payload.trimmed().toDouble(&ok);
        gl::sdk::Sample s{map.tag, now, ok ? v : 0.0, ok && std::isfinite(v)};
        out.append({s.good ? QString() : u"payload is not a number"_s, s});
        return out;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    if (err.error != QJsonParseError::NoError || items.isEmpty()) {
        PayloadItem bad{u"payload is not a JSON object or array"_s, std::nullopt};
        if (!map.tag.isEmpty())
            bad.sample = gl::sdk::Sample{map.tag, now, 0.0, false};
        out.append(bad);
    }
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject o = item.toObject();
        gl::sdk::Sample s;
        s.tag = map.tag.isEmpty() ? o.value(map.tagField).toString() : map.tag;
        if (s.tag.isEmpty()) {
            out.append({u"no '%1' in the payload"_s.arg(map.tagField), std::nullopt});
            continue;
        }
        s.timestampMs = now;
        const QJsonValue ts = o.value(map.timeField);
        QString timeError;
        if (!ts.isUndefined()) {
            const gl::TimestampResult t = gl::timestampFromJson(ts, zone);
            if (t) {
                s.timestampMs = t->msecs;
            } else {
                s.good = false;
                timeError = u"field '%1': %2"_s.arg(map.timeField, t.error);
            }
        }
        const QJsonValue v = o.value(map.valueField);
        bool ok = v.isDouble();
        double value = v.toDouble();
        if (v.isString())
            value = v.toString().toDouble(&ok);
        s.value = ok ? value : 0.0;
        if (!ok || !std::isfinite(value))
            s.good = false;
        const QJsonValue q = o.value(u"quality"_s);
        if ((q.isString() && q.toString() != u"good"_s) || (q.isBool() && !q.toBool()))
            s.good = false;
        out.append({s.good ? QString() : u"tag %1: %2"_s.arg(s.tag, timeError.isEmpty() ? u"bad value or quality"_s : timeError), s});
    }
    return out;
}

} // namespace gl::mqtt
