// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/DemoDrillFeeds.h"
#include "modules/video/logic/CameraService.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

/// Drill clips for the demo: a recognisable synthetic scene per camera (sky, ground, plant silhouettes, a
/// vehicle crossing, a blinking beacon), the camera's code and name and a running clock burned in with
/// drawtext; H.264 like a camera (no B-frames, a key frame a second). ~100 KB per 10 s clip.
struct DrillScene {
    const char *sky, *ground;
    const char *boxes; ///< drawbox filters: the plant's silhouettes
    const char *mover; ///< colour and size of what crosses the picture
    int moverY, speed;
};
constexpr DrillScene kDrillScenes[] = {
    // Process units: columns and a pipe rack.
    {"0x4f6f94", "0x4a4a44",
     "drawbox=x=60:y=60:w=26:h=175:color=0xa8adb2:t=fill,drawbox=x=110:y=90:w=34:h=145:color=0x9aa0a6:t=fill,"
     "drawbox=x=170:y=40:w=22:h=195:color=0xb4b9be:t=fill,drawbox=x=0:y=180:w=640:h=8:color=0xd0a040:t=fill,"
     "drawbox=x=0:y=200:w=640:h=5:color=0x8fa0b0:t=fill,drawbox=x=380:y=130:w=220:h=105:color=0x6e7378:t=fill",
     "0xf0c020:s=60x26", 262, 70},
    // Compressor house: a low building with machines in front.
    {"0x5a7a9e", "0x52504a",
     "drawbox=x=40:y=110:w=560:h=125:color=0x787d82:t=fill,drawbox=x=40:y=100:w=560:h=10:color=0x5c6166:t=fill,"
     "drawbox=x=90:y=170:w=80:h=65:color=0x3f6f8f:t=fill,drawbox=x=230:y=170:w=80:h=65:color=0x3f6f8f:t=fill,"
     "drawbox=x=370:y=170:w=80:h=65:color=0x3f6f8f:t=fill,drawbox=x=500:y=150:w=60:h=85:color=0x9aa0a6:t=fill",
     "0xff7043:s=18x36", 270, 45},
    // Tank farm: storage tanks inside a dike.
    {"0x4f6f94", "0x4a4a44",
     "drawbox=x=0:y=110:w=640:h=125:color=0x7393b8:t=fill,drawbox=x=40:y=140:w=120:h=95:color=0xc8ccd0:t=fill,"
     "drawbox=x=40:y=140:w=120:h=8:color=0x9aa0a6:t=fill,drawbox=x=190:y=165:w=90:h=70:color=0xb4b9be:t=fill,"
     "drawbox=x=330:y=70:w=14:h=165:color=0x8a8f94:t=fill,drawbox=x=400:y=120:w=200:h=115:color=0x6e7378:t=fill,"
     "drawbox=x=0:y=228:w=640:h=7:color=0x8d8678:t=fill",
     "0xf0c020:s=60x26", 262, 70},
    // Casting house: a hall with a glowing pour station.
    {"0x37474f", "0x3e3a36",
     "drawbox=x=20:y=50:w=600:h=185:color=0x5d6468:t=fill,drawbox=x=20:y=40:w=600:h=12:color=0x455a64:t=fill,"
     "drawbox=x=80:y=150:w=110:h=85:color=0x263238:t=fill,drawbox=x=105:y=170:w=60:h=40:color=0xff8f00:t=fill,"
     "drawbox=x=300:y=70:w=8:h=110:color=0x90a4ae:t=fill,drawbox=x=260:y=70:w=200:h=8:color=0x90a4ae:t=fill,"
     "drawbox=x=420:y=150:w=150:h=85:color=0x4e5b61:t=fill",
     "0xfdd835:s=40x22", 258, 55},
};
/// Demo cameras that play a drill clip (index into kDrillScenes); the others stay offline on purpose.
const QList<QPair<QString, int>> kDrillCameras = {{u"CAM-01"_s, 0}, {u"CAM-02"_s, 1}, {u"CAM-03"_s, 3},
                                                  {u"CAM-05"_s, 2}, {u"CAM-06"_s, 2}, {u"CAM-07"_s, 3}};
constexpr int kDrillSeconds = 10;

QString drillFile(const QString &code) { return u"drill-"_s + code + u".mp4"_s; }

/// A font file for drawtext (CJK-capable first, names may be Chinese); empty: fontconfig's default.
QString drillFont(bool mono)
{
    const QStringList candidates = mono ? QStringList{u"/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"_s}
                                        : QStringList{u"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"_s,
                                                      u"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"_s};
    for (const QString &f : candidates)
        if (QFileInfo::exists(f))
            return f;
    return {};
}

/// Escapes a value for an ffmpeg filter graph option (inside single quotes).
QString filterValue(QString v) { return u"'"_s + v.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"'\\''"_s) + u"'"_s; }

/// The filter graph of one clip; the caption is read from `textFile` (no escaping of camera names).
QString drillGraph(const DrillScene &sc, const QString &textFile)
{
    const auto font = [](bool mono) {
        const QString f = drillFont(mono);
        return f.isEmpty() ? QString() : u"fontfile="_s + filterValue(f) + u":"_s;
    };
    return u"color=c=%1:s=640x360:r=25,drawbox=x=0:y=235:w=640:h=125:color=%2:t=fill,%3,"
           "drawbox=x=600:y=20:w=10:h=10:color=0xff2020:t=fill:enable='lt(mod(t\\,1)\\,0.5)'[bg];"
           "color=c=%4:r=25[mover];[bg][mover]overlay=x='mod(t*%5\\,720)-70':y=%6:shortest=0,"
           "drawtext=%7textfile=%8:x=14:y=34:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=6,"
           "drawtext=%9text='DRILL %{pts\\:hms}':x=w-tw-14:y=h-th-34:fontsize=22:fontcolor=white:box=1:"
           "boxcolor=black@0.55:boxborderw=6[v]"_s
        .arg(QString::fromLatin1(sc.sky), QString::fromLatin1(sc.ground), QString::fromLatin1(sc.boxes),
             QString::fromLatin1(sc.mover))
        .arg(sc.speed)
        .arg(sc.moverY)
        .arg(font(false), filterValue(textFile), font(true));
}

} // namespace

DemoDrillFeeds::DemoDrillFeeds(QObject *parent) : QObject(parent) {}

DemoDrillFeeds::~DemoDrillFeeds()
{
    // A drill clip still being generated must not call back into a half-destroyed wall, nor into a
    // data thread that has already stopped: cut its connections before killing it.
    for (QProcess *p : findChildren<QProcess *>()) {
        p->disconnect();
        p->kill();
        p->waitForFinished(2000);
    }
}

void DemoDrillFeeds::start(const QHash<QString, site::Camera> &cameras)
{
    if (m_started)
        return;
    if (cameras.isEmpty()) { // the names burned into the clips come from the registry: wait for it
        m_waiting = true;
        return;
    }
    m_waiting = false;
    m_started = true;
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        Q_EMIT message(tr("Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline"));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drill"_s;
    QDir().mkpath(dir);
    // Generate the missing clips one after another (a second or two each), then point the cameras at them.
    struct Job {
        QString code, caption;
        int scene;
    };
    auto pending = std::make_shared<QList<Job>>();
    for (const auto &[code, scene] : kDrillCameras) {
        // Only cameras still on the demo's placeholder RTSP server get a clip (the others were edited).
        if (!cameras.value(code).url.startsWith(u"rtsp://127.0.0.1:8554/"_s))
            continue;
        if (QFileInfo(dir + u'/' + drillFile(code)).size() <= 0)
            *pending << Job{code, code + u"  "_s + cameras.value(code).name, scene};
    }
    // The chain holds itself only weakly: what keeps it alive is the connection of the clip being made
    // (destroyed with its process, also when the wall goes first), so nothing is left behind either way.
    auto next = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakNext = next;
    QPointer<DemoDrillFeeds> self(this);
    *next = [self, pending, weakNext, dir, ffmpeg] {
        if (!self)
            return;
        if (pending->isEmpty()) {
            if (!self->m_worker)
                return;
            QList<QPair<QString, QString>> urls;
            for (const auto &[code, scene] : kDrillCameras)
                if (QFileInfo(dir + u'/' + drillFile(code)).size() > 0)
                    urls << qMakePair(code, QUrl::fromLocalFile(dir + u'/' + drillFile(code)).toString());
            self->m_worker->call(
                self.data(),
                [urls](ServiceContext &ctx) {
                    // Only cameras still on the demo's placeholder RTSP server are switched, once, audited.
                    ServiceContext sys{ctx.db, Actor::system(u"demo-drill"_s), ctx.clock};
                    CameraService cams(sys);
                    int changed = 0;
                    for (const auto &[code, url] : urls) {
                        CameraRecord r;
                        try {
                            r = cams.get(code);
                        } catch (const Error &) {
                            continue;
                        }
                        if (!r.url.startsWith(u"rtsp://127.0.0.1:8554/"_s))
                            continue;
                        CameraInput in = r;
                        in.url = url;
                        cams.update(in);
                        ++changed;
                    }
                    return changed;
                },
                [self](int changed) {
                    if (changed)
                        Q_EMIT self->message(tr("Demo: %n camera(s) now play drill clips (file://, marked DRILL)", nullptr, changed));
                },
                [self](const QString &e) { Q_EMIT self->message(e); }, true);
            return;
        }
        const Job job = pending->takeFirst();
        const QString out = dir + u'/' + drillFile(job.code);
        const QString caption = out + u".txt"_s;
        QFile text(caption);
        if (text.open(QIODevice::WriteOnly | QIODevice::Truncate))
            text.write(job.caption.toUtf8());
        text.close();
        auto *p = new QProcess(self.data());
        QObject::connect(p, &QProcess::finished, self.data(), [p, out, caption, next = weakNext.lock()](int code, QProcess::ExitStatus st) {
            p->deleteLater();
            QFile::remove(caption);
            if (code == 0 && st == QProcess::NormalExit)
                QFile::rename(out + u".part.mp4"_s, out);
            else
                qCWarning(lcServices).noquote() << "demo drill clip" << out << "failed:" << p->readAllStandardError().left(400);
            (*next)();
        });
        p->start(ffmpeg, {u"-nostdin"_s, u"-y"_s, u"-v"_s, u"error"_s, u"-filter_complex"_s,
                          drillGraph(kDrillScenes[job.scene], caption), u"-map"_s, u"[v]"_s, u"-t"_s,
                          QString::number(kDrillSeconds), u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, u"-pix_fmt"_s,
                          u"yuv420p"_s, u"-g"_s, u"25"_s, u"-bf"_s, u"0"_s, u"-crf"_s, u"26"_s, u"-maxrate"_s, u"600k"_s,
                          u"-bufsize"_s, u"1200k"_s, out + u".part.mp4"_s});
    };
    (*next)();
}

} // namespace ui
} // namespace gl
