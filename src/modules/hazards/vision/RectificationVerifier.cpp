// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/RectificationVerifier.h"

#include "modules/hazards/vision/Alignment.h"
#include "modules/hazards/vision/BlockCompare.h"
#include "modules/hazards/vision/PerceptualHash.h"
#include "modules/hazards/vision/VisionLog.h"
#include "platform/util/Error.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <ctime>

using namespace Qt::StringLiterals;

namespace gl::vision {
namespace {

constexpr double MinCoverage = 0.4;       ///< of the scene outside the region seen in the after photo
constexpr double MinRegionCoverage = 0.5; ///< of the region seen in the after photo
constexpr double SceneBlurSigma = 3.5;    ///< px at alignment size: tolerance to residual misalignment
constexpr int SceneBlockSize = 32;        ///< px at alignment size
constexpr int CopyCheckSize = 128;        ///< long side (px) at which copies are compared
constexpr double DetailSigma = 2.5;       ///< px: fine detail is the grey image minus this blur
constexpr int DetailTileSize = 64;        ///< px, at the comparison resolution
constexpr int DetailGrid = 6;             ///< candidate tiles per side

cv::Mat toGray(const cv::Mat &image)
{
    if (image.channels() == 1)
        return image;
    cv::Mat g;
    cv::cvtColor(image, g, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return g;
}

double scaleFor(cv::Size s, int longSide)
{
    return std::min(1.0, double(longSide) / std::max(s.width, s.height));
}

cv::Mat resized(const cv::Mat &img, double scale)
{
    if (scale >= 1.0)
        return img;
    cv::Mat out;
    cv::resize(img, out, cv::Size(), scale, scale, cv::INTER_AREA);
    return out;
}

/// The pixel mapping of cv::resize by (sx, sy): pixel centres, x' = (x + 0.5) * sx - 0.5.
cv::Mat resizeMapping(double sx, double sy)
{
    return (cv::Mat_<double>(3, 3) << sx, 0, 0.5 * sx - 0.5, 0, sy, 0.5 * sy - 0.5, 0, 0, 1);
}

/// Warps `moving` into a frame of `size` with `h`; `valid` receives the pixels that came from the image.
cv::Mat warpWithMask(const cv::Mat &moving, const cv::Mat &h, cv::Size size, cv::Mat &valid)
{
    cv::Mat out;
    cv::warpPerspective(moving, out, h, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    const cv::Mat ones(moving.size(), CV_8U, cv::Scalar(255));
    cv::warpPerspective(ones, valid, h, size, cv::INTER_NEAREST, cv::BORDER_CONSTANT);
    cv::erode(valid, valid, cv::Mat(), cv::Point(-1, -1), 2);
    return out;
}

cv::Mat toFloat(const cv::Mat &gray, double gain = 1.0, double offset = 0.0)
{
    cv::Mat f;
    gray.convertTo(f, CV_32F, gain, offset);
    return f;
}

cv::Mat blurred(const cv::Mat &f, double sigma)
{
    cv::Mat out;
    cv::GaussianBlur(f, out, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
    return out;
}

/// Mean absolute grey difference outside the region at CopyCheckSize px: fine enough to tell a copy from
/// a second photo (other noise, light falloff, parallax), coarse enough to ignore JPEG and resampling.
double coarseDifference(const cv::Mat &fa, const cv::Mat &fb, const cv::Mat &mask)
{
    const double s = std::min(1.0, double(CopyCheckSize) / std::max(fa.cols, fa.rows));
    cv::Mat a, b, m, diff;
    cv::resize(fa, a, cv::Size(), s, s, cv::INTER_AREA);
    cv::resize(fb, b, cv::Size(), s, s, cv::INTER_AREA);
    cv::resize(mask, m, a.size(), 0, 0, cv::INTER_AREA);
    cv::threshold(m, m, 254, 255, cv::THRESH_BINARY);
    cv::absdiff(a, b, diff);
    return cv::countNonZero(m) > 0 ? cv::mean(diff, m)[0] : 255.0;
}

/// The area scale of `h` around `p`: how many pixels of the target one pixel at `p` becomes.
double localScale(const cv::Mat &h, cv::Point2f p)
{
    std::vector<cv::Point2f> src{p, p + cv::Point2f(8, 0), p + cv::Point2f(0, 8)}, dst;
    cv::perspectiveTransform(src, dst, h);
    const cv::Point2f u = dst[1] - dst[0], v = dst[2] - dst[0];
    return std::sqrt(std::abs(double(u.x) * v.y - double(u.y) * v.x)) / 8.0;
}

/// True when both images have the same size and the very same pixel values (grey and colour compare
/// by their grey levels).
bool samePixels(const cv::Mat &grayA, const cv::Mat &grayB, const cv::Mat &before, const cv::Mat &after)
{
    if (before.size() != after.size())
        return false;
    if (before.type() == after.type())
        return cv::norm(before, after, cv::NORM_INF) == 0;
    return cv::norm(grayA, grayB, cv::NORM_INF) == 0;
}

/// Correlation of the fine detail (grey minus its blur at DetailSigma) of A and of B warped onto A, on up to
/// DetailGrid^2 tiles wholly outside the region, at the resolution of the coarser photo. A copy keeps the
/// hazard photo's own noise and detail: 0.96-1 re-encoded at JPEG quality 85-90, with or without the region
/// retouched. A second exposure has its own sensor noise and lands a fraction of a pixel off: 0.6-0.94 in
/// the real pairs of the tests (the top from a fixed camera). -1 when no tile fits outside the region.
double detailCorrelation(const cv::Mat &grayA, const cv::Mat &grayB, const cv::Mat &hFull, const cv::Mat &outsideSmall)
{
    // B finer than A (k < 1): B is first reduced to A's resolution; B coarser (k > 1): A is reduced to B's.
    const double k = localScale(hFull, cv::Point2f(grayB.cols / 2.f, grayB.rows / 2.f));
    // (New matrices throughout: assigning a product to a header that shares hFull's data would overwrite it.)
    cv::Mat a = grayA, b = grayB, h = hFull.clone();
    if (k < 0.95) {
        cv::Mat smaller;
        cv::resize(grayB, smaller, cv::Size(), k, k, cv::INTER_AREA);
        h = cv::Mat(h * resizeMapping(double(smaller.cols) / grayB.cols, double(smaller.rows) / grayB.rows).inv());
        b = smaller;
    }
    if (k > 1.05) {
        cv::Mat smaller;
        cv::resize(grayA, smaller, cv::Size(), 1 / k, 1 / k, cv::INTER_AREA);
        h = cv::Mat(resizeMapping(double(smaller.cols) / grayA.cols, double(smaller.rows) / grayA.rows) * h);
        a = smaller;
    }
    // Tiles (with a margin for the blur) lying wholly outside the region and inside B, checked on the small mask.
    const double mx = double(outsideSmall.cols) / a.cols, my = double(outsideSmall.rows) / a.rows;
    const int margin = int(std::ceil(3 * DetailSigma));
    const int tile = std::min(DetailTileSize, std::min(a.cols, a.rows) / 4) + 2 * margin;
    if (tile > std::min(a.cols, a.rows) / 2)
        return -1;
    const cv::Rect inner(margin, margin, tile - 2 * margin, tile - 2 * margin);
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, n = 0;
    for (int gy = 0; gy < DetailGrid; ++gy) {
        for (int gx = 0; gx < DetailGrid; ++gx) {
            const cv::Rect t((a.cols - tile) * gx / (DetailGrid - 1), (a.rows - tile) * gy / (DetailGrid - 1), tile,
                             tile);
            cv::Rect ts(int(std::floor(t.x * mx)), int(std::floor(t.y * my)), int(std::ceil(t.width * mx)) + 1,
                        int(std::ceil(t.height * my)) + 1);
            ts &= cv::Rect(0, 0, outsideSmall.cols, outsideSmall.rows);
            if (ts.area() == 0 || cv::countNonZero(outsideSmall(ts)) < ts.area())
                continue;
            const cv::Mat shift = (cv::Mat_<double>(3, 3) << 1, 0, -t.x, 0, 1, -t.y, 0, 0, 1);
            cv::Mat wb;
            cv::warpPerspective(b, wb, shift * h, t.size(), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
            const cv::Mat fa = toFloat(a(t)), fb = toFloat(wb);
            const cv::Mat da = (fa - blurred(fa, DetailSigma))(inner), db = (fb - blurred(fb, DetailSigma))(inner);
            sa += cv::sum(da)[0];
            sb += cv::sum(db)[0];
            saa += da.dot(da);
            sbb += db.dot(db);
            sab += da.dot(db);
            n += double(da.total());
        }
    }
    if (n == 0)
        return -1;
    const double va = saa / n - (sa / n) * (sa / n), vb = sbb / n - (sb / n) * (sb / n);
    const double cov = sab / n - (sa / n) * (sb / n);
    return va > 1e-6 && vb > 1e-6 ? cov / std::sqrt(va * vb) : -1;
}

/// Perceptual-hash distance of the aligned pair with the region blanked in both (a copy whose defect was
/// retouched still hashes like the original) and the after photo's missing pixels taken from the before.
int maskedHashDistance(const cv::Mat &grayA, const cv::Mat &alignedB, const cv::Mat &valid, cv::Rect region)
{
    cv::Mat a = grayA.clone(), b;
    alignedB.convertTo(b, CV_8U);
    a.copyTo(b, valid == 0);
    a(region).setTo(128);
    b(region).setTo(128);
    return hammingDistance(perceptualHash(a), perceptualHash(b));
}

QString fmt(double v) { return QString::number(v, 'f', 2); }

} // namespace

QJsonObject VerificationResult::toJson() const
{
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return QJsonObject{
        {u"passed"_s, passed},
        {u"same_scene"_s, sameScene},
        {u"scene_similarity"_s, round3(sceneSimilarity)},
        {u"region_change"_s, round3(regionChange)},
        {u"aligned"_s, aligned},
        {u"reason"_s, reason},
    };
}

cv::Rect defaultRegion(cv::Size size)
{
    return {size.width / 3, size.height / 3, std::max(1, size.width / 3), std::max(1, size.height / 3)};
}

cv::Rect parseRegion(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,6})\\s*,\\s*(\\d{1,6})\\s*,\\s*(\\d{1,6})\\s*,\\s*(\\d{1,6})\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        fail(ErrorCode::BadInput, u"--region '"_s % text % u"': expected x,y,w,h (non-negative integers)"_s);
    const cv::Rect r(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (r.width <= 0 || r.height <= 0)
        fail(ErrorCode::BadInput, u"--region '"_s % text % u"': width and height must be positive"_s);
    return r;
}

VerificationResult verifyRectification(const cv::Mat &before, const cv::Mat &after,
                                       std::optional<cv::Rect> region, const VisionConfig &config)
{
    if (before.empty() || after.empty())
        fail(ErrorCode::BadInput, u"rectification: empty image"_s);
    VerificationResult r;
    r.region = region.value_or(defaultRegion(before.size()));
    const cv::Rect whole(0, 0, before.cols, before.rows);
    if ((r.region & whole) != r.region || r.region.area() < 16)
        fail(ErrorCode::BadInput,
             u"--region %1,%2,%3,%4: must lie inside the hazard photo (%5x%6) and cover at least 16 pixels"_s
                 .arg(r.region.x).arg(r.region.y).arg(r.region.width).arg(r.region.height)
                 .arg(before.cols).arg(before.rows));

    std::clock_t clock = std::clock();
    auto lap = [&clock](const char *stage) {
        const std::clock_t now = std::clock();
        qCDebug(lcVision) << stage << (now - clock) * 1000 / CLOCKS_PER_SEC << "ms CPU";
        clock = now;
    };
    const cv::Mat grayA = toGray(before), grayB = toGray(after);
    r.identicalPixels = samePixels(grayA, grayB, before, after);
    const double sA = scaleFor(grayA.size(), config.alignmentSize);
    const double sB = scaleFor(grayB.size(), config.alignmentSize);
    const cv::Mat smallA = resized(grayA, sA), smallB = resized(grayB, sB);
    lap("grey + downscale");
    r.hashDistance = hammingDistance(perceptualHash(smallA), perceptualHash(smallB));

    // The region at alignment size, grown a little so that its edge does not count as "outside".
    const double fx = double(smallA.cols) / grayA.cols, fy = double(smallA.rows) / grayA.rows;
    cv::Rect regionSmall(int(std::floor(r.region.x * fx)) - 2, int(std::floor(r.region.y * fy)) - 2,
                         int(std::ceil(r.region.width * fx)) + 4, int(std::ceil(r.region.height * fy)) + 4);
    regionSmall &= cv::Rect(0, 0, smallA.cols, smallA.rows);
    cv::Mat outsideA(smallA.size(), CV_8U, cv::Scalar(255));
    outsideA(regionSmall).setTo(0);

    const AlignmentResult al = alignImages(smallA, smallB, config.maxFeatures, config.minInliers);
    lap("align");
    r.matches = al.matches;
    r.inliers = al.inliers;
    if (!al.ok) {
        r.copy = r.identicalPixels;
        r.reason = r.copy ? u"after photo is a copy of the hazard photo (identical pixels)"_s
                          : u"after photo could not be aligned with the hazard photo: "_s % al.problem;
        qCDebug(lcVision) << "not aligned:" << al.problem;
        return r;
    }

    cv::Mat validSmall;
    const cv::Mat warpedSmall = warpWithMask(smallB, al.homography, smallA.size(), validSmall);
    cv::Mat outside;
    cv::bitwise_and(validSmall, outsideA, outside);
    r.coverage = double(cv::countNonZero(outside)) / std::max(1, cv::countNonZero(outsideA));
    if (r.coverage < MinCoverage) {
        r.reason = u"after photo shows only %1% of the hazard photo's scene"_s.arg(qRound(r.coverage * 100));
        return r;
    }
    r.aligned = true;

    const auto [gain, offset] = photometricMatch(smallA, warpedSmall, outside);
    const cv::Mat fa = toFloat(smallA), fb = toFloat(warpedSmall, gain, offset);
    r.pixelDifference = coarseDifference(fa, fb, outside);
    r.hashDistance = maskedHashDistance(smallA, fb, validSmall, regionSmall);
    const BlockScores scene = compareBlocks(blurred(fa, SceneBlurSigma), blurred(fb, SceneBlurSigma), outside,
                                            SceneBlockSize);
    lap("scene similarity");
    r.sceneSimilarity = scene.meanSimilarity;
    r.sameScene = r.sceneSimilarity >= config.sceneSimilarityThreshold;
    const bool wholePictureMatches =
        r.hashDistance <= config.copyMaxHashDistance && r.pixelDifference <= config.copyMaxPixelDiff;

    // Full-resolution homography, then only the region of the after photo is warped.
    const cv::Mat hFull = resizeMapping(fx, fy).inv() * al.homography
        * resizeMapping(double(smallB.cols) / grayB.cols, double(smallB.rows) / grayB.rows);
    r.homography = hFull;
    const cv::Mat toRegion = (cv::Mat_<double>(3, 3) << 1, 0, -r.region.x, 0, 1, -r.region.y, 0, 0, 1);
    cv::Mat validRegion;
    const cv::Mat warpedRegion = warpWithMask(grayB, toRegion * hFull, r.region.size(), validRegion);
    const double regionCoverage = double(cv::countNonZero(validRegion)) / r.region.area();
    const double sigma = std::max(1.0, 0.75 / sA); // about half an alignment-size pixel
    const int block = std::max(8, std::max(r.region.width, r.region.height) / 24);
    const BlockScores inside = compareBlocks(blurred(toFloat(grayA(r.region)), sigma),
                                             blurred(toFloat(warpedRegion, gain, offset), sigma), validRegion,
                                             block);
    lap("region change");
    r.regionChange = inside.scored > 0 ? inside.meanChange : 0.0;

    // A copy: identical pixels, or the whole picture matches and either the region did not change (nothing
    // tells it from the hazard photo) or the detail outside the region is the hazard photo's own (the same
    // pixels with the region retouched). A second photo of the spot whose region changed is no copy, however
    // close the rest of the scene.
    r.detailCorrelation = detailCorrelation(grayA, grayB, hFull, outside);
    lap("detail correlation");
    r.copy = r.identicalPixels
        || (wholePictureMatches
            && (r.regionChange < config.regionChangeThreshold
                || r.detailCorrelation >= config.copyMinDetailCorrelation));
    qCDebug(lcVision).nospace() << "matches " << r.matches << " inliers " << r.inliers << " coverage "
                               << r.coverage << " similarity " << r.sceneSimilarity << " change "
                               << r.regionChange << " hash " << r.hashDistance << " diff " << r.pixelDifference
                               << " detail " << r.detailCorrelation << " identical " << r.identicalPixels;

    if (r.copy)
        r.reason = u"after photo is a copy of the hazard photo"_s;
    else if (!r.sameScene)
        r.reason = u"after photo does not show the same place (scene similarity %1 < %2)"_s
                       .arg(fmt(r.sceneSimilarity), fmt(config.sceneSimilarityThreshold));
    else if (regionCoverage < MinRegionCoverage)
        r.reason = u"after photo does not show the defect region (%1% covered)"_s.arg(qRound(regionCoverage * 100));
    else if (r.regionChange < config.regionChangeThreshold)
        r.reason = u"defect region did not change (region change %1 < %2)"_s
                       .arg(fmt(r.regionChange), fmt(config.regionChangeThreshold));
    else {
        r.passed = true;
        r.reason = u"after photo shows the same place and the defect region changed"_s;
    }
    return r;
}

} // namespace gl::vision
