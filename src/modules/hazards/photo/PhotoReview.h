// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

namespace gl {
class HazardService;
}

namespace gl::hazards {

/// What a reviewer compares for one hazard (the Hazards dock's Compare…), computed on the data thread
/// from the stored photos with the same checks the service ran.
///
/// Rectification: the defect photo, the after-photo aligned onto it, and the change heat map (blue:
/// same, red: changed). Re-inspection (after a failed one): the re-inspection photo with the failing
/// region framed red, the after-photo "as it should be" with the checked region framed green, and the
/// change since the after-photo.
struct PhotoReview {
    enum class Kind { Rectification, Reinspection };
    Kind kind = Kind::Rectification;
    QImage left, middle, right;
    QString leftPhoto, middlePhoto; ///< SHA-256 of the photos shown left and middle
    /// Rectification: the check's verdict, scene similarity and region change as measured now.
    /// Re-inspection: the reason the stored re-inspection failed (sceneSimilarity/regionChange unused).
    QString reason;
    double sceneSimilarity = 0, regionChange = 0;
};

/// The review of hazard `code`: a re-inspection review when `reinspection` and a re-inspection photo is
/// on file, else the rectification review. NotFound when the hazard has no after-photo yet; a stored
/// photo that no longer decodes is BadInput naming it.
PhotoReview reviewPhotos(HazardService &hazards, const QString &code, bool reinspection);

} // namespace gl::hazards
