// SPDX-License-Identifier: Apache-2.0
// The live pipeline switches to newly saved rules without a restart (both backends): asked at once
// (reloadRules queued onto its thread, as the rules editor does) or by its watch (a version saved
// elsewhere). A sample after the switch alarms at the new threshold; the new engine is warmed up from
// the stored samples (a rise window spanning the switch); alarms of a rule still raised are kept, those
// of a removed rule return to normal, a rule already true raises at once.
#include "modules/telemetry/logic/RuleSetService.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "TelemetryFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

const QByteArray kV1 = R"({"rules": [
  {"id": "co-high", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 50}]},
  {"id": "fan-low", "severity": "medium", "all_of": [{"tag": "CH2.FAN_HZ", "op": "lt", "value": 10}]}
]})";
const QByteArray kV2 = R"({"rules": [
  {"id": "co-high", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 20}]},
  {"id": "co-rise", "severity": "medium", "all_of": [{"tag": "CH2.CO_ppm", "op": "rise", "by": 12, "window_s": 60}]}
]})";
const QByteArray kV3 = R"({"rules": [
  {"id": "co-high", "severity": "critical", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 20}]},
  {"id": "co-any", "severity": "low", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 5}]}
]})";

} // namespace

class TestRulesReload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void switchWithoutRestart_data() { test::addBackendRows(); }
    void switchWithoutRestart()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);
        QTemporaryDir dir;
        QFile seed(dir.path() + u"/rules.json"_s);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(kV1);
        seed.close();

        TelemetryOptions o;
        o.db = DbUrl::parse(t.url());
        o.defaultRulesFile = seed.fileName();
        o.clockLagMs = 600'000; // the clock tick never runs ahead of the samples below
        TelemetryHost host(o);
        TelemetryPipeline *p = host.pipeline();
        QSignalSpy started(p, &TelemetryPipeline::started);
        QSignalSpy reloaded(p, &TelemetryPipeline::rulesReloaded);
        QSignalSpy failed(p, &TelemetryPipeline::failed);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QCOMPARE(started.first().at(0).toInt(), 1);
        QCOMPARE(started.first().at(1).toInt(), 2);

        auto alarms = [&](const QString &rule) {
            return db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = ?"_s, {rule}).toInt();
        };
        auto state = [&](const QString &rule) {
            return db->scalar(u"SELECT state FROM alarms WHERE rule_id = ? ORDER BY id DESC LIMIT 1"_s, {rule}).toString();
        };
        const qint64 t0 = now - 60'000;
        p->submit({u"CH2.CO_ppm"_s, t0, 10, true});
        p->submit({u"CH2.FAN_HZ"_s, t0, 40, true});
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts = ?"_s, {t0}).toInt(), 2, 10000);

        // The editor saves version 2 (CO threshold 50 → 20, a rise rule added, the fan rule removed)
        // and asks the pipeline to switch, queued onto its thread.
        ManualClock clock(now);
        ServiceContext ehs{*db, UserService::actorFor(*db, u"demo.ehs"_s), &clock};
        QCOMPARE(RuleSetService(ehs).save(kV2, u"CO 1st alarm at 20 ppm"_s), 2);
        QMetaObject::invokeMethod(p, &TelemetryPipeline::reloadRules, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(reloaded.first().at(0).toInt(), 2);
        QCOMPARE(reloaded.first().at(1).toInt(), 2);
        QCOMPARE(alarms(u"co-high"_s), 0); // 10 ppm: below either threshold

        // 25 ppm after the switch: alarms at the new level (version 1 would not: 25 < 50), and the rise
        // of 15 ppm over the sample before the switch (the warm-up) raises co-rise.
        p->submit({u"CH2.CO_ppm"_s, t0 + 20'000, 25, true});
        QTRY_COMPARE_WITH_TIMEOUT(alarms(u"co-high"_s), 1, 10000);
        QCOMPARE(db->scalar(u"SELECT raised_at FROM alarms WHERE rule_id = 'co-high'"_s).toLongLong(), t0 + 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(alarms(u"co-rise"_s), 1, 5000);
        QCOMPARE(state(u"co-high"_s), u"unacknowledged"_s);

        // Version 3 saved elsewhere (no explicit reload): the pipeline's watch picks it up. co-high is still
        // raised → its alarm stays open, not raised twice; co-rise is gone → returned; co-any is already
        // true → raised at once.
        QCOMPARE(RuleSetService(ehs).save(kV3, u"from another workstation"_s), 3);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 15000);
        QCOMPARE(reloaded.at(1).at(0).toInt(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(state(u"co-rise"_s), u"returned"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(alarms(u"co-any"_s), 1, 5000);
        QCOMPARE(alarms(u"co-high"_s), 1);
        QCOMPARE(state(u"co-high"_s), u"unacknowledged"_s);

        // ...and the kept alarm clears through the new engine when CO falls.
        p->submit({u"CH2.CO_ppm"_s, t0 + 30'000, 8, true});
        QTRY_COMPARE_WITH_TIMEOUT(state(u"co-high"_s), u"returned"_s, 10000);
        QCOMPARE(state(u"co-any"_s), u"unacknowledged"_s); // 8 > 5: still raised
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        // A version the parser refuses (written around the service) is reported once; the rules stay.
        db->exec(u"INSERT INTO rule_sets (version, content, comment, created_at, created_by) VALUES (4, '{\"rules\": 1}', 'x', 0, 'test')"_s);
        QMetaObject::invokeMethod(p, &TelemetryPipeline::reloadRules, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(u"version 3 stays in force"_s));
        QMetaObject::invokeMethod(p, &TelemetryPipeline::reloadRules, Qt::QueuedConnection);
        QTest::qWait(300);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(reloaded.size(), 2);
        host.stop();
    }
};

QTEST_GUILESS_MAIN(TestRulesReload)
#include "tst_rules_reload.moc"
