// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/TelemetryPipeline.h"
#include "widgets/DataWorker.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace gl {
namespace ui {

class MainWindow;

/// The telemetry dock (issue #8): live tag values with their quality, the connectors' health, and the
/// ISA-18.2 alarm list (priority, state, shelving with reason and expiry, flood banner that suppresses
/// low-priority annunciation). Owns the telemetry thread (TelemetryHost): started when the store opens,
/// fed by the demo simulator in the demo and by the connectors of connectors.json otherwise.
class TelemetryPanel : public QWidget {
    Q_OBJECT
public:
    /// Creates the dock next to the Alarms dock and wires it to the window and its data thread.
    static TelemetryPanel *install(MainWindow *window);
    explicit TelemetryPanel(MainWindow *window);
    ~TelemetryPanel() override;

    /// Where a site's connectors are configured: $GUARDLINE_CONNECTORS, else connectors.json in the
    /// application data folder. {"connectors": [{"kind": "mqtt", "config": {...}}]}
    static QString connectorsFile();

    void setSnapshot(const SnapshotPtr &s);
    /// Whether the flood banner is up (more than 10 alarms in 10 minutes).
    bool flooding() const { return m_flooding; }
    /// The telemetry pipeline (null before the store is open); lives on its own thread: connect to its
    /// signals, invoke its slots queued.
    TelemetryPipeline *pipeline() const { return m_host ? m_host->pipeline() : nullptr; }
    /// The rule-set version the live pipeline last reported (0 when not running).
    int liveRuleVersion() const { return m_status ? m_status->ruleVersion : 0; }
    /// Asks the pipeline to switch to the rules in force now (queued onto its thread; rules editor).
    void reloadRules();

private:
    void startTelemetry(const DbUrl &url, bool demo);
    void showStatus(const TelemetryStatusPtr &s);
    void onAlarmRaised(qint64 alarmId, const QString &ruleId, const QString &severity, const QString &area);
    void rebuildAlarms();
    qint64 selectedAlarm() const;
    void shelveSelected();
    void unshelveSelected();
    void acknowledgeSelected();

    MainWindow *m_window;
    std::unique_ptr<TelemetryHost> m_host;
    SnapshotPtr m_snapshot;
    TelemetryStatusPtr m_status;
    bool m_flooding = false;
    QLabel *m_banner, *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_alarms, *m_values, *m_connectors;
    QLineEdit *m_reason;
    QComboBox *m_shelveFor;
    QPushButton *m_ack, *m_shelve, *m_unshelve;
};

} // namespace ui
} // namespace gl
