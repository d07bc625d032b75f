// SPDX-License-Identifier: Apache-2.0
// End-to-end latency of the telemetry pipeline through a real mosquitto broker (issue #8: p99 <= 50 ms at
// 5,000 samples/s; issue #15: >= 50,000 samples/s on this 2-core machine with p99 <= 50 ms): a publisher
// (libmosquitto, what mosquitto_pub does) sends the given rate of the demo plant's tags; every 250 ms a trigger sample crosses a rule with an instruction action. Measured:
// publish → the alarm and its instruction committed in the store, signalled (instructionIssued, with the
// instruction id) and read back by the dispatch board's query on the board's own connection; and each
// phase on the way (TelemetryPipeline::alarmTraced): broker + connector → submit → drain → rule raised →
// store write slot granted → alarm transaction committed → signalled → board query.
//
// Two pipelines in the same run, same broker, same load, each on a fresh store:
//   "inline"   the previous design (samples stored on the pipeline thread, batches of up to 5,000 rows);
//   "writer"   the current one (samples on their own thread/connection in 500-row transactions; the alarm
//              path goes first through the write gate; checkpoints off the alarm path).
// Baseline in the same run: the broker round trip alone (publish → a plain subscriber receives it).
// Every published sample must be stored exactly once (checked).
//
// Usage: bench_telemetry [seconds per pipeline=20] [samples_per_s=5000] [modes=inline,writer] [store=sqlite]
//   store: "sqlite" (a fresh file per pipeline), or "postgresql" (a fresh database per pipeline on the
//   cluster of $GUARDLINE_TEST_PG_URL, scripts/pg-test-cluster.sh), or such an admin URL itself.
#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/site/logic/SiteService.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <mosquitto.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

QByteArray loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

double processCpuS()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Probe {
    std::mutex mutex;
    std::vector<double> roundTripMs;
};

void onProbe(mosquitto *, void *obj, const mosquitto_message *msg)
{
    auto *p = static_cast<Probe *>(obj);
    const qint64 sent = QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen).toLongLong();
    std::lock_guard lock(p->mutex);
    p->roundTripMs.push_back(double(wallUs() - sent) / 1000.0);
}

struct Phase {
    const char *name;
    std::vector<double> ms;
};

struct Result {
    QString mode;
    double elapsed = 0, cpuS = 0;
    QByteArray loadBefore, loadAfter;
    qint64 published = 0, triggers = 0, stored = 0, duplicates = 0, late = 0;
    int triggersHigh = 0;
    std::vector<double> rtt, alarmMs, boardMs;
    std::vector<Phase> phases;
    SampleWriterStats writer;
    bool haveWriter = false;
};

Result runPipeline(const QString &mode, const QString &dir, const QString &dbPath, quint16 port, int seconds, int rate)
{
    Result r;
    r.mode = mode;
    // The store: the demo layout's 40 sensors; one rule with an instruction on a tag the load never touches.
    {
        auto db = Database::open(DbUrl::parse(dbPath));
        Schema::migrate(*db);
        const Clock &clock = processClock();
        ServiceContext ctx{*db, Actor::system(u"bench"_s), &clock};
        UserService(ctx).add(u"root"_s, u"root"_s, Role::Admin, u"a long enough password"_s);
        const QByteArray json = demo::demoLayoutJson();
        SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
    }
    QFile rules(dir + u"/rules.json"_s);
    rules.open(QIODevice::WriteOnly);
    rules.write(R"({"rules":[{"id":"bench-gate2","severity":"critical","all_of":[{"tag":"RD1.LEL_GATE2","op":"gt","value":50}],)"
                R"("actions":[{"type":"instruction","target":"gate-2","text":"CLOSE GATE 2","ack_s":60}]}]})");
    rules.close();
    const QStringList loadTags = [&] {
        QStringList t;
        for (const site::Sensor &s : site::SiteLayout::parse(demo::demoLayoutJson(), u"demo"_s).sensors)
            if (s.tag != u"RD1.LEL_GATE2"_s)
                t << s.tag;
        return t;
    }();

    TelemetryOptions o;
    o.db = DbUrl::parse(dbPath);
    o.defaultRulesFile = rules.fileName();
    o.pluginFolders = {QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")};
    o.storeOnPipelineThread = mode == u"inline"_s;
    o.connectors = QJsonArray{QJsonObject{
        {u"kind"_s, u"mqtt"_s},
        {u"config"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, port}, {u"qos"_s, 0},
                                  {u"client_id"_s, QString(u"guardline-bench-"_s + mode)},
                                  {u"command_topic"_s, u"guardline/cmd/{target}"_s},
                                  {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"plant/#"_s}, {u"format"_s, u"json"_s}}}}}}}};
    auto host = std::make_unique<TelemetryHost>(o);

    // The board's side: its own connection, reading the instructions as the dispatch board does, on the
    // instruction id the pipeline signals once the instruction is committed.
    auto boardDb = Database::open(DbUrl::parse(dbPath));
    const Clock &boardClock = processClock();
    std::mutex triggerMutex;
    QHash<qint64, qint64> triggerSentUs; // trigger sample timestamp (ms) → publish time (us)
    QHash<qint64, qint64> alarmSample;   // alarm id → trigger sample timestamp
    std::vector<AlarmTrace> traces;
    QList<QPair<qint64, qint64>> boardSeen; // alarm id → when the board's query returned its instruction (us)
    QObject::connect(host->pipeline(), &TelemetryPipeline::alarmTraced, host->pipeline(),
                     [&](const AlarmTrace &t) {
                         std::lock_guard lock(triggerMutex);
                         traces.push_back(t);
                         alarmSample.insert(t.alarmId, t.sampleTs);
                     }, Qt::DirectConnection);
    QObject::connect(host->pipeline(), &TelemetryPipeline::instructionIssued, qApp,
                     [&](qint64 instructionId, qint64 alarmId, const QString &, const QString &, qint64) {
                         ServiceContext ctx{*boardDb, Actor::system(u"board"_s), &boardClock};
                         const Table t = QueryService(ctx).instructions();
                         const qint64 seen = wallUs();
                         const int id = t.column(u"id"_s);
                         const bool shown = std::any_of(t.rows.begin(), t.rows.end(), [&](const QVariantList &row) {
                             return row.value(id).toLongLong() == instructionId;
                         });
                         if (shown)
                             boardSeen.append({alarmId, seen});
                         else
                             std::fprintf(stderr, "board: instruction %lld not readable after its signal\n", static_cast<long long>(instructionId));
                     });
    QObject::connect(host->pipeline(), &TelemetryPipeline::failed, qApp,
                     [](const QString &m) { std::fprintf(stderr, "pipeline: %s\n", qPrintable(m)); });
    TelemetryStatusPtr lastStatus;
    QObject::connect(host->pipeline(), &TelemetryPipeline::statusReady, qApp, [&](const TelemetryStatusPtr &s) { lastStatus = s; });
    host->start();

    Probe probe;
    const QByteArray subId = "bench-probe-sub-" + mode.toUtf8(), pubId = "bench-pub-" + mode.toUtf8();
    mosquitto *sub = mosquitto_new(subId.constData(), true, &probe);
    mosquitto_message_callback_set(sub, onProbe);
    mosquitto_int_option(sub, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect(sub, "127.0.0.1", port, 30);
    mosquitto_subscribe(sub, nullptr, "probe/#", 0);
    mosquitto_loop_start(sub);
    mosquitto *pub = mosquitto_new(pubId.constData(), true, nullptr);
    mosquitto_int_option(pub, MOSQ_OPT_TCP_NODELAY, 1); // each trigger leaves at once, not coalesced with the load
    mosquitto_connect(pub, "127.0.0.1", port, 30);
    mosquitto_loop_start(pub);
    QThread::msleep(1500); // connector online, rules loaded

    r.loadBefore = loadAverage();
    const double cpu0 = processCpuS();
    std::atomic<bool> running{true};
    std::atomic<qint64> published{0}, triggers{0};
    std::mutex pubMutex; // one publisher client, two threads: keep each publish whole and in order
    std::thread load([&] {
        // Every load tag once per message, stamped with the message's scheduled time (strictly increasing,
        // never in the future), so no sample is a duplicate and every one must be stored.
        const int perMessage = int(loadTags.size());
        const auto period = std::chrono::microseconds(qint64(1e6 * perMessage / rate));
        const auto start = std::chrono::steady_clock::now();
        const qint64 t0Us = wallUs();
        qint64 lastTs = 0;
        for (qint64 k = 0; running; ++k) {
            const auto due = start + k * period;
            std::this_thread::sleep_until(due);
            const qint64 ts = std::max(lastTs + 1, (t0Us + k * qint64(period.count())) / 1000);
            lastTs = ts;
            QByteArray payload = "[";
            for (int i = 0; i < perMessage; ++i) {
                payload += (i ? "," : "") + QByteArray(R"({"tag":")") + loadTags.at(i).toUtf8() + R"(","ts":)" + QByteArray::number(ts)
                    + R"(,"value":)" + QByteArray::number(1.0 + double((k + i) % 7) * 0.1) + "}";
            }
            payload += "]";
            std::lock_guard lock(pubMutex);
            mosquitto_publish(pub, nullptr, "plant/load", int(payload.size()), payload.constData(), 0, false);
            published += perMessage;
        }
    });
    std::thread trigger([&] {
        bool high = false;
        qint64 lastTs = 0;
        while (running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(125));
            high = !high;
            std::lock_guard plock(pubMutex);
            const qint64 us = wallUs(), ts = std::max(lastTs + 1, us / 1000);
            lastTs = ts;
            if (high) {
                std::lock_guard lock(triggerMutex);
                triggerSentUs.insert(ts, us);
            }
            const QByteArray payload = QByteArray(R"({"tag":"RD1.LEL_GATE2","ts":)") + QByteArray::number(ts) + R"(,"value":)"
                + (high ? "80" : "2") + "}";
            mosquitto_publish(pub, nullptr, "plant/gate2", int(payload.size()), payload.constData(), 0, false);
            ++triggers;
            const QByteArray p = QByteArray::number(wallUs());
            mosquitto_publish(pub, nullptr, "probe/rt", int(p.size()), p.constData(), 0, false);
        }
    });

    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    running = false;
    load.join();
    trigger.join();
    r.elapsed = double(wall.elapsed()) / 1000.0;
    r.loadAfter = loadAverage();
    {
        // The last samples through the broker, with the event loop running: the board's reads of the last
        // instructions are queued to this thread, and sleeping here would add the wait to their latency.
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
    }
    host->stop(); // drains and stores everything handed over
    r.cpuS = processCpuS() - cpu0;
    QCoreApplication::processEvents();
    host.reset();
    mosquitto_loop_stop(pub, true);
    mosquitto_loop_stop(sub, true);
    mosquitto_destroy(pub);
    mosquitto_destroy(sub);

    r.published = published;
    r.triggers = triggers;
    r.stored = boardDb->scalar(u"SELECT count(*) FROM tag_samples"_s).toLongLong();
    r.duplicates = boardDb->scalar(u"SELECT count(*) FROM (SELECT tag, ts FROM tag_samples GROUP BY tag, ts HAVING count(*) > 1) d"_s).toLongLong();
    if (lastStatus) {
        r.late = lastStatus->late;
        r.writer = lastStatus->writer;
        r.haveWriter = mode != u"inline"_s;
    }
    {
        std::lock_guard lock(probe.mutex);
        r.rtt = probe.roundTripMs;
    }
    r.triggersHigh = int(triggerSentUs.size());
    for (const auto &[alarmId, seen] : std::as_const(boardSeen)) {
        const qint64 sent = triggerSentUs.value(alarmSample.value(alarmId));
        if (sent)
            r.boardMs.push_back(double(seen - sent) / 1000.0);
    }
    r.phases = {{"broker+connector -> submit", {}}, {"submit -> drain start", {}}, {"drain -> rule raised", {}},
                {"raised -> write slot", {}},      {"alarm txn (wall)", {}},       {"alarm txn (CPU)", {}},
                {"commit -> signalled", {}},       {"signalled -> board read", {}}};
    QHash<qint64, qint64> signalledAt;
    for (const AlarmTrace &t : traces)
        signalledAt.insert(t.alarmId, t.signalledUs);
    for (const auto &[alarmId, seen] : std::as_const(boardSeen))
        if (signalledAt.contains(alarmId))
            r.phases.back().ms.push_back(double(seen - signalledAt.value(alarmId)) / 1000.0);
    for (const AlarmTrace &t : traces) {
        const qint64 sent = triggerSentUs.value(t.sampleTs);
        if (!sent)
            continue;
        r.alarmMs.push_back(double(t.signalledUs - sent) / 1000.0);
        const double v[] = {double(t.submittedUs - sent), double(t.drainUs - t.submittedUs), double(t.evaluatedUs - t.drainUs),
                            double(t.gateUs - t.evaluatedUs), double(t.committedUs - t.gateUs), double(t.txnCpuUs),
                            double(t.signalledUs - t.committedUs)};
        for (size_t i = 0; i < std::size(v); ++i)
            r.phases[i].ms.push_back(v[i] / 1000.0);
    }
    return r;
}

void print(const Result &r, int rate)
{
    std::printf("\n[%s] %s, %.0f s, load average %s -> %s, process CPU %.2f s (%.0f%% of one core)\n", qPrintable(r.mode),
                r.mode == u"inline"_s ? "samples stored on the pipeline thread (previous design)"
                                      : "sample writer thread + write gate (current design)",
                r.elapsed, r.loadBefore.constData(), r.loadAfter.constData(), r.cpuS, 100.0 * r.cpuS / r.elapsed);
    const qint64 expected = r.published + r.triggers;
    std::printf("  load published        %.0f samples/s (target %d); stored %lld of %lld (lost %lld, duplicates %lld)%s\n",
                double(r.published) / r.elapsed, rate, static_cast<long long>(r.stored), static_cast<long long>(expected),
                static_cast<long long>(std::max<qint64>(0, expected - r.stored)), static_cast<long long>(r.duplicates),
                r.stored == expected && r.duplicates == 0 ? "  OK" : "  MISMATCH");
    std::printf("  baseline broker RTT   n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", r.rtt.size(), pct(r.rtt, 50), pct(r.rtt, 99),
                maxOf(r.rtt));
    for (const Phase &p : r.phases)
        std::printf("    %-27s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", p.name, pct(p.ms, 50), pct(p.ms, 99), maxOf(p.ms));
    std::printf("  publish -> signalled  n=%zu of %d triggers  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (late samples %lld)\n",
                r.alarmMs.size(), r.triggersHigh, pct(r.alarmMs, 50), pct(r.alarmMs, 99), maxOf(r.alarmMs), static_cast<long long>(r.late));
    std::printf("  publish -> on board   n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", r.boardMs.size(), pct(r.boardMs, 50),
                pct(r.boardMs, 99), maxOf(r.boardMs));
    if (r.haveWriter && r.writer.chunks)
        std::printf("  sample writer         %lld transactions (%lld ended early for an alarm), mean %.2f ms wall / %.2f ms CPU "
                    "(%.1f us CPU per sample), longest %.2f ms\n",
                    static_cast<long long>(r.writer.chunks), static_cast<long long>(r.writer.yields), r.writer.chunkWallMs / double(r.writer.chunks),
                    r.writer.chunkCpuMs / double(r.writer.chunks), 1000.0 * r.writer.chunkCpuMs / double(std::max<qint64>(1, r.writer.stored)),
                    r.writer.maxChunkWallMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 20;
    const int rate = argc > 2 ? std::max(100, atoi(argv[2])) : 5000;
    const QStringList modes = argc > 3 ? QString::fromLocal8Bit(argv[3]).split(u',') : QStringList{u"inline"_s, u"writer"_s};
    const QString store = argc > 4 ? QString::fromLocal8Bit(argv[4]) : u"sqlite"_s;
    const QString pgAdmin = store == u"sqlite"_s       ? QString()
                            : store == u"postgresql"_s ? qEnvironmentVariable("GUARDLINE_TEST_PG_URL")
                                                       : store;
    if (store != u"sqlite"_s && pgAdmin.isEmpty()) {
        std::fprintf(stderr, "bench_telemetry: store \"postgresql\" needs $GUARDLINE_TEST_PG_URL (scripts/pg-test-cluster.sh)\n");
        return 2;
    }
    QTemporaryDir dir;

    // The broker.
    quint16 port = 0;
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        port = s.serverPort();
    }
    QFile conf(dir.path() + u"/mosquitto.conf"_s);
    conf.open(QIODevice::WriteOnly);
    conf.write(u"listener %1 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 100000\n"
                 "set_tcp_nodelay true\n"_s.arg(port).toUtf8());
    conf.close();
    QProcess broker;
    broker.start(QStandardPaths::findExecutable(u"mosquitto"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}), {u"-c"_s, conf.fileName()});
    if (!broker.waitForStarted(5000)) {
        std::fprintf(stderr, "bench_telemetry: cannot start mosquitto (apt install mosquitto)\n");
        return 2;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(100))
            break;
        QThread::msleep(50);
    }
    mosquitto_lib_init();
    std::vector<Result> results;
    for (const QString &mode : modes) {
        if (pgAdmin.isEmpty()) {
            results.push_back(runPipeline(mode, dir.path(), dir.path() + u"/bench-"_s + mode + u".sqlite"_s, port, seconds, rate));
            continue;
        }
        const QString name = u"bench_telemetry_"_s + mode + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(12);
        Database::open(DbUrl::parse(pgAdmin))->exec(u"CREATE DATABASE "_s + name);
        const auto drop = qScopeGuard([&] { Database::open(DbUrl::parse(pgAdmin))->exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s); });
        results.push_back(runPipeline(mode, dir.path(), pgAdmin.left(pgAdmin.lastIndexOf(u'/') + 1) + name, port, seconds, rate));
    }
    mosquitto_lib_cleanup();
    broker.terminate();
    broker.waitForFinished(3000);

    std::printf("telemetry end-to-end latency through mosquitto (%d s per pipeline, target %d samples/s, store %s)\n", seconds, rate,
                pgAdmin.isEmpty() ? "SQLite" : "PostgreSQL");
    for (const Result &r : results)
        print(r, rate);
    const Result *current = nullptr, *previous = nullptr;
    for (const Result &r : results)
        (r.mode == u"inline"_s ? previous : current) = &r;
    if (current && previous && !current->boardMs.empty() && !previous->boardMs.empty())
        std::printf("\n  writer vs inline: p50 %.2f -> %.2f ms, p99 %.2f -> %.2f ms (x%.1f)\n", pct(previous->boardMs, 50),
                    pct(current->boardMs, 50), pct(previous->boardMs, 99), pct(current->boardMs, 99),
                    pct(previous->boardMs, 99) / std::max(0.01, pct(current->boardMs, 99)));
    const Result *judged = current ? current : previous;
    const bool ok = judged && !judged->boardMs.empty() && pct(judged->boardMs, 99) <= 50.0;
    const bool complete = judged && judged->stored == judged->published + judged->triggers && judged->duplicates == 0;
    std::printf("  verdict [%s]: %s (goal: p99 publish -> instruction on the board <= 50 ms at %d samples/s)%s\n",
                judged ? qPrintable(judged->mode) : "-", ok ? "MEETS the goal" : "MISSES the goal", rate,
                complete ? "; every sample stored once" : "; SAMPLES LOST OR DUPLICATED");
    if (judged) {
        const double achieved = double(judged->published) / std::max(0.001, judged->elapsed);
        std::printf("  issue #15 [%s]: %.0f samples/s published and stored: %s (goal: >= 50,000 samples/s, p99 <= 50 ms, none lost)\n",
                    qPrintable(judged->mode), achieved, ok && complete && achieved >= 50000 * 0.99 ? "MEETS the goal" : "MISSES the goal");
    }
    return 0;
}
