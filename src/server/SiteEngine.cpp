// SPDX-License-Identifier: Apache-2.0
#include "server/SiteEngine.h"
#include "modules/engine/logic/Housekeeping.h"
#include "modules/engine/logic/ServiceHeartbeat.h"
#include "platform/services/ServiceContext.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"
#ifdef GUARDLINE_HAVE_ADMISSION
#include "modules/admission/intake/CheckinServer.h"
#endif

#include <exception>
#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gl {

QString defaultOutboxFile(const DbUrl &db)
{
    if (db.backend == Backend::Sqlite)
        return db.path + u".outbox.jsonl"_s;
    QString dir = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QString name = u"%1-%2-%3"_s.arg(db.host).arg(db.port).arg(db.dbName);
    name.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    return dir + u"/outbox-"_s + name + u".jsonl"_s;
}

SiteEngine::SiteEngine(SiteEngineOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<TelemetryStatusPtr>();
}

SiteEngine::~SiteEngine()
{
    stop();
}

QJsonArray SiteEngine::readConnectorsFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot read: %2"_s.arg(file, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        fail(ErrorCode::BadInput, u"%1: not JSON at offset %2: %3"_s.arg(file).arg(err.offset).arg(err.errorString()));
    if (!doc.isObject() || !doc.object().value(u"connectors"_s).isArray())
        fail(ErrorCode::BadInput, u"%1: expected {\"connectors\": [...]}"_s.arg(file));
    const QJsonArray list = doc.object().value(u"connectors"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (!list.at(i).isObject() || list.at(i).toObject().value(u"kind"_s).toString().isEmpty())
            fail(ErrorCode::BadInput, u"%1: connector %2: expected {\"kind\": \"...\", \"config\": {...}}"_s.arg(file).arg(i));
    return list;
}

void SiteEngine::start()
{
    if (m_running)
        return;
    try {
        m_db = Database::open(m_options.db);
        Schema::migrate(*m_db); // only the lock holder runs an engine: no other server migrates at the same time
        m_clock = &processClock();
        m_host = QHostInfo::localHostName();
        m_pid = QCoreApplication::applicationPid();
        m_startedAt = m_clock->nowMs();
#ifdef GUARDLINE_HAVE_ADMISSION
        if (m_options.intakePort > 0) {
            admission::IntakeOptions io;
            io.tlsCert = m_options.intakeTlsCert;
            io.tlsKey = m_options.intakeTlsKey;
            const QString listen = !m_options.intakeListen.isEmpty() ? m_options.intakeListen
                                   : io.tlsCert.isEmpty()             ? u"127.0.0.1"_s
                                                                      : u"0.0.0.0"_s;
            const QHostAddress address(listen);
            if (address.isNull())
                fail(ErrorCode::BadInput, u"check-in intake: '%1' is not an IP address to listen on"_s.arg(listen));
            auto intake = std::make_unique<admission::CheckinServer>(*m_db, *m_clock, io);
            m_boundPort = intake->listen(address, quint16(m_options.intakePort));
            if (!m_boundPort)
                fail(ErrorCode::Unreachable, u"check-in intake: cannot listen on %1 port %2"_s.arg(listen).arg(m_options.intakePort));
            m_intake = std::move(intake);
        }
#else
        if (m_options.intakePort > 0)
            fail(ErrorCode::BadInput, u"check-in intake: this build has no intake (Guardline::Admission was not built)"_s);
#endif
    } catch (const Error &e) {
        m_intake.reset();
        m_db.reset();
        Q_EMIT failed(e.message());
        return;
    } catch (const std::exception &e) { // never end the service thread on a bug (issue #18)
        qCWarning(lcServices).noquote() << "site service: start: internal error:" << e.what();
        m_intake.reset();
        m_db.reset();
        Q_EMIT failed(tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    }

    TelemetryOptions t;
    t.db = m_options.db; // the pipeline opens its own connection on its thread
    t.defaultRulesFile = m_options.defaultRulesFile;
    t.connectors = m_options.connectors;
    t.pluginFolders = m_options.pluginFolders;
    t.builtInConnectors = m_options.builtInConnectors;
    t.samplePastMs = m_options.samplePastMs;
    t.sampleFutureMs = m_options.sampleFutureMs;
    t.outboxFile = m_options.outboxFile.isEmpty() ? defaultOutboxFile(m_options.db) : m_options.outboxFile;
    m_telemetry = std::make_unique<TelemetryHost>(t);
    TelemetryPipeline *p = m_telemetry->pipeline();
    connect(p, &TelemetryPipeline::statusReady, this, [this](const TelemetryStatusPtr &s) { m_status = s; });
    connect(p, &TelemetryPipeline::failed, this, &SiteEngine::problem);
    connect(p, &TelemetryPipeline::alarmRaised, this,
            [this](qint64 id, const QString &rule, const QString &severity, const QString &area) { Q_EMIT alarmRaised(id, rule, severity, area); });
    m_telemetry->start();

    m_housekeeping = new QTimer(this);
    m_housekeeping->setInterval(int(m_options.housekeepingMs));
    connect(m_housekeeping, &QTimer::timeout, this, &SiteEngine::housekeeping);
    m_housekeeping->start();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(int(m_options.heartbeatMs));
    connect(m_heartbeat, &QTimer::timeout, this, &SiteEngine::heartbeat);
    m_heartbeat->start();
    m_running = true;
    heartbeat(); // workstations see the service at once
    QTimer::singleShot(0, this, &SiteEngine::housekeeping); // the catch-up pass (reports, expiries) first
    Q_EMIT started();
}

void SiteEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    delete m_housekeeping;
    m_housekeeping = nullptr;
    delete m_heartbeat;
    m_heartbeat = nullptr;
    m_intake.reset();
    if (m_telemetry)
        m_telemetry->stop(); // samples handed over are stored, alarms raised are committed
    m_telemetry.reset();
    try {
        if (m_db)
            ServiceHeartbeat::clear(*m_db, m_host, m_pid);
    } catch (const Error &e) {
        qCWarning(lcServices).noquote() << "site service: heartbeat not cleared:" << e.message();
    }
    m_db.reset();
    m_status.reset();
}

void SiteEngine::housekeeping()
{
    if (!m_running || !m_db)
        return;
    HousekeepingResult r;
    try {
        r = Housekeeping::run(*m_db, *m_clock);
    } catch (const std::exception &e) { // the next pass runs anyway (issue #18)
        qCWarning(lcServices).noquote() << "site service: housekeeping: internal error:" << e.what();
        Q_EMIT problem(tr("Scheduled duties failed: internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    for (const QString &f : r.failed)
        Q_EMIT problem(tr("Scheduled duty failed: %1").arg(f));
    if (!r.done.isEmpty())
        Q_EMIT housekeepingDone(r.done);
}

void SiteEngine::heartbeat()
{
    if (!m_running || !m_db)
        return;
    ServiceHeartbeat h;
    h.host = m_host;
    h.pid = m_pid;
    h.startedAt = m_startedAt;
    h.heartbeatAt = m_clock->nowMs();
    if (const TelemetryStatusPtr s = m_status) {
        h.ruleVersion = s->ruleVersion;
        h.lastSampleAt = s->lastSampleAt;
        for (const auto &[id, health] : s->connectors)
            h.connectors.append(QJsonObject{{u"id"_s, id}, {u"health"_s, health}});
        QJsonObject refused;
        for (auto it = s->refusedByTag.cbegin(); it != s->refusedByTag.cend(); ++it)
            refused.insert(it.key(), it.value());
        QJsonArray tags;
        for (const TagLive &t : s->tags) {
            QJsonObject o{{u"tag"_s, t.tag}, {u"area"_s, t.area}, {u"unit"_s, t.unit}, {u"value"_s, t.value}, {u"ts"_s, t.ts}, {u"good"_s, t.good}};
            if (t.lo)
                o.insert(u"lo"_s, *t.lo);
            if (t.hi)
                o.insert(u"hi"_s, *t.hi);
            tags.append(o);
        }
        h.status = QJsonObject{{u"rules"_s, s->rules},
                               {u"samples"_s, s->samples},
                               {u"bad"_s, s->bad},
                               {u"late"_s, s->late},
                               {u"unknown_tags"_s, s->unknownTags},
                               {u"out_of_window"_s, s->outOfWindow},
                               {u"refused"_s, refused},
                               {u"window_past_s"_s, s->samplePastMs / 1000},
                               {u"window_future_s"_s, s->sampleFutureMs / 1000},
                               {u"stored"_s, s->stored},
                               {u"active_alarms"_s, s->activeAlarms},
                               {u"outbox"_s, s->outbox},
                               {u"last_error"_s, s->lastError},
                               {u"tags"_s, tags}};
    }
    if (m_boundPort)
        h.status.insert(u"intake_port"_s, m_boundPort);
    try {
        ServiceHeartbeat::write(*m_db, h);
    } catch (const Error &e) {
        Q_EMIT problem(tr("Service heartbeat not written: %1").arg(e.message()));
    } catch (const std::exception &e) {
        qCWarning(lcServices).noquote() << "site service: heartbeat: internal error:" << e.what();
        Q_EMIT problem(tr("Service heartbeat not written: internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

SiteEngineHost::SiteEngineHost(SiteEngineOptions options) : m_engine(new SiteEngine(std::move(options)))
{
    m_thread.setObjectName(u"guardline-site-service"_s);
    m_engine->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
}

SiteEngineHost::~SiteEngineHost()
{
    stop();
}

void SiteEngineHost::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SiteEngine::start, Qt::QueuedConnection);
}

void SiteEngineHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_engine, &SiteEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace gl
