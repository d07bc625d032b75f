// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/store/DbUrl.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace gl {

class Clock;
class Database;

struct SiteEngineOptions {
    DbUrl db;
    QJsonArray connectors;       ///< [{"kind", "config"}] (docs/telemetry.md)
    QStringList pluginFolders;   ///< where connector plugins are looked for
    QString defaultRulesFile = QStringLiteral(":/guardline/config/rules-default.json"); ///< seeded when the store has none
    /// Connectors made in code (TelemetryOptions::builtInConnectors): the demo plant's simulated sensors in
    /// the command center's demo mode; guardline-server passes none.
    std::vector<BuiltInConnector> builtInConnectors;
    int intakePort = 0;          ///< the check-in intake's port; 0: no intake (a standby never binds one)
    QString intakeListen;        ///< its address; empty: 127.0.0.1, or 0.0.0.0 with TLS (plain HTTP is loopback only)
    QString intakeTlsCert, intakeTlsKey; ///< PEM files for HTTPS (docs/SECURITY.md)
    qint64 housekeepingMs = 30'000;
    qint64 heartbeatMs = 2'000;
    qint64 samplePastMs = -1, sampleFutureMs = -1; ///< the accepted sample window; -1: the site's setting
    /// The alarm outbox file (alarms detected while the store is down, docs/OPERATIONS.md "Store outages");
    /// empty: defaultOutboxFile(db).
    QString outboxFile;
};

/// Where a site service keeps its alarm outbox by default: beside an SQLite store (`<store>.outbox.jsonl`);
/// for PostgreSQL in $STATE_DIRECTORY (systemd) or the user's local data folder, one file per database.
QString defaultOutboxFile(const DbUrl &db);

/// The site's safety engine (CONTRACTS.md section 7), used by guardline-server and by the command center's
/// demo mode alike: the telemetry pipeline (connectors, live rules, alarms, dispatch orders, instructions)
/// on its own thread, housekeeping every 30 s (the first pass at start), the check-in intake when a port is
/// given, and the heartbeat row (service_heartbeat) every 2 s. Runs on the thread it lives on, with its own
/// database connection. Only the holder of the site's SiteLock may start one.
class SiteEngine : public QObject {
    Q_OBJECT
public:
    explicit SiteEngine(SiteEngineOptions options, QObject *parent = nullptr);
    ~SiteEngine() override;

    /// The telemetry pipeline (after start(); lives on its own thread: connect to its signals, invoke its
    /// slots queued). Null when not running.
    TelemetryPipeline *pipeline() const { return m_telemetry ? m_telemetry->pipeline() : nullptr; }
    bool running() const { return m_running; }
    quint16 intakePort() const { return m_boundPort; }

    /// Reads {"connectors": [...]} from `file`; throws gl::Error(BadInput) naming the file and the problem.
    static QJsonArray readConnectorsFile(const QString &file);

public Q_SLOTS:
    /// Opens the store (migrating it), starts everything; emits started() or failed().
    void start();
    /// Stops everything and clears the heartbeat row (workstations then say no service runs).
    void stop();

Q_SIGNALS:
    void started();
    /// The engine could not start (store unreachable, intake port taken): it is not running.
    void failed(const QString &message);
    /// Something the operators should know, the engine keeps running (a connector refused its
    /// configuration, a housekeeping step failed, an alarm could not be stored yet).
    void problem(const QString &message);
    /// A rule raised an alarm: it is committed (with its order and instructions) when this is emitted.
    void alarmRaised(qint64 alarmId, const QString &ruleId, const QString &severity, const QString &area);
    /// After a housekeeping pass that changed something.
    void housekeepingDone(const QStringList &lines);

private:
    void housekeeping();
    void heartbeat();

    SiteEngineOptions m_options;
    std::unique_ptr<Database> m_db;
    const Clock *m_clock = nullptr;
    std::unique_ptr<TelemetryHost> m_telemetry;
    std::unique_ptr<QObject> m_intake;
    TelemetryStatusPtr m_status;
    QTimer *m_housekeeping = nullptr, *m_heartbeat = nullptr;
    QString m_host;
    qint64 m_pid = 0, m_startedAt = 0;
    quint16 m_boundPort = 0;
    bool m_running = false;
};

/// Runs a SiteEngine on a thread of its own ("guardline-site-service"): the command center's demo mode.
class SiteEngineHost {
public:
    explicit SiteEngineHost(SiteEngineOptions options);
    ~SiteEngineHost();
    SiteEngine *engine() const { return m_engine; }
    void start();
    void stop();

private:
    QThread m_thread;
    SiteEngine *m_engine = nullptr;
};

} // namespace gl
