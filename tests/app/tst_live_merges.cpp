// SPDX-License-Identifier: Apache-2.0
// Issue #15 part 2, "views update incrementally from the changed rows": the lists that grow with history (dispatch
// orders and their steps, instructions, permits, hazards) are not read again whole after a change elsewhere. The rows
// the audit entries name and the new ones are read and merged where a full read puts them, and the result equals a
// full read. SQLite and PostgreSQL, on the demo plant.
#include "../core/TestDb.h"
#include "LiveWorkstation.h"

#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/Rule.h"

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TstLiveMerges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The orders are history that only grows: a change elsewhere makes B read the orders the audit entries name (and the
    // new ones) and merge them into its rows, not the whole table. The result is what a full read shows: a new order at
    // its place, a cancelled one changed, a deleted one gone, the other rows kept (shared with the previous snapshot).
    void anOrderChangeIsMergedLikeAFullRead_data() { test::addBackendRows(); }
    void anOrderChangeIsMergedLikeAFullRead()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation a, b;
        QVERIFY(a.open(db.url()));
        QVERIFY(b.open(db.url()));
        Database &adb = a.worker.context()->db;
        const ui::SnapshotPtr before = b.last;
        const int fullReads = b.worker.fullReadsDone(), stepFullReads = b.worker.stepFullReadsDone();
        QString open, kept;
        for (const OrderRow &r : before->orderRows)
            if (open.isEmpty() && r.state == u"open"_s)
                open = r.code;
            else if (kept.isEmpty() && r.state == u"confirmed"_s)
                kept = r.code;
        QVERIFY2(!open.isEmpty() && !kept.isEmpty(), "the demo has an open and a confirmed order");

        OperationsService ops(*a.worker.context());
        const QString area = adb.scalar(u"SELECT code FROM areas ORDER BY code LIMIT 1"_s).toString();
        const ManualAlarm m = ops.raiseManualAlarm(area, u"high"_s, u"merged at the other workstation"_s);
        ops.applyOrder(open, u"cancel"_s, {}, u"test: a change elsewhere"_s);
        QTRY_VERIFY_WITH_TIMEOUT(orderState(b.last, m.orderCode) == u"open"_s && orderState(b.last, open) == u"cancelled"_s, kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads); // partial reads only
        QCOMPARE(b.worker.stepFullReadsDone(), stepFullReads); // and only the changed orders' steps
        QVERIFY(b.last->instructions.rows.constData() == before->instructions.rows.constData()); // an order's change: not read

        // The rows no change named are the previous snapshot's own (shared), not read again.
        auto indexOf = [](const ui::SnapshotPtr &s, const QString &code) {
            for (qsizetype i = 0; i < s->orderRows.size(); ++i)
                if (s->orderRows.at(i).code == code)
                    return i;
            return qsizetype(-1);
        };
        const qsizetype was = indexOf(before, kept), is = indexOf(b.last, kept);
        QVERIFY(was >= 0 && is >= 0);
        QVERIFY(b.last->orders.rows.at(is).constData() == before->orders.rows.at(was).constData());
        QVERIFY(b.last->orders.rows.at(indexOf(b.last, open)).constData() != before->orders.rows.at(indexOf(before, open)).constData());
        QCOMPARE(b.last->orders.rows.size(), before->orders.rows.size() + 1);

        auto sameAsAFullRead = [&b] {
            const ui::SnapshotPtr merged = b.last;
            const int full = b.worker.fullReadsDone();
            b.worker.refresh();
            QCOMPARE(b.worker.fullReadsDone(), full + 1);
            QCOMPARE(merged->orders.columns, b.last->orders.columns);
            QCOMPARE(merged->orders.rows, b.last->orders.rows);
            QCOMPARE(orderKeys(merged), orderKeys(b.last));
            QCOMPARE(merged->orderSteps.columns, b.last->orderSteps.columns);
            QCOMPARE(merged->orderSteps.rows, b.last->orderSteps.rows);
            QCOMPARE(stepKeys(merged), stepKeys(b.last));
            QCOMPARE(merged->summary, b.last->summary); // the counts of the parts read again, the others kept
        };
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // A rule's alarm elsewhere opens an order with the rule's procedure, then a step of it is done and another
        // skipped: B reads that order's steps, not every order's.
        RuleAlarm raised;
        for (const rules::Rule &r : rules::loadRules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json")).rules)
            if (r.id == u"casting-co-fan"_s) {
                ServiceContext engine{adb, Actor::system(u"telemetry"_s), a.worker.context()->clock};
                raised = TelemetryService(engine).raiseFromRule(r, engine.now(), u"CH2.CO_ppm"_s, 72);
            }
        const QString withSteps = raised.orderCode;
        QVERIFY2(!withSteps.isEmpty(), "the demo's CO rule opens an order");
        QTRY_VERIFY_WITH_TIMEOUT(!orderState(b.last, withSteps).isEmpty(), kGenerous);
        QList<int> pending;
        for (const OrderStepRow &r : b.last->orderStepRows)
            if (r.order == withSteps && r.state == u"pending"_s)
                pending << r.seq;
        QVERIFY2(pending.size() >= 2, "the CO rule's procedure has steps, and B read them with the new order");
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;
        const int stepFullReads2 = b.worker.stepFullReadsDone();
        const ui::SnapshotPtr beforeSteps = b.last;
        ProcedureService(*a.worker.context()).markStep(withSteps, pending.last(), u"skipped"_s, u"test: no ladder at hand"_s);
        ProcedureService(*a.worker.context()).markStep(withSteps, pending.first(), u"done"_s);
        auto stepState = [](const ui::SnapshotPtr &s, const QString &order, int seq) {
            for (const OrderStepRow &r : s->orderStepRows)
                if (r.order == order && r.seq == seq)
                    return r.state;
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(stepState(b.last, withSteps, pending.first()) == u"done"_s, kGenerous);
        QCOMPARE(stepState(b.last, withSteps, pending.last()), u"skipped"_s);
        QCOMPARE(b.worker.stepFullReadsDone(), stepFullReads2);
        for (qsizetype i = 0; i < b.last->orderStepRows.size(); ++i) // another order's steps: the previous rows, shared
            if (b.last->orderStepRows.at(i).order != withSteps) {
                bool shared = false;
                for (const QVariantList &row : beforeSteps->orderSteps.rows)
                    shared = shared || row.constData() == b.last->orderSteps.rows.at(i).constData();
                QVERIFY2(shared, qPrintable(b.last->orderStepRows.at(i).order));
                break;
            }
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Deleted elsewhere (no service deletes an order; a repair tool might), with an audit entry naming it: it leaves.
        const int fullReads2 = b.worker.fullReadsDone(), stepFullReads3 = b.worker.stepFullReadsDone();
        {
            Transaction tx(adb);
            const QVariant id = adb.scalar(u"SELECT id FROM dispatch_orders WHERE code = ?"_s, {withSteps});
            adb.exec(u"DELETE FROM order_steps WHERE order_id = ?"_s, {id});
            adb.exec(u"UPDATE instructions SET order_id = NULL WHERE order_id = ?"_s, {id});
            adb.exec(u"DELETE FROM dispatch_orders WHERE id = ?"_s, {id});
            AuditLog::append(adb, AuditRecord{u"test"_s, u"order.delete"_s, u"order"_s, withSteps, {}, {}, {}}, 1);
            tx.commit();
        }
        QTRY_VERIFY_WITH_TIMEOUT(orderState(b.last, withSteps).isEmpty(), kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads2);
        QCOMPARE(b.worker.stepFullReadsDone(), stepFullReads3);
        QCOMPARE(b.last->orders.rows.size(), before->orders.rows.size() + 1); // the manual alarm's order stays
        for (const OrderStepRow &r : b.last->orderStepRows) // and the deleted order's steps are gone with it
            QVERIFY(r.order != withSteps);
        sameAsAFullRead();
    }

    // The instructions (some 10,000 on a year-old store) likewise: each change names its instruction (pushed, issued,
    // sent, acknowledged, overdue), and B reads those and the new ones and merges them into its rows. After every change
    // B's instructions and typed rows are what a full read (workstation C's) has, and B never read all of them again.
    void anInstructionChangeIsMergedLikeAFullRead_data() { test::addBackendRows(); }
    void anInstructionChangeIsMergedLikeAFullRead()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation a, b, c;
        QVERIFY(a.open(db.url()));
        OperationsService ops(*a.worker.context());
        TelemetryService telemetry(*a.worker.context());
        // Two pushed in the same millisecond (the id orders them) before B reads: rows in the middle of B's list later.
        QList<qint64> early;
        for (int i = 0; i < 4; ++i)
            early << ops.pushInstruction({}, u"line-%1"_s.arg(i), u"EARLY %1"_s.arg(i), 60'000, u"早 %1"_s.arg(i));
        QVERIFY(b.open(db.url()));
        QVERIFY(c.open(db.url()));
        const ui::SnapshotPtr before = b.last;
        const int fullReads = b.worker.fullReadsDone(), instructionFullReads = b.worker.instructionFullReadsDone();
        QVERIFY2(before->instructionRows.size() > early.size(), "the demo has instructions of its own");
        qint64 kept = 0; // acknowledged before: no change below touches it
        for (const InstructionRow &r : before->instructionRows)
            if (r.ackedAt && !early.contains(r.id))
                kept = r.id;
        QVERIFY2(kept > 0, "the demo has an acknowledged instruction");

        auto sameAsAFullRead = [&] {
            QCOMPARE(b.worker.fullReadsDone(), fullReads); // partial reads only, and never every instruction
            QCOMPARE(b.worker.instructionFullReadsDone(), instructionFullReads);
            c.worker.refresh();
            QCOMPARE(b.last->instructions.columns, c.last->instructions.columns);
            QCOMPARE(b.last->instructions.rows, c.last->instructions.rows);
            QCOMPARE(instructionKeys(b.last), instructionKeys(c.last));
            QCOMPARE(b.last->summary, c.last->summary);
            QCOMPARE(b.last->instructionRows.size(), b.last->instructions.rows.size());
            // The rows no change named are the first snapshot's own (shared), not read again.
            qsizetype was = -1, is = -1;
            for (qsizetype i = 0; i < before->instructionRows.size(); ++i)
                if (before->instructionRows.at(i).id == kept)
                    was = i;
            for (qsizetype i = 0; i < b.last->instructionRows.size(); ++i)
                if (b.last->instructionRows.at(i).id == kept)
                    is = i;
            QVERIFY(was >= 0 && is >= 0);
            QVERIFY(b.last->instructions.rows.at(is).constData() == before->instructions.rows.at(was).constData());
        };

        // Pushed (a new row, at the top), and issued by hand (pushed, then its kind and reason written: two entries).
        const qint64 pushed = ops.pushInstruction({}, u"casting-house-2"_s, u"HALT POUR"_s, 60'000, u"停止浇注"_s);
        const qint64 issued = ops.pushManualInstruction(u"casting-house-1"_s, u"stop_hot_work"_s, u"test: merged elsewhere"_s);
        QTRY_VERIFY_WITH_TIMEOUT(instruction(b.last, pushed) && instruction(b.last, issued)
                                     && instruction(b.last, issued)->kind == u"stop_hot_work"_s, kGenerous);
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Sent (its delivery recorded), then one in the middle of the list failed to send.
        telemetry.recordInstructionSend(pushed, u"opcua"_s, {});
        telemetry.recordInstructionSend(early.at(1), u"opcua"_s, u"test: no route"_s);
        QTRY_VERIFY_WITH_TIMEOUT(instruction(b.last, pushed)->sentAt && instruction(b.last, early.at(1))->sendError == u"test: no route"_s,
                                 kGenerous);
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Acknowledged: one of the early ones (same issue time as a neighbour: the id puts it back in its place).
        ops.acknowledgeInstruction(early.at(2));
        QTRY_VERIFY_WITH_TIMEOUT(instruction(b.last, early.at(2))->ackedAt.has_value(), kGenerous);
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Escalated: one already late, marked overdue by the housekeeping (with any other late one), then acknowledged.
        const qint64 late = ops.pushInstruction({}, u"line-late"_s, u"LATE"_s, -1000, {});
        QVERIFY(telemetry.escalate().contains(u"instruction %1 not acknowledged in time"_s.arg(late)));
        ops.acknowledgeInstruction(late);
        QTRY_VERIFY_WITH_TIMEOUT(instruction(b.last, late) && instruction(b.last, late)->ackedAt.has_value(), kGenerous);
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Deleted elsewhere (no service deletes one; a repair tool might), with an entry naming it: it leaves.
        {
            Database &adb = a.worker.context()->db;
            Transaction tx(adb);
            adb.exec(u"DELETE FROM instructions WHERE id = ?"_s, {early.at(3)});
            AuditLog::append(adb, AuditRecord{u"test"_s, u"instruction.delete"_s, u"instruction"_s, QString::number(early.at(3)), {}, {}, {}}, 1);
            tx.commit();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!instruction(b.last, early.at(3)), kGenerous);
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // A change to the instructions that does not name its row: all of them are read (and still as a full read has them).
        {
            Database &adb = a.worker.context()->db;
            Transaction tx(adb);
            adb.exec(u"UPDATE instructions SET target = 'line-renamed' WHERE id = ?"_s, {early.at(0)});
            AuditLog::append(adb, AuditRecord{u"test"_s, u"dispatch.repair"_s, u"site"_s, u"test"_s, {}, {}, {}}, 1);
            tx.commit();
        }
        QTRY_COMPARE_WITH_TIMEOUT(b.worker.instructionFullReadsDone(), instructionFullReads + 1, kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads);
        QCOMPARE(instruction(b.last, early.at(0))->target, u"line-renamed"_s);
        c.worker.refresh();
        QCOMPARE(b.last->instructions.rows, c.last->instructions.rows);
        QCOMPARE(instructionKeys(b.last), instructionKeys(c.last));
    }

    // Permits and hazards are history too: a change elsewhere makes B read the rows its entries name (by code) and the
    // new ones, merged where a full read puts them; the other rows stay shared with the previous snapshot.
    void permitAndHazardChangesAreMergedLikeAFullRead_data() { test::addBackendRows(); }
    void permitAndHazardChangesAreMergedLikeAFullRead()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation a, b;
        QVERIFY(a.open(db.url()));
        QVERIFY(b.open(db.url()));
        Database &adb = a.worker.context()->db;
        ServiceContext office{adb, Actor::system(u"test"_s), a.worker.context()->clock};
        const ui::SnapshotPtr before = b.last;
        const int fullReads = b.worker.fullReadsDone(), permitFullReads = b.worker.permitFullReadsDone(),
                  hazardFullReads = b.worker.hazardFullReadsDone();
        QString approved, assigned, keptPermit, keptHazard;
        for (const PermitRow &r : before->permitRows)
            if (approved.isEmpty() && r.state == u"approved"_s)
                approved = r.code;
            else if (keptPermit.isEmpty())
                keptPermit = r.code;
        for (const HazardRow &r : before->hazardRows)
            if (assigned.isEmpty() && r.state == u"assigned"_s)
                assigned = r.code;
            else if (keptHazard.isEmpty())
                keptHazard = r.code;
        QVERIFY2(!approved.isEmpty() && !assigned.isEmpty(), "the demo has an approved permit and an assigned hazard");
        QVERIFY(keptPermit != approved && keptHazard != assigned);

        // Elsewhere: a permit cancelled, a new draft (its starts_at among the others'), a hazard's rectification started.
        PermitService(office).apply(approved, u"cancel"_s, u"test: a change elsewhere"_s);
        PermitInput in;
        in.code = u"LW-0001"_s;
        in.type = u"hot_work"_s;
        in.grade = u"level2"_s;
        in.contractorCode = u"own"_s;
        in.areaCode = adb.scalar(u"SELECT code FROM areas ORDER BY code LIMIT 1"_s).toString();
        in.title = u"merged at the other workstation"_s;
        in.polygon = {{10, 10}, {18, 10}, {18, 15}, {10, 15}};
        in.startsAt = before->permitRows.at(before->permitRows.size() / 2).startsAt; // a tie with a row in the middle
        in.endsAt = in.startsAt + 4 * 3600'000;
        PermitService(office).createDraft(in);
        HazardService(office).apply(assigned, u"start"_s);

        auto permitState = [&b](const QString &code) {
            for (const PermitRow &r : b.last->permitRows)
                if (r.code == code)
                    return r.state;
            return QString();
        };
        auto hazardState = [&b](const QString &code) {
            for (const HazardRow &r : b.last->hazardRows)
                if (r.code == code)
                    return r.state;
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(permitState(approved) == u"cancelled"_s && permitState(in.code) == u"draft"_s
                                     && hazardState(assigned) == u"rectifying"_s,
                                 kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads); // partial reads, and of the named rows only
        QCOMPARE(b.worker.permitFullReadsDone(), permitFullReads);
        QCOMPARE(b.worker.hazardFullReadsDone(), hazardFullReads);
        QCOMPARE(b.last->permitRows.size(), before->permitRows.size() + 1);
        QCOMPARE(b.last->hazardRows.size(), before->hazardRows.size());
        auto rowOf = [](const Table &t, const QString &code) {
            for (const QVariantList &row : t.rows)
                if (row.value(0).toString() == code)
                    return row;
            return QVariantList();
        };
        // The rows no change named are the previous snapshot's own (shared), not read again.
        QVERIFY(rowOf(b.last->permits, keptPermit).constData() == rowOf(before->permits, keptPermit).constData());
        QVERIFY(rowOf(b.last->hazards, keptHazard).constData() == rowOf(before->hazards, keptHazard).constData());

        const ui::SnapshotPtr merged = b.last;
        b.worker.refresh();
        QCOMPARE(b.worker.fullReadsDone(), fullReads + 1);
        QCOMPARE(merged->permits.rows, b.last->permits.rows);
        QCOMPARE(merged->hazards.rows, b.last->hazards.rows);
        QCOMPARE(merged->permitRows.size(), b.last->permitRows.size());
        for (qsizetype i = 0; i < merged->permitRows.size(); ++i)
            QCOMPARE(merged->permitRows.at(i).code, b.last->permitRows.at(i).code);
        for (qsizetype i = 0; i < merged->hazardRows.size(); ++i)
            QCOMPARE(merged->hazardRows.at(i).state, b.last->hazardRows.at(i).state);
        QCOMPARE(merged->conflicts.size(), b.last->conflicts.size());
        QCOMPARE(merged->summary, b.last->summary);
    }
};

QTEST_GUILESS_MAIN(TstLiveMerges)
#include "tst_live_merges.moc"
