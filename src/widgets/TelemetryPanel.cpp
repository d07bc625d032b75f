// SPDX-License-Identifier: Apache-2.0
#include "widgets/TableModel.h"
#include "core/util/Clock.h"
#include "widgets/TelemetryPanel.h"
#include "core/plugins/PluginRegistry.h"
#include "core/services/OperationsService.h"
#include "core/services/TelemetryService.h"
#include "core/store/Database.h"
#include "widgets/MainWindow.h"
#include "widgets/RosterEditor.h"
#include "widgets/RulesEditor.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

TelemetryPanel *TelemetryPanel::install(MainWindow *window)
{
    auto *panel = new TelemetryPanel(window);
    auto *dock = new QDockWidget(tr("Telemetry"), window);
    dock->setObjectName(u"telemetry"_s);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *alarms = window->findChild<QDockWidget *>(u"alarms"_s))
        window->tabifyDockWidget(alarms, dock);
    if (auto *alarms = window->findChild<QDockWidget *>(u"alarms"_s))
        alarms->raise();
    DataWorker *worker = window->dataWorker();
    connect(worker, &DataWorker::snapshotReady, panel, &TelemetryPanel::setSnapshot);
    connect(worker, &DataWorker::opened, panel, [panel, worker](const QString &, const QString &, const QString &, bool demo) {
        // The store's full URL (with its password) stays off the UI: the data thread hands it over once.
        worker->call(panel, [](ServiceContext &ctx) { return ctx.db.url(); },
                     [panel, demo](DbUrl url) { panel->startTelemetry(url, demo); });
    });
    return panel;
}

TelemetryPanel::TelemetryPanel(MainWindow *window) : QWidget(window), m_window(window)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px; }"_s);
    m_banner->hide();
    m_summary = new QLabel(tr("Telemetry: waiting for the store…"), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_banner);
    { // Issue #8 item 3: the rules editor and the duty roster, from the dock.
        auto *row = new QHBoxLayout;
        row->addWidget(m_summary, 1);
        auto *rulesButton = new QPushButton(tr("Alarm rules…"), this);
        auto *rosterButton = new QPushButton(tr("Duty roster…"), this);
        connect(rulesButton, &QPushButton::clicked, this, [this] { RulesEditor::open(m_window); });
        connect(rosterButton, &QPushButton::clicked, this, [this] { RosterEditor::open(m_window); });
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
            m_window->showObject(u"chart"_s, it->text());
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
}

TelemetryPanel::~TelemetryPanel()
{
    if (m_host)
        m_host->stop();
}

QString TelemetryPanel::connectorsFile()
{
    const QString env = qEnvironmentVariable("GUARDLINE_CONNECTORS");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/connectors.json"_s;
}

void TelemetryPanel::startTelemetry(const DbUrl &url, bool demo)
{
    if (m_host)
        return;
    TelemetryOptions o;
    o.db = url; // the pipeline opens its own connection on its thread
    o.defaultRulesFile = u":/guardline/config/rules-default.json"_s;
    o.demoSimulator = demo;
    o.pluginFolders = PluginRegistry::defaultFolders();
    const QString file = connectorsFile();
    QString problem;
    if (QFile::exists(file)) {
        QFile f(file);
        QJsonParseError err;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &err) : QJsonDocument();
        if (!doc.isObject() || !doc.object().value(u"connectors"_s).isArray())
            problem = tr("%1: expected {\"connectors\": [...]} (%2)").arg(file, err.errorString());
        else
            o.connectors = doc.object().value(u"connectors"_s).toArray();
    }
    m_host = std::make_unique<TelemetryHost>(o);
    TelemetryPipeline *p = m_host->pipeline();
    connect(p, &TelemetryPipeline::statusReady, this, &TelemetryPanel::showStatus);
    connect(p, &TelemetryPipeline::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(message, 15000);
    });
    // A new or cleared alarm refreshes the views at once, not at the next 5 s snapshot.
    connect(p, &TelemetryPipeline::alarmsChanged, m_window->dataWorker(), &DataWorker::refresh);
    connect(p, &TelemetryPipeline::alarmRaised, this,
            [this](qint64 id, const QString &rule, const QString &severity, const QString &area, qint64) {
                onAlarmRaised(id, rule, severity, area);
            });
    m_host->start();
    m_summary->setText(problem.isEmpty() ? tr("Telemetry: starting…") : problem);
}

void TelemetryPanel::reloadRules()
{
    if (TelemetryPipeline *p = pipeline())
        QMetaObject::invokeMethod(p, &TelemetryPipeline::reloadRules, Qt::QueuedConnection);
}

void TelemetryPanel::onAlarmRaised(qint64, const QString &, const QString &severity, const QString &area)
{
    // Related cameras on the wall for what matters, unless a flood says the operator is overwhelmed.
    if (m_flooding || !m_snapshot || (severity != u"critical"_s && severity != u"high"_s))
        return;
    const Table &cams = m_snapshot->cameras;
    const int code = cams.column(u"code"_s), areaCol = cams.column(u"area"_s);
    if (code < 0 || areaCol < 0)
        return;
    for (const QVariantList &row : cams.rows) {
        if (row.value(areaCol).toString() == area) {
            m_window->showObject(u"camera"_s, row.value(code).toString());
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
    const Table &t = m_snapshot->alarms;
    const int id = t.column(u"id"_s), sev = t.column(u"severity"_s), state = t.column(u"state"_s), rule = t.column(u"rule"_s),
              area = t.column(u"area"_s), msg = t.column(u"message"_s), raised = t.column(u"raised_at"_s);
    const qint64 now = m_snapshot->takenAt;
    int recent = 0;
    for (const QVariantList &r : t.rows)
        if (r.value(raised).toLongLong() > now - kFloodWindowMs && r.value(state).toString() != u"shelved"_s)
            ++recent;
    m_flooding = recent > kFloodAlarms;
    const qint64 selected = selectedAlarm();
    m_alarms->setRowCount(0);
    int suppressed = 0;
    for (const QVariantList &r : t.rows) {
        const QString st = r.value(state).toString(), severity = r.value(sev).toString();
        if (st == u"cleared"_s)
            continue; // ISA-18.2: a cleared alarm leaves the list (it stays in the records and the audit chain)
        if (m_flooding && (severity == u"low"_s || severity == u"medium"_s) && st != u"shelved"_s) {
            ++suppressed;
            continue;
        }
        const int row = m_alarms->rowCount();
        m_alarms->insertRow(row);
        const QColor c = colours::severity(severity);
        auto *p = item(severitySymbol(severity) + u' ' + severity, c);
        p->setData(Qt::UserRole, r.value(id));
        m_alarms->setItem(row, 0, p);
        auto *s = item(stateText(st), st == u"unacknowledged"_s || st == u"returned"_s ? c : QColor());
        s->setData(Qt::UserRole, st);
        m_alarms->setItem(row, 1, s);
        m_alarms->setItem(row, 2, item(QDateTime::fromMSecsSinceEpoch(r.value(raised).toLongLong(), m_snapshot->timeZone)
                                           .toString(u"MM-dd HH:mm:ss"_s)));
        m_alarms->setItem(row, 3, item(r.value(area).toString()));
        m_alarms->setItem(row, 4, item(r.value(rule).toString()));
        m_alarms->setItem(row, 5, item(r.value(msg).toString()));
        if (r.value(id).toLongLong() == selected)
            m_alarms->selectRow(row);
    }
    m_alarms->resizeColumnsToContents();
    if (m_flooding) {
        m_banner->setText(tr("ALARM FLOOD: %1 alarms in the last 10 minutes (ISA-18.2 limit: 10 per operator). "
                             "%2 low/medium-priority alarms are suppressed; critical and high stay visible.")
                              .arg(recent).arg(suppressed));
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
    if (const qint64 id = selectedAlarm())
        QMetaObject::invokeMethod(m_window->dataWorker(), [w = m_window->dataWorker(), id] { w->acknowledgeAlarm(id); },
                                  Qt::QueuedConnection);
}

void TelemetryPanel::shelveSelected()
{
    const qint64 id = selectedAlarm();
    if (!id)
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_reason->setFocus();
        m_window->statusBar()->showMessage(tr("Shelving needs a reason (ISA-18.2): say why and until when."), 10000);
        return;
    }
    const qint64 minutes = m_shelveFor->currentData().toLongLong();
    m_window->dataWorker()->call(
        this,
        [id, reason, minutes](ServiceContext &ctx) {
            TelemetryService(ctx).shelveAlarm(id, reason, ctx.now() + minutes * 60'000);
            return true;
        },
        [this, id](bool) {
            m_reason->clear();
            m_window->statusBar()->showMessage(tr("Alarm %1 shelved").arg(id), 5000);
        },
        [this](const QString &e) { m_window->statusBar()->showMessage(e, 15000); }, true);
}

void TelemetryPanel::unshelveSelected()
{
    const qint64 id = selectedAlarm();
    if (!id)
        return;
    m_window->dataWorker()->call(
        this,
        [id](ServiceContext &ctx) {
            TelemetryService(ctx).unshelveAlarm(id);
            return true;
        },
        [](bool) {}, [this](const QString &e) { m_window->statusBar()->showMessage(e, 15000); }, true);
}

void TelemetryPanel::showStatus(const TelemetryStatusPtr &s)
{
    m_status = s;
    const qint64 now = processClock().nowMs();
    m_summary->setText(tr("Rules v%1 (%2 rules) · %3 samples · %4 bad · %5 unknown tags · %6 late · %7 stored")
                           .arg(s->ruleVersion).arg(s->rules).arg(s->samples).arg(s->bad).arg(s->unknownTags).arg(s->late)
                           .arg(s->stored));
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
    if (auto *label = m_window->findChild<QLabel *>(u"connectorStatus"_s))
        label->setText(states.isEmpty() ? tr("Connectors: none configured") : tr("Connectors: %1").arg(states.join(u", "_s)));
}

} // namespace ui
} // namespace gl
