// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace gl::vision {

/// Site-configurable thresholds of photo loading and rectification verification. The defaults live in
/// resources/config/vision-default.json (compiled in); a site file overrides any subset of the keys.
struct VisionConfig {
    double sceneSimilarityThreshold = 0.85; ///< same_scene when scene_similarity >= this
    double regionChangeThreshold = 0.2;     ///< the defect region changed when region_change >= this
    qint64 maxPixels = 50'000'000;          ///< refuse images whose header declares more pixels
    qint64 maxFileBytes = 100 * 1024 * 1024;///< refuse larger files before reading them
    int alignmentSize = 1000;               ///< long side (px) of the images used for alignment
    int maxFeatures = 2000;                 ///< ORB keypoints per image at alignment size
    int minInliers = 20;                    ///< RANSAC inliers needed to call the pair aligned
    int copyMaxHashDistance = 8;            ///< perceptual-hash bits (of 64) a copy may differ by
    double copyMaxPixelDiff = 2.0;          ///< mean abs grey difference (0..255) a copy may have
    double copyMinDetailCorrelation = 0.95; ///< fine-detail correlation of a copy whose region changed

    /// The compiled-in defaults (resources/config/vision-default.json).
    static VisionConfig defaults();
    /// The defaults overridden by the keys of a JSON file; throws gl::Error(BadInput) naming the file and key.
    static VisionConfig fromFile(const QString &path);
    /// `base` overridden by the keys of `obj`; `source` names the origin in error messages.
    static VisionConfig fromJson(const QJsonObject &obj, const QString &source, const VisionConfig &base);
};

} // namespace gl::vision
