// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/engine/logic/ServiceHeartbeat.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "server/SiteEngine.h"
#include "shell/DataWorker.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QMainWindow;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace gl {
class SiteLock;
namespace ui {

class PanelHost;

/// The telemetry dock (issue #8): live tag values with their quality, the connectors' health, and the
/// ISA-18.2 alarm list (priority, state, shelving with reason and expiry, flood banner that suppresses
/// low-priority annunciation). The command center never runs connectors or rules itself (CONTRACTS.md
/// section 7): the dock shows the site service (guardline-server) from its heartbeat row, and warns in the
/// dock and the status bar when none is running. Only the demo (`guardline --demo`) starts an embedded
/// site service (SiteEngine on its own thread, with the demo simulator and connectors.json) and only when
/// no server already holds the site lock of the demo store.
class TelemetryPanel : public QWidget {
    Q_OBJECT
public:
    /// Creates the dock next to the Alarms dock and wires it to the window and its data thread.
    static TelemetryPanel *install(QMainWindow *window, PanelHost *host);
    explicit TelemetryPanel(PanelHost *host);
    ~TelemetryPanel() override;

    /// Where a site's connectors are configured: $GUARDLINE_CONNECTORS, else connectors.json in the
    /// application data folder. {"connectors": [{"kind": "mqtt", "config": {...}}]}
    static QString connectorsFile();

    void setSnapshot(const SnapshotPtr &s);
    /// Whether the flood banner is up: more alarms than the site's limit (10 by default) within its window
    /// (10 minutes) at this workstation's operator position (AlarmPanel::workstationPosition).
    bool flooding() const { return m_flooding; }
    /// The embedded demo service's telemetry pipeline (null unless this workstation runs the demo's
    /// service); lives on its own thread: connect to its signals, invoke its slots queued.
    TelemetryPipeline *pipeline() const { return m_service ? m_service->engine()->pipeline() : nullptr; }
    /// Whether this workstation runs the embedded demo service.
    bool embeddedService() const { return m_service && m_service->engine()->running(); }
    /// The rule-set version the site service reports in its heartbeat (0 when none is running).
    int liveRuleVersion() const { return m_liveVersion; }
    /// The site service's last heartbeat, as last read (nullopt: never ran on this store).
    const std::optional<ServiceHeartbeat> &service() const { return m_heartbeat; }
    /// Asks the embedded service to switch to the rules in force now (a server picks a saved version up
    /// by itself within 5 s); reads the heartbeat again soon after.
    void reloadRules();

Q_SIGNALS:
    /// The live rule version (from the heartbeat) changed; 0 when no service runs.
    void liveRuleVersionChanged(int version);
    /// Whether a site service is running (heartbeat younger than 10 s) changed.
    void serviceAliveChanged(bool alive);
    /// The connectors in one line for the status bar ("Connectors: mqtt-1 ok, …").
    void connectorSummaryChanged(const QString &summary);
    /// The latest value of each tag while a service runs (empty when none runs: nothing stale), for the map.
    void liveValuesChanged(const QList<gl::TagLive> &tags);

private:
    void startDemoService(const DbUrl &url);
    void pollHeartbeat();
    void showService(const std::optional<ServiceHeartbeat> &h);
    void showStatus(const TelemetryStatus &s);
    void onAlarmRaised(qint64 alarmId, const QString &ruleId, const QString &severity, const QString &area);
    void rebuildAlarms();
    qint64 selectedAlarm() const;
    void shelveSelected();
    void unshelveSelected();
    void acknowledgeSelected();

    PanelHost *m_host;
    std::unique_ptr<SiteEngineHost> m_service; ///< the demo's embedded site service only
    std::unique_ptr<SiteLock> m_demoLock;      ///< held while the embedded service runs
    std::optional<ServiceHeartbeat> m_heartbeat;
    int m_liveVersion = 0;
    bool m_alive = false, m_storeOpen = false, m_polling = false;
    QTimer *m_poll = nullptr;
    QLabel *m_serviceLabel = nullptr, *m_statusBarLabel = nullptr;
    SnapshotPtr m_snapshot;
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
