// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/Alignment.h"
#include "modules/hazards/vision/BlockCompare.h"
#include "modules/hazards/vision/ComparisonImages.h"
#include "modules/hazards/vision/FaceCheck.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "platform/util/Error.h"
#include "SyntheticPairs.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl::vision;

namespace {

enum class Pair { Rectified, RectifiedHalfScale, Unchanged, ExactCopy, ReencodedCopy, BrightenedSmallerCopy,
                  CopyWithRegionRetouched, OtherPlace };

const QString dataDir = QStringLiteral(GUARDLINE_TEST_DATA "/vision/");

cv::Mat load(const QString &name)
{
    return loadImage(dataDir + name, LoadLimits()).bgr;
}

} // namespace
Q_DECLARE_METATYPE(Pair)

class TestVisionVerify : public QObject {
    Q_OBJECT

private:
    cv::Mat m_scene;
    cv::Mat m_other;
    VisionConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        m_scene = load(u"scene.jpg"_s);
        m_other = load(u"other-place.jpg"_s);
        QVERIFY(!m_scene.empty());
        QVERIFY(!m_other.empty());
    }
    void init() { m_config = VisionConfig::defaults(); }

    void verify_data()
    {
        QTest::addColumn<Pair>("pair");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<bool>("sameScene");
        QTest::addColumn<bool>("aligned");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rectified: new viewpoint, light, scale") << Pair::Rectified << true << true << true
                                                               << u"defect region changed"_s;
        QTest::newRow("rectified: half resolution") << Pair::RectifiedHalfScale << true << true << true
                                                    << u"defect region changed"_s;
        QTest::newRow("region unchanged") << Pair::Unchanged << false << true << true
                                          << u"defect region did not change"_s;
        QTest::newRow("exact copy") << Pair::ExactCopy << false << true << true
                                    << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("re-encoded copy") << Pair::ReencodedCopy << false << true << true
                                         << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("brightened, smaller copy") << Pair::BrightenedSmallerCopy << false << true << true
                                                  << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("copy with the region retouched") << Pair::CopyWithRegionRetouched << false << true << true
                                                        << u"after photo is a copy of the hazard photo"_s;
        QTest::newRow("another place") << Pair::OtherPlace << false << false << false << u"aligned"_s;
    }
    void verify()
    {
        QFETCH(Pair, pair);
        QFETCH(bool, passed);
        QFETCH(bool, sameScene);
        QFETCH(bool, aligned);
        QFETCH(QString, reason);
        const cv::Rect region = defaultRegion(m_scene.size());
        cv::Mat after;
        switch (pair) {
        case Pair::Rectified: after = test::rephotograph(test::repaired(m_scene, region, m_other), 1.3, 0.7, 30, 2.5); break;
        case Pair::RectifiedHalfScale:
            after = test::rephotograph(test::repaired(m_scene, region, m_other), 0.6, 1.2, -10, 2.0);
            break;
        case Pair::Unchanged: after = test::rephotograph(m_scene, 1.3, 0.7, 30, 2.5); break;
        case Pair::ExactCopy: after = m_scene.clone(); break;
        case Pair::ReencodedCopy: after = test::reencoded(m_scene, 60); break;
        case Pair::BrightenedSmallerCopy: after = test::reencoded(m_scene, 80, 0.6, 0.9, 12); break;
        case Pair::CopyWithRegionRetouched: after = test::reencoded(test::repaired(m_scene, region, m_other), 90); break;
        case Pair::OtherPlace: after = m_other; break;
        }
        const VerificationResult r = verifyRectification(m_scene, after, std::nullopt, m_config);
        qInfo("similarity %.3f change %.3f aligned %d inliers %d hash %d diff %.2f cover %.2f: %s",
              r.sceneSimilarity, r.regionChange, int(r.aligned), r.inliers, r.hashDistance, r.pixelDifference,
              r.coverage, qPrintable(r.reason));
        if (!r.homography.empty())
            qInfo("H %.4f %.4f %.2f / %.4f %.4f %.2f / %.6f %.6f", r.homography.at<double>(0, 0),
                  r.homography.at<double>(0, 1), r.homography.at<double>(0, 2), r.homography.at<double>(1, 0),
                  r.homography.at<double>(1, 1), r.homography.at<double>(1, 2), r.homography.at<double>(2, 0),
                  r.homography.at<double>(2, 1));
        QCOMPARE(r.passed, passed);
        QCOMPARE(r.aligned, aligned);
        QCOMPARE(r.sameScene, sameScene);
        QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        QVERIFY(r.sceneSimilarity >= 0.0 && r.sceneSimilarity <= 1.0);
        QVERIFY(r.regionChange >= 0.0 && r.regionChange <= 1.0);
        if (passed) {
            QVERIFY(r.sceneSimilarity >= m_config.sceneSimilarityThreshold);
            QVERIFY(r.regionChange >= m_config.regionChangeThreshold);
        }
        if (pair == Pair::Unchanged)
            QVERIFY(r.regionChange < m_config.regionChangeThreshold);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.keys(), (QStringList{u"aligned"_s, u"passed"_s, u"reason"_s, u"region_change"_s,
                                           u"same_scene"_s, u"scene_similarity"_s}));
        QCOMPARE(json.value(u"passed"_s).toBool(), passed);
    }

    void homographySanity_data()
    {
        QTest::addColumn<QList<double>>("h");
        QTest::addColumn<QString>("problem");
        QTest::newRow("identity") << QList<double>{1, 0, 0, 0, 1, 0, 0, 0, 1} << QString();
        QTest::newRow("moderate view change")
            << QList<double>{1.1, 0.05, -20, -0.03, 1.05, 10, 0.0001, 0.00005, 1} << QString();
        QTest::newRow("degenerate") << QList<double>{1, 2, 0, 2, 4, 0, 0, 0, 1} << u"degenerate"_s;
        QTest::newRow("mirror") << QList<double>{-1, 0, 1000, 0, 1, 0, 0, 0, 1} << u"mirrors"_s;
        QTest::newRow("behind the camera") << QList<double>{1, 0, 0, 0, 1, 0, -0.01, 0, 1} << u"folds"_s;
        QTest::newRow("zoom x5") << QList<double>{5, 0, 0, 0, 5, 0, 0, 0, 1} << u"implausible scale"_s;
        QTest::newRow("rotated 90") << QList<double>{0, -1, 800, 1, 0, 0, 0, 0, 1} << u"implausible rotation"_s;
        QTest::newRow("extreme perspective") << QList<double>{1, 0, 0, 0, 1, 0, 0.003, 0, 1}
                                             << u"implausible perspective"_s;
    }
    void homographySanity()
    {
        QFETCH(QList<double>, h);
        QFETCH(QString, problem);
        const cv::Mat m = cv::Mat(3, 3, CV_64F, h.data()).clone();
        const QString got = homographyProblem(m, cv::Size(800, 600));
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void blockSimilarity()
    {
        // Same pixels under other light score ~1, another place forced onto the same frame scores low.
        cv::Mat a, b, c;
        cv::cvtColor(m_scene, a, cv::COLOR_BGR2GRAY);
        cv::cvtColor(m_other, c, cv::COLOR_BGR2GRAY);
        cv::resize(c, c, a.size(), 0, 0, cv::INTER_AREA);
        a.convertTo(b, CV_8U, 0.6, 40);
        const cv::Mat all(a.size(), CV_8U, cv::Scalar(255));
        auto score = [&all](const cv::Mat &x, const cv::Mat &y) {
            const auto [gain, offset] = photometricMatch(x, y, all);
            cv::Mat fx, fy;
            x.convertTo(fx, CV_32F);
            y.convertTo(fy, CV_32F, gain, offset);
            return compareBlocks(fx, fy, all, 32);
        };
        const BlockScores same = score(a, b), other = score(a, c);
        QVERIFY2(same.meanSimilarity > 0.97, qPrintable(QString::number(same.meanSimilarity)));
        QVERIFY2(other.meanSimilarity < 0.4, qPrintable(QString::number(other.meanSimilarity)));
        QVERIFY(other.meanChange > 0.5);
        QCOMPARE(same.scored, ((a.cols + 31) / 32) * ((a.rows + 31) / 32));
        // Blocks outside the mask are not scored.
        cv::Mat half(a.size(), CV_8U, cv::Scalar(0));
        half(cv::Rect(0, 0, a.cols / 2, a.rows)).setTo(255);
        cv::Mat fa;
        a.convertTo(fa, CV_32F);
        const BlockScores masked = compareBlocks(fa, fa, half, 32);
        QVERIFY(masked.scored < same.scored * 0.6);
        QCOMPARE(masked.similarity.at<float>(0, masked.similarity.cols - 1), -1.f);
    }

    void explicitRegion()
    {
        // The repaired patch is the region passed, not the default central third.
        const cv::Rect region(60, 300, 200, 150);
        const cv::Mat after = test::rephotograph(test::repaired(m_scene, region, m_other), 1.2, 0.8, 20, 2.5);
        const VerificationResult r = verifyRectification(m_scene, after, region, m_config);
        QVERIFY2(r.passed, qPrintable(r.reason));
        QVERIFY(r.regionChange > 0.5);
        QCOMPARE(r.region, region);
        // The default region (centre) was not touched in this pair.
        const VerificationResult centre = verifyRectification(m_scene, after, std::nullopt, m_config);
        QVERIFY(!centre.passed);
        QVERIFY2(centre.reason.contains(u"defect region did not change"_s), qPrintable(centre.reason));
        QCOMPARE(centre.region, defaultRegion(m_scene.size()));
    }

    void thresholdsAreSiteData()
    {
        const cv::Mat after = test::rephotograph(test::repaired(m_scene, defaultRegion(m_scene.size()), m_other), 1.3,
                                                 0.7, 30, 2.5);
        m_config.sceneSimilarityThreshold = 0.999;
        VerificationResult r = verifyRectification(m_scene, after, std::nullopt, m_config);
        QVERIFY(!r.passed);
        QVERIFY(!r.sameScene);
        QVERIFY2(r.reason.contains(u"does not show the same place"_s), qPrintable(r.reason));
        m_config = VisionConfig::defaults();
        m_config.regionChangeThreshold = 0.99;
        r = verifyRectification(m_scene, after, std::nullopt, m_config);
        QVERIFY(!r.passed);
        QVERIFY(r.sameScene);
        QVERIFY2(r.reason.contains(u"defect region did not change"_s), qPrintable(r.reason));
    }

    void badRegion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not numbers") << u"a,b,c,d"_s << u"expected x,y,w,h"_s;
        QTest::newRow("three numbers") << u"1,2,3"_s << u"expected x,y,w,h"_s;
        QTest::newRow("negative") << u"-5,0,10,10"_s << u"expected x,y,w,h"_s;
        QTest::newRow("zero width") << u"0,0,0,10"_s << u"must be positive"_s;
        QTest::newRow("outside the photo") << u"700,500,100,100"_s << u"must lie inside the hazard photo (751x563)"_s;
    }
    void badRegion()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        try {
            verifyRectification(m_scene, m_scene, parseRegion(text), m_config);
            QFAIL("a bad region was accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void comparisonImages()
    {
        const cv::Rect region = defaultRegion(m_scene.size());
        const cv::Mat after = test::rephotograph(test::repaired(m_scene, region, m_other), 1.3, 0.7, 30, 2.5);
        const VerificationResult r = verifyRectification(m_scene, after, std::nullopt, m_config);
        QVERIFY(r.aligned);
        const ComparisonImages images = renderComparison(m_scene, after, r, 600);
        QCOMPARE(images.before.cols, 600);
        QCOMPARE(images.alignedAfter.size(), images.before.size());
        QCOMPARE(images.heatMap.size(), images.before.size());
        QCOMPARE(images.heatMap.type(), CV_8UC3);
        // The heat map is hot (red, JET) inside the repaired region and cold (blue) in the unchanged scene.
        const double s = 600.0 / m_scene.cols;
        const cv::Rect inner(int((region.x + region.width * 0.3) * s), int((region.y + region.height * 0.3) * s),
                             int(region.width * 0.4 * s), int(region.height * 0.4 * s));
        const cv::Rect calm(int(50 * s), int(470 * s), int(120 * s), int(60 * s));
        const cv::Scalar hot = cv::mean(images.heatMap(inner)), cold = cv::mean(images.heatMap(calm));
        QVERIFY2(hot[2] > hot[0] + 40, "changed region is not red");
        QVERIFY2(cold[0] > cold[2] + 20, "unchanged scene is not blue");
        // The aligned after photo lands on the before photo: similar outside the region.
        cv::Mat ga, gb, diff;
        cv::cvtColor(images.before(calm), ga, cv::COLOR_BGR2GRAY);
        cv::cvtColor(images.alignedAfter(calm), gb, cv::COLOR_BGR2GRAY);
        QVERIFY(cv::norm(ga, gb, cv::NORM_L1) / double(ga.total()) < 60);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"heat.png"_s);
        writeImage(path, images.heatMap);
        const LoadedImage back = loadImage(path, LoadLimits());
        QCOMPARE(back.format, ImageFormat::Png);
        QCOMPARE(back.bgr.cols, 600);

        const VerificationResult notAligned = verifyRectification(m_scene, m_other, std::nullopt, m_config);
        const ComparisonImages none = renderComparison(m_scene, m_other, notAligned, 600);
        QVERIFY(none.heatMap.empty());
        QVERIFY(none.alignedAfter.empty());
        QVERIFY(!none.before.empty());
    }
};

QTEST_GUILESS_MAIN(TestVisionVerify)
#include "tst_vision_verify.moc"
