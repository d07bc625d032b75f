// SPDX-License-Identifier: Apache-2.0
#include "shell/MainWindow.h"
#include "demo/DemoPlant.h"
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/dispatch/ui/TaskInboxPanel.h"
#include "modules/hazards/ui/HazardPanel.h"
#include "modules/permits/ui/PermitPanel.h"
#include "modules/reporting/ui/AnalyticsPanels.h"
#include "modules/reporting/ui/DashboardPanel.h"
#include "modules/reporting/ui/ReportsPanel.h"
#include "modules/site/ui/SitePlanView.h"
#include "modules/telemetry/ui/AlarmFloodDialog.h"
#include "modules/telemetry/ui/AlarmPanel.h"
#include "modules/telemetry/ui/RulesEditor.h"
#include "modules/telemetry/ui/TagChartWindow.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "modules/video/ui/CameraWall.h"
#include "shell/CsvExport.h"
#include "shell/LoginDialog.h"
#include "shell/MapFeeder.h"
#include "shell/RecordsPanel.h"
#include "shell/UsersAdminPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QSysInfo>
#include <QTabBar>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
/// Wide record panels (documents beside their viewer, three photos side by side) scroll inside their
/// dock instead of forcing the whole window wider or taller than a 1280×720 screen.
QWidget *scrollable(QWidget *panel)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"GuardlineMainWindow"_s);
    setWindowTitle(tr("Guardline — safety command center"));
    setDockNestingEnabled(true);
    m_worker = new DataWorker; // before the docks: panels run their service calls through it
    m_worker->moveToThread(&m_thread);
    m_plan = new SitePlanView(this);
    m_feeder = MapFeeder::create(this);
    m_map = m_feeder ? m_feeder->widget() : m_plan;
    setCentralWidget(m_map);
    buildDocks();
    if (m_feeder) { // the 2D plan stays available as a dock next to the records
        auto *plan = new QDockWidget(tr("Site plan"), this);
        plan->setObjectName(u"sitePlan"_s);
        plan->setWidget(m_plan);
        addDockWidget(Qt::BottomDockWidgetArea, plan);
        tabifyDockWidget(findChild<QDockWidget *>(u"records"_s), plan);
        connect(m_feeder, &MapFeeder::objectPicked, this, &MainWindow::showObject);
        m_feeder->setDataWorker(m_worker); // the area menu's instruction and manual alarm (issue 16 item 6)
        connect(m_feeder, &MapFeeder::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    }
    { // Contractor admission (issue #5): companies, documents and their viewer, tasks, whitelist, people on site.
        auto *contractors = new QDockWidget(tr("Contractors"), this);
        contractors->setObjectName(u"contractors"_s);
        contractors->setWidget(scrollable(new ContractorPanel(this)));
        contractors->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::BottomDockWidgetArea, contractors);
        tabifyDockWidget(findChild<QDockWidget *>(u"records"_s), contractors);
    }
    { // Hazards (issue #7): list with filters, detail with the photo timeline, actions, the photo viewer.
        auto *panel = new HazardPanel(this);
        auto *hazards = new QDockWidget(tr("Hazards"), this);
        hazards->setObjectName(u"hazards"_s);
        hazards->setWidget(scrollable(panel));
        hazards->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::BottomDockWidgetArea, hazards);
        tabifyDockWidget(findChild<QDockWidget *>(u"records"_s), hazards);
        connect(m_worker, &DataWorker::snapshotReady, panel, &HazardPanel::setSnapshot);
    }
    PermitPanel::install(this, this); // Permits (issue #6): board by state / area / timeline, the permit card and editor
    m_telemetry = TelemetryPanel::install(this, this); // Telemetry (issue #8): live values, connectors, ISA-18.2 alarms; the site service's state
    if (m_feeder) // the map shows the latest values on its sensors
        connect(m_telemetry, &TelemetryPanel::liveValuesChanged, m_feeder, &MapFeeder::setLiveValues);
    installAnalyticsDocks(this, this); // Issue #8: interruption-time dashboard and safety-quality correlation, by the Dashboards
    TaskInboxPanel::install(this, this); // Issue 16: the signed-in person's tasks, soonest due first
    // The dispatch board is what a dispatcher needs under the map; the map keeps most of the height.
    auto *dispatch = findChild<QDockWidget *>(u"dispatch"_s);
    dispatch->raise();
    resizeDocks({dispatch}, {300}, Qt::Vertical);
    buildMenus();
    applyWorkspace(u"control"_s, {}); // until someone signs in: then theirs (restoreLayout)
    // Every table view in every dock exports what it shows: right-click → Export CSV….
    for (QTableView *view : findChildren<QTableView *>()) {
        auto *exportAction = new QAction(tr("Export CSV…"), view);
        const QString base = view->objectName().isEmpty() ? u"guardline-table"_s : view->objectName();
        connect(exportAction, &QAction::triggered, view,
                [view, base] { exportCsv(view, csvTableOf(view->model(), view->horizontalHeader()), base); });
        view->addAction(exportAction);
        if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
            view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    m_storeStatus = new QLabel(tr("Store: connecting…"), this);
    m_connectorStatus = new QLabel(tr("Connectors: none configured"), this);
    m_connectorStatus->setObjectName(u"connectorStatus"_s); // updated by the telemetry dock
    connect(m_telemetry, &TelemetryPanel::connectorSummaryChanged, m_connectorStatus, &QLabel::setText);
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(u"userStatus"_s); // who is signed in at this workstation
    m_summary = new QLabel(this);
    statusBar()->addWidget(m_storeStatus);
    statusBar()->addWidget(m_connectorStatus);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_userStatus);

    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DataWorker::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_worker, &DataWorker::opened, this, &MainWindow::onOpened);
    connect(m_worker, &DataWorker::userSwitched, this, [this](const QString &user, const QString &role) {
        saveLayout(); // the previous user's docks, as they left them
        if (QWidget *users = findChild<QWidget *>(u"usersAdmin"_s)) // it was opened for the previous user
            users->deleteLater();
        showUser(user, role);
        statusBar()->showMessage(tr("Signed in as %1").arg(user), 10000);
    });
    connect(m_worker, &DataWorker::switchRefused, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Switch user refused: %1").arg(message), 15000);
        QMessageBox::warning(this, tr("Switch user"), tr("%1\n\nStill signed in as %2.").arg(message, m_user));
    });
    connect(m_worker, &DataWorker::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        Q_EMIT storeFailed(message);
    });
    connect(m_worker, &DataWorker::storeHealth, this, [this](bool ok, const QString &detail) {
        m_storeStatus->setText(ok ? tr("Store: ● online (%1)").arg(detail) : tr("Store: ● OFFLINE — %1").arg(detail));
        m_storeStatus->setStyleSheet(ok ? QString() : u"QLabel { color: #e53935; font-weight: bold; }"_s);
    });
    connect(m_alarms, &AlarmPanel::acknowledgeRequested, m_worker, &DataWorker::acknowledgeAlarm);
    connect(m_board, &DispatchBoard::acknowledgeInstruction, m_worker, &DataWorker::acknowledgeInstruction);
    connect(m_plan, &SitePlanView::objectPicked, this, &MainWindow::showObject);
    m_thread.setObjectName(u"guardline-data"_s);
    m_thread.start();
}

MainWindow::~MainWindow()
{
    QMetaObject::invokeMethod(m_worker, &DataWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MainWindow::buildDocks()
{
    auto dock = [this](const QString &name, const QString &title, QWidget *w, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        return d;
    };
    // The right column (camera wall over alarms) runs the full height of the window, as on a video
    // management client: the bottom docks (dispatch board, records…) sit under the map only, so the wall
    // keeps a usable height on one 1600×900 screen.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_wall = new CameraWall(this);
    m_wall->setDataWorker(m_worker); // stream URLs with credentials, evidence, the registry: on the data thread
    connect(m_wall, &CameraWall::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_wall, &CameraWall::reportHazardRequested, this, [this](qint64 evidenceId, const QString &, const QString &area) {
        findChild<HazardPanel *>()->reportWithEvidence(evidenceId, area); // issue #7: the still becomes the panorama
    });
    m_alarms = new AlarmPanel(this);
    m_alarms->setDataWorker(m_worker); // issue 16: instructions by hand from an alarm's context menu
    m_board = new DispatchBoard(this);
    m_board->setDataWorker(m_worker); // issue #8: procedure steps and notifications are written on the data thread
    m_records = new RecordsPanel(this);
    QDockWidget *wall = dock(u"cameraWall"_s, tr("Camera wall"), m_wall, Qt::RightDockWidgetArea);
    QDockWidget *alarms = dock(u"alarms"_s, tr("Alarms"), m_alarms, Qt::RightDockWidgetArea);
    dock(u"dispatch"_s, tr("Dispatch board"), m_board, Qt::BottomDockWidgetArea);
    QDockWidget *records = dock(u"records"_s, tr("Records"), m_records, Qt::BottomDockWidgetArea);
    splitDockWidget(wall, alarms, Qt::Vertical);
    tabifyDockWidget(findChild<QDockWidget *>(u"dispatch"_s), records);
    findChild<QDockWidget *>(u"dispatch"_s)->raise();
    resizeDocks({wall, alarms}, {420, 300}, Qt::Vertical);
    resizeDocks({wall}, {560}, Qt::Horizontal);
    // Issue #9: the daily report archive and the EHS dashboards, tabbed with the records.
    auto *reports = new ReportsPanel(this);
    reports->setDataWorker(m_worker);
    connect(reports, &ReportsPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    auto *dashboard = new DashboardPanel(this);
    dashboard->setDataWorker(m_worker);
    tabifyDockWidget(records, dock(u"reports"_s, tr("Reports"), reports, Qt::BottomDockWidgetArea));
    tabifyDockWidget(records, dock(u"dashboard"_s, tr("Dashboards"), dashboard, Qt::BottomDockWidgetArea));
    findChild<QDockWidget *>(u"dispatch"_s)->raise();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    // A control room changes shifts at one workstation: the next person signs in without closing the app.
    QAction *switchUserAction = file->addAction(tr("S&witch user…"));
    switchUserAction->setObjectName(u"switchUser"_s);
    switchUserAction->setEnabled(false); // until a store is open
    switchUserAction->setStatusTip(tr("Sign in as another user on this store; the windows stay open"));
    connect(m_worker, &DataWorker::opened, switchUserAction, [switchUserAction] { switchUserAction->setEnabled(true); });
    connect(switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QAction *search = view->addAction(tr("&Search records"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        findChild<QDockWidget *>(u"records"_s)->raise();
        m_records->focusSearch();
    });
    // Workspaces by role (issue 16): a tab bar at the top and View → Workspace, Ctrl+1…Ctrl+6.
    const QStringList titles = {tr("Control room"), tr("Permits"), tr("Hazards"), tr("Contractors"),
                                tr("Reports and dashboards"), tr("Administration")};
    QMenu *workspaces = view->addMenu(tr("&Workspace"));
    workspaces->setObjectName(u"workspaceMenu"_s);
    m_workspaceActions = new QActionGroup(this);
    m_workspaceBar = new QTabBar(this);
    m_workspaceBar->setObjectName(u"workspaceBar"_s);
    m_workspaceBar->setDrawBase(false);
    m_workspaceBar->setExpanding(false);
    m_workspaceBar->setFocusPolicy(Qt::NoFocus);
    const QStringList keys = workspaceKeys();
    for (int i = 0; i < keys.size(); ++i) {
        QAction *a = workspaces->addAction(titles.value(i));
        a->setObjectName(u"workspace_"_s + keys[i]);
        a->setData(keys[i]);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::ApplicationShortcut); // also from a dock floated to another screen
        addAction(a);
        m_workspaceActions->addAction(a);
        m_workspaceBar->addTab(titles.value(i));
        m_workspaceBar->setTabToolTip(i, tr("%1 (%2)").arg(titles.value(i), a->shortcut().toString(QKeySequence::NativeText)));
        m_workspaceBar->setTabData(i, keys[i]);
        connect(a, &QAction::triggered, this, [this, key = keys[i]] { showWorkspace(key); });
    }
    connect(m_workspaceBar, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0)
            showWorkspace(m_workspaceBar->tabData(index).toString());
    });
    // In the menu bar's row: no height taken from the docks (the window still fits 1280×720).
    m_workspaceBar->setAccessibleName(tr("Workspaces"));
    m_workspaceBar->setStyleSheet(u"QTabBar::tab { padding: 1px 12px; margin: 0; }"_s);
    m_workspaceBar->setMaximumHeight(menuBar()->sizeHint().height());
    menuBar()->setCornerWidget(m_workspaceBar, Qt::TopRightCorner);
    QMenu *lang = view->addMenu(tr("&Language"));
    for (const auto &[code, name] : {std::pair{u"zh_CN"_s, u"中文 (简体)"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *a = lang->addAction(name);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"ui/language"_s, code);
            QMessageBox::information(this, tr("Language"), tr("The language changes the next time Guardline starts."));
        });
    }
    RulesEditor::installMenu(this, this, m_telemetry); // Telemetry menu: alarm rules editor, duty roster (issue #8)
    UsersAdminPanel::installMenu(this, this); // Administration → Users… (issue #17), enabled for user.manage
    AlarmFloodDialog::installMenu(this, this); // Administration → Alarm flood settings… (issue #16), enabled for rules.edit
}

void MainWindow::openStore(const QString &url, bool demo, const QString &username, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, url, demo, username, password] { w->open(url, demo, username, password); },
                              Qt::QueuedConnection);
}

void MainWindow::setMapView(const QString &view)
{
    if (m_feeder) // the 2D plan is always a top view
        m_feeder->setView(view);
}

void MainWindow::onOpened(const QString &store, const QString &user, const QString &role, bool demo)
{
    m_storeDescription = store;
    m_user = user;
    m_userStatus->setText(demo ? tr("DEMO — signed in as %1 (%2), no password").arg(user, role) : tr("%1 (%2)").arg(user, role));
    m_userStatus->setStyleSheet(demo ? u"QLabel { background: #6a1b9a; color: white; padding: 2px 8px; font-weight: bold; }"_s : QString());
    if (demo) {
        setWindowTitle(tr("Guardline — DEMO PLANT — safety command center"));
        m_wall->startDemoDrill(); // demo cameras play generated H.264 clips (docs/video.md)
    }
    m_storeStatus->setText(tr("Store: ● online (%1)").arg(store));
    restoreLayout(role);
}

void MainWindow::switchUser()
{
    LoginDialog login(m_storeDescription, this);
    login.setObjectName(u"switchUserDialog"_s);
    login.setWindowTitle(tr("Switch user"));
    if (login.exec() != QDialog::Accepted)
        return;
    const QString username = login.username(), password = login.password();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, username, password] { w->switchUser(username, password); }, Qt::QueuedConnection);
}

void MainWindow::showUser(const QString &user, const QString &role)
{
    m_user = user;
    m_userStatus->setText(tr("%1 (%2)").arg(user, role));
    m_userStatus->setStyleSheet(QString());
    restoreLayout(role); // the next person's workspaces, as they left them on this workstation
}

void MainWindow::showSnapshot(const SnapshotPtr &s)
{
    m_last = s;
    m_plan->setSnapshot(s);
    if (m_feeder)
        m_feeder->setSnapshot(s);
    m_alarms->setSnapshot(s);
    m_board->setSnapshot(s);
    m_wall->setSnapshot(s);
    m_records->setSnapshot(s);
    if (s->site.exists && s->site.code != QLatin1String(DemoPlant::siteCode)) { // the demo's title says DEMO PLANT
        const bool zh = QLocale().language() == QLocale::Chinese && !s->site.nameZh.isEmpty();
        setWindowTitle(tr("Guardline — %1 — safety command center").arg(zh ? s->site.nameZh : s->site.name));
    }
    const SiteSummary &m = s->summary;
    m_summary->setText(tr("Open hazards %1 (overdue %2) · Active permits %3 · Unacknowledged alarms %4 · Open orders %5 · "
                          "Contractors with expired documents %6")
                           .arg(m.openHazards).arg(m.overdueHazards).arg(m.activePermits).arg(m.unackedAlarms).arg(m.openOrders)
                           .arg(m.contractorsWithExpired));
    Q_EMIT snapshotShown();
}

void MainWindow::showStatus(const QString &message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); }

QWidget *MainWindow::hostWidget() { return this; }

CameraWall *MainWindow::cameraWall() const { return m_wall; }

void MainWindow::showObject(const QString &kind, const QString &code)
{
    if (kind == u"permit"_s) { // the permit card (non-modal) over the Permits dock
        auto *permits = findChild<QDockWidget *>(u"permits"_s);
        permits->show();
        permits->raise();
        findChild<PermitPanel *>()->openPermit(code);
        statusBar()->showMessage(tr("Permit %1").arg(code), 5000);
        return;
    }
    if (kind == u"hazard"_s) { // the hazard's detail with its photo timeline in the Hazards dock
        auto *hazards = findChild<QDockWidget *>(u"hazards"_s);
        hazards->show();
        hazards->raise();
        findChild<HazardPanel *>()->showHazard(code);
        statusBar()->showMessage(tr("Hazard %1").arg(code), 5000);
        return;
    }
    if (kind == u"chart"_s) { // a tag's chart window (issue #8): from the map's sensor, an alarm, the live values
        TagChartWindow::open(this, code);
        statusBar()->showMessage(tr("Chart of %1").arg(code), 5000);
        return;
    }
    if (kind == u"camera"_s) { // from the map or a list: the camera on the wall, in full view
        auto *wall = findChild<QDockWidget *>(u"cameraWall"_s);
        wall->show();
        wall->raise();
        m_wall->showCamera(code);
        statusBar()->showMessage(tr("Camera %1 in full view on the camera wall (Esc: back to the grid)").arg(code), 5000);
        return;
    }
    if (kind == u"order"_s) { // the order's card on the dispatch board, with its procedure
        auto *board = findChild<QDockWidget *>(u"dispatch"_s);
        board->show();
        board->raise();
        m_board->selectOrder(code);
        return;
    }
    if (kind == u"contractor"_s) { // the company in the Contractors dock: documents, workers, admission
        if (auto *panel = findChild<ContractorPanel *>()) {
            auto *dock = findChild<QDockWidget *>(u"contractors"_s);
            dock->show();
            dock->raise();
            panel->showContractor(code);
            return;
        }
    }
    auto *records = findChild<QDockWidget *>(u"records"_s);
    records->show();
    records->raise();
    m_records->showObject(kind, code);
    statusBar()->showMessage(tr("Selected %1 %2").arg(kind, code), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace ui
} // namespace gl
