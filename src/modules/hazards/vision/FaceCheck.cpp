// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/vision/FaceCheck.h"

#include "platform/util/Error.h"

#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace gl::vision {

QString defaultFaceCascade()
{
    const QString env = qEnvironmentVariable("GUARDLINE_FACE_CASCADE");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(GUARDLINE_HAAR_DIR "/haarcascade_frontalface_alt.xml");
}

int countFrontalFaces(const cv::Mat &image, const QString &cascadePath)
{
    const QString path = cascadePath.isEmpty() ? defaultFaceCascade() : cascadePath;
    // CascadeClassifier is not thread-safe: one loaded copy per thread and file.
    thread_local std::map<QString, cv::CascadeClassifier> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        cv::CascadeClassifier c;
        if (!QFileInfo::exists(path) || !c.load(path.toStdString()))
            fail(ErrorCode::BadInput, path % u": cannot load the face detector (install opencv-data)"_s);
        it = cache.emplace(path, std::move(c)).first;
    }
    if (image.empty())
        return 0;
    cv::Mat gray = image;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    const double s = std::min(1.0, 1000.0 / std::max(gray.cols, gray.rows));
    if (s < 1.0)
        cv::resize(gray, gray, cv::Size(), s, s, cv::INTER_AREA);
    cv::equalizeHist(gray, gray);
    const int minFace = std::max(24, std::min(gray.cols, gray.rows) / 12);
    std::vector<cv::Rect> faces;
    it->second.detectMultiScale(gray, faces, 1.1, 5, 0, cv::Size(minFace, minFace));
    // Nested or strongly overlapping boxes are one face seen at two scales.
    std::vector<cv::Rect> distinct;
    for (const cv::Rect &f : faces) {
        const bool dup = std::any_of(distinct.begin(), distinct.end(), [&f](const cv::Rect &d) {
            return (f & d).area() > 0.3 * std::min(f.area(), d.area());
        });
        if (!dup)
            distinct.push_back(f);
    }
    return int(distinct.size());
}

void requireOneFrontalFace(const cv::Mat &image, const QString &name, const QString &cascadePath)
{
    const int n = countFrontalFaces(image, cascadePath);
    if (n == 0)
        fail(ErrorCode::BadInput, name % u": no frontal face found (the responsible person's photo needs one)"_s);
    if (n > 1)
        fail(ErrorCode::BadInput, name % u": %1 faces found, expected exactly one"_s.arg(n));
}

} // namespace gl::vision
