// SPDX-License-Identifier: Apache-2.0
// Telemetry that can't be silenced (issue #15, CONTRACTS.md section 7): a live sample whose time is outside
// [now - 10 min, now + 60 s] is counted per tag and refused, never moving the pipeline's evaluation
// clock; before, one future-stamped sample moved the clock ahead and every later valid sample was skipped
// as "late" (no gas alarm until the wall clock caught up). The window is the site's setting.
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "TelemetryFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

const QByteArray kRules = R"({"rules": [
  {"id": "co-high", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 50}]},
  {"id": "fan-low", "severity": "medium", "all_of": [{"tag": "CH2.FAN_HZ", "op": "lt", "value": 10}]}
]})";

} // namespace

class TestSampleWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void futureSampleDoesNotSilence()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);
        QTemporaryDir dir;
        QFile seed(dir.path() + u"/rules.json"_s);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(kRules);
        seed.close();

        TelemetryOptions o;
        o.db = DbUrl::parse(t.url());
        o.defaultRulesFile = seed.fileName();
        TelemetryHost host(o);
        TelemetryPipeline *p = host.pipeline();
        QSignalSpy started(p, &TelemetryPipeline::started);
        TelemetryStatusPtr last;
        QObject receiver; // gone (with the status still queued for it) before `last` is
        QObject::connect(p, &TelemetryPipeline::statusReady, &receiver, [&last](const TelemetryStatusPtr &s) { last = s; });
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);

        auto alarms = [&](const QString &rule) {
            return db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = ?"_s, {rule}).toInt();
        };
        // A day ahead, near the end of qint64, an hour old: all refused, none alarms though each is 80 ppm.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        p->submit({u"CH2.CO_ppm"_s, t0 + 86'400'000, 80, true});
        p->submit({u"CH2.CO_ppm"_s, std::numeric_limits<qint64>::max() - 10, 80, true});
        p->submit({u"CH2.CO_ppm"_s, t0 - 3'600'000, 80, true});
        // 30 s ahead is within the window: accepted (stored), evaluated as of now.
        p->submit({u"CH2.CO_ppm"_s, t0 + 30'000, 10, true});
        QTest::qWait(1500);
        QCOMPARE(alarms(u"co-high"_s), 0);

        // Later valid samples of any tag still alarm at once (the old pipeline skipped them as late).
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
        p->submit({u"CH2.FAN_HZ"_s, t1, 5, true});
        QTRY_COMPARE_WITH_TIMEOUT(alarms(u"fan-low"_s), 1, 10000);
        QVERIFY(db->scalar(u"SELECT raised_at FROM alarms WHERE rule_id = 'fan-low'"_s).toLongLong() <= t1);
        p->submit({u"CH2.CO_ppm"_s, t1 + 500, 80, true});
        QTRY_COMPARE_WITH_TIMEOUT(alarms(u"co-high"_s), 1, 10000);
        QVERIFY(db->scalar(u"SELECT raised_at FROM alarms WHERE rule_id = 'co-high'"_s).toLongLong() <= t1 + 500);

        QTRY_VERIFY_WITH_TIMEOUT(last && last->outOfWindow == 3, 10000);
        QCOMPARE(last->refusedByTag.value(u"CH2.CO_ppm"_s), 3);
        QCOMPARE(last->refusedByTag.value(u"CH2.FAN_HZ"_s), 0);
        QCOMPARE(last->late, 0);
        QCOMPARE(last->samplePastMs, 600'000);
        QCOMPARE(last->sampleFutureMs, 60'000);
        // Refused samples are not stored; the one within the window is.
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE tag = 'CH2.CO_ppm' AND ts = ?"_s, {t0 + 30'000}).toInt(), 1, 10000);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts > ? OR ts < ?"_s, {t0 + 60'000, t0 - 600'000}).toInt(), 0);
        host.stop();
    }

    void siteSetsTheWindow()
    {
        // telemetry_settings (schema step 13): the site's accepted window, here 5 s back and 1 s ahead.
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);
        db->exec(u"INSERT INTO telemetry_settings (key, value, updated_at) VALUES ('sample_past_s', '5', ?), ('sample_future_s', '1', ?)"_s,
                 {now, now});
        QTemporaryDir dir;
        QFile seed(dir.path() + u"/rules.json"_s);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(kRules);
        seed.close();
        TelemetryOptions o;
        o.db = DbUrl::parse(t.url());
        o.defaultRulesFile = seed.fileName();
        TelemetryHost host(o);
        TelemetryPipeline *p = host.pipeline();
        QSignalSpy started(p, &TelemetryPipeline::started);
        TelemetryStatusPtr last;
        QObject receiver; // gone (with the status still queued for it) before `last` is
        QObject::connect(p, &TelemetryPipeline::statusReady, &receiver, [&last](const TelemetryStatusPtr &s) { last = s; });
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        p->submit({u"CH2.FAN_HZ"_s, t0 - 60'000, 5, true}); // a minute old: outside this site's 5 s
        p->submit({u"CH2.FAN_HZ"_s, t0 + 20'000, 5, true}); // 20 s ahead: outside its 1 s
        QTRY_VERIFY_WITH_TIMEOUT(last && last->outOfWindow == 2, 10000);
        QCOMPARE(last->samplePastMs, 5'000);
        QCOMPARE(last->sampleFutureMs, 1'000);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'fan-low'"_s).toInt(), 0);
        host.stop();
    }
};

QTEST_GUILESS_MAIN(TestSampleWindow)
#include "tst_sample_window.moc"
