// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/ComparisonImages.h"

#include "modules/hazards/vision/BlockCompare.h"
#include "platform/util/Error.h"

#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;

namespace gl::vision {
namespace {

cv::Mat toBgr(const cv::Mat &img)
{
    if (img.channels() == 3)
        return img;
    cv::Mat out;
    cv::cvtColor(img, out, img.channels() == 4 ? cv::COLOR_BGRA2BGR : cv::COLOR_GRAY2BGR);
    return out;
}

} // namespace

ComparisonImages renderComparison(const cv::Mat &before, const cv::Mat &after, const VerificationResult &result,
                                  int longSide)
{
    ComparisonImages out;
    const double s = std::min(1.0, double(longSide) / std::max(before.cols, before.rows));
    const cv::Size size(std::max(1, int(before.cols * s)), std::max(1, int(before.rows * s)));
    cv::resize(toBgr(before), out.before, size, 0, 0, cv::INTER_AREA);
    if (result.homography.empty())
        return out;

    const cv::Mat scaleA = (cv::Mat_<double>(3, 3) << double(size.width) / before.cols, 0, 0, 0,
                            double(size.height) / before.rows, 0, 0, 0, 1);
    const cv::Mat h = scaleA * result.homography;
    cv::warpPerspective(toBgr(after), out.alignedAfter, h, size, cv::INTER_AREA, cv::BORDER_CONSTANT);
    cv::Mat valid;
    cv::warpPerspective(cv::Mat(after.size(), CV_8U, cv::Scalar(255)), valid, h, size, cv::INTER_NEAREST);
    cv::erode(valid, valid, cv::Mat(), cv::Point(-1, -1), 2);

    cv::Mat ga, gb;
    cv::cvtColor(out.before, ga, cv::COLOR_BGR2GRAY);
    cv::cvtColor(out.alignedAfter, gb, cv::COLOR_BGR2GRAY);
    const auto [gain, offset] = photometricMatch(ga, gb, valid);
    cv::Mat fa, fb;
    ga.convertTo(fa, CV_32F);
    gb.convertTo(fb, CV_32F, gain, offset);
    cv::GaussianBlur(fa, fa, cv::Size(), 1.5);
    cv::GaussianBlur(fb, fb, cv::Size(), 1.5);
    const int block = std::max(8, std::max(size.width, size.height) / 60);
    const BlockScores scores = compareBlocks(fa, fb, valid, block);

    cv::Mat change(scores.similarity.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < change.rows; ++y)
        for (int x = 0; x < change.cols; ++x) {
            const float sim = scores.similarity.at<float>(y, x);
            change.at<uchar>(y, x) = sim < 0 ? 0 : cv::saturate_cast<uchar>(255.0 * changeFromSimilarity(sim));
        }
    cv::Mat changeFull, colour;
    cv::resize(change, changeFull, cv::Size(change.cols * block, change.rows * block), 0, 0, cv::INTER_LINEAR);
    changeFull = changeFull(cv::Rect(0, 0, size.width, size.height)).clone();
    cv::applyColorMap(changeFull, colour, cv::COLORMAP_JET);
    cv::addWeighted(out.before, 0.45, colour, 0.55, 0.0, out.heatMap);
    out.heatMap.setTo(cv::Scalar(40, 40, 40), valid == 0);
    const cv::Rect r(int(result.region.x * s), int(result.region.y * s), int(result.region.width * s),
                     int(result.region.height * s));
    cv::rectangle(out.heatMap, r, cv::Scalar(255, 255, 255), std::max(1, size.width / 400));
    return out;
}

void writeImage(const QString &path, const cv::Mat &image)
{
    std::vector<uchar> bytes;
    const bool jpeg = path.endsWith(u".jpg"_s, Qt::CaseInsensitive) || path.endsWith(u".jpeg"_s, Qt::CaseInsensitive);
    if (image.empty() || !cv::imencode(jpeg ? ".jpg" : ".png", image, bytes))
        fail(ErrorCode::BadInput, path % u": cannot encode the image"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()))
            != qint64(bytes.size()))
        fail(ErrorCode::BadInput, path % u": cannot write: "_s % f.errorString());
}

} // namespace gl::vision
