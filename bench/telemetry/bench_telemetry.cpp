// SPDX-License-Identifier: Apache-2.0
// End-to-end latency of the telemetry pipeline through a real mosquitto broker (issue #8 goal: p99 <= 50 ms
// at 5,000 samples/s): a publisher (libmosquitto, what mosquitto_pub does) sends 5,000 samples/s of the
// demo plant's tags; every 250 ms a trigger sample crosses a rule with an instruction action. Measured:
// publish → the alarm and its instruction committed in the store, signalled to the UI thread and read back
// by the dispatch board's query on the UI side's own connection. Baseline in the same run: the broker
// round trip alone (publish → a plain subscriber receives it).
//
// Usage: bench_telemetry [seconds=20] [samples_per_s=5000]
#include "core/services/QueryService.h"
#include "core/services/SiteService.h"
#include "core/services/TelemetryPipeline.h"
#include "core/services/UserService.h"
#include "core/site/SiteLayout.h"
#include "core/store/Database.h"
#include "core/store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <mosquitto.h>

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

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

struct Probe {
    std::mutex mutex;
    std::vector<double> roundTripMs;
    std::atomic<qint64> lastProbeSentUs{0};
};

void onProbe(mosquitto *, void *obj, const mosquitto_message *msg)
{
    auto *p = static_cast<Probe *>(obj);
    const qint64 sent = QByteArray(static_cast<const char *>(msg->payload), msg->payloadlen).toLongLong();
    std::lock_guard lock(p->mutex);
    p->roundTripMs.push_back(double(nowUs() - sent) / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 20;
    const int rate = argc > 2 ? std::max(100, atoi(argv[2])) : 5000;
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
    conf.write(u"listener %1 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 100000\n"_s.arg(port).toUtf8());
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

    // The store: the demo layout's 40 sensors; one rule with an instruction on a tag the load never touches.
    const QString dbPath = dir.path() + u"/bench.sqlite"_s;
    {
        auto db = Database::open(DbUrl::parse(dbPath));
        Schema::migrate(*db);
        Clock clock;
        ServiceContext ctx{*db, Actor::system(u"bench"_s), &clock};
        UserService(ctx).add(u"root"_s, u"root"_s, Role::Admin, u"a long enough password"_s);
        const QByteArray json = site::SiteLayout::demoJson();
        SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
    }
    QFile rules(dir.path() + u"/rules.json"_s);
    rules.open(QIODevice::WriteOnly);
    rules.write(R"({"rules":[{"id":"bench-gate2","severity":"critical","all_of":[{"tag":"RD1.LEL_GATE2","op":"gt","value":50}],)"
                R"("actions":[{"type":"instruction","target":"gate-2","text":"CLOSE GATE 2","ack_s":60}]}]})");
    rules.close();
    const QStringList loadTags = [&] {
        QStringList t;
        for (const site::Sensor &s : site::SiteLayout::parse(site::SiteLayout::demoJson(), u"demo"_s).sensors)
            if (s.tag != u"RD1.LEL_GATE2"_s)
                t << s.tag;
        return t;
    }();

    TelemetryOptions o;
    o.db = DbUrl::parse(dbPath);
    o.defaultRulesFile = rules.fileName();
    o.pluginFolders = {QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")};
    o.connectors = QJsonArray{QJsonObject{
        {u"kind"_s, u"mqtt"_s},
        {u"config"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, port}, {u"qos"_s, 0},
                                  {u"command_topic"_s, u"guardline/cmd/{target}"_s},
                                  {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"plant/#"_s}, {u"format"_s, u"json"_s}}}}}}}};
    TelemetryHost host(o);

    // The board's side: its own connection, reading the instructions as the dispatch board does.
    auto boardDb = Database::open(DbUrl::parse(dbPath));
    Clock boardClock;
    std::vector<double> alarmMs, boardMs;
    std::mutex triggerMutex;
    QHash<qint64, qint64> triggerSentUs; // trigger sample timestamp (ms) → publish time (us)
    QObject::connect(host.pipeline(), &TelemetryPipeline::alarmRaised, &app,
                     [&](qint64, const QString &, const QString &, const QString &, qint64 detectedAt) {
                         const qint64 signalled = nowUs();
                         qint64 sent = 0;
                         {
                             std::lock_guard lock(triggerMutex);
                             sent = triggerSentUs.value(detectedAt);
                         }
                         if (!sent)
                             return;
                         ServiceContext ctx{*boardDb, Actor::system(u"board"_s), &boardClock};
                         const Table t = QueryService(ctx).instructions();
                         const qint64 seen = nowUs();
                         if (!t.rows.isEmpty() && t.rows.first().value(t.column(u"text"_s)).toString() == u"CLOSE GATE 2"_s) {
                             alarmMs.push_back(double(signalled - sent) / 1000.0);
                             boardMs.push_back(double(seen - sent) / 1000.0);
                         }
                     });
    QObject::connect(host.pipeline(), &TelemetryPipeline::failed, &app,
                     [](const QString &m) { std::fprintf(stderr, "pipeline: %s\n", qPrintable(m)); });
    host.start();

    mosquitto_lib_init();
    Probe probe;
    mosquitto *sub = mosquitto_new("bench-probe-sub", true, &probe);
    mosquitto_message_callback_set(sub, onProbe);
    mosquitto_connect(sub, "127.0.0.1", port, 30);
    mosquitto_subscribe(sub, nullptr, "probe/#", 0);
    mosquitto_loop_start(sub);
    mosquitto *pub = mosquitto_new("bench-pub", true, nullptr);
    mosquitto_connect(pub, "127.0.0.1", port, 30);
    mosquitto_loop_start(pub);
    QThread::msleep(1500); // connector online, rules loaded

    std::atomic<bool> running{true};
    std::atomic<qint64> published{0};
    std::thread load([&] {
        const int perMessage = 50, hz = std::max(1, rate / perMessage);
        const auto period = std::chrono::microseconds(1'000'000 / hz);
        auto next = std::chrono::steady_clock::now();
        qint64 n = 0;
        while (running) {
            const qint64 ts = QDateTime::currentMSecsSinceEpoch();
            QByteArray payload = "[";
            for (int i = 0; i < perMessage; ++i, ++n) {
                const QString &tag = loadTags.at(n % loadTags.size());
                payload += (i ? "," : "") + QByteArray(R"({"tag":")") + tag.toUtf8() + R"(","ts":)" + QByteArray::number(ts)
                    + R"(,"value":)" + QByteArray::number(1.0 + double(n % 7) * 0.1) + "}";
            }
            payload += "]";
            mosquitto_publish(pub, nullptr, "plant/load", int(payload.size()), payload.constData(), 0, false);
            published += perMessage;
            next += period;
            std::this_thread::sleep_until(next);
        }
    });
    std::thread triggers([&] {
        bool high = false;
        while (running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(125));
            high = !high;
            const qint64 us = nowUs(), ts = us / 1000;
            if (high) {
                std::lock_guard lock(triggerMutex);
                triggerSentUs.insert(ts, us);
            }
            const QByteArray payload = QByteArray(R"({"tag":"RD1.LEL_GATE2","ts":)") + QByteArray::number(ts) + R"(,"value":)"
                + (high ? "80" : "2") + "}";
            mosquitto_publish(pub, nullptr, "plant/gate2", int(payload.size()), payload.constData(), 0, false);
            const QByteArray p = QByteArray::number(nowUs());
            mosquitto_publish(pub, nullptr, "probe/rt", int(p.size()), p.constData(), 0, false);
        }
    });

    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &app, [&] { app.quit(); });
    app.exec();
    running = false;
    load.join();
    triggers.join();
    const double elapsed = double(wall.elapsed()) / 1000.0;
    QThread::msleep(300);
    QCoreApplication::processEvents();
    host.stop();
    mosquitto_loop_stop(pub, true);
    mosquitto_loop_stop(sub, true);
    mosquitto_destroy(pub);
    mosquitto_destroy(sub);
    mosquitto_lib_cleanup();
    broker.terminate();
    broker.waitForFinished(3000);

    const qint64 stored = boardDb->scalar(u"SELECT count(*) FROM tag_samples"_s).toLongLong();
    std::vector<double> rt;
    {
        std::lock_guard lock(probe.mutex);
        rt = probe.roundTripMs;
    }
    std::printf("telemetry end-to-end latency through mosquitto (%d s, target %d samples/s)\n", seconds, rate);
    std::printf("  load published        %.0f samples/s; stored %lld samples (%.0f/s)\n", double(published) / elapsed,
                static_cast<long long>(stored), double(stored) / elapsed);
    std::printf("  baseline broker RTT   n=%zu  p50 %.2f ms  p99 %.2f ms\n", rt.size(), pct(rt, 50), pct(rt, 99));
    std::printf("  publish -> alarm      n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", alarmMs.size(), pct(alarmMs, 50),
                pct(alarmMs, 99), alarmMs.empty() ? 0.0 : *std::max_element(alarmMs.begin(), alarmMs.end()));
    std::printf("  publish -> on board   n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", boardMs.size(), pct(boardMs, 50),
                pct(boardMs, 99), boardMs.empty() ? 0.0 : *std::max_element(boardMs.begin(), boardMs.end()));
    const bool ok = !boardMs.empty() && pct(boardMs, 99) <= 50.0;
    std::printf("  verdict: %s (goal: p99 publish -> instruction on the board <= 50 ms at 5,000 samples/s)\n",
                ok ? "MEETS the goal" : "MISSES the goal");
    return 0;
}
