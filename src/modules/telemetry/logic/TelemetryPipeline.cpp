// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/auth/Roles.h"
#include "platform/plugins/PluginRegistry.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <exception>
#include <QFile>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

TelemetryPipeline::TelemetryPipeline(TelemetryOptions options) : m_options(std::move(options))
{
    qRegisterMetaType<TelemetryStatusPtr>();
    qRegisterMetaType<AlarmTrace>();
}

TelemetryPipeline::~TelemetryPipeline()
{
    stop();
}

void TelemetryPipeline::submit(const sdk::Sample &s)
{
    bool wake = false;
    const qint64 us = wallUs();
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(s);
        m_pendingUs.append(us);
        if (!m_wakePending) {
            m_wakePending = true;
            wake = true;
        }
    }
    if (wake)
        QMetaObject::invokeMethod(this, &TelemetryPipeline::drain, Qt::QueuedConnection);
}

void TelemetryPipeline::start()
{
    try {
        m_db = Database::open(m_options.db);
        if (!m_options.storeOnPipelineThread) {
            // Samples go through their own thread and connection in short transactions, and the alarm path
            // goes first through the write gate: on SQLite the store has one writer slot; on PostgreSQL a sample
            // INSERT and an alarm's chain of short statements conflict on no lock, but they share the server's
            // CPU, and an alarm's statements that wait beside a 500-row INSERT made its p99 (bench_telemetry at
            // 50,000 samples/s: publish -> board p99 29-31 ms with the gate, 32-49 ms without). On SQLite the
            // sample writer, not the alarm path, checkpoints.
            m_gate = std::make_shared<StoreWriteGate>();
            if (m_db->backend() == Backend::Sqlite)
                m_db->exec(u"PRAGMA wal_autocheckpoint = 0"_s);
            m_writer = std::make_unique<SampleWriter>(m_options.db, m_gate, m_options.sampleChunkRows);
            m_writer->start();
        }
        m_clock = &processClock();
        m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, Actor::system(u"telemetry"_s), m_clock});
        TelemetryService svc(*m_ctx);
        m_tags = svc.tags();
        loadSampleWindow();
        loadRules();
        m_outbox = AlarmOutbox(m_options.outboxFile);
        for (const QString &problem : m_outbox.load())
            Q_EMIT failed(tr("Alarm outbox: %1").arg(problem));
        if (!m_outbox.isEmpty()) {
            // Alarms a previous run detected while the store was down: stored first, so that the open alarms
            // carried on below include them.
            qCInfo(lcServices).noquote() << "telemetry: delivering" << m_outbox.size() << "alarm events left in the outbox" << m_outbox.file();
            deliverOutbox(true);
        }
        resumeOpenAlarms();

        auto sink = [this](const sdk::Sample &s) { submit(s); };
        for (const BuiltInConnector &make : std::as_const(m_options.builtInConnectors)) {
            std::unique_ptr<sdk::Connector> connector = make(this, m_tags, sink);
            const QString why = connector->configure({});
            if (why.isEmpty())
                m_connectors.push_back(std::move(connector));
            else
                Q_EMIT failed(tr("Connector %1 not started: %2").arg(connector->id(), why));
        }
        if (!m_options.connectors.isEmpty()) {
            m_registry = std::make_unique<PluginRegistry>();
            for (const QString &folder : std::as_const(m_options.pluginFolders))
                m_registry->loadFolder(folder);
        }
        for (qsizetype i = 0; i < m_options.connectors.size(); ++i) {
            const QJsonObject c = m_options.connectors.at(i).toObject();
            const QString kind = c.value(u"kind"_s).toString();
            sdk::ConnectorFactory *f = m_registry->factory(kind);
            if (!f) {
                Q_EMIT failed(tr("Connector %1 ('%2'): no plugin of that kind is installed").arg(i).arg(kind));
                continue;
            }
            std::unique_ptr<sdk::Connector> conn(f->create(this, sink));
            // Times without an offset are site time (docs/FORMATS.md "Timestamps"): API 1.2 plugins are
            // handed the site's zone unless their configuration names one.
            QJsonObject config = c.value(u"config"_s).toObject();
            if (m_registry->plugin(kind)->apiMinor >= 2 && !config.contains(u"time_zone"_s))
                config.insert(u"time_zone"_s, QString::fromUtf8(siteTimeZone(*m_db)));
            const QString why = conn->configure(config);
            if (!why.isEmpty()) {
                Q_EMIT failed(tr("Connector %1 ('%2') refused its configuration: %3").arg(i).arg(kind, why));
                continue;
            }
            m_connectors.push_back(std::move(conn));
        }
        for (auto &c : m_connectors)
            c->start();

        m_tick = new QTimer(this);
        m_tick->setInterval(int(m_options.tickMs));
        connect(m_tick, &QTimer::timeout, this, &TelemetryPipeline::tick);
        m_tick->start();
        startRulesWatch();
        qCInfo(lcServices).noquote() << "telemetry: rules version" << m_ruleVersion << "," << m_engine->ruleSet().rules.size()
                                     << "rules," << m_connectors.size() << "connectors";
        Q_EMIT started(m_ruleVersion, int(m_engine->ruleSet().rules.size()), int(m_connectors.size()));
    } catch (const Error &e) {
        m_counters.lastError = e.message();
        Q_EMIT failed(tr("Telemetry stopped: %1").arg(e.message()));
    } catch (const std::exception &e) { // never end the pipeline thread on a bug (issue #18)
        m_counters.lastError = tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
        qCWarning(lcServices).noquote() << "telemetry: start:" << m_counters.lastError;
        Q_EMIT failed(tr("Telemetry stopped: %1").arg(m_counters.lastError));
    }
}

void TelemetryPipeline::loadRules()
{
    TelemetryService svc(*m_ctx);
    auto [version, json] = svc.activeRules();
    if (version == 0 && !m_options.defaultRulesFile.isEmpty()) {
        QFile f(m_options.defaultRulesFile);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, m_options.defaultRulesFile + u": cannot read: "_s + f.errorString());
        const QByteArray seed = f.readAll();
        ServiceContext admin{*m_db, Actor::system(u"rules-seed"_s), m_clock};
        StoreWriteGate::Urgent hold(m_gate.get());
        version = TelemetryService(admin).saveRules(seed, u"seeded from "_s + m_options.defaultRulesFile);
        json = seed;
    }
    rules::RuleSet set = version ? rules::parseRules(json, u"rule set version %1"_s.arg(version)) : rules::RuleSet{};
    m_engine = std::make_unique<rules::RuleEngine>(set);
    m_ruleVersion = version;
    m_raised.clear();
    m_queued.clear(); // rule indexes of the previous set; their outbox events are matched by rule id
    m_lastEval = std::numeric_limits<qint64>::min();
}

void TelemetryPipeline::loadSampleWindow()
{
    // The site's setting (telemetry_settings: sample_past_s, sample_future_s), unless the options name one.
    qint64 past = 600'000, future = 60'000;
    if (m_db->hasTable(u"telemetry_settings"_s)) {
        QSqlQuery q = m_db->exec(u"SELECT key, value FROM telemetry_settings WHERE key IN ('sample_past_s', 'sample_future_s')"_s);
        while (q.next()) {
            bool ok = false;
            const qint64 seconds = q.value(1).toString().trimmed().toLongLong(&ok);
            if (!ok || seconds < 0 || seconds > 366LL * 86400) {
                qCWarning(lcServices).noquote() << "telemetry: telemetry_settings" << q.value(0).toString() << "="
                                                << q.value(1).toString() << "is not a number of seconds (0..31622400); default kept";
                continue;
            }
            (q.value(0).toString() == u"sample_past_s"_s ? past : future) = seconds * 1000;
        }
    }
    m_counters.samplePastMs = m_options.samplePastMs >= 0 ? m_options.samplePastMs : past;
    m_counters.sampleFutureMs = m_options.sampleFutureMs >= 0 ? m_options.sampleFutureMs : future;
}

// reloadRules(): TelemetryRulesReload.cpp

void TelemetryPipeline::stop()
{
    if (m_tick)
        m_tick->stop();
    for (auto &c : m_connectors)
        c->stop();
    m_connectors.clear();
    if (m_db) {
        try {
            drain();
            flush();
        } catch (...) {
        }
    }
    if (m_writer) {
        m_writer->stop(); // everything handed over is committed (or given up after 10 s of a failing store)
        if (m_clock)
            publishStatus(); // the final counts
        m_counters.stored = m_writer->stats().stored;
        m_writer.reset();
    }
    m_ctx.reset();
    m_db.reset();
    m_registry.reset();
}

void TelemetryPipeline::drain()
{
    QList<sdk::Sample> batch;
    QList<qint64> batchUs;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        batchUs.swap(m_pendingUs);
        m_wakePending = false;
    }
    if (!m_engine || batch.isEmpty())
        return;
    const qint64 drainUs = wallUs();
    // Connectors deliver per tag in time order, but several connectors interleave: evaluate in time order.
    std::vector<qsizetype> order(size_t(batch.size()));
    for (qsizetype i = 0; i < batch.size(); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&batch](qsizetype a, qsizetype b) { return batch.at(a).timestampMs < batch.at(b).timestampMs; });
    QList<rules::AlarmEvent> events;
    QList<std::array<qint64, 3>> stamps; // per event: submitted, drain start, evaluated (for the trace)
    qint64 pendingT = std::numeric_limits<qint64>::min();
    qint64 pendingSubmittedUs = 0; // the latest submit among the samples pushed at pendingT
    auto evaluate = [&] {
        const qsizetype before = events.size();
        m_engine->evaluate(pendingT, events);
        m_lastEval = pendingT;
        const qint64 now = wallUs();
        for (qsizetype k = before; k < events.size(); ++k)
            stamps.append({pendingSubmittedUs, drainUs, now});
    };
    // The accepted window (CONTRACTS.md section 7): a device whose clock is far off (or a forged time)
    // must not move the evaluation clock; its samples are counted per tag and refused.
    const qint64 now = m_clock->nowMs();
    const qint64 oldest = now - m_counters.samplePastMs, newest = now + m_counters.sampleFutureMs;
    for (const qsizetype index : order) {
        const sdk::Sample &s = batch.at(index);
        ++m_counters.samples;
        if (s.timestampMs < oldest || s.timestampMs > newest) {
            ++m_counters.outOfWindow;
            qint64 &refused = m_counters.refusedByTag[s.tag];
            if (refused++ == 0)
                qCWarning(lcServices).noquote() << "telemetry: tag" << s.tag << "sample time" << s.timestampMs
                                                << "outside the accepted window [now -" << m_counters.samplePastMs / 1000 << "s, now +"
                                                << m_counters.sampleFutureMs / 1000 << "s]: refused (further ones counted)";
            continue;
        }
        m_counters.lastSampleAt = std::max(m_counters.lastSampleAt, s.timestampMs);
        const auto info = m_tags.constFind(s.tag);
        if (info == m_tags.constEnd()) {
            ++m_counters.unknownTags; // no sensor of the site has this tag: counted, not stored
            continue;
        }
        bool good = s.good && std::isfinite(s.value);
        if (good && ((info->lo && s.value < *info->lo) || (info->hi && s.value > *info->hi)))
            good = false; // outside the sensor's range: stored as bad
        if (!good)
            ++m_counters.bad;
        m_toStore.append({s.tag, s.timestampMs, s.value, good});
        TagLive &live = m_live[s.tag];
        if (s.timestampMs >= live.ts) {
            live = TagLive{s.tag, info->area, info->unit, s.value, s.timestampMs, good, info->lo, info->hi};
        }
        if (!good)
            continue;
        const int id = m_engine->tagId(s.tag);
        if (id < 0)
            continue;
        // Evaluated no later than now: a sample a little ahead (within the window) is evaluated as of now,
        // so the rules' clock never runs ahead of the wall clock and later samples of other tags still count.
        const qint64 ts = std::min(s.timestampMs, now);
        if (ts < m_lastEval) {
            ++m_counters.late; // older than what the rules already evaluated: stored, not evaluated
            continue;
        }
        if (pendingT != std::numeric_limits<qint64>::min() && ts != pendingT) {
            evaluate();
            pendingSubmittedUs = 0;
        }
        m_engine->push({ts, id, s.value});
        m_evaluatedLive.insert(s.tag);
        pendingT = ts;
        pendingSubmittedUs = std::max(pendingSubmittedUs, batchUs.value(index));
    }
    if (pendingT != std::numeric_limits<qint64>::min())
        evaluate();
    // Alarms first (they are what people wait for), then the samples (handed to the sample writer).
    if (!events.isEmpty())
        handleEvents(events, stamps, int(batch.size()));
    settleResumed();
    if (m_clock->nowMs() - m_lastFlush >= m_options.flushMs || m_toStore.size() > 5000)
        flush();
}

void TelemetryPipeline::tick()
{
    try {
        drain();
        if (m_engine) {
            const qint64 t = std::max(m_lastEval, m_clock->nowMs() - m_options.clockLagMs);
            QList<rules::AlarmEvent> events;
            m_engine->evaluate(t, events);
            m_lastEval = t;
            if (!events.isEmpty())
                handleEvents(events);
            settleResumed();
        }
        flush();
        deliverOutbox();
        if (m_outbox.isEmpty())
            sendQueuedInstructions(); // not while the store is known to be down
        if (m_clock->nowMs() - m_lastStatus >= 1000)
            publishStatus();
    } catch (const Error &e) {
        m_counters.lastError = e.message();
        Q_EMIT failed(tr("Telemetry: %1").arg(e.message()));
    } catch (const std::exception &e) { // logged, and the next tick runs (issue #18)
        m_counters.lastError = tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
        qCWarning(lcServices).noquote() << "telemetry: tick:" << m_counters.lastError;
        Q_EMIT failed(tr("Telemetry: %1").arg(m_counters.lastError));
    }
}

void TelemetryPipeline::flush()
{
    m_lastFlush = m_clock ? m_clock->nowMs() : 0;
    if (m_toStore.isEmpty() || !m_ctx)
        return;
    if (m_writer) {
        m_writer->enqueue(m_toStore); // takes them; stored in order, in short transactions, on its own thread
        return;
    }
    try {
        TelemetryService(*m_ctx).storeSamples(m_toStore);
        m_counters.stored += m_toStore.size();
        m_toStore.clear();
    } catch (const Error &e) {
        // Kept for the next flush (bounded): a busy or full store never loses samples silently.
        m_counters.lastError = e.message();
        if (m_toStore.size() > 200'000) {
            qCWarning(lcServices).noquote() << "telemetry: store unavailable, dropping" << m_toStore.size() << "samples:" << e.message();
            m_toStore.clear();
        }
        Q_EMIT failed(tr("Samples not stored (will retry): %1").arg(e.message()));
    }
}

// handleEvents(), keepInOutbox(), deliverOutbox(): TelemetryPipelineAlarms.cpp
// sendInstructions(), recordSend(), sendQueuedInstructions(): TelemetryPipelineInstructions.cpp

void TelemetryPipeline::publishStatus()
{
    m_lastStatus = m_clock->nowMs();
    auto s = std::make_shared<TelemetryStatus>(m_counters);
    s->tags = m_live.values();
    std::sort(s->tags.begin(), s->tags.end(), [](const TagLive &a, const TagLive &b) { return a.tag < b.tag; });
    for (const auto &c : m_connectors)
        s->connectors.append({c->id(), c->health()});
    s->ruleVersion = m_ruleVersion;
    s->rules = m_engine ? int(m_engine->ruleSet().rules.size()) : 0;
    s->activeAlarms = int(m_raised.size());
    s->outbox = m_outbox.size();
    if (m_writer) {
        const SampleWriterStats w = m_writer->stats();
        s->stored = w.stored;
        s->storePending = w.pending;
        s->writer = w;
        if (!w.lastError.isEmpty())
            s->lastError = tr("Samples not stored yet (retrying): %1").arg(w.lastError);
        if (w.failures > m_writerFailures && !w.lastError.isEmpty())
            Q_EMIT failed(tr("Samples not stored (will retry): %1").arg(w.lastError));
        m_writerFailures = w.failures;
    }
    Q_EMIT statusReady(s);
}

TelemetryHost::TelemetryHost(TelemetryOptions options) : m_pipeline(new TelemetryPipeline(std::move(options)))
{
    m_thread.setObjectName(u"guardline-telemetry"_s);
    m_pipeline->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_pipeline, &QObject::deleteLater);
}

TelemetryHost::~TelemetryHost()
{
    stop();
}

void TelemetryHost::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_pipeline, &TelemetryPipeline::start, Qt::QueuedConnection);
}

void TelemetryHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_pipeline, &TelemetryPipeline::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace gl
