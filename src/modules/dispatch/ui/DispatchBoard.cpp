// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/BoardColumn.h"
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/dispatch/ui/DispatchTimers.h"
#include "modules/dispatch/ui/OrderProcedurePanel.h"
#include "modules/permits/simops/ConflictEngine.h"
#include "platform/domain/States.h"
#include "platform/util/Clock.h"
#include "shell/CsvExport.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

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
    orders->setKey({u"code"_s});
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
    m_columnTitles = {tr("Open"), tr("Assigned / accepted"), tr("On scene"), tr("Resolved / confirmed")};
    for (const QString &title : std::as_const(m_columnTitles)) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(title), this);
        const int index = int(m_columns.size());
        auto *list = new BoardColumn([this, index](const QString &code) { return dropVerdict(code, index); },
                                     [this, index](const QString &code) { dropOrder(code, index); }, this);
        list->setObjectName(u"boardColumn%1"_s.arg(index));
        list->setWordWrap(true);
        box->addWidget(label);
        box->addWidget(list);
        cols->addLayout(box);
        m_columns << list;
        list->setIconSize(QSize(22, 22));
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { onCardSelected(item); });
        connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) { showCardMenu(list, pos); });
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
    // Issue 16: the selected order's steps, in place (also on each card's context menu). In rows, so the
    // board stays usable in a narrow dock (the window fits 1280x720).
    auto *who = new QHBoxLayout;
    m_steps = new QGridLayout;
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"orderAssignee"_s);
    m_assignee->setMinimumContentsLength(14);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setToolTip(tr("Who responds: on duty in the order's area first"));
    m_assignee->view()->parentWidget()->installEventFilter(this); // the picker's popup: closed without a pick
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"orderNote"_s);
    m_note->setPlaceholderText(tr("note (resolve) / reason (reopen, cancel)"));
    const struct { const char *action; const char *label; } steps[] = {
        {"assign", QT_TR_NOOP("A&ssign")}, {"accept", QT_TR_NOOP("Acce&pt")}, {"arrive", QT_TR_NOOP("On sce&ne")},
        {"resolve", QT_TR_NOOP("Reso&lve")}, {"confirm", QT_TR_NOOP("Con&firm")}, {"reopen", QT_TR_NOOP("Re&open")},
        {"cancel", QT_TR_NOOP("Cancel or&der")}};
    who->addWidget(m_assignee, 1);
    for (const auto &step : steps) {
        const QString action = QString::fromLatin1(step.action);
        auto *b = new QPushButton(tr(step.label), this);
        b->setObjectName(u"order_"_s + action);
        b->setEnabled(false);
        connect(b, &QPushButton::clicked, this, [this, action] { runOrderAction(action); });
        m_actionButtons.insert(action, b);
        m_stepOrder.append(b);
    }
    auto *manual = new QPushButton(tr("&Manual alarm…"), this);
    manual->setObjectName(u"manualAlarm"_s);
    manual->setToolTip(tr("A phone call or a patrol report: raise an alarm with its area, priority and text"));
    connect(manual, &QPushButton::clicked, this, &DispatchBoard::openManualAlarm);
    auto *instruct = new QPushButton(tr("&Instruction…"), this);
    instruct->setObjectName(u"instruction"_s);
    instruct->setToolTip(tr("HALT POUR, stop hot work, evacuate or resume, to a line or area"));
    connect(instruct, &QPushButton::clicked, this, [this] { openInstruction(); });
    // The phone-call and instruction buttons beside the instruction banner; the picker and the note share a
    // row, so the board leaves the map its height on one 1600x900 screen.
    top->insertWidget(2, manual);
    top->insertWidget(3, instruct);
    who->addWidget(m_note, 1);
    l->addLayout(who);
    l->addLayout(m_steps);
    reflowSteps();
    m_actionStatus = new QLabel(this);
    m_actionStatus->setObjectName(u"orderActionStatus"_s);
    m_actionStatus->setWordWrap(true);
    l->addWidget(m_actionStatus);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        // Enter in the note field takes the step a drop asked the note or reason for (resolve, reopen), else
        // resolves the selected order when it is on scene.
        const QString action = m_noteAction.isEmpty() ? u"resolve"_s : m_noteAction;
        if (m_actionButtons.value(action)->isEnabled()) {
            m_noteAction.clear();
            runOrderAction(action);
        }
    });
    // A drop on "Assigned" opened the picker: the responder picked there is assigned; closing it picks nobody.
    connect(m_assignee, &QComboBox::activated, this, [this] {
        if (m_assignOnPick.isEmpty() || m_assignOnPick != m_selectedOrder)
            return;
        m_assignOnPick.clear();
        runOrderAction(u"assign"_s);
    });
    m_tick = new QTimer(this); // the countdowns tick on the UI thread from the snapshot: no DB per second
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DispatchBoard::updateTimers);
    m_tick->start();
    connect(m_ackInstruction, &QPushButton::clicked, this, [this] {
        if (m_pendingInstruction)
            Q_EMIT acknowledgeInstruction(m_pendingInstruction);
    });
}

void DispatchBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflowSteps();
}

void DispatchBoard::reflowSteps()
{
    // One row of steps when they fit at their natural width: on one 1600x900 screen the row saved is the map's.
    int needed = 0;
    for (QPushButton *b : std::as_const(m_stepOrder))
        needed += b->sizeHint().width() + m_steps->horizontalSpacing();
    const QMargins m = layout()->contentsMargins();
    const int rows = needed <= width() - m.left() - m.right() ? 1 : 2;
    if (rows == m_stepRows)
        return;
    m_stepRows = rows;
    const int perRow = rows == 1 ? int(m_stepOrder.size()) : int(m_stepOrder.size() + 1) / 2;
    for (QPushButton *b : std::as_const(m_stepOrder))
        m_steps->removeWidget(b);
    for (int i = 0; i < m_stepOrder.size(); ++i)
        m_steps->addWidget(m_stepOrder.at(i), i / perRow, i % perRow);
    for (int c = 0; c < m_stepOrder.size(); ++c)
        m_steps->setColumnStretch(c, c < perRow ? 1 : 0);
}

bool DispatchBoard::eventFilter(QObject *watched, QEvent *event)
{
    // The picker a drop on "Assigned" opened was closed: a pick was taken (activated comes first) or none was
    // made; either way a later pick in the picker does not assign.
    if (event->type() == QEvent::Hide && watched == m_assignee->view()->parentWidget() && !m_assignOnPick.isEmpty())
        QMetaObject::invokeMethod(this, [this] { m_assignOnPick.clear(); }, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void DispatchBoard::showConflicts(const Snapshot &s)
{
    // Same rules as approval (CONTRACTS.md §3 and the site's SIMOPS matrix): the snapshot's conflicts, computed
    // once on the data thread, between permits in force (approved, active, suspended) whose overlap holds now.
    QHash<QString, QString> stateOf;
    for (const PermitRow &r : s.permitRows)
        stateOf.insert(r.code, r.state);
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
    const SnapshotPtr previous = std::exchange(m_snapshot, s);
    m_since.start();
    m_pendingInstruction = 0;
    for (const InstructionRow &r : s->instructionRows)
        if (!r.ackedAt) {
            m_pendingInstruction = r.id;
            m_pendingAckDue = r.ackDueAt.value_or(0);
            m_pendingTarget = r.target;
            m_pendingText = r.text;
            break;
        }
    m_instruction->setStyleSheet(m_pendingInstruction
                                     ? u"QLabel { background: #b71c1c; color: white; padding: 8px; font-size: 13pt; font-weight: bold; }"_s
                                     : u"QLabel { padding: 8px; }"_s);
    m_ackInstruction->setEnabled(m_pendingInstruction != 0);

    if (auto *orders = findChild<TableModel *>(u"dispatchOrders"_s))
        orders->setTable(s->orders, s->timeZone, s->takenAt);
    showConflicts(*s);
    // The cards follow the orders and their steps; a snapshot that left both as they were (a time tick, another
    // part's change) leaves the cards alone: their countdowns tick on their own.
    if (!previous || !s->orderRows.isSharedWith(previous->orderRows) || !s->orderStepRows.isSharedWith(previous->orderStepRows)
        || s->timeZone != previous->timeZone)
        showCards(*s);
    m_procedure->setSnapshot(s);
    m_procedure->showOrder(m_selectedOrder);
    updateTimers();
    updateActions();
}

void DispatchBoard::updateActions()
{
    QString state, area;
    if (m_snapshot && !m_selectedOrder.isEmpty()) {
        if (const OrderRow *o = order(m_selectedOrder)) {
            state = o->state;
            area = o->area;
        }
    }
    const QStringList possible = state.isEmpty() ? QStringList() : actionsFrom(orderTransitions(), state);
    for (auto it = m_actionButtons.begin(); it != m_actionButtons.end(); ++it) {
        // The steps the signed-in person may take: the responder's are the assignee's, the others a
        // dispatcher's (the service refuses the rest the same way); greyed with whose step it is.
        const QString who = possible.contains(it.key()) ? stepNotMine(m_selectedOrder, it.key()) : QString();
        it.value()->setEnabled(m_worker && possible.contains(it.key()) && who.isEmpty());
        it.value()->setToolTip(who);
    }
    if (m_worker && !state.isEmpty() && area != m_respondersArea)
        loadResponders(area);
}

void DispatchBoard::loadResponders(const QString &area)
{
    m_respondersArea = area;
    m_worker->call(
        this, [area](ServiceContext &ctx) { return OperationsService(ctx).responders(area); },
        [this, area](QList<QPair<QString, QString>> list) {
            if (area != m_respondersArea)
                return;
            const QString keep = m_assignee->currentData().toString();
            m_assignee->clear();
            for (const auto &p : list)
                m_assignee->addItem(p.second, p.first);
            if (!keep.isEmpty() && m_assignee->findData(keep) >= 0)
                m_assignee->setCurrentIndex(m_assignee->findData(keep));
            if (!m_assignOnPick.isEmpty() && m_assignOnPick == m_selectedOrder && m_assignee->count() > 0)
                m_assignee->showPopup(); // a drop on "Assigned" waited for who can respond
        },
        [this](const QString &err) { m_actionStatus->setText(tr("Who can respond is unknown: %1").arg(err)); });
}

void DispatchBoard::runOrderAction(const QString &action)
{
    runOrderSteps({action});
}

void DispatchBoard::runOrderSteps(const QStringList &actions)
{
    if (!m_worker || m_selectedOrder.isEmpty() || actions.isEmpty())
        return;
    const QString action = actions.last();
    const QString code = m_selectedOrder, to = m_assignee->currentData().toString(), text = m_note->text().trimmed();
    if (action == u"assign"_s && to.isEmpty()) {
        m_actionStatus->setText(tr("Pick who responds first."));
        m_assignee->setFocus();
        return;
    }
    if ((action == u"resolve"_s || action == u"reopen"_s || action == u"cancel"_s) && text.isEmpty()) {
        m_actionStatus->setText(action == u"resolve"_s ? tr("Type what was done (the note) first, then Resolve.")
                                                       : tr("Type the reason first, then %1.").arg(action));
        m_note->setFocus();
        return;
    }
    const QString steps = actions.join(u" + "_s);
    // The version of the order this board shows: a step on a view another workstation has changed since is
    // refused by the service (a conflict naming who changed it), not taken over their change.
    const OrderRow *shown = order(code);
    const std::optional<qint64> version = shown ? std::optional<qint64>(shown->rowVersion) : std::nullopt;
    m_actionStatus->setText(tr("Order %1: %2…").arg(code, steps));
    for (QPushButton *b : std::as_const(m_actionButtons))
        b->setEnabled(false); // one step at a time; the next snapshot enables what is possible
    m_worker->call(
        this,
        [code, actions, to, text, version](ServiceContext &ctx) {
            QString state; // each step audited on its own (accept, then arrive), as if taken one by one
            for (const QString &a : actions) // the first step on the version shown; the next ones follow from it
                state = OperationsService(ctx).applyOrder(code, a, to, a == actions.last() ? text : QString(),
                                                          a == actions.first() ? version : std::nullopt);
            return state;
        },
        [this, code, action, steps](QString state) {
            m_actionStatus->setText(tr("Order %1: %2 done, now %3.").arg(code, steps, state));
            if (action == u"resolve"_s || action == u"reopen"_s || action == u"cancel"_s)
                m_note->clear();
        },
        [this, code](const QString &err) {
            m_actionStatus->setText(tr("Order %1 refused: %2").arg(code, err));
            updateActions();
        },
        true);
}

void DispatchBoard::showCardMenu(QListWidget *list, const QPoint &pos)
{
    QListWidgetItem *item = list->itemAt(pos);
    if (!item)
        return;
    list->setCurrentItem(item);
    QMenu menu(this);
    for (const QString &action : {u"assign"_s, u"accept"_s, u"arrive"_s, u"resolve"_s, u"confirm"_s, u"reopen"_s, u"cancel"_s}) {
        QPushButton *b = m_actionButtons.value(action);
        if (!b || !b->isEnabled())
            continue;
        QString label = b->text().remove(u'&');
        if (action == u"assign"_s && m_assignee->count())
            label = tr("Assign to %1").arg(m_assignee->currentText());
        menu.addAction(label, this, [this, action] { runOrderAction(action); });
    }
    menu.addSeparator();
    menu.addAction(tr("Instruction for this order…"), this, [this] { openInstruction(); });
    menu.exec(list->viewport()->mapToGlobal(pos));
}

const OrderRow *DispatchBoard::order(const QString &code) const
{
    if (!m_snapshot)
        return nullptr;
    for (const OrderRow &r : m_snapshot->orderRows)
        if (r.code == code)
            return &r;
    return nullptr;
}

QStringList DispatchBoard::dropSteps(const QString &state, int column, QString *why) const
{
    const int from = state == u"open"_s                                ? 0
                     : state == u"assigned"_s || state == u"accepted"_s ? 1
                     : state == u"responding"_s                         ? 2
                                                                        : 3;
    why->clear();
    if (state.isEmpty())
        *why = tr("it is no longer on the board");
    else if (state == u"confirmed"_s || state == u"cancelled"_s)
        *why = tr("it is %1 (closed)").arg(state == u"confirmed"_s ? tr("confirmed") : tr("cancelled"));
    else if (column == from)
        return {}; // dropped where it is: nothing to do, nothing to say
    else if (state == u"resolved"_s && column == 2)
        return {u"reopen"_s};
    else if (column < from)
        *why = tr("an order does not go back (a resolved order can be reopened on “%1”; cancel needs a reason)")
                   .arg(m_columnTitles.value(2));
    else if (column == 1)
        return {u"assign"_s};
    else if (from == 0)
        *why = tr("nobody is assigned yet: drop it on “%1” first").arg(m_columnTitles.value(1));
    else if (column == 2)
        return state == u"assigned"_s ? QStringList{u"accept"_s, u"arrive"_s} : QStringList{u"arrive"_s};
    else if (from == 1)
        *why = tr("nobody is on scene yet: drop it on “%1” first").arg(m_columnTitles.value(2));
    else
        return {u"resolve"_s};
    return {};
}

QString DispatchBoard::stepNotMine(const QString &code, const QString &action) const
{
    if (!m_snapshot)
        return {};
    const OrderRow *o = order(code);
    const QString assignee = o ? o->assignee : QString();
    if (orderStepRefusal(code, o ? o->state : QString(), action, m_snapshot->role, m_snapshot->username, assignee).isEmpty())
        return {};
    static const QStringList responders{u"accept"_s, u"arrive"_s, u"resolve"_s};
    if (!responders.contains(action))
        return tr("A dispatcher's step: only a dispatcher or an administrator may take it");
    return assignee.isEmpty() ? tr("The assignee's step: the order has no assignee yet")
                              : tr("The assignee's step: only %1 (or an administrator) may take it").arg(assignee);
}

std::pair<bool, QString> DispatchBoard::dropVerdict(const QString &code, int column) const
{
    QString why;
    const QStringList steps = dropSteps(order(code) ? order(code)->state : QString(), column, &why);
    for (const QString &step : steps)
        if (why.isEmpty())
            why = stepNotMine(code, step);
    if (!why.isEmpty())
        return {false, tr("Cannot move %1 here: %2").arg(code, why)};
    if (steps.isEmpty())
        return {true, tr("%1 stays here").arg(code)};
    QStringList labels;
    for (const QString &s : steps)
        labels << m_actionButtons.value(s)->text().remove(u'&');
    return {true, tr("Drop: %1 %2").arg(labels.join(u" + "_s), code)};
}

void DispatchBoard::dropOrder(const QString &code, int column)
{
    QString why;
    const QStringList steps = dropSteps(order(code) ? order(code)->state : QString(), column, &why);
    for (const QString &step : steps)
        if (why.isEmpty())
            why = stepNotMine(code, step);
    if (!why.isEmpty()) {
        m_actionStatus->setText(tr("Order %1 cannot move to “%2”: %3.").arg(code, m_columnTitles.value(column), why));
        return;
    }
    if (steps.isEmpty() || !m_worker)
        return;
    selectOrder(code); // the steps act on the selected order, as the buttons do
    m_assignOnPick.clear();
    m_noteAction.clear();
    const QString step = steps.first();
    if (step == u"assign"_s) {
        m_assignOnPick = code;
        m_actionStatus->setText(tr("Order %1: pick who responds (on duty first).").arg(code));
        if (m_assignee->count() > 0 && order(code) && m_respondersArea == order(code)->area)
            m_assignee->showPopup(); // else when the responders of the order's area have been read
        return;
    }
    if ((step == u"resolve"_s || step == u"reopen"_s) && m_note->text().trimmed().isEmpty()) {
        m_noteAction = step;
        m_actionStatus->setText(step == u"resolve"_s ? tr("Order %1: type what was done (the note), then Enter to resolve.").arg(code)
                                                     : tr("Order %1: type the reason, then Enter to reopen.").arg(code));
        m_note->setFocus();
        return;
    }
    runOrderSteps(steps);
}

void DispatchBoard::openManualAlarm()
{
    if (!m_worker)
        return;
    QStringList areas;
    if (m_snapshot)
        for (const auto &a : m_snapshot->layout.areas)
            areas << a.code;
    auto *d = new ManualAlarmDialog(m_worker, areas, m_respondersArea, this);
    connect(d, &ManualAlarmDialog::raised, this, [this](qint64, const QString &order) {
        m_selectedOrder = order;
        m_actionStatus->setText(tr("Manual alarm raised: order %1 opened.").arg(order));
    });
    d->show();
}

void DispatchBoard::openInstruction(const QString &kind)
{
    if (!m_worker)
        return;
    QString area;
    if (m_snapshot && !m_selectedOrder.isEmpty()) {
        if (const OrderRow *o = order(m_selectedOrder))
            area = o->area;
    }
    auto *d = new InstructionDialog(m_worker, area, m_selectedOrder, kind, this);
    d->show();
}

void DispatchBoard::setDataWorker(DataWorker *worker)
{
    m_worker = worker;
    m_procedure->setDataWorker(worker);
    updateActions();
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

} // namespace ui
} // namespace gl
