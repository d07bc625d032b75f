// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

namespace gl::vision {

struct AlignmentResult {
    bool ok = false;
    cv::Mat homography; ///< 3x3 CV_64F mapping `moving` pixels onto `fixed` pixels (when ok)
    int keypointsFixed = 0;
    int keypointsMoving = 0;
    int matches = 0;    ///< matches that passed the ratio test
    int inliers = 0;    ///< RANSAC inliers
    QString problem;    ///< why the alignment was refused (when !ok)
};

/// Aligns two grey images (ORB features, Lowe's ratio test, RANSAC homography) and sanity-checks the
/// homography; `fixedMask` (optional, CV_8U) limits the keypoints of `fixed`.
AlignmentResult alignImages(const cv::Mat &fixed, const cv::Mat &moving, int maxFeatures, int minInliers,
                            const cv::Mat &fixedMask = cv::Mat());

/// Why a homography mapping an image of `movingSize` into a frame is implausible for two photos of one
/// spot (degenerate, folded, extreme scale, rotation or perspective), or an empty string when it is fine.
QString homographyProblem(const cv::Mat &h, cv::Size movingSize);

} // namespace gl::vision
