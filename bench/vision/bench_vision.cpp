// SPDX-License-Identifier: Apache-2.0
// Usage: bench_vision [BEFORE AFTER]   (with two files: also verifies that real pair and prints the JSON)
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "platform/util/Error.h"
#include "SyntheticPairs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace gl::vision;

namespace {

constexpr double GoalSeconds = 1.5;
constexpr int Runs = 3;

QByteArray encodeJpeg(const cv::Mat &m)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", m, bytes, {cv::IMWRITE_JPEG_QUALITY, 92});
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

/// Plain OpenCV: ORB at full resolution, ratio test, RANSAC homography (no verification at all).
int baselineInliers(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat ga, gb;
    cv::cvtColor(a, ga, cv::COLOR_BGR2GRAY);
    cv::cvtColor(b, gb, cv::COLOR_BGR2GRAY);
    auto orb = cv::ORB::create(3000);
    std::vector<cv::KeyPoint> ka, kb;
    cv::Mat da, db;
    orb->detectAndCompute(ga, cv::noArray(), ka, da);
    orb->detectAndCompute(gb, cv::noArray(), kb, db);
    std::vector<std::vector<cv::DMatch>> knn;
    cv::BFMatcher(cv::NORM_HAMMING).knnMatch(db, da, knn, 2);
    std::vector<cv::Point2f> pa, pb;
    for (const auto &m : knn)
        if (m.size() == 2 && m[0].distance < 0.8f * m[1].distance) {
            pb.push_back(kb[size_t(m[0].queryIdx)].pt);
            pa.push_back(ka[size_t(m[0].trainIdx)].pt);
        }
    if (pa.size() < 4)
        return 0;
    std::vector<uchar> inliers;
    cv::findHomography(pb, pa, cv::RANSAC, 3.0, inliers);
    return int(std::count(inliers.begin(), inliers.end(), uchar(1)));
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Median over Runs of the CPU time of this (only) thread, and of the wall time: the machine may be
/// shared, and CPU time is what "on one core" means.
struct Timing {
    double cpu = 0;
    double wall = 0;
};

template <typename F> Timing measure(F f)
{
    std::vector<double> cpu, wall;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double c0 = threadCpuSeconds();
        f();
        cpu.push_back(threadCpuSeconds() - c0);
        wall.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    cv::setNumThreads(1);
    const VisionConfig config = VisionConfig::defaults();
    const LoadLimits limits{config.maxPixels, config.maxFileBytes};
    try {
        if (argc == 3) {
            const cv::Mat a = loadImage(QString::fromLocal8Bit(argv[1]), limits).bgr;
            const cv::Mat b = loadImage(QString::fromLocal8Bit(argv[2]), limits).bgr;
            const VerificationResult r = verifyRectification(a, b, std::nullopt, config);
            std::printf("real pair: %s\n", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
        }

        // A 12-megapixel hazard photo (a real photo upscaled to 4000x3000) and an after photo of the same
        // spot from another viewpoint, other light, the defect region repaired.
        const cv::Mat scene = loadImage(QStringLiteral(GUARDLINE_TEST_DATA "/vision/scene.jpg"), limits).bgr;
        const cv::Mat other = loadImage(QStringLiteral(GUARDLINE_TEST_DATA "/vision/other-place.jpg"), limits).bgr;
        cv::Mat before;
        cv::resize(scene, before, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
        const cv::Mat after = test::rephotograph(test::repaired(before, defaultRegion(before.size()), other), 1.0,
                                                 0.75, 25, 3.0, 92);
        const QByteArray jpegA = encodeJpeg(before), jpegB = encodeJpeg(after);
        std::printf("pair: %dx%d + %dx%d (%.1f MP each), JPEG %lld + %lld bytes, 1 thread, median of %d runs\n",
                    before.cols, before.rows, after.cols, after.rows, before.total() / 1e6,
                    static_cast<long long>(jpegA.size()), static_cast<long long>(jpegB.size()), Runs);

        cv::Mat a, b;
        const Timing decode = measure([&] {
            a = decodeImage(jpegA, u"before.jpg"_s, limits).bgr;
            b = decodeImage(jpegB, u"after.jpg"_s, limits).bgr;
        });
        VerificationResult r;
        const Timing verify = measure([&] { r = verifyRectification(a, b, std::nullopt, config); });
        int inliers = 0;
        const Timing baseline = measure([&] { inliers = baselineInliers(a, b); });

        std::printf("%-58s %8s %8s\n", "step (seconds)", "cpu", "wall");
        std::printf("%-58s %8.3f %8.3f\n", "decode both JPEGs (safe loader)", decode.cpu, decode.wall);
        std::printf("%-58s %8.3f %8.3f\n", "guardline verify (align at alignment_size, region full res)",
                    verify.cpu, verify.wall);
        std::printf("%-58s %8.3f %8.3f\n", "baseline: ORB(3000) + findHomography at full resolution",
                    baseline.cpu, baseline.wall);
        std::printf("%-58s %8.3f %8.3f\n", "guardline end to end (decode + verify)", decode.cpu + verify.cpu,
                    decode.wall + verify.wall);
        std::printf("%-58s %8.3f %8.3f\n", "baseline end to end (decode + align)", decode.cpu + baseline.cpu,
                    decode.wall + baseline.wall);
        std::printf("guardline result: %s\n", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
        std::printf("baseline result: %d RANSAC inliers, no verdict\n", inliers);
        const double total = decode.cpu + verify.cpu;
        const bool ok = total <= GoalSeconds && r.passed;
        std::printf("verdict: %s: decode + verify %.2f s CPU on one core vs goal %.1f s; verify is %.1fx faster "
                    "than the baseline's alignment alone\n",
                    ok ? "MEETS GOAL" : "MISSES GOAL", total, GoalSeconds, baseline.cpu / verify.cpu);
        return ok ? 0 : 1;
    } catch (const gl::Error &e) {
        std::fprintf(stderr, "bench_vision: %s\n", qPrintable(e.message()));
        return 2;
    }
}
