// SPDX-License-Identifier: Apache-2.0
#include "platform/audit/AuditLog.h"
#include "platform/audit/AuditKey.h"
#include "platform/store/ChangeFeed.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

// "GLAUDIT\0" as eight bytes: appenders on PostgreSQL take this transaction-level advisory lock one at a
// time. (LOCK TABLE would need UPDATE or DELETE rights, which the application role need not have.)
constexpr qint64 kAppendLock = 0x474C415544495400LL;

// What each MAC authenticates: a domain prefix, then "SEQ:HASH".
QByteArray entryMessage(const QString &seqHash) { return "guardline-audit-entry\n" + seqHash.toLatin1(); }
QByteArray headMessage(const QString &seqHash) { return "guardline-audit-head\n" + seqHash.toLatin1(); }
QByteArray sealMessage(const QString &seqHash) { return "guardline-audit-unkeyed-through\n" + seqHash.toLatin1(); }

QString seqHash(qint64 seq, const QString &hash) { return QString::number(seq) + u':' + hash; }

/// Database::transactionMemo key of the chain's head as the transaction's last append left it: seq, hash,
/// the store's key id, and the key itself (HeldKey), read from its file once per transaction.
const QString kHeadMemo = u"audit.head"_s;

/// The audit key's bytes as a transaction's memo holds them: shared by the memo and the append using them,
/// wiped when the last of them lets go (the memo is forgotten when the transaction ends). Never logged.
using HeldKey = std::shared_ptr<const QByteArray>;

HeldKey holdKey(QByteArray key)
{
    return HeldKey(new QByteArray(std::move(key)), [](const QByteArray *k) {
        const_cast<QByteArray *>(k)->fill('\0');
        delete k;
    });
}

QString meta(Database &db, const QString &key)
{
    return db.scalar(u"SELECT value FROM schema_meta WHERE key = ?"_s, {key}).toString();
}

void setMeta(Database &db, const QString &key, const QString &value)
{
    db.exec(u"DELETE FROM schema_meta WHERE key = ?"_s, {key});
    db.exec(u"INSERT INTO schema_meta (key, value) VALUES (?, ?)"_s, {key, value});
}

QJsonObject stateOf(qint64 id, const QString &username, const QString &role, bool active, const QString &passwordHash)
{
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"role"_s, role},
            {u"active"_s, active},
            {u"password_sha256"_s,
             QString::fromLatin1(QCryptographicHash::hash(passwordHash.toUtf8(), QCryptographicHash::Sha256).toHex())}};
}

/// The differences between an account's live row and its chained state, for people.
QStringList differences(const QJsonObject &live, const QJsonObject &chained, qint64 seq)
{
    QStringList out;
    auto s = [](const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); };
    if (s(live, "username") != s(chained, "username"))
        out << u"its name is '%1' but entry %2 recorded '%3'"_s.arg(s(live, "username")).arg(seq).arg(s(chained, "username"));
    if (s(live, "role") != s(chained, "role"))
        out << u"its role is '%1' but entry %2 recorded '%3'"_s.arg(s(live, "role")).arg(seq).arg(s(chained, "role"));
    if (live.value(u"active"_s).toBool() != chained.value(u"active"_s).toBool())
        out << u"it is %1 but entry %2 recorded it %3"_s.arg(live.value(u"active"_s).toBool() ? u"enabled"_s : u"disabled"_s)
                   .arg(seq)
                   .arg(chained.value(u"active"_s).toBool() ? u"enabled"_s : u"disabled"_s);
    if (s(live, "password_sha256") != s(chained, "password_sha256"))
        out << u"its password hash is not the one entry %1 recorded"_s.arg(seq);
    return out;
}

} // namespace

QByteArray AuditLog::canonical(qint64 seq, qint64 ts, const AuditRecord &r, const QString &detailsJson)
{
    // A JSON array with a fixed order; numbers as strings so no float formatting can change the bytes.
    const QJsonArray a{QString::number(seq), QString::number(ts), r.actor, r.action, r.objectType, r.objectId,
                       r.area, r.equipment, detailsJson};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::hashOf(const QString &prevHash, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

bool AuditLog::parseHead(const QString &head, qint64 *seq, QString *hash)
{
    static const QRegularExpression re(u"^(\\d{1,18}):([0-9a-fA-F]{64})$"_s);
    const QRegularExpressionMatch m = re.match(head.trimmed());
    if (!m.hasMatch())
        return false;
    *seq = m.captured(1).toLongLong();
    *hash = m.captured(2).toLower();
    return true;
}

QJsonObject AuditLog::userState(Database &db, qint64 userId)
{
    QSqlQuery q = db.exec(u"SELECT id, username, role, active, password_hash FROM users WHERE id = ?"_s, {userId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"user id %1 does not exist"_s.arg(userId));
    return stateOf(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toString());
}

qint64 AuditLog::append(Database &db, const AuditRecord &r, qint64 ts)
{
    if (db.transactionDepth() == 0)
        fail(ErrorCode::Unknown, u"audit entries are appended inside the change's transaction"_s);
    // The chain's head as this transaction left it (seq, hash, the store's key id, the key): once a transaction
    // has appended, it holds the chain (PostgreSQL: the advisory lock; SQLite: the write lock) until it ends, so
    // its next entries need no lock, key id, key file or head read. An alarm's transaction appends four entries,
    // and on PostgreSQL every statement is a round trip to the server.
    const QVariantList memo = db.transactionMemo(kHeadMemo).toList();
    const bool held = memo.size() == 4;
    QString storeKeyId = held ? memo.at(2).toString() : QString();
    HeldKey key = held ? memo.at(3).value<HeldKey>() : HeldKey();
    if (!held) {
        if (db.backend() == Backend::Postgres) // several workstations append: one at a time
            db.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kAppendLock));
        storeKeyId = meta(db, u"audit_key_id"_s);

        // The key: created on first use only when the store's chain is not keyed yet; a workstation without the
        // store's key (or with another one) refuses to write rather than leave entries nobody can check.
        const AuditKey keyFile;
        key = holdKey(keyFile.load(storeKeyId.isEmpty()));
        if (key->isEmpty())
            fail(ErrorCode::Storage, u"no audit key on this workstation (%1): the audit chain of %2 is keyed with key %3. Copy the "
                                     "key file from the workstation that ran 'guardlinectl init' (mode 0600) or set GUARDLINE_AUDIT_KEY"_s
                                         .arg(keyFile.path(), db.describe(), storeKeyId));
        const QString localId = AuditKey::idOf(*key);
        if (storeKeyId.isEmpty()) {
            setMeta(db, u"audit_key_id"_s, localId);
            storeKeyId = localId;
        } else if (localId != storeKeyId) {
            fail(ErrorCode::Storage, u"the audit key %1 is key %2, but the audit chain of %3 is keyed with key %4. Copy the key file "
                                     "from the workstation that ran 'guardlinectl init' (mode 0600) or set GUARDLINE_AUDIT_KEY"_s
                                         .arg(keyFile.path(), localId, db.describe(), storeKeyId));
        }
    }
    if (!key || key->isEmpty()) // a memo that is not what append() leaves (never expected)
        fail(ErrorCode::Unknown, u"the audit chain's head remembered by this transaction holds no key"_s);

    qint64 seq = 1;
    QString prev = QString::fromLatin1(genesisHash);
    if (held) {
        seq = memo.at(0).toLongLong() + 1;
        prev = memo.at(1).toString();
    } else {
        QSqlQuery last = db.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        if (last.next()) {
            seq = last.value(0).toLongLong() + 1;
            prev = last.value(1).toString();
        }
    }
    const QString details = QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact));
    const QString hash = hashOf(prev, canonical(seq, ts, r, details));
    const QString head = seqHash(seq, hash);
    const QVariantList entry = {seq, ts, r.actor, r.action, r.objectType, r.objectId, r.area, r.equipment, details, prev, hash,
                                AuditKey::mac(*key, entryMessage(head))};
    const QVariantList headValues = {head, AuditKey::mac(*key, headMessage(head))};
    static const QString kInsertEntry = u"INSERT INTO audit_log (seq, ts_utc, actor, action, object_type, object_id, area, "
                                        "equipment, details, prev_hash, hash, mac) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s;
    // The head and its MAC in one statement (both backends know ON CONFLICT ... DO UPDATE).
    static const QString kSetHead = u"INSERT INTO schema_meta (key, value) VALUES ('audit_head', ?), ('audit_head_mac', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
    if (db.backend() == Backend::Postgres) {
        // The entry, the head and the change feed's notification (live workstations; delivered when this
        // transaction commits) in one statement: data-modifying WITH clauses run whether or not they are read.
        db.exec(u"WITH entry AS ("_s + kInsertEntry + u"), head AS ("_s + kSetHead + u") SELECT pg_notify(?, ?)"_s,
                entry + headValues + QVariantList{QString::fromLatin1(ChangeFeed::channel), ChangeFeed::payload(seq, r.action, r.objectType)});
    } else {
        db.exec(kInsertEntry, entry);
        db.exec(kSetHead, headValues);
        ChangeFeed::notify(db, seq, r.action, r.objectType); // nothing on SQLite (its watchers poll)
    }
    db.setTransactionMemo(kHeadMemo, QVariantList{QString::number(seq), hash, storeKeyId, QVariant::fromValue(key)});
    return seq;
}

void AuditLog::keyChain(Database &db)
{
    const AuditKey keyFile;
    QByteArray key = keyFile.load(true);
    db.setTransactionMemo(kHeadMemo, {}); // append() reads the key id, the key and the head again
    setMeta(db, u"audit_key_id"_s, AuditKey::idOf(key));
    qint64 through = 0;
    QString hash = QString::fromLatin1(genesisHash);
    {
        QSqlQuery last = db.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        if (last.next()) {
            through = last.value(0).toLongLong();
            hash = last.value(1).toString();
        }
    }
    const QString sealed = seqHash(through, hash);
    setMeta(db, u"audit_unkeyed_through"_s, sealed);
    setMeta(db, u"audit_unkeyed_through_mac"_s, AuditKey::mac(key, sealMessage(sealed)));
    if (through > 0)
        setMeta(db, u"audit_head_mac"_s, AuditKey::mac(key, headMessage(sealed)));
    key.fill('\0');

    // The accounts as they are now, so that a later direct change of one is detected.
    QJsonArray users;
    {
        QSqlQuery q = db.exec(u"SELECT id, username, role, active, password_hash FROM users ORDER BY id"_s);
        while (q.next())
            users << stateOf(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                             q.value(4).toString());
    }
    if (!users.isEmpty())
        append(db, AuditRecord{u"system:migration"_s, u"audit.keyed"_s, u"audit"_s, u"chain"_s, {}, {},
                               {{u"unkeyed_through"_s, through}, {u"users"_s, users}}},
               QDateTime::currentMSecsSinceEpoch());
    qCInfo(lcAudit).noquote() << "audit chain of" << db.describe() << "keyed with" << keyFile.path() << "; entries 1 to" << through
                              << "predate the key";
}

AuditVerdict AuditLog::verify(Database &db, const QString &expectHead)
{
    AuditVerdict v;
    qint64 expectSeq = -1;
    QString expectHash;
    if (!expectHead.isEmpty() && !parseHead(expectHead, &expectSeq, &expectHash))
        fail(ErrorCode::BadInput, u"--expect-head '%1': expected SEQ:HASH, an entry number and its 64 hex digit hash "
                                  "(as printed by 'audit verify' and on the daily report)"_s.arg(expectHead));
    auto bad = [&v](qint64 seq, const QString &reason) {
        v.ok = false;
        v.firstBad = seq;
        v.reason = reason;
        qCWarning(lcAudit).noquote() << "audit chain broken at entry" << seq << ':' << reason;
        return v;
    };

    // Where the keyed chain begins, sealed by schema step 16, and the key to check it with.
    const QString sealed = meta(db, u"audit_unkeyed_through"_s);
    qint64 through = 0;
    QString throughHash;
    if (!parseHead(sealed, &through, &throughHash))
        return bad(1, u"the seal of the chain's unkeyed beginning (schema_meta 'audit_unkeyed_through') is missing or malformed: "
                      "the store was altered"_s);
    v.unkeyedThrough = through;
    v.keyId = meta(db, u"audit_key_id"_s);
    const AuditKey keyFile;
    QByteArray key = keyFile.load(false);
    if (key.isEmpty())
        return bad(through + 1, u"the MACs cannot be checked: no audit key on this workstation (%1); the chain is keyed with key %2. "
                                "Copy the key file from the workstation that ran 'guardlinectl init' or set GUARDLINE_AUDIT_KEY"_s
                                    .arg(keyFile.path(), v.keyId));
    if (AuditKey::idOf(key) != v.keyId)
        return bad(through + 1, u"the MACs cannot be checked: the audit key %1 is key %2, but the chain is keyed with key %3"_s
                                    .arg(keyFile.path(), AuditKey::idOf(key), v.keyId));
    if (!AuditKey::check(key, sealMessage(sealed), meta(db, u"audit_unkeyed_through_mac"_s)))
        return bad(std::max<qint64>(through, 1), u"the seal of the entries written before the chain was keyed (1 to %1) was altered "
                                                 "or forged without the audit key"_s.arg(through));

    QString prev = QString::fromLatin1(genesisHash);
    if (expectSeq == 0 && expectHash != prev)
        return bad(1, u"entry 0 is the chain's start, hash %1, not %2"_s.arg(prev, expectHash));
    qint64 expectedSeq = 1;
    QHash<qint64, std::pair<qint64, QJsonObject>> chainedUsers; // account id -> (seq, state)
    QSqlQuery q = db.exec(u"SELECT seq, ts_utc, actor, action, object_type, object_id, area, equipment, details, "
                          "prev_hash, hash, mac FROM audit_log ORDER BY seq"_s);
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        AuditRecord r{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString(), {}};
        const QString details = q.value(8).toString();
        const QString storedPrev = q.value(9).toString();
        const QString storedHash = q.value(10).toString();
        if (seq != expectedSeq)
            return seq > expectedSeq
                ? bad(expectedSeq, u"entries %1..%2 are missing (deleted)"_s.arg(expectedSeq).arg(seq - 1))
                : bad(seq, u"sequence number out of order"_s);
        if (storedPrev != prev)
            return bad(seq, u"previous-hash link does not match entry %1 (entry inserted, deleted or reordered)"_s
                                .arg(seq - 1));
        const QString computed = hashOf(prev, canonical(seq, q.value(1).toLongLong(), r, details));
        if (computed != storedHash)
            return bad(seq, u"content does not match its hash (entry edited)"_s);
        if (seq == through && storedHash != throughHash)
            return bad(seq, u"the entries written before the chain was keyed (1 to %1) no longer end in the hash sealed then: "
                            "one of them was rewritten and the hashes recomputed"_s.arg(through));
        if (seq > through) {
            if (q.value(11).isNull() || q.value(11).toString().isEmpty())
                return bad(seq, u"the entry has no MAC although the chain is keyed from entry %1 on (written or rewritten "
                                "without the audit key)"_s.arg(through + 1));
            if (!AuditKey::check(key, entryMessage(seqHash(seq, storedHash)), q.value(11).toString()))
                return bad(seq, u"its MAC does not match: the entry was rewritten and its hashes recomputed, or added, "
                                "without the audit key"_s);
            if (r.objectType == u"user"_s || r.action == u"audit.keyed"_s) {
                const QJsonObject d = QJsonDocument::fromJson(details.toUtf8()).object();
                const QJsonObject row = d.value(u"user_row"_s).toObject();
                if (!row.isEmpty())
                    chainedUsers.insert(row.value(u"id"_s).toInteger(), {seq, row});
                if (r.action == u"audit.keyed"_s)
                    for (const QJsonValue &u : d.value(u"users"_s).toArray())
                        chainedUsers.insert(u.toObject().value(u"id"_s).toInteger(), {seq, u.toObject()});
            }
        }
        if (seq == expectSeq && storedHash != expectHash)
            return bad(seq, u"entry %1 carries hash %2, not the expected %3: the history up to entry %1 was rewritten"_s
                                .arg(seq)
                                .arg(storedHash, expectHash));
        prev = storedHash;
        ++expectedSeq;
        ++v.entries;
    }
    q.finish();
    if (v.entries < through)
        return bad(v.entries + 1, u"the chain ends at entry %1, but entries up to %2 were sealed when it was keyed (tail removed)"_s
                                      .arg(v.entries)
                                      .arg(through));
    const QString head = meta(db, u"audit_head"_s);
    const QString actual = v.entries == 0 ? QString() : seqHash(v.entries, prev);
    if (head != actual) {
        const qint64 headSeq = head.section(u':', 0, 0).toLongLong();
        return bad(v.entries + 1 <= headSeq ? v.entries + 1 : headSeq,
                   u"the chain ends at entry %1 but its recorded head is entry %2 (tail removed or head edited)"_s
                       .arg(v.entries)
                       .arg(headSeq));
    }
    if (v.entries > 0 && !AuditKey::check(key, headMessage(actual), meta(db, u"audit_head_mac"_s)))
        return bad(v.entries + 1, u"the chain ends at entry %1, but the audit key did not authenticate that head "
                                  "(tail removed and the head rewritten)"_s.arg(v.entries));
    key.fill('\0');
    if (expectSeq > v.entries)
        return bad(v.entries + 1, u"entry %1 (the expected head) does not exist: the chain ends at entry %2 (tail removed)"_s
                                      .arg(expectSeq)
                                      .arg(v.entries));
    v.head = seqHash(v.entries, prev);

    // The accounts: each live row must be the state its last chained change recorded.
    QSet<qint64> live;
    QSqlQuery u = db.exec(u"SELECT id, username, role, active, password_hash FROM users ORDER BY id"_s);
    while (u.next()) {
        const qint64 id = u.value(0).toLongLong();
        const QString name = u.value(1).toString();
        live.insert(id);
        const QJsonObject state = stateOf(id, name, u.value(2).toString(), u.value(3).toBool(), u.value(4).toString());
        const auto it = chainedUsers.constFind(id);
        if (it == chainedUsers.cend())
            return bad(v.entries + 1, u"user '%1' (id %2) is in no audit entry: the account was added outside Guardline"_s.arg(name).arg(id));
        const QStringList diff = differences(state, it->second, it->first);
        if (!diff.isEmpty())
            return bad(it->first, u"user '%1' (id %2) was changed outside Guardline, without an audit entry: %3"_s.arg(name).arg(id).arg(
                                      diff.join(u"; "_s)));
    }
    u.finish();
    QList<qint64> chainedIds = chainedUsers.keys();
    std::sort(chainedIds.begin(), chainedIds.end());
    for (const qint64 id : chainedIds)
        if (!live.contains(id)) {
            const auto &[seq, state] = chainedUsers.value(id);
            return bad(seq, u"user '%1' (id %2), recorded by entry %3, no longer exists: deleted outside Guardline"_s
                                .arg(state.value(u"username"_s).toString())
                                .arg(id)
                                .arg(seq));
        }
    return v;
}

} // namespace gl
