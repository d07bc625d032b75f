// SPDX-License-Identifier: Apache-2.0
// The dispatch board shows the cross-work (SIMOPS) conflicts in force now, by the same rules as approval.
#include "modules/dispatch/ui/DispatchBoard.h"

#include <QLabel>
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
};

QTEST_MAIN(TestDispatchBoard)
#include "tst_dispatch_board.moc"
