// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "modules/hazards/logic/HazardPhotos.h"
#include "platform/services/ServiceContext.h"

#include <QList>
#include <QRect>

namespace gl {

struct HazardInput {
    QString code;          ///< empty: generated (HZ-<yyyyMMdd>-<n>)
    QString category;      ///< a key of HazardRules::categories (resources/config/hazard-rules.json)
    QString grade;         ///< general (一般) / major (重大); empty: major when criteria are named, else general
    QString areaCode, equipmentCode, description;
    double x = 0, y = 0, z = 0; ///< site metres; all 0: the equipment's position
    QJsonObject plan = {}; ///< major hazards: the six-item rectification plan (needed before assignment)
    QString equipmentQr = {}; ///< the equipment's QR id as scanned (alternative to equipmentCode)
    QStringList criteria = {}; ///< ids of HazardRules::majorCriteria that apply (any → 重大)
    QString responsibleCode = {}; ///< people.code of the responsible person shown in the face photo
    qint64 observedAt = 0; ///< when it was seen (UTC ms); 0: the defect photo's EXIF time, else now
    QRect defectRegion = {}; ///< the defect in the defect photo's pixels; empty: its central third
    PhotoInput panorama = {}, defect = {}, face = {}; ///< the three required photos
    /// A camera evidence still (EvidenceService) as the panorama instead of a file: its bytes and SHA-256
    /// come from the evidence store, its provenance (camera, time) from the evidence record (no EXIF), and
    /// the still is linked to the hazard (evidence_links). 0: the panorama is `panorama`.
    qint64 panoramaEvidenceId = 0;
    /// The report form's draft (HazardDraftService) this report submits: removed in the same transaction.
    qint64 draftId = 0;
};

/// The equipment a QR code photo names (HazardService::equipmentFromQr).
struct EquipmentPick {
    QString code, name, area, qr;
    QStringList found; ///< every QR text decoded in the photo
};

/// A stored photo of a hazard (no bytes: fetch them with HazardService::photo()).
struct HazardPhotoInfo {
    QString kind, sha256, fileName, exifTime, addedBy, format;
    qint64 takenAt = 0, createdAt = 0;
    int width = 0, height = 0;
    QJsonObject check; ///< verification / face / QR result recorded with the photo
};

struct HazardTask {
    qint64 id = 0;
    QString hazard, kind, assignee;
    qint64 dueAt = 0, createdAt = 0, doneAt = 0;
    QString outcome;
};

/// Everything the detail view shows about one hazard.
struct HazardDetail {
    QString code, category, grade, state, area, equipment, equipmentQr, description, reporter, assignee,
        responsible, faceReview, escalationOrder;
    QStringList criteria;
    QJsonObject plan;
    QRect defectRegion;
    qint64 reportedAt = 0, deadlineAt = 0, closedAt = 0, overdueAt = 0, updatedAt = 0;
    qint64 rowVersion = 0; ///< schema step 21: what a change made on this detail expects (HazardService::apply's expectedVersion)
    int reopenCount = 0;
    QList<HazardPhotoInfo> photos; ///< oldest first
    QList<HazardTask> tasks;
    QStringList actions;           ///< lifecycle actions possible from the current state
    struct Event { qint64 at; QString actor, action, details; };
    QList<Event> history;          ///< the hazard's audit entries, oldest first
};

/// The outcome of a re-inspection (passed or the hazard reopened).
struct ReinspectionResult {
    bool passed = false;
    QString state, reason, qrFound;
    PhotoCheck check;
};

/// The hazard closed loop (domain/States.cpp): report (three photos) → grade → assign → start → submit
/// rectification (after-photo verified against the defect photo) → accept → closed → re-inspection
/// 72 h later (photo checked against the after-photo, equipment QR decoded) → re-inspected or reopened.
/// Photo checks run through the installed PhotoInspector (Guardline::HazardVision).
class HazardService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList categories();
    static QStringList planItems(); ///< goal, measures, funding, responsible, deadline, emergency_plan

    /// Reports a hazard with its three photos; validates everything before storing anything.
    qint64 report(const HazardInput &in);
    /// Grades a reported or reopened hazard: criteria (any → 重大) and, for 重大, the six-item plan.
    /// `expectedVersion` (here, in assign and apply): the hazard's row_version the person's view showed (schema
    /// step 21); a hazard changed since is refused (Conflict) naming who changed it and what it is now.
    void grade(const QString &code, const QString &grade, const QStringList &criteria, const QJsonObject &plan,
               std::optional<qint64> expectedVersion = std::nullopt);
    /// Assigns to a person with a deadline (UTC ms; 0: the site's deadline for the grade). 重大 needs the plan.
    void assign(const QString &code, const QString &personCode, qint64 deadlineAt = 0,
                std::optional<qint64> expectedVersion = std::nullopt);
    /// Lifecycle actions without photos: start, accept (needs a verified after-photo), reject.
    QString apply(const QString &code, const QString &action, const QString &note = {},
                  std::optional<qint64> expectedVersion = std::nullopt);
    /// Submits the after-photo: verified against the defect photo (CONTRACTS.md §5). A refused photo
    /// is not stored; the refusal is audited and thrown as Conflict with the reason.
    PhotoCheck submitRectification(const QString &code, const PhotoInput &after, const QString &note = {});
    /// Re-inspects a closed hazard; a failed check reopens it (both outcomes are audited and returned).
    ReinspectionResult reinspect(const QString &code, const PhotoInput &photo, const QString &note = {});
    /// Decodes the equipment QR code in a photo (the same decoder as the re-inspection) and finds the
    /// equipment on the register. BadInput when no code is readable, NotFound for a code not on the register.
    EquipmentPick equipmentFromQr(const PhotoInput &photo) const;
    /// Puts a portrait of a person on file (exactly one frontal face) for the face comparison; needs
    /// hazard.manage or contractor.edit (the coordinator registering a worker). Audited `person.portrait`.
    void setPortrait(const QString &personCode, const PhotoInput &portrait);

    /// Site settings (hazard-rules.json "settings", overridden per site).
    double setting(const QString &key) const;
    QString settingText(const QString &key) const;
    void setSetting(const QString &key, const QString &value);

    /// The code of the hazard with row id `id` (as returned by report()).
    QString codeOf(qint64 id) const;
    HazardDetail detail(const QString &code) const;
    /// A stored photo's bytes by SHA-256 (data.read).
    QByteArray photo(const QString &sha256) const;
    /// Open re-inspection tasks (all, or those of one user).
    QList<HazardTask> openTasks(const QString &username = {}) const;

    /// Housekeeping: marks hazards past their deadline overdue and raises one dispatch order per hazard.
    QStringList escalateOverdue();
    /// Housekeeping: creates the re-inspection task of each hazard closed for the configured hours (once).
    QStringList createReinspectionTasks();

private:
    struct Row;
    Row load(const QString &code) const;
    /// load() inside a change's transaction: the row locked first, refused when it is no longer at `expected`.
    Row loadForChange(const QString &code, std::optional<qint64> expected) const;
    std::shared_ptr<const PhotoInspector> inspector() const;
    qint64 exifToMs(const QString &exifTime) const;
    void storePhoto(qint64 hazardId, const QString &kind, const PhotoInput &in, const PhotoFacts &facts,
                    const QJsonObject &check, qint64 takenAt = 0);
    QByteArray latestPhoto(qint64 hazardId, const QString &kind, QJsonObject *check = nullptr) const;
};

} // namespace gl
