// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/vision/VisionConfig.h"

#include <QJsonObject>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <optional>

namespace gl::vision {

/// The verdict on a before/after photo pair (CONTRACTS.md section 5) and the evidence behind it.
struct VerificationResult {
    bool passed = false;
    bool sameScene = false;
    bool aligned = false;
    bool copy = false;            ///< the after photo is the hazard photo itself (see verifyRectification)
    double sceneSimilarity = 0;   ///< 0..1, outside the region, after alignment
    double regionChange = 0;      ///< 0..1, inside the region, at full resolution
    QString reason;

    cv::Rect region;              ///< defect rectangle in the before photo's pixels
    cv::Mat homography;           ///< 3x3 CV_64F: after-photo pixels -> before-photo pixels (when aligned)
    int matches = 0;
    int inliers = 0;
    int hashDistance = -1;        ///< perceptual-hash distance of the two photos (bits of 64)
    double pixelDifference = -1;  ///< mean abs grey difference outside the region after alignment
    double coverage = 0;          ///< share of the scene outside the region that the after photo covers
    double detailCorrelation = -1;///< correlation of the finest detail outside the region (-1: not measured)
    bool identicalPixels = false; ///< same size and the very same pixel values

    /// The contract's JSON: exactly passed, same_scene, scene_similarity, region_change, aligned, reason.
    QJsonObject toJson() const;
};

/// The default defect region: the central third of an image of `size`.
cv::Rect defaultRegion(cv::Size size);

/// Parses "x,y,w,h" (non-negative integers, w and h > 0); throws gl::Error(BadInput) naming `--region`.
cv::Rect parseRegion(const QString &text);

/// Decides whether `after` proves that the defect in `region` of `before` was rectified (both 8-bit BGR
/// or grey). The region defaults to the central third; one outside `before` throws gl::Error(BadInput).
/// Alignment runs at config.alignmentSize; the region is compared at full resolution.
/// `after` is a copy of `before` when its pixels are identical, or when the whole picture matches
/// (perceptual hash and coarse grey difference outside the region within the copy_max_* settings) and
/// either the region did not change or the finest detail outside the region is the hazard photo's own
/// (detailCorrelation >= copy_min_detail_correlation: the same pixels re-encoded, the region retouched).
/// A second exposure of an unchanged spot is indistinguishable from a copy and is called one; a second
/// exposure whose region changed is not.
VerificationResult verifyRectification(const cv::Mat &before, const cv::Mat &after,
                                       std::optional<cv::Rect> region, const VisionConfig &config);

} // namespace gl::vision
