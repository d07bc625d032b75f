// SPDX-License-Identifier: Apache-2.0
#include "modules/video/decode/Probe.h"

#include "modules/video/decode/FeedDecoder.h"
#include "modules/video/decode/FeedWorker.h"
#include "modules/video/decode/VideoLog.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace gl::video {

QJsonObject ProbeResult::toJson() const
{
    return QJsonObject{
        {u"frames"_s, frames},
        {u"fps"_s, std::round(fps * 100) / 100},
        {u"width"_s, width},
        {u"height"_s, height},
        {u"codec"_s, codec},
        {u"first_frame_ms"_s, firstFrameMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(firstFrameMs)},
        {u"reconnects"_s, reconnects},
    };
}

void validateFeedUrl(const QString &url)
{
    const QString shown = redactText(gl::redactUrl(url));
    auto bad = [&](const QString &problem) { fail(ErrorCode::BadInput, u"URL '"_s + shown + u"': "_s + problem); };
    if (url.trimmed().isEmpty())
        bad(u"empty"_s);
    if (FeedDecoder::isFileUrl(url)) {
        const QString path = url.startsWith(u"file://"_s, Qt::CaseInsensitive) ? QUrl(url).toLocalFile() : url;
        if (!QFileInfo(path).isFile())
            fail(ErrorCode::NotFound, u"URL '"_s + shown + u"': no such file"_s);
        return;
    }
    const QUrl u(url, QUrl::StrictMode);
    static const QStringList schemes = {u"rtsp"_s, u"rtsps"_s, u"http"_s, u"https"_s, u"rtmp"_s, u"udp"_s, u"tcp"_s};
    static const QRegularExpression portRe(u"^[A-Za-z0-9+.-]+://(?:[^/@]*@)?(?:\\[[^\\]]*\\]|[^/:?#]*)(?::([^/?#]*))?"_s);
    const QString port = portRe.match(url).captured(1);
    bool ok = true;
    if (!port.isNull() && (port.toInt(&ok) < 1 || !ok || port.toInt() > 65535))
        bad(u"bad port '"_s + port + u"'"_s);
    if (!u.isValid()) // QUrl's message quotes the whole URL: keep only the reason
        bad(u"malformed ("_s + u.errorString().section(u';', 0, 0) + u')');
    if (!schemes.contains(u.scheme().toLower()))
        bad(u"unsupported scheme '"_s + u.scheme() + u"' (rtsp, rtsps, http, https, rtmp, udp, tcp or a file)"_s);
    if (u.host().isEmpty())
        bad(u"no host"_s);
}

ProbeResult probeFeed(FeedOptions options, int seconds)
{
    const int totalMs = seconds * 1000;
    options.openTimeoutMs = std::clamp(totalMs, 1000, options.openTimeoutMs);
    options.readTimeoutMs = std::clamp(totalMs, 1000, options.readTimeoutMs);
    const bool isFile = FeedDecoder::isFileUrl(options.url);
    FeedWorker worker(options);
    QElapsedTimer clock;
    clock.start();
    worker.start();
    FeedStats s;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        s = worker.stats();
        if (clock.elapsed() >= totalMs)
            break;
        if (s.framesDecoded == 0 && s.state == FeedState::Offline)
            break; // the first attempt failed: unreachable within its timeout
        if (s.framesDecoded > 0 && s.state == FeedState::Offline && isFile && !options.loopFiles)
            break; // a file probed to its end
    }
    const qint64 endMs = clock.elapsed();
    worker.stop();
    worker.wait();

    ProbeResult r;
    r.frames = s.framesDecoded;
    r.width = std::max(0, s.resolution.width());
    r.height = std::max(0, s.resolution.height());
    r.codec = s.codec;
    r.firstFrameMs = s.firstFrameMs;
    r.reconnects = s.reconnects;
    r.error = s.lastError;
    r.unreachable = s.framesDecoded == 0;
    if (r.unreachable && r.error.isEmpty())
        r.error = u"no frame within "_s + QString::number(seconds) + u" s"_s;
    const double decodingMs = double(endMs - std::max<qint64>(0, s.firstFrameMs));
    if (r.frames > 1 && decodingMs > 0)
        r.fps = (r.frames - 1) * 1000.0 / decodingMs;
    return r;
}

} // namespace gl::video
