// SPDX-License-Identifier: Apache-2.0
// The dispatch board shows the cross-work (SIMOPS) conflicts in force now, by the same rules as approval.
#include "modules/dispatch/ui/DispatchBoard.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
constexpr qint64 kNow = 1'772'409'600'000; // 2026-03-02T00:00Z

QVariantList permit(const QString &code, const QString &type, const QString &state, double x0, qint64 start, qint64 end)
{
    const QString polygon = u"[[%1,0],[%2,0],[%2,6],[%1,6]]"_s.arg(x0).arg(x0 + 10);
    return {code, type, state, u"C-017"_s, polygon, type == u"confined_space"_s ? -3.0 : 0.0, 4.0, start, end};
}

ui::SnapshotPtr snapshot(const QList<QVariantList> &rows)
{
    auto s = std::make_shared<ui::Snapshot>();
    s->takenAt = kNow;
    s->timeZone = QTimeZone("Asia/Shanghai");
    s->permits.columns = {u"code"_s, u"type"_s, u"state"_s, u"contractor"_s, u"polygon"_s, u"z_min"_s, u"z_max"_s,
                          u"starts_at"_s, u"ends_at"_s};
    s->permits.rows = rows;
    s->conflicts = permitTableConflicts(s->permits, s->takenAt, siteSimopsRules()); // as DataWorker::refresh does
    for (const QVariantList &r : rows) { // the typed rows the board reads (code and state)
        PermitRow p;
        p.code = r.value(0).toString();
        p.type = r.value(1).toString();
        p.state = r.value(2).toString();
        p.contractor = r.value(3).toString();
        s->permitRows << p;
    }
    s->instructions.columns = {u"id"_s, u"target"_s, u"text"_s, u"ack_due_at"_s, u"acked_at"_s};
    s->orders.columns = {u"code"_s, u"state"_s, u"priority"_s, u"title"_s, u"area"_s, u"assignee"_s, u"created_at"_s, u"due_at"_s};
    return s;
}
OrderRow order(const QString &code, const QString &state, qint64 createdAt, int level = 0, const QString &assignee = {})
{
    OrderRow o;
    o.code = code;
    o.state = state;
    o.priority = u"high"_s;
    o.title = u"Gas high at %1"_s.arg(code);
    o.area = u"A-01"_s;
    o.assignee = assignee;
    o.createdAt = createdAt;
    o.dueAt = createdAt + 15 * 60'000;
    o.escalationLevel = level;
    o.times.raised = createdAt;
    if (state != u"open"_s)
        o.times.acked = createdAt + 30'000;
    return o;
}

ui::SnapshotPtr withOrders(const QList<OrderRow> &orders, QList<OrderStepRow> steps = {})
{
    auto s = std::const_pointer_cast<ui::Snapshot>(snapshot({}));
    s->orderRows = orders;
    for (const OrderRow &o : orders)
        s->orders.rows << QVariantList{o.code, o.state, o.priority, o.title, o.area, o.assignee, o.createdAt, *o.dueAt};
    s->orderStepRows = std::move(steps);
    return s;
}

/// What each column shows, card by card: everything a dispatcher sees or the countdown reads.
QList<QVariantList> cards(ui::DispatchBoard &board)
{
    QList<QVariantList> out;
    for (int c = 0; c < 4; ++c) {
        QVariantList column;
        for (int i = 0; i < board.column(c)->count(); ++i) {
            const QListWidgetItem *item = board.column(c)->item(i);
            for (int role = Qt::UserRole; role <= Qt::UserRole + 11; ++role)
                column << item->data(role);
            column << item->text() << item->toolTip() << item->icon().isNull() << item->background() << item->foreground();
        }
        out << column;
    }
    return out;
}
} // namespace

class TestDispatchBoard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conflictsInForceAreShown()
    {
        ui::DispatchBoard board;
        board.show();
        auto *banner = board.findChild<QLabel *>(u"crossWorkConflicts"_s);
        QVERIFY(banner);
        const qint64 h = 3'600'000;
        // Hot work 10 m from an open confined space, both active now: a conflict the dispatcher must see.
        board.setSnapshot(snapshot({permit(u"HW-1"_s, u"hot_work"_s, u"active"_s, 0, kNow - h, kNow + 4 * h),
                                    permit(u"CS-2"_s, u"confined_space"_s, u"active"_s, 20, kNow - h, kNow + 4 * h)}));
        QCOMPARE(board.currentConflicts().size(), 1);
        QVERIFY2(board.currentConflicts().first().contains(u"HW-1"_s) && board.currentConflicts().first().contains(u"CS-2"_s),
                 qPrintable(board.currentConflicts().first()));
        QVERIFY(banner->isVisible());
        // A closed permit no longer conflicts; neither does work that starts later.
        board.setSnapshot(snapshot({permit(u"HW-1"_s, u"hot_work"_s, u"active"_s, 0, kNow - h, kNow + 4 * h),
                                    permit(u"CS-2"_s, u"confined_space"_s, u"closed"_s, 20, kNow - h, kNow + 4 * h)}));
        QVERIFY(board.currentConflicts().isEmpty());
        QVERIFY(!banner->isVisible());
        board.setSnapshot(snapshot({permit(u"HW-1"_s, u"hot_work"_s, u"active"_s, 0, kNow - h, kNow + h),
                                    permit(u"CS-2"_s, u"confined_space"_s, u"approved"_s, 20, kNow + 2 * h, kNow + 4 * h)}));
        QVERIFY(board.currentConflicts().isEmpty());
        // Far apart: no conflict.
        board.setSnapshot(snapshot({permit(u"HW-1"_s, u"hot_work"_s, u"active"_s, 0, kNow - h, kNow + 4 * h),
                                    permit(u"CS-2"_s, u"confined_space"_s, u"active"_s, 400, kNow - h, kNow + 4 * h)}));
        QVERIFY(board.currentConflicts().isEmpty());
    }

    /// Issue #15 part 2: a snapshot that changes a few orders changes those cards only. The other cards keep their
    /// items (so the selection and the scroll position stay); the board then shows what a new board shows.
    void cardsAreUpdatedInPlace()
    {
        const qint64 m = 60'000;
        const auto now = [] { return kNow; };
        ui::DispatchBoard board;
        board.setNowSource(now);
        board.resize(1200, 700);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QList<OrderRow> orders{order(u"D-5"_s, u"open"_s, kNow - 2 * m), order(u"D-4"_s, u"open"_s, kNow - 4 * m),
                               order(u"D-3"_s, u"assigned"_s, kNow - 6 * m, 0, u"Li Wei"_s),
                               order(u"D-2"_s, u"responding"_s, kNow - 8 * m, 1, u"Wang Fang"_s),
                               order(u"D-1"_s, u"resolved"_s, kNow - 10 * m)};
        const QList<OrderStepRow> steps{{u"D-3"_s, 1, u"gas"_s, {}, {}, u"isolate"_s, u"Isolate"_s, {}, u"done"_s, kNow - m, {}, {}, false},
                                        {u"D-3"_s, 2, u"gas"_s, {}, {}, u"ventilate"_s, u"Ventilate"_s, {}, u"pending"_s, {}, {}, {}, false}};
        board.setSnapshot(withOrders(orders, steps));
        board.selectOrder(u"D-3"_s);
        QCOMPARE(board.selectedOrder(), u"D-3"_s);
        QHash<QString, QListWidgetItem *> before;
        for (int c = 0; c < 4; ++c)
            for (int i = 0; i < board.column(c)->count(); ++i)
                before.insert(board.column(c)->item(i)->data(Qt::UserRole).toString(), board.column(c)->item(i));
        QCOMPARE(before.size(), 5);

        // Another workstation: D-4 assigned (it moves), D-2 escalated to the 2nd level, D-1 cancelled (off the
        // board), a new order D-6; D-5 and D-3 as they were.
        QList<OrderRow> next{order(u"D-6"_s, u"open"_s, kNow - m), orders[0], order(u"D-4"_s, u"assigned"_s, kNow - 4 * m, 0, u"Zhao Lei"_s),
                             orders[2], order(u"D-2"_s, u"responding"_s, kNow - 8 * m, 3, u"Wang Fang"_s),
                             order(u"D-1"_s, u"cancelled"_s, kNow - 10 * m)};
        auto *orderTable = board.findChild<QAbstractItemModel *>(u"dispatchOrders"_s);
        QVERIFY(orderTable);
        QSignalSpy tableReset(orderTable, &QAbstractItemModel::modelReset);
        board.setSnapshot(withOrders(next, steps));
        QCOMPARE(tableReset.count(), 0); // the CSV table too: rows updated, not reset
        QListWidgetItem *d5 = nullptr, *d3 = nullptr, *d4 = nullptr, *d2 = nullptr;
        for (int c = 0; c < 4; ++c)
            for (int i = 0; i < board.column(c)->count(); ++i) {
                QListWidgetItem *item = board.column(c)->item(i);
                const QString code = item->data(Qt::UserRole).toString();
                (code == u"D-5"_s ? d5 : code == u"D-3"_s ? d3 : code == u"D-4"_s ? d4 : code == u"D-2"_s ? d2 : item) = item;
                QVERIFY2(code != u"D-1"_s, "a cancelled order left on the board");
            }
        QCOMPARE(d5, before.value(u"D-5"_s)); // unchanged cards: the same items
        QCOMPARE(d3, before.value(u"D-3"_s));
        QCOMPARE(d4, before.value(u"D-4"_s)); // moved to "Assigned", still the same card
        QCOMPARE(d4->listWidget(), board.column(1));
        QCOMPARE(d2, before.value(u"D-2"_s));
        QVERIFY(!d2->icon().isNull());
        // The selection stayed on D-3, with its card current.
        QCOMPARE(board.selectedOrder(), u"D-3"_s);
        QCOMPARE(board.column(1)->currentItem(), d3);
        // Exactly what a board that sees only this snapshot shows.
        ui::DispatchBoard other;
        other.setNowSource(now);
        other.setSnapshot(withOrders(next, steps));
        other.selectOrder(u"D-3"_s);
        QCOMPARE(cards(board), cards(other));

        // The escalation drops back, the steps are done: badge, tint and progress follow.
        next[4] = order(u"D-2"_s, u"responding"_s, kNow - 8 * m, 0, u"Wang Fang"_s);
        QList<OrderStepRow> done = steps;
        done[1].state = u"done"_s;
        board.setSnapshot(withOrders(next, done));
        other.setSnapshot(withOrders(next, done));
        QVERIFY(d2->icon().isNull());
        QCOMPARE(cards(board), cards(other));

        // A time tick: the same rows in a new snapshot leave every card alone.
        auto tick = std::make_shared<ui::Snapshot>(*withOrders(next, done));
        board.setSnapshot(tick);
        auto ticked = std::make_shared<ui::Snapshot>(*tick);
        ticked->takenAt += 5000;
        QSignalSpy cardChanged(board.column(1)->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy cardMoved(board.column(1)->model(), &QAbstractItemModel::rowsInserted);
        board.setSnapshot(ticked);
        QCOMPARE(cardChanged.count(), 0);
        QCOMPARE(cardMoved.count(), 0);
    }
};

QTEST_MAIN(TestDispatchBoard)
#include "tst_dispatch_board.moc"
