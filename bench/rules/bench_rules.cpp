// SPDX-License-Identifier: Apache-2.0
// Rule evaluation throughput: the incremental engine vs the naive evaluator, same rules, same samples,
// same run (issue 8: >= 1,000,000 samples/s on one core for 1,000 rules over 10,000 tags).
// Usage: bench_rules [engine-samples (default 4,000,000)] [naive-samples (default 200,000)]
#include "modules/telemetry/rules/NaiveEvaluator.h"
#include "modules/telemetry/rules/Replay.h"
#include "modules/telemetry/rules/RuleEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gl::rules;

namespace {

constexpr int kTags = 10000;
constexpr int kRules = 1000;

QString tagName(int i) { return u"B.T%1"_s.arg(i, 5, 10, QLatin1Char('0')); }

RuleSet makeRules(QRandomGenerator &rng)
{
    static const double windows[] = {10, 30, 60, 300};
    static const double holds[] = {0, 0, 5, 30};
    QJsonArray rules;
    for (int r = 0; r < kRules; ++r) {
        QJsonArray all;
        const int n = 2 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i) {
            QJsonObject c{{u"tag"_s, tagName(int(rng.bounded(kTags)))}};
            const int kind = int(rng.bounded(20));
            if (kind < 8) {
                c.insert(u"op"_s, kind < 4 ? u"gt"_s : u"lt"_s);
                c.insert(u"value"_s, kind < 4 ? 40 + double(rng.bounded(30)) : -40 - double(rng.bounded(30)));
                c.insert(u"deadband"_s, double(rng.bounded(3)));
            } else if (kind < 13) {
                c.insert(u"op"_s, u"rise"_s);
                c.insert(u"by"_s, 5 + double(rng.bounded(20)));
                c.insert(u"window_s"_s, windows[rng.bounded(4)]);
            } else if (kind < 17) {
                c.insert(u"op"_s, u"drop_pct"_s);
                c.insert(u"by"_s, 5 + double(rng.bounded(30)));
                c.insert(u"window_s"_s, windows[rng.bounded(4)]);
            } else {
                c.insert(u"op"_s, u"stale"_s);
                c.insert(u"window_s"_s, 2.0 + double(rng.bounded(5)));
            }
            all.append(c);
        }
        rules.append(QJsonObject{{u"id"_s, QString(u"rule-"_s + QString::number(r))},
                                 {u"severity"_s, u"high"_s},
                                 {u"for_s"_s, holds[rng.bounded(4)]},
                                 {u"all_of"_s, all}});
    }
    return parseRules(QJsonDocument(QJsonObject{{u"rules"_s, rules}}).toJson(), u"bench.json"_s);
}

/// Every tag sampled about once a second (random order), values a random walk around 50 / -50.
/// `dense`: only tags some rule uses, so every sample re-evaluates at least one condition.
std::vector<Sample> makeSamples(const AlarmEvaluator &eval, QRandomGenerator &rng, size_t count, int perMs,
                                bool dense)
{
    std::vector<int> ids(kTags), used;
    for (int i = 0; i < kTags; ++i) {
        ids[size_t(i)] = eval.tagId(tagName(i)); // -1 for tags no rule uses: still an evaluation instant
        if (ids[size_t(i)] >= 0)
            used.push_back(i);
    }
    std::vector<double> value(kTags);
    for (int i = 0; i < kTags; ++i)
        value[size_t(i)] = (i % 2 ? 50.0 : -50.0);
    std::vector<Sample> out;
    out.reserve(count);
    const qint64 t0 = 1'768'356'000'000;
    for (size_t i = 0; i < count; ++i) {
        const int tag = dense ? used[rng.bounded(quint32(used.size()))] : int(rng.bounded(kTags));
        double &v = value[size_t(tag)];
        v += (rng.generateDouble() - 0.5) * 4.0;
        if (rng.bounded(5000) == 0)
            v *= 0.5; // an occasional sharp drop
        out.push_back({t0 + qint64(i) / perMs, ids[size_t(tag)], v});
    }
    return out;
}

/// CPU time of this thread: on a shared machine the wall clock also counts time spent waiting for a core.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Run {
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 events = 0;
    qint64 evaluations = 0;
    QList<AlarmEvent> log;
};

Run run(AlarmEvaluator &eval, const std::vector<Sample> &samples, size_t count, bool keepLog)
{
    Run r;
    QList<AlarmEvent> events;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = threadCpuSeconds();
    for (size_t i = 0; i < count;) {
        const qint64 t = samples[i].ms;
        for (; i < count && samples[i].ms == t; ++i)
            if (samples[i].tag >= 0)
                eval.push(samples[i]);
        eval.evaluate(t, events);
        ++r.evaluations;
        r.events += events.size();
        if (keepLog)
            r.log += events;
        events.clear();
    }
    r.cpuSeconds = threadCpuSeconds() - cpuStart;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

void profile(const RuleSet &rules, int perMs, bool dense, size_t engineCount, size_t naiveCount, bool &pass)
{
    QRandomGenerator rng(42 + quint32(perMs));
    RuleEngine engine(rules);
    const std::vector<Sample> samples = makeSamples(engine, rng, engineCount, perMs, dense);
    naiveCount = std::min(naiveCount, engineCount);

    std::printf("\n-- %s --\n", dense ? "worst case: only tags rules use, every sample its own instant"
                                      : "10,000 tags at ~1 Hz each, 10 samples per millisecond");
    const Run fast = run(engine, samples, engineCount, false);
    const double fastRate = double(engineCount) / fast.cpuSeconds;
    std::printf("engine : %10zu samples, %7.3f s CPU (%7.3f s wall) = %11.0f samples/s per core (%11.0f wall)"
                "  [%lld evaluations, %lld alarm events]\n",
                engineCount, fast.cpuSeconds, fast.seconds, fastRate, double(engineCount) / fast.seconds,
                qlonglong(fast.evaluations), qlonglong(fast.events));

    RuleEngine engine2(rules);
    NaiveEvaluator naive(rules);
    const Run slow = run(naive, samples, naiveCount, true);
    const Run same = run(engine2, samples, naiveCount, true);
    const double slowRate = double(naiveCount) / slow.cpuSeconds;
    std::printf("naive  : %10zu samples, %7.3f s CPU (%7.3f s wall) = %11.0f samples/s per core (%11.0f wall)"
                "  [baseline, %lld alarm events]\n",
                naiveCount, slow.cpuSeconds, slow.seconds, slowRate, double(naiveCount) / slow.seconds,
                qlonglong(slow.events));
    std::printf("ratio  : engine is %.1fx the naive evaluator; events on the naive's %zu samples identical: %s\n",
                fastRate / slowRate, naiveCount, slow.log == same.log ? "yes" : "NO");
    pass = pass && fastRate >= 1e6 && slow.log == same.log;
}

void csvReplay(const RuleSet &rules)
{
    // End to end as `guardlinectl rules replay` does it: parse CSV text, resolve tag names, evaluate.
    QRandomGenerator rng(7);
    QByteArray csv = "timestamp,tag,value\n";
    const int rows = 1'000'000;
    csv.reserve(rows * 40);
    for (int i = 0; i < rows; ++i)
        csv += gl::formatTimestamp({1'768'356'000'000 + i / 10, 8 * 3600, gl::TimeForm::Offset}).toUtf8() + ','
            + tagName(int(rng.bounded(kTags))).toUtf8() + ',' + QByteArray::number(rng.generateDouble() * 100) + '\n';
    QBuffer buf(&csv);
    buf.open(QIODevice::ReadOnly);
    RuleEngine engine(rules);
    const double start = threadCpuSeconds();
    const ReplayResult result = replay(engine, buf, u"bench.csv"_s, QTimeZone::utc());
    const double s = threadCpuSeconds() - start;
    std::printf("\n-- CSV replay (parse ISO 8601 + names + engine), %d rows --\n", rows);
    std::printf("replay : %10lld rows, %7.3f s CPU = %11.0f rows/s per core\n", qlonglong(result.samples), s,
                double(result.samples) / s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const size_t engineCount = argc > 1 ? size_t(std::atoll(argv[1])) : 4'000'000;
    const size_t naiveCount = argc > 2 ? size_t(std::atoll(argv[2])) : 200'000;
    QRandomGenerator rng(1);
    const RuleSet rules = makeRules(rng);
    qsizetype conds = 0;
    for (const Rule &r : rules.rules)
        conds += r.allOf.size();
    std::printf("bench_rules: %lld rules, %lld conditions on %lld distinct tags, samples over %d tags, one core\n",
                qlonglong(rules.rules.size()), qlonglong(conds), qlonglong(rules.tags.size()), kTags);
    bool pass = true;
    profile(rules, 10, false, engineCount, naiveCount, pass);
    profile(rules, 1, true, engineCount, naiveCount / 4, pass);
    csvReplay(rules);
    std::printf("\nverdict: %s (goal: >= 1,000,000 samples/s per core (thread CPU time) for the engine in both "
                "profiles, events equal to the naive evaluator)\n",
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
