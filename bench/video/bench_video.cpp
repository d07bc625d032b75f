// SPDX-License-Identifier: Apache-2.0
// bench_video [--feeds 16] [--seconds 20] [--tile 480x270]
// Generates a 720p25 H.264 clip (lavfi testsrc2, libx264, camera-like: main profile, no B-frames, GOP 50,
// 2 Mb/s), then in the same run:
//   1. baseline: one `ffmpeg -re -stream_loop -1 -i clip -t S -f null -` per feed, all at once,
//      with ffmpeg's default threads and again with -threads 1; CPU time of the children per frame;
//   2. Guardline: one FeedWorker per feed (file paced in real time, looped), each scaled to a wall tile
//      and taken by a consumer polling like a wall repaint; CPU time of this process per frame, and
//      packet-arrival -> frame-ready latency p50/p95 from the workers' histograms.
#include "modules/video/decode/FeedWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gl::video;

namespace {

QTextStream out(stdout);

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : u"?"_s;
}

double cpuSeconds(int who)
{
    rusage ru{};
    getrusage(who, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

bool makeClip(const QString &path)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(GUARDLINE_FFMPEG),
            {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
             u"testsrc2=size=1280x720:rate=25"_s, u"-t"_s, u"10"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s,
             u"veryfast"_s, u"-profile:v"_s, u"main"_s, u"-bf"_s, u"0"_s, u"-g"_s, u"50"_s, u"-b:v"_s, u"2M"_s,
             u"-pix_fmt"_s, u"yuv420p"_s, path});
    return p.waitForFinished(300000) && p.exitCode() == 0;
}

struct Cost {
    double cpu = 0;
    qint64 frames = 0;
    double wallS = 0;
    double perFrameMs() const { return frames ? cpu * 1000 / double(frames) : 0; }
};

Cost runFfmpeg(const QString &clip, int feeds, int seconds, bool singleThread)
{
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 0; i < feeds; ++i) {
        auto p = std::make_unique<QProcess>();
        QStringList args = {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-nostats"_s, u"-progress"_s, u"pipe:1"_s};
        if (singleThread)
            args << u"-threads"_s << u"1"_s;
        args << u"-re"_s << u"-stream_loop"_s << u"-1"_s << u"-i"_s << clip << u"-t"_s << QString::number(seconds)
             << u"-f"_s << u"null"_s << u"-"_s;
        p->start(QStringLiteral(GUARDLINE_FFMPEG), args);
        procs.push_back(std::move(p));
    }
    Cost c;
    for (auto &p : procs) {
        p->waitForFinished(seconds * 1000 + 120000);
        const QStringList lines = QString::fromLatin1(p->readAllStandardOutput()).split(u'\n');
        qint64 last = 0;
        for (const QString &l : lines) {
            if (l.startsWith(u"frame="_s))
                last = l.mid(6).trimmed().toLongLong();
        }
        c.frames += last;
    }
    c.cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    c.wallS = double(wall.elapsed()) / 1000;
    return c;
}

double percentile(const std::vector<quint64> &hist, double q)
{
    quint64 total = 0;
    for (quint64 n : hist)
        total += n;
    if (!total)
        return 0;
    const quint64 rank = quint64(q * double(total - 1));
    quint64 seen = 0;
    for (size_t i = 0; i < hist.size(); ++i) {
        seen += hist[i];
        if (seen > rank)
            return (double(i) + 0.5) * FeedWorker::kLatencyBucketMs;
    }
    return double(hist.size()) * FeedWorker::kLatencyBucketMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int feeds = 16, seconds = 20;
    QSize tile(480, 270);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--feeds"_s)
            feeds = args[i + 1].toInt();
        else if (args[i] == u"--seconds"_s)
            seconds = args[i + 1].toInt();
        else if (args[i] == u"--tile"_s)
            tile = QSize(args[i + 1].section(u'x', 0, 0).toInt(), args[i + 1].section(u'x', 1, 1).toInt());
    }
    QTemporaryDir dir;
    const QString clip = dir.filePath(u"cam720p25.mp4"_s);
    out << "bench_video: " << feeds << " feeds of 720p25 H.264 (2 Mb/s, GOP 50, no B-frames), " << seconds
        << " s each phase, tiles " << tile.width() << 'x' << tile.height() << ", " << QThread::idealThreadCount()
        << " cores\n" << Qt::flush;
    if (!makeClip(clip)) {
        out << "bench_video: ffmpeg could not generate the clip\n";
        return 1;
    }

    out << "load average before: " << loadAverage() << " (other work on the machine skews wall-clock numbers)\n"
        << Qt::flush;
    const Cost ffAuto = runFfmpeg(clip, feeds, seconds, false);
    const Cost ffOne = runFfmpeg(clip, feeds, seconds, true);
    out << "load average after the baseline: " << loadAverage() << '\n' << Qt::flush;

    std::vector<std::unique_ptr<FeedWorker>> workers;
    std::vector<std::shared_ptr<FrameSlot>> tiles;
    for (int i = 0; i < feeds; ++i) {
        FeedOptions o;
        o.url = clip;
        o.name = u"bench-"_s + QString::number(i);
        workers.push_back(std::make_unique<FeedWorker>(o));
        tiles.push_back(workers.back()->addConsumer(tile));
    }
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer wall;
    wall.start();
    for (auto &w : workers)
        w->start();
    qint64 painted = 0;
    while (wall.elapsed() < seconds * 1000) { // the wall repaints at up to 50 Hz and takes what is there
        for (auto &t : tiles)
            painted += t->take().has_value() ? 1 : 0;
        QThread::msleep(20);
    }
    for (auto &w : workers)
        w->stop();
    for (auto &w : workers)
        w->wait();
    const double elapsed = double(wall.elapsed()) / 1000;
    out << "load average after guardline: " << loadAverage() << '\n';
    Cost ours;
    ours.cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    std::vector<quint64> hist(FeedWorker::kLatencyBuckets, 0);
    double minFps = 1e9;
    qint64 dropped = 0;
    for (auto &w : workers) {
        const FeedStats s = w->stats();
        ours.frames += s.framesDecoded;
        dropped += s.droppedFrames;
        minFps = std::min(minFps, double(s.framesDecoded) / elapsed);
        const std::vector<quint32> h = w->latencyHistogram();
        for (size_t i = 0; i < h.size(); ++i)
            hist[i] += h[i];
    }

    const double p50 = percentile(hist, 0.50), p95 = percentile(hist, 0.95), p99 = percentile(hist, 0.99);
    const Cost &best = ffOne.perFrameMs() > 0 && ffOne.perFrameMs() < ffAuto.perFrameMs() ? ffOne : ffAuto;
    const double ratio = best.perFrameMs() > 0 ? ours.perFrameMs() / best.perFrameMs() : 0;
    const qint64 expected = qint64(feeds * 25 * elapsed);

    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(3);
    out << "baseline ffmpeg -f null (auto threads): " << ffAuto.frames << " frames, " << ffAuto.cpu << " s CPU, "
        << ffAuto.perFrameMs() << " ms CPU/frame, " << ffAuto.wallS << " s wall\n";
    out << "baseline ffmpeg -f null (-threads 1):   " << ffOne.frames << " frames, " << ffOne.cpu << " s CPU, "
        << ffOne.perFrameMs() << " ms CPU/frame, " << ffOne.wallS << " s wall\n";
    out << "guardline decode+scale to tiles:        " << ours.frames << " frames (" << expected
        << " due in real time), " << ours.cpu << " s CPU, " << ours.perFrameMs() << " ms CPU/frame\n";
    qint64 unpainted = 0;
    for (auto &t : tiles)
        unpainted += t->dropped();
    out << "real time: slowest feed " << minFps << " fps (source 25), tile frames painted " << painted
        << ", overwritten unpainted " << unpainted << ", skipped to catch up " << dropped - unpainted << '\n';
    out << "latency packet arrival -> tile frame ready: p50 " << p50 << " ms, p95 " << p95 << " ms, p99 " << p99
        << " ms\n";
    const bool costOk = ratio > 0 && ratio <= 1.3;
    const bool latencyOk = p95 <= 100;
    const bool realTime = ours.frames >= expected * 95 / 100;
    out << "verdict: cost " << ratio << "x the cheaper ffmpeg baseline (goal <= 1.3x) " << (costOk ? "PASS" : "FAIL")
        << "; p95 latency " << p95 << " ms (goal <= 100 ms) " << (latencyOk ? "PASS" : "FAIL") << "; real time "
        << (realTime ? "PASS" : "FAIL") << '\n';
    return costOk && latencyOk && realTime ? 0 : 1;
}
