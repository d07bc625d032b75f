// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace gl {

/// A date and time found in the text of a timestamp watermark, as the camera app printed it (no zone:
/// it is read in the site's time zone).
struct WatermarkTime {
    QDate date;
    QTime time;
    bool hasSeconds = false;
    QString text; ///< the matched text, normalised ("2026-03-02 08:01:30")
};

/// What reading the burnt-in timestamp of a photo found.
struct WatermarkReading {
    QList<WatermarkTime> times; ///< every timestamp found, best band first
    QString ocrText;            ///< the recognised text of the bands (for the audit entry; may be empty)
    QString band;               ///< where the timestamp was found: "bottom", "top"
};

/// Finds the timestamps in OCR text: YYYY-MM-DD HH:MM:SS, YYYY/MM/DD HH:MM, YYYY.MM.DD, with or without
/// seconds, with the usual OCR confusions (O→0, l/I→1, missing or doubled spaces) repaired.
QList<WatermarkTime> parseWatermarkTimes(const QString &ocrText);

/// Reads the timestamp a capture app burnt into a panorama. Behind an interface because Guardline::Core is
/// Qt Core/Sql only: the Tesseract + OpenCV implementation (Guardline::Admission,
/// admission::installWatermarkReader()) is installed by the programs that link it. Without one, every
/// check-in is refused ("no OCR engine to read the timestamp watermark") — never accepted unread.
class WatermarkReader {
public:
    virtual ~WatermarkReader();
    /// Reads the likely bands (bottom and top strips) of the JPEG `photo`.
    virtual WatermarkReading read(const QByteArray &photo) const = 0;
    /// A demo panorama (JPEG, no EXIF) with `stamp` burnt in the bottom-right corner as a camera app does.
    virtual QByteArray demoPanorama(const QString &stamp, int variant) const = 0;
};

/// Installs the process-wide reader (thread-safe; the last one wins).
void installWatermarkReader(std::shared_ptr<const WatermarkReader> reader);
/// The installed reader, or null.
std::shared_ptr<const WatermarkReader> watermarkReader();

} // namespace gl
