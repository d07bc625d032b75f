// SPDX-License-Identifier: Apache-2.0
// guardlinectl camera probe URL [--seconds N] [--transport tcp|udp] [--json]
#include "cli/Commands.h"
#include "modules/video/decode/Probe.h"
#include "platform/util/Error.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runCameraProbe(Context &ctx)
{
    QString url;
    int seconds = 5;
    bool json = false;
    video::FeedOptions options;
    options.name = u"probe"_s;
    options.loopFiles = false;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString &arg = a.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= a.size())
                fail(ErrorCode::BadInput, u"option '"_s + arg + u"': needs a value"_s);
            return a.at(++i);
        };
        if (arg == u"--json"_s) {
            json = true;
        } else if (arg == u"--seconds"_s) {
            const QString v = value();
            bool ok = false;
            seconds = v.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                fail(ErrorCode::BadInput, u"option '--seconds': '"_s + v + u"' is not a whole number from 1 to 3600"_s);
        } else if (arg == u"--transport"_s) {
            const QString v = value();
            if (v != u"tcp"_s && v != u"udp"_s)
                fail(ErrorCode::BadInput, u"option '--transport': '"_s + v + u"' is not tcp or udp"_s);
            options.rtspTransport = v == u"tcp"_s ? video::RtspTransport::Tcp : video::RtspTransport::Udp;
        } else if (arg.startsWith(u"--"_s)) {
            fail(ErrorCode::BadInput, u"unknown option '"_s + arg + u"' (usage: camera probe URL [--seconds N] "
                                                                    "[--transport tcp|udp] [--json])"_s);
        } else if (url.isEmpty()) {
            url = arg;
        } else {
            fail(ErrorCode::BadInput, u"unexpected argument '"_s + arg + u"': one URL only"_s);
        }
    }
    if (url.isEmpty())
        fail(ErrorCode::BadInput, u"missing URL (usage: camera probe URL [--seconds N] [--json])"_s);
    video::validateFeedUrl(url);
    options.url = url;

    const video::ProbeResult r = video::probeFeed(options, seconds);
    if (json) {
        ctx.printJson(QJsonDocument(r.toJson()));
    } else {
        ctx.out << "frames " << r.frames << "  fps " << QString::number(r.fps, 'f', 2) << "  size " << r.width
                << 'x' << r.height << "  codec " << (r.codec.isEmpty() ? u"-"_s : r.codec) << "  first frame "
                << r.firstFrameMs << " ms  reconnects " << r.reconnects << '\n';
        ctx.out.flush();
    }
    if (r.unreachable) {
        ctx.err << "guardlinectl camera probe: camera unreachable: " << r.error << '\n';
        return exitCodeFor(ErrorCode::Unreachable);
    }
    return 0;
}

} // namespace gl::cli
