// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/AdmissionService.h"
#include "core/site/SiteLayout.h"

#include <QHostAddress>
#include <QObject>
#include <QTimeZone>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace gl {
class Database;
class Clock;
}

namespace gl::admission {

/// The site check-in intake (docs/contractors.md, "Check-in intake API"): a small HTTP endpoint
/// (Qt HttpServer) that companion phones post check-ins to, each device with its own bearer token.
///   GET  /api/v1/health      → {"ok": true, "site": "DEMO"} (no token)
///   GET  /api/v1/gates       → the site's gates and their QR payloads (token)
///   POST /api/v1/checkins    → JSON (photo_base64) or multipart/form-data (photo part), token
/// Accepted: 201 {"status":"accepted","id","worker","x","y"}; refused: 422 {"status":"refused","reason"}
/// (bad data) or 401 (token); every refusal is in the audit chain. Runs on the thread it lives on, with
/// that thread's database connection.
class CheckinServer : public QObject {
    Q_OBJECT
public:
    /// Loads the site layout (geofence) from the store; throws gl::Error when there is no site.
    CheckinServer(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~CheckinServer() override;
    /// Listens on `address`:`port` (0: any free port); returns the port, or 0 when it cannot.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

Q_SIGNALS:
    void checkedIn(const QString &worker, const QString &gate);
    void refused(const QString &reason);

private:
    QHttpServerResponse handleCheckin(const QHttpServerRequest &request);
    QHttpServerResponse handleGates(const QHttpServerRequest &request);
    QString authenticate(const QHttpServerRequest &request, QString *why);

    Database &m_db;
    const Clock &m_clock;
    site::SiteLayout m_layout;
    QTimeZone m_zone; ///< the site's: a time without an offset is site time
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

/// Reads a check-in from an HTTP body (JSON or multipart/form-data); `error` names the field on failure.
/// `time` and `watermark_time` are read by gl::timestampFromJson, without an offset in `siteZone`.
CheckinInput parseCheckinBody(const QByteArray &contentType, const QByteArray &body, const QTimeZone &siteZone,
                              QString *error);

} // namespace gl::admission
