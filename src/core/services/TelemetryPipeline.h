// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/RuleEngine.h"
#include "core/services/TelemetryService.h"
#include "core/store/DbUrl.h"

#include <guardline/Connector.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

class QTimer;

namespace gl {

class Database;
class PluginRegistry;

struct TelemetryOptions {
    DbUrl db;                     ///< the store (the pipeline opens its own connection on its thread)
    QString defaultRulesFile;     ///< rules seeded as version 1 when the store has none (empty: none)
    QJsonArray connectors;        ///< [{"kind": "mqtt", "config": {...}}, ...]
    QStringList pluginFolders;    ///< where connector plugins are looked for
    bool demoSimulator = false;   ///< feed the demo plant's sensors with simulated values and incidents
    qint64 flushMs = 200;         ///< samples are written in batches at least this often
    qint64 tickMs = 500;          ///< clock tick driving stale and for_s between samples
    qint64 clockLagMs = 2000;     ///< the tick evaluates at now - lag, so samples slightly late still count
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
    /// Reloads the active rule set from the store (after rules were saved).
    void reloadRules();

Q_SIGNALS:
    void started(int ruleVersion, int rules, int connectors);
    /// Alarms or dispatch rows changed: views should refresh now.
    void alarmsChanged();
    /// A rule raised an alarm (after it was committed); detectedAt is the sample time.
    void alarmRaised(qint64 alarmId, const QString &ruleId, const QString &severity, const QString &area, qint64 detectedAt);
    void statusReady(gl::TelemetryStatusPtr status);
    void failed(const QString &message);

private:
    void drain();
    void tick();
    void flush();
    void handleEvents(const QList<rules::AlarmEvent> &events);
    void publishStatus();
    void loadRules();

    TelemetryOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ServiceContext> m_ctx;
    std::unique_ptr<PluginRegistry> m_registry;
    std::vector<std::unique_ptr<sdk::Connector>> m_connectors;
    std::unique_ptr<rules::RuleEngine> m_engine;
    QHash<QString, TagInfo> m_tags;
    QHash<QString, TagLive> m_live;
    QHash<int, qint64> m_raised; ///< rule index → alarm id raised by this pipeline
    QList<StoredSample> m_toStore;
    int m_ruleVersion = 0;
    qint64 m_lastEval = std::numeric_limits<qint64>::min();
    qint64 m_lastFlush = 0, m_lastStatus = 0;
    TelemetryStatus m_counters;
    QTimer *m_tick = nullptr;

    QMutex m_mutex; // guards m_pending and m_wakePending (connectors' threads)
    QList<sdk::Sample> m_pending;
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
