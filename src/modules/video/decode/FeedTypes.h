// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QSize>
#include <QString>

namespace gl::video {

/// Health of one feed. Connecting: opening the stream (first time or after a failure);
/// Live: frames arrive; Stalled: connected but no frame for FeedOptions::stallMs;
/// Offline: the last open or read failed, waiting out the reconnect back-off.
enum class FeedState { Unknown = 0, Connecting, Live, Stalled, Offline };

QString stateName(FeedState state);

enum class RtspTransport { Auto = 0, Tcp, Udp };

struct FeedOptions {
    QString url;                        ///< rtsp://, rtsps://, http(s)://, file path or file://
    QString name;                       ///< camera name, for logs and snapshots
    RtspTransport rtspTransport = RtspTransport::Tcp;
    int openTimeoutMs = 5000;           ///< connect + probe deadline, then the feed is offline
    int readTimeoutMs = 5000;           ///< no packet for this long: the connection is dropped
    int stallMs = 2000;                 ///< no decoded frame for this long while connected: stalled
    int backoffInitialMs = 500;         ///< first reconnect delay, doubled after each failure ...
    int backoffMaxMs = 30000;           ///< ... up to this
    int backoffResetMs = 60000;         ///< live this long: the next failure starts from the initial delay
    bool loopFiles = true;              ///< files restart at the end (drills)
    bool realTimeFiles = true;          ///< files are paced by their timestamps like a live camera
    bool hardwareDecode = false;        ///< try VAAPI when a render node exists; software otherwise
    int catchUpMs = 1000;               ///< decoding this far behind the stream: skip to the next key frame (0: never)
    int decoderThreads = 1;             ///< per feed; 1 keeps latency and per-frame cost lowest on a wall
    int probeSizeBytes = 256 * 1024;
    int analyzeDurationUs = 500000;
};

/// A consistent snapshot of a feed's health and counters.
struct FeedStats {
    FeedState state = FeedState::Unknown;
    QString codec;                      ///< FFmpeg codec name, e.g. "h264"
    QSize resolution;                   ///< of the decoded stream (full size)
    double fps = 0;                     ///< decoded frames per second over the last ~2 s
    double bitrateKbps = 0;             ///< compressed input over the last ~2 s
    double latencyMs = 0;               ///< packet arrival -> frame ready, last frame
    double latencyAvgMs = 0;            ///< exponential average of the above
    qint64 framesDecoded = 0;
    qint64 droppedFrames = 0;           ///< overwritten in a slot before being taken, decode errors, skipped to catch up
    qint64 reconnects = 0;              ///< successful opens after the first
    qint64 firstFrameMs = -1;           ///< from start() to the first decoded frame; -1 before
    bool hardware = false;              ///< decoding on VAAPI
    QString lastError;                  ///< redacted, for the status overlay
};

} // namespace gl::video

Q_DECLARE_METATYPE(gl::video::FeedStats)
