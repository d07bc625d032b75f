// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/hazards/vision/FaceCheck.h"
#include "modules/hazards/vision/ImageLoader.h"
#include "modules/hazards/vision/RectificationVerifier.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/face.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include <map>

using namespace Qt::StringLiterals;

namespace gl::hazards {

namespace {

QString sha256(const QByteArray &b) { return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()); }

vision::LoadLimits limitsOf(const vision::VisionConfig &c) { return {c.maxPixels, c.maxFileBytes}; }

QRect toQRect(const cv::Rect &r) { return QRect(r.x, r.y, r.width, r.height); }

/// The largest frontal face, cropped and normalised for LBPH; empty when none.
cv::Mat faceCrop(const cv::Mat &bgr)
{
    const QString path = vision::defaultFaceCascade();
    thread_local std::map<QString, cv::CascadeClassifier> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        cv::CascadeClassifier c;
        if (!QFileInfo::exists(path) || !c.load(path.toStdString()))
            fail(ErrorCode::BadInput, path % u": cannot load the face detector (install opencv-data)"_s);
        it = cache.emplace(path, std::move(c)).first;
    }
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    const double s = std::min(1.0, 1000.0 / std::max(gray.cols, gray.rows));
    if (s < 1.0)
        cv::resize(gray, gray, cv::Size(), s, s, cv::INTER_AREA);
    cv::Mat eq;
    cv::equalizeHist(gray, eq);
    std::vector<cv::Rect> faces;
    const int minFace = std::max(24, std::min(gray.cols, gray.rows) / 12);
    it->second.detectMultiScale(eq, faces, 1.1, 5, 0, cv::Size(minFace, minFace));
    if (faces.empty())
        return {};
    const cv::Rect f = *std::max_element(faces.begin(), faces.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.area() < b.area(); });
    cv::Mat crop;
    cv::resize(gray(f), crop, cv::Size(128, 128), 0, 0, cv::INTER_AREA);
    cv::equalizeHist(crop, crop);
    return crop;
}

} // namespace

VisionInspector::VisionInspector(vision::VisionConfig config) : m_config(config) {}

PhotoFacts VisionInspector::inspect(const QByteArray &bytes, const QString &name, bool requireOneFace) const
{
    if (bytes.size() > m_config.maxFileBytes)
        fail(ErrorCode::BadInput, name % u": file of %1 bytes exceeds the limit of %2 bytes"_s.arg(bytes.size()).arg(m_config.maxFileBytes));
    const QString sha = sha256(bytes);
    const QString key = sha + (requireOneFace ? u"f"_s : u"-"_s);
    {
        QMutexLocker lock(&m_mutex);
        if (m_facts.contains(key))
            return m_facts.value(key);
    }
    const vision::LoadedImage img = vision::decodeImage(bytes, name, limitsOf(m_config));
    PhotoFacts f;
    f.sha256 = sha;
    f.format = vision::formatName(img.format);
    f.width = img.bgr.cols;
    f.height = img.bgr.rows;
    f.exifTime = img.exif.dateTimeOriginal;
    if (requireOneFace) {
        vision::requireOneFrontalFace(img.bgr, name);
        f.faces = 1;
    }
    QMutexLocker lock(&m_mutex); // only valid photos are remembered: a refusal names the new file every time
    if (m_facts.size() > 512)
        m_facts.clear();
    m_facts.insert(key, f);
    return f;
}

FaceComparison VisionInspector::compareFaces(const QByteArray &face, const QByteArray &portrait) const
{
    const QString key = sha256(face) + sha256(portrait);
    {
        QMutexLocker lock(&m_mutex);
        if (m_faces.contains(key))
            return m_faces.value(key);
    }
    FaceComparison c;
    c.method = u"LBPH (opencv_contrib face: radius 1, 8 neighbours, 8x8 cells) on 128x128 equalised crops"_s;
    const cv::Mat a = faceCrop(vision::decodeImage(face, u"face photo"_s, limitsOf(m_config)).bgr);
    const cv::Mat b = faceCrop(vision::decodeImage(portrait, u"portrait"_s, limitsOf(m_config)).bgr);
    if (a.empty() || b.empty()) {
        c.note = a.empty() ? u"no face found in the face photo"_s : u"no face found in the portrait on file"_s;
        return c;
    }
    cv::Ptr<cv::face::LBPHFaceRecognizer> lbph = cv::face::LBPHFaceRecognizer::create(1, 8, 8, 8);
    lbph->train(std::vector<cv::Mat>{b}, std::vector<int>{1});
    int label = -1;
    double distance = 0;
    lbph->predict(a, label, distance);
    c.compared = true;
    c.distance = distance;
    c.match = true; // the threshold is the site's: HazardService decides
    QMutexLocker lock(&m_mutex);
    if (m_faces.size() > 256)
        m_faces.clear();
    m_faces.insert(key, c);
    return c;
}

PhotoCheck VisionInspector::compare(const QByteArray &a, const QByteArray &b, const QRect &region, bool expectChange) const
{
    const QString key = sha256(a) + sha256(b) + rectText(region) + (expectChange ? u'c' : u'u');
    {
        QMutexLocker lock(&m_mutex);
        if (m_checks.contains(key))
            return m_checks.value(key);
    }
    const vision::LoadedImage ia = vision::decodeImage(a, expectChange ? u"defect photo"_s : u"after-photo"_s, limitsOf(m_config));
    const vision::LoadedImage ib = vision::decodeImage(b, expectChange ? u"after-photo"_s : u"re-inspection photo"_s, limitsOf(m_config));
    std::optional<cv::Rect> r;
    if (!region.isEmpty())
        r = cv::Rect(region.x(), region.y(), region.width(), region.height()) & cv::Rect(0, 0, ia.bgr.cols, ia.bgr.rows);
    if (r && r->area() < 16)
        r.reset();
    // RANSAC draws from OpenCV's thread RNG: seeded per check, so a pair always gets the same verdict
    // (the demo and the audit chain are reproducible).
    cv::theRNG().state = 0x9e3779b97f4a7c15ULL;
    const vision::VerificationResult v = vision::verifyRectification(ia.bgr, ib.bgr, r, m_config);
    PhotoCheck c;
    c.sameScene = v.sameScene;
    c.aligned = v.aligned;
    c.copy = v.copy;
    c.sceneSimilarity = v.sceneSimilarity;
    c.regionChange = v.regionChange;
    c.region = toQRect(v.region);
    if (v.aligned && !v.homography.empty()) {
        // The region's corners mapped into the second photo (inverse of second → first).
        const cv::Mat inv = v.homography.inv();
        std::vector<cv::Point2f> corners{{float(v.region.x), float(v.region.y)}, {float(v.region.br().x), float(v.region.y)},
                                         {float(v.region.br().x), float(v.region.br().y)}, {float(v.region.x), float(v.region.br().y)}};
        std::vector<cv::Point2f> mapped;
        cv::perspectiveTransform(corners, mapped, inv);
        const cv::Rect m = cv::boundingRect(mapped) & cv::Rect(0, 0, ib.bgr.cols, ib.bgr.rows);
        c.secondRegion = toQRect(m);
    }
    if (expectChange) {
        c.passed = v.passed;
        c.reason = v.reason;
    } else if (!v.aligned) {
        c.reason = v.reason.isEmpty() ? u"re-inspection photo could not be aligned with the after-photo"_s
                                      : QString(v.reason).replace(u"after photo"_s, u"re-inspection photo"_s).replace(u"hazard photo"_s, u"after-photo"_s);
    } else if (v.copy) {
        c.reason = u"re-inspection photo is a copy of the after-photo"_s;
    } else if (!v.sameScene) {
        c.reason = u"re-inspection photo does not show the same place (scene similarity %1 < %2)"_s
                       .arg(v.sceneSimilarity, 0, 'f', 2).arg(m_config.sceneSimilarityThreshold, 0, 'f', 2);
    } else if (v.regionChange >= m_config.regionChangeThreshold) {
        c.reason = u"the rectified region changed again since the after-photo (region change %1 >= %2)"_s
                       .arg(v.regionChange, 0, 'f', 2).arg(m_config.regionChangeThreshold, 0, 'f', 2);
    } else {
        c.passed = true;
        c.reason = u"same place, the rectified region is as it was after rectification"_s;
    }
    QMutexLocker lock(&m_mutex);
    if (m_checks.size() > 256)
        m_checks.clear();
    m_checks.insert(key, c);
    return c;
}

PhotoCheck VisionInspector::verifyRectification(const QByteArray &before, const QByteArray &after, const QRect &region) const
{
    return compare(before, after, region, true);
}

PhotoCheck VisionInspector::verifyUnchanged(const QByteArray &reference, const QByteArray &photo, const QRect &region) const
{
    return compare(reference, photo, region, false);
}

QStringList VisionInspector::decodeQrCodes(const QByteArray &photo) const
{
    const vision::LoadedImage img = vision::decodeImage(photo, u"photo"_s, limitsOf(m_config));
    cv::Mat gray;
    cv::cvtColor(img.bgr, gray, cv::COLOR_BGR2GRAY);
    const double s = std::min(1.0, 2000.0 / std::max(gray.cols, gray.rows));
    if (s < 1.0)
        cv::resize(gray, gray, cv::Size(), s, s, cv::INTER_AREA);
    // Debian's OpenCV is built without quirc, so cv::QRCodeDetector cannot decode; opencv_contrib's
    // WeChat decoder (ZXing-based, here without its optional CNN models) can.
    QStringList out;
    try {
        thread_local cv::wechat_qrcode::WeChatQRCode detector;
        for (const std::string &t : detector.detectAndDecode(gray))
            if (!t.empty())
                out << QString::fromStdString(t);
    } catch (const cv::Exception &) {
        // an undecodable pattern is "no QR code", not an error
    }
    out.removeDuplicates();
    return out;
}

void installVisionInspector()
{
    static QMutex once;
    QMutexLocker lock(&once);
    if (!std::dynamic_pointer_cast<const VisionInspector>(photoInspector()))
        installPhotoInspector(std::make_shared<VisionInspector>());
}

} // namespace gl::hazards
