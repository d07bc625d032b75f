// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/FeedWorker.h"
#include "platform/util/Clock.h"

#include "modules/video/decode/Backoff.h"
#include "modules/video/decode/FeedDecoder.h"
#include "modules/video/decode/VideoLog.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace gl::video {
namespace {

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return duration<double, std::milli>(b - a).count();
}

} // namespace

FeedWorker::FeedWorker(FeedOptions options, QObject *parent)
    : QObject(parent), m_opt(std::move(options)), m_latency(kLatencyBuckets, 0)
{
    qRegisterMetaType<gl::video::FeedState>();
    qRegisterMetaType<gl::video::FeedStats>();
}

FeedWorker::~FeedWorker()
{
    stop();
    wait();
}

QString FeedWorker::displayUrl() const
{
    return redactText(gl::redactUrl(m_opt.url));
}

void FeedWorker::start()
{
    if (m_thread.joinable() && !m_stop.load())
        return; // already running
    wait(); // a previous run that is stopping: its I/O is already interrupted
    m_stop = false;
    m_running = true;
    m_startedAt = Clock::now();
    {
        QMutexLocker lock(&m_statsMutex);
        m_stats.firstFrameMs = -1;
    }
    m_thread = std::thread([this] {
        try {
            run();
        } catch (const std::exception &e) { // nothing may escape the feed's thread
            qCCritical(lcVideo).noquote() << "camera" << m_opt.name
                                          << "worker failed:" << redactText(QString::fromUtf8(e.what()));
            setState(FeedState::Offline, u"internal error"_s);
            m_running = false;
        }
    });
}

void FeedWorker::stop()
{
    {
        std::lock_guard lock(m_waitMutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

void FeedWorker::wait()
{
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

std::shared_ptr<FrameSlot> FeedWorker::addConsumer(QSize targetSize)
{
    auto slot = std::make_shared<FrameSlot>(targetSize);
    QMutexLocker lock(&m_consumersMutex);
    m_consumers.push_back(slot);
    return slot;
}

void FeedWorker::removeConsumer(const std::shared_ptr<FrameSlot> &slot)
{
    QMutexLocker lock(&m_consumersMutex);
    const auto it = std::find(m_consumers.begin(), m_consumers.end(), slot);
    if (it != m_consumers.end()) {
        m_droppedByRemoved += (*it)->dropped();
        m_consumers.erase(it);
    }
}

void FeedWorker::requestSnapshot()
{
    m_snapshotRequested = true;
}

FeedStats FeedWorker::stats() const
{
    FeedStats s;
    {
        QMutexLocker lock(&m_statsMutex);
        s = m_stats;
    }
    QMutexLocker lock(&m_consumersMutex);
    for (const auto &slot : m_consumers)
        s.droppedFrames += slot->dropped();
    s.droppedFrames += m_droppedByRemoved.load();
    return s;
}

std::vector<quint32> FeedWorker::latencyHistogram() const
{
    QMutexLocker lock(&m_statsMutex);
    return m_latency;
}

void FeedWorker::setState(FeedState state, const QString &error)
{
    if (state == m_threadState && error.isEmpty())
        return;
    const FeedState old = m_threadState;
    m_threadState = state;
    {
        QMutexLocker lock(&m_statsMutex);
        m_stats.state = state;
        if (!error.isEmpty())
            m_stats.lastError = error;
        if (state != FeedState::Live) {
            m_stats.fps = 0;
            m_stats.bitrateKbps = 0;
        }
    }
    if (old != state) {
        qCInfo(lcVideo).noquote() << "camera" << m_opt.name << stateName(old) << "->" << stateName(state);
        Q_EMIT stateChanged(state);
    }
}

bool FeedWorker::sleepUntil(Clock::time_point t)
{
    std::unique_lock lock(m_waitMutex);
    m_wake.wait_until(lock, t, [this] { return m_stop.load(); });
    return !m_stop.load();
}

void FeedWorker::run()
{
    FeedDecoder decoder(m_opt, m_stop, [this] { poll(); }, [this](Clock::time_point t) { return sleepUntil(t); });
    m_decoder = &decoder;
    const auto sink = [this](AVFrame *f, Clock::time_point arrival, qint64 ptsMs) { onFrame(f, arrival, ptsMs); };
    Backoff backoff(m_opt.backoffInitialMs, m_opt.backoffMaxMs);
    bool openedBefore = false;

    while (!m_stop.load()) {
        setState(FeedState::Connecting);
        try {
            decoder.open();
        } catch (const Error &e) {
            if (m_stop.load())
                break;
            const int waitMs = backoff.next();
            qCWarning(lcVideo).noquote() << redactText(e.message()) << "- retry in" << waitMs << "ms";
            setState(FeedState::Offline, redactText(decoder.lastError()));
            if (!sleepUntil(Clock::now() + milliseconds(waitMs)))
                break;
            continue;
        }
        {
            QMutexLocker lock(&m_statsMutex);
            if (openedBefore)
                ++m_stats.reconnects;
            m_stats.codec = decoder.codecName();
            m_stats.resolution = decoder.size();
            m_stats.hardware = decoder.hardware();
        }
        openedBefore = true;
        m_lastFrameAt = m_windowStart = Clock::now();
        m_windowFrames = 0;
        m_windowBytes = decoder.bytesRead();
        m_liveThisConnection = false;

        FeedDecoder::Step step = FeedDecoder::Step::Packet;
        while (!m_stop.load()) {
            step = decoder.step(sink);
            if (step == FeedDecoder::Step::End || step == FeedDecoder::Step::Failed)
                break;
            poll();
        }
        if (m_stop.load())
            break;
        if (m_liveThisConnection && Clock::now() - m_liveSince >= milliseconds(m_opt.backoffResetMs))
            backoff.reset(); // it worked for a good while: retry quickly
        const QString error = redactText(decoder.lastError());
        decoder.close();
        const int waitMs = backoff.next();
        qCWarning(lcVideo).noquote() << "camera" << m_opt.name << '(' + displayUrl() + ')' << "lost:" << error
                                     << "- retry in" << waitMs << "ms";
        setState(FeedState::Offline, error);
        if (!sleepUntil(Clock::now() + milliseconds(waitMs)))
            break;
    }
    decoder.close();
    m_decoder = nullptr;
    for (auto &[slot, sws] : m_scalers)
        sws_freeContext(sws);
    m_scalers.clear();
    sws_freeContext(m_snapshotScaler);
    m_snapshotScaler = nullptr;
    setState(FeedState::Offline);
    m_running = false;
}

void FeedWorker::poll()
{
    const Clock::time_point now = Clock::now();
    if (m_threadState == FeedState::Live && now - m_lastFrameAt > milliseconds(m_opt.stallMs))
        setState(FeedState::Stalled);
    const double dt = msBetween(m_windowStart, now);
    if (dt < 1000 || !m_decoder)
        return;
    const qint64 bytes = m_decoder->bytesRead();
    {
        QMutexLocker lock(&m_statsMutex);
        const bool flowing = m_threadState == FeedState::Live;
        m_stats.fps = flowing ? m_windowFrames * 1000.0 / dt : 0;
        m_stats.bitrateKbps = flowing ? (bytes - m_windowBytes) * 8.0 / dt : 0;
        m_stats.droppedFrames = m_decoder->decodeErrors() + m_decoder->skippedPackets();
    }
    m_windowStart = now;
    m_windowFrames = 0;
    m_windowBytes = bytes;
    Q_EMIT statsChanged();
}

QImage FeedWorker::convert(AVFrame *frame, QSize size, SwsContext *&sws)
{
    // tiles: fast bilinear (cheapest, fine for a wall); the full-size snapshot: accurate bilinear
    const int flags = size.width() < frame->width ? SWS_FAST_BILINEAR : SWS_BILINEAR | SWS_ACCURATE_RND;
    // JPEG-range formats (MJPEG cameras) are their plain twins plus a full-range flag
    AVPixelFormat format = AVPixelFormat(frame->format);
    bool fullRange = frame->color_range == AVCOL_RANGE_JPEG;
    switch (format) {
    case AV_PIX_FMT_YUVJ420P: format = AV_PIX_FMT_YUV420P; fullRange = true; break;
    case AV_PIX_FMT_YUVJ422P: format = AV_PIX_FMT_YUV422P; fullRange = true; break;
    case AV_PIX_FMT_YUVJ444P: format = AV_PIX_FMT_YUV444P; fullRange = true; break;
    default: break;
    }
    sws = sws_getCachedContext(sws, frame->width, frame->height, format, size.width(), size.height(),
                               AV_PIX_FMT_RGB32, flags, nullptr, nullptr, nullptr);
    if (!sws)
        return {};
    int *inv = nullptr, *table = nullptr, srcRange = 0, dstRange = 0, brightness = 0, contrast = 0, saturation = 0;
    if (sws_getColorspaceDetails(sws, &inv, &srcRange, &table, &dstRange, &brightness, &contrast, &saturation) >= 0
        && srcRange != int(fullRange))
        sws_setColorspaceDetails(sws, inv, int(fullRange), table, dstRange, brightness, contrast, saturation);
    QImage image(size, QImage::Format_RGB32);
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    return image;
}

void FeedWorker::onFrame(AVFrame *frame, Clock::time_point arrival, qint64 ptsMs)
{
    const QSize full(frame->width, frame->height);
    std::vector<std::shared_ptr<FrameSlot>> consumers;
    {
        QMutexLocker lock(&m_consumersMutex);
        consumers = m_consumers;
    }
    qint64 sequence = 0;
    {
        QMutexLocker lock(&m_statsMutex);
        sequence = ++m_stats.framesDecoded;
    }
    for (const auto &slot : consumers) {
        const QSize target = slot->targetSize();
        QSize size = target.isEmpty() ? full : full.scaled(target, Qt::KeepAspectRatio);
        size = size.expandedTo(QSize(2, 2));
        QImage image = convert(frame, size, m_scalers[slot.get()]);
        if (image.isNull())
            continue;
        const double slotLatencyMs = msBetween(arrival, Clock::now());
        if (slot->put(VideoFrame{std::move(image), sequence, ptsMs, slotLatencyMs}))
            Q_EMIT frameAvailable();
    }
    if (m_scalers.size() > consumers.size()) { // drop the scalers of removed consumers
        for (auto it = m_scalers.begin(); it != m_scalers.end();) {
            const bool used = std::any_of(consumers.begin(), consumers.end(),
                                          [&](const auto &s) { return s.get() == it->first; });
            if (!used) {
                sws_freeContext(it->second);
                it = m_scalers.erase(it);
            } else {
                ++it;
            }
        }
    }
    const Clock::time_point ready = Clock::now();
    const double latencyMs = msBetween(arrival, ready); // decode + scaling for every consumer

    if (m_snapshotRequested.exchange(false)) {
        QImage fullImage = convert(frame, full, m_snapshotScaler);
        if (!fullImage.isNull())
            Q_EMIT snapshotReady(fullImage, processClock().now().toLocalTime());
    }

    m_lastFrameAt = ready;
    ++m_windowFrames;
    {
        QMutexLocker lock(&m_statsMutex);
        if (m_stats.firstFrameMs < 0)
            m_stats.firstFrameMs = qint64(msBetween(m_startedAt, ready));
        m_stats.resolution = full;
        m_stats.latencyMs = latencyMs;
        m_stats.latencyAvgMs = m_stats.latencyAvgMs == 0 ? latencyMs : 0.9 * m_stats.latencyAvgMs + 0.1 * latencyMs;
        const int bucket = std::clamp(int(latencyMs / kLatencyBucketMs), 0, kLatencyBuckets - 1);
        ++m_latency[size_t(bucket)];
    }
    if (m_threadState != FeedState::Live) {
        if (!m_liveThisConnection) {
            m_liveThisConnection = true;
            m_liveSince = ready;
        }
        setState(FeedState::Live);
    }
}

} // namespace gl::video
