// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/intake/CheckinServer.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/admission/logic/GateDevices.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/site/logic/SiteService.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "platform/util/Log.h"
#include "platform/util/Timestamp.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <cmath>
#include <exception>

using namespace Qt::StringLiterals;

namespace gl::admission {

namespace {

QJsonObject reply(const QString &status, const QString &reason)
{
    return {{u"status"_s, status}, {u"reason"_s, reason}};
}

/// Runs a route handler; nothing it throws leaves it (an exception escaping into the event loop would end
/// the process, and with it the site service that hosts the intake).
template <typename F>
QHttpServerResponse guarded(F &&handler)
{
    try {
        return handler();
    } catch (const Error &e) {
        qCWarning(lcServices).noquote() << "check-in intake:" << e.message();
        return QHttpServerResponse(reply(u"error"_s, e.message()), QHttpServerResponse::StatusCode::ServiceUnavailable);
    } catch (const std::exception &e) {
        qCWarning(lcServices).noquote() << "check-in intake: internal error:" << e.what();
        return QHttpServerResponse(reply(u"error"_s, u"internal error"_s), QHttpServerResponse::StatusCode::InternalServerError);
    }
}

} // namespace

/// Accepts connections for the HTTP server, but hands a connection over only once its request head has
/// passed CheckinServer::screen(): QHttpServer (Qt 6.4) buffers a whole body before any route handler
/// runs, so what must be refused before the body is read is refused here. TLS (QSslSocket) when configured.
class CheckinServer::Listener final : public QTcpServer {
public:
    Listener(CheckinServer *intake, std::optional<QSslConfiguration> tls) : m_intake(intake), m_tlsConfig(std::move(tls)) {}
    void release(QTcpSocket *socket)
    {
        addPendingConnection(socket);
        Q_EMIT newConnection(); // QAbstractHttpServer takes it (nextPendingConnection) and connects its readyRead
    }

protected:
    void incomingConnection(qintptr fd) override
    {
        QTcpSocket *socket = nullptr;
        QSslSocket *ssl = nullptr;
        if (m_tlsConfig) {
            ssl = new QSslSocket(this);
            ssl->setSslConfiguration(*m_tlsConfig);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            return;
        }
        m_intake->screen(socket);
        if (ssl) {
            connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
            connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl] { // a failed handshake (e.g. plain HTTP): closed
                if (!ssl->isEncrypted())
                    ssl->abort();
            });
            ssl->startServerEncryption();
        }
    }

private:
    CheckinServer *m_intake;
    std::optional<QSslConfiguration> m_tlsConfig;
};

CheckinServer::CheckinServer(Database &db, const Clock &clock, QObject *parent) : CheckinServer(db, clock, IntakeOptions{}, parent) {}

CheckinServer::CheckinServer(Database &db, const Clock &clock, IntakeOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_options(std::move(options)), m_server(std::make_unique<QHttpServer>())
{
    installWatermarkReader(); // check-ins need the panorama's timestamp watermark read (Tesseract)
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    m_layout = SiteService(ctx).layout();
    m_zone = timeZoneOrUtc(m_layout.timezone.toUtf8());
    m_server->route(u"/api/v1/health"_s, QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject{{u"ok"_s, true}, {u"site"_s, m_layout.code}, {u"tls"_s, m_tls},
                                               {u"accepted"_s, m_accepted}, {u"refused"_s, m_refusedTotal}});
    });
    m_server->route(u"/api/v1/stats"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
        if (!r.remoteAddress().isLoopback())
            return QHttpServerResponse(reply(u"refused"_s, u"the stats are served to loopback clients only"_s),
                                       QHttpServerResponse::StatusCode::Forbidden);
        return QHttpServerResponse(stats());
    });
    m_server->route(u"/api/v1/gates"_s, QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &r) { return guarded([&] { return handleGates(r); }); });
    m_server->route(u"/api/v1/checkins"_s, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &r) { return guarded([&] { return handleCheckin(r); }); });
    m_server->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Connection", "close"); // one request per connection: each one passes screen()
        return std::move(response);
    });
}

CheckinServer::~CheckinServer() = default;

quint16 CheckinServer::listen(const QHostAddress &address, quint16 port)
{
    std::optional<QSslConfiguration> tls;
    if (m_options.tlsCert.isEmpty() != m_options.tlsKey.isEmpty())
        fail(ErrorCode::BadInput, u"intake: TLS needs both a certificate (--tls-cert) and its private key (--tls-key)"_s);
    if (!m_options.tlsCert.isEmpty()) {
        if (!QSslSocket::supportsSsl())
            fail(ErrorCode::BadInput, u"intake: this Qt has no TLS backend (OpenSSL) to serve HTTPS"_s);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCert, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull())
            fail(ErrorCode::BadInput, u"intake: --tls-cert '%1': no PEM certificate could be read"_s.arg(m_options.tlsCert));
        QFile keyFile(m_options.tlsKey);
        if (!keyFile.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"intake: --tls-key '%1': cannot read: %2"_s.arg(m_options.tlsKey, keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa})
            if (key = QSslKey(pem, alg, QSsl::Pem); !key.isNull())
                break;
        if (key.isNull())
            fail(ErrorCode::BadInput, u"intake: --tls-key '%1': not an unencrypted PEM private key (RSA, EC or DSA)"_s.arg(m_options.tlsKey));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with their bearer token
        tls = conf;
    } else if (!address.isLoopback()) {
        fail(ErrorCode::BadInput, u"intake: refusing plain HTTP on %1, which is not a loopback address: device tokens and photos "
                                  "would cross the network in clear. Give --tls-cert and --tls-key, or listen on 127.0.0.1 "
                                  "behind a TLS-terminating proxy"_s.arg(address.toString()));
    }
    auto listener = std::make_unique<Listener>(this, tls);
    if (!listener->listen(address, port)) {
        qCWarning(lcServices).noquote() << "check-in intake: cannot listen on" << address.toString() << port << listener->errorString();
        return 0;
    }
    m_port = listener->serverPort();
    m_tls = tls.has_value();
    m_listener = listener.release();
    m_server->bind(m_listener); // parented to the HTTP server
    qCInfo(lcServices).noquote() << "check-in intake listening on" << address.toString() << m_port << (m_tls ? "(HTTPS)" : "(plain HTTP, loopback)");
    return m_port;
}

QJsonObject CheckinServer::stats() const
{
    auto nested = [](const QHash<QString, QHash<QString, int>> &h) {
        QJsonObject o;
        for (auto it = h.begin(); it != h.end(); ++it) {
            QJsonObject k;
            for (auto j = it->begin(); j != it->end(); ++j)
                k.insert(j.key(), j.value());
            o.insert(it.key(), k);
        }
        return o;
    };
    QJsonObject byReason;
    for (auto it = m_byReason.begin(); it != m_byReason.end(); ++it)
        byReason.insert(it.key(), it.value());
    return {{u"site"_s, m_layout.code},
            {u"accepted"_s, m_accepted},
            {u"refused"_s, QJsonObject{{u"total"_s, m_refusedTotal}, {u"by_reason"_s, byReason},
                                       {u"by_address"_s, nested(m_byAddress)}, {u"by_device"_s, nested(m_byDevice)}}},
            {u"limits"_s, QJsonObject{{u"max_body_bytes"_s, double(m_options.maxBodyBytes)}, {u"max_pixels"_s, double(m_options.maxPixels)},
                                      {u"device_per_minute"_s, m_options.devicePerMinute},
                                      {u"address_per_minute"_s, m_options.addressPerMinute}}}};
}

void CheckinServer::count(const QString &address, const QString &device, const QString &kind, const QString &reason)
{
    ++m_refusedTotal;
    ++m_byReason[kind];
    ++m_byAddress[address][kind];
    if (!device.isEmpty())
        ++m_byDevice[device][kind];
    auto &[loggedAt, quiet] = m_lastLog[address];
    const qint64 now = m_clock.nowMs();
    if (loggedAt != 0 && now - loggedAt < 60'000) {
        ++quiet;
        return;
    }
    qCWarning(lcServices).noquote() << "check-in intake refused" << address << (device.isEmpty() ? QString() : u"(device "_s + device + u')')
                                    << kind << ':' << reason
                                    << (quiet ? u"(+%1 more from this address in the last minute)"_s.arg(quiet) : QString());
    loggedAt = now;
    quiet = 0;
}

bool CheckinServer::take(QHash<QString, QPair<double, qint64>> &buckets, const QString &key, int perMinute, int *retryAfterS)
{
    if (perMinute <= 0)
        return true;
    const qint64 now = m_clock.nowMs();
    auto it = buckets.find(key);
    if (it == buckets.end())
        it = buckets.insert(key, {double(perMinute), now});
    auto &[tokens, at] = *it;
    tokens = std::min(double(perMinute), tokens + double(std::max<qint64>(0, now - at)) * perMinute / 60'000.0);
    at = now;
    if (tokens >= 1) {
        tokens -= 1;
        return true;
    }
    *retryAfterS = int(std::ceil((1 - tokens) * 60.0 / perMinute));
    return false;
}

namespace {
QString peerOf(const QTcpSocket *socket)
{
    QHostAddress a = socket->peerAddress();
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : a.toString();
}
} // namespace

void CheckinServer::refuseConnection(QTcpSocket *socket, int status, const QByteArray &statusText, const QString &reason,
                                     const QByteArray &extraHeaders)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray body = QJsonDocument(reply(u"refused"_s, reason)).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
    // What the client still sends (the body it was told not to send) is discarded, never kept; the
    // connection closes shortly after the answer (a lingering close, so that the client reads the answer
    // rather than a reset), at once after 1 MiB more.
    socket->setProperty("gl_discarded", 0);
    connect(socket, &QTcpSocket::readyRead, this, [socket] {
        const qint64 n = socket->skip(socket->bytesAvailable());
        const qint64 total = socket->property("gl_discarded").toLongLong() + std::max<qint64>(n, 0);
        socket->setProperty("gl_discarded", total);
        if (total > 1024 * 1024)
            socket->abort();
    });
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(300, socket, [socket] { socket->disconnectFromHost(); });
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

void CheckinServer::screen(QTcpSocket *socket)
{
    // A connection holds at most one request's bytes: the head, then no more than the body limit.
    socket->setReadBufferSize(m_options.maxBodyBytes + m_options.maxHeaderBytes);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Slow clients: the head must arrive within the idle timeout, and later the body must not pause for longer.
    auto *idle = new QTimer(socket);
    idle->setObjectName(u"gl_idle"_s);
    idle->setSingleShot(true);
    idle->setInterval(m_options.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, &QAbstractSocket::abort);
    idle->start();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const QByteArray head = socket->peek(m_options.maxHeaderBytes + 4);
        const qsizetype end = head.indexOf("\r\n\r\n");
        const QString address = peerOf(socket);
        if (end < 0) {
            if (head.size() > m_options.maxHeaderBytes) {
                count(address, {}, u"malformed"_s, u"request head over %1 bytes"_s.arg(m_options.maxHeaderBytes));
                refuseConnection(socket, 431, "Request Header Fields Too Large",
                                 u"the request head is over %1 bytes"_s.arg(m_options.maxHeaderBytes));
            }
            return; // wait for the rest of the head; nothing is consumed
        }
        const QList<QByteArray> lines = head.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> fields;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                fields.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        int retry = 0;
        if (!take(m_addressBuckets, address, m_options.addressPerMinute, &retry)) {
            count(address, {}, u"rate_limited"_s, u"over %1 requests a minute from this address"_s.arg(m_options.addressPerMinute));
            refuseConnection(socket, 429, "Too Many Requests",
                             u"too many requests from %1 (limit %2 a minute); retry after %3 s"_s.arg(address).arg(m_options.addressPerMinute).arg(retry),
                             "Retry-After: " + QByteArray::number(retry) + "\r\n");
            return;
        }
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            count(address, {}, u"malformed"_s, u"not an HTTP/1.x request line"_s);
            refuseConnection(socket, 400, "Bad Request", u"not an HTTP/1.x request line"_s);
            return;
        }
        QByteArray path = requestLine[1];
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        if (fields.contains("transfer-encoding")) {
            count(address, {}, u"malformed"_s, u"chunked body"_s);
            refuseConnection(socket, 411, "Length Required", u"a body must come with Content-Length (chunked bodies are not accepted)"_s);
            return;
        }
        qint64 length = 0;
        if (fields.contains("content-length")) {
            bool ok = false;
            length = fields.value("content-length").toLongLong(&ok);
            if (!ok || length < 0) {
                count(address, {}, u"malformed"_s, u"bad Content-Length"_s);
                refuseConnection(socket, 400, "Bad Request", u"header 'Content-Length': not a byte count"_s);
                return;
            }
        }
        if (length > m_options.maxBodyBytes) {
            count(address, {}, u"too_large"_s, u"Content-Length %1"_s.arg(length));
            refuseConnection(socket, 413, "Content Too Large",
                             u"header 'Content-Length': %1 bytes is over the intake's limit of %2 bytes"_s.arg(length).arg(m_options.maxBodyBytes));
            return;
        }
        if (path != "/api/v1/health" && path != "/api/v1/stats") {
            const QByteArray auth = fields.value("authorization");
            QString device, why, revoked;
            if (!auth.startsWith("Bearer ")) {
                why = u"missing 'Authorization: Bearer <device token>' header"_s;
            } else {
                ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
                try {
                    device = GateDevices(ctx).deviceOfToken(QString::fromLatin1(auth.mid(7).trimmed()), &why, &revoked);
                } catch (const Error &e) {
                    why = e.message();
                }
            }
            if (!why.isEmpty()) {
                count(address, revoked, u"unauthorized"_s, why);
                refuseConnection(socket, 401, "Unauthorized", why, "WWW-Authenticate: Bearer\r\n");
                return;
            }
            if (!take(m_deviceBuckets, device, m_options.devicePerMinute, &retry)) {
                count(address, device, u"rate_limited"_s, u"over %1 requests a minute from the device"_s.arg(m_options.devicePerMinute));
                refuseConnection(socket, 429, "Too Many Requests",
                                 u"device '%1': too many requests (limit %2 a minute); retry after %3 s"_s.arg(device).arg(m_options.devicePerMinute).arg(retry),
                                 "Retry-After: " + QByteArray::number(retry) + "\r\n");
                return;
            }
        }
        handOver(socket);
    });
}

void CheckinServer::handOver(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    QObject::disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater); // QHttpServer's own handler deletes it now
    if (auto *idle = socket->findChild<QTimer *>(u"gl_idle"_s))
        connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
    m_listener->release(socket);
    // Connected after QHttpServer's: once it has answered the request (its read transaction committed), the
    // connection closes, so that every request on it goes through screen().
    connect(socket, &QTcpSocket::readyRead, this, [socket] {
        if (!socket->isTransactionStarted() && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    });
    Q_EMIT socket->readyRead(); // what is buffered already
}

QString CheckinServer::authenticate(const QHttpServerRequest &request, QString *why)
{
    // screen() checked the token already; checked again here (the device may have been revoked since).
    // Refusals are counted, not audited: an unauthenticated client must not be able to grow the audit chain.
    const QByteArray auth = request.value("Authorization");
    if (!auth.startsWith("Bearer ")) {
        *why = u"missing 'Authorization: Bearer <device token>' header"_s;
        return {};
    }
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    try {
        return GateDevices(ctx).deviceOfToken(QString::fromLatin1(auth.mid(7).trimmed()), why);
    } catch (const Error &e) {
        *why = e.message();
        return {};
    }
}

QHttpServerResponse CheckinServer::handleGates(const QHttpServerRequest &request)
{
    QString why;
    if (const QString device = authenticate(request, &why); device.isEmpty()) {
        count(request.remoteAddress().toString(), device, u"unauthorized"_s, why);
        return QHttpServerResponse(reply(u"refused"_s, why), QHttpServerResponse::StatusCode::Unauthorized);
    }
    ServiceContext ctx{m_db, Actor::system(u"checkin-intake"_s), &m_clock};
    const Table t = CheckinService(ctx).gates();
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
    const QString address = request.remoteAddress().toString();
    if (device.isEmpty()) {
        count(address, device, u"unauthorized"_s, why);
        Q_EMIT refused(why);
        return QHttpServerResponse(reply(u"refused"_s, why), QHttpServerResponse::StatusCode::Unauthorized);
    }
    ServiceContext ctx{m_db, Actor::system(u"checkin:"_s + device), &m_clock};
    CheckinService admission(ctx);
    QString parseError;
    CheckinInput in;
    try {
        in = parseCheckinBody(request.value("Content-Type"), request.body(), m_zone, &parseError);
    } catch (const std::exception &e) { // EXIF of a hostile photo: refused, never the end of the service
        parseError = u"field 'photo': the image cannot be read (%1)"_s.arg(QString::fromLocal8Bit(e.what()));
    }
    try {
        if (!parseError.isEmpty())
            admission.recordRefusal(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker,
                                    {{u"device"_s, device}}, u"check-in: %1"_s.arg(parseError));
        // The pixel limit, from the JPEG header, before anything decodes the photo (decompression bombs).
        if (in.photo.startsWith("\xFF\xD8\xFF")) {
            const auto size = vision::readHeaderSize(in.photo, vision::ImageFormat::Jpeg);
            auto photoRefusal = [&](const QString &why) {
                admission.recordRefusal(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker,
                                        {{u"device"_s, device}}, u"check-in of '%1' at '%2': field 'photo': %3"_s.arg(in.worker, in.gate, why));
            };
            if (!size || size->width <= 0 || size->height <= 0)
                photoRefusal(u"the JPEG header is malformed or truncated (no frame size)"_s);
            const qint64 pixels = qint64(size->width) * size->height;
            if (pixels > m_options.maxPixels)
                photoRefusal(u"%1x%2 pixels (%3 MP) exceed the pixel limit of %4 MP"_s.arg(size->width).arg(size->height)
                                 .arg(double(pixels) / 1e6, 0, 'f', 1).arg(double(m_options.maxPixels) / 1e6, 0, 'f', 1));
        }
        CheckinResult r;
        try {
            r = admission.checkIn(device, in, m_layout);
        } catch (const Error &) {
            throw;
        } catch (const std::exception &e) { // OpenCV or Tesseract on a hostile photo (cv::Exception, std::bad_alloc)
            qCWarning(lcServices).noquote() << "check-in photo could not be processed (device" << device << "):" << e.what();
            admission.recordRefusal(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker, {{u"device"_s, device}},
                                    u"check-in of '%1' at '%2': field 'photo': the image cannot be processed (%3)"_s
                                        .arg(in.worker, in.gate, QString::fromLocal8Bit(e.what()).left(200)));
        }
        ++m_accepted;
        Q_EMIT checkedIn(r.worker, in.gate);
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"accepted"_s}, {u"id"_s, r.id}, {u"worker"_s, r.worker},
                                               {u"name"_s, r.name}, {u"contractor"_s, r.contractor}, {u"direction"_s, in.direction},
                                               {u"x"_s, std::round(r.x * 10) / 10}, {u"y"_s, std::round(r.y * 10) / 10},
                                               {u"watermark"_s, r.watermark}},
                                   QHttpServerResponse::StatusCode::Created);
    } catch (const Error &e) {
        count(address, device, u"refused"_s, e.message()); // logged at most once a minute per address
        Q_EMIT refused(e.message());
        const auto status = e.code() == ErrorCode::BadInput || e.code() == ErrorCode::NotFound
            ? QHttpServerResponse::StatusCode::UnprocessableEntity
            : QHttpServerResponse::StatusCode::ServiceUnavailable;
        return QHttpServerResponse(reply(u"refused"_s, e.message()), status);
    }
}

} // namespace gl::admission
