// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/decode/FeedTypes.h"

#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

struct AVFormatContext;
struct AVCodecContext;
struct AVPacket;
struct AVFrame;
struct AVBufferRef;

namespace gl::video {

using Clock = std::chrono::steady_clock;

/// One connection to a stream: libavformat demuxing and libavcodec decoding with the
/// send-packet/receive-frame API. Not thread-safe: used by the feed's own thread only.
/// Every blocking FFmpeg call is bounded by an interrupt callback (deadline + stop flag).
class FeedDecoder {
public:
    /// Called for every decoded frame (software pixel format) with its packet's arrival time.
    using FrameSink = std::function<void(AVFrame *frame, Clock::time_point arrival, qint64 ptsMs)>;
    /// Called while FFmpeg waits (at least every ~100 ms during blocking I/O).
    using PollHook = std::function<void()>;
    /// Sleeps until the given time unless stopped; returns false when stopped.
    using WaitUntil = std::function<bool(Clock::time_point)>;

    enum class Step { Packet, Frame, End, Failed };

    FeedDecoder(const FeedOptions &options, const std::atomic<bool> &stop, PollHook poll, WaitUntil wait);
    ~FeedDecoder();
    FeedDecoder(const FeedDecoder &) = delete;
    FeedDecoder &operator=(const FeedDecoder &) = delete;

    /// Connects and opens the decoder; throws gl::Error (Unreachable) with a redacted message.
    void open();
    void close();
    /// Reads one packet and decodes it, calling the sink for each frame it yields.
    Step step(const FrameSink &sink);

    QString codecName() const { return m_codecName; }
    QSize size() const;
    bool isFile() const { return m_isFile; }
    bool hardware() const { return m_hwActive; }
    qint64 bytesRead() const { return m_bytes; }
    qint64 decodeErrors() const { return m_decodeErrors; }
    qint64 skippedPackets() const { return m_skippedPackets; } ///< dropped to catch up with the stream
    QString lastError() const { return m_lastError; }

    /// True for a local path or file:// URL.
    static bool isFileUrl(const QString &url);

private:
    static int interruptCallback(void *self);
    Step readFailed(const QString &what, int averror);
    Step receiveFrames(const FrameSink &sink);
    bool restartFile();
    void openHardware();

    FeedOptions m_opt;
    const std::atomic<bool> &m_stop;
    PollHook m_poll;
    WaitUntil m_wait;
    AVFormatContext *m_fmt = nullptr;
    AVCodecContext *m_dec = nullptr;
    AVPacket *m_pkt = nullptr;
    AVFrame *m_frame = nullptr;
    AVFrame *m_swFrame = nullptr;
    AVBufferRef *m_hwDevice = nullptr;
    int m_stream = -1;
    bool m_isFile = false;
    bool m_hwActive = false;
    QString m_codecName;
    QString m_lastError;
    qint64 m_bytes = 0;
    qint64 m_decodeErrors = 0;
    qint64 m_skippedPackets = 0;
    bool m_catchingUp = false;
    Clock::time_point m_deadline;
    bool m_timedOut = false;            ///< the interrupt callback fired on the deadline
    int m_skippedBeforeKey = -1;        ///< packets dropped before the first key frame; -1 once decoding
    // pts bookkeeping (milliseconds): file pacing and continuity across loops
    qint64 m_firstPtsMs = -1;
    qint64 m_lastPtsMs = -1;
    qint64 m_frameStepMs = 40;
    qint64 m_loopOffsetMs = 0;
    Clock::time_point m_paceStart;
};

} // namespace gl::video
