// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One logging category per module; messages shown to users are separate (gl::Error::message()).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace gl {
/// Routes Qt logging to a size-rotated file (keeps `keep` old files) as well as stderr.
/// Safe to call once per process; pass an empty path to log to stderr only.
void installFileLogging(const QString &path, qint64 maxBytes = 5 * 1024 * 1024, int keep = 5);
/// Removes credentials from a URL before it is logged: "postgresql://u:secret@h/db" -> "postgresql://u:***@h/db".
QString redactUrl(const QString &url);
} // namespace gl
