// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gl {

/// A photo of a draft as it was attached: a file's bytes (not yet checked), or an evidence still.
struct HazardDraftPhoto {
    QString kind;          ///< photo::Panorama, Defect or Face
    QString name;          ///< file name, or "evidence:<id>"
    QByteArray bytes;      ///< empty in HazardDraftService::list() and for an evidence still
    qint64 evidenceId = 0; ///< the camera evidence still chosen (panorama only); its bytes stay in the evidence store
    QString sha256;
    qint64 sizeBytes = 0;
};

/// A half-filled hazard report of one user. Not a hazard: nothing is checked or audited until
/// HazardService::report() submits it (which removes the draft in the same transaction).
struct HazardDraft {
    qint64 id = 0;                 ///< 0: a new draft
    QJsonObject fields;            ///< the form's fields (category, description, equipment, area, responsible, ...)
    QList<HazardDraftPhoto> photos;
    QStringList removedPhotos;     ///< save(): kinds whose photo was taken off the form
    qint64 createdAt = 0, updatedAt = 0;
    bool hasPhoto(const QString &kind) const;
};

/// Drafts of the hazard report form, per user in the store, so a closed or abandoned form is never
/// lost (UX.md: "drafts are never lost"). Only the owner sees, restores or deletes a draft.
/// Permission hazard.report. Deliberately not audited: a draft is no record of anything.
class HazardDraftService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Creates (id 0) or updates the actor's draft; photos replace those of the same kind, the others
    /// stay unless named in removedPhotos. Returns the draft's id.
    qint64 save(const HazardDraft &draft);
    /// The actor's drafts, newest first (photos without bytes).
    QList<HazardDraft> list() const;
    /// One of the actor's drafts with its photos' bytes (NotFound for another user's draft).
    HazardDraft load(qint64 id) const;
    /// Deletes one of the actor's drafts (NotFound when it is not theirs or is gone).
    void remove(qint64 id);
};

} // namespace gl
