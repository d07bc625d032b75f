// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace gl::video {

/// A full-resolution evidence still: JPEG bytes with the timestamp and camera name burned in, and the
/// SHA-256 of exactly those bytes (the app stores both and writes the audit entry).
struct EvidenceSnapshot {
    QByteArray jpeg;
    QByteArray sha256Hex;   ///< 64 lowercase hex digits
    QDateTime takenAt;
    QString cameraName;
    QString caption;        ///< the burned-in text: camera, ISO 8601 time with offset, zone id
    QSize size;
};

/// Burns "<camera>  <ISO 8601 time with offset> <zone id>" (e.g. "CAM-05  2026-03-02T10:30:05+08:00 Asia/Shanghai";
/// pass takenAt in the site's zone) into a band along the bottom of the frame and encodes
/// it as JPEG. Needs a QGuiApplication (text rendering); throws gl::Error(BadInput) for an empty frame
/// and gl::Error(Unknown) when there is no QGuiApplication or the JPEG writer is missing.
EvidenceSnapshot makeEvidenceSnapshot(const QImage &fullFrame, const QString &cameraName,
                                      const QDateTime &takenAt, int quality = 92);

} // namespace gl::video
