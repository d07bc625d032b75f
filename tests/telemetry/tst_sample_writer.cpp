// SPDX-License-Identifier: Apache-2.0
// The telemetry sample writer (issue #8 latency): samples stored on their own thread and connection, in
// short transactions, every sample exactly once and in order, while "alarm" transactions on another
// connection take the write gate ahead of them; a sample transaction gives way at a statement boundary;
// the gate's priority.
#include "modules/telemetry/logic/SampleWriter.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "TestDb.h"

#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace gl;

class TestSampleWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySampleOnceWhileAlarmsGoFirst_data() { test::addBackendRows(); }
    void everySampleOnceWhileAlarmsGoFirst()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        Schema::migrate(*db);
        const DbUrl url = DbUrl::parse(t.url());
        auto gate = backend == Backend::Sqlite ? std::make_shared<StoreWriteGate>() : nullptr;
        SampleWriter writer(url, gate, 300);
        writer.start();

        // "Alarms": short transactions on their own connection and thread, through the urgent gate.
        std::atomic<bool> running{true};
        std::atomic<int> alarms{0};
        std::thread alarmThread([&] {
            auto adb = Database::open(url);
            adb->exec(u"CREATE TABLE IF NOT EXISTS alarm_probe (n INTEGER)"_s);
            while (running) {
                {
                    StoreWriteGate::Urgent hold(gate.get());
                    Transaction tx(*adb);
                    adb->exec(u"INSERT INTO alarm_probe (n) VALUES (?)"_s, {alarms.load()});
                    tx.commit();
                }
                ++alarms;
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });

        auto stopAlarms = qScopeGuard([&] { // also when a check below returns early
            running = false;
            if (alarmThread.joinable())
                alarmThread.join();
        });
        // The alarms are under way before the samples come: otherwise, on a loaded machine, the writer could
        // store everything before the alarm thread's first insert, and nothing would have had to go first.
        QTRY_VERIFY_WITH_TIMEOUT(alarms > 0, 60'000);

        const qint64 t0 = 1'800'000'000'000;
        const int total = 6000;
        for (int batch = 0; batch < 6; ++batch) {
            QList<StoredSample> s;
            for (int i = 0; i < total / 6; ++i) {
                const int n = batch * (total / 6) + i;
                s.append({u"T%1"_s.arg(n % 37), t0 + n, double(n), n % 11 != 0});
            }
            writer.enqueue(s);
            QVERIFY(s.isEmpty()); // taken
        }
        writer.stop(); // stores everything queued first
        stopAlarms.dismiss();
        running = false;
        alarmThread.join();

        const SampleWriterStats st = writer.stats();
        QCOMPARE(st.stored, qint64(total));
        QCOMPARE(st.pending, qint64(0));
        QCOMPARE(st.dropped, qint64(0));
        QCOMPARE(st.failures, qint64(0));
        QVERIFY(st.chunks >= total / 300);
        QVERIFY(alarms > 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts >= ?"_s, {t0}).toInt(), total);
        QCOMPARE(db->scalar(u"SELECT count(DISTINCT ts) FROM tag_samples WHERE ts >= ?"_s, {t0}).toInt(), total);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts >= ? AND good = 0"_s, {t0}).toInt(),
                 (total + 10) / 11);
        QCOMPARE(db->scalar(u"SELECT sum(value) FROM tag_samples WHERE ts >= ?"_s, {t0}).toDouble(),
                 double(total) * double(total - 1) / 2.0);
    }

    void transactionGivesWayAtStatementBoundary_data() { test::addBackendRows(); }
    void transactionGivesWayAtStatementBoundary()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        Schema::migrate(*db);
        const Clock &clock = processClock();
        ServiceContext ctx{*db, Actor::system(u"telemetry"_s), &clock};
        QList<StoredSample> s;
        for (int i = 0; i < 500; ++i)
            s.append({u"CH2.CO_ppm"_s, 1'900'000'000'000 + i, 1.0, true});
        int asked = 0;
        const qsizetype stored = TelemetryService(ctx).storeSamples(s, 50, [&] { return ++asked == 3; });
        QCOMPARE(stored, qsizetype(150)); // three statements of 50, then it yielded and committed them
        QCOMPARE(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts >= 1900000000000"_s).toInt(), 150);
        QCOMPARE(db->scalar(u"SELECT max(ts) FROM tag_samples WHERE ts >= 1900000000000"_s).toLongLong(), 1'900'000'000'149);
        QCOMPARE(TelemetryService(ctx).storeSamples(s.mid(150), 50, [] { return false; }), qsizetype(350));
        QCOMPARE(db->scalar(u"SELECT count(DISTINCT ts) FROM tag_samples WHERE ts >= 1900000000000"_s).toInt(), 500);
    }

    void urgentGoesBeforeWaitingBulk()
    {
        StoreWriteGate gate;
        gate.lockBulk(); // a sample transaction is running
        std::atomic<int> order{0};
        int bulkAt = 0, urgentAt = 0;
        std::thread bulk([&] {
            gate.lockBulk();
            bulkAt = ++order;
            gate.unlock();
        });
        std::thread urgent([&] {
            gate.lockUrgent();
            urgentAt = ++order;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            gate.unlock();
        });
        QTRY_VERIFY_WITH_TIMEOUT(gate.urgentWaiting(), 5000); // the running transaction would now yield
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the second sample chunk is waiting too
        gate.unlock();
        bulk.join();
        urgent.join();
        QCOMPARE(urgentAt, 1);
        QCOMPARE(bulkAt, 2);
        QVERIFY(!gate.urgentWaiting());
    }
};

QTEST_GUILESS_MAIN(TestSampleWriter)
#include "tst_sample_writer.moc"
