// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"
#include "shell/PanelHost.h"

#include <QHash>
#include <QMainWindow>
#include <QThread>

class QActionGroup;
class QLabel;
class QTabBar;

namespace gl {
namespace ui {

class AlarmPanel;
class CameraWall;
class DispatchBoard;
class RecordsPanel;
class SitePlanView;
class MapFeeder;
class TelemetryPanel;

/// The command center: the site map in the middle, docks for the camera wall, alarms, the dispatch
/// board and the records; a status bar with store and connector health. The docks are grouped in
/// workspaces by role (Control room, Permits, …; Ctrl+1…Ctrl+6); every dock can float to another screen;
/// each workspace's arrangement is saved per user and host and restored on start. Its panels see it as
/// their PanelHost.
class MainWindow : public QMainWindow, public PanelHost {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts the data thread on the store; `demo` loads and signs in to the demo plant.
    void openStore(const QString &url, bool demo, const QString &username = {}, const QString &password = {});
    /// Selects the map's view ("top" or "iso") — the 3D map honours it; the plan is always top.
    void setMapView(const QString &view);
    /// Brings up an object picked on the map or in a list.
    void showObject(const QString &kind, const QString &code) override;
    SnapshotPtr lastSnapshot() const override { return m_last; }
    QWidget *mapWidget() const { return m_map; }
    /// The data thread's worker: panels run their service calls through DataWorker::call().
    DataWorker *dataWorker() const override { return m_worker; }
    void showStatus(const QString &message, int timeoutMs) override;
    QWidget *hostWidget() override;
    CameraWall *cameraWall() const override;

    /// Workspaces by role (issue 16): "control", "permits", "hazards", "contractors", "reports", "admin".
    static QStringList workspaceKeys();
    /// The workspace a role starts in when its user has none saved on this host.
    static QString defaultWorkspaceFor(const QString &roleKey);
    QString currentWorkspace() const { return m_workspace; }
    /// Shows a workspace's docks in their saved arrangement (or the factory one) and hides the others.
    void showWorkspace(const QString &key);
    /// Opens in `key`'s factory arrangement whoever signs in, ignoring saved layouts (--screenshot --workspace).
    void setStartWorkspace(const QString &key) { m_startWorkspace = key; }

Q_SIGNALS:
    void snapshotShown();
    void storeFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildMenus();
    void showSnapshot(const SnapshotPtr &s);
    void onOpened(const QString &store, const QString &user, const QString &role, bool demo);
    /// File → Switch user…: the sign-in dialog on the open store; the data thread checks the password.
    void switchUser();
    void showUser(const QString &user, const QString &role);
    void saveLayout();
    void restoreLayout(const QString &roleKey);
    void applyWorkspace(const QString &key, const QByteArray &state);
    QString settingsPrefix() const; ///< "workspaces/<user>@<host>/"

    QThread m_thread;
    DataWorker *m_worker = nullptr;
    SitePlanView *m_plan = nullptr;
    QWidget *m_map = nullptr;   ///< the central view: the 3D map when built in, else the plan
    MapFeeder *m_feeder = nullptr;
    TelemetryPanel *m_telemetry = nullptr; ///< the Telemetry dock: the site service's state (heartbeat)
    AlarmPanel *m_alarms = nullptr;
    DispatchBoard *m_board = nullptr;
    CameraWall *m_wall = nullptr;
    RecordsPanel *m_records = nullptr;
    QLabel *m_storeStatus = nullptr, *m_connectorStatus = nullptr, *m_userStatus = nullptr, *m_summary = nullptr;
    QString m_user;
    QString m_workspace, m_startWorkspace;
    QHash<QString, QByteArray> m_workspaceStates; ///< saveState() of each workspace, for m_user on this host
    QTabBar *m_workspaceBar = nullptr;
    QActionGroup *m_workspaceActions = nullptr;
    QString m_storeDescription;
    SnapshotPtr m_last;
};

} // namespace ui
} // namespace gl
