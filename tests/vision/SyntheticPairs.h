// SPDX-License-Identifier: Apache-2.0
#pragma once
// After-photos made from a real hazard photo, the way a second visit would see the spot: another
// viewpoint (perspective + scale), other light, sensor noise and JPEG re-encoding.

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace gl::vision::test {

/// The quad of `src` the second camera sees, as fractions of its size: a moderate change of viewpoint.
inline std::vector<cv::Point2f> viewQuad(cv::Size s)
{
    const float w = float(s.width), h = float(s.height);
    return {{0.05f * w, 0.03f * h}, {0.97f * w, 0.08f * h}, {0.94f * w, 0.97f * h}, {0.02f * w, 0.92f * h}};
}

/// Re-photographs `src` from another viewpoint at `scale` times its resolution.
inline cv::Mat rephotograph(const cv::Mat &src, double scale, double gain, double offset, double noiseSigma,
                            int jpegQuality = 90)
{
    const cv::Size out(int(src.cols * scale), int(src.rows * scale));
    const std::vector<cv::Point2f> dst = {{0, 0}, {float(out.width), 0}, {float(out.width), float(out.height)},
                                          {0, float(out.height)}};
    const cv::Mat h = cv::getPerspectiveTransform(viewQuad(src.size()), dst);
    cv::Mat warped;
    cv::warpPerspective(src, warped, h, out, cv::INTER_CUBIC, cv::BORDER_REFLECT);
    // Other light: darker, lifted shadows and a horizontal falloff.
    cv::Mat f;
    warped.convertTo(f, CV_32FC3, gain, offset);
    for (int x = 0; x < f.cols; ++x)
        f.col(x) *= 1.0 - 0.15 * double(x) / f.cols;
    cv::Mat noise(f.size(), CV_32FC3);
    cv::RNG rng(7);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, noiseSigma);
    f += noise;
    f.convertTo(warped, CV_8UC3);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", warped, jpeg, {cv::IMWRITE_JPEG_QUALITY, jpegQuality});
    return cv::imdecode(jpeg, cv::IMREAD_COLOR);
}

/// `src` with the defect region repaired: its content replaced by a patch of another real photo.
inline cv::Mat repaired(const cv::Mat &src, cv::Rect region, const cv::Mat &otherPhoto)
{
    cv::Mat out = src.clone();
    cv::Mat patch;
    cv::resize(otherPhoto, patch, region.size(), 0, 0, cv::INTER_AREA);
    patch.copyTo(out(region));
    return out;
}

inline cv::Mat reencoded(const cv::Mat &src, int quality, double scale = 1.0, double gain = 1.0, double offset = 0)
{
    cv::Mat m;
    cv::resize(src, m, cv::Size(), scale, scale, cv::INTER_AREA);
    m.convertTo(m, CV_8UC3, gain, offset);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", m, jpeg, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(jpeg, cv::IMREAD_COLOR);
}

} // namespace gl::vision::test
