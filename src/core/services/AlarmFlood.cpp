// SPDX-License-Identifier: Apache-2.0
#include "core/services/AlarmFlood.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
[[noreturn]] void bad(const QString &key, const QString &what)
{
    fail(ErrorCode::BadInput, u"telemetry_settings '%1': %2"_s.arg(key, what));
}
} // namespace

FloodSettings FloodSettings::parse(const QHash<QString, QString> &values, const QStringList &knownAreas)
{
    FloodSettings s;
    if (values.contains(u"flood_alarms"_s)) {
        bool ok = false;
        const int n = values.value(u"flood_alarms"_s).trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 10000)
            bad(u"flood_alarms"_s, u"'%1' is not a number of alarms (1..10000)"_s.arg(values.value(u"flood_alarms"_s)));
        s.alarms = n;
    }
    if (values.contains(u"flood_window_s"_s)) {
        bool ok = false;
        const qint64 seconds = values.value(u"flood_window_s"_s).trimmed().toLongLong(&ok);
        if (!ok || seconds < 60 || seconds > 86400)
            bad(u"flood_window_s"_s, u"'%1' is not a number of seconds (60..86400)"_s.arg(values.value(u"flood_window_s"_s)));
        s.windowMs = seconds * 1000;
    }
    const QString key = u"operator_positions"_s;
    if (values.contains(key) && !values.value(key).trimmed().isEmpty()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(values.value(key).toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            bad(key, u"not JSON at offset %1: %2"_s.arg(err.offset).arg(err.errorString()));
        if (!doc.isArray())
            bad(key, u"must be a JSON array of positions {\"code\", \"name\", \"areas\"}"_s);
        QList<OperatorPosition> positions;
        QStringList codes;
        const QJsonArray list = doc.array();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = u"position #%1"_s.arg(i + 1);
            if (!list[i].isObject())
                bad(key, u"%1: must be an object"_s.arg(where));
            const QJsonObject o = list[i].toObject();
            OperatorPosition p;
            p.code = o.value(u"code"_s).toString().trimmed();
            if (p.code.isEmpty())
                bad(key, u"%1: field 'code': missing"_s.arg(where));
            if (codes.contains(p.code))
                bad(key, u"%1: field 'code': '%2' is used twice"_s.arg(where, p.code));
            codes << p.code;
            p.name = o.value(u"name"_s).toString().trimmed();
            const QJsonValue areas = o.value(u"areas"_s);
            if (!areas.isUndefined() && !areas.isArray())
                bad(key, u"%1 ('%2'): field 'areas': must be an array of area codes"_s.arg(where, p.code));
            for (const QJsonValue &a : areas.toArray()) {
                const QString area = a.toString().trimmed();
                if (area.isEmpty())
                    bad(key, u"%1 ('%2'): field 'areas': an entry is not an area code"_s.arg(where, p.code));
                if (!knownAreas.isEmpty() && !knownAreas.contains(area))
                    bad(key, u"%1 ('%2'): field 'areas': unknown area '%3'"_s.arg(where, p.code, area));
                p.areas << area;
            }
            positions << p;
        }
        if (!positions.isEmpty())
            s.positions = positions;
    }
    return s;
}

FloodSettings FloodSettings::load(Database &db)
{
    if (!db.hasTable(u"telemetry_settings"_s))
        return {};
    QHash<QString, QString> values;
    QSqlQuery q = db.exec(u"SELECT key, value FROM telemetry_settings "
                          "WHERE key IN ('flood_alarms', 'flood_window_s', 'operator_positions')"_s);
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    QStringList areas;
    QSqlQuery a = db.exec(u"SELECT code FROM areas"_s);
    while (a.next())
        areas << a.value(0).toString();
    return parse(values, areas);
}

const OperatorPosition *FloodSettings::position(const QString &code) const
{
    for (const OperatorPosition &p : positions)
        if (p.code == code)
            return &p;
    return nullptr;
}

FloodStatus floodStatusOf(const FloodSettings &settings, const QString &position, const QList<FloodAlarm> &alarms, qint64 now)
{
    const OperatorPosition *p = settings.position(position);
    const OperatorPosition whole{position, {}, {}};
    const OperatorPosition &pos = p ? *p : whole;
    FloodStatus s;
    s.position = pos.code;
    for (const FloodAlarm &a : alarms) {
        if (a.shelved || a.raisedAt <= now - settings.windowMs || a.raisedAt > now || !pos.covers(a.area))
            continue;
        ++s.count;
        ++s.areas[a.area];
    }
    s.flooding = s.count > settings.alarms;
    for (auto it = s.areas.cbegin(); it != s.areas.cend(); ++it)
        if (it.value() > settings.alarms && !it.key().isEmpty())
            s.floodingAreas << it.key();
    return s;
}

QList<FloodStatus> floodStatus(const FloodSettings &settings, const QList<FloodAlarm> &alarms, qint64 now)
{
    QList<FloodStatus> out;
    for (const OperatorPosition &p : settings.positions)
        out << floodStatusOf(settings, p.code, alarms, now);
    return out;
}

} // namespace gl
