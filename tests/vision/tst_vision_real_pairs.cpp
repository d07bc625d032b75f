// SPDX-License-Identifier: Apache-2.0
// Rectification proof on real photo pairs: the same place photographed twice (not warps of one photo),
// in colour and in grey, with the defect removed, still there, and copies of the hazard photo. The photos
// are OpenCV's sample data from Debian's opencv-doc package (scripts/deps.sh):
// - rubberwhale1/2: two exposures of one still life from a fixed camera, seconds apart (some toys moved);
// - basketball1/2: two frames of a grey camera that moved slightly, people moving;
// - ela_original/ela_modified: ONE photograph, cropped and re-saved with a figure pasted in (the sample of
//   an image manipulation): a copy whose region was retouched, not a second visit.
// The defect is a patch of another real photo (tests/data/vision/other-place.jpg) pasted into the hazard
// photo; the after photo of a real fix is the second exposure without it.

#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "platform/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;
using namespace gl::vision;

namespace {

const QString dataDir = QStringLiteral(GUARDLINE_TEST_DATA "/vision/");

/// OpenCV's sample photos as Debian's opencv-doc installs them. Debian may compress documentation files
/// (name.gz): those are unpacked once into a temporary directory.
class OpenCvSamples {
public:
    static constexpr const char *Dir = "/usr/share/doc/opencv-doc/examples/data";

    /// The bytes of sample `name`; throws naming the file and the package when it is missing.
    QByteArray bytes(const QString &name)
    {
        const QString plain = QString::fromLatin1(Dir) % u'/' % name;
        if (QFileInfo::exists(plain))
            return read(plain);
        const QString gz = plain + u".gz"_s;
        if (!QFileInfo::exists(gz))
            gl::fail(gl::ErrorCode::NotFound, plain % u": missing: install Debian's opencv-doc (scripts/deps.sh)"_s);
        if (!m_unpacked.isValid())
            gl::fail(gl::ErrorCode::Storage, u"cannot create a temporary directory for "_s % gz);
        const QString out = m_unpacked.filePath(name);
        if (!QFileInfo::exists(out)) {
            QProcess gunzip;
            gunzip.setStandardOutputFile(out);
            gunzip.start(u"gzip"_s, {u"-dc"_s, gz});
            if (!gunzip.waitForFinished(30000) || gunzip.exitStatus() != QProcess::NormalExit || gunzip.exitCode() != 0)
                gl::fail(gl::ErrorCode::BadInput, gz % u": cannot be unpacked with gzip -dc"_s);
        }
        return read(out);
    }

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            gl::fail(gl::ErrorCode::BadInput, path % u": cannot open: "_s % f.errorString());
        return f.readAll();
    }

    QTemporaryDir m_unpacked;
};

enum class Colour { Bgr, Grey };
enum class Expect { Fixed, NotFixed, Copy };

struct Pair {
    cv::Mat before;
    cv::Mat after;
    cv::Rect region;
};

cv::Mat grey(const cv::Mat &bgr)
{
    cv::Mat g;
    cv::cvtColor(bgr, g, cv::COLOR_BGR2GRAY);
    return g;
}

/// `image` with a patch of another real photo in `at`: the defect.
cv::Mat withDefect(const cv::Mat &image, cv::Rect at, const cv::Mat &defectPhoto)
{
    cv::Mat out = image.clone(), patch;
    cv::resize(defectPhoto, patch, at.size(), 0, 0, cv::INTER_AREA);
    patch.copyTo(out(at));
    return out;
}

/// The same pixels written as a JPEG of `quality` and read back through Guardline's loader.
cv::Mat reencoded(const cv::Mat &image, int quality)
{
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
    return decodeImage(QByteArray(reinterpret_cast<const char *>(jpeg.data()), qsizetype(jpeg.size())),
                       u"re-encoded.jpg"_s, LoadLimits()).bgr;
}

/// Another light on the whole scene: per-channel gains (a colour cast when they differ) and an offset.
cv::Mat relit(const cv::Mat &image, cv::Scalar gains, double offset)
{
    std::vector<cv::Mat> channels;
    cv::split(image, channels);
    for (int i = 0; i < 3; ++i)
        channels[size_t(i)].convertTo(channels[size_t(i)], CV_8U, gains[i], offset);
    cv::Mat out;
    cv::merge(channels, out);
    return out;
}

} // namespace
Q_DECLARE_METATYPE(Colour)
Q_DECLARE_METATYPE(Expect)

class TestVisionRealPairs : public QObject {
    Q_OBJECT

private:
    OpenCvSamples m_samples;
    cv::Mat m_defect;
    VisionConfig m_config;

    cv::Mat sample(const QString &name) { return decodeImage(m_samples.bytes(name), name, LoadLimits()).bgr; }

    /// The pair of row `which` in colour (the greyscale rows convert both photos to one channel).
    Pair make(const QString &which)
    {
        // rubberwhale: the region holds the toys that moved between the exposures; the defect sits inside it.
        const cv::Rect whaleRegion(40, 60, 370, 328), whaleDefect(130, 120, 200, 170);
        const cv::Rect courtRegion(160, 120, 320, 240);
        if (which.startsWith(u"whale"_s)) {
            const cv::Mat first = sample(u"rubberwhale1.png"_s), second = sample(u"rubberwhale2.png"_s);
            const cv::Mat hazard = withDefect(first, whaleDefect, m_defect);
            if (which == u"whale fixed"_s)
                return {hazard, second, whaleRegion};
            if (which == u"whale fixed, dimmer light"_s)
                return {hazard, relit(second, cv::Scalar::all(0.8), 15), whaleRegion};
            if (which == u"whale fixed, warmer colour"_s)
                return {hazard, relit(second, cv::Scalar(0.85, 1.0, 1.12), 0), whaleRegion};
            if (which == u"whale fixed, after photo as JPEG"_s)
                return {hazard, reencoded(second, 90), whaleRegion};
            if (which == u"whale defect still there"_s)
                return {hazard, relit(withDefect(second, whaleDefect, m_defect), cv::Scalar::all(0.8), 15), whaleRegion};
            if (which == u"whale region untouched"_s)
                return {first, second, whaleRegion};
            if (which == u"whale copy, identical bytes"_s) {
                const QByteArray bytes = m_samples.bytes(u"rubberwhale1.png"_s);
                return {decodeImage(bytes, u"before"_s, LoadLimits()).bgr, decodeImage(bytes, u"after"_s, LoadLimits()).bgr,
                        whaleRegion};
            }
            if (which == u"whale copy, re-encoded"_s)
                return {first, reencoded(first, 85), whaleRegion};
            if (which == u"whale copy, defect retouched out"_s)
                return {hazard, reencoded(first, 90), whaleRegion};
        }
        if (which.startsWith(u"court"_s)) {
            const cv::Mat first = sample(u"basketball1.png"_s), second = sample(u"basketball2.png"_s);
            const cv::Mat hazard = withDefect(first, courtRegion, m_defect);
            if (which == u"court fixed"_s)
                return {hazard, second, courtRegion};
            if (which == u"court defect still there"_s)
                return {hazard, withDefect(second, courtRegion, m_defect), courtRegion};
            if (which == u"court copy, re-encoded"_s)
                return {first, reencoded(first, 85), courtRegion};
            if (which == u"court copy, defect retouched out"_s)
                return {hazard, reencoded(first, 90), courtRegion};
        }
        if (which == u"figure pasted into a copy"_s) {
            // ela_modified: the figure (the "defect") covers x 290-523, y 140-383.
            return {sample(u"ela_modified.jpg"_s), sample(u"ela_original.jpg"_s), cv::Rect(280, 130, 252, 261)};
        }
        qFatal("unknown pair %s", qPrintable(which));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_defect = loadImage(dataDir + u"other-place.jpg"_s, LoadLimits()).bgr;
        QVERIFY(!m_defect.empty());
        try {
            QVERIFY(!sample(u"rubberwhale1.png"_s).empty());
        } catch (const gl::Error &e) {
            QFAIL(qPrintable(e.message()));
        }
    }
    void init() { m_config = VisionConfig::defaults(); }

    void verify_data()
    {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<Colour>("colour");
        QTest::addColumn<Expect>("expect");
        struct Row {
            const char *pair;
            Expect expect;
        };
        const Row rows[] = {
            {"whale fixed", Expect::Fixed},
            {"whale fixed, dimmer light", Expect::Fixed},
            {"whale fixed, warmer colour", Expect::Fixed},
            {"whale fixed, after photo as JPEG", Expect::Fixed},
            {"whale defect still there", Expect::NotFixed},
            {"whale region untouched", Expect::NotFixed},
            {"whale copy, identical bytes", Expect::Copy},
            {"whale copy, re-encoded", Expect::Copy},
            {"whale copy, defect retouched out", Expect::Copy},
            {"court fixed", Expect::Fixed},
            {"court defect still there", Expect::NotFixed},
            {"court copy, re-encoded", Expect::Copy},
            {"court copy, defect retouched out", Expect::Copy},
            {"figure pasted into a copy", Expect::Copy},
        };
        for (const Row &r : rows) {
            QTest::addRow("%s (colour)", r.pair) << QString::fromLatin1(r.pair) << Colour::Bgr << r.expect;
            QTest::addRow("%s (grey)", r.pair) << QString::fromLatin1(r.pair) << Colour::Grey << r.expect;
        }
    }
    void verify()
    {
        QFETCH(QString, pair);
        QFETCH(Colour, colour);
        QFETCH(Expect, expect);
        Pair p = make(pair);
        if (colour == Colour::Grey) {
            p.before = grey(p.before);
            p.after = grey(p.after);
        }
        cv::theRNG().state = 0x9e3779b97f4a7c15ULL; // as the hazard service does: one verdict per pair
        const VerificationResult r = verifyRectification(p.before, p.after, p.region, m_config);
        qInfo("similarity %.3f change %.3f hash %d diff %.2f detail %.3f copy %d: %s", r.sceneSimilarity,
              r.regionChange, r.hashDistance, r.pixelDifference, r.detailCorrelation, int(r.copy), qPrintable(r.reason));
        QVERIFY2(r.aligned, qPrintable(r.reason));
        QVERIFY2(r.sameScene, qPrintable(r.reason));
        switch (expect) {
        case Expect::Fixed:
            QVERIFY2(r.passed, qPrintable(r.reason));
            QVERIFY(!r.copy);
            QVERIFY(r.regionChange >= m_config.regionChangeThreshold);
            QVERIFY2(r.reason.contains(u"defect region changed"_s), qPrintable(r.reason));
            break;
        case Expect::NotFixed:
            QVERIFY(!r.passed);
            QVERIFY(r.regionChange < m_config.regionChangeThreshold);
            break;
        case Expect::Copy:
            QVERIFY(!r.passed);
            QVERIFY(r.copy);
            QVERIFY2(r.reason.contains(u"after photo is a copy of the hazard photo"_s), qPrintable(r.reason));
            if (pair.contains(u"retouched"_s) || pair.contains(u"pasted"_s)) // the region changed, the rest is the same photo
                QVERIFY(r.regionChange >= m_config.regionChangeThreshold);
            if (pair.contains(u"identical bytes"_s))
                QVERIFY(r.identicalPixels);
            break;
        }
        const QJsonObject json = r.toJson();
        QCOMPARE(json.keys(), (QStringList{u"aligned"_s, u"passed"_s, u"reason"_s, u"region_change"_s,
                                           u"same_scene"_s, u"scene_similarity"_s}));
        QCOMPARE(json.value(u"passed"_s).toBool(), expect == Expect::Fixed);
    }

    // The copy rule's third setting is site data like the others: demanding perfect detail agreement lets
    // a retouched copy through (it is then judged by its region), demanding none calls a real fix a copy.
    void detailCorrelationIsSiteData()
    {
        const Pair retouched = make(u"whale copy, defect retouched out"_s);
        m_config.copyMinDetailCorrelation = 1.0;
        VerificationResult r = verifyRectification(retouched.before, retouched.after, retouched.region, m_config);
        QVERIFY(!r.copy);
        QVERIFY2(r.passed, qPrintable(r.reason));

        const Pair fixed = make(u"whale fixed"_s);
        m_config.copyMinDetailCorrelation = 0.0;
        r = verifyRectification(fixed.before, fixed.after, fixed.region, m_config);
        QVERIFY(r.copy);
        QVERIFY(!r.passed);

        const VisionConfig c = VisionConfig::fromJson(QJsonObject{{u"copy_min_detail_correlation"_s, 0.9}},
                                                      u"site.json"_s, VisionConfig::defaults());
        QCOMPARE(c.copyMinDetailCorrelation, 0.9);
        QVERIFY_THROWS_EXCEPTION(gl::Error, VisionConfig::fromJson(QJsonObject{{u"copy_min_detail_correlation"_s, 1.5}},
                                                                   u"site.json"_s, VisionConfig::defaults()));
    }
};

QTEST_GUILESS_MAIN(TestVisionRealPairs)
#include "tst_vision_real_pairs.moc"
