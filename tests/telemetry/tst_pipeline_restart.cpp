// SPDX-License-Identifier: Apache-2.0
// A restarted (failed-over) pipeline raises each condition's alarm once (issue #15 "alarms raised during and after
// a failover: each exactly once", CONTRACTS.md section 7), on both backends. Alarms are committed ahead of the
// samples that raise or clear them, so a SIGKILL of the active server can leave an alarm returned to normal while
// the sample that ended its condition is not stored: the store's newest sample still shows the condition. Before,
// the next server warmed its engine up from those samples, found the rule raised with no alarm open and raised a
// second alarm for the condition that had already ended (bench/failover/bench_failover found it: about one
// failover in two). Now such a rule waits for the live samples: false, nothing happens; true on this run's own
// samples (the condition came back), one new alarm at that sample.
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "TelemetryFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

const QByteArray kRules = R"({"rules": [
  {"id": "co-restart", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 20}]}
]})";

/// The telemetry site in the store and this test's rule as the seed: the pipeline's options.
TelemetryOptions prepare(const test::TestDb &t, Database &db, const QTemporaryDir &dir)
{
    test::loadTelemetrySite(db, QDateTime::currentMSecsSinceEpoch());
    QFile seed(dir.path() + u"/rules.json"_s);
    if (!seed.open(QIODevice::WriteOnly) || seed.write(kRules) != kRules.size())
        qFatal("cannot write %s", qPrintable(seed.fileName()));
    TelemetryOptions o;
    o.db = DbUrl::parse(t.url());
    o.defaultRulesFile = seed.fileName();
    return o;
}

/// What each test starts from, on the row's backend: the store with the telemetry site and this test's rule as
/// the seed, the pipeline's options, and the rule's alarms counted. open() after GL_REQUIRE_BACKEND(t).
struct RestartStore {
    explicit RestartStore(Backend backend) : t(backend) {}
    void open()
    {
        db = t.open();
        o = prepare(t, *db, dir);
    }
    int count() const { return db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'co-restart'"_s).toInt(); }

    test::TestDb t;
    std::unique_ptr<Database> db;
    QTemporaryDir dir;
    TelemetryOptions o;
};

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

class TestPipelineRestart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clearNotStoredIsNotRaisedAgain_data() { test::addBackendRows(); }
    void clearNotStoredIsNotRaisedAgain()
    {
        QFETCH(Backend, backend);
        RestartStore s(backend);
        GL_REQUIRE_BACKEND(s.t);
        s.open();
        auto newest = [&](const char *column) {
            return s.db->scalar(u"SELECT %1 FROM alarms WHERE rule_id = 'co-restart' ORDER BY id DESC LIMIT 1"_s.arg(QLatin1StringView(column)));
        };
        // A run of the pipeline; `body` feeds it. Stopped as a SIGKILL leaves the store: the samples from
        // `lostFrom` on (those that ended the condition) are not stored, the alarms committed ahead of them are.
        auto run = [&](const std::function<void(TelemetryPipeline *)> &body, qint64 *lostFrom) {
            TelemetryHost host(s.o);
            QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
            host.start();
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
            body(host.pipeline());
            host.stop();
            if (lostFrom)
                s.db->exec(u"DELETE FROM tag_samples WHERE tag = 'CH2.CO_ppm' AND ts >= ?"_s, {*lostFrom});
        };

        // Run 1: CO above 20 ppm raises the alarm, below returns it to normal; killed before the low sample was stored.
        qint64 low1 = 0;
        run([&](TelemetryPipeline *p) {
            p->submit({u"CH2.CO_ppm"_s, now(), 25, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.count(), 1, 10000);
            QTest::qWait(300);
            low1 = now();
            p->submit({u"CH2.CO_ppm"_s, low1, 10, true});
            QTRY_COMPARE_WITH_TIMEOUT(newest("state").toString(), u"returned"_s, 10000);
        }, &low1);
        QVERIFY(low1 > 0);
        QCOMPARE(s.db->scalar(u"SELECT value FROM tag_samples WHERE tag = 'CH2.CO_ppm' ORDER BY ts DESC LIMIT 1"_s).toDouble(), 25.0);
        QTest::qWait(2500); // the samples are older than the clock tick's lag: the next run warms up from them

        // Run 2 (the standby taking over): the stored samples still show 25 ppm, but that condition's alarm has
        // returned to normal: not raised again. CO back above 20 on the live feed is a new condition: one alarm.
        qint64 low2 = 0;
        run([&](TelemetryPipeline *p) {
            QTest::qWait(2000); // several clock ticks
            QCOMPARE(s.count(), 1);
            const qint64 high = now();
            p->submit({u"CH2.CO_ppm"_s, high, 26, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.count(), 2, 10000);
            QCOMPARE(newest("raised_at").toLongLong(), high);
            QTest::qWait(300);
            low2 = now();
            p->submit({u"CH2.CO_ppm"_s, low2, 9, true});
            QTRY_COMPARE_WITH_TIMEOUT(newest("state").toString(), u"returned"_s, 10000);
        }, &low2);
        QVERIFY(low2 > 0);
        QTest::qWait(2500);

        // Run 3: the same, but the live feed first shows CO low (the condition is over: nothing), then high (one alarm).
        run([&](TelemetryPipeline *p) {
            QTest::qWait(1500);
            p->submit({u"CH2.CO_ppm"_s, now(), 8, true});
            QTest::qWait(1500);
            QCOMPARE(s.count(), 2);
            const qint64 high = now();
            p->submit({u"CH2.CO_ppm"_s, high, 30, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.count(), 3, 10000);
            QCOMPARE(newest("raised_at").toLongLong(), high);
            QTest::qWait(1000);
            QCOMPARE(s.count(), 3);
        }, nullptr);

        // Each alarm raised once, with its one alarm.raise entry; never two open at once.
        QCOMPARE(s.db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.raise' AND object_id IN "
                            "(SELECT CAST(id AS TEXT) FROM alarms WHERE rule_id = 'co-restart')"_s).toInt(), 3);
        QCOMPARE(s.db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'co-restart' AND cleared_at IS NULL"_s).toInt(), 1);
    }

    /// The store can miss a condition's start: a run raised the alarm and was killed before that sample was
    /// stored, and no service received the samples while the next one started. The next run carried the alarm
    /// on and returned it to normal, killed in its turn before the low sample was stored. The stored samples
    /// then show the condition true from a later sample than the alarm's; that alarm is still this condition's
    /// (it was active then), so the next run does not raise another (tst_server_crash at 15 kill points found it).
    void conditionWhoseStartTheStoreMissesIsNotRaisedAgain_data() { test::addBackendRows(); }
    void conditionWhoseStartTheStoreMissesIsNotRaisedAgain()
    {
        QFETCH(Backend, backend);
        RestartStore s(backend);
        GL_REQUIRE_BACKEND(s.t);
        s.open();

        qint64 high0 = 0, high1 = 0, low = 0;
        {
            TelemetryHost host(s.o);
            QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
            host.start();
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
            TelemetryPipeline *p = host.pipeline();
            high0 = now();
            p->submit({u"CH2.CO_ppm"_s, high0, 25, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.count(), 1, 10000);
            QTest::qWait(300);
            high1 = now();
            p->submit({u"CH2.CO_ppm"_s, high1, 26, true});
            QTest::qWait(300);
            low = now();
            p->submit({u"CH2.CO_ppm"_s, low, 10, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.db->scalar(u"SELECT state FROM alarms WHERE rule_id = 'co-restart'"_s).toString(), u"returned"_s, 10000);
            host.stop();
        }
        // What the kills left: the alarm (raised at high0, returned to normal at low), and of the samples only high1.
        s.db->exec(u"DELETE FROM tag_samples WHERE tag = 'CH2.CO_ppm' AND (ts < ? OR ts >= ?)"_s, {high1, low});
        QCOMPARE(s.db->scalar(u"SELECT count(*) FROM tag_samples WHERE tag = 'CH2.CO_ppm'"_s).toInt(), 1);
        QCOMPARE(s.db->scalar(u"SELECT raised_at FROM alarms WHERE rule_id = 'co-restart'"_s).toLongLong(), high0);
        QTest::qWait(2500); // older than the clock tick's lag: the next run warms up from them

        TelemetryHost host(s.o);
        QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QTest::qWait(2000); // several clock ticks
        QCOMPARE(s.count(), 1);
        host.pipeline()->submit({u"CH2.CO_ppm"_s, now(), 9, true}); // the live feed: the condition is over
        QTest::qWait(1500);
        QCOMPARE(s.count(), 1);
        host.stop();
        QCOMPARE(s.db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'co-restart' AND cleared_at IS NULL"_s).toInt(), 0);
    }

    /// An alarm left open by a killed run waits for this run's samples of its tags; a late sample (older than
    /// what the rules already evaluated: stored, not evaluated) is not one of them. Before, it counted as
    /// "reported", the engine (warmed up from stored samples that predate the condition) said false, the open
    /// alarm returned to normal, and the next live sample raised the same condition again.
    void lateSampleDoesNotEndAResumedAlarm_data() { test::addBackendRows(); }
    void lateSampleDoesNotEndAResumedAlarm()
    {
        QFETCH(Backend, backend);
        RestartStore s(backend);
        GL_REQUIRE_BACKEND(s.t);
        s.open();
        auto open = [&] { return s.db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'co-restart' AND cleared_at IS NULL"_s).toInt(); };

        // Run 1: CO low, then high: the alarm is raised and stays open; killed before the high sample was stored.
        qint64 high1 = 0;
        {
            TelemetryHost host(s.o);
            QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
            host.start();
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
            host.pipeline()->submit({u"CH2.CO_ppm"_s, now(), 10, true});
            QTest::qWait(600);
            high1 = now();
            host.pipeline()->submit({u"CH2.CO_ppm"_s, high1, 25, true});
            QTRY_COMPARE_WITH_TIMEOUT(s.count(), 1, 10000);
            host.stop();
        }
        s.db->exec(u"DELETE FROM tag_samples WHERE tag = 'CH2.CO_ppm' AND ts >= ?"_s, {high1});
        QCOMPARE(open(), 1);
        QTest::qWait(2500); // the stored samples are older than the tick's lag: the next run warms up from them (low)

        // Run 2: a late sample of the tag arrives first (older than the rules' clock), then the live feed, still high.
        TelemetryHost host(s.o);
        QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QTest::qWait(1200); // clock ticks: the rules have evaluated up to now - 2 s
        host.pipeline()->submit({u"CH2.CO_ppm"_s, now() - 5000, 24, true});
        QTest::qWait(1500);
        QCOMPARE(open(), 1); // not returned to normal on a sample the rules did not evaluate
        host.pipeline()->submit({u"CH2.CO_ppm"_s, now(), 26, true});
        QTest::qWait(1500);
        QCOMPARE(s.count(), 1); // the condition's alarm carried on, not raised again
        QCOMPARE(open(), 1);
        host.stop();
    }
};

QTEST_GUILESS_MAIN(TestPipelineRestart)
#include "tst_pipeline_restart.moc"
