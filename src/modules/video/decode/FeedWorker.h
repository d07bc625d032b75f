// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/decode/FeedTypes.h"
#include "modules/video/decode/FrameSlot.h"

#include <QDateTime>
#include <QImage>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

struct AVFrame;
struct SwsContext;

namespace gl::video {

class FeedDecoder;

/// One camera feed decoded on its own thread. Every public call returns at once: start() spawns the
/// thread, stop() raises a flag that FFmpeg's interrupt callback sees within ~100 ms. The thread
/// connects, decodes, reconnects with exponential back-off and keeps FeedStats; consumers get frames
/// through latest-frame-wins FrameSlots scaled to their tile size. Exceptions never leave the thread.
class FeedWorker : public QObject {
    Q_OBJECT
public:
    /// Latency histogram resolution: bucket i counts frames with latency in [i, i+1) x 0.1 ms.
    static constexpr int kLatencyBuckets = 20000;
    static constexpr double kLatencyBucketMs = 0.1;

    explicit FeedWorker(FeedOptions options, QObject *parent = nullptr);
    ~FeedWorker() override; ///< stops and joins the thread

    void start();         ///< no-op while running; after stop() it first joins the interrupted thread
    void stop();          ///< non-blocking: asks the thread to end
    void wait();          ///< joins the thread (after stop(); returns within ~100 ms of it)
    bool isRunning() const { return m_running.load(); }

    /// A consumer (a wall tile, the full view): frames scaled to fit targetSize (empty: full size).
    std::shared_ptr<FrameSlot> addConsumer(QSize targetSize = {});
    void removeConsumer(const std::shared_ptr<FrameSlot> &slot);

    /// The next decoded frame is converted at full resolution and delivered by snapshotReady().
    void requestSnapshot();

    FeedStats stats() const; ///< thread-safe copy
    std::vector<quint32> latencyHistogram() const;
    const FeedOptions &options() const { return m_opt; }
    /// The URL with credentials removed, safe for logs and the UI.
    QString displayUrl() const;

Q_SIGNALS:
    void stateChanged(gl::video::FeedState state);
    void frameAvailable();  ///< a consumer slot went from empty to full (at most once per take)
    void statsChanged();    ///< about once a second while connected
    void snapshotReady(const QImage &fullFrame, const QDateTime &takenAt);

private:
    void run();
    void onFrame(AVFrame *frame, std::chrono::steady_clock::time_point arrival, qint64 ptsMs);
    void poll();
    void setState(FeedState state, const QString &error = {});
    bool sleepUntil(std::chrono::steady_clock::time_point t);
    QImage convert(AVFrame *frame, QSize size, SwsContext *&sws);

    const FeedOptions m_opt;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_snapshotRequested{false};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;

    mutable QMutex m_consumersMutex;
    std::vector<std::shared_ptr<FrameSlot>> m_consumers;
    std::atomic<qint64> m_droppedByRemoved{0};

    mutable QMutex m_statsMutex;
    FeedStats m_stats;
    std::vector<quint32> m_latency;

    // decoder thread only
    FeedDecoder *m_decoder = nullptr;
    std::unordered_map<const FrameSlot *, SwsContext *> m_scalers;
    SwsContext *m_snapshotScaler = nullptr;
    std::chrono::steady_clock::time_point m_startedAt, m_lastFrameAt, m_windowStart, m_liveSince;
    qint64 m_windowFrames = 0;
    qint64 m_windowBytes = 0;
    bool m_liveThisConnection = false;
    FeedState m_threadState = FeedState::Unknown;
};

} // namespace gl::video

Q_DECLARE_METATYPE(gl::video::FeedState)
