// SPDX-License-Identifier: Apache-2.0
#include "widgets/Panels.h"
#include "core/util/Clock.h"
#include "core/conflicts/ConflictEngine.h"
#include "core/conflicts/SimopsRules.h"
#include <QJsonDocument>
#include <QJsonArray>
#include "widgets/CsvExport.h"
#include "widgets/DispatchTimers.h"
#include "widgets/OrderProcedurePanel.h"
#include "widgets/TableModel.h"
#include "widgets/TagChartWindow.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {
QTableView *makeView(QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    v->setWordWrap(false);
    return v;
}
} // namespace

RecordTable::RecordTable(TableModel *model, const QString &searchHint, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_view(makeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    auto *csv = new QPushButton(tr("Export CSV…"), this); // issue #9: what the table shows, for Excel
    csv->setObjectName(u"exportCsv"_s);
    connect(csv, &QPushButton::clicked, this, [this] {
        exportCsv(this, csvTableOf(m_view->model(), m_view->horizontalHeader()), objectName().isEmpty() ? u"records"_s : objectName());
    });
    bar->addWidget(csv);
    l->addLayout(bar);
    l->addWidget(m_view);
}

void RecordTable::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordTable::setSearch(const QString &text) { m_search->setText(text); }

RecordsPanel::RecordsPanel(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    m_contractors = new TableModel({{u"code"_s, tr("Code")}, {u"name_zh"_s, tr("Company")}, {u"name"_s, tr("Name (EN)")},
                                    {u"trade"_s, tr("Trade")}, {u"workers"_s, tr("Workers")}, {u"documents"_s, tr("Documents")},
                                    {u"credit_code"_s, tr("Credit code")}, {u"status"_s, tr("Status")}}, this);
    m_permits = new TableModel({{u"code"_s, tr("Permit")}, {u"type"_s, tr("Type")}, {u"grade"_s, tr("Grade")},
                                {u"state"_s, tr("State")}, {u"area"_s, tr("Area")}, {u"contractor"_s, tr("Contractor")},
                                {u"starts_at"_s, tr("Starts")}, {u"ends_at"_s, tr("Ends")}, {u"workers"_s, tr("Workers")},
                                {u"title"_s, tr("Work")}}, this);
    m_hazards = new TableModel({{u"code"_s, tr("Hazard")}, {u"grade"_s, tr("Grade")}, {u"state"_s, tr("State")},
                                {u"category"_s, tr("Category")}, {u"area"_s, tr("Area")}, {u"equipment"_s, tr("Equipment")},
                                {u"reported_at"_s, tr("Reported")}, {u"deadline_at"_s, tr("Deadline")},
                                {u"assignee"_s, tr("Assignee")}, {u"description"_s, tr("Description")}}, this);
    m_people = new TableModel({{u"code"_s, tr("Code")}, {u"name"_s, tr("Name")}, {u"kind"_s, tr("Kind")},
                               {u"contractor"_s, tr("Contractor")}, {u"job"_s, tr("Job")}, {u"certificates"_s, tr("Certificates")},
                               {u"company_documents"_s, tr("Company documents")},
                               {u"briefing_on"_s, tr("Site briefing")}, {u"whitelisted"_s, tr("Whitelisted")}}, this);
    const QList<QPair<TableModel *, QString>> tabs = {{m_contractors, tr("Contractors")}, {m_permits, tr("Permits")},
                                                      {m_hazards, tr("Hazards")}, {m_people, tr("People")}};
    for (const auto &[model, title] : tabs) {
        auto *t = new RecordTable(model, tr("Search %1 (Ctrl+F)").arg(title.toLower()), this);
        t->setObjectName(QStringList{u"contractors"_s, u"permits"_s, u"hazards"_s, u"people"_s}.value(m_tables.size(), u"records"_s));
        m_tables << t;
        m_tabs->addTab(t, title);
    }
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_tabs);
}

void RecordsPanel::setSnapshot(const SnapshotPtr &s)
{
    m_contractors->setTable(s->contractors, s->timeZone, s->takenAt);
    m_permits->setTable(s->permits, s->timeZone, s->takenAt);
    m_hazards->setTable(s->hazards, s->timeZone, s->takenAt);
    m_people->setTable(s->people, s->timeZone, s->takenAt);
    for (RecordTable *t : m_tables)
        if (t->view()->horizontalHeader()->sectionSize(0) == t->view()->horizontalHeader()->defaultSectionSize())
            t->view()->resizeColumnsToContents();
}

void RecordsPanel::focusSearch()
{
    if (auto *t = qobject_cast<RecordTable *>(m_tabs->currentWidget()))
        t->focusSearch();
}

void RecordsPanel::showObject(const QString &kind, const QString &code)
{
    // hazard → Hazards; permit → Permits; area → the area's permits; contractor/person → their tabs.
    const int tab = kind == u"hazard"_s ? 2 : kind == u"contractor"_s ? 0 : kind == u"person"_s ? 3 : 1;
    m_tabs->setCurrentIndex(tab);
    m_tables.at(tab)->setSearch(code);
}

AlarmPanel::AlarmPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new TableModel({{u"severity"_s, tr("Priority")}, {u"state"_s, tr("State")}, {u"raised_at"_s, tr("Raised")},
                              {u"area"_s, tr("Area")}, {u"message"_s, tr("Alarm")}, {u"tag"_s, tr("Tag")}}, this)),
      m_view(makeView(this)), m_ack(new QPushButton(tr("Acknowledge (Space)"), this)), m_banner(new QLabel(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(false);
    m_banner->setWordWrap(true);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    l->addWidget(m_banner);
    l->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ack, 1);
    buttons->addWidget(makeCsvButton(this, m_view, u"alarms"_s));
    l->addLayout(buttons);
    connect(m_ack, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_view);
    connect(space, &QShortcut::activated, this, &AlarmPanel::acknowledgeSelected);
    // Issue #8: the chart of the alarm's tag: double click, or right-click → Chart of the alarm's tag.
    auto chartOf = [this, proxy](const QModelIndex &idx) {
        const Table &t = m_model->table();
        const int row = idx.isValid() ? proxy->mapToSource(idx).row() : -1;
        if (row >= 0 && row < t.rows.size() && t.column(u"tag"_s) >= 0)
            TagChartWindow::open(this, t.rows[row][t.column(u"tag"_s)].toString());
    };
    connect(m_view, &QTableView::doubleClicked, this, chartOf);
    auto *chart = new QAction(tr("Chart of the alarm's tag"), m_view);
    connect(chart, &QAction::triggered, this, [this, chartOf] { chartOf(m_view->currentIndex()); });
    m_view->addAction(chart);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void AlarmPanel::setSnapshot(const SnapshotPtr &s)
{
    const QModelIndex current = m_view->currentIndex();
    m_model->setTable(s->alarms, s->timeZone, s->takenAt);
    m_view->resizeColumnsToContents();
    if (current.isValid())
        m_view->setCurrentIndex(m_view->model()->index(current.row(), 0));
    const int unacked = s->summary.unackedAlarms;
    m_banner->setText(unacked ? tr("%n alarm(s) waiting for acknowledgement", nullptr, unacked) : tr("No unacknowledged alarms"));
    m_banner->setStyleSheet(unacked ? u"QLabel { background: #b71c1c; color: white; padding: 6px; font-weight: bold; }"_s
                                    : u"QLabel { padding: 6px; }"_s);
}

void AlarmPanel::acknowledgeSelected()
{
    const QModelIndex idx = m_view->currentIndex();
    const Table &t = m_model->table();
    const int row = idx.isValid() ? idx.row() : -1;
    // Without a selection, acknowledge the newest unacknowledged alarm.
    for (int r = row >= 0 ? row : 0; r < t.rows.size(); ++r) {
        const QString state = t.rows[r][t.column(u"state"_s)].toString();
        if (state == u"unacknowledged"_s || state == u"returned"_s) {
            Q_EMIT acknowledgeRequested(t.rows[r][t.column(u"id"_s)].toLongLong());
            return;
        }
        if (row >= 0)
            return;
    }
}

DispatchBoard::DispatchBoard(QWidget *parent)
    : QWidget(parent), m_instruction(new QLabel(this)), m_ackInstruction(new QPushButton(tr("Acknowledge instruction"), this))
{
    m_instruction->setWordWrap(true);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_instruction, 1);
    top->addWidget(m_ackInstruction);
    // The orders as a table for CSV export (the board itself shows cards).
    auto *orders = new TableModel({{u"code"_s, tr("Order")}, {u"state"_s, tr("State")}, {u"priority"_s, tr("Priority")},
                                   {u"title"_s, tr("Title")}, {u"area"_s, tr("Area")}, {u"assignee"_s, tr("Assignee")},
                                   {u"created_at"_s, tr("Created")}, {u"due_at"_s, tr("Due")}, {u"detected_at"_s, tr("Detected")},
                                   {u"verified_at"_s, tr("Verified")}, {u"responded_at"_s, tr("Responded")},
                                   {u"confirmed_at"_s, tr("Confirmed")}},
                                  this);
    orders->setObjectName(u"dispatchOrders"_s);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(u"exportCsv"_s);
    connect(csv, &QPushButton::clicked, this, [this, orders] { exportCsv(this, csvTableOf(orders), u"dispatch-orders"_s); });
    top->addWidget(csv);
    l->addLayout(top);
    // Cross-work (SIMOPS) conflicts running now: the dispatcher must see them next to the instructions.
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(u"crossWorkConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->hide();
    l->addWidget(m_conflicts);
    auto *cols = new QHBoxLayout;
    const QStringList titles = {tr("Open"), tr("Assigned"), tr("Responding"), tr("Resolved / confirmed")};
    for (const QString &title : titles) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(title), this);
        auto *list = new QListWidget(this);
        list->setWordWrap(true);
        box->addWidget(label);
        box->addWidget(list);
        cols->addLayout(box);
        m_columns << list;
        list->setIconSize(QSize(22, 22));
        connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { onCardSelected(item); });
    }
    // Issue #8: the cards on the left, the selected order's procedure (and skipped steps, notifications) on the right.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *cards = new QWidget(split);
    cards->setLayout(cols);
    cols->setContentsMargins(0, 0, 0, 0);
    m_procedure = new OrderProcedurePanel(split);
    split->addWidget(cards);
    split->addWidget(m_procedure);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_procedure->setMinimumWidth(260);
    split->setChildrenCollapsible(false);
    l->addWidget(split, 1);
    m_tick = new QTimer(this); // the countdowns tick on the UI thread from the snapshot: no DB per second
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DispatchBoard::updateTimers);
    m_tick->start();
    connect(m_ackInstruction, &QPushButton::clicked, this, [this] {
        if (m_pendingInstruction)
            Q_EMIT acknowledgeInstruction(m_pendingInstruction);
    });
}

void DispatchBoard::showConflicts(const Snapshot &s)
{
    // Same rules as approval (CONTRACTS.md §3 and the site's SIMOPS matrix): the snapshot's conflicts, computed
    // once on the data thread, between permits in force (approved, active, suspended) whose overlap holds now.
    const Table &p = s.permits;
    QHash<QString, QString> stateOf;
    for (const QVariantList &r : p.rows)
        stateOf.insert(r[p.column(u"code"_s)].toString(), r[p.column(u"state"_s)].toString());
    const auto inForce = [&stateOf](const QString &code) {
        const QString state = stateOf.value(code);
        return state == u"approved"_s || state == u"active"_s || state == u"suspended"_s;
    };
    m_conflictLines.clear();
    for (const PermitConflict &c : s.conflicts)
        if (c.holds(s.takenAt) && inForce(c.a) && inForce(c.b))
            m_conflictLines << tr("%1 × %2: %3").arg(c.a, c.b, c.kind);
    m_conflicts->setVisible(!m_conflictLines.isEmpty());
    m_conflicts->setText(tr("⚠ Cross-work conflicts now (a named coordinator is required): %1").arg(m_conflictLines.join(u"; "_s)));
    m_conflicts->setStyleSheet(u"QLabel { background: #e65100; color: white; padding: 6px; font-weight: bold; }"_s);
}

void DispatchBoard::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    m_since.start();
    const Table &ins = s->instructions;
    m_pendingInstruction = 0;
    for (const QVariantList &r : ins.rows)
        if (r[ins.column(u"acked_at"_s)].isNull()) {
            m_pendingInstruction = r[ins.column(u"id"_s)].toLongLong();
            m_pendingAckDue = r[ins.column(u"ack_due_at"_s)].toLongLong();
            m_pendingTarget = r[ins.column(u"target"_s)].toString();
            m_pendingText = r[ins.column(u"text"_s)].toString();
            break;
        }
    m_instruction->setStyleSheet(m_pendingInstruction
                                     ? u"QLabel { background: #b71c1c; color: white; padding: 8px; font-size: 13pt; font-weight: bold; }"_s
                                     : u"QLabel { padding: 8px; }"_s);
    m_ackInstruction->setEnabled(m_pendingInstruction != 0);

    if (auto *orders = findChild<TableModel *>(u"dispatchOrders"_s))
        orders->setTable(s->orders, s->timeZone, s->takenAt);
    showConflicts(*s);
    // Issue #8: cards with their SLA countdown (re-rendered every second by updateTimers), escalation badge
    // (the level the dispatch-escalation housekeeping step wrote) and procedure progress.
    QHash<QString, QPair<int, int>> progress; // order → (done or skipped, total)
    const Table &st = s->orderSteps;
    for (const QVariantList &r : st.rows) {
        auto &p = progress[r.value(st.column(u"order"_s)).toString()];
        p.first += r.value(st.column(u"state"_s)).toString() != u"pending"_s ? 1 : 0;
        ++p.second;
    }
    m_rebuilding = true;
    for (QListWidget *l : m_columns)
        l->clear();
    const Table &o = s->orders;
    const int levelColumn = o.column(u"escalation_level"_s);
    int shownDone = 0;
    for (const QVariantList &r : o.rows) {
        const QString state = r[o.column(u"state"_s)].toString();
        int col = state == u"open"_s ? 0 : state == u"assigned"_s ? 1 : state == u"responding"_s ? 2 : 3;
        if (state == u"cancelled"_s || (col == 3 && ++shownDone > 12))
            continue;
        const QString code = r[o.column(u"code"_s)].toString();
        const int level = col < 3 && levelColumn >= 0 ? r.value(levelColumn).toInt() : 0;
        QString head = u"%1 %2  [%3]"_s.arg(severitySymbol(r[o.column(u"priority"_s)].toString()), code, r[o.column(u"area"_s)].toString());
        if (level > 0)
            head += u"   %1 %2"_s.arg(escalationGlyph(level), escalationLabel(level));
        QString foot;
        const QString assignee = r[o.column(u"assignee"_s)].toString();
        if (progress.contains(code))
            foot = tr("☑ %1/%2 steps").arg(progress[code].first).arg(progress[code].second);
        if (!assignee.isEmpty())
            foot += (foot.isEmpty() ? QString() : u" · "_s) + assignee;
        if (col == 3) {
            const int at = o.column(u"confirmed_at"_s);
            const QVariant when = at >= 0 && !r.value(at).isNull() ? r.value(at) : r[o.column(u"created_at"_s)];
            foot = QDateTime::fromMSecsSinceEpoch(when.toLongLong(), s->timeZone).toString(u"MM-dd HH:mm"_s)
                + (foot.isEmpty() ? QString() : u" · "_s + foot);
        }
        auto *item = new QListWidgetItem;
        item->setData(Qt::UserRole, code);
        item->setData(Qt::UserRole + 1, r[o.column(u"due_at"_s)]);
        item->setData(Qt::UserRole + 2, col < 3 && !r[o.column(u"due_at"_s)].isNull()); // live: the countdown runs
        item->setData(Qt::UserRole + 3, level);
        item->setData(Qt::UserRole + 4, head);
        item->setData(Qt::UserRole + 5, r[o.column(u"title"_s)].toString());
        item->setData(Qt::UserRole + 6, foot);
        item->setData(Qt::UserRole + 7, r[o.column(u"priority"_s)].toString());
        item->setText(u"%1\n%2\n%3"_s.arg(head, item->data(Qt::UserRole + 5).toString(), foot));
        if (level > 0) {
            item->setIcon(escalationBadge(level));
            QColor tint = escalationColour(level);
            tint.setAlpha(level == 1 ? 40 : 70);
            item->setBackground(tint);
            item->setToolTip(tr("Escalation: %1").arg(escalationLabel(level)));
        }
        m_columns[col]->addItem(item);
        if (code == m_selectedOrder)
            m_columns[col]->setCurrentItem(item);
    }
    m_rebuilding = false;
    // Nothing picked yet: the newest running order with a procedure (else the newest running one) is shown.
    for (int pass = 0; pass < 2 && m_selectedOrder.isEmpty(); ++pass)
        for (int c = 0; c < 3 && m_selectedOrder.isEmpty(); ++c)
            for (int i = 0; i < m_columns[c]->count() && m_selectedOrder.isEmpty(); ++i) {
                const QString code = m_columns[c]->item(i)->data(Qt::UserRole).toString();
                if (pass == 1 || progress.contains(code)) {
                    m_selectedOrder = code;
                    const QSignalBlocker block(m_columns[c]);
                    m_columns[c]->setCurrentRow(i);
                }
            }
    m_procedure->setSnapshot(s);
    m_procedure->showOrder(m_selectedOrder);
    updateTimers();
}

void DispatchBoard::setDataWorker(DataWorker *worker)
{
    m_procedure->setDataWorker(worker);
}

void DispatchBoard::setNowSource(std::function<qint64()> now)
{
    m_now = std::move(now);
    updateTimers();
}

qint64 DispatchBoard::currentTime() const
{
    if (m_now)
        return m_now();
    return m_snapshot ? m_snapshot->takenAt + m_since.elapsed() : processClock().nowMs();
}

void DispatchBoard::updateTimers()
{
    const qint64 now = currentTime();
    m_instruction->setText(m_pendingInstruction ? tr("INSTRUCTION to %1: %2 — %3").arg(m_pendingTarget, m_pendingText,
                                                                                    ackCountdownText(m_pendingAckDue, now))
                                                : tr("No instruction waiting"));
    for (QListWidget *list : m_columns)
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            if (!item->data(Qt::UserRole + 2).toBool())
                continue;
            const qint64 due = item->data(Qt::UserRole + 1).toLongLong();
            const QString foot = item->data(Qt::UserRole + 6).toString();
            const QString text = u"%1\n%2\n%3%4"_s.arg(item->data(Qt::UserRole + 4).toString(), item->data(Qt::UserRole + 5).toString(),
                                                          countdownText(due, now), foot.isEmpty() ? QString() : u" · "_s + foot);
            if (item->text() != text)
                item->setText(text);
            const QColor fg = due <= now ? colours::severity(u"critical"_s) : colours::severity(item->data(Qt::UserRole + 7).toString());
            if (item->foreground().color() != fg)
                item->setForeground(fg);
        }
}

void DispatchBoard::onCardSelected(QListWidgetItem *item)
{
    if (m_rebuilding || !item)
        return;
    m_selectedOrder = item->data(Qt::UserRole).toString();
    for (QListWidget *list : m_columns)
        if (list != item->listWidget()) {
            const QSignalBlocker block(list);
            list->setCurrentItem(nullptr);
            list->clearSelection();
        }
    m_procedure->showOrder(m_selectedOrder);
}

void DispatchBoard::selectOrder(const QString &code)
{
    for (QListWidget *list : m_columns)
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == code) {
                list->setCurrentItem(list->item(i));
                return;
            }
    m_selectedOrder = code;
    m_procedure->showOrder(code);
}

} // namespace ui
} // namespace gl
