// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

namespace gl {

/// An evidence still as the camera wall hands it over: JPEG bytes with the time and camera burned in.
struct EvidenceInput {
    QString cameraCode;
    QByteArray jpeg;
    QString sha256;     ///< hex SHA-256 of `jpeg` as computed by the capturer; checked again here
    qint64 takenAt = 0; ///< UTC ms of the frame
    QString timeZone;   ///< the site's zone the burned-in time is written in (IANA id)
    int width = 0, height = 0;
};

struct EvidenceLink {
    QString objectType, objectCode, note, linkedBy;
    qint64 linkedAt = 0;
};

struct EvidenceRecord {
    qint64 id = 0;
    QString cameraCode, cameraName, sha256, timeZone, createdBy;
    qint64 takenAt = 0, createdAt = 0, sizeBytes = 0;
    int width = 0, height = 0;
    QList<EvidenceLink> links;
};

/// Evidence snapshots: full-resolution stills stored in the store (BLOB, both backends) with their
/// SHA-256 in the audit chain ("evidence.capture"), attachable to hazards and permits
/// ("evidence.attach", audited on the object). Content read back is checked against its hash.
class EvidenceService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Stores a still (evidence.capture). Refuses bytes that are not a JPEG or do not match the hash.
    qint64 store(const EvidenceInput &in);
    /// Links a still to a hazard or permit (evidence.capture). Attaching twice is refused with Conflict.
    void attach(qint64 snapshotId, const QString &objectType, const QString &objectCode, const QString &note = {});
    /// Stills, newest first: all of them, those of one camera (objectType "camera"), or those linked to a
    /// hazard/permit. At most `limit`.
    QList<EvidenceRecord> list(const QString &objectType = {}, const QString &objectCode = {}, int limit = 200) const;
    EvidenceRecord get(qint64 snapshotId) const;
    /// The JPEG bytes; throws Storage when they no longer match the stored hash.
    QByteArray content(qint64 snapshotId) const;
};

} // namespace gl
