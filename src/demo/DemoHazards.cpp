// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoHazards.h"
#include "demo/DemoPhotos.h"
#include "platform/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl::demo {

namespace {
/// The photos are the demo's own, but the hazard service checks every one: without the checks nothing is reported.
void requirePhotoChecks()
{
    if (!photoInspector())
        fail(ErrorCode::Unreachable, u"the demo's hazards need the photo checks (Guardline::HazardVision is not installed)"_s);
}
} // namespace

void attachReportPhotos(HazardInput &in, int variant, const QString &equipmentQr, qint64 takenAt)
{
    requirePhotoChecks();
    in.panorama = {demoPhoto(QString::fromUtf16(photo::Panorama), variant, in.areaCode, true, takenAt - 120'000),
                   u"IMG_%1_pano.jpg"_s.arg(variant)};
    in.defect = {demoPhoto(QString::fromUtf16(photo::Defect), variant, equipmentQr, true, takenAt - 60'000),
                 u"IMG_%1_defect.jpg"_s.arg(variant)};
    // One face photo for all (same bytes: stored once, checked once).
    in.face = {demoPhoto(QString::fromUtf16(photo::Face), 0, {}, false, 0), u"IMG_face.jpg"_s};
    in.defectRegion = demoDefectRegion(variant);
    in.observedAt = takenAt;
}

PhotoInput hazardPhoto(const QString &kind, int variant, const QString &equipmentQr, bool defectBack, qint64 takenAt)
{
    requirePhotoChecks();
    return {demoPhoto(kind, variant, equipmentQr, defectBack, takenAt), u"IMG_%1_%2.jpg"_s.arg(variant).arg(kind)};
}

void fileDemoPortrait(ServiceContext &ctx, const QString &personCode)
{
    requirePhotoChecks();
    HazardService(ctx).setPortrait(personCode, {demoPhoto(QString::fromUtf16(photo::Face), 0, {}, false, 0), u"portrait.jpg"_s});
}

} // namespace gl::demo
