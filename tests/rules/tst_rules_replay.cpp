// SPDX-License-Identifier: Apache-2.0
// Replay of a samples CSV into the contract's JSON (library level; the CLI test runs guardlinectl).
#include "modules/telemetry/rules/NaiveEvaluator.h"
#include "modules/telemetry/rules/Replay.h"
#include "modules/telemetry/rules/RuleEngine.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gl::rules;

class TestRulesReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void castingHouseHaltsPour_data();
    void castingHouseHaltsPour();
    void output_data();
    void output();
};

void TestRulesReplay::castingHouseHaltsPour_data()
{
    QTest::addColumn<bool>("naive");
    QTest::newRow("engine") << false;
    QTest::newRow("naive") << true;
}

void TestRulesReplay::castingHouseHaltsPour()
{
    QFETCH(bool, naive);
    const RuleSet rules = loadRules(QStringLiteral(GUARDLINE_TEST_DATA "/rules/casting-house.json"));
    QFile csv(QStringLiteral(GUARDLINE_TEST_DATA "/rules/casting-house.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    std::unique_ptr<AlarmEvaluator> eval;
    if (naive)
        eval = std::make_unique<NaiveEvaluator>(rules);
    else
        eval = std::make_unique<RuleEngine>(rules);
    const ReplayResult result = replay(*eval, csv, csv.fileName(), QTimeZone::utc());
    QCOMPARE(result.samples, 302);
    QCOMPARE(QString::fromUtf8(replayJson(rules, result)),
             uR"({"samples":302,"alarms":[{"rule":"casting-co-fan","raised_at":"2026-01-14T10:02:13.000+08:00",)"
             uR"("cleared_at":null,"actions":[{"target":"casting-house-2","text":"HALT POUR","type":"instruction"}]}]})"_s);
}

void TestRulesReplay::output_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QByteArray>("zone");
    const QByteArray h = "timestamp,tag,value\n";
    // Times without an offset are site time, written back in the site zone's offset of that instant:
    // Europe/Berlin leaves summer time on 2026-10-25 at 03:00 (+02:00) -> 02:00 (+01:00).
    QTest::newRow("no offset: site time, across the end of summer time")
        << h + "2026-10-25T01:30:00,A,5\n2026-10-25 02:30:00,A,0\n2026-10-25T03:30:00,A,7\n"
        << uR"({"samples":3,"alarms":[)"
           uR"({"rule":"a-high","raised_at":"2026-10-25T01:30:00.000+02:00","cleared_at":"2026-10-25T02:30:00.000+02:00","actions":[]},)"
           uR"({"rule":"a-high","raised_at":"2026-10-25T03:30:00.000+01:00","cleared_at":null,"actions":[]}]})"_s
        << QByteArray("Europe/Berlin");
    QTest::newRow("epoch ms is written as +00:00, clears, raises again")
        << h + "1768356133000,A,5\n1768356134000,A,0\n1768356135500,A,7\n"
        << uR"({"samples":3,"alarms":[)"
           uR"({"rule":"a-high","raised_at":"2026-01-14T02:02:13.000+00:00","cleared_at":"2026-01-14T02:02:14.000+00:00","actions":[]},)"
           uR"({"rule":"a-high","raised_at":"2026-01-14T02:02:15.500+00:00","cleared_at":null,"actions":[]}]})"_s << QByteArray("UTC");
    QTest::newRow("sorted by raised_at then rule id, Z kept")
        << h + "2026-01-14T02:00:00Z,B,5\n2026-01-14T02:00:01Z,A,5\n"
        << uR"({"samples":2,"alarms":[)"
           uR"({"rule":"b-high","raised_at":"2026-01-14T02:00:00.000Z","cleared_at":null,"actions":[]},)"
           uR"({"rule":"a-high","raised_at":"2026-01-14T02:00:01.000Z","cleared_at":null,"actions":[]},)"
           uR"({"rule":"both","raised_at":"2026-01-14T02:00:01.000Z","cleared_at":null,"actions":[]}]})"_s << QByteArray("UTC");
    QTest::newRow("unused tags still count and set instants")
        << h + "2026-01-14T10:00:00+08:00,A,5\n2026-01-14T10:00:00+08:00,ZZ,1\n"
        << uR"({"samples":2,"alarms":[{"rule":"a-high","raised_at":"2026-01-14T10:00:00.000+08:00","cleared_at":null,"actions":[]}]})"_s << QByteArray("UTC");
    QTest::newRow("header only") << h << uR"({"samples":0,"alarms":[]})"_s << QByteArray("UTC");
}

void TestRulesReplay::output()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, json);
    QFETCH(QByteArray, zone);
    const RuleSet rules = parseRules(R"({"rules":[
        {"id":"both","severity":"low","all_of":[{"tag":"A","op":"gt","value":1},{"tag":"B","op":"gt","value":1}]},
        {"id":"b-high","severity":"low","all_of":[{"tag":"B","op":"gt","value":1}]},
        {"id":"a-high","severity":"low","all_of":[{"tag":"A","op":"gt","value":1}]}]})",
                                     u"r.json"_s);
    QBuffer buf(&csv);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    RuleEngine engine(rules);
    const ReplayResult result = replay(engine, buf, u"s.csv"_s, QTimeZone(zone));
    QCOMPARE(QString::fromUtf8(replayJson(rules, result)), json);
}

QTEST_GUILESS_MAIN(TestRulesReplay)
#include "tst_rules_replay.moc"
