// SPDX-License-Identifier: Apache-2.0
// The Modbus TCP connector plugin against a real Modbus TCP server (tests/telemetry/modbus_server, Qt
// SerialBus's QModbusTcpServer in its own process): types, word order and scaling; block reads (checked
// on the server's request trace); an illegal address answered with an exception (counted, marked bad,
// the other tags still good); a PLC that hangs (timeouts counted, bad samples) and one that is killed
// (offline, bad sample at the loss) and started again (online by itself); instructions written to a coil;
// and end to end: a connectors.json with a modbus-tcp connector feeding the telemetry pipeline raises the
// casting-house HALT POUR alarm, whose instruction comes back to the PLC as a coil write.
#include "ModbusServerFixture.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/plugins/PluginRegistry.h"
#include "TelemetryFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using gl::sdk::ConnectorState;
using gl::sdk::Sample;

namespace {

QList<int> f32Words(float f, bool little)
{
    const quint32 bits = std::bit_cast<quint32>(f);
    const int hi = int(bits >> 16), lo = int(bits & 0xffff);
    return little ? QList<int>{lo, hi} : QList<int>{hi, lo};
}

QJsonObject reg(const char *tag, const char *table, int address, const char *type = nullptr)
{
    QJsonObject o{{u"tag"_s, QString::fromLatin1(tag)}, {u"table"_s, QString::fromLatin1(table)}, {u"address"_s, address}};
    if (type)
        o.insert(u"type"_s, QString::fromLatin1(type));
    return o;
}

QJsonObject with(QJsonObject o, std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    for (const auto &[k, v] : fields)
        o.insert(QString::fromLatin1(k), v);
    return o;
}

} // namespace

class TestModbusConnector : public QObject {
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
    QList<Sample> samplesOf(const QString &tag)
    {
        QList<Sample> out;
        for (const Sample &s : got())
            if (s.tag == tag)
                out << s;
        return out;
    }
    std::optional<Sample> last(const QString &tag)
    {
        const QList<Sample> all = samplesOf(tag);
        return all.isEmpty() ? std::nullopt : std::optional<Sample>(all.last());
    }
    std::unique_ptr<gl::sdk::Connector> make(QObject *owner)
    {
        auto *f = m_registry.factory(u"modbus-tcp"_s);
        if (!f)
            return {};
        return std::unique_ptr<gl::sdk::Connector>(f->create(owner, [this](const Sample &s) {
            QMutexLocker lock(&m_mutex);
            m_got << s;
        }));
    }
    static QJsonObject base(quint16 port, const QJsonArray &registers)
    {
        return QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, port}, {u"unit_id"_s, 1}, {u"timeout_ms"_s, 500},
                           {u"retries"_s, 0}, {u"poll_ms"_s, 100},
                           {u"reconnect"_s, QJsonObject{{u"min_s"_s, 0.2}, {u"max_s"_s, 1}}}, {u"registers"_s, registers}};
    }
    static bool online(gl::sdk::Connector &c)
    {
        return c.state() == ConnectorState::Online || c.state() == ConnectorState::Degraded;
    }
    static qint64 counter(gl::sdk::Connector &c, const char *name) { return c.health().value(QString::fromLatin1(name)).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.loadFolder(QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
        QVERIFY2(m_registry.factory(u"modbus-tcp"_s), "the modbus-tcp plugin was not built or not loaded");
        QVERIFY2(QFile::exists(gl::test::ModbusServer::program()), "tests/telemetry/modbus_server was not built");
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
        const QByteArray r = R"("registers":[{"tag":"A","address":0}])";
        QTest::newRow("no host") << QByteArray("{" + r + "}") << u"host: "_s;
        QTest::newRow("port") << QByteArray(R"({"host":"h","port":70000,)" + r + "}") << u"port: must be an integer 1..65535"_s;
        QTest::newRow("unit") << QByteArray(R"({"host":"h","unit_id":256,)" + r + "}") << u"unit_id: "_s;
        QTest::newRow("timeout") << QByteArray(R"({"host":"h","timeout_ms":"fast",)" + r + "}") << u"timeout_ms: "_s;
        QTest::newRow("reconnect") << QByteArray(R"({"host":"h","reconnect":{"min_s":5,"max_s":1},)" + r + "}") << u"reconnect: need"_s;
        QTest::newRow("no registers") << QByteArray(R"({"host":"h"})") << u"registers: at least one"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0,"scal":2}]})")
                                       << u"registers[0].scal: unknown field"_s;
        QTest::newRow("f64") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0},{"tag":"B","address":1},
            {"tag":"C","address":2},{"tag":"D","address":4,"type":"f64"}]})") << u"registers[3].type: unknown type 'f64'"_s;
        QTest::newRow("table") << QByteArray(R"({"host":"h","registers":[{"tag":"A","table":"holdings","address":0}]})")
                               << u"registers[0].table: unknown table 'holdings'"_s;
        QTest::newRow("coil type") << QByteArray(R"({"host":"h","registers":[{"tag":"A","table":"coil","address":0,"type":"f32"}]})")
                                   << u"registers[0].type: a coil is a single bit"_s;
        QTest::newRow("no address") << QByteArray(R"({"host":"h","registers":[{"tag":"A"}]})") << u"registers[0].address: "_s;
        QTest::newRow("32 bit past the end") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":65535,"type":"u32"}]})")
                                             << u"registers[0].address: a u32 at 65535 runs past"_s;
        QTest::newRow("word order") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0,"type":"f32","word_order":"middle"}]})")
                                    << u"registers[0].word_order: "_s;
        QTest::newRow("scale 0") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0,"scale":0}]})") << u"registers[0].scale: "_s;
        QTest::newRow("poll") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0,"poll_ms":1}]})") << u"registers[0].poll_ms: "_s;
        QTest::newRow("duplicate tag") << QByteArray(R"({"host":"h","registers":[{"tag":"A","address":0},{"tag":"A","address":1}]})")
                                       << u"registers[1].tag: 'A' is already mapped by registers[0]"_s;
        QTest::newRow("range") << QByteArray(R"({"host":"h","tags":{"A":{"min":5,"max":1}},)" + r + "}") << u"tags.A: min is above max"_s;
        QTest::newRow("command table") << QByteArray(R"({"host":"h",)" + r + R"(,"commands":{"ch2":{"table":"input","address":0,"value":1}}})")
                                       << u"commands.ch2.table: "_s;
        QTest::newRow("coil value") << QByteArray(R"({"host":"h",)" + r + R"(,"commands":{"ch2":[{"table":"coil","address":0,"value":2}]}})")
                                    << u"commands.ch2[0].value: must be an integer 0..1"_s;
    }
    void refusesBadConfigurations()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QObject owner;
        auto c = make(&owner);
        QVERIFY(c);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        const QString why = c->configure(doc.object());
        QVERIFY2(why.startsWith(expected), qPrintable(why));
        c->start(); // refused: never starts
        QCOMPARE(c->state(), ConnectorState::Offline);
    }

    void typesScalingWordOrderAndBlockReads()
    {
        QList<int> holding{1234, -5, 1, 4464, 31072, 65534};
        holding += f32Words(21.5f, false);
        holding += f32Words(-3.25f, true);
        holding << 9999;
        QString init;
        for (int i = 0; i < holding.size(); ++i)
            init += u"%1%2=%3"_s.arg(i ? u","_s : QString()).arg(i).arg(holding.at(i));
        gl::test::ModbusServer server({u"--trace"_s, u"--holding"_s, init + u",20=42"_s, u"--input"_s, u"0=400"_s,
                                       u"--coil"_s, u"3=1"_s, u"--discrete"_s, u"5=1"_s});
        QVERIFY(server.start());
        const QJsonArray regs{
            reg("T.U16", "holding", 0),
            with(reg("T.I16", "holding", 1, "i16"), {{"scale", 0.5}, {"offset", 10}}),
            reg("T.U32", "holding", 2, "u32"),
            with(reg("T.I32", "holding", 4, "i32"), {{"word_order", u"little"_s}}),
            reg("T.F32B", "holding", 6, "f32"),
            with(reg("T.F32L", "holding", 8, "f32"), {{"word_order", u"little"_s}}),
            reg("T.RANGE", "holding", 10),
            with(reg("T.SLOW", "holding", 20), {{"poll_ms", 700}}),
            with(reg("T.IN", "input", 0), {{"scale", 0.1}, {"offset", -10}}),
            reg("T.COIL", "coil", 3),
            reg("T.DI", "discrete", 5),
        };
        QJsonObject cfg = base(server.port(), regs);
        cfg.insert(u"tags"_s, QJsonObject{{u"T.RANGE"_s, QJsonObject{{u"min"_s, 0}, {u"max"_s, 500}}}});
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(cfg), QString());
        QCOMPARE(c->id(), u"modbus-tcp:127.0.0.1:%1/1"_s.arg(server.port()));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(last(u"T.SLOW"_s) && last(u"T.DI"_s) && last(u"T.F32L"_s), 5000);

        auto value = [&](const char *tag) { return last(QString::fromLatin1(tag))->value; };
        auto good = [&](const char *tag) { return last(QString::fromLatin1(tag))->good; };
        QCOMPARE(value("T.U16"), 1234.0);
        QCOMPARE(value("T.I16"), 7.5);        // -5 * 0.5 + 10
        QCOMPARE(value("T.U32"), 70000.0);    // words 0x0001 0x1170, big-endian word order
        QCOMPARE(value("T.I32"), -100000.0);  // low word first
        QCOMPARE(value("T.F32B"), 21.5);
        QCOMPARE(value("T.F32L"), -3.25);
        QCOMPARE(value("T.SLOW"), 42.0);
        QCOMPARE(value("T.IN"), 30.0);        // 400 * 0.1 - 10
        QCOMPARE(value("T.COIL"), 1.0);
        QCOMPARE(value("T.DI"), 1.0);
        for (const char *t : {"T.U16", "T.I16", "T.U32", "T.I32", "T.F32B", "T.F32L", "T.SLOW", "T.IN", "T.COIL", "T.DI"})
            QVERIFY2(good(t), t);
        QVERIFY(!good("T.RANGE"));             // 9999 > max 500: delivered, marked bad
        QCOMPARE(value("T.RANGE"), 9999.0);
        const Sample s = *last(u"T.U16"_s);
        QVERIFY(s.timestampMs >= before && s.timestampMs <= QDateTime::currentMSecsSinceEpoch()); // response time

        // A new value on the PLC shows up at the next poll.
        QVERIFY(server.set(u"holding"_s, 6, f32Words(-17.125f, false)));
        QTRY_COMPARE_WITH_TIMEOUT(value("T.F32B"), -17.125, 3000);

        // Block reads: 11 adjacent holding registers polled at 100 ms in one request; the 700 ms one,
        // the input register, the coil and the discrete input each in their own.
        const QJsonObject h = c->health();
        QCOMPARE(h.value(u"blocks"_s).toInt(), 5);
        QCOMPARE(h.value(u"tags"_s).toInt(), 11);
        QStringList reads;
        for (const QString &l : server.seen())
            if (l.startsWith(u"read "_s))
                reads << l;
        QVERIFY(reads.contains(u"read holding 0 11"_s));
        QVERIFY(reads.contains(u"read holding 20 1"_s));
        QVERIFY(reads.contains(u"read input 0 1"_s));
        QVERIFY(reads.contains(u"read coil 3 1"_s));
        QVERIFY(reads.contains(u"read discrete 5 1"_s));
        QCOMPARE(QSet<QString>(reads.begin(), reads.end()).size(), 5);
        QVERIFY(h.value(u"out_of_range"_s).toInteger() >= 1);
        QCOMPARE(h.value(u"exceptions"_s).toInteger(), 0);
        QCOMPARE(h.value(u"timeouts"_s).toInteger(), 0);
        QCOMPARE(h.value(u"connects"_s).toInteger(), 1);
        QCOMPARE(h.value(u"state"_s).toString(), u"degraded"_s); // the out-of-range value keeps it degraded
        QVERIFY(h.value(u"delivered"_s).toInteger() >= 11);
        QVERIFY(h.value(u"bad"_s).toInteger() >= 1);
        c->stop();
        QCOMPARE(c->state(), ConnectorState::Offline);
    }

    void illegalAddressIsAnExceptionOthersStayGood()
    {
        gl::test::ModbusServer server({u"--trace"_s, u"--size"_s, u"100"_s, u"--holding"_s, u"10=5,98=1,99=2"_s});
        QVERIFY(server.start());
        const QJsonArray regs{reg("H.10", "holding", 10), reg("H.98", "holding", 98), reg("H.99", "holding", 99),
                              reg("H.100", "holding", 100), reg("I.500", "input", 500)};
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(base(server.port(), regs)), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(samplesOf(u"H.100"_s).size() >= 3 && samplesOf(u"I.500"_s).size() >= 3
                                     && samplesOf(u"H.98"_s).size() >= 3, 5000);
        // The registers past the PLC's map are delivered bad, every poll: no silent gap.
        for (const Sample &s : samplesOf(u"H.100"_s))
            QVERIFY(!s.good);
        for (const Sample &s : samplesOf(u"I.500"_s))
            QVERIFY(!s.good);
        // Their neighbours are good: the failing block 98..100 was split, 98 and 99 never marked bad.
        for (const char *t : {"H.10", "H.98", "H.99"})
            for (const Sample &s : samplesOf(QString::fromLatin1(t)))
                QVERIFY2(s.good, t);
        QCOMPARE(last(u"H.98"_s)->value, 1.0);
        QCOMPARE(last(u"H.99"_s)->value, 2.0);
        QCOMPARE(last(u"H.10"_s)->value, 5.0);
        const QStringList seen = server.seen();
        QVERIFY(seen.contains(u"read holding 98 3"_s)); // the block as planned ...
        QVERIFY(seen.contains(u"read holding 98 1"_s)); // ... then register by register
        QVERIFY(seen.contains(u"read holding 100 1"_s));
        const QJsonObject h = c->health();
        QVERIFY(h.value(u"exceptions"_s).toInteger() >= 3);
        QVERIFY2(h.value(u"last_error"_s).toString().contains(u"illegal data address"_s), qPrintable(h.value(u"last_error"_s).toString()));
        QCOMPARE(h.value(u"state"_s).toString(), u"degraded"_s);
        QCOMPARE(h.value(u"disconnects"_s).toInteger(), 0); // an exception is an answer: the link stays
    }

    void hungPlcTimesOutWithBadSamples()
    {
        gl::test::ModbusServer server({u"--holding"_s, u"0=7"_s});
        QVERIFY(server.start());
        QJsonObject cfg = base(server.port(), QJsonArray{reg("P.A", "holding", 0)});
        cfg.insert(u"timeout_ms"_s, 200);
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(cfg), QString());
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(last(u"P.A"_s) && last(u"P.A"_s)->good, 5000);
        server.pause(); // the TCP link stays up, nothing answers
        const qint64 paused = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(counter(*c, "timeouts") >= 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(last(u"P.A"_s)->timestampMs > paused && !last(u"P.A"_s)->good, 3000);
        QVERIFY(c->health().value(u"last_error"_s).toString().contains(u"no answer"_s));
        server.resume();
        const qint64 resumed = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(last(u"P.A"_s)->timestampMs > resumed && last(u"P.A"_s)->good, 8000);
        QCOMPARE(last(u"P.A"_s)->value, 7.0);
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 3000);
    }

    void killedPlcGoesOfflineAndComesBack()
    {
        gl::test::ModbusServer server({u"--holding"_s, u"0=11"_s});
        QObject owner;
        auto c = make(&owner);
        QJsonObject cfg = base(server.port(), QJsonArray{reg("K.A", "holding", 0)});
        cfg.insert(u"commands"_s, QJsonObject{{u"casting-house-2"_s, QJsonObject{{u"table"_s, u"coil"_s}, {u"address"_s, 0}, {u"value"_s, 1}}}});
        QCOMPARE(c->configure(cfg), QString());
        // Not there at start: offline, the reason shown, retried with backoff.
        c->start();
        QTest::qWait(700);
        QVERIFY(!online(*c));
        QVERIFY2(c->health().value(u"last_error"_s).toString().contains(u"reconnecting"_s), qPrintable(c->health().value(u"last_error"_s).toString()));
        QVERIFY(c->sendCommand(u"casting-house-2"_s, {}).contains(u"not connected"_s));
        QVERIFY(got().isEmpty());
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(last(u"K.A"_s) && last(u"K.A"_s)->good, 3000);
        QCOMPARE(counter(*c, "connects"), 1);

        // Killed: offline within the timeout, one bad sample marks the start of the gap.
        const qint64 killed = QDateTime::currentMSecsSinceEpoch();
        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), ConnectorState::Offline, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!last(u"K.A"_s)->good && last(u"K.A"_s)->timestampMs >= killed, 2000);
        QCOMPARE(counter(*c, "disconnects"), 1);
        const qsizetype whileDown = samplesOf(u"K.A"_s).size();
        QTest::qWait(600);
        QCOMPARE(samplesOf(u"K.A"_s).size(), whileDown); // no made-up values while the PLC is away
        QVERIFY(c->sendCommand(u"casting-house-2"_s, {}).contains(u"not connected"_s));

        // Started again on the same port: back online by itself, good samples again.
        QVERIFY(server.start());
        const qint64 restarted = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(last(u"K.A"_s)->good && last(u"K.A"_s)->timestampMs >= restarted, 3000);
        QCOMPARE(counter(*c, "connects"), 2);
        QCOMPARE(counter(*c, "reconnects"), 1);
        QCOMPARE(last(u"K.A"_s)->value, 11.0);
        // Timestamps per tag strictly increase across the outage.
        const QList<Sample> all = samplesOf(u"K.A"_s);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i).timestampMs > all.at(i - 1).timestampMs);
        c->stop();
    }

    void sendCommandWritesThePlc()
    {
        gl::test::ModbusServer server({u"--size"_s, u"100"_s});
        QVERIFY(server.start());
        QJsonObject cfg = base(server.port(), QJsonArray{reg("C.A", "holding", 0)});
        cfg.insert(u"commands"_s,
                   QJsonObject{{u"casting-house-2"_s, QJsonObject{{u"table"_s, u"coil"_s}, {u"address"_s, 0}, {u"value"_s, 1}}},
                               {u"tank-farm"_s, QJsonArray{QJsonObject{{u"table"_s, u"holding"_s}, {u"address"_s, 7}, {u"value"_s, -2}},
                                                           QJsonObject{{u"table"_s, u"coil"_s}, {u"address"_s, 1}, {u"value"_s, true}}}},
                               {u"nowhere"_s, QJsonObject{{u"table"_s, u"coil"_s}, {u"address"_s, 5000}, {u"value"_s, 1}}}});
        QObject owner;
        auto c = make(&owner);
        QCOMPARE(c->configure(cfg), QString());
        QCOMPARE(c->sendCommand(u"casting-house-2"_s, {}), u"the connector is not started"_s);
        c->start();
        QTRY_VERIFY_WITH_TIMEOUT(online(*c), 5000);
        const QJsonObject cmd{{u"id"_s, 12}, {u"target"_s, u"casting-house-2"_s}, {u"text"_s, u"HALT POUR"_s}};
        QCOMPARE(c->sendCommand(u"casting-house-2"_s, cmd), QString());
        QVERIFY2(server.waitSeen(u"written coil 0 1"_s, 5000),
                 QByteArray(QJsonDocument(c->health()).toJson(QJsonDocument::Compact) + " " + server.seen().join(u" | "_s).toUtf8()).constData());
        QCOMPARE(c->sendCommand(u"tank-farm"_s, cmd), QString());
        QVERIFY(server.waitSeen(u"written holding 7 65534"_s, 5000));
        QVERIFY(server.waitSeen(u"written coil 1 1"_s, 5000));
        QTRY_COMPARE_WITH_TIMEOUT(counter(*c, "commands_confirmed"), 3, 3000);
        const QString why = c->sendCommand(u"electrolysis"_s, cmd);
        QVERIFY2(why.contains(u"'electrolysis'"_s), qPrintable(why));
        // A write the PLC refuses is counted and named.
        QCOMPARE(c->sendCommand(u"nowhere"_s, cmd), QString());
        QTRY_COMPARE_WITH_TIMEOUT(counter(*c, "commands_failed"), 1, 3000);
        QVERIFY(c->health().value(u"last_error"_s).toString().contains(u"command for 'nowhere'"_s));
        QCOMPARE(counter(*c, "commands_sent"), 4); // writes handed to the PLC link
    }

    void connectorsJsonToAlarmAndCoil_data() { gl::test::addBackendRows(); }
    void connectorsJsonToAlarmAndCoil()
    {
        using namespace gl;
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());

        // Casting house 2 behind a PLC: CO in ppm × 10 in holding 0, the exhaust fan in Hz × 10 in holding 1;
        // HALT POUR is coil 0.
        gl::test::ModbusServer server({u"--holding"_s, u"0=80,1=480"_s});
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"connectors.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(R"({"connectors": [{"kind": "modbus-tcp", "config": {
                "host": "127.0.0.1", "port": %1, "unit_id": 1, "timeout_ms": 500, "retries": 1,
                "reconnect": {"min_s": 1, "max_s": 5}, "poll_ms": 200,
                "tags": {"CH2.CO_ppm": {"min": 0, "max": 500}, "CH2.FAN_HZ": {"min": 0, "max": 50}},
                "registers": [
                  {"tag": "CH2.CO_ppm", "table": "holding", "address": 0, "type": "u16", "scale": 0.1},
                  {"tag": "CH2.FAN_HZ", "table": "holding", "address": 1, "type": "u16", "scale": 0.1}
                ],
                "commands": {"casting-house-2": {"table": "coil", "address": 0, "value": 1}}}}]})").arg(server.port()).toUtf8());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QVERIFY(doc.object().value(u"connectors"_s).isArray());

        TelemetryOptions o;
        o.db = DbUrl::parse(t.url());
        o.defaultRulesFile = QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json");
        o.pluginFolders = {QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")};
        o.connectors = doc.object().value(u"connectors"_s).toArray();
        TelemetryHost host(o);
        QSignalSpy started(host.pipeline(), &TelemetryPipeline::started);
        QSignalSpy status(host.pipeline(), &TelemetryPipeline::statusReady);
        QSignalSpy failed(host.pipeline(), &TelemetryPipeline::failed);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(started.first().at(2).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE tag = 'CH2.FAN_HZ' AND good = 1 AND value BETWEEN 47.99 AND 48.01"_s).toInt() >= 2, 10000);
        auto health = [&] { return status.last().first().value<TelemetryStatusPtr>()->connectors; };
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && health().size() == 1
                                     && health().first().second.value(u"state"_s).toString() == u"online"_s, 5000);
        QVERIFY(health().first().first.startsWith(u"modbus-tcp:127.0.0.1:"_s));
        QVERIFY(health().first().second.value(u"delivered"_s).toInteger() >= 4);

        // CO up by 62 ppm while the fan drops to 38 Hz: casting-co-fan raises HALT POUR ...
        const qint64 changed = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(server.set(u"holding"_s, 0, {700, 380}));
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'casting-co-fan' AND raised_at >= ?"_s,
                                            {changed}).toInt() == 1, 10000);
        const qint64 alarmId = db->scalar(u"SELECT id FROM alarms WHERE rule_id = 'casting-co-fan' AND raised_at >= ?"_s, {changed}).toLongLong();
        QCOMPARE(db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {alarmId}).toString(), u"unacknowledged"_s);
        // ... which the connector writes to the PLC's coil, recorded on the instruction.
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT sent_via FROM instructions i JOIN dispatch_orders o ON o.id = i.order_id "
                                            "WHERE o.alarm_id = ? AND i.text = 'HALT POUR'"_s, {alarmId}).toString().startsWith(u"modbus-tcp:"_s), 10000);
        QVERIFY(server.waitSeen(u"written coil 0 1"_s, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(db->scalar(u"SELECT count(*) FROM tag_samples WHERE tag = 'CH2.CO_ppm' AND good = 1 "
                                            "AND value BETWEEN 69.99 AND 70.01 AND ts >= ?"_s, {changed}).toInt() >= 1, 5000);
        host.stop();
    }
};

QTEST_GUILESS_MAIN(TestModbusConnector)
#include "tst_modbus_connector.moc"
