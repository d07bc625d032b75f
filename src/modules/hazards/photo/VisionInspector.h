// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/logic/HazardPhotos.h"
#include "modules/hazards/vision/VisionConfig.h"

#include <QHash>
#include <QMutex>

namespace gl::hazards {

/// PhotoInspector on Guardline::Vision and OpenCV:
/// - inspect: ImageLoader (magic bytes, pixel limit before decoding, truncation, EXIF), SHA-256, and for
///   face photos exactly one frontal face (Haar cascade, vision::countFrontalFaces);
/// - compareFaces: the largest frontal face of each photo, cropped, 128x128 grey, equalised, compared with
///   LBPH (opencv_contrib face module, radius 1, 8 neighbours, 8x8 grid); the distance is a chi-square
///   histogram distance — HazardService flags anything above the site's face_match_threshold;
/// - verifyRectification / verifyUnchanged: vision::verifyRectification (CONTRACTS.md §5);
/// - decodeQrCodes: opencv_contrib wechat_qrcode (Debian builds OpenCV without quirc, so cv::QRCodeDetector
///   cannot decode), on a grey copy at most 2000 px wide.
class VisionInspector : public PhotoInspector {
public:
    explicit VisionInspector(vision::VisionConfig config = vision::VisionConfig::defaults());

    PhotoFacts inspect(const QByteArray &bytes, const QString &name, bool requireOneFace) const override;
    FaceComparison compareFaces(const QByteArray &face, const QByteArray &portrait) const override;
    PhotoCheck verifyRectification(const QByteArray &before, const QByteArray &after, const QRect &region) const override;
    PhotoCheck verifyUnchanged(const QByteArray &reference, const QByteArray &photo, const QRect &region) const override;
    QStringList decodeQrCodes(const QByteArray &photo) const override;

    const vision::VisionConfig &config() const { return m_config; }

private:
    PhotoCheck compare(const QByteArray &a, const QByteArray &b, const QRect &region, bool expectChange) const;
    vision::VisionConfig m_config;
    mutable QMutex m_mutex;
    mutable QHash<QString, PhotoCheck> m_checks; ///< pair results by (sha a, sha b, region, mode): the demo reuses photos
    mutable QHash<QString, PhotoFacts> m_facts;  ///< by (sha, face required): a photo attached twice is checked once
    mutable QHash<QString, FaceComparison> m_faces; ///< by (sha face, sha portrait)
};

/// Installs a VisionInspector with the default vision configuration (idempotent).
void installVisionInspector();

} // namespace gl::hazards
