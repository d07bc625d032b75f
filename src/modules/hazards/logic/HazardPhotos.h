// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QRect>
#include <QString>

#include <memory>

namespace gl {

/// The photos of the hazard closed loop (hazard_photos.kind).
namespace photo {
inline constexpr char16_t Panorama[] = u"panorama";         ///< the scene with the area sign
inline constexpr char16_t Defect[] = u"defect";             ///< the defect close-up (the "before" photo)
inline constexpr char16_t Face[] = u"face";                 ///< the responsible person's frontal face
inline constexpr char16_t After[] = u"after";               ///< after rectification, same spot
inline constexpr char16_t Reinspection[] = u"reinspection"; ///< the 72 h re-inspection
} // namespace photo

/// A photo handed to a service: its bytes and where they came from (a file name, "snapshot:<id>").
struct PhotoInput {
    QByteArray bytes;
    QString name;
    bool isEmpty() const { return bytes.isEmpty(); }
};

/// The photo a user picked: the file's bytes (kPhotoFileLimit + 1 at most: the photo checks refuse
/// anything over their own limit) named by the file's name; empty for an empty path. A file that cannot be
/// read is BadInput naming it.
PhotoInput photoFromFile(const QString &path);
inline constexpr qint64 kPhotoFileLimit = 256ll * 1024 * 1024;

/// What the photo checks found in a valid photo.
struct PhotoFacts {
    QString sha256;   ///< hex SHA-256 of the bytes: the photo store's key
    QString format;   ///< JPEG, PNG, ...
    int width = 0, height = 0;
    QString exifTime; ///< EXIF DateTimeOriginal as ISO text ("" when absent)
    int faces = -1;   ///< frontal faces found (-1: not counted)
};

/// A face photo compared with the person's portrait on file.
struct FaceComparison {
    bool compared = false; ///< false: one of the images had no usable face
    bool match = false;
    double distance = 0;   ///< method-specific distance (LBPH chi-square); lower is more alike
    double threshold = 0;
    QString method;
    QString note;
    QJsonObject toJson() const;
};

/// A photo pair checked per CONTRACTS.md section 5 (or the re-inspection variant).
struct PhotoCheck {
    bool passed = false;
    bool sameScene = false;
    bool aligned = false;
    bool copy = false;
    double sceneSimilarity = 0;
    double regionChange = 0;
    QString reason;
    QRect region;          ///< the region compared, in the reference photo's pixels
    QRect secondRegion;    ///< the same region in the checked photo's pixels (when aligned)
    QJsonObject toJson() const;
};

/// The image work of the hazard loop, behind an interface because Guardline::Core is Qt Core/Sql only:
/// the OpenCV implementation (Guardline::HazardVision, hazards::installVisionInspector()) is installed
/// by the programs that link it (guardline, guardlinectl, the tests). Without one, every photo step is
/// refused — a hazard is never reported or closed on an unchecked photo.
class PhotoInspector {
public:
    virtual ~PhotoInspector();
    /// Validates and describes a photo; throws gl::Error(BadInput) naming `name` and the problem
    /// (not an image, truncated, over the pixel limit; with `requireOneFace`, not exactly one face).
    virtual PhotoFacts inspect(const QByteArray &bytes, const QString &name, bool requireOneFace) const = 0;
    /// Compares the face in `face` with the face in `portrait`.
    virtual FaceComparison compareFaces(const QByteArray &face, const QByteArray &portrait) const = 0;
    /// Rectification: `after` must show the same place as `before` with `region` (empty: central third) changed.
    virtual PhotoCheck verifyRectification(const QByteArray &before, const QByteArray &after, const QRect &region) const = 0;
    /// Re-inspection: `photo` must show the same place as `reference` (the after-photo) with `region` unchanged.
    virtual PhotoCheck verifyUnchanged(const QByteArray &reference, const QByteArray &photo, const QRect &region) const = 0;
    /// The text of the QR codes readable in the photo (empty when none).
    virtual QStringList decodeQrCodes(const QByteArray &photo) const = 0;
};

QString rectText(const QRect &r);       ///< "x,y,w,h" ("" for an empty rectangle)
QRect rectFromText(const QString &text); ///< parses rectText() (empty on malformed text)

/// Installs the process-wide inspector (thread-safe; the last one wins).
void installPhotoInspector(std::shared_ptr<const PhotoInspector> inspector);
/// The installed inspector, or null.
std::shared_ptr<const PhotoInspector> photoInspector();

} // namespace gl
