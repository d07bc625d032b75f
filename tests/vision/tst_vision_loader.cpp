// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/Exif.h"
#include "modules/hazards/vision/FaceCheck.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/VisionConfig.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;
using namespace gl::vision;

namespace {

const QString dataDir = QStringLiteral(GUARDLINE_TEST_DATA "/vision/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encode(const cv::Mat &m, const char *ext)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(ext, m, bytes))
        return {};
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

/// A small real-looking test picture: a gradient with a bright square at the top-left corner.
cv::Mat marker(int w, int h)
{
    cv::Mat m(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / w), uchar(y * 255 / h), 60);
    m(cv::Rect(0, 0, w / 4, h / 4)).setTo(cv::Scalar(255, 255, 255));
    return m;
}

/// Big-endian TIFF with IFD0 {Orientation} and an EXIF IFD {DateTimeOriginal, OffsetTimeOriginal}.
QByteArray tiffExif(quint16 orientation, const QByteArray &dateTime, const QByteArray &offset)
{
    QByteArray t("MM\0*", 4);
    auto u16 = [&t](quint16 v) { t.append(char(v >> 8)).append(char(v & 0xFF)); };
    auto u32 = [&](quint32 v) { u16(quint16(v >> 16)); u16(quint16(v & 0xFFFF)); };
    u32(8);                          // IFD0 at 8
    u16(2);                          // two entries
    u16(0x0112); u16(3); u32(1); u16(orientation); u16(0);
    u16(0x8769); u16(4); u32(1); u32(8 + 2 + 2 * 12 + 4); // EXIF IFD right after IFD0
    u32(0);                          // no next IFD
    const quint32 exifIfd = quint32(t.size());
    const quint32 dataAt = exifIfd + 2 + 2 * 12 + 4;
    u16(2);
    u16(0x9003); u16(2); u32(quint32(dateTime.size() + 1)); u32(dataAt);
    u16(0x9011); u16(2); u32(quint32(offset.size() + 1)); u32(dataAt + quint32(dateTime.size() + 1));
    u32(0);
    t.append(dateTime).append('\0').append(offset).append('\0');
    return t;
}

QByteArray withApp1(const QByteArray &jpeg, const QByteArray &tiff)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray seg("\xFF\xE1");
    const int len = int(payload.size()) + 2;
    seg.append(char(len >> 8)).append(char(len & 0xFF)).append(payload);
    return jpeg.left(2) + seg + jpeg.mid(2);
}

QString refusal(const QByteArray &data, const LoadLimits &limits = LoadLimits())
{
    try {
        decodeImage(data, u"photo.jpg"_s, limits);
    } catch (const gl::Error &e) {
        return e.code() == gl::ErrorCode::BadInput ? e.message() : u"wrong code: "_s + e.message();
    }
    return {};
}

} // namespace

class TestVisionLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("ext");
        QTest::addColumn<int>("format");
        QTest::newRow("jpeg") << QByteArray(".jpg") << int(ImageFormat::Jpeg);
        QTest::newRow("png") << QByteArray(".png") << int(ImageFormat::Png);
        QTest::newRow("webp") << QByteArray(".webp") << int(ImageFormat::WebP);
        QTest::newRow("tiff") << QByteArray(".tiff") << int(ImageFormat::Tiff);
        QTest::newRow("bmp") << QByteArray(".bmp") << int(ImageFormat::Bmp);
    }
    void formats()
    {
        QFETCH(QByteArray, ext);
        QFETCH(int, format);
        if (!cv::haveImageWriter(ext.toStdString()))
            QSKIP("this OpenCV build cannot write the format");
        const QByteArray bytes = encode(marker(123, 45), ext.constData());
        QCOMPARE(int(sniffFormat(bytes.left(32))), format);
        const auto size = readHeaderSize(bytes, ImageFormat(format));
        QVERIFY(size.has_value());
        QCOMPARE(size->width, 123);
        QCOMPARE(size->height, 45);
        const LoadedImage img = decodeImage(bytes, u"x"_s % QString::fromLatin1(ext), LoadLimits());
        QCOMPARE(img.bgr.cols, 123);
        QCOMPARE(img.bgr.rows, 45);
        QCOMPARE(img.bgr.type(), CV_8UC3);
    }

    void realPhotoWithExif()
    {
        const LoadedImage img = loadImage(dataDir + u"scene.jpg"_s, LoadLimits());
        QCOMPARE(img.format, ImageFormat::Jpeg);
        QCOMPARE(img.bgr.cols, 751);
        QCOMPARE(img.bgr.rows, 563);
        QCOMPARE(img.exif.orientation, 1);
        QCOMPARE(img.exif.dateTimeOriginal, u"2019-04-14T13:46:10"_s);
        QVERIFY(img.exif.dateTime().isValid());
    }

    void exifOrientationAndOffset_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QPoint>("whiteCorner"); // where the top-left square ends up
        QTest::newRow("1 upright") << 1 << 80 << 40 << QPoint(0, 0);
        QTest::newRow("3 upside down") << 3 << 80 << 40 << QPoint(79, 39);
        QTest::newRow("6 rotate cw") << 6 << 40 << 80 << QPoint(39, 0);
        QTest::newRow("8 rotate ccw") << 8 << 40 << 80 << QPoint(0, 79);
    }
    void exifOrientationAndOffset()
    {
        QFETCH(int, orientation);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QPoint, whiteCorner);
        const QByteArray jpeg = withApp1(encode(marker(80, 40), ".jpg"),
                                         tiffExif(quint16(orientation), "2024:05:06 07:08:09", "+08:00"));
        const ExifInfo exif = readJpegExif(jpeg);
        QCOMPARE(exif.orientation, orientation);
        QCOMPARE(exif.dateTimeOriginal, u"2024-05-06T07:08:09+08:00"_s);
        QCOMPARE(exif.dateTime().offsetFromUtc(), 8 * 3600);
        const LoadedImage img = decodeImage(jpeg, u"rotated.jpg"_s, LoadLimits());
        QCOMPARE(img.bgr.cols, width);
        QCOMPARE(img.bgr.rows, height);
        QCOMPARE(img.storedSize, cv::Size(80, 40));
        const cv::Vec3b px = img.bgr.at<cv::Vec3b>(whiteCorner.y(), whiteCorner.x());
        QVERIFY2(px[0] > 200 && px[1] > 200 && px[2] > 200, "the white corner did not move as EXIF says");
    }

    void malformedExifIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("tiff");
        QTest::newRow("garbage") << QByteArray("not a tiff structure at all");
        QTest::newRow("ifd offset out of range") << QByteArray("MM\0*\x7f\xff\xff\xff", 8);
        QTest::newRow("cut inside the entries") << tiffExif(6, "2024:05:06 07:08:09", "").left(16);
        QTest::newRow("bad date") << tiffExif(1, "0000:00:00 00:00:00", "");
        QTest::newRow("orientation out of range") << tiffExif(9, "2024:05:06 07:08:09", "");
    }
    void malformedExifIsIgnored()
    {
        QFETCH(QByteArray, tiff);
        const QByteArray jpeg = withApp1(encode(marker(32, 16), ".jpg"), tiff);
        const LoadedImage img = decodeImage(jpeg, u"odd-exif.jpg"_s, LoadLimits());
        QCOMPARE(img.bgr.cols, 32);
        QCOMPARE(img.exif.orientation, 1);
        if (QByteArray(QTest::currentDataTag()) != "orientation out of range")
            QVERIFY(img.exif.dateTimeOriginal.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("maxPixels");
        QTest::addColumn<QString>("reason");
        const QByteArray scene = readFile(dataDir + u"scene.jpg"_s);
        QVERIFY(!scene.isEmpty());
        QTest::newRow("empty") << QByteArray() << qint64(50'000'000) << u"empty file"_s;
        QTest::newRow("text") << QByteArray("hello, this is not a photo\n") << qint64(50'000'000) << u"not an image"_s;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << qint64(50'000'000) << u"not an image"_s;
        QTest::newRow("truncated jpeg") << scene.left(scene.size() * 6 / 10) << qint64(50'000'000)
                                        << u"truncated JPEG"_s;
        QTest::newRow("jpeg cut in the headers") << scene.left(300) << qint64(50'000'000)
                                                 << u"header is malformed or truncated"_s;
        const QByteArray png = encode(marker(64, 64), ".png");
        QTest::newRow("truncated png") << png.left(png.size() - 20) << qint64(50'000'000) << u"truncated PNG"_s;

        // Decompression bombs: the header claims a huge canvas; refused before any decoding.
        QByteArray jpegBomb = scene;
        const qsizetype sof = jpegBomb.indexOf(QByteArray("\xFF\xC0\x00\x11\x08\x02\x33\x02\xEF", 9)); // 751x563
        QVERIFY(sof > 0);
        jpegBomb[sof + 5] = char(0xEA); jpegBomb[sof + 6] = char(0x60); // height 60000
        jpegBomb[sof + 7] = char(0xEA); jpegBomb[sof + 8] = char(0x60); // width 60000
        QTest::newRow("jpeg bomb 3600 MP") << jpegBomb << qint64(50'000'000) << u"exceed the pixel limit of 50.0 MP"_s;
        QByteArray pngBomb = png;
        pngBomb.replace(16, 8, QByteArray("\x00\x01\x86\xA0\x00\x01\x86\xA0", 8)); // 100000 x 100000
        QTest::newRow("png bomb") << pngBomb << qint64(50'000'000) << u"exceed the pixel limit"_s;
        QTest::newRow("over a site limit") << scene << qint64(400'000) << u"751x563 pixels (0.4 MP) exceed"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, maxPixels);
        QFETCH(QString, reason);
        const QString message = refusal(data, LoadLimits{maxPixels, 100 * 1024 * 1024});
        QVERIFY2(message.startsWith(u"photo.jpg: "_s), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void missingAndOversizedFiles()
    {
        try {
            loadImage(dataDir + u"no-such-photo.jpg"_s, LoadLimits());
            QFAIL("a missing file was accepted");
        } catch (const gl::Error &e) {
            QVERIFY(e.message().contains(u"no-such-photo.jpg: cannot open"_s));
        }
        try {
            loadImage(dataDir + u"scene.jpg"_s, LoadLimits{50'000'000, 1000});
            QFAIL("an oversized file was accepted");
        } catch (const gl::Error &e) {
            QVERIFY(e.message().contains(u"exceeds the limit of 1000 bytes"_s));
        }
    }

    void config()
    {
        const VisionConfig d = VisionConfig::defaults();
        QCOMPARE(d.sceneSimilarityThreshold, 0.85);
        QCOMPARE(d.maxPixels, qint64(50'000'000));
        QCOMPARE(d.alignmentSize, 1000);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"scene_similarity_threshold": 0.9, "max_pixels": 1000000})");
        f.close();
        const VisionConfig c = VisionConfig::fromFile(path);
        QCOMPARE(c.sceneSimilarityThreshold, 0.9);
        QCOMPARE(c.maxPixels, qint64(1'000'000));
        QCOMPARE(c.regionChangeThreshold, d.regionChangeThreshold); // untouched keys keep the defaults
    }

    void badConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown key") << QByteArray(R"({"scene_similarity": 0.9})")
                                     << u"field 'scene_similarity': unknown setting"_s;
        QTest::newRow("out of range") << QByteArray(R"({"scene_similarity_threshold": 1.5})")
                                      << u"field 'scene_similarity_threshold': must be between 0 and 1"_s;
        QTest::newRow("not a number") << QByteArray(R"({"max_pixels": "lots"})")
                                      << u"field 'max_pixels': must be a number"_s;
        QTest::newRow("fraction") << QByteArray(R"({"alignment_size": 800.5})")
                                  << u"field 'alignment_size': must be an integer"_s;
        QTest::newRow("not json") << QByteArray("{") << u"invalid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
    }
    void badConfig()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        try {
            VisionConfig::fromFile(path);
            QFAIL("a bad settings file was accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void faces()
    {
        if (!QFile::exists(defaultFaceCascade()))
            QSKIP("opencv-data is not installed (scripts/deps.sh installs it)");
        const cv::Mat face = loadImage(dataDir + u"face.jpg"_s, LoadLimits()).bgr;
        const cv::Mat scene = loadImage(dataDir + u"scene.jpg"_s, LoadLimits()).bgr;
        QCOMPARE(countFrontalFaces(face), 1);
        requireOneFrontalFace(face, u"face.jpg"_s);
        QCOMPARE(countFrontalFaces(scene), 0);
        try {
            requireOneFrontalFace(scene, u"scene.jpg"_s);
            QFAIL("a photo without a face was accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY(e.message().startsWith(u"scene.jpg: no frontal face found"_s));
        }
        try {
            countFrontalFaces(face, u"/nonexistent/cascade.xml"_s);
            QFAIL("a missing cascade was accepted");
        } catch (const gl::Error &e) {
            QVERIFY(e.message().contains(u"cannot load the face detector"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestVisionLoader)
#include "tst_vision_loader.moc"
