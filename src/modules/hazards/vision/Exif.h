// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gl::vision {

/// The EXIF fields Guardline uses from a photo.
struct ExifInfo {
    int orientation = 1;       ///< EXIF orientation 1..8 (1: as stored); 1 when absent or invalid
    QString dateTimeOriginal;  ///< "YYYY-MM-DDTHH:MM:SS" (+ "±HH:MM" when OffsetTimeOriginal is set), or empty
    QDateTime dateTime() const { return QDateTime::fromString(dateTimeOriginal, Qt::ISODate); }
};

/// Reads orientation and DateTimeOriginal from the APP1 "Exif" segment of a JPEG. Bounds-checked on every
/// offset: a malformed or missing EXIF block yields the defaults, never an error or an out-of-range read.
ExifInfo readJpegExif(const QByteArray &jpeg);

/// Reads the same fields from a bare TIFF structure ("II*\0" / "MM\0*"), as found after "Exif\0\0".
ExifInfo readTiffExif(const QByteArray &tiff);

} // namespace gl::vision
