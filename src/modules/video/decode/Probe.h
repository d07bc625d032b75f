// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/video/decode/FeedTypes.h"

#include <QJsonObject>
#include <QString>

namespace gl::video {

/// What `guardlinectl camera probe` reports (CONTRACTS.md).
struct ProbeResult {
    qint64 frames = 0;
    double fps = 0;
    int width = 0;
    int height = 0;
    QString codec;
    qint64 firstFrameMs = -1;   ///< -1: no frame
    qint64 reconnects = 0;
    bool unreachable = false;   ///< offline before any frame, or no frame within the time
    QString error;              ///< redacted

    /// {"frames","fps","width","height","codec","first_frame_ms","reconnects"}
    QJsonObject toJson() const;
};

/// Throws gl::Error(BadInput) for a URL that cannot name a camera: empty, an unsupported scheme,
/// no host, a bad port; (NotFound) for a local file that does not exist.
void validateFeedUrl(const QString &url);

/// Opens the feed and decodes for `seconds`; returns early, unreachable, when the feed goes offline
/// before its first frame. Blocks the calling thread (the decoding runs on a FeedWorker).
ProbeResult probeFeed(FeedOptions options, int seconds);

} // namespace gl::video
