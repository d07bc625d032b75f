// SPDX-License-Identifier: Apache-2.0
// `guardlinectl camera probe` end to end: the real binary against the RTSP fixture, a file, a closed
// port and a silent one; JSON keys and exit codes per CONTRACTS.md.
#include "VideoFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace gl::video::test;

class TstVideoProbeCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void badUsage_data();
    void badUsage();
    void probesRtsp_data();
    void probesRtsp();
    void probesFile();
    void unreachable_data();
    void unreachable();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out, err;
    };
    static Run ctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    static QJsonObject json(const Run &r)
    {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        return e.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
    }
    static void verifyKeys(const QJsonObject &o)
    {
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"codec"_s, u"first_frame_ms"_s, u"fps"_s, u"frames"_s, u"height"_s,
                                     u"reconnects"_s, u"width"_s}));
    }

    QTemporaryDir m_dir;
    QString m_clip;
    std::unique_ptr<RtspServer> m_rtsp;
};

void TstVideoProbeCli::initTestCase()
{
    m_clip = m_dir.filePath(u"clip.mp4"_s);
    QVERIFY(makeClip(m_clip, 2, u"352x288"_s));
}

void TstVideoProbeCli::cleanup()
{
    m_rtsp.reset();
}

void TstVideoProbeCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no url") << QStringList{} << u"missing URL"_s;
    QTest::newRow("scheme") << QStringList{u"ftp://cam/x"_s} << u"unsupported scheme"_s;
    QTest::newRow("no host") << QStringList{u"rtsp:///x"_s} << u"no host"_s;
    QTest::newRow("port") << QStringList{u"rtsp://cam:70000/x"_s} << u"bad port"_s;
    QTest::newRow("missing file") << QStringList{u"/no/such/clip.mp4"_s} << u"no such file"_s;
    QTest::newRow("seconds zero") << QStringList{u"rtsp://cam/x"_s, u"--seconds"_s, u"0"_s} << u"--seconds"_s;
    QTest::newRow("seconds text") << QStringList{u"rtsp://cam/x"_s, u"--seconds"_s, u"five"_s} << u"--seconds"_s;
    QTest::newRow("seconds missing") << QStringList{u"rtsp://cam/x"_s, u"--seconds"_s} << u"--seconds"_s;
    QTest::newRow("unknown option") << QStringList{u"rtsp://cam/x"_s, u"--fast"_s} << u"--fast"_s;
    QTest::newRow("transport") << QStringList{u"rtsp://cam/x"_s, u"--transport"_s, u"sctp"_s} << u"--transport"_s;
    QTest::newRow("secret stays out") << QStringList{u"ftp://admin:Hunter2xx@cam/x"_s} << u"***"_s;
}

void TstVideoProbeCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = ctl(QStringList{u"camera"_s, u"probe"_s} + args + QStringList{u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!err.contains(u"Hunter2xx"_s));
}

void TstVideoProbeCli::probesRtsp_data()
{
    QTest::addColumn<QString>("transport");
    QTest::newRow("tcp") << u"tcp"_s;
    QTest::newRow("udp") << u"udp"_s;
}

void TstVideoProbeCli::probesRtsp()
{
    QFETCH(QString, transport);
    m_rtsp = std::make_unique<RtspServer>();
    QVERIFY(m_rtsp->start(freePort(), u"320x240"_s));
    const Run r = ctl({u"camera"_s, u"probe"_s, m_rtsp->url(u"viewer:Pa55word"_s), u"--seconds"_s, u"3"_s,
                       u"--transport"_s, transport, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 1); // one JSON document, nothing else on stdout
    const QJsonObject o = json(r);
    verifyKeys(o);
    QVERIFY(o[u"frames"_s].toInteger() > 10);
    QCOMPARE(o[u"width"_s].toInt(), 320);
    QCOMPARE(o[u"height"_s].toInt(), 240);
    QCOMPARE(o[u"codec"_s].toString(), u"h264"_s);
    QVERIFY(o[u"fps"_s].toDouble() > 5 && o[u"fps"_s].toDouble() < 40);
    QVERIFY(o[u"first_frame_ms"_s].toInteger() >= 0);
    QCOMPARE(o[u"reconnects"_s].toInt(), 0);
    QVERIFY(!r.err.contains("Pa55word"));
}

void TstVideoProbeCli::probesFile()
{
    const Run r = ctl({u"camera"_s, u"probe"_s, m_clip, u"--seconds"_s, u"1"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r);
    verifyKeys(o);
    QVERIFY(o[u"frames"_s].toInteger() > 5);
    QCOMPARE(o[u"width"_s].toInt(), 352);
    QCOMPARE(o[u"height"_s].toInt(), 288);

    const Run text = ctl({u"camera"_s, u"probe"_s, m_clip, u"--seconds"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("352x288"));
}

void TstVideoProbeCli::unreachable_data()
{
    QTest::addColumn<bool>("silent");
    QTest::newRow("closed port") << false;
    QTest::newRow("silent port") << true;
}

void TstVideoProbeCli::unreachable()
{
    QFETCH(bool, silent);
    QTcpServer server; // silent: accepts connections in the kernel, never answers
    quint16 port = freePort();
    if (silent) {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    const Run r = ctl({u"camera"_s, u"probe"_s, u"rtsp://admin:Hunter2xx@127.0.0.1:"_s + QString::number(port) + u"/s"_s,
                       u"--seconds"_s, u"2"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = json(r);
    verifyKeys(o);
    QCOMPARE(o[u"frames"_s].toInt(), 0);
    QVERIFY(o[u"first_frame_ms"_s].isNull());
    QVERIFY(r.err.contains("unreachable"));
    QVERIFY(!r.err.contains("Hunter2xx"));
}

QTEST_MAIN(TstVideoProbeCli)
#include "tst_video_probe_cli.moc"
