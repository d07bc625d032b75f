// SPDX-License-Identifier: Apache-2.0
#include "modules/video/logic/EvidenceService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

EvidenceRecord recordFrom(const QSqlQuery &q)
{
    EvidenceRecord r;
    r.id = q.value(0).toLongLong();
    r.cameraCode = q.value(1).toString();
    r.cameraName = q.value(2).toString();
    r.takenAt = q.value(3).toLongLong();
    r.timeZone = q.value(4).toString();
    r.width = q.value(5).toInt();
    r.height = q.value(6).toInt();
    r.sha256 = q.value(7).toString();
    r.sizeBytes = q.value(8).toLongLong();
    r.createdBy = q.value(9).toString();
    r.createdAt = q.value(10).toLongLong();
    return r;
}

const QString kSelect = u"SELECT e.id, e.camera_code, e.camera_name, e.taken_at, e.time_zone, e.width, e.height, e.sha256, "
                        "e.size_bytes, e.created_by, e.created_at FROM evidence_snapshots e"_s;
} // namespace

qint64 EvidenceService::store(const EvidenceInput &in)
{
    require(u"evidence.capture"_s);
    const QString what = u"evidence snapshot of camera '%1'"_s.arg(in.cameraCode);
    if (in.jpeg.size() < 4 || !in.jpeg.startsWith("\xFF\xD8\xFF") )
        fail(ErrorCode::BadInput, what + u": field 'jpeg': not a JPEG image"_s);
    if (in.jpeg.size() > kMaxBytes)
        fail(ErrorCode::BadInput, what + u": field 'jpeg': %1 bytes, more than 32 MiB"_s.arg(in.jpeg.size()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(in.jpeg, QCryptographicHash::Sha256).toHex());
    if (!in.sha256.isEmpty() && in.sha256.toLower() != sha)
        fail(ErrorCode::BadInput, what + u": field 'sha256': does not match the image (the bytes changed after capture)"_s);
    if (in.width <= 0 || in.height <= 0)
        fail(ErrorCode::BadInput, what + u": field 'size': %1×%2"_s.arg(in.width).arg(in.height));
    if (in.takenAt <= 0)
        fail(ErrorCode::BadInput, what + u": field 'taken_at': missing"_s);
    const QString zone = in.timeZone.isEmpty() ? u"UTC"_s : in.timeZone;
    if (!QTimeZone(zone.toUtf8()).isValid())
        fail(ErrorCode::BadInput, what + u": field 'time_zone': unknown zone '%1'"_s.arg(zone));

    Transaction tx(db());
    QSqlQuery cam = db().exec(u"SELECT c.id, c.name, a.code FROM cameras c LEFT JOIN areas a ON a.id = c.area_id WHERE c.code = ?"_s,
                              {in.cameraCode});
    if (!cam.next())
        fail(ErrorCode::NotFound, u"camera '%1' does not exist"_s.arg(in.cameraCode));
    const qint64 cameraId = cam.value(0).toLongLong();
    const QString cameraName = cam.value(1).toString(), area = cam.value(2).toString();
    const qint64 id = db().insert(u"evidence_snapshots"_s,
                                  {{u"camera_id"_s, cameraId}, {u"camera_code"_s, in.cameraCode}, {u"camera_name"_s, cameraName},
                                   {u"taken_at"_s, in.takenAt}, {u"time_zone"_s, zone}, {u"width"_s, in.width},
                                   {u"height"_s, in.height}, {u"sha256"_s, sha}, {u"size_bytes"_s, qint64(in.jpeg.size())},
                                   {u"content"_s, in.jpeg}, {u"created_by"_s, actor().auditName()}, {u"created_at"_s, now()}});
    audit(u"evidence.capture"_s, u"evidence"_s, QString::number(id),
          {{u"camera"_s, in.cameraCode}, {u"sha256"_s, sha}, {u"size_bytes"_s, qint64(in.jpeg.size())},
           {u"width"_s, in.width}, {u"height"_s, in.height},
           {u"taken_at"_s, QDateTime::fromMSecsSinceEpoch(in.takenAt, QTimeZone(zone.toUtf8())).toString(Qt::ISODateWithMs)}},
          area);
    tx.commit();
    return id;
}

void EvidenceService::attach(qint64 snapshotId, const QString &objectType, const QString &objectCode, const QString &note)
{
    require(u"evidence.capture"_s);
    if (objectType != u"hazard"_s && objectType != u"permit"_s)
        fail(ErrorCode::BadInput, u"evidence %1: field 'object_type': '%2' (use hazard or permit)"_s.arg(snapshotId).arg(objectType));
    Transaction tx(db());
    const EvidenceRecord e = get(snapshotId);
    const QString table = objectType == u"hazard"_s ? u"hazards"_s : u"permits"_s;
    QSqlQuery obj = db().exec(u"SELECT a.code, eq.code FROM %1 o JOIN areas a ON a.id = o.area_id "
                              "LEFT JOIN equipment eq ON eq.id = o.equipment_id WHERE o.code = ?"_s.arg(table), {objectCode});
    if (!obj.next())
        fail(ErrorCode::NotFound, u"%1 '%2' does not exist"_s.arg(objectType, objectCode));
    const QString area = obj.value(0).toString(), equipment = obj.value(1).toString();
    if (db().scalar(u"SELECT id FROM evidence_links WHERE snapshot_id = ? AND object_type = ? AND object_code = ?"_s,
                    {snapshotId, objectType, objectCode}).isValid())
        fail(ErrorCode::Conflict, u"evidence %1 is already attached to %2 %3"_s.arg(snapshotId).arg(objectType, objectCode));
    db().insert(u"evidence_links"_s, {{u"snapshot_id"_s, snapshotId}, {u"object_type"_s, objectType},
                                      {u"object_code"_s, objectCode}, {u"note"_s, note.isEmpty() ? QVariant() : QVariant(note)},
                                      {u"linked_by"_s, actor().auditName()}, {u"linked_at"_s, now()}});
    QJsonObject details{{u"evidence"_s, snapshotId}, {u"sha256"_s, e.sha256}, {u"camera"_s, e.cameraCode}};
    if (!note.isEmpty())
        details[u"note"_s] = note;
    audit(u"evidence.attach"_s, objectType, objectCode, details, area, equipment);
    tx.commit();
}

QList<EvidenceRecord> EvidenceService::list(const QString &objectType, const QString &objectCode, int limit) const
{
    require(u"data.read"_s);
    QSqlQuery q;
    if (objectType.isEmpty())
        q = db().exec(kSelect + u" ORDER BY e.taken_at DESC, e.id DESC LIMIT ?"_s, {limit});
    else if (objectType == u"camera"_s)
        q = db().exec(kSelect + u" WHERE e.camera_code = ? ORDER BY e.taken_at DESC, e.id DESC LIMIT ?"_s, {objectCode, limit});
    else
        q = db().exec(kSelect + u" JOIN evidence_links l ON l.snapshot_id = e.id WHERE l.object_type = ? AND l.object_code = ? "
                                "ORDER BY e.taken_at DESC, e.id DESC LIMIT ?"_s,
                      {objectType, objectCode, limit});
    QList<EvidenceRecord> out;
    while (q.next())
        out << recordFrom(q);
    for (EvidenceRecord &r : out) {
        QSqlQuery l = db().exec(u"SELECT object_type, object_code, note, linked_by, linked_at FROM evidence_links "
                                "WHERE snapshot_id = ? ORDER BY linked_at, id"_s, {r.id});
        while (l.next())
            r.links << EvidenceLink{l.value(0).toString(), l.value(1).toString(), l.value(2).toString(), l.value(3).toString(),
                                    l.value(4).toLongLong()};
    }
    return out;
}

EvidenceRecord EvidenceService::get(qint64 snapshotId) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(kSelect + u" WHERE e.id = ?"_s, {snapshotId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"evidence snapshot %1 does not exist"_s.arg(snapshotId));
    EvidenceRecord r = recordFrom(q);
    QSqlQuery l = db().exec(u"SELECT object_type, object_code, note, linked_by, linked_at FROM evidence_links "
                            "WHERE snapshot_id = ? ORDER BY linked_at, id"_s, {snapshotId});
    while (l.next())
        r.links << EvidenceLink{l.value(0).toString(), l.value(1).toString(), l.value(2).toString(), l.value(3).toString(),
                                l.value(4).toLongLong()};
    return r;
}

QByteArray EvidenceService::content(qint64 snapshotId) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT content, sha256 FROM evidence_snapshots WHERE id = ?"_s, {snapshotId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"evidence snapshot %1 does not exist"_s.arg(snapshotId));
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != q.value(1).toString())
        fail(ErrorCode::Storage, u"evidence snapshot %1: the stored image no longer matches its SHA-256"_s.arg(snapshotId));
    return bytes;
}

} // namespace gl
