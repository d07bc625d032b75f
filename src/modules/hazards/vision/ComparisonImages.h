// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/vision/RectificationVerifier.h"

#include <QString>

#include <opencv2/core/mat.hpp>

namespace gl::vision {

/// Images for the side-by-side viewer, all in the before photo's frame at `longSide` px.
struct ComparisonImages {
    cv::Mat before;       ///< the before photo (BGR)
    cv::Mat alignedAfter; ///< the after photo warped onto the before photo (black where it has no pixels)
    cv::Mat heatMap;      ///< the before photo tinted by per-block change (blue: same, red: changed),
                          ///< with the defect region outlined
};

/// Renders the viewer images for a result of verifyRectification() on the same photos. When the pair
/// was not aligned, alignedAfter and heatMap are empty.
ComparisonImages renderComparison(const cv::Mat &before, const cv::Mat &after, const VerificationResult &result,
                                  int longSide = 1000);

/// Writes an image as PNG/JPEG (by suffix); throws gl::Error(BadInput) naming the file on failure.
void writeImage(const QString &path, const cv::Mat &image);

} // namespace gl::vision
