// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/AlarmOutbox.h"
#include "modules/telemetry/logic/SampleWriter.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/RuleEngine.h"
#include "platform/store/DbUrl.h"

#include <guardline/Connector.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace gl {

class Database;
class PluginRegistry;

/// Makes a connector in code rather than from a plugin kind (the demo plant's simulator, src/demo): called on
/// the pipeline's thread with the site's tags and the sink its samples go to; the pipeline owns the result.
using BuiltInConnector = std::function<std::unique_ptr<sdk::Connector>(
    QObject *parent, const QHash<QString, TagInfo> &tags, std::function<void(const sdk::Sample &)> sink)>;

struct TelemetryOptions {
    DbUrl db;                     ///< the store (the pipeline opens its own connection on its thread)
    QString defaultRulesFile;     ///< rules seeded as version 1 when the store has none (empty: none)
    QJsonArray connectors;        ///< [{"kind": "mqtt", "config": {...}}, ...]
    QStringList pluginFolders;    ///< where connector plugins are looked for
    /// Connectors made in code, started before the configured ones (the command center's demo mode passes
    /// the demo plant's simulated sensors; production programs pass none).
    std::vector<BuiltInConnector> builtInConnectors;
    qint64 flushMs = 200;         ///< samples are written in batches at least this often
    qint64 tickMs = 500;          ///< clock tick driving stale and for_s between samples
    qint64 clockLagMs = 2000;     ///< the tick evaluates at now - lag, so samples slightly late still count
    int sampleChunkRows = 500;    ///< rows per sample transaction of the sample writer
    /// A live sample is accepted only when its time is within [now - samplePastMs, now + sampleFutureMs];
    /// others are counted per tag and refused (neither stored nor evaluated). Negative: the site's setting
    /// (table telemetry_settings, keys sample_past_s / sample_future_s), else 10 min and 60 s.
    qint64 samplePastMs = -1;
    qint64 sampleFutureMs = -1;
    /// The previous design, kept for the benchmark's comparison only: samples are stored on the pipeline's
    /// own thread and connection, so an alarm can wait behind a sample batch.
    bool storeOnPipelineThread = false;
    /// The durable outbox (AlarmOutbox) for alarm events the store cannot take now; empty: kept in memory only.
    QString outboxFile;
};

/// Where the time went for one raised alarm (wall clock, microseconds since the epoch; CPU in us of the
/// pipeline thread). Emitted with alarmTraced() for measurements (bench/telemetry); cheap to produce.
struct AlarmTrace {
    qint64 alarmId = 0;
    qint64 sampleTs = 0;      ///< the sample time that raised it (ms)
    qint64 submittedUs = 0;   ///< the raising sample entered submit() (connector → pipeline queue)
    qint64 drainUs = 0;       ///< the pipeline thread started the drain that held it
    qint64 evaluatedUs = 0;   ///< the rule engine raised the event
    qint64 gateUs = 0;        ///< the store's write slot was granted (after any sample chunk being committed)
    qint64 committedUs = 0;   ///< the alarm, order and instruction transaction committed
    qint64 signalledUs = 0;   ///< alarmRaised / instructionIssued / alarmsChanged emitted
    qint64 txnCpuUs = 0;      ///< CPU time of the alarm transaction on the pipeline thread
    int drainSamples = 0;     ///< samples in that drain
};

/// Latest value of a tag, for the live views.
struct TagLive {
    QString tag, area, unit;
    double value = 0;
    qint64 ts = 0;
    bool good = true;
    std::optional<double> lo, hi;
};

/// What the telemetry thread reports about itself about once a second.
struct TelemetryStatus {
    QList<TagLive> tags;
    QList<QPair<QString, QJsonObject>> connectors; ///< connector id → health
    qint64 samples = 0, bad = 0, unknownTags = 0, late = 0, stored = 0;
    /// Samples refused because their time was outside the accepted window (CONTRACTS.md section 7).
    qint64 outOfWindow = 0;
    QHash<QString, qint64> refusedByTag; ///< tag → samples refused (out of the time window), since start
    qint64 lastSampleAt = 0;             ///< the newest accepted sample time (ms), 0 before the first
    qint64 samplePastMs = 0, sampleFutureMs = 0; ///< the accepted window in force
    qint64 storePending = 0; ///< handed to the sample writer, not yet committed
    qint64 outbox = 0;       ///< alarm events waiting in the outbox for the store (not yet raised)
    SampleWriterStats writer; ///< the sample writer's counters and commit times
    int ruleVersion = 0, rules = 0, activeAlarms = 0;
    QString lastError;
};
using TelemetryStatusPtr = std::shared_ptr<const TelemetryStatus>;

/// The ingest pipeline, on its own thread: connector samples → time-series store (batched) → live rule
/// engine (Guardline::Rules) → alarms and their actions through TelemetryService/OperationsService →
/// instructions pushed back out through the connectors. Connectors call submit() from any thread.
class TelemetryPipeline : public QObject {
    Q_OBJECT
public:
    explicit TelemetryPipeline(TelemetryOptions options);
    ~TelemetryPipeline() override;

    /// Thread-safe: queues a sample and wakes the pipeline.
    void submit(const sdk::Sample &s);

public Q_SLOTS:
    void start();
    void stop();
    /// Switches the live rules to the active (highest) version in the store when it differs from the one in
    /// force, without a restart: pending samples are evaluated and stored first, the new engine is warmed up
    /// from the stored samples of its longest window, open alarms of rules still raised are kept, the others
    /// return to normal, rules now true raise at once. Pipeline thread only: invoke it queued (thread-safe
    /// that way); a 5 s watch also calls it, so versions saved elsewhere are picked up.
    void reloadRules();

Q_SIGNALS:
    void started(int ruleVersion, int rules, int connectors);
    /// Alarms or dispatch rows changed: views should refresh now.
    void alarmsChanged();
    /// A rule raised an alarm (after it was committed); detectedAt is the sample time.
    void alarmRaised(qint64 alarmId, const QString &ruleId, const QString &severity, const QString &area, qint64 detectedAt);
    /// A rule's instruction action committed an instruction (before it is sent out to the line): the
    /// dispatch board can show it at once by its id, without waiting for a periodic refresh.
    void instructionIssued(qint64 instructionId, qint64 alarmId, const QString &target, const QString &text, qint64 ackDueAt);
    /// Phase timings of each raised alarm (emitted from the pipeline thread; connect directly if needed).
    void alarmTraced(const gl::AlarmTrace &trace);
    void statusReady(gl::TelemetryStatusPtr status);
    void failed(const QString &message);
    /// The live rules switched to `version` (reloadRules).
    void rulesReloaded(int version, int rules);

private:
    void drain();
    void tick();
    void flush();
    /// `stamps` (optional): per event, {submittedUs, drainUs, evaluatedUs} for the trace.
    void handleEvents(const QList<rules::AlarmEvent> &events, const QList<std::array<qint64, 3>> &stamps = {}, int drainSamples = 0);
    void publishStatus();
    struct RaisedAlarm {
        RuleAlarm alarm;
        int rule;
    };
    /// Step 2 of an alarm: its instructions go out to the line and how they went is recorded.
    bool sendInstructions(const QList<RaisedAlarm> &raised);
    /// Records an instruction's send; when the store cannot take it now, remembered (and not sent again).
    bool recordSend(qint64 instructionId, const QString &via, const QString &error);
    /// An alarm event the store cannot take now (unreachable, locked, full): kept in the outbox, on the
    /// disk, in order; deliverOutbox() stores each exactly once when the store answers again. The engine
    /// does not count the alarm as raised (status, alarmRaised) until then.
    void keepInOutbox(const OutboxEntry &entry, const QString &why);
    /// Delivers the outbox in order while the store takes it (at most once a second while it fails).
    void deliverOutbox(bool force = false);
    int ruleIndex(const QString &ruleId) const;
    /// Sends `cmd` on every connector; returns {via, error} as recordInstructionSend() takes them.
    QPair<QString, QString> sendToLines(const QString &target, const QJsonObject &cmd);
    /// The instruction outbox: instructions stored but not yet sent (pushed by a dispatcher through any
    /// workstation or guardlinectl, or whose send failed while a broker was down) go out about once a
    /// second, a failed one again every 10 s, until sent, acknowledged or an hour old.
    void sendQueuedInstructions();
    void sendQueue(qint64 now);
    void loadRules();
    void loadSampleWindow();
    void startRulesWatch(); // TelemetryRulesReload.cpp
    /// At start: the alarms a previous run of the pipeline raised and left open (stopped, killed, failed over) are carried
    /// on, not raised again (CONTRACTS.md section 7, "each alarm is raised once"). The engine is warmed up from
    /// the stored samples; an open alarm whose rule is raised is kept; one whose rule is not (yet) raised waits
    /// for the live samples: kept when the rule raises, returned to normal once every tag of the rule has
    /// reported and the rule is false, or after kResumeGraceMs. Open alarms of rules no longer in force return
    /// to normal. A rule raised by the stored samples without an open alarm is raised at once, unless the previous
    /// run had raised this condition's alarm and returned it to normal (m_settled). TelemetryRulesReload.cpp.
    void resumeOpenAlarms();
    void settleResumed();

    TelemetryOptions m_options;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<StoreWriteGate> m_gate; ///< the alarm path goes before sample chunks (both backends)
    std::unique_ptr<SampleWriter> m_writer; ///< samples on their own thread and connection
    const Clock *m_clock = nullptr;
    std::unique_ptr<ServiceContext> m_ctx;
    std::unique_ptr<PluginRegistry> m_registry;
    std::vector<std::unique_ptr<sdk::Connector>> m_connectors;
    std::unique_ptr<rules::RuleEngine> m_engine;
    QHash<QString, TagInfo> m_tags;
    QHash<QString, TagLive> m_live;
    /// Tags with a sample of this run that the rules evaluated (a late one is stored and shown, not evaluated):
    /// what settleResumed() waits for before it trusts the engine's view of a rule left open by a previous run.
    QSet<QString> m_evaluatedLive;
    QHash<int, qint64> m_raised; ///< rule index → alarm id raised by this pipeline
    QHash<int, qint64> m_resumed; ///< rule index → alarm left open by a previous run, not yet raised again or settled
    /// rule index → the alarm a previous run raised for the condition the stored samples still show and already
    /// returned to normal (the samples that ended it were not stored): not raised again (settleResumed)
    QHash<int, qint64> m_settled;
    qint64 m_resumeUntil = 0;     ///< when the resumed alarms not seen raised again return to normal
    static constexpr qint64 kResumeGraceMs = 60'000;
    QList<StoredSample> m_toStore;
    int m_ruleVersion = 0;
    qint64 m_lastEval = std::numeric_limits<qint64>::min();
    qint64 m_lastFlush = 0, m_lastStatus = 0, m_lastOutbox = 0;
    QHash<qint64, qint64> m_outboxRetryAt; ///< instruction id → earliest next attempt after a failed send
    QHash<qint64, QPair<QString, QString>> m_sentUnrecorded; ///< instruction id → {via, error} not yet recorded
    AlarmOutbox m_outbox;
    QHash<int, qint64> m_queued; ///< rule index → the sample time of its Raise waiting in the outbox
    qint64 m_lastDelivery = 0;
    QString m_lastQueueError; ///< the instruction queue's last failure (said once)
    qint64 m_writerFailures = 0;
    TelemetryStatus m_counters;
    QTimer *m_tick = nullptr;
    QTimer *m_rulesWatch = nullptr;
    int m_rejectedRuleVersion = 0; ///< a stored version the parser refused (reported once, not retried)

    QMutex m_mutex; // guards m_pending and m_wakePending (connectors' threads)
    QList<sdk::Sample> m_pending;
    QList<qint64> m_pendingUs; ///< when each pending sample was submitted (wall us)
    bool m_wakePending = false;
};

/// Runs a TelemetryPipeline on its own thread ("guardline-telemetry") and stops it cleanly.
class TelemetryHost {
public:
    explicit TelemetryHost(TelemetryOptions options);
    ~TelemetryHost();
    TelemetryPipeline *pipeline() const { return m_pipeline; }
    void start();
    void stop();

private:
    QThread m_thread;
    TelemetryPipeline *m_pipeline = nullptr;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::TelemetryStatusPtr)
Q_DECLARE_METATYPE(gl::AlarmTrace)
