// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoTelemetry.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/RosterEditor.h"
#include "modules/engine/logic/SiteLock.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/ui/AlarmPanel.h"
#include "modules/telemetry/ui/RulesEditor.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "platform/plugins/PluginRegistry.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QMainWindow>
#include <QStatusBar>
#include <QCoreApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QTableWidgetItem *item(const QString &text, const QColor &fg = {})
{
    auto *i = new QTableWidgetItem(text);
    if (fg.isValid())
        i->setForeground(fg);
    return i;
}

QString stateText(const QString &state)
{
    if (state == u"unacknowledged"_s)
        return TelemetryPanel::tr("unacknowledged");
    if (state == u"acknowledged"_s)
        return TelemetryPanel::tr("acknowledged");
    if (state == u"returned"_s)
        return TelemetryPanel::tr("returned (unacknowledged)");
    if (state == u"shelved"_s)
        return TelemetryPanel::tr("shelved");
    if (state == u"cleared"_s)
        return TelemetryPanel::tr("cleared");
    return state;
}

} // namespace

TelemetryPanel *TelemetryPanel::install(QMainWindow *window, PanelHost *host)
{
    auto *panel = new TelemetryPanel(host);
    auto *dock = new QDockWidget(tr("Telemetry"), window);
    dock->setObjectName(u"telemetry"_s);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *alarms = window->findChild<QDockWidget *>(u"alarms"_s))
        window->tabifyDockWidget(alarms, dock);
    if (auto *alarms = window->findChild<QDockWidget *>(u"alarms"_s))
        alarms->raise();
    DataWorker *worker = host->dataWorker();
    connect(worker, &DataWorker::snapshotReady, panel, &TelemetryPanel::setSnapshot);
    // The site service's state: a warning next to the connectors when none runs (CONTRACTS.md section 7).
    panel->m_statusBarLabel = new QLabel(window);
    panel->m_statusBarLabel->setObjectName(u"serviceStatus"_s);
    window->statusBar()->addPermanentWidget(panel->m_statusBarLabel);
    connect(worker, &DataWorker::opened, panel, [panel, worker](const QString &, const QString &, const QString &, bool demo) {
        panel->m_storeOpen = true;
        panel->m_poll->start();
        if (!demo) {
            panel->pollHeartbeat();
            return;
        }
        // The store's full URL (with its password) stays off the UI: the data thread hands it over once.
        worker->call(panel, [](ServiceContext &ctx) { return ctx.db.url(); }, [panel](DbUrl url) { panel->startDemoService(url); });
    });
    return panel;
}

TelemetryPanel::TelemetryPanel(PanelHost *host) : QWidget(host->hostWidget()), m_host(host)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }"_s);
    m_banner->hide();
    m_summary = new QLabel(tr("Telemetry: waiting for the store…"), this);
    m_summary->setWordWrap(true);
    m_serviceLabel = new QLabel(tr("Site service: waiting for the store…"), this);
    m_serviceLabel->setObjectName(u"serviceState"_s);
    m_serviceLabel->setWordWrap(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_serviceLabel);
    { // Issue #8 item 3: the rules editor and the duty roster, from the dock.
        auto *row = new QHBoxLayout;
        row->addWidget(m_summary, 1);
        auto *rulesButton = new QPushButton(tr("Alarm rules…"), this);
        auto *rosterButton = new QPushButton(tr("Duty roster…"), this);
        connect(rulesButton, &QPushButton::clicked, this, [this] { RulesEditor::open(m_host, this); });
        connect(rosterButton, &QPushButton::clicked, this, [this] { RosterEditor::open(m_host); });
        row->addWidget(rulesButton);
        row->addWidget(rosterButton);
        layout->addLayout(row);
    }

    m_tabs = new QTabWidget(this);
    auto *alarmPage = new QWidget(this);
    auto *alarmLayout = new QVBoxLayout(alarmPage);
    alarmLayout->setContentsMargins(0, 0, 0, 0);
    m_alarms = makeReadOnlyTable({tr("Priority"), tr("State"), tr("Raised"), tr("Area"), tr("Rule"), tr("Message")}, alarmPage);
    m_alarms->setObjectName(u"telemetryAlarms"_s);
    alarmLayout->addWidget(m_alarms);
    auto *actions = new QHBoxLayout;
    m_ack = new QPushButton(tr("Acknowledge (Space)"), alarmPage);
    m_reason = new QLineEdit(alarmPage);
    m_reason->setPlaceholderText(tr("Shelving reason (required), e.g. detector under calibration, WO number"));
    m_shelveFor = new QComboBox(alarmPage);
    for (int minutes : {15, 60, 240, 480, 1440})
        m_shelveFor->addItem(minutes < 60 ? tr("%1 min").arg(minutes) : tr("%1 h").arg(minutes / 60), minutes);
    m_shelveFor->setCurrentIndex(1);
    m_shelve = new QPushButton(tr("Shelve"), alarmPage);
    m_unshelve = new QPushButton(tr("Unshelve"), alarmPage);
    actions->addWidget(m_ack);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_shelveFor);
    actions->addWidget(m_shelve);
    actions->addWidget(m_unshelve);
    alarmLayout->addLayout(actions);
    m_tabs->addTab(alarmPage, tr("Alarms (ISA-18.2)"));

    m_values = makeReadOnlyTable({tr("Tag"), tr("Value"), tr("Unit"), tr("Quality"), tr("Area"), tr("Age")}, this);
    m_values->setObjectName(u"telemetryValues"_s);
    m_tabs->addTab(m_values, tr("Live values"));
    m_values->setToolTip(tr("Double-click a tag to open its chart"));
    connect(m_values, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { // issue #8: the tag's chart
        if (QTableWidgetItem *it = m_values->item(row, 0))
            m_host->showObject(u"chart"_s, it->text());
    });
    m_connectors = makeReadOnlyTable({tr("Connector"), tr("State"), tr("Counters"), tr("Last error")}, this);
    m_connectors->setObjectName(u"telemetryConnectors"_s);
    m_tabs->addTab(m_connectors, tr("Connectors"));
    layout->addWidget(m_tabs, 1);

    connect(m_ack, &QPushButton::clicked, this, &TelemetryPanel::acknowledgeSelected);
    connect(m_shelve, &QPushButton::clicked, this, &TelemetryPanel::shelveSelected);
    connect(m_unshelve, &QPushButton::clicked, this, &TelemetryPanel::unshelveSelected);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_alarms);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &TelemetryPanel::acknowledgeSelected);
    connect(m_alarms, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_alarms->currentRow();
        const QString state = row >= 0 ? m_alarms->item(row, 1)->data(Qt::UserRole).toString() : QString();
        m_ack->setEnabled(state == u"unacknowledged"_s || state == u"returned"_s);
        m_shelve->setEnabled(!state.isEmpty() && state != u"shelved"_s && state != u"cleared"_s);
        m_unshelve->setEnabled(state == u"shelved"_s);
    });
    m_ack->setEnabled(false);
    m_shelve->setEnabled(false);
    m_unshelve->setEnabled(false);
    m_poll = new QTimer(this);
    m_poll->setInterval(2000); // the service writes its heartbeat every 2 s
    connect(m_poll, &QTimer::timeout, this, &TelemetryPanel::pollHeartbeat);
}

TelemetryPanel::~TelemetryPanel()
{
    if (m_service)
        m_service->stop();
    m_service.reset();
    m_demoLock.reset();
}

QString TelemetryPanel::connectorsFile()
{
    const QString env = qEnvironmentVariable("GUARDLINE_CONNECTORS");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/connectors.json"_s;
}

void TelemetryPanel::startDemoService(const DbUrl &url)
{
    if (m_service)
        return;
    // The demo runs its own site service, unless a guardline-server already holds the demo store's lock.
    DbUrl engineUrl = url; // the engine's sessions are named, so that a server taking over can end them
    engineUrl.applicationName = SiteLock::engineSessionName(QHostInfo::localHostName(), QCoreApplication::applicationPid());
    m_demoLock = std::make_unique<SiteLock>(engineUrl);
    if (!m_demoLock->tryAcquire()) {
        m_demoLock.reset();
        m_host->showStatus(tr("The demo's site service is run by a guardline-server already: showing it."), 15000);
        pollHeartbeat();
        return;
    }
    SiteEngineOptions o;
    o.db = engineUrl; // the engine and its pipeline open their own connections on their threads
    o.builtInConnectors.push_back(DemoTelemetry::builtIn());
    o.pluginFolders = PluginRegistry::defaultFolders();
    const QString file = connectorsFile();
    if (QFile::exists(file)) {
        try {
            o.connectors = SiteEngine::readConnectorsFile(file);
        } catch (const Error &e) {
            m_host->showStatus(e.message(), 15000);
        }
    }
    // The check-in intake of the demo ($GUARDLINE_INTAKE_PORT, or the setting intake/port).
    const QString env = qEnvironmentVariable("GUARDLINE_INTAKE_PORT");
    const int port = env.isEmpty() ? QSettings().value(u"intake/port"_s, 0).toInt() : env.toInt();
    if (port > 0 && port <= 65535)
        o.intakePort = port;
    m_service = std::make_unique<SiteEngineHost>(o);
    SiteEngine *engine = m_service->engine();
    connect(engine, &SiteEngine::problem, this, [this](const QString &message) { m_host->showStatus(message, 15000); });
    connect(engine, &SiteEngine::failed, this, [this](const QString &message) {
        m_host->showStatus(tr("The demo's site service did not start: %1").arg(message), 30000);
    });
    connect(engine, &SiteEngine::housekeepingDone, m_host->dataWorker(), &DataWorker::refresh);
    connect(engine, &SiteEngine::started, this, [this] {
        TelemetryPipeline *p = pipeline();
        if (!p)
            return;
        // A new or cleared alarm refreshes the views at once, not at the next 5 s snapshot.
        connect(p, &TelemetryPipeline::alarmsChanged, m_host->dataWorker(), &DataWorker::refresh);
        connect(p, &TelemetryPipeline::alarmRaised, this,
                [this](qint64 id, const QString &rule, const QString &severity, const QString &area, qint64) {
                    onAlarmRaised(id, rule, severity, area);
                });
        connect(p, &TelemetryPipeline::rulesReloaded, this, [this] { QTimer::singleShot(300, this, &TelemetryPanel::pollHeartbeat); });
        if (m_service->engine()->intakePort())
            m_host->showStatus(tr("Check-in intake listening on port %1 (POST /api/v1/checkins).")
                                                   .arg(m_service->engine()->intakePort()), 10000);
        pollHeartbeat();
    });
    m_service->start();
    m_summary->setText(tr("Telemetry: starting the demo's site service…"));
}

void TelemetryPanel::reloadRules()
{
    if (TelemetryPipeline *p = pipeline())
        QMetaObject::invokeMethod(p, &TelemetryPipeline::reloadRules, Qt::QueuedConnection);
    // A guardline-server picks a saved version up within 5 s; its heartbeat then names it.
    for (int ms : {1000, 3000, 6000})
        QTimer::singleShot(ms, this, &TelemetryPanel::pollHeartbeat);
}

void TelemetryPanel::pollHeartbeat()
{
    if (!m_storeOpen || m_polling)
        return;
    m_polling = true;
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return ServiceHeartbeat::read(ctx.db); },
        [this](std::optional<ServiceHeartbeat> h) {
            m_polling = false;
            showService(h);
        },
        [this](const QString &) { m_polling = false; });
}

void TelemetryPanel::showService(const std::optional<ServiceHeartbeat> &h)
{
    m_heartbeat = h;
    const qint64 now = processClock().nowMs();
    const bool alive = h && h->alive(now);
    const QColor warn = colours::severity(u"high"_s);
    QList<TagLive> tags; // the latest value of each tag while a service runs
    if (!alive) {
        const QString text = h ? tr("NO SITE SERVICE RUNNING: last heartbeat from %1 %2 s ago. No gas alarm is raised and no "
                                    "instruction is sent until guardline-server runs (docs/OPERATIONS.md).")
                                     .arg(h->host).arg((now - h->heartbeatAt) / 1000)
                               : tr("NO SITE SERVICE RUNNING: no alarm is raised and no instruction is sent until guardline-server "
                                    "runs for this store (docs/OPERATIONS.md).");
        m_serviceLabel->setText(text);
        m_serviceLabel->setStyleSheet(u"QLabel { background: %1; color: white; font-weight: bold; padding: 4px; }"_s.arg(warn.name()));
        if (m_statusBarLabel) {
            m_statusBarLabel->setText(tr("⚠ No site service"));
            m_statusBarLabel->setToolTip(text);
            m_statusBarLabel->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(warn.name()));
        }
        m_summary->setText(tr("Telemetry: no live data (no site service)."));
        m_values->setRowCount(0); // no stale values shown as live
        m_connectors->setRowCount(0);
        Q_EMIT connectorSummaryChanged(tr("Connectors: no site service"));
    } else {
        const QString since = QDateTime::fromMSecsSinceEpoch(h->startedAt).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QString sample = h->lastSampleAt ? tr("last sample %1 s ago").arg(std::max<qint64>(0, now - h->lastSampleAt) / 1000)
                                               : tr("no sample yet");
        const QString who = embeddedService() ? tr("embedded demo service") : tr("guardline-server");
        const QString text = tr("Site service: %1 active on %2 (pid %3) since %4 · heartbeat %5 s ago · %6")
                                 .arg(who, h->host).arg(h->pid).arg(since).arg((now - h->heartbeatAt) / 1000).arg(sample);
        m_serviceLabel->setText(text);
        m_serviceLabel->setStyleSheet(QString());
        if (m_statusBarLabel) {
            m_statusBarLabel->setText(tr("Site service: %1").arg(h->host));
            m_statusBarLabel->setToolTip(text);
            m_statusBarLabel->setStyleSheet(QString());
        }
        TelemetryStatus s;
        const QJsonObject st = h->status;
        s.ruleVersion = h->ruleVersion;
        s.rules = st.value(u"rules"_s).toInt();
        s.samples = st.value(u"samples"_s).toInteger();
        s.bad = st.value(u"bad"_s).toInteger();
        s.late = st.value(u"late"_s).toInteger();
        s.unknownTags = st.value(u"unknown_tags"_s).toInteger();
        s.outOfWindow = st.value(u"out_of_window"_s).toInteger();
        s.stored = st.value(u"stored"_s).toInteger();
        s.lastSampleAt = h->lastSampleAt;
        s.lastError = st.value(u"last_error"_s).toString();
        for (const QJsonValue &v : st.value(u"tags"_s).toArray()) {
            const QJsonObject o = v.toObject();
            TagLive t{o.value(u"tag"_s).toString(), o.value(u"area"_s).toString(), o.value(u"unit"_s).toString(),
                      o.value(u"value"_s).toDouble(), o.value(u"ts"_s).toInteger(), o.value(u"good"_s).toBool(), {}, {}};
            if (o.contains(u"lo"_s))
                t.lo = o.value(u"lo"_s).toDouble();
            if (o.contains(u"hi"_s))
                t.hi = o.value(u"hi"_s).toDouble();
            s.tags.append(t);
        }
        for (const QJsonValue &v : h->connectors)
            s.connectors.append({v.toObject().value(u"id"_s).toString(), v.toObject().value(u"health"_s).toObject()});
        tags = s.tags;
        showStatus(s);
    }
    // The map shows the same latest values on its sensors (none when no service runs: nothing stale).
    Q_EMIT liveValuesChanged(tags);
    const int version = alive ? h->ruleVersion : 0;
    if (version != m_liveVersion) {
        m_liveVersion = version;
        Q_EMIT liveRuleVersionChanged(version);
    }
    if (alive != m_alive) {
        m_alive = alive;
        Q_EMIT serviceAliveChanged(alive);
    }
}

void TelemetryPanel::onAlarmRaised(qint64, const QString &, const QString &severity, const QString &area)
{
    // Related cameras on the wall for what matters, unless a flood says the operator is overwhelmed.
    if (m_flooding || !m_snapshot || (severity != u"critical"_s && severity != u"high"_s))
        return;
    for (const CameraRow &camera : m_snapshot->cameraRows) {
        if (camera.area == area) {
            m_host->showObject(u"camera"_s, camera.code);
            return;
        }
    }
}

void TelemetryPanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    rebuildAlarms();
}

void TelemetryPanel::rebuildAlarms()
{
    if (!m_snapshot)
        return;
    // ISA-18.2 flood of this workstation's operator position (AlarmPanel: the site's positions and limit).
    const FloodStatus flood = AlarmPanel::floodOf(*m_snapshot, AlarmPanel::workstationPosition());
    const OperatorPosition *position = m_snapshot->flood.position(flood.position);
    m_flooding = flood.flooding;
    const qint64 selected = selectedAlarm();
    m_alarms->setRowCount(0);
    int suppressed = 0;
    for (const AlarmRow &r : m_snapshot->alarmRows) {
        const QString &st = r.state, &severity = r.severity;
        if (st == u"cleared"_s)
            continue; // ISA-18.2: a cleared alarm leaves the list (it stays in the records and the audit chain)
        if (m_flooding && (severity == u"low"_s || severity == u"medium"_s) && st != u"shelved"_s
            && (!position || position->covers(r.area))) { // the flooded position's alarms
            ++suppressed;
            continue;
        }
        const int row = m_alarms->rowCount();
        m_alarms->insertRow(row);
        const QColor c = colours::severity(severity);
        auto *p = item(severitySymbol(severity) + u' ' + TableModel::label(severity), c); // "▲ 高" in zh_CN
        p->setData(Qt::UserRole, r.id);
        p->setData(Qt::UserRole + 1, r.rowVersion); // schema step 21
        m_alarms->setItem(row, 0, p);
        auto *s = item(stateText(st), st == u"unacknowledged"_s || st == u"returned"_s ? c : QColor());
        s->setData(Qt::UserRole, st);
        m_alarms->setItem(row, 1, s);
        m_alarms->setItem(row, 2, item(QDateTime::fromMSecsSinceEpoch(r.raisedAt, m_snapshot->timeZone)
                                           .toString(u"MM-dd HH:mm:ss"_s)));
        m_alarms->setItem(row, 3, item(r.area));
        m_alarms->setItem(row, 4, item(r.rule));
        m_alarms->setItem(row, 5, item(r.message));
        if (r.id == selected)
            m_alarms->selectRow(row);
    }
    m_alarms->resizeColumnsToContents();
    if (m_flooding) {
        m_banner->setText(tr("ALARM FLOOD at %1: %2 alarms in the last %3 minutes (ISA-18.2 limit: %4 per operator position). "
                             "%5 low/medium-priority alarms are suppressed; critical and high stay visible.")
                              .arg(!position || position->areas.isEmpty() ? tr("the whole site")
                                                                          : (position->name.isEmpty() ? position->code : position->name))
                              .arg(flood.count)
                              .arg(m_snapshot->flood.windowMs / 60000)
                              .arg(m_snapshot->flood.alarms)
                              .arg(suppressed));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

qint64 TelemetryPanel::selectedAlarm() const
{
    const int row = m_alarms->currentRow();
    if (row < 0 || !m_alarms->item(row, 0) || !m_alarms->selectionModel()->isRowSelected(row, {}))
        return 0;
    return m_alarms->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void TelemetryPanel::acknowledgeSelected()
{
    if (const qint64 id = selectedAlarm()) { // with the version this list shows: changed since → refused, naming who
        const qint64 version = m_alarms->item(m_alarms->currentRow(), 0)->data(Qt::UserRole + 1).toLongLong();
        QMetaObject::invokeMethod(m_host->dataWorker(), [w = m_host->dataWorker(), id, version] { w->acknowledgeAlarm(id, version); },
                                  Qt::QueuedConnection);
    }
}

void TelemetryPanel::shelveSelected()
{
    const qint64 id = selectedAlarm();
    if (!id)
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_reason->setFocus();
        m_host->showStatus(tr("Shelving needs a reason (ISA-18.2): say why and until when."), 10000);
        return;
    }
    const qint64 minutes = m_shelveFor->currentData().toLongLong();
    m_host->dataWorker()->call(
        this,
        [id, reason, minutes](ServiceContext &ctx) {
            TelemetryService(ctx).shelveAlarm(id, reason, ctx.now() + minutes * 60'000);
            return true;
        },
        [this, id](bool) {
            m_reason->clear();
            m_host->showStatus(tr("Alarm %1 shelved").arg(id), 5000);
        },
        [this](const QString &e) { m_host->showStatus(e, 15000); }, true);
}

void TelemetryPanel::unshelveSelected()
{
    const qint64 id = selectedAlarm();
    if (!id)
        return;
    m_host->dataWorker()->call(
        this,
        [id](ServiceContext &ctx) {
            TelemetryService(ctx).unshelveAlarm(id);
            return true;
        },
        [](bool) {}, [this](const QString &e) { m_host->showStatus(e, 15000); }, true);
}

void TelemetryPanel::showStatus(const TelemetryStatus &status)
{
    const TelemetryStatus *s = &status;
    const qint64 now = processClock().nowMs();
    m_summary->setText(tr("Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 outside the time window · %8 stored")
                           .arg(s->ruleVersion).arg(s->rules).arg(s->samples).arg(s->bad).arg(s->unknownTags).arg(s->late)
                           .arg(s->outOfWindow).arg(s->stored));
    m_values->setRowCount(int(s->tags.size()));
    for (int i = 0; i < s->tags.size(); ++i) {
        const TagLive &t = s->tags.at(i);
        const bool stale = now - t.ts > 30'000;
        const QColor warn = colours::severity(u"medium"_s);
        m_values->setItem(i, 0, item(t.tag));
        auto *v = item(QString::number(t.value, 'f', t.unit == u"MPa"_s ? 3 : 1), t.good ? QColor() : warn);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values->setItem(i, 1, v);
        m_values->setItem(i, 2, item(t.unit));
        m_values->setItem(i, 3, item(!t.good ? tr("▲ BAD") : stale ? tr("◆ stale") : tr("good"), t.good && !stale ? QColor() : warn));
        m_values->setItem(i, 4, item(t.area));
        m_values->setItem(i, 5, item(tr("%1 s").arg((now - t.ts) / 1000)));
    }
    m_connectors->setRowCount(int(s->connectors.size()));
    QStringList states;
    for (int i = 0; i < s->connectors.size(); ++i) {
        const auto &[id, health] = s->connectors.at(i);
        const QString state = health.value(u"state"_s).toString();
        states << u"%1 %2"_s.arg(id, state);
        m_connectors->setItem(i, 0, item(id));
        m_connectors->setItem(i, 1, item(state, state == u"online"_s ? QColor() : colours::severity(u"high"_s)));
        QStringList counters;
        for (auto it = health.begin(); it != health.end(); ++it)
            if (it.value().isDouble() && it.key() != u"last_message_at"_s)
                counters << u"%1 %2"_s.arg(it.key()).arg(it.value().toInteger());
        m_connectors->setItem(i, 2, item(counters.join(u" · "_s)));
        m_connectors->setItem(i, 3, item(health.value(u"last_error"_s).toString()));
    }
    Q_EMIT connectorSummaryChanged(states.isEmpty() ? tr("Connectors: none configured") : tr("Connectors: %1").arg(states.join(u", "_s)));
}

} // namespace ui
} // namespace gl
