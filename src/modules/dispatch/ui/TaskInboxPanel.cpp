// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/TaskInboxPanel.h"

#include "modules/workspace/logic/InboxService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

TaskInboxPanel::TaskInboxPanel(DataWorker *worker, QWidget *parent)
    : QWidget(parent), m_worker(worker),
      m_model(new TableModel({{u"due_at"_s, tr("Due")}, {u"kind"_s, tr("Task")}, {u"object_id"_s, tr("Object")},
                              {u"area"_s, tr("Area")}, {u"title"_s, tr("What")}}, this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_open(new QPushButton(tr("&Open"), this)),
      m_read(new QPushButton(tr("Mark &read"), this))
{
    setObjectName(u"taskInbox"_s);
    m_view->setObjectName(u"taskInboxList"_s);
    m_model->setKey({u"kind"_s, u"object_type"_s, u"object_id"_s, u"notification"_s});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_open->setObjectName(u"openTask"_s);
    m_read->setObjectName(u"markTaskRead"_s);
    m_read->setToolTip(tr("A notification leaves the inbox once read; a task leaves it when it is done"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    l->addWidget(m_summary);
    l->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_read);
    buttons->addStretch(1);
    l->addLayout(buttons);
    connect(m_view, &QTableView::doubleClicked, this, &TaskInboxPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &TaskInboxPanel::openCurrent);
    connect(m_read, &QPushButton::clicked, this, &TaskInboxPanel::markCurrentRead);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &TaskInboxPanel::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        m_open->setEnabled(row >= 0);
        m_read->setEnabled(row >= 0 && m_items[row].notificationId > 0);
    });
    m_open->setEnabled(false);
    m_read->setEnabled(false);
}

TaskInboxPanel *TaskInboxPanel::install(QMainWindow *window, PanelHost *host)
{
    auto *panel = new TaskInboxPanel(host->dataWorker(), window);
    auto *dock = new QDockWidget(tr("My tasks"), window);
    dock->setObjectName(u"tasks"_s);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *records = window->findChild<QDockWidget *>(u"records"_s))
        window->tabifyDockWidget(records, dock);
    if (auto *board = window->findChild<QDockWidget *>(u"dispatch"_s))
        board->raise();
    connect(host->dataWorker(), &DataWorker::snapshotReady, panel, [panel, dock](const SnapshotPtr &s) {
        panel->setSnapshot(s);
        dock->setWindowTitle(panel->count() ? tr("My tasks (%1)").arg(panel->count()) : tr("My tasks"));
    });
    connect(panel, &TaskInboxPanel::openRequested, window, [host](const QString &kind, const QString &code) { host->showObject(kind, code); });
    return panel;
}

int TaskInboxPanel::count() const { return int(m_model->table().rows.size()); }

int TaskInboxPanel::currentRow() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() && idx.row() < m_model->table().rows.size() && idx.row() < m_items.size() ? idx.row() : -1;
}

void TaskInboxPanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    // Keep the selection on the same task (kind + object) across refreshes.
    QString selected;
    if (const int row = currentRow(); row >= 0)
        selected = m_items[row].kind + u'|' + m_items[row].objectId;
    static const QHash<QString, const char *> kinds = {
        {u"order"_s, QT_TR_NOOP("Dispatch order")},       {u"escalation"_s, QT_TR_NOOP("Escalated order")},
        {u"reinspection"_s, QT_TR_NOOP("Re-inspection")}, {u"signoff"_s, QT_TR_NOOP("Permit sign-off")},
        {u"contractor"_s, QT_TR_NOOP("Contractor documents")}, {u"skipped_step"_s, QT_TR_NOOP("Skipped procedure step")},
        // notifications' kinds (NotificationService::notify callers)
        {u"step.skipped"_s, QT_TR_NOOP("Skipped procedure step")}, {u"alarm"_s, QT_TR_NOOP("Alarm notification")},
    };
    // The kind in words in the table shown (row i is item i); the actions read the items (InboxItem::kind as stored).
    m_items = s->inboxItems;
    QList<InboxItem> shown = m_items;
    for (InboxItem &i : shown) {
        const QString k = i.kind;
        i.kind = kinds.contains(k) ? tr(kinds.value(k)) : (k.isEmpty() ? tr("Notification") : tr("Notification: %1").arg(k));
    }
    m_model->setTable(InboxService::table(shown), s->timeZone, s->takenAt);
    int overdue = 0;
    for (const InboxItem &i : std::as_const(m_items))
        if (i.dueAt > 0 && i.dueAt < s->takenAt)
            ++overdue;
    m_summary->setText(m_items.isEmpty() ? tr("Nothing to do.")
                                         : tr("%n task(s)", nullptr, int(m_items.size())) + (overdue ? tr(", %n overdue", nullptr, overdue) : QString()));
    m_summary->setStyleSheet(overdue ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
    if (m_view->horizontalHeader()->sectionSize(0) == m_view->horizontalHeader()->defaultSectionSize())
        m_view->resizeColumnsToContents();
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items[r].kind + u'|' + m_items[r].objectId == selected) {
            m_view->selectRow(r);
            return;
        }
    m_view->clearSelection();
    m_open->setEnabled(false);
    m_read->setEnabled(false);
}

void TaskInboxPanel::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString &type = m_items[row].objectType, &id = m_items[row].objectId;
    if (!type.isEmpty() && !id.isEmpty())
        Q_EMIT openRequested(type, id);
}

void TaskInboxPanel::markCurrentRead()
{
    const int row = currentRow();
    if (row < 0 || !m_worker)
        return;
    const qint64 notification = m_items[row].notificationId;
    if (notification <= 0)
        return;
    m_worker->call(
        this, [notification](ServiceContext &ctx) { NotificationService(ctx).markRead(notification); }, [] {},
        [this](const QString &error) { m_summary->setText(error); }, true);
}

} // namespace ui
} // namespace gl
