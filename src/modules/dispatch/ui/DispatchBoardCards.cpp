// SPDX-License-Identifier: Apache-2.0
// The dispatch board's cards: one per order in its column, updated in place from each snapshot, and their
// countdowns ticking every second.
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/DispatchTimers.h"
#include "modules/dispatch/ui/OrderProcedurePanel.h"
#include "shell/Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
// What a card keeps beside its text (the countdown re-renders the text from them every second).
enum CardRole : int {
    CodeRole = Qt::UserRole,
    DueRole = Qt::UserRole + 1,
    LiveRole = Qt::UserRole + 2, ///< the SLA countdown runs
    LevelRole = Qt::UserRole + 3,
    HeadRole = Qt::UserRole + 4,
    TitleRole = Qt::UserRole + 5,
    FootRole = Qt::UserRole + 6,
    PriorityRole = Qt::UserRole + 7,
    PhaseRole = Qt::UserRole + 8,
    PhaseSinceRole = Qt::UserRole + 9,
    StateRole = Qt::UserRole + 10,
    AreaRole = Qt::UserRole + 11,
};

/// The column of an order in `state`: open, assigned/accepted, on scene, resolved/confirmed (and cancelled).
int columnOf(const QString &state)
{
    return state == u"open"_s ? 0 : state == u"assigned"_s || state == u"accepted"_s ? 1 : state == u"responding"_s ? 2 : 3;
}
} // namespace

struct DispatchBoard::Card {
    int column = 0;
    int level = 0;
    bool live = false;       ///< the SLA countdown runs (LiveRole)
    qint64 phaseSince = 0;   ///< the running phase's start, 0 when none runs (PhaseSinceRole)
    QList<QPair<int, QVariant>> data; ///< role → value
    QString text, tip;
};

void DispatchBoard::showCards(const Snapshot &s)
{
    // Issue #8: cards with their SLA countdown (re-rendered every second by updateTimers), escalation badge
    // (the level the dispatch-escalation housekeeping step wrote) and procedure progress.
    QHash<QString, QPair<int, int>> progress; // order → (done or skipped, total)
    for (const OrderStepRow &r : s.orderStepRows) {
        auto &p = progress[r.order];
        p.first += r.state != u"pending"_s ? 1 : 0;
        ++p.second;
    }
    QList<QList<std::pair<QString, Card>>> wanted(m_columns.size()); // per column, in the snapshot's order
    int shownDone = 0;
    for (const OrderRow &r : s.orderRows) {
        const QString &state = r.state;
        const int col = columnOf(state);
        if (state == u"cancelled"_s || (col == 3 && ++shownDone > 12))
            continue;
        const QString &code = r.code;
        Card card;
        card.column = col;
        card.level = col < 3 ? r.escalationLevel : 0;
        QString head = u"%1 %2  [%3]"_s.arg(severitySymbol(r.priority), code, r.area);
        if (card.level > 0)
            head += u"   %1 %2"_s.arg(escalationGlyph(card.level), escalationLabel(card.level));
        QString foot;
        if (progress.contains(code))
            foot = tr("☑ %1/%2 steps").arg(progress[code].first).arg(progress[code].second);
        if (!r.assignee.isEmpty())
            foot += (foot.isEmpty() ? QString() : u" · "_s) + r.assignee;
        if (state == u"accepted"_s)
            foot += (foot.isEmpty() ? QString() : u" · "_s) + tr("accepted");
        if (col == 3) {
            const qint64 when = r.times.confirmed.value_or(r.createdAt);
            foot = QDateTime::fromMSecsSinceEpoch(when, s.timeZone).toString(u"MM-dd HH:mm"_s)
                + (foot.isEmpty() ? QString() : u" · "_s + foot);
        }
        // The interruption-time phase running now (CONTRACTS.md 6.4), or T once confirmed.
        const IncidentTimes &times = r.times;
        const IncidentPhases ph = incidentPhases(times);
        QString phase;
        qint64 phaseSince = 0;
        if (ph.total) {
            phase = tr("T %1 s").arg(*ph.total, 0, 'f', 1);
        } else if (times.raised && !times.acked) {
            phase = tr("verify");
            phaseSince = *times.raised;
        } else if (times.acked && !times.arrived) {
            phase = tr("respond");
            phaseSince = *times.acked;
        } else if (times.arrived && !times.confirmed) {
            phase = tr("confirm");
            phaseSince = *times.arrived;
        }
        card.live = col < 3 && r.dueAt.has_value();
        card.phaseSince = phaseSince;
        card.data = {{CodeRole, code},
                     {DueRole, r.dueAt ? QVariant(*r.dueAt) : QVariant()},
                     {LiveRole, card.live},
                     {LevelRole, card.level},
                     {HeadRole, head},
                     {TitleRole, r.title},
                     {FootRole, foot},
                     {PriorityRole, r.priority},
                     {PhaseRole, phase},
                     {PhaseSinceRole, card.phaseSince},
                     {StateRole, state},
                     {AreaRole, r.area}};
        card.text = u"%1\n%2\n%3"_s.arg(head, r.title, foot) + (phase.isEmpty() || phaseSince ? QString() : u" · "_s + phase);
        QStringList tip;
        if (ph.total) // each phase of the interruption time, as the dashboard and the daily report count them
            tip << tr("Tdetect %1 s · Tverify %2 s · Trespond %3 s · Tconfirm %4 s · T %5 s")
                       .arg(*ph.detect, 0, 'f', 1).arg(*ph.verify, 0, 'f', 1).arg(*ph.respond, 0, 'f', 1)
                       .arg(*ph.confirm, 0, 'f', 1).arg(*ph.total, 0, 'f', 1);
        if (card.level > 0)
            tip << tr("Escalation: %1").arg(escalationLabel(card.level));
        card.tip = tip.join(u'\n');
        wanted[col].append({code, std::move(card)});
    }

    // In place: a card keeps its item (and so its place, the selection and the scroll position) while its
    // order stays on the board; only what changed is set, moved, added or removed.
    m_rebuilding = true;
    QHash<QString, QListWidgetItem *> items;
    for (QListWidget *list : std::as_const(m_columns))
        for (int i = 0; i < list->count(); ++i)
            items.insert(list->item(i)->data(CodeRole).toString(), list->item(i));
    for (int c = 0; c < m_columns.size(); ++c) {
        QListWidget *list = m_columns[c];
        const QSignalBlocker block(list);
        for (int i = 0; i < wanted[c].size(); ++i) {
            const auto &[code, card] = wanted[c][i];
            QListWidgetItem *item = items.take(code);
            const int level = item ? item->data(LevelRole).toInt() : -1;
            if (!item) {
                item = new QListWidgetItem;
                list->insertItem(i, item);
            } else if (item->listWidget() != list || list->row(item) != i) {
                QListWidget *from = item->listWidget();
                from->takeItem(from->row(item));
                list->insertItem(i, item);
            }
            for (const auto &[role, value] : card.data)
                item->setData(role, value); // unchanged values are not set again
            if (!card.live && item->data(Qt::ForegroundRole).isValid())
                item->setData(Qt::ForegroundRole, QVariant()); // no countdown colour once it stops
            const bool ticking = card.live || card.phaseSince > 0;
            if (level < 0 || !ticking)
                item->setText(card.text); // a ticking card's text is updateTimers' (countdown, phase time)
            item->setToolTip(card.tip);
            if (level != card.level) {
                QColor tint = escalationColour(card.level);
                tint.setAlpha(card.level == 1 ? 40 : 70);
                item->setIcon(card.level > 0 ? escalationBadge(card.level) : QIcon());
                item->setBackground(card.level > 0 ? QBrush(tint) : QBrush());
            }
        }
    }
    for (QListWidgetItem *gone : std::as_const(items)) // orders no longer on the board
        delete gone;
    for (QListWidget *list : std::as_const(m_columns)) { // the selected order's card stays selected, wherever it is now
        const QSignalBlocker block(list);
        QListWidgetItem *selected = nullptr;
        for (int i = 0; i < list->count() && !selected; ++i)
            if (list->item(i)->data(CodeRole).toString() == m_selectedOrder)
                selected = list->item(i);
        if (selected) {
            list->setCurrentItem(selected);
        } else if (list->currentItem()) {
            list->setCurrentItem(nullptr);
            list->clearSelection();
        }
    }
    m_rebuilding = false;
    // Nothing picked yet: the newest running order with a procedure (else the newest running one) is shown.
    for (int pass = 0; pass < 2 && m_selectedOrder.isEmpty(); ++pass)
        for (int c = 0; c < 3 && m_selectedOrder.isEmpty(); ++c)
            for (int i = 0; i < m_columns[c]->count() && m_selectedOrder.isEmpty(); ++i) {
                const QString code = m_columns[c]->item(i)->data(CodeRole).toString();
                if (pass == 1 || progress.contains(code)) {
                    m_selectedOrder = code;
                    const QSignalBlocker block(m_columns[c]);
                    m_columns[c]->setCurrentRow(i);
                }
            }
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
            const bool live = item->data(LiveRole).toBool();
            const QString phase = item->data(PhaseRole).toString();
            const qint64 since = item->data(PhaseSinceRole).toLongLong();
            if (!live && since <= 0)
                continue;
            const qint64 due = item->data(DueRole).toLongLong();
            const QString foot = item->data(FootRole).toString();
            QString text = live ? u"%1\n%2\n%3%4"_s.arg(item->data(HeadRole).toString(), item->data(TitleRole).toString(),
                                                       countdownText(due, now), foot.isEmpty() ? QString() : u" · "_s + foot)
                                : u"%1\n%2\n%3"_s.arg(item->data(HeadRole).toString(), item->data(TitleRole).toString(), foot);
            if (!phase.isEmpty() && since > 0) { // the phase running now and for how long
                const qint64 s = std::max<qint64>(0, (now - since) / 1000);
                text += tr(" · %1 %2:%3").arg(phase).arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
            }
            if (item->text() != text)
                item->setText(text);
            if (!live)
                continue;
            const QColor fg = due <= now ? colours::severity(u"critical"_s) : colours::severity(item->data(PriorityRole).toString());
            if (item->foreground().color() != fg)
                item->setForeground(fg);
        }
}

void DispatchBoard::onCardSelected(QListWidgetItem *item)
{
    if (m_rebuilding || !item)
        return;
    if (m_selectedOrder != item->data(CodeRole).toString()) {
        m_assignOnPick.clear(); // a pending drop step belongs to the order it was made for
        m_noteAction.clear();
    }
    m_selectedOrder = item->data(CodeRole).toString();
    for (QListWidget *list : m_columns)
        if (list != item->listWidget()) {
            const QSignalBlocker block(list);
            list->setCurrentItem(nullptr);
            list->clearSelection();
        }
    m_procedure->showOrder(m_selectedOrder);
    updateActions();
}

void DispatchBoard::selectOrder(const QString &code)
{
    for (QListWidget *list : m_columns)
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(CodeRole).toString() == code) {
                list->setCurrentItem(list->item(i));
                return;
            }
    m_selectedOrder = code;
    m_procedure->showOrder(code);
}

} // namespace ui
} // namespace gl
