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
    QString head;               ///< "SEQ:HASH" of the last entry ("0:<genesis hash>" for an empty chain)
    qint64 unkeyedThrough = 0;  ///< entries 1..N were written before the chain was keyed (no MAC)
    QString keyId;              ///< the id of the audit key the chain is keyed with
};

/// The tamper-evident audit chain (docs/FORMATS.md "Audit chain", docs/SECURITY.md).
///
/// Each entry stores hash = SHA-256(prev_hash || canonical(entry)) and, since schema step 16, a MAC =
/// HMAC-SHA-256 under the audit key (AuditKey: a file outside the store) of its seq and hash. The head
/// (last seq and hash) is mirrored in schema_meta with its own MAC, so a truncated tail is caught too.
/// Entries written before the store was keyed have no MAC; step 16 sealed where they end (the seq and
/// hash of the last one, with a MAC), so they cannot be rewritten either, and every later entry must
/// carry a valid MAC. Changes of user accounts carry the account's row state ("user_row"), and verify
/// compares the live users table against the last chained state of each account.
/// Appends happen inside the caller's transaction, so a change and its audit entry are stored together
/// or not at all.
class AuditLog {
public:
    static constexpr const char *genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    /// The schema step that keyed the chain.
    static constexpr int keyedSchemaVersion = 16;

    /// Appends an entry at time `tsUtcMs`. Must be called inside a transaction. Throws gl::Error(Storage)
    /// when this workstation has no audit key, or another one than the store's chain is keyed with.
    static qint64 append(Database &db, const AuditRecord &record, qint64 tsUtcMs);
    /// Walks the whole chain, checks the MACs and the live user accounts against their last chained state.
    /// With `expectHead` ("SEQ:HASH", a head kept outside the store), entry SEQ must exist and carry HASH.
    static AuditVerdict verify(Database &db, const QString &expectHead = {});
    /// Parses "SEQ:HASH" (64 hex digits); false when malformed.
    static bool parseHead(const QString &head, qint64 *seq, QString *hash);
    /// The canonical bytes hashed for an entry (documented in docs/FORMATS.md).
    static QByteArray canonical(qint64 seq, qint64 ts, const AuditRecord &r, const QString &detailsJson);
    static QString hashOf(const QString &prevHash, const QByteArray &canonical);
    /// Schema step 16: creates the audit key if needed and seals the unkeyed entries written so far;
    /// on a store with accounts, appends an "audit.keyed" entry holding every account's row state.
    static void keyChain(Database &db);
    /// The chained state of a user account: {"id","username","role","active","password_sha256"} (the
    /// SHA-256 of the stored password hash, never the hash itself).
    static QJsonObject userState(Database &db, qint64 userId);
};

} // namespace gl
