// SPDX-License-Identifier: Apache-2.0
// Randomized: the incremental engine must produce exactly the naive evaluator's events.
#include "RulesTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::rules;
using namespace gl::rules::test;

class TestRulesOracle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineMatchesNaive_data();
    void engineMatchesNaive();
    void cleanupTestCase();

private:
    qsizetype m_totalEvents = 0;
};

namespace {

QByteArray randomRules(QRandomGenerator &rng, int count, int tags)
{
    static const char16_t *ops[] = {u"gt", u"lt", u"rise", u"drop_pct", u"stale"};
    static const double windows[] = {0, 0.25, 1, 2, 5, 10};
    static const double holds[] = {0, 0, 0, 0.5, 1, 3};
    QJsonArray rules;
    for (int r = 0; r < count; ++r) {
        QJsonArray all;
        const int n = 1 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i) {
            const QString op = QString::fromUtf16(ops[rng.bounded(5)]);
            QJsonObject c{{u"tag"_s, QString(u"T"_s + QString::number(rng.bounded(tags)))}, {u"op"_s, op}};
            if (op == u"gt"_s || op == u"lt"_s) {
                c.insert(u"value"_s, double(rng.bounded(21)) - 10);
                if (rng.bounded(3) == 0)
                    c.insert(u"deadband"_s, double(rng.bounded(5)));
            } else {
                c.insert(u"window_s"_s, windows[rng.bounded(6)] + (rng.bounded(4) == 0 ? 0.001 * rng.bounded(999) : 0));
                if (op == u"rise"_s)
                    c.insert(u"by"_s, double(rng.bounded(8)));
                else if (op == u"drop_pct"_s)
                    c.insert(u"by"_s, double(rng.bounded(60)));
            }
            all.append(c);
        }
        rules.append(QJsonObject{{u"id"_s, QString(u"r"_s + QString::number(r))},
                                 {u"severity"_s, u"high"_s},
                                 {u"for_s"_s, holds[rng.bounded(6)]},
                                 {u"all_of"_s, all}});
    }
    return QJsonDocument(QJsonObject{{u"rules"_s, rules}}).toJson(QJsonDocument::Compact);
}

QList<Row> randomRows(QRandomGenerator &rng, int count, int tags)
{
    static const qint64 steps[] = {0, 0, 1, 10, 100, 250, 1000, 1000, 3000, 12000};
    QList<Row> rows;
    QList<double> values(tags + 1, 0.0);
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        t += steps[rng.bounded(10)];
        const int tag = int(rng.bounded(tags + 1)); // tag == tags: one no rule uses
        values[tag] += double(int(rng.bounded(9)) - 4) * 0.5;
        if (rng.bounded(20) == 0)
            values[tag] = -values[tag];
        rows.append({t, tag == tags ? u"UNUSED"_s : u"T"_s + QString::number(tag), values[tag]});
    }
    return rows;
}

} // namespace

void TestRulesOracle::engineMatchesNaive_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("tags");
    QTest::addColumn<int>("rows");
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(5 + seed * 2) << int(2 + seed % 6) << 4000;
}

void TestRulesOracle::engineMatchesNaive()
{
    QFETCH(quint32, seed);
    QFETCH(int, rules);
    QFETCH(int, tags);
    QFETCH(int, rows);
    QRandomGenerator rng(seed);
    const RuleSet set = parseRules(randomRules(rng, rules, tags), u"random.json"_s);
    const QList<Row> samples = randomRows(rng, rows, tags);
    RuleEngine engine(set);
    NaiveEvaluator naive(set);
    const QStringList fast = runRows(engine, samples);
    const QStringList slow = runRows(naive, samples);
    if (fast != slow) {
        qsizetype i = 0;
        while (i < fast.size() && i < slow.size() && fast.at(i) == slow.at(i))
            ++i;
        qWarning("first difference at event %lld: engine '%s' naive '%s'", qlonglong(i),
                 qPrintable(fast.value(i)), qPrintable(slow.value(i)));
    }
    QCOMPARE(fast, slow);
    m_totalEvents += fast.size();
}

void TestRulesOracle::cleanupTestCase()
{
    // The comparison means something only if the random input raises and clears alarms.
    QVERIFY2(m_totalEvents > 500, qPrintable(QString::number(m_totalEvents)));
}

QTEST_GUILESS_MAIN(TestRulesOracle)
#include "tst_rules_oracle.moc"
