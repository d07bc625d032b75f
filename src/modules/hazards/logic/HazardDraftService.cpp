// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
constexpr qint64 kMaxPhotoBytes = 64 * 1024 * 1024; ///< a draft keeps what the form holds; the checks come at submission
constexpr qsizetype kMaxFieldsBytes = 256 * 1024;

bool knownKind(const QString &kind)
{
    return kind == QString::fromUtf16(photo::Panorama) || kind == QString::fromUtf16(photo::Defect)
        || kind == QString::fromUtf16(photo::Face);
}
} // namespace

bool HazardDraft::hasPhoto(const QString &kind) const
{
    for (const HazardDraftPhoto &p : photos)
        if (p.kind == kind)
            return true;
    return false;
}

qint64 HazardDraftService::save(const HazardDraft &in)
{
    require(u"hazard.report"_s);
    const QString what = in.id ? u"hazard draft %1"_s.arg(in.id) : u"hazard draft (new)"_s;
    const QByteArray fields = QJsonDocument(in.fields).toJson(QJsonDocument::Compact);
    if (fields.size() > kMaxFieldsBytes)
        fail(ErrorCode::BadInput, what + u": field 'fields': %1 bytes, more than 256 KiB"_s.arg(fields.size()));
    for (const HazardDraftPhoto &p : in.photos) {
        if (!knownKind(p.kind))
            fail(ErrorCode::BadInput, what + u": field 'photos.%1': not a report photo (panorama, defect, face)"_s.arg(p.kind));
        if (p.evidenceId == 0 && p.bytes.isEmpty())
            fail(ErrorCode::BadInput, what + u": field 'photos.%1': empty"_s.arg(p.kind));
        if (p.evidenceId != 0 && p.kind != QString::fromUtf16(photo::Panorama))
            fail(ErrorCode::BadInput, what + u": field 'photos.%1': only the panorama can be a camera still"_s.arg(p.kind));
        if (p.bytes.size() > kMaxPhotoBytes)
            fail(ErrorCode::BadInput, what + u": field 'photos.%1 (%2)': %3 bytes, more than 64 MiB"_s.arg(p.kind, p.name).arg(p.bytes.size()));
    }
    Transaction tx(db());
    qint64 id = in.id;
    if (id == 0) {
        id = db().insert(u"hazard_drafts"_s, {{u"owner"_s, actor().username}, {u"fields"_s, QString::fromUtf8(fields)},
                                              {u"created_at"_s, now()}, {u"updated_at"_s, now()}});
    } else {
        if (!db().scalar(u"SELECT id FROM hazard_drafts WHERE id = ? AND owner = ?"_s, {id, actor().username}).isValid())
            fail(ErrorCode::NotFound, u"hazard draft %1 does not exist (or is another user's)"_s.arg(id));
        db().exec(u"UPDATE hazard_drafts SET fields = ?, updated_at = ? WHERE id = ?"_s, {QString::fromUtf8(fields), now(), id});
    }
    for (const QString &kind : in.removedPhotos)
        db().exec(u"DELETE FROM hazard_draft_photos WHERE draft_id = ? AND kind = ?"_s, {id, kind});
    for (const HazardDraftPhoto &p : in.photos) {
        if (p.evidenceId && !db().scalar(u"SELECT id FROM evidence_snapshots WHERE id = ?"_s, {p.evidenceId}).isValid())
            fail(ErrorCode::NotFound, what + u": field 'photos.%1': evidence snapshot %2 does not exist"_s.arg(p.kind).arg(p.evidenceId));
        const QString sha = p.evidenceId
            ? db().scalar(u"SELECT sha256 FROM evidence_snapshots WHERE id = ?"_s, {p.evidenceId}).toString()
            : QString::fromLatin1(QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256).toHex());
        db().exec(u"DELETE FROM hazard_draft_photos WHERE draft_id = ? AND kind = ?"_s, {id, p.kind});
        db().insert(u"hazard_draft_photos"_s,
                    {{u"draft_id"_s, id}, {u"kind"_s, p.kind},
                     {u"file_name"_s, p.name.isEmpty() ? (p.evidenceId ? u"evidence:%1"_s.arg(p.evidenceId) : p.kind) : p.name},
                     {u"evidence_id"_s, p.evidenceId ? QVariant(p.evidenceId) : QVariant(QMetaType(QMetaType::LongLong))},
                     {u"sha256"_s, sha}, {u"size_bytes"_s, qint64(p.bytes.size())},
                     {u"content"_s, p.evidenceId ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.bytes)}});
    }
    tx.commit();
    return id;
}

QList<HazardDraft> HazardDraftService::list() const
{
    require(u"hazard.report"_s);
    QSqlQuery q = db().exec(u"SELECT id, fields, created_at, updated_at FROM hazard_drafts WHERE owner = ? "
                            "ORDER BY updated_at DESC, id DESC"_s, {actor().username});
    QList<HazardDraft> out;
    while (q.next()) {
        HazardDraft d;
        d.id = q.value(0).toLongLong();
        d.fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        d.createdAt = q.value(2).toLongLong();
        d.updatedAt = q.value(3).toLongLong();
        out << d;
    }
    for (HazardDraft &d : out) {
        QSqlQuery p = db().exec(u"SELECT kind, file_name, evidence_id, sha256, size_bytes FROM hazard_draft_photos "
                                "WHERE draft_id = ? ORDER BY id"_s, {d.id});
        while (p.next())
            d.photos << HazardDraftPhoto{p.value(0).toString(), p.value(1).toString(), {}, p.value(2).toLongLong(),
                                         p.value(3).toString(), p.value(4).toLongLong()};
    }
    return out;
}

HazardDraft HazardDraftService::load(qint64 id) const
{
    require(u"hazard.report"_s);
    QSqlQuery q = db().exec(u"SELECT id, fields, created_at, updated_at FROM hazard_drafts WHERE id = ? AND owner = ?"_s,
                            {id, actor().username});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard draft %1 does not exist (or is another user's)"_s.arg(id));
    HazardDraft d;
    d.id = id;
    d.fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    d.createdAt = q.value(2).toLongLong();
    d.updatedAt = q.value(3).toLongLong();
    QSqlQuery p = db().exec(u"SELECT kind, file_name, evidence_id, sha256, size_bytes, content FROM hazard_draft_photos "
                            "WHERE draft_id = ? ORDER BY id"_s, {id});
    while (p.next())
        d.photos << HazardDraftPhoto{p.value(0).toString(), p.value(1).toString(), p.value(5).toByteArray(),
                                     p.value(2).toLongLong(), p.value(3).toString(), p.value(4).toLongLong()};
    return d;
}

void HazardDraftService::remove(qint64 id)
{
    require(u"hazard.report"_s);
    Transaction tx(db());
    if (!db().scalar(u"SELECT id FROM hazard_drafts WHERE id = ? AND owner = ?"_s, {id, actor().username}).isValid())
        fail(ErrorCode::NotFound, u"hazard draft %1 does not exist (or is another user's)"_s.arg(id));
    db().exec(u"DELETE FROM hazard_draft_photos WHERE draft_id = ?"_s, {id});
    db().exec(u"DELETE FROM hazard_drafts WHERE id = ?"_s, {id});
    tx.commit();
}

} // namespace gl
