// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/Alignment.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/core.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <unordered_map>
#include <numbers>

using namespace Qt::StringLiterals;

namespace gl::vision {
namespace {

constexpr float RatioTest = 0.8f;
constexpr double RansacThresholdPx = 3.0;
constexpr float RefineMaxShiftPx = 6.f;      ///< residual misalignment the second pass corrects
constexpr double MaxScale = 3.0;          ///< of the area-equivalent scale between the photos
constexpr double MaxRotationDeg = 45.0;
constexpr double MaxEdgeRatio = 2.5;      ///< opposite edges of the warped frame (perspective strength)

double edge(const cv::Point2f &a, const cv::Point2f &b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// Ratio-test matches from `moving` to `fixed`, as point pairs.
void matchFeatures(const std::vector<cv::KeyPoint> &kf, const cv::Mat &df, const std::vector<cv::KeyPoint> &km,
                   const cv::Mat &dm, std::vector<cv::Point2f> &pf, std::vector<cv::Point2f> &pm)
{
    if (df.empty() || dm.empty())
        return;
    std::vector<std::vector<cv::DMatch>> knn;
    cv::BFMatcher(cv::NORM_HAMMING).knnMatch(dm, df, knn, 2);
    for (const auto &m : knn) {
        if (m.size() == 2 && m[0].distance < RatioTest * m[1].distance) {
            pm.push_back(km[size_t(m[0].queryIdx)].pt);
            pf.push_back(kf[size_t(m[0].trainIdx)].pt);
        }
    }
}

/// Ratio-test matches between keypoints at most `radius` px apart (images already roughly aligned):
/// a grid of buckets keeps this linear instead of comparing every pair of descriptors.
void matchNearby(const std::vector<cv::KeyPoint> &kf, const cv::Mat &df, const std::vector<cv::KeyPoint> &km,
                 const cv::Mat &dm, float radius, std::vector<cv::Point2f> &pf, std::vector<cv::Point2f> &pm)
{
    if (df.empty() || dm.empty())
        return;
    const float cell = radius;
    std::unordered_map<qint64, std::vector<int>> grid;
    auto key = [](int cx, int cy) { return qint64(cx) << 32 | quint32(cy); };
    for (int i = 0; i < int(kf.size()); ++i)
        grid[key(int(kf[size_t(i)].pt.x / cell), int(kf[size_t(i)].pt.y / cell))].push_back(i);
    for (int j = 0; j < int(km.size()); ++j) {
        const cv::Point2f p = km[size_t(j)].pt;
        const int cx = int(p.x / cell), cy = int(p.y / cell);
        int best = -1;
        double d1 = 1e9, d2 = 1e9;
        for (int y = cy - 1; y <= cy + 1; ++y)
            for (int x = cx - 1; x <= cx + 1; ++x) {
                const auto it = grid.find(key(x, y));
                if (it == grid.end())
                    continue;
                for (int i : it->second) {
                    const cv::Point2f q = kf[size_t(i)].pt;
                    if (std::hypot(p.x - q.x, p.y - q.y) > radius)
                        continue;
                    const double d = cv::norm(dm.row(j), df.row(i), cv::NORM_HAMMING);
                    if (d < d1) {
                        d2 = d1;
                        d1 = d;
                        best = i;
                    } else if (d < d2) {
                        d2 = d;
                    }
                }
            }
        if (best >= 0 && d1 < RatioTest * d2) {
            pm.push_back(p);
            pf.push_back(kf[size_t(best)].pt);
        }
    }
}

/// Second pass on `moving` already warped by `h`: features of fine pyramid levels only, so that the
/// coarse levels' quantisation of the first pass does not bias the homography. Returns the refined h.
cv::Mat refine(const cv::Mat &fixed, const cv::Mat &moving, const cv::Mat &h, int maxFeatures, int minInliers)
{
    cv::Mat warped;
    cv::warpPerspective(moving, warped, h, fixed.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::Mat valid;
    cv::warpPerspective(cv::Mat(moving.size(), CV_8U, cv::Scalar(255)), valid, h, fixed.size(), cv::INTER_NEAREST);
    cv::erode(valid, valid, cv::Mat(), cv::Point(-1, -1), 20);
    auto orb = cv::ORB::create(maxFeatures, 1.2f, 2);
    std::vector<cv::KeyPoint> kf, km;
    cv::Mat df, dm;
    orb->detectAndCompute(fixed, valid, kf, df);
    orb->detectAndCompute(warped, valid, km, dm);
    std::vector<cv::Point2f> pf, pm;
    matchNearby(kf, df, km, dm, RefineMaxShiftPx, pf, pm);
    if (int(pf.size()) < minInliers)
        return h;
    std::vector<uchar> inliers;
    const cv::Mat dh = cv::findHomography(pm, pf, cv::USAC_ACCURATE, 1.5, inliers, 2000, 0.995);
    if (dh.empty() || std::count(inliers.begin(), inliers.end(), uchar(1)) < minInliers)
        return h;
    const cv::Mat refined = dh * h;
    return refined / refined.at<double>(2, 2);
}

} // namespace

QString homographyProblem(const cv::Mat &h, cv::Size movingSize)
{
    if (h.empty() || h.rows != 3 || h.cols != 3 || !cv::checkRange(h))
        return u"no homography"_s;
    if (std::abs(cv::determinant(h)) < 1e-9)
        return u"degenerate homography"_s;
    const float w = float(movingSize.width), ht = float(movingSize.height);
    std::vector<cv::Point2f> corners = {{0, 0}, {w, 0}, {w, ht}, {0, ht}}, q;
    // A corner mapped behind the camera (w' <= 0) means the view folds over itself.
    for (const auto &c : corners) {
        const double z = h.at<double>(2, 0) * c.x + h.at<double>(2, 1) * c.y + h.at<double>(2, 2);
        if (z <= 1e-6)
            return u"homography folds the image"_s;
    }
    cv::perspectiveTransform(corners, q, h);
    if (!cv::isContourConvex(q))
        return u"homography folds the image"_s;
    if ((cv::contourArea(q, true) > 0) != (cv::contourArea(corners, true) > 0))
        return u"homography mirrors the image"_s;
    const double scale = std::sqrt(std::abs(cv::contourArea(q)) / (double(w) * ht));
    if (scale > MaxScale || scale < 1.0 / MaxScale)
        return u"implausible scale change (x%1)"_s.arg(scale, 0, 'f', 2);
    const double angle = std::atan2(q[1].y - q[0].y, q[1].x - q[0].x) * 180.0 / std::numbers::pi;
    if (std::abs(angle) > MaxRotationDeg)
        return u"implausible rotation (%1 degrees)"_s.arg(angle, 0, 'f', 0);
    const double r1 = edge(q[0], q[1]) / std::max(1e-6, edge(q[3], q[2]));
    const double r2 = edge(q[0], q[3]) / std::max(1e-6, edge(q[1], q[2]));
    for (double r : {r1, r2})
        if (r > MaxEdgeRatio || r < 1.0 / MaxEdgeRatio)
            return u"implausible perspective change"_s;
    return {};
}

AlignmentResult alignImages(const cv::Mat &fixed, const cv::Mat &moving, int maxFeatures, int minInliers,
                            const cv::Mat &fixedMask)
{
    AlignmentResult r;
    auto orb = cv::ORB::create(maxFeatures);
    std::vector<cv::KeyPoint> kf, km;
    cv::Mat df, dm;
    orb->detectAndCompute(fixed, fixedMask, kf, df);
    orb->detectAndCompute(moving, cv::noArray(), km, dm);
    r.keypointsFixed = int(kf.size());
    r.keypointsMoving = int(km.size());
    if (kf.size() < 4 || km.size() < 4) {
        r.problem = u"too few features (%1 and %2 keypoints)"_s.arg(kf.size()).arg(km.size());
        return r;
    }
    std::vector<cv::Point2f> pm, pf;
    matchFeatures(kf, df, km, dm, pf, pm);
    r.matches = int(pm.size());
    if (r.matches < minInliers) {
        r.problem = u"too few feature matches (%1, need %2)"_s.arg(r.matches).arg(minInliers);
        return r;
    }
    std::vector<uchar> inlierMask;
    cv::Mat h = cv::findHomography(pm, pf, cv::USAC_ACCURATE, RansacThresholdPx, inlierMask, 3000, 0.995);
    r.inliers = int(std::count(inlierMask.begin(), inlierMask.end(), uchar(1)));
    if (h.empty() || r.inliers < minInliers) {
        r.problem = u"too few geometrically consistent matches (%1, need %2)"_s.arg(r.inliers).arg(minInliers);
        return r;
    }
    r.problem = homographyProblem(h, moving.size());
    if (!r.problem.isEmpty())
        return r;
    r.homography = refine(fixed, moving, h, maxFeatures, minInliers);
    r.ok = true;
    return r;
}

} // namespace gl::vision
