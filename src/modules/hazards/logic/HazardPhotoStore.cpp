// SPDX-License-Identifier: Apache-2.0
// HazardService's photo store: the photo checks, storing and reading hazard photos and portraits.
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/logic/HazardJson.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {

using namespace hazardjson;

std::shared_ptr<const PhotoInspector> HazardService::inspector() const
{
    auto i = photoInspector();
    if (!i)
        fail(ErrorCode::Unreachable,
             u"photo checks are not available in this program (it is built without Guardline::HazardVision): "
             "no hazard photo can be accepted"_s);
    return i;
}
qint64 HazardService::exifToMs(const QString &exifTime) const
{
    if (exifTime.isEmpty())
        return 0;
    QDateTime t = QDateTime::fromString(exifTime, Qt::ISODate);
    if (!t.isValid())
        return 0;
    if (exifTime.size() <= 19) { // no offset: the camera's clock is in site-local time
        const QByteArray tz = db().scalar(u"SELECT timezone FROM sites ORDER BY id LIMIT 1"_s).toString().toUtf8();
        const QTimeZone zone(tz.isEmpty() ? QByteArray("UTC") : tz);
        t = QDateTime(t.date(), t.time(), zone.isValid() ? zone : QTimeZone::utc());
    }
    return t.toMSecsSinceEpoch();
}

void HazardService::storePhoto(qint64 hazardId, const QString &kind, const PhotoInput &in, const PhotoFacts &f,
                               const QJsonObject &check, qint64 takenAt)
{
    // Content-addressed: the same bytes are stored once whoever attaches them.
    db().exec(u"INSERT INTO photo_store (sha256, format, width, height, size_bytes, content, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"_s,
              {f.sha256, f.format, f.width, f.height, qint64(in.bytes.size()), in.bytes, now()});
    const qint64 taken = takenAt ? takenAt : exifToMs(f.exifTime);
    db().insert(u"hazard_photos"_s, {{u"hazard_id"_s, hazardId}, {u"kind"_s, kind}, {u"sha256"_s, f.sha256},
                                     {u"taken_at"_s, taken ? QVariant(taken) : QVariant(QMetaType(QMetaType::LongLong))},
                                     {u"created_at"_s, now()}, {u"file_name"_s, in.name}, {u"exif_time"_s, f.exifTime},
                                     {u"width"_s, f.width}, {u"height"_s, f.height}, {u"added_by"_s, actor().auditName()},
                                     {u"check_result"_s, check.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(check))}});
}

QByteArray HazardService::latestPhoto(qint64 hazardId, const QString &kind, QJsonObject *check) const
{
    QSqlQuery q = db().exec(u"SELECT s.content, p.check_result FROM hazard_photos p JOIN photo_store s ON s.sha256 = p.sha256 "
                            "WHERE p.hazard_id = ? AND p.kind = ? ORDER BY p.id DESC LIMIT 1"_s,
                            {hazardId, kind});
    if (!q.next())
        return {};
    if (check)
        *check = parseObject(q.value(1));
    return q.value(0).toByteArray();
}
void HazardService::setPortrait(const QString &personCode, const PhotoInput &portrait)
{
    // The EHS side (hazard.manage) or the contractor coordinator who registers the worker (contractor.edit).
    if (!PermissionMatrix::defaults().allows(actor().role, u"contractor.edit"_s))
        require(u"hazard.manage"_s);
    const qint64 personId = idOf(u"people"_s, personCode, u"person"_s);
    if (portrait.isEmpty())
        fail(ErrorCode::BadInput, u"person '%1': field 'portrait': missing"_s.arg(personCode));
    const PhotoFacts f = inspector()->inspect(portrait.bytes, u"portrait ("_s + portrait.name + u')', true);
    Transaction tx(db());
    db().exec(u"INSERT INTO photo_store (sha256, format, width, height, size_bytes, content, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"_s,
              {f.sha256, f.format, f.width, f.height, qint64(portrait.bytes.size()), portrait.bytes, now()});
    db().exec(u"DELETE FROM person_portraits WHERE person_id = ?"_s, {personId});
    db().exec(u"INSERT INTO person_portraits (person_id, sha256, created_at) VALUES (?, ?, ?)"_s, {personId, f.sha256, now()});
    audit(u"person.portrait"_s, u"person"_s, personCode, {{u"sha256"_s, f.sha256}, {u"format"_s, f.format}});
    tx.commit();
}
QByteArray HazardService::photo(const QString &sha256) const
{
    require(u"data.read"_s);
    const QVariant v = db().scalar(u"SELECT content FROM photo_store WHERE sha256 = ?"_s, {sha256});
    if (!v.isValid())
        fail(ErrorCode::NotFound, u"photo %1 is not in the photo store"_s.arg(sha256));
    return v.toByteArray();
}

} // namespace gl
