// SPDX-License-Identifier: Apache-2.0
// Failover of the site service (issue #15 "site service": "Failover after SIGKILL of the active server: ≤ 10 s;
// alarms raised during and after it: each exactly once"), on SQLite and, when $GUARDLINE_TEST_PG_URL or the
// second argument names a test cluster (scripts/pg-test-cluster.sh), PostgreSQL.
//
// Per backend: a real mosquitto broker, two guardline-server processes on the same store with an MQTT connector
// (one active, one standby; tests/server/ServerProcess.h) and a publisher whose tags cross their rules' thresholds
// on and off every 0.3..2 s, so that alarms (each with a dispatch order) are raised and cleared all the time
// (tests/reliability's ServerCrashHarness: the same site, rules, connectors and feed as tst_server_crash).
// N times, at a random moment 0.5..4 s after the standby is ready, the active server is killed with SIGKILL; the
// takeover time is from the kill to the standby's "guardline-server: active", and separately to the new active
// server's first "alarm N raised" (printed after the commit: the first alarm of the new server stored); the killed
// server is restarted and becomes the new standby.
// At the end (ServerCrashHarness::check, and two queries): the store's integrity and audit chain; every alarm a
// server reported raised is stored exactly once with its dispatch order and its alarm.raise audit entry (else
// lost); no rule raised an alarm while its previous one was open, at most one alarm per period in which the
// publisher sent the rule's tag above its threshold (one condition), none on a sample below it, no (rule, raising
// sample time) stored twice, no rule with two open alarms (else duplicates). The periods that raised no alarm are
// counted: those of which no sample reached a server (published while none was subscribed) and those under an alarm
// carried on over a drop no server saw are told apart; any other is reported.
//
// Baseline in the same run: the plain start of one server on the same store with no other server (from the
// process start to "active", 3 times), and the 10 s requirement. Exit 1 on any loss, duplicate, integrity
// failure or takeover over 10 s.
//
// Usage: bench_failover [failovers per backend=10] [postgresql admin URL] [seed]
// $GUARDLINE_BENCH_LOG_DIR: keep every server's stderr there (BACKEND-server-N.log, N in the order they ended).
#include "CrashHarness.h"
#include "MosquittoFixture.h"
#include "platform/store/Database.h"
#include "platform/store/DbUrl.h"
#include "platform/util/Error.h"
#include "ServerProcess.h"
#include "TestDb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

constexpr qint64 kRequirementMs = 10'000;

struct Result {
    const char *backend = "";
    int failovers = 0;
    std::vector<qint64> takeoverMs, firstAlarmMs, baselineMs;
    qint64 raised = 0;
    /// the publisher's periods above a threshold; with an alarm; ended without one; of those: unseen, under a carried-on alarm
    qsizetype periods = 0, periodsAlarmed = 0, periodsUnalarmed = 0, periodsInGap = 0, periodsCarried = 0;
    int lost = 0, duplicates = 0, integrity = 0, over10s = 0, noTakeover = 0;
    QStringList problems;
};

qint64 percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto i = size_t(std::clamp(p * double(v.size() - 1) + 0.5, 0.0, double(v.size() - 1)));
    return v.at(i);
}

/// Runs the publisher and reads the servers' stderr for up to `ms`, until `done` (checked every ~10 ms).
bool pump(test::ServerCrashHarness &h, const std::vector<test::Server *> &servers, const std::function<bool()> &done, qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (true) {
        h.publish();
        for (test::Server *s : servers)
            if (s->process().state() == QProcess::Running)
                s->process().waitForReadyRead(5);
        QCoreApplication::processEvents();
        if (done && done())
            return true;
        if (t.elapsed() >= ms)
            return !done;
    }
}

bool saidAlarm(test::Server &s)
{
    for (const QString &l : s.lines())
        if (l.startsWith(u"guardline-server: alarm "_s) && l.contains(u" raised: rule "_s))
            return true;
    return false;
}

Result runBackend(Backend backend, int failovers, quint32 seed, quint16 brokerPort, const QString &workDir)
{
    Result r;
    r.backend = backend == Backend::Sqlite ? "sqlite" : "postgresql";
    test::TestDb t(backend);
    {
        auto db = t.open();
        test::ServerCrashHarness::prepareSite(*db);
    }
    test::ServerCrashHarness h(t.url(), workDir, seed, brokerPort);
    std::mt19937 rng(seed);
    auto note = [&](int *counter, const QString &what) {
        if (counter)
            ++*counter;
        if (r.problems.size() < 20)
            r.problems << what;
    };

    QByteArray allErr;
    int processNo = 0; // which server reported an alarm (for the problems' details)
    QHash<qint64, QString> reporter;
    auto keep = [&](test::Server &s) {
        const QByteArray text = s.lines().join(u'\n').toLocal8Bit() + '\n';
        ++processNo;
        for (const auto &[id, rule] : test::ServerCrashHarness::raisedAlarms(text))
            reporter.insert(id, u"server #%1"_s.arg(processNo));
        allErr += text;
        if (const QString dir = qEnvironmentVariable("GUARDLINE_BENCH_LOG_DIR"); !dir.isEmpty()) { // every server's stderr, kept
            QFile f(u"%1/%2-server-%3.log"_s.arg(dir, QString::fromLatin1(r.backend)).arg(processNo));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
        }
    };

    // Baseline: one server alone on the store, from its start to "active", three times (stopped with SIGTERM).
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer start;
        start.start();
        test::Server s(t.url(), h.connectors());
        if (!pump(h, {&s}, [&] { return s.said(u"active"_s); }, 60'000)) {
            note(&r.integrity, u"baseline: the server did not become active: "_s + s.log().right(400));
            return r;
        }
        r.baselineMs.push_back(start.elapsed());
        s.process().terminate();
        pump(h, {&s}, [&] { return s.process().state() == QProcess::NotRunning; }, 30'000);
        keep(s);
    }

    // An active one and a standby.
    auto active = std::make_unique<test::Server>(t.url(), h.connectors());
    if (!pump(h, {active.get()}, [&] { return active->said(u"active"_s); }, 60'000)) {
        note(&r.integrity, u"the first server did not become active: "_s + active->log().right(400));
        return r;
    }
    auto standby = std::make_unique<test::Server>(t.url(), h.connectors());
    if (!pump(h, {active.get(), standby.get()}, [&] { return standby->said(u"standby"_s); }, 60'000)) {
        note(&r.integrity, u"the second server did not wait as standby: "_s + standby->log().right(400));
        return r;
    }
    for (int i = 0; i < failovers; ++i) {
        // Alarms keep coming: kill at a random moment.
        const int wait = std::uniform_int_distribution<int>(500, 4000)(rng);
        pump(h, {active.get(), standby.get()}, {}, wait);
        active->process().kill(); // SIGKILL
        QElapsedTimer sinceKill;
        sinceKill.start();
        qint64 takeover = -1, firstAlarm = -1;
        pump(h, {active.get(), standby.get()}, [&] {
            if (takeover < 0 && standby->said(u"active"_s))
                takeover = sinceKill.elapsed();
            if (firstAlarm < 0 && saidAlarm(*standby))
                firstAlarm = sinceKill.elapsed();
            return takeover >= 0 && firstAlarm >= 0;
        }, 60'000);
        active->process().waitForFinished(10'000);
        ++r.failovers;
        if (takeover < 0) {
            note(&r.noTakeover, u"failover %1: no takeover within 60 s: %2"_s.arg(i + 1).arg(standby->log().right(400)));
            break;
        }
        r.takeoverMs.push_back(takeover);
        if (firstAlarm >= 0)
            r.firstAlarmMs.push_back(firstAlarm);
        else
            note(nullptr, u"failover %1: no alarm raised by the new active server within 60 s"_s.arg(i + 1));
        if (takeover > kRequirementMs)
            note(&r.over10s, u"failover %1: takeover %2 ms (over 10 s)"_s.arg(i + 1).arg(takeover));
        // The killed one is restarted: the new standby.
        keep(*active);
        active = std::move(standby);
        standby = std::make_unique<test::Server>(t.url(), h.connectors());
        if (!pump(h, {active.get(), standby.get()}, [&] { return standby->said(u"standby"_s); }, 60'000)) {
            note(&r.integrity, u"failover %1: the restarted server did not wait as standby: %2"_s.arg(i + 1).arg(standby->log().right(400)));
            break;
        }
        std::printf("  %s: failover %d/%d: takeover %lld ms, first alarm of the new active server %lld ms after the kill\n", r.backend,
                    i + 1, failovers, takeover, firstAlarm);
        std::fflush(stdout);
    }
    // A clean stop (SIGTERM) of both: every alarm they raised is committed and reported.
    for (test::Server *s : {active.get(), standby.get()}) {
        s->process().terminate();
        pump(h, {s}, [&] { return s->process().state() == QProcess::NotRunning; }, 30'000);
        keep(*s);
    }

    // The check: every reported alarm once with its order and audit entry, none raised twice.
    const QList<QPair<qint64, QString>> acks = test::ServerCrashHarness::raisedAlarms(allErr);
    r.raised = acks.size();
    try {
        auto db = Database::open(DbUrl::parse(t.url()));
        h.check(*db, acks);
        // The same condition stored twice (a rule, a raising sample time), and a rule with two alarms open now.
        for (QSqlQuery q = db->exec(u"SELECT rule_id, raised_at, count(*) FROM alarms WHERE rule_id LIKE 'crash-%' "
                                    "GROUP BY rule_id, raised_at HAVING count(*) > 1"_s);
             q.next();)
        {
            QStringList which;
            for (QSqlQuery a = db->exec(u"SELECT a.id, a.state, a.cleared_at, (SELECT min(l.seq) FROM audit_log l WHERE l.object_type = 'alarm' "
                                        "AND l.object_id = CAST(a.id AS TEXT) AND l.action = 'alarm.raise') FROM alarms a "
                                        "WHERE a.rule_id = ? AND a.raised_at = ? ORDER BY a.id"_s,
                                        {q.value(0), q.value(1)});
                 a.next();)
                which << u"alarm %1 (%2, cleared %3 ms after the sample, audit seq %4, reported by %5)"_s.arg(a.value(0).toLongLong())
                             .arg(a.value(1).toString())
                             .arg(a.value(2).isNull() ? -1 : a.value(2).toLongLong() - q.value(1).toLongLong())
                             .arg(a.value(3).toLongLong())
                             .arg(reporter.value(a.value(0).toLongLong(), u"no server"_s));
            note(&r.duplicates, u"rule %1: %2 alarms raised by the sample of %3: %4"_s.arg(q.value(0).toString()).arg(q.value(2).toInt())
                                    .arg(q.value(1).toLongLong()).arg(which.join(u"; "_s)));
        }
        for (QSqlQuery q = db->exec(u"SELECT rule_id, count(*) FROM alarms WHERE rule_id LIKE 'crash-%' AND cleared_at IS NULL "
                                    "GROUP BY rule_id HAVING count(*) > 1"_s);
             q.next();)
            note(&r.duplicates, u"rule %1: %2 alarms open at once"_s.arg(q.value(0).toString()).arg(q.value(1).toInt()));
        // The publisher's periods above a threshold (each one condition: ServerCrashHarness::check counts a second alarm in
        // one as a duplicate) that raised no alarm: expected only when no server was subscribed all along.
        const QHash<qsizetype, qint64> &alarmOf = h.alarmedPeriods();
        r.periods = h.highPeriods().size();
        r.periodsAlarmed = alarmOf.size();
        for (qsizetype i = 0; i < h.highPeriods().size(); ++i) {
            const auto &p = h.highPeriods().at(i);
            if (alarmOf.contains(i) || p.to == 0)
                continue;
            ++r.periodsUnalarmed;
            // No server received any sample of the period (published while none was subscribed: the MQTT session is
            // clean, and a server stores what it received after evaluating it, its alarms first), or an alarm of the
            // rule was still open when it began and no sample of the drop before it reached a server (carried on by the
            // next server, which never saw the drop). Anything else is a period that a server saw and did not alarm.
            const QString tag = h.tagOf(p.tag);
            auto storedIn = [&](qint64 from, qint64 to) {
                return db->scalar(u"SELECT count(*) FROM tag_samples WHERE tag = ? AND ts >= ? AND ts < ?"_s, {tag, from, to}).toInt();
            };
            qsizetype previous = i - 1;
            while (previous >= 0 && h.highPeriods().at(previous).tag != p.tag)
                --previous;
            const qint64 openAlarm = db->scalar(u"SELECT max(id) FROM alarms WHERE rule_id = ? AND raised_at < ? AND (cleared_at IS NULL OR cleared_at > ?)"_s,
                                                {u"crash-%1"_s.arg(p.tag), p.from, p.from})
                                         .toLongLong();
            if (storedIn(p.from, p.to) == 0)
                ++r.periodsInGap;
            else if (openAlarm > 0 && previous >= 0 && storedIn(h.highPeriods().at(previous).to, p.from) == 0)
                ++r.periodsCarried;
            else
                note(nullptr, u"rule crash-%1: the period above its threshold %2..%3 (samples of it stored, no alarm carried on) "
                                  "raised no alarm"_s.arg(p.tag).arg(p.from).arg(p.to));
        }
        const qint64 stored = db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id LIKE 'crash-%'"_s).toLongLong();
        if (stored < r.raised)
            note(nullptr, u"%1 alarms stored, %2 reported raised"_s.arg(stored).arg(r.raised));
    } catch (const Error &e) {
        note(&r.integrity, u"reopening or checking the store: "_s + e.message());
    }
    const test::CrashStats &s = h.stats();
    r.lost += s.losses;
    r.duplicates += s.duplicates;
    r.integrity += s.integrityFailures;
    r.problems << s.problems;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int failovers = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    if (argc > 2 && argv[2][0])
        qputenv("GUARDLINE_TEST_PG_URL", argv[2]);
    const quint32 seed = argc > 3 ? quint32(std::strtoul(argv[3], nullptr, 10)) : QRandomGenerator::global()->generate();
    if (!test::Mosquitto::installed()) {
        std::printf("bench_failover: mosquitto is not installed (scripts/deps.sh installs it)\n");
        return 1;
    }
    QTemporaryDir work;
    test::CrashHarness::useAuditKey(work.path());
    test::Mosquitto broker;
    if (!broker.start()) {
        std::printf("bench_failover: mosquitto did not start\n");
        return 1;
    }
    QList<Backend> backends{Backend::Sqlite};
    if (!test::pgAdminUrl().isEmpty())
        backends << Backend::Postgres;
    std::printf("bench_failover: %d SIGKILL failovers per backend over %s, seed %u\n", failovers,
                backends.size() == 2 ? "SQLite and PostgreSQL" : "SQLite only ($GUARDLINE_TEST_PG_URL not set)", seed);
    std::fflush(stdout);

    QList<Result> results;
    for (qsizetype b = 0; b < backends.size(); ++b)
        results << runBackend(backends.at(b), failovers, seed + quint32(b), broker.port(), work.path());

    std::printf("\n%-10s %9s  %-33s  %-27s  %-22s  %6s %4s %10s %9s\n", "backend", "failovers", "takeover ms min/median/p95/max",
                "first alarm ms median/max", "baseline start ms med", "alarms", "lost", "duplicates", "integrity");
    bool bad = false;
    for (const Result &r : results) {
        const QString takeover = u"%1/%2/%3/%4"_s.arg(percentile(r.takeoverMs, 0)).arg(percentile(r.takeoverMs, 0.5))
                                     .arg(percentile(r.takeoverMs, 0.95)).arg(percentile(r.takeoverMs, 1));
        const QString first = u"%1/%2"_s.arg(percentile(r.firstAlarmMs, 0.5)).arg(percentile(r.firstAlarmMs, 1));
        const QString base = u"%1 (%2..%3)"_s.arg(percentile(r.baselineMs, 0.5)).arg(percentile(r.baselineMs, 0)).arg(percentile(r.baselineMs, 1));
        std::printf("%-10s %9d  %-33s  %-27s  %-22s  %6lld %4d %10d %9d\n", r.backend, r.failovers, qPrintable(takeover), qPrintable(first),
                    qPrintable(base), r.raised, r.lost, r.duplicates, r.integrity);
        std::printf("%-10s requirement: takeover <= %lld ms: %s (max %lld ms = %.1f x the baseline start)\n", "", kRequirementMs,
                    r.over10s || r.noTakeover || r.takeoverMs.empty() ? "NOT MET" : "met", percentile(r.takeoverMs, 1),
                    percentile(r.baselineMs, 0.5) > 0 ? double(percentile(r.takeoverMs, 1)) / double(percentile(r.baselineMs, 0.5)) : 0.0);
        std::printf("%-10s the publisher's periods above a threshold: %lld, with one alarm each: %lld, ended without an alarm: %lld (%lld "
                    "of which no sample reached a server, %lld under an earlier alarm carried on over a drop no server saw)\n", "",
                    qlonglong(r.periods), qlonglong(r.periodsAlarmed), qlonglong(r.periodsUnalarmed), qlonglong(r.periodsInGap),
                    qlonglong(r.periodsCarried));
        for (const QString &p : r.problems)
            std::printf("  problem: %s\n", qPrintable(p));
        bad = bad || r.lost || r.duplicates || r.integrity || r.over10s || r.noTakeover || r.takeoverMs.empty();
    }
    std::fflush(stdout);
    return bad ? 1 : 0;
}
