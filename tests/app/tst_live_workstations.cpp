// SPDX-License-Identifier: Apache-2.0
// Issue #15 part 2, "live workstations": a change made at one workstation reaches every other one through the store's
// change feed (PostgreSQL LISTEN/NOTIFY from the audit appends, SQLite's data_version and the audit chain), not by
// their periodic re-read, and the refresh re-reads only the tables the change concerns (how the lists that grow with
// history are merged: tst_live_merges). SQLite and PostgreSQL.
#include "../core/TestDb.h"
#include "LiveWorkstation.h"

#include "modules/dispatch/logic/NotificationService.h"

#include <QProcess>
#include <QScopeGuard>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TstLiveWorkstations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Workstation A acknowledges an alarm; workstation B shows it acknowledged without refreshing by itself (its full
    // refresh is an hour away), and B read only the parts an acknowledgement concerns (alarms, orders), not every table.
    void aChangeReachesTheOtherWorkstation_data() { test::addBackendRows(); }
    void aChangeReachesTheOtherWorkstation()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation a, b;
        QVERIFY(a.open(db.url()));
        QVERIFY(b.open(db.url()));

        qint64 alarmId = 0;
        {
            QSqlQuery q = a.worker.context()->db.exec(u"SELECT id FROM alarms WHERE state = 'unacknowledged' ORDER BY id LIMIT 1"_s);
            QVERIFY2(q.next(), "the demo has an unacknowledged alarm");
            alarmId = q.value(0).toLongLong();
        }
        QCOMPARE(alarmState(b.last, alarmId), u"unacknowledged"_s);
        const ui::SnapshotPtr before = b.last;
        const int fullReads = b.worker.fullReadsDone();

        a.worker.acknowledgeAlarm(alarmId); // A's own write, then A's own refresh
        QCOMPARE(alarmState(a.last, alarmId), u"acknowledged"_s);
        QTRY_COMPARE_WITH_TIMEOUT(alarmState(b.last, alarmId), u"acknowledged"_s, kGenerous);

        QCOMPARE(b.worker.fullReadsDone(), fullReads); // a partial read: the alarms and orders only
        QVERIFY(b.last->permits.rows.constData() == before->permits.rows.constData()); // kept, shared, not read again
        QVERIFY(b.last->contractors.rows.constData() == before->contractors.rows.constData());
        QVERIFY(b.last->instructions.rows.constData() == before->instructions.rows.constData());
        QVERIFY(b.last->hazards.rows.constData() == before->hazards.rows.constData());
        QCOMPARE(b.last->permits.rows, before->permits.rows);
        QVERIFY(b.last->permitRows.constData() == before->permitRows.constData()); // and so are their typed rows
        QVERIFY(b.last->hazardRows.constData() == before->hazardRows.constData());
        QVERIFY(b.last->instructionRows.constData() == before->instructionRows.constData());
        QVERIFY(b.last->alarmRows.constData() != before->alarmRows.constData()); // read again, with their table
        QCOMPARE(b.last->alarmRows.size(), b.last->alarms.rows.size());
        QCOMPARE(b.last->orderRows.size(), b.last->orders.rows.size());
        // The alarm's order, verified by the acknowledgement, was read again by its alarm: as a full read has it.
        const ui::SnapshotPtr merged = b.last;
        for (const OrderRow &r : merged->orderRows)
            if (r.alarmId == alarmId)
                QVERIFY(r.times.acked.has_value());
        b.worker.refresh();
        QCOMPARE(merged->orders.rows, b.last->orders.rows);
        QCOMPARE(orderKeys(merged), orderKeys(b.last));
    }


    // The inbox and notifications are read after the changes that make or close the user's tasks, not after every
    // change: a notification for the user and its reading at another workstation reach B's inbox; an instruction's
    // change leaves B's inbox as it was (shared, not read again).
    void theInboxIsReadAfterItsChangesOnly_data() { test::addBackendRows(); }
    void theInboxIsReadAfterItsChangesOnly()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation a, b;
        QVERIFY(a.open(db.url()));
        QVERIFY(b.open(db.url()));
        const QString me = b.worker.context()->actor.auditName();
        auto inInbox = [&b](qint64 notification) {
            for (const InboxItem &i : b.last->inboxItems)
                if (i.notificationId == notification)
                    return true;
            return false;
        };

        // A rule's notification for B's user, stored with its alarm's entry (TelemetryService does both in one
        // transaction; here the entry is a marker of the same kind).
        qint64 note = 0;
        {
            Database &adb = a.worker.context()->db;
            Transaction tx(adb);
            note = NotificationService(*a.worker.context()).notify(me, u"alarm"_s, u"alarm"_s, u"1"_s, {}, u"CO high at the test"_s);
            AuditLog::append(adb, AuditRecord{u"test"_s, u"alarm.test"_s, u"alarm"_s, u"1"_s, {}, {}, {}}, 1);
            tx.commit();
        }
        const int fullReads = b.worker.fullReadsDone();
        QTRY_VERIFY_WITH_TIMEOUT(inInbox(note), kGenerous);

        // Read at A (the same user at another workstation): gone from B's inbox.
        a.worker.call(&a.worker, [note](ServiceContext &ctx) { NotificationService(ctx).markRead(note); }, [] {});
        QTRY_VERIFY_WITH_TIMEOUT(!inInbox(note), kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads); // partial reads, the inbox in each

        // An instruction's change: B reads the instructions, not its inbox.
        const ui::SnapshotPtr before = b.last;
        const int inboxReads = b.worker.inboxReadsDone(), reads = b.worker.readsDone();
        qint64 instructionId = 0;
        QVERIFY(!before->instructionRows.isEmpty());
        instructionId = before->instructionRows.first().id;
        appendMarker(a.worker.context()->db, u"instruction.test"_s, QString::number(instructionId));
        QTRY_VERIFY_WITH_TIMEOUT(b.worker.readsDone() > reads, kGenerous);
        QCOMPARE(b.worker.inboxReadsDone(), inboxReads);
        QVERIFY(b.last->inbox.rows.constData() == before->inbox.rows.constData());
        QVERIFY(b.last->notificationRows.constData() == before->notificationRows.constData());
        // What a full read shows is what B kept.
        const ui::SnapshotPtr kept = b.last;
        b.worker.refresh();
        QCOMPARE(kept->inbox.rows, b.last->inbox.rows);
        QCOMPARE(kept->notifications.rows, b.last->notifications.rows);
    }

    // The same from another process: guardlinectl acknowledges the alarm, the workstation shows it.
    void aChangeByGuardlinectlReachesTheWorkstation_data() { test::addBackendRows(); }
    void aChangeByGuardlinectlReachesTheWorkstation()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        Workstation b;
        QVERIFY(b.open(db.url()));
        qint64 alarmId = 0;
        {
            QSqlQuery q = b.worker.context()->db.exec(u"SELECT id FROM alarms WHERE state = 'unacknowledged' ORDER BY id LIMIT 1"_s);
            QVERIFY2(q.next(), "the demo has an unacknowledged alarm");
            alarmId = q.value(0).toLongLong();
        }
        QCOMPARE(alarmState(b.last, alarmId), u"unacknowledged"_s);

        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUARDLINE_PASSWORD"_s, u"demo"_s);
        env.insert(u"GUARDLINE_LANG"_s, u"en"_s);
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"),
                  {u"--db"_s, db.url(), u"--user"_s, u"demo.dispatcher"_s, u"alarms"_s, u"ack"_s, QString::number(alarmId)});
        QVERIFY(ctl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 120000); // keeps this thread's event loop (the watcher) running
        QVERIFY2(ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(alarmState(b.last, alarmId), u"acknowledged"_s, kGenerous);
    }

    // The watcher reports committed changes only: an audit entry rolled back with its change is never reported
    // (on PostgreSQL pg_notify is delivered on commit), the next committed one is.
    void aRolledBackChangeIsNotReported_data() { test::addBackendRows(); }
    void aRolledBackChangeIsNotReported()
    {
        QFETCH(Backend, backend);
        test::TestDb tdb(backend);
        GL_REQUIRE_BACKEND(tdb);
        Workstation setup; // a migrated store with a keyed chain
        QVERIFY(setup.open(tdb.url()));
        setup.worker.close();

        ChangeWatcher watcher(DbUrl::parse(tdb.url()));
        watcher.setPollInterval(50);
        Reports reports(watcher);
        watcher.start();
        auto stop = qScopeGuard([&] { watcher.stop(); });
        QVERIFY(watcher.isWatching());

        auto db = tdb.open();
        {
            Transaction tx(*db);
            AuditLog::append(*db, AuditRecord{u"test"_s, u"test.rolled_back"_s, u"test"_s, u"1"_s, {}, {}, {}}, 1);
        } // rolled back
        appendMarker(*db, u"test.committed"_s, u"2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reports.sawAction(u"test.committed"_s), kGenerous);
        QVERIFY(!reports.sawAction(u"test.rolled_back"_s));
        QVERIFY(!reports.sawUnknown());
    }

    // PostgreSQL: the watcher's connection is killed (as a server restart would); it connects again, says once that
    // something may have changed meanwhile, and reports the changes committed after that.
    void theWatcherRecoversFromALostConnection()
    {
        test::TestDb tdb(Backend::Postgres);
        GL_REQUIRE_BACKEND(tdb);
        Workstation setup;
        QVERIFY(setup.open(tdb.url()));
        setup.worker.close();

        ChangeWatcher watcher(DbUrl::parse(tdb.url()));
        Reports reports(watcher);
        watcher.start();
        auto stop = qScopeGuard([&] { watcher.stop(); });
        QVERIFY(watcher.isWatching());

        auto db = tdb.open();
        appendMarker(*db, u"test.before"_s, u"1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reports.sawAction(u"test.before"_s), kGenerous);

        // The set-up workstation's connection closes on its own thread: wait until the watcher's is the only other.
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                             "AND pid <> pg_backend_pid()"_s)
                                      .toInt(),
                                  1, kGenerous);
        const int killed = db->scalar(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s)
                               .toInt();
        QCOMPARE(killed, 1); // the watcher's connection, the only other one on this test database
        reports.list.clear();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.reconnects() >= 1 && watcher.isWatching(), kGenerous);
        QTRY_VERIFY_WITH_TIMEOUT(reports.sawUnknown(), kGenerous);

        appendMarker(*db, u"test.after"_s, u"2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reports.sawAction(u"test.after"_s), kGenerous);
    }

    // Which parts of a snapshot an action can change: by the kind of thing, and everything for a kind not known.
    void partsForActions()
    {
        using W = ui::DataWorker;
        QCOMPARE(W::partsFor({u"permit.approve"_s}), unsigned(W::PermitsPart | W::InboxPart));
        QCOMPARE(W::partsFor({u"hazard.report"_s, u"checkin.accept"_s}),
                 unsigned(W::HazardsPart | W::ContractorsPart | W::OnSitePart | W::InboxPart));
        QCOMPARE(W::partsFor({u"notification.read"_s}), unsigned(W::InboxPart));
        QCOMPARE(W::partsFor({u"report.generate"_s}), 0u);
        // The inbox follows what makes or closes its tasks, not the instructions or the people on site.
        QVERIFY(W::partsFor({u"permit.sign"_s}) & W::InboxPart);
        QVERIFY(W::partsFor({u"hazard.reinspection_task"_s}) & W::InboxPart);
        QVERIFY(W::partsFor({u"contractor.task.raise"_s}) & W::InboxPart);
        QVERIFY(!(W::partsFor({u"instruction.send"_s, u"checkin.accept"_s}) & W::InboxPart));
        QCOMPARE(W::partsFor({u"site.import"_s}), unsigned(W::AllParts));
        QCOMPARE(W::partsFor({u"permit.approve"_s, u"something.new"_s}), unsigned(W::AllParts));
        QVERIFY(W::partsFor({u"alarm.raise"_s}) & W::AlarmsPart);
        // An order's entries are the orders' (an instruction it pushes has its own entry): the instructions are not read.
        QCOMPARE(W::partsFor({u"order.open"_s, u"order.cancel"_s}), unsigned(W::OrdersPart | W::InboxPart));
        QCOMPARE(W::partsFor({u"order.step"_s, u"instruction.push"_s}), unsigned(W::OrdersPart | W::InstructionsPart | W::InboxPart));
        QCOMPARE(W::partsFor({u"instruction.send"_s, u"instruction.overdue"_s}), unsigned(W::InstructionsPart));
    }
};

QTEST_GUILESS_MAIN(TstLiveWorkstations)
#include "tst_live_workstations.moc"
