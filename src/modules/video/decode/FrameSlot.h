// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QMutex>
#include <QSize>

#include <atomic>
#include <optional>

namespace gl::video {

/// One decoded, scaled frame as a consumer receives it.
struct VideoFrame {
    QImage image;             ///< Format_RGB32, fitted inside the slot's target size
    qint64 sequence = 0;      ///< counts decoded frames of the feed, from 1
    qint64 ptsMs = 0;         ///< stream timestamp (ms), monotonic across file loops
    double latencyMs = 0;     ///< packet arrival -> this frame ready
};

/// Latest-frame-wins hand-over between a feed's decoder thread and one consumer (a wall tile).
/// Holds at most one frame: a new frame replaces an untaken one (counted as dropped), so a slow
/// consumer never makes memory grow. Thread-safe; the decoder fills it, the consumer takes from it.
class FrameSlot {
public:
    explicit FrameSlot(QSize targetSize = {}) : m_target(targetSize) {}

    /// The tile size frames are scaled to (aspect kept, fitted inside). Empty: the full stream size.
    void setTargetSize(QSize size);
    QSize targetSize() const;

    /// Producer side. Returns true when the slot was empty (the consumer should be notified once).
    bool put(VideoFrame frame);
    /// Consumer side: the newest frame, once; nothing when no new frame arrived since the last take.
    std::optional<VideoFrame> take();

    qint64 dropped() const { return m_dropped.load(); }
    qint64 delivered() const { return m_delivered.load(); }

private:
    mutable QMutex m_mutex;
    QSize m_target;
    std::optional<VideoFrame> m_frame;
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_delivered{0};
};

} // namespace gl::video
