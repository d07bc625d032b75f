// SPDX-License-Identifier: Apache-2.0
// The check-in request body reader of the intake (JSON or multipart/form-data), apart from the HTTP
// server and the store so that it can be fuzzed alone (tests/fuzz/fuzz_checkin_request).
#include "modules/admission/intake/CheckinBody.h"
#include "modules/hazards/vision/Exif.h"
#include "platform/util/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::admission {

namespace {

/// Minimal multipart/form-data reader: name → (content). Enough for form fields and one file part.
QHash<QString, QByteArray> readMultipart(const QByteArray &contentType, const QByteArray &body, QString *error)
{
    QHash<QString, QByteArray> parts;
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0) {
        *error = u"multipart body without a boundary"_s;
        return parts;
    }
    QByteArray boundary = contentType.mid(b + 9);
    if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delim = QByteArray("--" + boundary);
    qsizetype pos = body.indexOf(delim);
    while (pos >= 0) {
        pos += delim.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delim), pos);
        if (headEnd < 0 || next < 0 || headEnd > next) {
            *error = u"malformed multipart body"_s;
            return parts;
        }
        const QByteArray head = body.mid(pos, headEnd - pos);
        const qsizetype n = head.indexOf("name=\"");
        if (n >= 0) {
            const qsizetype e = head.indexOf('"', n + 6);
            parts.insert(QString::fromUtf8(head.mid(n + 6, e - n - 6)), body.mid(headEnd + 4, next - headEnd - 4));
        }
        pos = next + 2;
    }
    return parts;
}

} // namespace

CheckinInput parseCheckinBody(const QByteArray &contentType, const QByteArray &body, const QTimeZone &siteZone,
                              QString *error)
{
    CheckinInput in;
    QJsonObject o;
    const QByteArray type = contentType.left(contentType.indexOf(';') < 0 ? contentType.size() : contentType.indexOf(';')).trimmed().toLower();
    if (type == "multipart/form-data") {
        const QHash<QString, QByteArray> parts = readMultipart(contentType, body, error);
        if (!error->isEmpty())
            return in;
        for (auto it = parts.begin(); it != parts.end(); ++it)
            if (it.key() != u"photo"_s)
                o.insert(it.key(), QString::fromUtf8(it.value()).trimmed());
        in.photo = parts.value(u"photo"_s);
        for (const QString &k : {u"lat"_s, u"lon"_s, u"accuracy_m"_s})
            if (o.contains(k)) {
                bool ok = false;
                const double v = o.value(k).toString().toDouble(&ok);
                o.insert(k, ok ? QJsonValue(v) : QJsonValue());
            }
    } else if (type == "application/json") {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = u"body: not a JSON object (%1 at offset %2)"_s.arg(pe.errorString()).arg(pe.offset);
            return in;
        }
        o = doc.object();
        const QString b64 = o.value(u"photo_base64"_s).toString();
        if (!b64.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = u"field 'photo_base64': not base64"_s;
                return in;
            }
            in.photo = *decoded;
        }
    } else {
        *error = u"Content-Type must be application/json or multipart/form-data"_s;
        return in;
    }
    in.worker = o.value(u"worker"_s).toString().trimmed();
    in.gate = o.value(u"gate"_s).toString().trimmed();
    in.direction = o.value(u"direction"_s).toString(u"in"_s);
    in.lat = o.value(u"lat"_s).toDouble(qQNaN());
    in.lon = o.value(u"lon"_s).toDouble(qQNaN());
    in.accuracyM = o.value(u"accuracy_m"_s).toDouble(-1);
    // Times: ISO 8601 (without an offset: site time, docs/FORMATS.md "Timestamps") or epoch milliseconds.
    for (const auto &[key, target] : {std::pair{u"time"_s, &in.at}, std::pair{u"watermark_time"_s, &in.watermarkAt}}) {
        if (!o.contains(key))
            continue;
        const TimestampResult t = timestampFromJson(o.value(key), siteZone);
        if (!t) {
            *error = u"field '%1': %2"_s.arg(key, t.error);
            return in;
        }
        *target = t->msecs;
    }
    if (!in.photo.isEmpty())
        in.exifTime = vision::readJpegExif(in.photo).dateTimeOriginal;
    return in;
}

} // namespace gl::admission
