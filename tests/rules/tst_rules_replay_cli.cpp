// SPDX-License-Identifier: Apache-2.0
// guardlinectl rules replay, run as a process: output, exit codes, messages naming file and line.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRulesReplayCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void castingHouseJson();
    void castingHouseText();
    void defaultRulesRaiseHaltPour();
    void badSamples_data();
    void badSamples();
    void badRules();
    void timeWithoutOffsetIsUtc();
    void timesAtTheLimits();
    void usage_data();
    void usage();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out, err;
    };
    Result run(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
const QString kRules = QStringLiteral(GUARDLINE_TEST_DATA "/rules/casting-house.json");
const QString kSamples = QStringLiteral(GUARDLINE_TEST_DATA "/rules/casting-house.csv");
}

void TestRulesReplayCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRulesReplayCli::cleanup() { m_dir.reset(); }

TestRulesReplayCli::Result TestRulesReplayCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GUARDLINE_DB"_s, m_dir->filePath(u"unused.db"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestRulesReplayCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRulesReplayCli::castingHouseJson()
{
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, kRules, u"--samples"_s, kSamples, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out,
             QByteArray(R"({"samples":302,"alarms":[{"rule":"casting-co-fan","raised_at":"2026-01-14T10:02:13.000+08:00",)"
                        R"("cleared_at":null,"actions":[{"target":"casting-house-2","text":"HALT POUR","type":"instruction"}]}]})"
                        "\n"));
}

void TestRulesReplayCli::castingHouseText()
{
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, kRules, u"--samples"_s, kSamples});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("2026-01-14T10:02:13.000+08:00"), r.out.constData());
    QVERIFY2(r.out.contains("casting-co-fan"), r.out.constData());
    QVERIFY2(r.out.contains("HALT POUR"), r.out.constData());
}

void TestRulesReplayCli::defaultRulesRaiseHaltPour()
{
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s,
                          QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"), u"--samples"_s,
                          kSamples, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"samples"_s).toInt(), 302);
    bool found = false;
    for (const QJsonValue &v : doc.value(u"alarms"_s).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(u"rule"_s).toString() == u"casting-co-fan"_s) {
            QCOMPARE(a.value(u"raised_at"_s).toString(), u"2026-01-14T10:02:13.000+08:00"_s);
            found = true;
        }
    }
    QVERIFY2(found, r.out.constData());
}

void TestRulesReplayCli::badSamples_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray h = "timestamp,tag,value\r\n";
    QTest::newRow("non-numeric value") << h + "1768356000000,CH2.CO_ppm,20\r\n1768356001000,CH2.CO_ppm,n/a\r\n"
                                       << u"line 3: field 'value'"_s;
    QTest::newRow("row older than its predecessor")
        << h + "2026-01-14T10:00:05+08:00,CH2.CO_ppm,20\r\n2026-01-14T10:00:06+08:00,CH2.CO_ppm,20\r\n"
               "2026-01-14T10:00:04+08:00,CH2.FAN_HZ,50\r\n"
        << u"line 4: field 'timestamp'"_s;
    QTest::newRow("offset beyond +14:00") << h + "2026-01-14T10:00:05+14:30,CH2.CO_ppm,20\r\n"
                                          << u"line 2: field 'timestamp': '2026-01-14T10:00:05+14:30': offset +14:30"_s;
    QTest::newRow("29 February of a common year") << h + "2026-02-29T10:00:05+08:00,CH2.CO_ppm,20\r\n"
                                                  << u"line 2: field 'timestamp'"_s;
    // CONTRACTS.md section 7: a time outside the years 1970-9999 is refused (exit 2), not overflowed.
    QTest::newRow("year 1969") << h + "1969-12-31T23:59:59Z,CH2.CO_ppm,20\r\n"
                               << u"line 2: field 'timestamp': '1969-12-31T23:59:59Z': year 1969 is outside"_s;
    QTest::newRow("year 10000 in epoch ms") << h + "253402300800000,CH2.CO_ppm,20\r\n"
                                            << u"line 2: field 'timestamp': '253402300800000': epoch milliseconds outside"_s;
    QTest::newRow("epoch ms beyond 64 bits") << h + "99999999999999999999,CH2.CO_ppm,20\r\n"
                                             << u"line 2: field 'timestamp'"_s;
    QTest::newRow("negative epoch ms") << h + "-1,CH2.CO_ppm,20\r\n" << u"line 2: field 'timestamp'"_s;
    QTest::newRow("five-digit year") << h + "10000-01-01T00:00:00Z,CH2.CO_ppm,20\r\n"
                                     << u"line 2: field 'timestamp'"_s;
    QTest::newRow("missing field") << h + "1768356000000,CH2.CO_ppm\r\n" << u"line 2: expected 3 fields"_s;
    QTest::newRow("bad header") << QByteArray("ts;tag;value\n") << u"line 1: expected the header"_s;
    // Times outside the years 1970-9999 are refused at once (a time near INT64_MAX used to loop forever).
    QTest::newRow("time near INT64_MAX") << h + "1768356000000,CH2.CO_ppm,20\r\n9223372036854775000,CH2.CO_ppm,80\r\n"
                                         << u"line 3: field 'timestamp': '9223372036854775000': epoch milliseconds outside the years 1970-9999"_s;
    QTest::newRow("time before 1970") << h + "-5000,CH2.CO_ppm,20\r\n" << u"line 2: field 'timestamp': '-5000': epoch milliseconds outside the years 1970-9999"_s;
}

void TestRulesReplayCli::badSamples()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString path = write(u"bad.csv"_s, csv);
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, kRules, u"--samples"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(path + u": "_s + expected), qPrintable(err));
}

void TestRulesReplayCli::badRules()
{
    const QString path = write(u"rules.json"_s,
                               R"({"rules":[{"id":"co-high","severity":"high","all_of":[{"tag":"CH2.CO_ppm","op":"rise","window_s":60}]}]})");
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, path, u"--samples"_s, kSamples, u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path + u": rule 'co-high': all_of[0]: field 'by': missing"_s), qPrintable(err));
}

void TestRulesReplayCli::timeWithoutOffsetIsUtc()
{
    // No database, so no site: a time without an offset is UTC, and the alarm says so (docs/FORMATS.md).
    const QString rules = write(u"rules.json"_s, R"({"rules":[{"id":"co-high","severity":"high",)"
                                                 R"("all_of":[{"tag":"CH2.CO_ppm","op":"gt","value":100}],"actions":[]}]})");
    const QString samples = write(u"s.csv"_s, "timestamp,tag,value\n2026-01-14T10:00:00,CH2.CO_ppm,20\n"
                                              "2026-01-14 10:00:05.5,CH2.CO_ppm,120\n2026-01-14T18:00:06+08:00,CH2.CO_ppm,20\n");
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, rules, u"--samples"_s, samples, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject alarm = QJsonDocument::fromJson(r.out).object().value(u"alarms"_s).toArray().at(0).toObject();
    QCOMPARE(alarm.value(u"raised_at"_s).toString(), u"2026-01-14T10:00:05.500+00:00"_s);
    QCOMPARE(alarm.value(u"cleared_at"_s).toString(), u"2026-01-14T18:00:06.000+08:00"_s);
}

void TestRulesReplayCli::timesAtTheLimits()
{
    // The first and last instants of 1970-9999 are handled, and written back in their own offsets.
    const QString rules = write(u"rules.json"_s, R"({"rules":[{"id":"co-high","severity":"high",)"
                                                 R"("all_of":[{"tag":"CH2.CO_ppm","op":"gt","value":100}],"actions":[]}]})");
    const QString samples = write(u"s.csv"_s, "timestamp,tag,value\n0,CH2.CO_ppm,120\n"
                                              "1970-01-01T00:00:01Z,CH2.CO_ppm,20\n"
                                              "9999-12-31T23:59:59.998Z,CH2.CO_ppm,120\n"
                                              "9999-12-31T11:59:59.999-12:00,CH2.CO_ppm,20\n");
    const Result r = run({u"rules"_s, u"replay"_s, u"--rules"_s, rules, u"--samples"_s, samples, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray alarms = QJsonDocument::fromJson(r.out).object().value(u"alarms"_s).toArray();
    QCOMPARE(alarms.size(), 2);
    QCOMPARE(alarms.at(0).toObject().value(u"raised_at"_s).toString(), u"1970-01-01T00:00:00.000+00:00"_s);
    QCOMPARE(alarms.at(0).toObject().value(u"cleared_at"_s).toString(), u"1970-01-01T00:00:01.000Z"_s);
    QCOMPARE(alarms.at(1).toObject().value(u"raised_at"_s).toString(), u"9999-12-31T23:59:59.998Z"_s);
    QCOMPARE(alarms.at(1).toObject().value(u"cleared_at"_s).toString(), u"9999-12-31T11:59:59.999-12:00"_s);
}

void TestRulesReplayCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no samples") << QStringList{u"--rules"_s, kRules};
    QTest::newRow("unknown option") << QStringList{u"--rules"_s, kRules, u"--samples"_s, kSamples, u"--fast"_s};
    QTest::newRow("missing file") << QStringList{u"--rules"_s, kRules, u"--samples"_s, u"/nonexistent/s.csv"_s};
}

void TestRulesReplayCli::usage()
{
    QFETCH(QStringList, args);
    const Result r = run(QStringList{u"rules"_s, u"replay"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestRulesReplayCli)
#include "tst_rules_replay_cli.moc"
