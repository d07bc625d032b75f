// SPDX-License-Identifier: Apache-2.0
// Optimistic concurrency (issue #15, schema step 21), on SQLite and PostgreSQL: two dispatchers at two
// workstations (two connections to one store) load the same order or alarm and both act on what their view
// showed. The first one's step is taken; the second is refused with a conflict that names who changed it, how
// and when, and what it is now, instead of silently overwriting it. The row holds the first one's result and the
// audit chain only the first one's entry. Any UPDATE, even one that forgets the version, raises it (trigger).
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/workspace/logic/QueryService.h"
#include "platform/auth/UserService.h"
#include "platform/util/Error.h"
#include "TelemetryFixture.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QDateTime kNow = QDateTime::fromString(u"2026-03-02T10:30:00+08:00"_s, Qt::ISODate);

/// One workstation: its own connection to the shared store, signed in as one person.
struct Workstation {
    std::unique_ptr<Database> db;
    ServiceContext ctx;
    Workstation(const test::TestDb &t, const QString &user, const Clock *clock)
        : db(t.open()), ctx{*db, UserService::actorFor(*db, user), clock}
    {
    }
    /// The version of the row keyed `key` in `table` of this workstation's view (QueryService, as the snapshot).
    qint64 versionShown(const QString &which, const QString &keyColumn, const QVariant &key)
    {
        QueryService q(ctx);
        const Table t = which == u"orders"_s ? q.orders() : q.alarms(500);
        for (const QVariantList &r : t.rows)
            if (r.value(t.column(keyColumn)).toString() == key.toString())
                return r.value(t.column(u"row_version"_s)).toLongLong();
        return -1;
    }
};

QString conflictOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.code() == ErrorCode::Conflict ? e.message() : u"not a conflict: "_s + e.message();
    }
    return u"NOT REFUSED"_s;
}
} // namespace

class TestRowVersions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staleViewsConflict_data() { test::addBackendRows(); }
    void staleViewsConflict()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        ManualClock clock{kNow.toMSecsSinceEpoch()};
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, kNow.toMSecsSinceEpoch());
            ServiceContext sys{*db, Actor::system(u"test"_s), &clock};
            UserService(sys).add(u"zhang.wei"_s, u"Zhang Wei"_s, Role::Dispatcher, u"a long enough password"_s);
            UserService(sys).add(u"li.na"_s, u"Li Na"_s, Role::Dispatcher, u"a long enough password"_s);
        }
        Workstation a(t, u"zhang.wei"_s, &clock), b(t, u"li.na"_s, &clock);
        const ManualAlarm m = OperationsService(a.ctx).raiseManualAlarm(u"CH2"_s, u"high"_s, u"caller: smoke at the ladle"_s);
        const QString alarm = QString::number(m.alarmId);

        // The alarm: both see it unacknowledged; A acknowledges, B's acknowledgement of the same view is refused.
        const qint64 alarmSeenA = a.versionShown(u"alarms"_s, u"id"_s, m.alarmId);
        const qint64 alarmSeenB = b.versionShown(u"alarms"_s, u"id"_s, m.alarmId);
        QVERIFY(alarmSeenA > 0);
        QCOMPARE(alarmSeenB, alarmSeenA);
        clock.set(clock.nowMs() + 4'000);
        OperationsService(a.ctx).acknowledgeAlarm(m.alarmId, alarmSeenA);
        const QString ackConflict = conflictOf([&] { OperationsService(b.ctx).acknowledgeAlarm(m.alarmId, alarmSeenB); });
        QVERIFY2(ackConflict.contains(u"Alarm %1 was changed by zhang.wei (alarm.acknowledge, 10:30:04)"_s.arg(alarm)), qPrintable(ackConflict));
        QVERIFY2(ackConflict.contains(u"acknowledged by zhang.wei"_s) && ackConflict.contains(u"Look at it again and retry"_s),
                 qPrintable(ackConflict));
        QCOMPARE(a.db->scalar(u"SELECT acked_by FROM alarms WHERE id = ?"_s, {m.alarmId}).toString(), u"zhang.wei"_s);
        QCOMPARE(a.db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.acknowledge' AND object_id = ?"_s, {alarm}).toInt(), 1);
        // With the version the store holds now (B looked again), the step is the state machine's to judge.
        QVERIFY(b.versionShown(u"alarms"_s, u"id"_s, m.alarmId) > alarmSeenB);

        // The order: both boards show it open; A assigns it to one supervisor, B (stale) to another.
        const qint64 seenA = a.versionShown(u"orders"_s, u"code"_s, m.orderCode);
        const qint64 seenB = b.versionShown(u"orders"_s, u"code"_s, m.orderCode);
        QVERIFY(seenA > 0);
        QCOMPARE(seenB, seenA);
        clock.set(clock.nowMs() + 8'000);
        QCOMPARE(OperationsService(a.ctx).applyOrder(m.orderCode, u"assign"_s, u"demo.supervisor.ch2"_s, {}, seenA), u"assigned"_s);
        const QString conflict =
            conflictOf([&] { OperationsService(b.ctx).applyOrder(m.orderCode, u"assign"_s, u"demo.supervisor.ca1"_s, {}, seenB); });
        QVERIFY2(conflict.startsWith(u"Order %1 was changed by zhang.wei (order.assign, 10:30:12) since your view was loaded; "
                                     "it is now assigned to demo.supervisor.ch2. Look at it again and retry"_s.arg(m.orderCode)),
                 qPrintable(conflict));
        QCOMPARE(a.db->scalar(u"SELECT u.username FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s,
                              {m.orderCode}).toString(),
                 u"demo.supervisor.ch2"_s);
        QCOMPARE(a.db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'order.assign' AND object_id = ?"_s, {m.orderCode}).toInt(), 1);
        // A cancel on the stale view is refused too (it would have closed an order someone is now working).
        QVERIFY(conflictOf([&] { OperationsService(b.ctx).applyOrder(m.orderCode, u"cancel"_s, {}, u"duplicate"_s, seenB); })
                    .contains(u"was changed by zhang.wei"_s));
        QCOMPARE(a.db->scalar(u"SELECT state FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).toString(), u"assigned"_s);
        QCOMPARE(a.db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'order.cancel'"_s).toInt(), 0);
        // B looks again and acts on what is there now: taken.
        const qint64 fresh = b.versionShown(u"orders"_s, u"code"_s, m.orderCode);
        QVERIFY(fresh > seenB);
        QCOMPARE(OperationsService(b.ctx).applyOrder(m.orderCode, u"assign"_s, u"demo.supervisor.ca1"_s, {}, fresh), u"assigned"_s);
        // Without a version (a script that does not say what it saw) the step is judged by the state alone, as before.
        QCOMPARE(OperationsService(a.ctx).applyOrder(m.orderCode, u"cancel"_s, {}, u"duplicate"_s), u"cancelled"_s);

        // The store's guarantee: an UPDATE that leaves row_version alone still raises it (schema step 21's triggers).
        const qint64 before = a.db->scalar(u"SELECT row_version FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).toLongLong();
        a.db->exec(u"UPDATE dispatch_orders SET note = 'checked' WHERE code = ?"_s, {m.orderCode});
        QCOMPARE(a.db->scalar(u"SELECT row_version FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).toLongLong(), before + 1);
        a.db->exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, note = 'again' WHERE code = ?"_s, {m.orderCode});
        QCOMPARE(a.db->scalar(u"SELECT row_version FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).toLongLong(), before + 2);
    }

    // The check and the write are one step on a shared PostgreSQL store: while another workstation's change of the
    // order is under way (its transaction holds the row, not committed yet), a step on the version shown before
    // waits for it and is then refused, instead of reading the old version, passing the check and overwriting the
    // change once it is committed (READ COMMITTED). SQLite's BEGIN IMMEDIATE already makes writers take turns.
    void checkAndWriteAreOneStep()
    {
        test::TestDb t(Backend::Postgres);
        GL_REQUIRE_BACKEND(t);
        ManualClock clock{kNow.toMSecsSinceEpoch()};
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, kNow.toMSecsSinceEpoch());
            ServiceContext sys{*db, Actor::system(u"test"_s), &clock};
            UserService(sys).add(u"li.na"_s, u"Li Na"_s, Role::Dispatcher, u"a long enough password"_s);
        }
        Workstation a(t, u"demo.dispatcher"_s, &clock);
        const ManualAlarm m = OperationsService(a.ctx).raiseManualAlarm(u"CH2"_s, u"high"_s, u"caller: steam leak"_s);
        const qint64 seen = a.versionShown(u"orders"_s, u"code"_s, m.orderCode);

        Transaction underWay(*a.db); // A's change, not committed yet
        a.db->exec(u"UPDATE dispatch_orders SET note = 'crew sent by radio' WHERE code = ?"_s, {m.orderCode});
        QString outcome;
        std::unique_ptr<QThread> other(QThread::create([&] { // B's workstation: its own connection, on its own thread
            try {
                Workstation b(t, u"li.na"_s, &clock);
                OperationsService(b.ctx).applyOrder(m.orderCode, u"assign"_s, u"demo.supervisor.ca1"_s, {}, seen);
                outcome = u"TAKEN"_s;
            } catch (const Error &e) {
                outcome = e.message();
            }
        }));
        other->start();
        struct Join { // a failed check returns early: never leave the thread running
            QThread &t;
            ~Join() { t.wait(); }
        } join{*other};
        auto watcher = t.open(); // B waits for A's row (seen from a third connection), however long it takes to get there
        QTRY_VERIFY_WITH_TIMEOUT(watcher->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                                 "AND wait_event_type = 'Lock'"_s).toInt() > 0,
                                 60000);
        underWay.commit();
        QVERIFY(other->wait(60000));
        QVERIFY2(outcome.startsWith(u"Order %1 was changed"_s.arg(m.orderCode)) && outcome.contains(u"since your view was loaded"_s),
                 qPrintable(outcome));
        QVERIFY(watcher->scalar(u"SELECT assignee_id FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).isNull());
        QCOMPARE(watcher->scalar(u"SELECT note FROM dispatch_orders WHERE code = ?"_s, {m.orderCode}).toString(), u"crew sent by radio"_s);
        QCOMPARE(watcher->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'order.assign'"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_row_versions.moc"
