// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcVideo)

namespace gl::video {

/// Replaces the password of every "scheme://user:pass@" inside free text (FFmpeg log lines quote URLs
/// anywhere in a message), and the user too: "rtsp://admin:pw@h/x" -> "rtsp://***:***@h/x".
QString redactText(const QString &text);

/// Routes FFmpeg's own log (av_log) into lcVideo at warning level and above, redacted. Idempotent.
void installFfmpegLogBridge();

} // namespace gl::video
