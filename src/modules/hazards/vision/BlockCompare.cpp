// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/BlockCompare.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace gl::vision {
namespace {

// SSIM stabilisers for 8-bit levels (Wang et al. 2004): K1 = 0.01, K2 = 0.03.
constexpr double C1 = (0.01 * 255) * (0.01 * 255);
constexpr double C2 = (0.03 * 255) * (0.03 * 255);

double boxSum(const cv::Mat &integral, int x0, int y0, int x1, int y1)
{
    return integral.at<double>(y1, x1) - integral.at<double>(y0, x1) - integral.at<double>(y1, x0)
        + integral.at<double>(y0, x0);
}

} // namespace

BlockScores compareBlocks(const cv::Mat &a, const cv::Mat &b, const cv::Mat &mask, int blockSize)
{
    CV_Assert(a.type() == CV_32F && b.type() == CV_32F && a.size() == b.size());
    CV_Assert(mask.type() == CV_8U && mask.size() == a.size() && blockSize > 0);
    cv::Mat m;
    mask.convertTo(m, CV_32F, 1.0 / 255.0);
    const cv::Mat am = a.mul(m), bm = b.mul(m);
    cv::Mat iM, iA, iB, iAA, iBB, iAB;
    cv::integral(m, iM, CV_64F);
    cv::integral(am, iA, CV_64F);
    cv::integral(bm, iB, CV_64F);
    cv::integral(am.mul(a), iAA, CV_64F);
    cv::integral(bm.mul(b), iBB, CV_64F);
    cv::integral(am.mul(b), iAB, CV_64F);

    BlockScores out;
    out.blockSize = blockSize;
    const int cols = (a.cols + blockSize - 1) / blockSize, rows = (a.rows + blockSize - 1) / blockSize;
    out.similarity = cv::Mat(rows, cols, CV_32F, cv::Scalar(-1));
    double sumSim = 0, sumChange = 0;
    for (int by = 0; by < rows; ++by) {
        for (int bx = 0; bx < cols; ++bx) {
            const int x0 = bx * blockSize, y0 = by * blockSize;
            const int x1 = std::min(a.cols, x0 + blockSize), y1 = std::min(a.rows, y0 + blockSize);
            const double n = boxSum(iM, x0, y0, x1, y1);
            if (n < 0.75 * (x1 - x0) * (y1 - y0) || n < 4)
                continue;
            const double ma = boxSum(iA, x0, y0, x1, y1) / n, mb = boxSum(iB, x0, y0, x1, y1) / n;
            const double va = std::max(0.0, boxSum(iAA, x0, y0, x1, y1) / n - ma * ma);
            const double vb = std::max(0.0, boxSum(iBB, x0, y0, x1, y1) / n - mb * mb);
            const double cov = boxSum(iAB, x0, y0, x1, y1) / n - ma * mb;
            const double ssim = ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
            const double s = std::clamp(ssim, 0.0, 1.0);
            out.similarity.at<float>(by, bx) = float(s);
            sumSim += s;
            sumChange += changeFromSimilarity(s);
            ++out.scored;
        }
    }
    if (out.scored > 0) {
        out.meanSimilarity = sumSim / out.scored;
        out.meanChange = sumChange / out.scored;
    }
    return out;
}

std::pair<double, double> photometricMatch(const cv::Mat &a, const cv::Mat &b, const cv::Mat &mask)
{
    cv::Scalar ma, sa, mb, sb;
    cv::meanStdDev(a, ma, sa, mask);
    cv::meanStdDev(b, mb, sb, mask);
    if (sb[0] < 1e-3 || sa[0] < 1e-3)
        return {1.0, ma[0] - mb[0]};
    const double gain = std::clamp(sa[0] / sb[0], 0.2, 5.0);
    return {gain, ma[0] - mb[0] * gain};
}

} // namespace gl::vision
