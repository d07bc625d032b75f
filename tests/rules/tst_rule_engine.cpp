// SPDX-License-Identifier: Apache-2.0
// Contract semantics (CONTRACTS.md section 4), each case run on the incremental engine and the naive oracle.
#include "RulesTestUtil.h"

#include <QRegularExpression>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace gl::rules;
using namespace gl::rules::test;

Q_DECLARE_METATYPE(QList<gl::rules::test::Row>)

class TestRuleEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void semantics_data();
    void semantics();
    void liveApi_data();
    void liveApi();
    void pushRejectsBadSamples();
    void timesNearTheEndsSaturate_data();
    void timesNearTheEndsSaturate();
};

namespace {
constexpr qint64 S = 1000;
}

void TestRuleEngine::semantics_data()
{
    QTest::addColumn<QString>("evaluator");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QList<Row>>("rows");
    QTest::addColumn<QStringList>("expected");

    struct Case {
        const char *name;
        const char *rules;
        QList<Row> rows;
        QStringList expected;
    };
    const QString A = u"A"_s, B = u"B"_s, X = u"X"_s;
    const QList<Case> cases = {
        {"gt raise, equal clears",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":10}]}]})",
         {{0, A, 5}, {1 * S, A, 11}, {2 * S, A, 10}},
         {u"raise r @1000"_s, u"clear r @2000"_s}},
        {"lt raise, equal clears",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"lt","value":10}]}]})",
         {{0, A, 15}, {1 * S, A, 9.5}, {2 * S, A, 10}},
         {u"raise r @1000"_s, u"clear r @2000"_s}},
        {"clear and raise again",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":10}]}]})",
         {{0, A, 11}, {1 * S, A, 12}, {2 * S, A, 5}, {3 * S, A, 11}},
         {u"raise r @0"_s, u"clear r @2000"_s, u"raise r @3000"_s}},
        {"rise reaches by exactly",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"rise","by":50,"window_s":60}]}]})",
         {{0, A, 100}, {30 * S, A, 149}, {40 * S, A, 150}},
         {u"raise r @40000"_s}},
        {"rise window is inclusive and expires with time alone",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"rise","by":50,"window_s":60}]}]})",
         {{0, A, 100}, {60 * S, A, 150}, {60 * S + 1, X, 0}},
         {u"raise r @60000"_s, u"clear r @60001"_s}},
        {"rise with current outside the window is false",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"rise","by":-1000,"window_s":10}]}]})",
         {{0, A, 1}, {10 * S, X, 0}, {10 * S + 1, X, 0}},
         {u"raise r @0"_s, u"clear r @10001"_s}},
        {"drop_pct at exactly by",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"drop_pct","by":25,"window_s":60}]}]})",
         {{0, A, 40}, {10 * S, A, 31}, {20 * S, A, 30}},
         {u"raise r @20000"_s}},
        {"drop_pct with max <= 0 is false",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"drop_pct","by":10,"window_s":60}]}]})",
         {{0, A, -10}, {1 * S, A, -20}, {2 * S, A, 0}, {3 * S, A, -50}},
         {}},
        {"drop_pct max expires",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"drop_pct","by":10,"window_s":5}]}]})",
         {{0, A, 100}, {1 * S, A, 80}, {5 * S, X, 0}, {5 * S + 1, X, 0}},
         {u"raise r @1000"_s, u"clear r @5001"_s}},
        {"stale after the window, cleared by a sample",
         R"({"rules":[{"id":"r","severity":"low","all_of":[{"tag":"A","op":"stale","window_s":10}]}]})",
         {{0, A, 1}, {5 * S, X, 0}, {10 * S, X, 0}, {10 * S + 1, X, 0}, {20 * S, A, 2}},
         {u"raise r @10001"_s, u"clear r @20000"_s}},
        {"stale on a tag never sampled is false",
         R"({"rules":[{"id":"r","severity":"low","all_of":[{"tag":"A","op":"stale","window_s":1}]}]})",
         {{0, X, 1}, {100 * S, X, 0}},
         {}},
        {"a tag with no sample yet is false",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":0},{"tag":"B","op":"lt","value":100}]}]})",
         {{0, A, 5}, {1 * S, A, 6}, {2 * S, B, 1}},
         {u"raise r @2000"_s}},
        {"for_s: a false sample resets continuity",
         R"({"rules":[{"id":"r","severity":"high","for_s":10,"all_of":[{"tag":"A","op":"gt","value":10}]}]})",
         {{0, A, 11}, {5 * S, A, 9}, {6 * S, A, 12}, {15 * S, A, 12}, {15 * S + 500, X, 0}, {16 * S, X, 0},
          {17 * S, X, 0}},
         {u"raise r @16000"_s}},
        {"for_s raises at the first instant after the hold",
         R"({"rules":[{"id":"r","severity":"high","for_s":10,"all_of":[{"tag":"A","op":"gt","value":10}]}]})",
         {{0, A, 11}, {9 * S, X, 0}, {12 * S, X, 0}, {13 * S, A, 5}},
         {u"raise r @12000"_s, u"clear r @13000"_s}},
        {"rows with one timestamp are applied together: last value wins",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":10}]}]})",
         {{0, A, 11}, {0, A, 5}, {1 * S, A, 5}, {1 * S, A, 12}},
         {u"raise r @1000"_s}},
        {"rows with one timestamp all enter the window",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"rise","by":50,"window_s":0}]}]})",
         {{0, A, 100}, {0, A, 160}, {1 * S, A, 160}},
         {u"raise r @0"_s, u"clear r @1000"_s}},
        {"all_of across tags in one timestamp",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":1},{"tag":"B","op":"gt","value":1}]}]})",
         {{0, A, 0}, {0, B, 0}, {1 * S, A, 2}, {1 * S, B, 2}, {2 * S, B, 0}},
         {u"raise r @1000"_s, u"clear r @2000"_s}},
        {"gt deadband holds until the value crosses back",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":10,"deadband":2}]}]})",
         {{0, A, 11}, {1 * S, A, 9}, {2 * S, A, 8.5}, {3 * S, A, 8}, {4 * S, A, 10}, {5 * S, A, 10.5}},
         {u"raise r @0"_s, u"clear r @3000"_s, u"raise r @5000"_s}},
        {"lt deadband",
         R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"lt","value":10,"deadband":1}]}]})",
         {{0, A, 9}, {1 * S, A, 10.5}, {2 * S, A, 11}},
         {u"raise r @0"_s, u"clear r @2000"_s}},
        {"events at one instant are in rule order",
         R"({"rules":[{"id":"z","severity":"high","all_of":[{"tag":"A","op":"gt","value":1}]},
                      {"id":"a","severity":"high","all_of":[{"tag":"A","op":"gt","value":2}]}]})",
         {{0, A, 5}},
         {u"raise z @0"_s, u"raise a @0"_s}},
    };
    for (const QString &evaluator : {u"engine"_s, u"naive"_s})
        for (const Case &c : cases)
            QTest::addRow("%s: %s", qPrintable(evaluator), c.name)
                << evaluator << QByteArray(c.rules) << c.rows << c.expected;
}

void TestRuleEngine::semantics()
{
    QFETCH(QString, evaluator);
    QFETCH(QByteArray, rules);
    QFETCH(QList<Row>, rows);
    QFETCH(QStringList, expected);
    const RuleSet set = parseRules(rules, u"test.json"_s);
    auto eval = makeEvaluator(evaluator, set);
    QCOMPARE(runRows(*eval, rows), expected);
}

void TestRuleEngine::liveApi_data()
{
    QTest::addColumn<QString>("evaluator");
    QTest::newRow("engine") << u"engine"_s;
    QTest::newRow("naive") << u"naive"_s;
}

void TestRuleEngine::liveApi()
{
    // A live feed: samples pushed as they arrive, clock ticks with no samples drive stale and for_s.
    QFETCH(QString, evaluator);
    const RuleSet set = rulesFromJson(R"({"rules":[
        {"id":"stale","severity":"low","all_of":[{"tag":"A","op":"stale","window_s":5}]},
        {"id":"hold","severity":"high","for_s":3,"all_of":[{"tag":"A","op":"gt","value":10}]}]})");
    auto eval = makeEvaluator(evaluator, set);
    const int a = eval->tagId(u"A"_s);
    QCOMPARE(a, 0);
    QCOMPARE(eval->tagId(u"nope"_s), -1);
    QVERIFY(eval->push({0, a, 20}));
    QVERIFY(eval->evaluate(0).isEmpty());
    QVERIFY(eval->evaluate(2 * S).isEmpty());
    const QList<AlarmEvent> at3 = eval->evaluate(3 * S);
    QCOMPARE(at3.size(), 1);
    QCOMPARE(at3.first(), (AlarmEvent{AlarmEvent::Kind::Raised, 1, 3 * S}));
    QVERIFY(eval->isRaised(1));
    const QList<AlarmEvent> at6 = eval->evaluate(6 * S);
    QCOMPARE(at6.size(), 1);
    QCOMPARE(at6.first(), (AlarmEvent{AlarmEvent::Kind::Raised, 0, 6 * S}));
    QVERIFY(eval->push({7 * S, a, 1}));
    const QList<AlarmEvent> at7 = eval->evaluate(7 * S);
    QCOMPARE(at7.size(), 2);
    QCOMPARE(at7.at(0), (AlarmEvent{AlarmEvent::Kind::Cleared, 0, 7 * S}));
    QCOMPARE(at7.at(1), (AlarmEvent{AlarmEvent::Kind::Cleared, 1, 7 * S}));
    QVERIFY(!eval->isRaised(0));
    QVERIFY(!eval->isRaised(1));
}

void TestRuleEngine::pushRejectsBadSamples()
{
    const RuleSet set = rulesFromJson(
        R"({"rules":[{"id":"r","severity":"high","all_of":[{"tag":"A","op":"gt","value":10}]}]})");
    RuleEngine engine(set);
    QVERIFY(engine.push({10 * S, 0, 1}));
    engine.evaluate(10 * S);
    QVERIFY(!engine.push({9 * S, 0, 50}));                   // older than the last evaluation
    QVERIFY(!engine.push({11 * S, 7, 50}));                  // unknown tag id
    QVERIFY(!engine.push({11 * S, 0, std::nan("")}));        // not a number
    QVERIFY(engine.evaluate(11 * S).isEmpty());
    QVERIFY(!engine.isRaised(0));
}

void TestRuleEngine::timesNearTheEndsSaturate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("engine") << u"engine"_s;
    QTest::newRow("naive") << u"naive"_s;
}

void TestRuleEngine::timesNearTheEndsSaturate()
{
    // A sample time near INT64_MAX (a forged or broken row) used to wrap window and stale deadlines into
    // the past, so the timer loop re-fired forever. Windows, stale deadlines and holds now saturate.
    QFETCH(QString, kind);
    const RuleSet set = rulesFromJson(R"({"rules":[
        {"id":"rise","severity":"high","all_of":[{"tag":"A","op":"rise","by":5,"window_s":60}]},
        {"id":"drop","severity":"high","all_of":[{"tag":"A","op":"drop_pct","by":50,"window_s":60}]},
        {"id":"stale","severity":"low","all_of":[{"tag":"A","op":"stale","window_s":30}]},
        {"id":"held","severity":"medium","for_s":10,"all_of":[{"tag":"A","op":"gt","value":100}]}]})");
    auto eval = makeEvaluator(kind, set);
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    QElapsedTimer timer;
    timer.start();
    QStringList lines = runRows(*eval, {{kMax - 30 * S, u"A"_s, 10}, {kMax - 5, u"A"_s, 200}, {kMax, u"A"_s, 200}});
    eval->evaluate(kMax); // returns (no endless timer loop)
    QVERIFY2(timer.elapsed() < 5000, "evaluation near the end of time must return at once");
    QVERIFY2(lines.contains(u"raise rise @%1"_s.arg(kMax - 5)), qPrintable(lines.join(u"; "_s)));
    QVERIFY(!lines.join(u' ').contains(u"stale"_s)); // the tag reported 5 ms ago
    // Times near the start of qint64 do not wrap either: the window reaches back to the minimum.
    auto low = makeEvaluator(kind, set);
    lines = runRows(*low, {{std::numeric_limits<qint64>::min() + 5, u"A"_s, 10}, {std::numeric_limits<qint64>::min() + 10, u"A"_s, 20}});
    QVERIFY2(lines.contains(u"raise rise @%1"_s.arg(std::numeric_limits<qint64>::min() + 10)), qPrintable(lines.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_rule_engine.moc"
