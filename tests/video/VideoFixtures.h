// SPDX-License-Identifier: Apache-2.0
// Real servers for the video tests: the gst-rtsp-server fixture, ffmpeg serving HTTP, a silent TCP port,
// and test clips made by ffmpeg. Each test starts and kills what it needs.
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace gl::video::test {

using namespace Qt::StringLiterals;

/// A port nobody listens on right now.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// True once something listens on 127.0.0.1:port (read from /proc, so no connection is consumed).
inline bool waitForListening(quint16 port, int timeoutMs = 10000)
{
    const QString needle = u":%1 "_s.arg(port, 4, 16, QChar(u'0')).toUpper();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile f(u"/proc/net/tcp"_s);
        if (f.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromLatin1(f.readAll()).split(u'\n');
            for (const QString &line : lines) {
                const QStringList cols = line.simplified().split(u' ');
                if (cols.size() > 3 && QString(cols.at(1) + u' ').endsWith(needle) && cols.at(3) == u"0A"_s)
                    return true;
            }
        }
        QThread::msleep(50);
    }
    return false;
}

/// tests/fixtures/rtsp_server.c: H.264 at rtsp://127.0.0.1:PORT/test.
class RtspServer {
public:
    ~RtspServer() { kill(); }
    bool start(quint16 port, const QString &size = u"320x240"_s)
    {
        m_port = port;
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(QStringLiteral(GUARDLINE_RTSP_SERVER), {QString::number(port), size});
        if (!m_proc.waitForStarted(5000))
            return false;
        while (m_proc.state() == QProcess::Running && !m_proc.canReadLine())
            m_proc.waitForReadyRead(200);
        return m_proc.readLine().startsWith("READY");
    }
    void kill()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            resume();
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    /// Freezes the server (SIGSTOP): connections stay open but nothing arrives; resume() continues it.
    void pause() { ::kill(pid_t(m_proc.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_proc.processId()), SIGCONT); }
    QString url(const QString &userInfo = {}) const
    {
        return u"rtsp://"_s + (userInfo.isEmpty() ? QString() : userInfo + u'@') + u"127.0.0.1:"_s
            + QString::number(m_port) + u"/test"_s;
    }

private:
    QProcess m_proc;
    quint16 m_port = 0;
};

/// ffmpeg serving a live test pattern over HTTP: MPEG-TS (H.264) or multipart MJPEG. ffmpeg's
/// -listen 1 serves one client; a new server is started for each test.
class FfmpegHttpServer {
public:
    enum Kind { MpegTs, Mjpeg };
    ~FfmpegHttpServer() { kill(); }
    bool start(Kind kind, quint16 port)
    {
        m_url = u"http://127.0.0.1:"_s + QString::number(port) + (kind == MpegTs ? u"/live.ts"_s : u"/live.mjpg"_s);
        QStringList args = {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-re"_s, u"-f"_s, u"lavfi"_s,
                            u"-i"_s, u"testsrc=size=320x240:rate=25"_s};
        if (kind == MpegTs)
            args << u"-c:v"_s << u"libx264"_s << u"-preset"_s << u"ultrafast"_s << u"-tune"_s << u"zerolatency"_s
                 << u"-g"_s << u"25"_s << u"-f"_s << u"mpegts"_s;
        else
            args << u"-c:v"_s << u"mjpeg"_s << u"-q:v"_s << u"5"_s << u"-f"_s << u"mpjpeg"_s;
        args << u"-listen"_s << u"1"_s << m_url;
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(QStringLiteral(GUARDLINE_FFMPEG), args);
        return m_proc.waitForStarted(5000) && waitForListening(port);
    }
    void kill()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    QString url() const { return m_url; }

private:
    QProcess m_proc;
    QString m_url;
};

/// An H.264 clip of `seconds` at 25 fps made with ffmpeg (lavfi testsrc2, libx264, no B-frames).
inline bool makeClip(const QString &path, int seconds, const QString &size = u"320x240"_s)
{
    QProcess p;
    p.start(QStringLiteral(GUARDLINE_FFMPEG),
            {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
             u"testsrc2=size="_s + size + u":rate=25"_s, u"-t"_s, QString::number(seconds), u"-c:v"_s,
             u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-g"_s, u"25"_s, u"-bf"_s, u"0"_s,
             u"-pix_fmt"_s, u"yuv420p"_s, path});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace gl::video::test
