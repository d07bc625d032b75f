// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QRect>
#include <QString>

namespace gl::demo {

/// The demo's hazard photos (deterministic JPEG bytes, synthesized with OpenCV from the two photographs of
/// tests/data/vision compiled into resources/demo.qrc): `kind` one of photo::*, `variant` picks the scene,
/// `qrText` is printed on the equipment label, `defectPresent` draws the defect; with `takenAtMs` > 0 an
/// EXIF DateTimeOriginal. The demo plant and the tests use them; no production program carries them.
QByteArray demoPhoto(const QString &kind, int variant, const QString &qrText, bool defectPresent, qint64 takenAtMs);
/// The defect rectangle drawn in demoPhoto(photo::Defect, variant, ...).
QRect demoDefectRegion(int variant);

} // namespace gl::demo
