// SPDX-License-Identifier: Apache-2.0
// Issue #15 part 2, "live workstations": a change made at one workstation reaches every other one through the store's
// change feed (PostgreSQL LISTEN/NOTIFY from the audit appends, SQLite's data_version and the audit chain), not by
// their periodic re-read, and the refresh re-reads only the tables the change concerns. SQLite and PostgreSQL.
#include "../core/TestDb.h"

#include "modules/dispatch/logic/OperationsService.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/ChangeFeed.h"
#include "platform/store/Database.h"
#include "shell/DataWorker.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

constexpr int kHour = 3600 * 1000;
constexpr int kGenerous = 20000; // a loaded CI machine; the feed itself takes well under a second

/// A workstation whose own periodic reading is an hour away: whatever it shows sooner came through the feed.
struct Workstation {
    ui::DataWorker worker;
    ui::SnapshotPtr last;
    Workstation()
    {
        worker.setRefreshInterval(kHour);
        worker.setTimeTickInterval(kHour);
        QObject::connect(&worker, &ui::DataWorker::snapshotReady, &worker, [this](const ui::SnapshotPtr &s) { last = s; });
    }
    ~Workstation() { worker.close(); }
    bool open(const QString &url)
    {
        QSignalSpy failed(&worker, &ui::DataWorker::failed);
        worker.open(url, /*demo*/ true, {}, {});
        if (!last)
            qWarning() << "no snapshot:" << failed;
        return last != nullptr;
    }
};

QString alarmState(const ui::SnapshotPtr &s, qint64 id)
{
    for (const AlarmRow &row : s->alarmRows) // the typed rows follow their part's partial reads
        if (row.id == id)
            return row.state;
    return {};
}

QString orderState(const ui::SnapshotPtr &s, const QString &code)
{
    for (const OrderRow &row : s->orderRows)
        if (row.code == code)
            return row.state;
    return {};
}

/// The typed orders as comparable text (OrderRow has no ==): code, state, row version, verified time, in order.
QStringList orderKeys(const ui::SnapshotPtr &s)
{
    QStringList out;
    for (const OrderRow &r : s->orderRows)
        out << u"%1 %2 %3 %4"_s.arg(r.code, r.state).arg(r.rowVersion).arg(r.times.acked.value_or(-1));
    return out;
}

/// Collects what a watcher reports.
struct Reports {
    QList<ChangeSet> list;
    explicit Reports(ChangeWatcher &w)
    {
        QObject::connect(&w, &ChangeWatcher::changed, &w, [this](const ChangeSet &c) { list << c; });
    }
    bool sawAction(const QString &action) const
    {
        for (const ChangeSet &c : list)
            if (c.actions.contains(action))
                return true;
        return false;
    }
    bool sawUnknown() const
    {
        for (const ChangeSet &c : list)
            if (c.unknown)
                return true;
        return false;
    }
};

void appendMarker(Database &db, const QString &action, const QString &id)
{
    Transaction tx(db);
    AuditLog::append(db, AuditRecord{u"test"_s, action, u"test"_s, id, {}, {}, {}}, 1);
    tx.commit();
}

} // namespace

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
        const int fullReads = b.worker.fullReadsDone();
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
        };
        sameAsAFullRead();
        if (QTest::currentTestFailed())
            return;

        // Deleted elsewhere (no service deletes an order; a repair tool might), with an audit entry naming it: it leaves.
        const int fullReads2 = b.worker.fullReadsDone();
        {
            Transaction tx(adb);
            const QVariant id = adb.scalar(u"SELECT id FROM dispatch_orders WHERE code = ?"_s, {m.orderCode});
            adb.exec(u"DELETE FROM order_steps WHERE order_id = ?"_s, {id});
            adb.exec(u"UPDATE instructions SET order_id = NULL WHERE order_id = ?"_s, {id});
            adb.exec(u"DELETE FROM dispatch_orders WHERE id = ?"_s, {id});
            AuditLog::append(adb, AuditRecord{u"test"_s, u"order.delete"_s, u"order"_s, m.orderCode, {}, {}, {}}, 1);
            tx.commit();
        }
        QTRY_VERIFY_WITH_TIMEOUT(orderState(b.last, m.orderCode).isEmpty(), kGenerous);
        QCOMPARE(b.worker.fullReadsDone(), fullReads2);
        QCOMPARE(b.last->orders.rows.size(), before->orders.rows.size());
        sameAsAFullRead();
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
        QCOMPARE(W::partsFor({u"permit.approve"_s}), unsigned(W::PermitsPart));
        QCOMPARE(W::partsFor({u"hazard.report"_s, u"checkin.accept"_s}), unsigned(W::HazardsPart | W::ContractorsPart | W::OnSitePart));
        QCOMPARE(W::partsFor({u"notification.read"_s}), 0u);
        QCOMPARE(W::partsFor({u"site.import"_s}), unsigned(W::AllParts));
        QCOMPARE(W::partsFor({u"permit.approve"_s, u"something.new"_s}), unsigned(W::AllParts));
        QVERIFY(W::partsFor({u"alarm.raise"_s}) & W::AlarmsPart);
        // An order's entries are the orders' (an instruction it pushes has its own entry): the instructions are not read.
        QCOMPARE(W::partsFor({u"order.open"_s, u"order.cancel"_s}), unsigned(W::OrdersPart));
        QCOMPARE(W::partsFor({u"order.step"_s, u"instruction.push"_s}), unsigned(W::OrdersPart | W::InstructionsPart));
    }
};

QTEST_GUILESS_MAIN(TstLiveWorkstations)
#include "tst_live_workstations.moc"
