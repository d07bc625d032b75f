// SPDX-License-Identifier: Apache-2.0
// Rule loader, timestamps and the samples CSV reader.
#include "modules/telemetry/rules/Rule.h"
#include "modules/telemetry/rules/SampleCsvReader.h"
#include "platform/util/Error.h"
#include "platform/util/Timestamp.h"

#include <QBuffer>
#include <QJsonObject>
#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::rules;

class TestRulesInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsContractExample();
    void loadsDefaultRules();
    void rejectsBadRules_data();
    void rejectsBadRules();
    void timestamps_data();
    void timestamps();
    void badTimestamps_data();
    void badTimestamps();
    void readsCsvVariants();
    void rejectsBadCsv_data();
    void rejectsBadCsv();
    void streamsLargeFiles();
};

void TestRulesInput::loadsContractExample()
{
    const RuleSet set = loadRules(QStringLiteral(GUARDLINE_TEST_DATA "/rules/casting-house.json"));
    QCOMPARE(set.rules.size(), 1);
    const Rule &r = set.rules.first();
    QCOMPARE(r.id, u"casting-co-fan"_s);
    QCOMPARE(r.severity, Severity::Critical);
    QCOMPARE(r.forMs, 0);
    QCOMPARE(r.allOf.size(), 2);
    QCOMPARE(r.allOf.at(0).op, Op::Rise);
    QCOMPARE(r.allOf.at(0).by, 50.0);
    QCOMPARE(r.allOf.at(0).windowMs, 60000);
    QCOMPARE(r.allOf.at(1).op, Op::DropPct);
    QCOMPARE(r.allOf.at(1).tag, u"CH2.FAN_HZ"_s);
    QCOMPARE(r.actions.size(), 1);
    QCOMPARE(set.tags, (QStringList{u"CH2.CO_ppm"_s, u"CH2.FAN_HZ"_s}));
}

void TestRulesInput::loadsDefaultRules()
{
    const RuleSet set = loadRules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
    QVERIFY(set.rules.size() >= 8);
    bool castingHouse = false;
    for (const Rule &r : set.rules) {
        for (const QJsonValue &a : r.actions)
            castingHouse = castingHouse || a.toObject().value(u"text"_s).toString().contains(u"HALT POUR"_s);
    }
    QVERIFY(castingHouse);
    QVERIFY(set.tags.contains(u"CH2.CO_ppm"_s));
    QVERIFY(set.tags.contains(u"CH2.FAN_HZ"_s));
}

void TestRulesInput::rejectsBadRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto rule = [](const char *cond, const char *extra = "") -> QByteArray {
        return QByteArray(R"({"rules":[{"id":"r1","severity":"high",)") + extra + R"("all_of":[)" + cond + "]}]}";
    };
    QTest::newRow("unknown op") << rule(R"({"tag":"A","op":"between","value":1})")
                                << u"rules.json: rule 'r1': all_of[0]: field 'op': unknown op 'between'"_s;
    QTest::newRow("rise without by") << rule(R"({"tag":"A","op":"rise","window_s":60})")
                                     << u"rule 'r1': all_of[0]: field 'by': missing"_s;
    QTest::newRow("rise without window_s") << rule(R"({"tag":"A","op":"rise","by":5})")
                                           << u"rule 'r1': all_of[0]: field 'window_s': missing"_s;
    QTest::newRow("drop_pct without window_s") << rule(R"({"tag":"A","op":"drop_pct","by":5})")
                                               << u"all_of[0]: field 'window_s': missing"_s;
    QTest::newRow("stale without window_s") << rule(R"({"tag":"A","op":"stale"})")
                                            << u"field 'window_s': missing"_s;
    QTest::newRow("gt without value") << rule(R"({"tag":"A","op":"gt"})") << u"field 'value': missing"_s;
    QTest::newRow("value as text") << rule(R"({"tag":"A","op":"lt","value":"3"})")
                                   << u"field 'value': must be a number"_s;
    QTest::newRow("second condition") << rule(R"({"tag":"A","op":"gt","value":1},{"tag":"B","op":"rise","by":1})")
                                      << u"all_of[1]: field 'window_s': missing"_s;
    QTest::newRow("missing tag") << rule(R"({"op":"gt","value":1})") << u"field 'tag': missing"_s;
    QTest::newRow("field of another op") << rule(R"({"tag":"A","op":"gt","value":1,"window_s":3})")
                                         << u"field 'window_s': not used by op 'gt'"_s;
    QTest::newRow("unknown field") << rule(R"({"tag":"A","op":"gt","value":1,"valeu":2})")
                                   << u"field 'valeu': unknown field"_s;
    QTest::newRow("negative deadband") << rule(R"({"tag":"A","op":"gt","value":1,"deadband":-1})")
                                       << u"field 'deadband': must not be negative"_s;
    QTest::newRow("negative for_s") << rule(R"({"tag":"A","op":"gt","value":1})", R"("for_s":-1,)")
                                    << u"rule 'r1': field 'for_s'"_s;
    QTest::newRow("empty all_of") << QByteArray(R"({"rules":[{"id":"r1","severity":"low","all_of":[]}]})")
                                  << u"rule 'r1': field 'all_of': must be a non-empty array"_s;
    QTest::newRow("unknown severity")
        << QByteArray(R"({"rules":[{"id":"r1","severity":"urgent","all_of":[{"tag":"A","op":"gt","value":1}]}]})")
        << u"rule 'r1': field 'severity': unknown severity 'urgent'"_s;
    QTest::newRow("missing severity")
        << QByteArray(R"({"rules":[{"id":"r1","all_of":[{"tag":"A","op":"gt","value":1}]}]})")
        << u"rule 'r1': field 'severity': missing"_s;
    QTest::newRow("duplicate id")
        << QByteArray(R"({"rules":[{"id":"r1","severity":"low","all_of":[{"tag":"A","op":"gt","value":1}]},
                                   {"id":"r1","severity":"low","all_of":[{"tag":"A","op":"gt","value":2}]}]})")
        << u"rules.json: rule 'r1': field 'id': duplicate rule id"_s;
    QTest::newRow("missing id") << QByteArray(R"({"rules":[{"severity":"low","all_of":[]}]})")
                                << u"field 'rules[0].id'"_s;
    // Issue 16: an action the live engine would silently ignore is refused when the rules are saved.
    QTest::newRow("unknown action type") << rule(R"({"tag":"A","op":"gt","value":1})", R"("actions":[{"type":"sms","to":"x"}],)")
                                         << u"rule 'r1': field 'actions[0].type': unknown action type 'sms'"_s;
    QTest::newRow("empty notify target") << rule(R"({"tag":"A","op":"gt","value":1})", R"("actions":[{"type":"notify","to":""}],)")
                                         << u"rule 'r1': field 'actions[0].to': must be a non-empty string"_s;
    QTest::newRow("not an object") << QByteArray(R"([1,2])") << u"rules.json: the document must be an object"_s;
    QTest::newRow("invalid JSON on line 3") << QByteArray("{\"rules\": [\n  {\"id\": \"r1\",\n  \"severity\" \"low\"}\n]}")
                                            << u"rules.json: line 3: invalid JSON"_s;
}

void TestRulesInput::rejectsBadRules()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        parseRules(json, u"rules.json"_s);
        QFAIL("no error");
    } catch (const gl::Error &e) {
        QCOMPARE(e.code(), gl::ErrorCode::BadInput);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestRulesInput::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("written");
    const QDateTime base(QDate(2026, 1, 14), QTime(2, 2, 13), Qt::UTC);
    QTest::newRow("offset") << QByteArray("2026-01-14T10:02:13+08:00") << base << u"2026-01-14T10:02:13.000+08:00"_s;
    QTest::newRow("millis") << QByteArray("2026-01-14T10:02:13.250+08:00") << base.addMSecs(250)
                            << u"2026-01-14T10:02:13.250+08:00"_s;
    QTest::newRow("micros truncated") << QByteArray("2026-01-14T10:02:13.2509+08:00") << base.addMSecs(250)
                                      << u"2026-01-14T10:02:13.250+08:00"_s;
    QTest::newRow("compact offset") << QByteArray("2026-01-14T10:02:13+0800") << base
                                    << u"2026-01-14T10:02:13.000+08:00"_s;
    QTest::newRow("Z") << QByteArray("2026-01-14T02:02:13Z") << base << u"2026-01-14T02:02:13.000Z"_s;
    QTest::newRow("negative offset across midnight")
        << QByteArray("2026-01-13T21:32:13.5-04:30") << base.addMSecs(500) << u"2026-01-13T21:32:13.500-04:30"_s;
    QTest::newRow("space separator") << QByteArray("2026-01-14 10:02:13+08:00") << base
                                     << u"2026-01-14T10:02:13.000+08:00"_s;
    QTest::newRow("epoch ms") << QByteArray("1768356133000") << base << u"2026-01-14T02:02:13.000+00:00"_s;
    QTest::newRow("leap day") << QByteArray("2028-02-29T00:00:00+00:00")
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC)
                              << u"2028-02-29T00:00:00.000+00:00"_s;
}

void TestRulesInput::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, instant);
    QFETCH(QString, written);
    const gl::TimestampResult parsed = gl::parseTimestamp(text, QTimeZone::utc(), gl::EpochMillis::Accepted);
    QVERIFY2(parsed, qPrintable(parsed.error));
    QCOMPARE(parsed->msecs, instant.toMSecsSinceEpoch());
    QCOMPARE(gl::formatTimestamp(*parsed), written);
}

void TestRulesInput::badTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *bad : {"2026-01-14", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                            "2026-01-14T24:00:00Z", "2026-01-14T10:02:13+8", "2026-01-14T10:02:13Zjunk", "12a3",
                            "2026-01-14T10:02:13.+08:00", "yesterday", ""})
        QTest::newRow(bad) << QByteArray(bad);
}

void TestRulesInput::badTimestamps()
{
    QFETCH(QByteArray, text);
    QVERIFY(!gl::parseTimestamp(text, QTimeZone::utc(), gl::EpochMillis::Accepted));
}

void TestRulesInput::readsCsvVariants()
{
    QByteArray csv = "\xEF\xBB\xBFtimestamp,tag,value\r\n"
                     "2026-01-14T10:00:00+08:00,CH2.CO_ppm,20\r\n"
                     "\"2026-01-14T10:00:00+08:00\",\"CH2.\"\"FAN\"\", HZ\", \"50.5\"\r\n"
                     "1768356000000 , TF.LEL_T101 ,-1.5e1\r\n"
                     "\r\n"
                     "1768356000000,EL.H2_pct,+3\n\n\n";
    QBuffer buf(&csv);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    SampleCsvReader reader(buf, u"s.csv"_s, QTimeZone::utc());
    CsvSample row;
    QVERIFY(reader.next(row));
    QCOMPARE(row.tag.toByteArray(), QByteArray("CH2.CO_ppm"));
    QCOMPARE(row.value, 20.0);
    QCOMPARE(row.line, 2);
    QCOMPARE(row.time.offsetSeconds, 480 * 60);
    QVERIFY(reader.next(row));
    QCOMPARE(row.tag.toByteArray(), QByteArray("CH2.\"FAN\", HZ"));
    QCOMPARE(row.value, 50.5);
    QVERIFY(reader.next(row));
    QCOMPARE(row.tag.toByteArray(), QByteArray("TF.LEL_T101"));
    QCOMPARE(row.value, -15.0);
    QCOMPARE(row.time.msecs, 1768356000000);
    QVERIFY(reader.next(row));
    QCOMPARE(row.value, 3.0);
    QCOMPARE(row.line, 6);
    QVERIFY(!reader.next(row));
    QCOMPARE(reader.rows(), 4);
}

void TestRulesInput::rejectsBadCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray h = "timestamp,tag,value\n";
    QTest::newRow("empty file") << QByteArray() << u"s.csv: line 1: empty file"_s;
    QTest::newRow("wrong header") << QByteArray("time,tag,value\n1,A,1\n") << u"s.csv: line 1: expected the header"_s;
    QTest::newRow("non-numeric value") << h + "1000,A,1\n2000,A,high\n" << u"s.csv: line 3: field 'value': 'high'"_s;
    QTest::newRow("empty value") << h + "1000,A,\n" << u"s.csv: line 2: field 'value'"_s;
    QTest::newRow("nan value") << h + "1000,A,nan\n" << u"s.csv: line 2: field 'value'"_s;
    QTest::newRow("trailing junk in value") << h + "1000,A,1.5x\n" << u"line 2: field 'value'"_s;
    QTest::newRow("older row") << h + "2026-01-14T10:00:01+08:00,A,1\n\n2026-01-14T10:00:00+08:00,A,2\n"
                               << u"s.csv: line 4: field 'timestamp': '2026-01-14T10:00:00+08:00' is older"_s;
    QTest::newRow("older row across offsets") << h + "2026-01-14T10:00:00+08:00,A,1\n2026-01-14T01:59:59Z,A,2\n"
                                              << u"s.csv: line 3: field 'timestamp'"_s;
    QTest::newRow("bad timestamp") << h + "1000,A,1\n2026-02-29 10:00,A,1\n"
                                   << u"s.csv: line 3: field 'timestamp': '2026-02-29 10:00': 2026-02-29 is not a date"_s;
    QTest::newRow("too few fields") << h + "1000,A\n" << u"s.csv: line 2: expected 3 fields"_s;
    QTest::newRow("too many fields") << h + "1000,A,1,2\n" << u"s.csv: line 2: expected 3 fields"_s;
    QTest::newRow("unterminated quote") << h + "1000,\"A,1\n" << u"s.csv: line 2: unterminated quoted field"_s;
    QTest::newRow("empty tag") << h + "1000,,1\n" << u"s.csv: line 2: field 'tag': empty"_s;
}

void TestRulesInput::rejectsBadCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QBuffer buf(&csv);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    SampleCsvReader reader(buf, u"s.csv"_s, QTimeZone::utc());
    try {
        CsvSample row;
        while (reader.next(row)) {
        }
        QFAIL("no error");
    } catch (const gl::Error &e) {
        QCOMPARE(e.code(), gl::ErrorCode::BadInput);
        QVERIFY2(e.message().startsWith(expected) || e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestRulesInput::streamsLargeFiles()
{
    // 200,000 rows spanning several read chunks; equal timestamps in pairs.
    QByteArray csv = "timestamp,tag,value\n";
    for (int i = 0; i < 200000; ++i)
        csv += QByteArray::number(1768356000000LL + i / 2) + ",TF.LEL_T" + QByteArray::number(i % 97) + ','
            + QByteArray::number(i * 0.5) + '\n';
    QBuffer buf(&csv);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    SampleCsvReader reader(buf, u"big.csv"_s, QTimeZone::utc());
    CsvSample row;
    qint64 n = 0;
    double last = 0;
    while (reader.next(row)) {
        ++n;
        last = row.value;
    }
    QCOMPARE(n, 200000);
    QCOMPARE(last, 199999 * 0.5);
    QCOMPARE(row.line, 200001);
}

QTEST_GUILESS_MAIN(TestRulesInput)
#include "tst_rules_input.moc"
