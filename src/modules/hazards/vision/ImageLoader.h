// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/vision/Exif.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <optional>

namespace gl::vision {

/// Image file types accepted for photos, recognised by their magic bytes (never by the file name).
enum class ImageFormat { Unknown = 0, Jpeg, Png, WebP, Tiff, Bmp };

QString formatName(ImageFormat f);

/// The format the first bytes announce, or Unknown.
ImageFormat sniffFormat(const QByteArray &head);

/// Width and height declared by the file header, read without decoding; nullopt when the header is
/// malformed or cut short.
std::optional<cv::Size> readHeaderSize(const QByteArray &data, ImageFormat format);

/// True when a JPEG's segments and entropy-coded data run up to an EOI marker (not truncated).
bool jpegIsComplete(const QByteArray &jpeg);

struct LoadLimits {
    qint64 maxPixels = 50'000'000;
    qint64 maxFileBytes = 100 * 1024 * 1024;
};

/// A decoded photo: 8-bit BGR pixels, already turned upright per its EXIF orientation.
struct LoadedImage {
    cv::Mat bgr;
    ImageFormat format = ImageFormat::Unknown;
    cv::Size storedSize; ///< size as stored in the file (before the EXIF rotation)
    ExifInfo exif;
};

/// Decodes image bytes safely: checks the magic bytes, the header dimensions against the pixel limit
/// (decompression bombs are refused before any decoding), truncation, and that the decoded size matches
/// the header. Throws gl::Error(BadInput) whose message starts with `name` and says why.
LoadedImage decodeImage(const QByteArray &data, const QString &name, const LoadLimits &limits);

/// Reads and decodes a file with decodeImage(); a missing or oversized file is BadInput too.
LoadedImage loadImage(const QString &path, const LoadLimits &limits);

/// Rotates/flips pixels stored with EXIF orientation `orientation` (1..8) to upright.
cv::Mat applyExifOrientation(const cv::Mat &image, int orientation);

} // namespace gl::vision
