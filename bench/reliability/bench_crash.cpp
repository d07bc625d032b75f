// SPDX-License-Identifier: Apache-2.0
// Crash safety under SIGKILL (issue #18 item 3; goal: 1,000 kill points, 0 acknowledged writes lost).
// A writer doing heavy, realistic writes through the real services (manual alarms with their dispatch
// orders, acknowledgements, assignments, instructions, permit drafts, hazard drafts with a photo: the test
// helper guardline_crash_writer) is killed with SIGKILL at random moments, restarted on the same store, and
// after each kill the store is checked (tests/reliability/CrashHarness.h): SQLite integrity_check and
// foreign_key_check, PostgreSQL foreign keys, the audit chain (in process each time, `guardlinectl audit
// verify --json` every 50th kill point and at the end), every acknowledged write present exactly once.
// Kill points are split between SQLite and PostgreSQL when $GUARDLINE_TEST_PG_URL names a test cluster
// (scripts/pg-test-cluster.sh; its user must be able to CREATE DATABASE).
//
// Then the site service: guardline-server ingesting from a real mosquitto broker (an MQTT connector; tags
// crossing their rules' thresholds raise and clear alarms, each with a dispatch order) is killed with SIGKILL
// at random moments after it became active and restarted on the same store (ServerCrashHarness): every alarm it
// reported raised is stored exactly once with its order, no alarm is raised again by the restarted server, and
// the store passes the same integrity checks. Skipped when mosquitto is not installed.
//
// Baseline in the same run: the writer's throughput on each store without a kill for 3 s, so that the
// writes per kill point can be read against what the writer does uninterrupted.
//
// Usage: bench_crash [kill points=1000] [seed] [server kill points=200]
#include "CrashHarness.h"
#include "MosquittoFixture.h"
#include "platform/store/Database.h"
#include "TestDb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

/// Writes acknowledged by an uninterrupted writer in `ms` (then killed; the store is not checked here).
double writesPerSecond(const QString &url, int ms)
{
    QProcess w;
    w.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline_crash_writer"), {u"--db"_s, url, u"--run"_s, u"999999"_s});
    w.waitForStarted();
    QByteArray out;
    while (!out.contains('\n') && w.state() == QProcess::Running) {
        w.waitForReadyRead(50);
        out += w.readAllStandardOutput();
    }
    QElapsedTimer t;
    t.start();
    const qsizetype before = out.count('\n');
    while (t.elapsed() < ms && w.state() == QProcess::Running) {
        w.waitForReadyRead(50);
        out += w.readAllStandardOutput();
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    out += w.readAllStandardOutput();
    const qsizetype after = out.count('\n');
    w.kill();
    w.waitForFinished();
    return double(after - before) / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 1000;
    const quint32 seed = argc > 2 ? quint32(std::strtoul(argv[2], nullptr, 10)) : QRandomGenerator::global()->generate();
    QTemporaryDir work;
    test::CrashHarness::useAuditKey(work.path());
    QList<Backend> backends{Backend::Sqlite};
    if (!test::pgAdminUrl().isEmpty())
        backends << Backend::Postgres;
    std::printf("bench_crash: %d kill points over %s, seed %u\n", total, backends.size() == 2 ? "SQLite and PostgreSQL" : "SQLite only ($GUARDLINE_TEST_PG_URL not set)", seed);

    test::CrashStats all;
    QElapsedTimer wall;
    wall.start();
    for (qsizetype b = 0; b < backends.size(); ++b) {
        const Backend backend = backends.at(b);
        const char *name = backend == Backend::Sqlite ? "sqlite" : "postgresql";
        const int kills = total / int(backends.size()) + (b == 0 ? total % int(backends.size()) : 0);
        test::TestDb t(backend);
        {
            auto db = t.open();
            test::CrashHarness::prepareSite(*db);
        }
        const double baseline = writesPerSecond(t.url(), 3000);
        test::CrashHarness h(t.url(), work.path(), seed + quint32(b));
        for (int i = 0; i < kills; ++i) {
            h.killPoint(800, i % 50 == 49);
            if ((i + 1) % 100 == 0) {
                std::printf("  %s: %d/%d kill points, %lld acknowledged, %d lost\n", name, i + 1, kills, h.stats().acknowledged, h.stats().losses);
                std::fflush(stdout);
            }
        }
        h.finalCheck();
        const test::CrashStats &s = h.stats();
        std::printf("%-10s kill points %5d  acknowledged writes %6lld (%.1f per kill point; uninterrupted baseline %.0f writes/s)  "
                    "committed unacknowledged %lld  losses %d  duplicates %d  integrity failures %d  time %.0f s\n",
                    name, s.killPoints, s.acknowledged, double(s.acknowledged) / std::max(1, s.killPoints), baseline, s.committedUnacked,
                    s.losses, s.duplicates, s.integrityFailures, s.seconds);
        for (const QString &p : s.problems)
            std::printf("  problem: %s\n", qPrintable(p));
        std::fflush(stdout);
        all += s;
    }
    std::printf("total      kill points %5d  acknowledged writes %6lld  losses %d  duplicates %d  integrity failures %d  time %.0f s "
                "(goal: 1000 kill points, 0 losses)\n",
                all.killPoints, all.acknowledged, all.losses, all.duplicates, all.integrityFailures, double(wall.elapsed()) / 1000.0);

    // The site service killed mid-ingest.
    const int serverTotal = argc > 3 ? std::atoi(argv[3]) : 200;
    test::CrashStats server;
    test::Mosquitto broker;
    if (serverTotal > 0 && !test::Mosquitto::installed()) {
        std::printf("server: skipped (mosquitto is not installed; scripts/deps.sh installs it)\n");
    } else if (serverTotal > 0 && !broker.start()) {
        std::printf("server: mosquitto did not start\n");
        return 1;
    } else if (serverTotal > 0) {
        std::printf("bench_crash: %d guardline-server kill points mid-ingest (MQTT through mosquitto), seed %u\n", serverTotal, seed);
        for (qsizetype b = 0; b < backends.size(); ++b) {
            const Backend backend = backends.at(b);
            const char *name = backend == Backend::Sqlite ? "sqlite" : "postgresql";
            const int kills = serverTotal / int(backends.size()) + (b == 0 ? serverTotal % int(backends.size()) : 0);
            test::TestDb t(backend);
            {
                auto db = t.open();
                test::ServerCrashHarness::prepareSite(*db);
            }
            test::ServerCrashHarness h(t.url(), work.path(), seed + 100 + quint32(b), broker.port());
            for (int i = 0; i < kills; ++i) {
                h.killPoint(4000);
                if ((i + 1) % 25 == 0) {
                    std::printf("  server %s: %d/%d kill points, %lld alarms reported raised, %d lost\n", name, i + 1, kills, h.stats().acknowledged, h.stats().losses);
                    std::fflush(stdout);
                }
            }
            const test::CrashStats &s = h.stats();
            std::printf("server %-10s kill points %4d  alarms reported raised %5lld  lost %d  raised again %d  integrity failures %d  time %.0f s\n",
                        name, s.killPoints, s.acknowledged, s.losses, s.duplicates, s.integrityFailures, s.seconds);
            for (const QString &p : s.problems)
                std::printf("  problem: %s\n", qPrintable(p));
            std::fflush(stdout);
            server += s;
        }
        std::printf("server total kill points %4d  alarms reported raised %5lld  lost %d  raised again %d  integrity failures %d\n",
                    server.killPoints, server.acknowledged, server.losses, server.duplicates, server.integrityFailures);
    }
    const bool bad = all.losses || all.duplicates || all.integrityFailures || server.losses || server.duplicates || server.integrityFailures;
    return bad ? 1 : 0;
}
