// SPDX-License-Identifier: Apache-2.0
#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/util/Error.h"
#include "core/util/Log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

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

qint64 AuditLog::append(Database &db, const AuditRecord &r, qint64 ts)
{
    if (db.transactionDepth() == 0)
        fail(ErrorCode::Unknown, u"audit entries are appended inside the change's transaction"_s);
    if (db.backend() == Backend::Postgres) // several workstations append: one at a time
        db.exec(u"LOCK TABLE audit_log IN EXCLUSIVE MODE"_s);

    qint64 seq = 1;
    QString prev = QString::fromLatin1(genesisHash);
    QSqlQuery last = db.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toString();
    }
    const QString details = QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact));
    const QString hash = hashOf(prev, canonical(seq, ts, r, details));
    db.exec(u"INSERT INTO audit_log (seq, ts_utc, actor, action, object_type, object_id, area, equipment, details, "
            "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s,
            {seq, ts, r.actor, r.action, r.objectType, r.objectId, r.area, r.equipment, details, prev, hash});
    const QString head = QString::number(seq) + u':' + hash;
    if (seq == 1)
        db.exec(u"INSERT INTO schema_meta (key, value) VALUES ('audit_head', ?)"_s, {head});
    else
        db.exec(u"UPDATE schema_meta SET value = ? WHERE key = 'audit_head'"_s, {head});
    return seq;
}

AuditVerdict AuditLog::verify(Database &db)
{
    AuditVerdict v;
    QString prev = QString::fromLatin1(genesisHash);
    qint64 expectedSeq = 1;
    QSqlQuery q = db.exec(u"SELECT seq, ts_utc, actor, action, object_type, object_id, area, equipment, details, "
                          "prev_hash, hash FROM audit_log ORDER BY seq"_s);
    auto bad = [&v](qint64 seq, const QString &reason) {
        v.ok = false;
        v.firstBad = seq;
        v.reason = reason;
        qCWarning(lcAudit).noquote() << "audit chain broken at entry" << seq << ':' << reason;
        return v;
    };
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
        prev = storedHash;
        ++expectedSeq;
        ++v.entries;
    }
    const QString head = db.scalar(u"SELECT value FROM schema_meta WHERE key = 'audit_head'"_s).toString();
    const QString actual = v.entries == 0 ? QString() : QString::number(v.entries) + u':' + prev;
    if (head != actual) {
        const qint64 headSeq = head.section(u':', 0, 0).toLongLong();
        return bad(v.entries + 1 <= headSeq ? v.entries + 1 : headSeq,
                   u"the chain ends at entry %1 but its recorded head is entry %2 (tail removed or head edited)"_s
                       .arg(v.entries)
                       .arg(headSeq));
    }
    return v;
}

} // namespace gl
