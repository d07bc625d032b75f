// SPDX-License-Identifier: Apache-2.0
#include "widgets/Panels.h"
#include "core/conflicts/ConflictEngine.h"
#include "core/conflicts/SimopsRules.h"
#include <QJsonDocument>
#include <QJsonArray>
#include "widgets/CsvExport.h"
#include "widgets/TableModel.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
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
    }
    l->addLayout(cols, 1);
    connect(m_ackInstruction, &QPushButton::clicked, this, [this] {
        if (m_pendingInstruction)
            Q_EMIT acknowledgeInstruction(m_pendingInstruction);
    });
}

void DispatchBoard::showConflicts(const Snapshot &s)
{
    // Same rules as approval (CONTRACTS.md §3 and the site's SIMOPS matrix), on the permits in force now.
    const Table &p = s.permits;
    conflicts::PermitSet set;
    for (const QVariantList &r : p.rows) {
        const QString state = r[p.column(u"state"_s)].toString();
        if (state != u"approved"_s && state != u"active"_s && state != u"suspended"_s)
            continue;
        conflicts::Permit c;
        c.id = r[p.column(u"code"_s)].toString();
        c.type = conflicts::workTypeFromName(r[p.column(u"type"_s)].toString());
        c.contractor = r[p.column(u"contractor"_s)].toString();
        std::vector<conflicts::Point> pts;
        for (const QJsonValue &pt : QJsonDocument::fromJson(r[p.column(u"polygon"_s)].toString().toUtf8()).array())
            pts.push_back({pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble()});
        if (pts.size() < 3)
            continue;
        c.area = {conflicts::Polygon(std::move(pts)), r[p.column(u"z_min"_s)].toDouble(), r[p.column(u"z_max"_s)].toDouble()};
        c.start.msecs = r[p.column(u"starts_at"_s)].toLongLong();
        c.end.msecs = std::max(r[p.column(u"ends_at"_s)].toLongLong(), s.takenAt + 60000); // running past its end
        set.push_back(std::move(c));
    }
    m_conflictLines.clear();
    for (const conflicts::Conflict &c : conflicts::findConflicts(set, conflicts::SimopsRules::defaults()))
        if (c.overlapStart.msecs <= s.takenAt && s.takenAt < c.overlapEnd.msecs)
            m_conflictLines << tr("%1 × %2: %3").arg(c.a, c.b, conflicts::conflictKindName(c.kind));
    m_conflicts->setVisible(!m_conflictLines.isEmpty());
    m_conflicts->setText(tr("⚠ Cross-work conflicts now (a named coordinator is required): %1").arg(m_conflictLines.join(u"; "_s)));
    m_conflicts->setStyleSheet(u"QLabel { background: #e65100; color: white; padding: 6px; font-weight: bold; }"_s);
}

void DispatchBoard::setSnapshot(const SnapshotPtr &s)
{
    const Table &ins = s->instructions;
    m_pendingInstruction = 0;
    QString text;
    for (const QVariantList &r : ins.rows)
        if (r[ins.column(u"acked_at"_s)].isNull()) {
            m_pendingInstruction = r[ins.column(u"id"_s)].toLongLong();
            const qint64 due = r[ins.column(u"ack_due_at"_s)].toLongLong();
            const bool late = due < s->takenAt;
            text = tr("INSTRUCTION to %1: %2 — %3").arg(r[ins.column(u"target"_s)].toString(), r[ins.column(u"text"_s)].toString(),
                                                         late ? tr("acknowledgement OVERDUE") : tr("acknowledge now"));
            break;
        }
    m_instruction->setText(text.isEmpty() ? tr("No instruction waiting") : text);
    m_instruction->setStyleSheet(m_pendingInstruction
                                     ? u"QLabel { background: #b71c1c; color: white; padding: 8px; font-size: 13pt; font-weight: bold; }"_s
                                     : u"QLabel { padding: 8px; }"_s);
    m_ackInstruction->setEnabled(m_pendingInstruction != 0);

    if (auto *orders = findChild<TableModel *>(u"dispatchOrders"_s))
        orders->setTable(s->orders, s->timeZone, s->takenAt);
    showConflicts(*s);
    for (QListWidget *l : m_columns)
        l->clear();
    const Table &o = s->orders;
    int shownDone = 0;
    for (const QVariantList &r : o.rows) {
        const QString state = r[o.column(u"state"_s)].toString();
        int col = state == u"open"_s ? 0 : state == u"assigned"_s ? 1 : state == u"responding"_s ? 2 : 3;
        if (state == u"cancelled"_s || (col == 3 && ++shownDone > 12))
            continue;
        const qint64 due = r[o.column(u"due_at"_s)].toLongLong();
        const bool overdue = col < 3 && due < s->takenAt;
        const QString when = QDateTime::fromMSecsSinceEpoch(r[o.column(u"created_at"_s)].toLongLong(), s->timeZone).toString(u"MM-dd HH:mm"_s);
        auto *item = new QListWidgetItem(u"%1 %2  [%3]\n%4\n%5"_s.arg(severitySymbol(r[o.column(u"priority"_s)].toString()),
                                                                    r[o.column(u"code"_s)].toString(), r[o.column(u"area"_s)].toString(),
                                                                    r[o.column(u"title"_s)].toString(),
                                                                    overdue ? tr("OVERDUE since %1").arg(QDateTime::fromMSecsSinceEpoch(due, s->timeZone).toString(u"HH:mm"_s))
                                                                            : when));
        item->setForeground(overdue ? colours::severity(u"critical"_s) : colours::severity(r[o.column(u"priority"_s)].toString()));
        m_columns[col]->addItem(item);
    }
}

} // namespace ui
} // namespace gl
