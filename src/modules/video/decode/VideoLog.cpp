// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/VideoLog.h"

#include <QRegularExpression>

#include <cstdio>
#include <mutex>

extern "C" {
#include <libavutil/log.h>
}

Q_LOGGING_CATEGORY(lcVideo, "guardline.video")

using namespace Qt::StringLiterals;

namespace gl::video {
namespace {

void ffmpegLogCallback(void *avcl, int level, const char *fmt, va_list vl)
{
    if (level > AV_LOG_WARNING)
        return;
    char line[1024];
    int prefix = 1;
    av_log_format_line2(avcl, level, fmt, vl, line, sizeof line, &prefix);
    const QString text = redactText(QString::fromUtf8(line).trimmed());
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_ERROR)
        qCWarning(lcVideo).noquote() << "ffmpeg:" << text;
    else
        qCInfo(lcVideo).noquote() << "ffmpeg:" << text;
}

} // namespace

QString redactText(const QString &text)
{
    // userinfo = anything up to the last '@' before the host; '@' may not occur inside it unescaped.
    static const QRegularExpression re(u"([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"_s);
    QString out = text;
    out.replace(re, u"\\1***:***@"_s);
    return out;
}

void installFfmpegLogBridge()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(ffmpegLogCallback); });
}

} // namespace gl::video
