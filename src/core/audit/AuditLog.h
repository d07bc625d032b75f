// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace gl {

class Database;

/// What one audit entry says: who (actor) did what (action) to which object, where (area/equipment)
/// and what changed (details). The time comes from the service's clock.
struct AuditRecord {
    QString actor;
    QString action;      ///< e.g. "permit.approve"
    QString objectType;  ///< e.g. "permit"
    QString objectId;    ///< the object's code, e.g. "HW-0001"
    QString area;        ///< area code, when the object has a place
    QString equipment;   ///< equipment code, when it concerns equipment
    QJsonObject details; ///< what changed: {"field": {"from": x, "to": y}} or the created values
};

/// The result of walking the chain.
struct AuditVerdict {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBad = 0; ///< seq of the first entry that does not verify
    QString reason;
};

/// The tamper-evident audit chain. Each entry stores SHA-256(prev_hash || canonical(entry)); the head
/// (last seq and hash) is mirrored in schema_meta so a truncated tail is caught too. Appends happen
/// inside the caller's transaction, so a change and its audit entry are stored together or not at all.
class AuditLog {
public:
    static constexpr const char *genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// Appends an entry at time `tsUtcMs`. Must be called inside a transaction.
    static qint64 append(Database &db, const AuditRecord &record, qint64 tsUtcMs);
    /// Walks the whole chain.
    static AuditVerdict verify(Database &db);
    /// The canonical bytes hashed for an entry (documented in docs/FORMATS.md).
    static QByteArray canonical(qint64 seq, qint64 ts, const AuditRecord &r, const QString &detailsJson);
    static QString hashOf(const QString &prevHash, const QByteArray &canonical);
};

} // namespace gl
