// SPDX-License-Identifier: Apache-2.0
// The MQTT connector against a real mosquitto broker: plain and JSON payloads become samples; malformed
// payloads, unknown tags, out-of-range values, out-of-order and duplicate timestamps are counted and
// marked bad (or dropped, for duplicates and unknown tags); a broker that disappears is reconnected with
// backoff; instructions are published on the command topic.
#include "MosquittoFixture.h"
#include "platform/plugins/PluginRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using gl::sdk::ConnectorState;
using gl::sdk::Sample;

class TestMqttConnector : public QObject {
    Q_OBJECT
private:
    gl::PluginRegistry m_registry;
    QMutex m_mutex;
    QList<Sample> m_got;

    QList<Sample> got()
    {
        QMutexLocker lock(&m_mutex);
        return m_got;
    }
    std::unique_ptr<gl::sdk::Connector> make(QObject *owner)
    {
        auto *f = m_registry.factory(u"mqtt"_s);
        if (!f)
            return {};
        return std::unique_ptr<gl::sdk::Connector>(f->create(owner, [this](const Sample &s) {
            QMutexLocker lock(&m_mutex);
            m_got << s;
        }));
    }
    static QJsonObject config(quint16 port)
    {
        return QJsonObject{
            {u"host"_s, u"127.0.0.1"_s},
            {u"port"_s, port},
            {u"reconnect"_s, QJsonObject{{u"min_s"_s, 1}, {u"max_s"_s, 2}}},
            {u"command_topic"_s, u"guardline/cmd/{target}"_s},
            {u"tags"_s, QJsonObject{{u"CH2.CO_ppm"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, 500}}},
                                    {u"CH2.FAN_HZ"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, 50}}},
                                    {u"TF.LEL_T101"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, 100}}}}},
            {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"plant/ch2/co"_s}, {u"tag"_s, u"CH2.CO_ppm"_s}},
                                       QJsonObject{{u"topic"_s, u"plant/json/#"_s}, {u"format"_s, u"json"_s}}}}};
    }
    static bool online(gl::sdk::Connector &c)
    {
        return c.state() == ConnectorState::Online || c.state() == ConnectorState::Degraded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!gl::test::Mosquitto::installed())
            QSKIP("mosquitto / mosquitto_pub not installed (apt install mosquitto mosquitto-clients)");
        m_registry.loadFolder(QStringLiteral(GUARDLINE_PLUGIN_DIR));
        QVERIFY2(m_registry.factory(u"mqtt"_s), "the mqtt plugin was not built or not loaded");
    }
    void init()
    {
        QMutexLocker lock(&m_mutex);
        m_got.clear();
    }

    void refusesBadConfigurations_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << QByteArray(R"({"mappings":[{"topic":"a","tag":"A"}]})") << u"field 'host'"_s;
        QTest::newRow("no mappings") << QByteArray(R"({"host":"h"})") << u"field 'mappings'"_s;
        QTest::newRow("bad filter") << QByteArray("{\"host\":\"h\",\"mappings\":[{\"topic\":\"a/\x23/b\",\"tag\":\"A\"}]}") // \x23: '#' confuses moc
                                    << u"field 'mappings[0].topic'"_s;
        QTest::newRow("plain without tag") << QByteArray(R"({"host":"h","mappings":[{"topic":"a"}]})")
                                           << u"field 'mappings[0].tag'"_s;
        QTest::newRow("bad format") << QByteArray(R"({"host":"h","mappings":[{"topic":"a","format":"xml"}]})")
                                    << u"field 'mappings[0].format'"_s;
        QTest::newRow("tls without ca") << QByteArray(R"({"host":"h","tls":{"insecure":true},"mappings":[{"topic":"a","tag":"A"}]})")
                                        << u"field 'tls'"_s;
        QTest::newRow("missing password env") << QByteArray(R"({"host":"h","password_env":"GL_NO_SUCH_VAR_42","mappings":[{"topic":"a","tag":"A"}]})")
                                              << u"GL_NO_SUCH_VAR_42"_s;
        QTest::newRow("unknown time zone") << QByteArray(R"({"host":"h","time_zone":"Mars/Olympus","mappings":[{"topic":"a","tag":"A"}]})")
                                           << u"field 'time_zone': unknown IANA time zone 'Mars/Olympus'"_s;
    }
    void refusesBadConfigurations()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QObject owner;
        auto c = make(&owner);
        const QString why = c->configure(QJsonDocument::fromJson(json).object());
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void deliversPlainAndJsonSamples()
    {
        gl::test::Mosquitto broker;
        QVERIFY(broker.start());
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(config(broker.port())), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 10000);
        QVERIFY(broker.publish(u"plant/ch2/co"_s, "12.5"));
        QVERIFY(broker.publish(u"plant/json/ch2"_s, R"({"tag":"CH2.FAN_HZ","ts":1767225600000,"value":45.5})"));
        QVERIFY(broker.publish(u"plant/json/tf"_s,
                               R"([{"tag":"TF.LEL_T101","ts":"2026-01-01T08:00:01.000+08:00","value":3},)"
                               R"({"tag":"TF.LEL_T101","ts":"2026-01-01T08:00:02.000+08:00","value":"4.5"}])"));
        QTRY_COMPARE_WITH_TIMEOUT(got().size(), 4, 10000);
        const QList<Sample> s = got();
        QCOMPARE(s[0].tag, u"CH2.CO_ppm"_s);
        QCOMPARE(s[0].value, 12.5);
        QVERIFY(s[0].good);
        QVERIFY(qAbs(s[0].timestampMs - QDateTime::currentMSecsSinceEpoch()) < 60000); // plain: time of receipt
        QCOMPARE(s[1].tag, u"CH2.FAN_HZ"_s);
        QCOMPARE(s[1].timestampMs, 1767225600000);
        QCOMPARE(s[1].value, 45.5);
        QCOMPARE(s[2].timestampMs, 1767225601000);
        QCOMPARE(s[3].value, 4.5);
        QVERIFY(s[3].good);
        const QJsonObject h = c->health();
        QCOMPARE(h.value(u"received"_s).toInt(), 3);
        QCOMPARE(h.value(u"delivered"_s).toInt(), 4);
        QCOMPARE(h.value(u"state"_s).toString(), u"online"_s);
        QCOMPARE(h.value(u"connects"_s).toInt(), 1);
        c->stop();
        QCOMPARE(c->state(), ConnectorState::Offline);
    }

    void readsTimesWithTheCoreParser()
    {
        // A time without an offset is read in the configured zone (the host passes the site's), and a time
        // the core parser refuses makes the sample bad, with the parser's reason in last_error.
        gl::test::Mosquitto broker;
        QVERIFY(broker.start());
        QObject owner;
        auto c = make(&owner);
        QJsonObject cfg = config(broker.port());
        cfg.insert(u"time_zone"_s, u"Europe/Berlin"_s);
        QCOMPARE(c->configure(cfg), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 10000);
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"TF.LEL_T101","ts":"2026-07-14T10:00:00","value":3})")); // 08:00Z in summer
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":"2026-02-29T10:00:00Z","value":4})"));
        QTRY_COMPARE_WITH_TIMEOUT(got().size(), 2, 10000);
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.CO_ppm","ts":1767225600000.5,"value":5})"));
        QTRY_COMPARE_WITH_TIMEOUT(got().size(), 3, 10000);
        const QList<Sample> s = got();
        QVERIFY(s[0].good);
        QCOMPARE(s[0].timestampMs, QDateTime(QDate(2026, 7, 14), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!s[1].good);
        QVERIFY(!s[2].good);
        const QJsonObject h = c->health();
        QCOMPARE(h.value(u"bad_payload"_s).toInt(), 2);
        QVERIFY2(h.value(u"last_error"_s).toString().contains(u"field 'ts': 1767225600000.5: epoch milliseconds must be a whole number"_s),
                 qPrintable(h.value(u"last_error"_s).toString()));
    }

    void countsAndMarksBadData()
    {
        gl::test::Mosquitto broker;
        QVERIFY(broker.start());
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(config(broker.port())), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 10000);
        QVERIFY(broker.publish(u"plant/ch2/co"_s, "n/a"));                                               // bad payload → bad sample
        QVERIFY(broker.publish(u"plant/json/x"_s, "{not json"));                                          // bad payload, no tag
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"NO.SUCH_TAG","ts":1,"value":1})"));       // unknown tag → dropped
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":2000,"value":70})"));    // out of range → bad
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":3000,"value":40})"));    // good
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":3000,"value":41})"));    // duplicate → dropped
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":2500,"value":42})"));    // out of order → bad
        QVERIFY(broker.publish(u"plant/json/x"_s, R"({"tag":"CH2.FAN_HZ","ts":4000,"value":43,"quality":"bad"})")); // device says bad
        QTRY_COMPARE_WITH_TIMEOUT(c->health().value(u"received"_s).toInt(), 8, 10000);
        const QList<Sample> s = got();
        QCOMPARE(s.size(), 5);
        QCOMPARE(s[0].tag, u"CH2.CO_ppm"_s);
        QVERIFY(!s[0].good);
        QCOMPARE(s[1].value, 70.0);
        QVERIFY(!s[1].good);
        QCOMPARE(s[2].value, 40.0);
        QVERIFY(s[2].good);
        QCOMPARE(s[3].value, 42.0);
        QVERIFY(!s[3].good);
        QVERIFY(!s[4].good);
        const QJsonObject h = c->health();
        QCOMPARE(h.value(u"bad_payload"_s).toInt(), 3);
        QCOMPARE(h.value(u"unknown_tag"_s).toInt(), 1);
        QCOMPARE(h.value(u"out_of_range"_s).toInt(), 1);
        QCOMPARE(h.value(u"duplicate"_s).toInt(), 1);
        QCOMPARE(h.value(u"out_of_order"_s).toInt(), 1);
        QCOMPARE(h.value(u"state"_s).toString(), u"degraded"_s);
        QVERIFY(!h.value(u"last_error"_s).toString().isEmpty());
    }

    void reconnectsWhenTheBrokerComesBack()
    {
        const quint16 port = gl::test::freePort();
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(config(port)), QString());
        c->start(); // no broker yet: keeps trying, never crashes
        QTest::qWait(1500);
        QCOMPARE(c->state(), ConnectorState::Connecting);
        {
            gl::test::Mosquitto broker(port);
            QVERIFY(broker.start());
            QTRY_VERIFY2_WITH_TIMEOUT(online(*c), QJsonDocument(c->health()).toJson().constData(), 15000);
            QVERIFY(broker.publish(u"plant/ch2/co"_s, "20"));
            QTRY_COMPARE_WITH_TIMEOUT(got().size(), 1, 10000);
            broker.stop(); // the broker disappears
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), ConnectorState::Connecting, 10000);
            QVERIFY(c->health().value(u"last_error"_s).toString().contains(u"reconnecting"_s));
        }
        gl::test::Mosquitto again(port);
        QVERIFY(again.start());
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 15000);
        QVERIFY(again.publish(u"plant/ch2/co"_s, "21"));
        QTRY_COMPARE_WITH_TIMEOUT(got().size(), 2, 10000);
        QCOMPARE(got().last().value, 21.0);
        const QJsonObject h = c->health();
        QCOMPARE(h.value(u"reconnects"_s).toInt(), 1);
        QCOMPARE(h.value(u"disconnects"_s).toInt(), 1);
        c->stop();
    }

    void publishesCommands()
    {
        gl::test::Mosquitto broker;
        QVERIFY(broker.start());
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(config(broker.port())), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 10000);
        QProcess sub;
        broker.subscribe(sub, u"guardline/cmd/#"_s, 1);
        QTest::qWait(500); // let mosquitto_sub subscribe
        QCOMPARE(c->sendCommand(u"casting-house-2"_s, QJsonObject{{u"id"_s, 7}, {u"text"_s, u"HALT POUR"_s}}), QString());
        QVERIFY(sub.state() == QProcess::NotRunning || sub.waitForFinished(10000));
        const QByteArray out = sub.readAllStandardOutput();
        QVERIFY2(out.startsWith("guardline/cmd/casting-house-2 "), out.constData());
        QVERIFY2(out.contains("\"text\":\"HALT POUR\""), out.constData());
        QCOMPARE(c->health().value(u"commands_sent"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMqttConnector)
#include "tst_mqtt_connector.moc"
