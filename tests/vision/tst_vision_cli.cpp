// SPDX-License-Identifier: Apache-2.0
// guardlinectl rectification verify, end to end: exit codes, the contract's JSON, refusals on stderr.
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "SyntheticPairs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::vision;

namespace {

const QString dataDir = QStringLiteral(GUARDLINE_TEST_DATA "/vision/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run guardlinectl(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"));
    p.setArguments(QStringList{u"rectification"_s, u"verify"_s} + args);
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestVisionCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_scene;

    QString write(const QString &name, const cv::Mat &image)
    {
        const QString path = m_dir.filePath(name);
        std::vector<uchar> bytes;
        cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, 92});
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()));
        return path;
    }
    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl")));
        m_scene = dataDir + u"scene.jpg"_s;
        const cv::Mat scene = loadImage(m_scene, LoadLimits()).bgr;
        const cv::Mat other = loadImage(dataDir + u"other-place.jpg"_s, LoadLimits()).bgr;
        const cv::Rect region = defaultRegion(scene.size());
        QVERIFY(!write(u"rectified.jpg"_s, test::rephotograph(test::repaired(scene, region, other), 1.3, 0.7, 30, 2.5))
                     .isEmpty());
        QVERIFY(!write(u"unchanged.jpg"_s, test::rephotograph(scene, 1.3, 0.7, 30, 2.5)).isEmpty());
        QVERIFY(!write(u"reencoded.jpg"_s, test::reencoded(scene, 70)).isEmpty());
        QFile f(m_scene);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!writeBytes(u"truncated.jpg"_s, bytes.left(bytes.size() / 2)).isEmpty());
        QVERIFY(!writeBytes(u"notes.jpg"_s, "this is a text file named like a photo\n").isEmpty());
        QByteArray bomb = bytes;
        const qsizetype sof = bomb.indexOf(QByteArray("\xFF\xC0\x00\x11\x08\x02\x33\x02\xEF", 9));
        QVERIFY(sof > 0);
        bomb.replace(sof + 5, 4, QByteArray("\xEA\x60\xEA\x60", 4)); // 60000 x 60000
        QVERIFY(!writeBytes(u"bomb.jpg"_s, bomb).isEmpty());
        QVERIFY(!writeBytes(u"small-limit.json"_s, R"({"max_pixels": 100000})").isEmpty());
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<bool>("sameScene");
        QTest::addColumn<bool>("aligned");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rectified") << u"rectified.jpg"_s << 0 << true << true << true << u"region changed"_s;
        QTest::newRow("unchanged") << u"unchanged.jpg"_s << 1 << false << true << true << u"did not change"_s;
        QTest::newRow("same file") << u"@scene"_s << 1 << false << true << true
                                   << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("re-encoded copy") << u"reencoded.jpg"_s << 1 << false << true << true
                                         << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("another place") << u"@other"_s << 1 << false << false << false << u"aligned"_s;
    }
    void verdicts()
    {
        QFETCH(QString, after);
        QFETCH(int, exitCode);
        QFETCH(bool, passed);
        QFETCH(bool, sameScene);
        QFETCH(bool, aligned);
        QFETCH(QString, reason);
        const QString afterPath = after == u"@scene"_s ? m_scene
            : after == u"@other"_s                     ? dataDir + u"other-place.jpg"_s
                                                       : m_dir.filePath(after);
        const Run r = guardlinectl({u"--before"_s, m_scene, u"--after"_s, afterPath, u"--json"_s});
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError && doc.isObject(), r.out.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), (QStringList{u"aligned"_s, u"passed"_s, u"reason"_s, u"region_change"_s, u"same_scene"_s,
                                        u"scene_similarity"_s}));
        QCOMPARE(o.value(u"passed"_s).toBool(), passed);
        QCOMPARE(o.value(u"same_scene"_s).toBool(), sameScene);
        QCOMPARE(o.value(u"aligned"_s).toBool(), aligned);
        QVERIFY(o.value(u"scene_similarity"_s).isDouble());
        QVERIFY(o.value(u"region_change"_s).isDouble());
        const double similarity = o.value(u"scene_similarity"_s).toDouble();
        const double change = o.value(u"region_change"_s).toDouble();
        QVERIFY(similarity >= 0 && similarity <= 1 && change >= 0 && change <= 1);
        QCOMPARE(similarity >= 0.85, sameScene);
        if (passed)
            QVERIFY(change >= 0.2);
        QVERIFY2(o.value(u"reason"_s).toString().contains(reason), r.out.constData());
    }

    void heatMapAndHumanOutput()
    {
        const QString heat = m_dir.filePath(u"heat.png"_s), aligned = m_dir.filePath(u"aligned.png"_s);
        const Run r = guardlinectl({u"--before"_s, m_scene, u"--after"_s, m_dir.filePath(u"rectified.jpg"_s),
                                    u"--region"_s, u"250,187,250,187"_s, u"--heatmap"_s, heat, u"--aligned"_s, aligned});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("PASSED: "), r.out.constData());
        const LoadedImage h = loadImage(heat, LoadLimits());
        QCOMPARE(h.format, ImageFormat::Png);
        QCOMPARE(h.bgr.cols, 751);
        QCOMPARE(loadImage(aligned, LoadLimits()).bgr.size(), h.bgr.size());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString scene = dataDir + u"scene.jpg"_s;
        QTest::newRow("truncated") << QStringList{u"--before"_s, scene, u"--after"_s, u"@truncated.jpg"_s}
                                   << u"truncated.jpg: truncated JPEG"_s;
        QTest::newRow("not an image") << QStringList{u"--before"_s, u"@notes.jpg"_s, u"--after"_s, scene}
                                      << u"notes.jpg: not an image"_s;
        QTest::newRow("bomb") << QStringList{u"--before"_s, scene, u"--after"_s, u"@bomb.jpg"_s}
                              << u"bomb.jpg: 60000x60000 pixels (3600.0 MP) exceed the pixel limit of 50.0 MP"_s;
        QTest::newRow("site pixel limit")
            << QStringList{u"--before"_s, scene, u"--after"_s, scene, u"--config"_s, u"@small-limit.json"_s}
            << u"scene.jpg: 751x563 pixels (0.4 MP) exceed the pixel limit of 0.1 MP"_s;
        QTest::newRow("missing file") << QStringList{u"--before"_s, scene, u"--after"_s, u"@nope.jpg"_s}
                                      << u"nope.jpg: cannot open"_s;
        QTest::newRow("region outside") << QStringList{u"--before"_s, scene, u"--after"_s, scene, u"--region"_s,
                                                       u"700,500,100,100"_s}
                                        << u"must lie inside the hazard photo (751x563)"_s;
        QTest::newRow("region syntax") << QStringList{u"--before"_s, scene, u"--after"_s, scene, u"--region"_s,
                                                      u"centre"_s}
                                       << u"--region 'centre': expected x,y,w,h"_s;
        QTest::newRow("no after") << QStringList{u"--before"_s, scene} << u"--before and --after are required"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args)
            if (a.startsWith(u'@'))
                a = m_dir.filePath(a.mid(1));
        const Run r = guardlinectl(args + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestVisionCli)
#include "tst_vision_cli.moc"
