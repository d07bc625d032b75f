// SPDX-License-Identifier: Apache-2.0
// The ingest pipeline end to end with a real mosquitto broker: mosquitto_pub → MQTT connector plugin →
// telemetry thread → samples stored (bad ones as bad) → live rules (the default GB/T 50493 + casting-house
// set, seeded as version 1) → alarm, dispatch order and HALT POUR instruction in the store → the
// instruction published on the line's command topic; return to normal; the demo simulator.
#include "../plugins/MosquittoFixture.h"
#include "demo/DemoTelemetry.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "TelemetryFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestTelemetryPipeline : public QObject {
    Q_OBJECT
    static QByteArray sample(const char *tag, qint64 ts, const QJsonValue &v)
    {
        return QJsonDocument(QJsonObject{{u"tag"_s, QString::fromLatin1(tag)}, {u"ts"_s, ts}, {u"value"_s, v}}).toJson(QJsonDocument::Compact);
    }

    static int defaultRuleCount()
    {
        QFile f(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
        return f.open(QIODevice::ReadOnly) ? int(rules::parseRules(f.readAll(), u"rules-default.json"_s).rules.size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::Mosquitto::installed())
            QSKIP("mosquitto / mosquitto_pub not installed");
    }

    void mqttToAlarmAndInstruction_data() { test::addBackendRows(); }
    void mqttToAlarmAndInstruction()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch()); // sensors, areas, users, on-duty roster
        const int alarmsBefore = db->scalar(u"SELECT count(*) FROM alarms"_s).toInt();

        test::Mosquitto broker;
        QVERIFY(broker.start());
        TelemetryOptions o;
        o.db = DbUrl::parse(t.url());
        o.defaultRulesFile = QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json");
        o.pluginFolders = {QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")};
        o.clockLagMs = 120'000; // the samples below carry times up to 50 s in the past
        o.connectors = QJsonArray{QJsonObject{
            {u"kind"_s, u"mqtt"_s},
            {u"config"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, broker.port()},
                                      {u"command_topic"_s, u"guardline/cmd/{target}"_s},
                                      {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"plant/#"_s}, {u"format"_s, u"json"_s}}}}}}}};
        TelemetryHost host(o);
        QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
        QSignalSpy raised(host.pipeline(), &TelemetryPipeline::alarmRaised);
        QSignalSpy status(host.pipeline(), &TelemetryPipeline::statusReady);
        QSignalSpy failed(host.pipeline(), &TelemetryPipeline::failed);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QCOMPARE(started.first().at(0).toInt(), 1);   // rules seeded as version 1
        QCOMPARE(started.first().at(1).toInt(), defaultRuleCount()); // the default rule set
        QCOMPARE(started.first().at(2).toInt(), 1);   // one connector
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'rules.save' AND actor = 'system:rules-seed'"_s).toInt(), 1);

        QProcess sub;
        broker.subscribe(sub, u"guardline/cmd/#"_s, 2); // the CO 2nd-level evacuation and the HALT POUR
        // Wait for the connector to be online (its health in the status), then for mosquitto_sub.
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().first().value<TelemetryStatusPtr>()->connectors.size() == 1
                                     && status.last().first().value<TelemetryStatusPtr>()->connectors.first().second
                                            .value(u"state"_s).toString() == u"online"_s, 15000);
        QTest::qWait(300);

        // Casting house 2: CO rises by 62 ppm in 30 s while the exhaust fan drops from 48 to 38 Hz.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 50'000;
        QVERIFY(broker.publish(u"plant/ch2"_s, "[" + sample("CH2.CO_ppm", t0, 8) + "," + sample("CH2.FAN_HZ", t0, 48) + "]"));
        QVERIFY(broker.publish(u"plant/ch2"_s, sample("CH2.CO_ppm", t0 + 10'000, 9)));
        QVERIFY(broker.publish(u"plant/ch2"_s, sample("CH2.CO_ppm", t0 + 20'000, 9.5)));
        QVERIFY(broker.publish(u"plant/ch2"_s, sample("CH2.CO_ppm", t0 + 25'000, u"n/a"_s))); // bad
        QVERIFY(broker.publish(u"plant/x"_s, sample("NO.SUCH_TAG", t0 + 26'000, 1)));                                           // unknown tag
        QVERIFY(broker.publish(u"plant/ch2"_s, "[" + sample("CH2.FAN_HZ", t0 + 30'000, 38) + "," + sample("CH2.CO_ppm", t0 + 30'000, 70) + "]"));

        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'casting-co-fan' AND raised_at = ?"_s,
                                            {t0 + 30'000}).toInt() == 1, 10000);
        const qint64 alarmId = db->scalar(u"SELECT id FROM alarms WHERE rule_id = 'casting-co-fan' AND raised_at = ?"_s, {t0 + 30'000}).toLongLong();
        QCOMPARE(db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {alarmId}).toString(), u"unacknowledged"_s);
        // ... its order assigned from the roster, its HALT POUR on the board and sent to the line.
        QCOMPARE(db->scalar(u"SELECT u.username FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.alarm_id = ?"_s,
                            {alarmId}).toString(), u"demo.supervisor.ch2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT sent_via FROM instructions i JOIN dispatch_orders o ON o.id = i.order_id "
                                            "WHERE o.alarm_id = ? AND i.text = 'HALT POUR'"_s, {alarmId}).toString().startsWith(u"mqtt:"_s), 10000);
        QVERIFY2(sub.state() == QProcess::NotRunning || sub.waitForFinished(10000), sub.readAllStandardError().constData());
        const QByteArray cmd = sub.readAllStandardOutput();
        QVERIFY2(cmd.startsWith("guardline/cmd/casting-house-2 ") && cmd.contains("\"text\":\"HALT POUR\""), cmd.constData());
        // CO > 35 ppm: the 2nd-level alarm too (GB/T 50493 two-level alarms).
        QCOMPARE(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'ch2-co-2nd' AND raised_at = ?"_s, {t0 + 30'000}).toInt(), 1);
        QVERIFY(raised.size() >= 2);

        // Every sample is stored, the bad one as bad; the unknown tag is counted, not stored.
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE ts >= ?"_s, {t0}).toInt(), 7, 10000);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM tag_samples WHERE good = 0 AND ts = ?"_s, {t0 + 25'000}).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(status.last().first().value<TelemetryStatusPtr>()->unknownTags == 1, 5000);
        const TelemetryStatusPtr st = status.last().first().value<TelemetryStatusPtr>();
        QCOMPARE(st->connectors.first().second.value(u"bad_payload"_s).toInt(), 1);

        // CO back down: the rule returns to normal → the unacknowledged alarm shows as returned.
        QVERIFY(broker.publish(u"plant/ch2"_s, "[" + sample("CH2.CO_ppm", t0 + 40'000, 8) + "," + sample("CH2.FAN_HZ", t0 + 40'000, 48) + "]"));
        QTRY_COMPARE_WITH_TIMEOUT(db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {alarmId}).toString(), u"returned"_s, 10000);
        QVERIFY(db->scalar(u"SELECT count(*) FROM alarms"_s).toInt() > alarmsBefore);

        // A dispatcher's instruction by hand (any workstation or guardlinectl stores it queued): the engine's
        // outbox sends it to the line within about a second and records how.
        QProcess sub2;
        broker.subscribe(sub2, u"guardline/cmd/#"_s, 1);
        QTest::qWait(300);
        const Clock &clock = processClock();
        ServiceContext dispatcher{*db, UserService::actorFor(*db, u"demo.dispatcher"_s), &clock};
        const qint64 manual = OperationsService(dispatcher).pushManualInstruction(u"casting-house-2"_s, u"halt_pour"_s,
                                                                                  u"caller reports a breakout"_s);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM instructions WHERE id = ? AND sent_at IS NULL"_s, {manual}).toInt(), 1); // queued
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT sent_via FROM instructions WHERE id = ?"_s, {manual}).toString().startsWith(u"mqtt:"_s),
                                 10000);
        QVERIFY(db->scalar(u"SELECT sent_at FROM instructions WHERE id = ?"_s, {manual}).toLongLong() > 0);
        QVERIFY2(sub2.state() == QProcess::NotRunning || sub2.waitForFinished(10000), sub2.readAllStandardError().constData());
        const QByteArray manualCmd = sub2.readAllStandardOutput();
        const QByteArray idField = "\"id\":" + QByteArray::number(manual);
        QVERIFY2(manualCmd.startsWith("guardline/cmd/casting-house-2 ") && manualCmd.contains("\"kind\":\"halt_pour\"")
                     && manualCmd.contains(idField),
                 manualCmd.constData());
        QTest::qWait(1500); // sent once: the outbox does not send it again
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'instruction.send' AND object_id = ?"_s,
                            {QString::number(manual)}).toInt(), 1);
        host.stop();
    }

    void demoSimulatorDrivesTheRules()
    {
        // The simulator's scripted incidents cross the default rules' thresholds at the planned times.
        TagInfo lel{u"TF.LEL_T101"_s, u"TF1"_s, {}, u"combustible_gas"_s, u"%LEL"_s, 0.0, 100.0};
        TagInfo co{u"CH2.CO_ppm"_s, u"CH2"_s, {}, u"toxic_gas"_s, u"ppm"_s, 0.0, 500.0};
        TagInfo fan{u"CH2.FAN_HZ"_s, u"CH2"_s, {}, u"frequency"_s, u"Hz"_s, 0.0, 50.0};
        QVERIFY(DemoTelemetry::baseline(lel, 10'000, 0) < 25);
        QVERIFY(DemoTelemetry::baseline(lel, 95'000, 0) > 25);  // 1st alarm (25 % LEL)
        QVERIFY(DemoTelemetry::baseline(lel, 95'000, 0) < 50);  // not the 2nd
        const double coRise = DemoTelemetry::baseline(co, 200'000, 1) - DemoTelemetry::baseline(co, 145'000, 1);
        const double fanDrop = 1 - DemoTelemetry::baseline(fan, 200'000, 1) / DemoTelemetry::baseline(fan, 140'000, 1);
        QVERIFY(coRise >= 50);
        QVERIFY(fanDrop >= 0.15);
        QCOMPARE(DemoTelemetry::baseline(co, 200'000, 0), DemoTelemetry::baseline(co, 0, 0)); // every other cycle only
    }
};

QTEST_GUILESS_MAIN(TestTelemetryPipeline)
#include "tst_telemetry_pipeline.moc"
