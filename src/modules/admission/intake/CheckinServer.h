// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/intake/CheckinBody.h"
#include "modules/site/layout/SiteLayout.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpSocket;

namespace gl {
class Database;
class Clock;
}

namespace gl::admission {

/// The intake's limits and transport (docs/contractors.md, "Limits"; docs/SECURITY.md).
struct IntakeOptions {
    qint64 maxBodyBytes = 20ll * 1024 * 1024; ///< a request declaring more is refused (413) before its body is read
    qint64 maxPixels = 40'000'000;            ///< a photo whose header declares more is refused before decoding
    int maxHeaderBytes = 16 * 1024;           ///< request line + headers (431 beyond)
    int devicePerMinute = 30;                 ///< token bucket per device (429 with Retry-After beyond)
    int addressPerMinute = 60;                ///< token bucket per client address, every request
    int idleTimeoutMs = 30'000;               ///< a connection that has not finished its request by then is closed
    QString tlsCert, tlsKey;                  ///< PEM files; both or neither. Without them only loopback is served.
};

/// The site check-in intake (docs/contractors.md, "Check-in intake API"): a small HTTP endpoint
/// (Qt HttpServer) that companion phones post check-ins to, each device with its own bearer token.
///   GET  /api/v1/health      → {"ok": true, "site": "DEMO", "refused": N} (no token)
///   GET  /api/v1/stats       → refusal counters per reason, address and device (no token, loopback clients only)
///   GET  /api/v1/gates       → the site's gates and their QR payloads (token)
///   POST /api/v1/checkins    → JSON (photo_base64) or multipart/form-data (photo part), token
/// Accepted: 201 {"status":"accepted","id","worker","x","y"}; refused: 422 {"status":"refused","reason"}
/// (bad data, audited) or, decided from the request head before any body byte is read, 401 (token),
/// 413 (too large), 429 (rate limit), 400/411/431 (malformed head): those are counted, not audited.
/// One request per connection. Runs on the thread it lives on, with that thread's database connection.
class CheckinServer : public QObject {
    Q_OBJECT
public:
    /// Loads the site layout (geofence) from the store; throws gl::Error when there is no site.
    CheckinServer(Database &db, const Clock &clock, QObject *parent = nullptr);
    CheckinServer(Database &db, const Clock &clock, IntakeOptions options, QObject *parent = nullptr);
    ~CheckinServer() override;
    /// Listens on `address`:`port` (0: any free port); returns the port, or 0 when the port cannot be
    /// bound. Throws gl::Error(BadInput) when the transport is unsafe or misconfigured: a non-loopback
    /// address without TLS, only one of the certificate and key, or a file that cannot be read.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    bool tls() const { return m_tls; }
    const IntakeOptions &options() const { return m_options; }
    /// The counters /api/v1/stats serves: {"accepted", "refused": {"total", "by_reason", "by_address", "by_device"}}.
    QJsonObject stats() const;

Q_SIGNALS:
    void checkedIn(const QString &worker, const QString &gate);
    void refused(const QString &reason);

private:
    QHttpServerResponse handleCheckin(const QHttpServerRequest &request);
    QHttpServerResponse handleGates(const QHttpServerRequest &request);
    QString authenticate(const QHttpServerRequest &request, QString *why);
    void screen(QTcpSocket *socket);
    void refuseConnection(QTcpSocket *socket, int status, const QByteArray &statusText, const QString &reason,
                          const QByteArray &extraHeaders = {});
    void handOver(QTcpSocket *socket);
    /// Counts a refusal; logs it at most once a minute per address (with how many were not logged).
    void count(const QString &address, const QString &device, const QString &kind, const QString &reason);
    /// Takes a token from `key`'s bucket; false (and the seconds until one is back) when it is empty.
    bool take(QHash<QString, QPair<double, qint64>> &buckets, const QString &key, int perMinute, int *retryAfterS);

    Database &m_db;
    const Clock &m_clock;
    site::SiteLayout m_layout;
    QTimeZone m_zone; ///< the site's: a time without an offset is site time
    IntakeOptions m_options;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    class Listener;
    Listener *m_listener = nullptr; ///< owned by m_server
    QHash<QString, QPair<double, qint64>> m_addressBuckets, m_deviceBuckets; ///< tokens, when last refilled (ms)
    int m_accepted = 0, m_refusedTotal = 0;
    QHash<QString, int> m_byReason;
    QHash<QString, QHash<QString, int>> m_byAddress, m_byDevice;
    QHash<QString, QPair<qint64, int>> m_lastLog; ///< per address: when last logged, refusals not logged since
};

} // namespace gl::admission
