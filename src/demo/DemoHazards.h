// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/logic/HazardService.h"

namespace gl::demo {

/// The demo hazards' photos (demoPhoto, DemoPhotos.h): panorama with the area sign, defect close-up with
/// the equipment's QR label, the responsible person's face, with EXIF times. Throws Unreachable when no
/// PhotoInspector is installed (Guardline::HazardVision: the demo never reports a hazard its photos were
/// not checked for).
void attachReportPhotos(HazardInput &in, int variant, const QString &equipmentQr, qint64 takenAt);
/// The after-photo (defect gone, slightly other viewpoint and light) or the re-inspection photo
/// (`defectBack`: the defect has come back).
PhotoInput hazardPhoto(const QString &kind, int variant, const QString &equipmentQr, bool defectBack, qint64 takenAt);
/// Puts the demo face on file as `personCode`'s portrait, so the face check has something to compare.
void fileDemoPortrait(ServiceContext &ctx, const QString &personCode);

} // namespace gl::demo
