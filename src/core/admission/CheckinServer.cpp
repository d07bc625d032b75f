// SPDX-License-Identifier: Apache-2.0
#include "core/admission/CheckinServer.h"
#include "core/admission/WatermarkOcr.h"
#include "core/services/SiteService.h"
#include "core/store/Database.h"
#include "core/util/Log.h"
#include "core/util/Timestamp.h"
#include "core/vision/Exif.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::admission {

namespace {

QJsonObject reply(const QString &status, const QString &reason)
{
    return {{u"status"_s, status}, {u"reason"_s, reason}};
}

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

CheckinServer::CheckinServer(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_server(std::make_unique<QHttpServer>())
{
    installWatermarkReader(); // check-ins need the panorama's timestamp watermark read (Tesseract)
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    m_layout = SiteService(ctx).layout();
    m_zone = timeZoneOrUtc(m_layout.timezone.toUtf8());
    m_server->route(u"/api/v1/health"_s, QHttpServerRequest::Method::Get,
                    [this] { return QHttpServerResponse(QJsonObject{{u"ok"_s, true}, {u"site"_s, m_layout.code}}); });
    m_server->route(u"/api/v1/gates"_s, QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return handleGates(r); });
    m_server->route(u"/api/v1/checkins"_s, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return handleCheckin(r); });
}

CheckinServer::~CheckinServer() = default;

quint16 CheckinServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server->listen(address, port);
    if (m_port)
        qCInfo(lcServices).noquote() << "check-in intake listening on" << address.toString() << m_port;
    return m_port;
}

QString CheckinServer::authenticate(const QHttpServerRequest &request, QString *why)
{
    const QByteArray auth = request.value("Authorization");
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    try {
        AdmissionService admission(ctx);
        if (!auth.startsWith("Bearer "))
            admission.recordRefusal(u"checkin.auth.refuse"_s, u"device"_s, u"unknown"_s,
                                    {{u"remote"_s, request.remoteAddress().toString()}},
                                    u"missing 'Authorization: Bearer <device token>' header"_s);
        return admission.authenticateDevice(QString::fromLatin1(auth.mid(7).trimmed()));
    } catch (const Error &e) {
        *why = e.message();
        return {};
    }
}

QHttpServerResponse CheckinServer::handleGates(const QHttpServerRequest &request)
{
    QString why;
    if (authenticate(request, &why).isEmpty())
        return QHttpServerResponse(reply(u"refused"_s, why), QHttpServerResponse::StatusCode::Unauthorized);
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    const Table t = AdmissionService(ctx).gates();
    QJsonArray gates;
    for (const QVariantList &row : t.rows) {
        QJsonObject g;
        for (int i = 0; i < t.columns.size(); ++i)
            g.insert(t.columns[i], QJsonValue::fromVariant(row[i]));
        gates.append(g);
    }
    return QHttpServerResponse(QJsonObject{{u"site"_s, m_layout.code}, {u"gates"_s, gates}});
}

QHttpServerResponse CheckinServer::handleCheckin(const QHttpServerRequest &request)
{
    QString why;
    const QString device = authenticate(request, &why);
    if (device.isEmpty()) {
        Q_EMIT refused(why);
        return QHttpServerResponse(reply(u"refused"_s, why), QHttpServerResponse::StatusCode::Unauthorized);
    }
    ServiceContext ctx{m_db, Actor::system(u"checkin:"_s + device), &m_clock};
    AdmissionService admission(ctx);
    QString parseError;
    const CheckinInput in = parseCheckinBody(request.value("Content-Type"), request.body(), m_zone, &parseError);
    try {
        if (!parseError.isEmpty())
            admission.recordRefusal(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker,
                                    {{u"device"_s, device}}, u"check-in: %1"_s.arg(parseError));
        const CheckinResult r = admission.checkIn(device, in, m_layout);
        Q_EMIT checkedIn(r.worker, in.gate);
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"accepted"_s}, {u"id"_s, r.id}, {u"worker"_s, r.worker},
                                               {u"name"_s, r.name}, {u"contractor"_s, r.contractor}, {u"direction"_s, in.direction},
                                               {u"x"_s, std::round(r.x * 10) / 10}, {u"y"_s, std::round(r.y * 10) / 10},
                                               {u"watermark"_s, r.watermark}},
                                   QHttpServerResponse::StatusCode::Created);
    } catch (const Error &e) {
        qCWarning(lcServices).noquote() << "check-in refused (device" << device << "):" << e.message();
        Q_EMIT refused(e.message());
        const auto status = e.code() == ErrorCode::BadInput || e.code() == ErrorCode::NotFound
            ? QHttpServerResponse::StatusCode::UnprocessableEntity
            : QHttpServerResponse::StatusCode::ServiceUnavailable;
        return QHttpServerResponse(reply(u"refused"_s, e.message()), status);
    }
}

} // namespace gl::admission
