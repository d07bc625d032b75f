// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>

namespace gl::vision {

/// Block-wise SSIM of two aligned grey images over the pixels of a mask.
struct BlockScores {
    cv::Mat similarity; ///< CV_32F, one value per block in 0..1, -1 where the block was not scored
    int blockSize = 0;
    int scored = 0;        ///< number of scored blocks
    double meanSimilarity = 0; ///< mean over scored blocks (0 when none)
    double meanChange = 0;     ///< mean of changeFromSimilarity() over scored blocks
};

/// Compares `a` and `b` (CV_32F, same size, grey levels 0..255, b already photometrically matched to a)
/// in square blocks; a block is scored when at least 3/4 of its pixels are set in `mask` (CV_8U).
/// SSIM per block uses the masked pixels' means, variances and covariance, so flat areas compare by
/// brightness and textured areas by structure; negative values are clamped to 0.
BlockScores compareBlocks(const cv::Mat &a, const cv::Mat &b, const cv::Mat &mask, int blockSize);

/// How changed a block of similarity `s` is: 0 at s >= 0.75, 1 at s <= 0.25, linear in between.
inline double changeFromSimilarity(double s)
{
    return s >= 0.75 ? 0.0 : s <= 0.25 ? 1.0 : (0.75 - s) / 0.5;
}

/// Maps b's grey levels onto a's (mean and standard deviation over `mask`): b' = (b - mb) * sa/sb + ma.
/// Returns {gain, offset} such that b' = b * gain + offset.
std::pair<double, double> photometricMatch(const cv::Mat &a, const cv::Mat &b, const cv::Mat &mask);

} // namespace gl::vision
