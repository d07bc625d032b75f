// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/PerceptualHash.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>

namespace gl::vision {

std::uint64_t perceptualHash(const cv::Mat &image)
{
    cv::Mat gray = image;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    cv::Mat small, f, freq;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(f, CV_32F);
    cv::dct(f, freq);
    // The 8x8 lowest frequencies without the DC term, thresholded at their median.
    std::array<float, 64> coeffs{};
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            coeffs[size_t(y * 8 + x)] = (x == 0 && y == 0) ? 0.f : freq.at<float>(y, x);
    std::array<float, 64> sorted = coeffs;
    std::nth_element(sorted.begin(), sorted.begin() + 32, sorted.end());
    const float median = sorted[32];
    std::uint64_t hash = 0;
    for (size_t i = 0; i < 64; ++i)
        if (coeffs[i] > median)
            hash |= std::uint64_t(1) << i;
    return hash;
}

int hammingDistance(std::uint64_t a, std::uint64_t b)
{
    return std::popcount(a ^ b);
}

} // namespace gl::vision
