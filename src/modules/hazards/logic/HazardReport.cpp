// SPDX-License-Identifier: Apache-2.0
// HazardService::report: a new hazard checked (grade, place, three photos, face) and stored; equipment by QR.
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/logic/HazardJson.h"
#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {

using namespace hazardjson;

qint64 HazardService::report(const HazardInput &in)
{
    require(u"hazard.report"_s);
    const HazardRules &rules = HazardRules::defaults();
    const QString code = in.code;
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"hazard '%1': field '%2': %3"_s.arg(code.isEmpty() ? u"(new)"_s : code, field, problem));
    };
    if (!rules.category(in.category))
        bad(u"category"_s, u"'%1' is not a category (%2)"_s.arg(in.category, rules.categoryKeys().join(u", "_s)));
    for (const QString &c : in.criteria)
        if (!rules.criterionIds().contains(c))
            bad(u"criteria"_s, u"'%1' is not a major-hazard criterion (%2)"_s.arg(c, rules.criterionIds().join(u", "_s)));
    const QString grade = in.grade.isEmpty() ? (in.criteria.isEmpty() ? u"general"_s : u"major"_s) : in.grade;
    if (grade != u"general"_s && grade != u"major"_s)
        bad(u"grade"_s, u"must be general or major"_s);
    if (grade == u"general"_s && !in.criteria.isEmpty())
        bad(u"grade"_s, u"criteria %1 make it a major hazard (重大)"_s.arg(in.criteria.join(u", "_s)));
    if (grade == u"major"_s && in.criteria.isEmpty())
        bad(u"criteria"_s, u"a major hazard (重大) names the criteria of the standard that apply"_s);
    if (in.description.trimmed().isEmpty())
        bad(u"description"_s, u"missing"_s);
    if (grade == u"major"_s && !in.plan.isEmpty())
        for (const QString &item : rules.planKeys())
            if (in.plan.value(item).toString().trimmed().isEmpty())
                bad(u"plan."_s + item, u"a major hazard needs the six-item rectification plan"_s);

    // Who and where, before the (slower) photo checks.
    QString areaCode = in.areaCode, equipmentCode = in.equipmentCode;
    double x = in.x, y = in.y, z = in.z;
    QVariant eqId;
    if (!in.equipmentQr.isEmpty() || !equipmentCode.isEmpty()) {
        QSqlQuery e = in.equipmentQr.isEmpty()
            ? db().exec(u"SELECT e.id, e.code, a.code, e.x, e.y, e.z FROM equipment e JOIN areas a ON a.id = e.area_id WHERE e.code = ?"_s, {equipmentCode})
            : db().exec(u"SELECT e.id, e.code, a.code, e.x, e.y, e.z FROM equipment e JOIN areas a ON a.id = e.area_id WHERE e.qr_id = ?"_s, {in.equipmentQr});
        if (!e.next())
            fail(ErrorCode::NotFound, in.equipmentQr.isEmpty()
                                          ? u"equipment '%1' does not exist"_s.arg(equipmentCode)
                                          : u"equipment QR id '%1' is not on this site's equipment register"_s.arg(in.equipmentQr));
        if (!equipmentCode.isEmpty() && equipmentCode != e.value(1).toString())
            bad(u"equipment"_s, u"QR id '%1' belongs to %2, not %3"_s.arg(in.equipmentQr, e.value(1).toString(), equipmentCode));
        eqId = e.value(0);
        equipmentCode = e.value(1).toString();
        if (areaCode.isEmpty())
            areaCode = e.value(2).toString();
        else if (areaCode != e.value(2).toString())
            bad(u"area"_s, u"equipment %1 is in area %2, not %3"_s.arg(equipmentCode, e.value(2).toString(), areaCode));
        if (x == 0 && y == 0 && z == 0) {
            x = e.value(3).toDouble();
            y = e.value(4).toDouble();
            z = e.value(5).toDouble();
        }
    }
    if (areaCode.isEmpty())
        bad(u"area"_s, u"missing (pick the area or scan the equipment's QR code)"_s);
    const qint64 areaId = idOf(u"areas"_s, areaCode, u"area"_s);
    const QVariant responsibleId = in.responsibleCode.isEmpty()
        ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(idOf(u"people"_s, in.responsibleCode, u"person"_s));

    // The panorama may be a camera evidence still: its bytes (hash-checked) and provenance come from the
    // evidence store; the record's camera and time stand in for the EXIF a video frame does not have.
    PhotoInput panorama = in.panorama;
    QJsonObject panoramaSource;
    EvidenceRecord evidence;
    if (in.panoramaEvidenceId) {
        if (!in.panorama.isEmpty())
            bad(u"photos.panorama"_s, u"either a photo file or a camera evidence still, not both"_s);
        if (!db().scalar(u"SELECT id FROM evidence_snapshots WHERE id = ?"_s, {in.panoramaEvidenceId}).isValid())
            fail(ErrorCode::NotFound, u"hazard '%1': field 'photos.panorama': camera evidence still %2 does not exist"_s.arg(
                                          code.isEmpty() ? u"(new)"_s : code).arg(in.panoramaEvidenceId));
        EvidenceService ev(m_ctx);
        evidence = ev.get(in.panoramaEvidenceId);
        panorama = PhotoInput{ev.content(in.panoramaEvidenceId),
                              u"evidence:%1 (%2)"_s.arg(in.panoramaEvidenceId).arg(evidence.cameraCode)};
        const QTimeZone evZone(evidence.timeZone.toUtf8());
        panoramaSource = {{u"source"_s, u"camera_evidence"_s}, {u"evidence"_s, evidence.id}, {u"camera"_s, evidence.cameraCode},
                          {u"camera_name"_s, evidence.cameraName}, {u"taken_at"_s, evidence.takenAt},
                          {u"taken_at_local"_s, QDateTime::fromMSecsSinceEpoch(evidence.takenAt, evZone.isValid() ? evZone : QTimeZone::utc())
                                                     .toString(Qt::ISODate)},
                          {u"time_zone"_s, evidence.timeZone}, {u"captured_by"_s, evidence.createdBy},
                          {u"evidence_sha256"_s, evidence.sha256}};
    }

    // The three photos: all present, all valid, before anything is stored.
    const QList<std::pair<QString, const PhotoInput *>> photos = {
        {QString::fromUtf16(photo::Panorama), &panorama}, {QString::fromUtf16(photo::Defect), &in.defect},
        {QString::fromUtf16(photo::Face), &in.face}};
    for (const auto &[kind, p] : photos)
        if (p->isEmpty())
            bad(u"photos."_s + kind, u"missing: three photos are required (panorama with the area sign, defect close-up, "
                                     "the responsible person's frontal face)"_s);
    auto inspect = inspector();
    QList<PhotoFacts> facts;
    for (const auto &[kind, p] : photos)
        facts << inspect->inspect(p->bytes, u"photos."_s + kind + u" ("_s + p->name + u')', kind == QString::fromUtf16(photo::Face));
    const PhotoFacts &defectFacts = facts[1];
    if (!in.defectRegion.isEmpty()
        && !QRect(0, 0, defectFacts.width, defectFacts.height).contains(in.defectRegion))
        bad(u"defect_region"_s, u"%1 lies outside the %2x%3 defect photo"_s.arg(rectText(in.defectRegion)).arg(defectFacts.width).arg(defectFacts.height));

    // Face: compared with the person's portrait when one is on file; anything but a match is flagged.
    QJsonObject faceCheck{{u"faces"_s, facts[2].faces}};
    QString faceReview = u"no_portrait"_s;
    if (responsibleId.isValid() && !responsibleId.isNull()) {
        QSqlQuery pq = db().exec(u"SELECT s.content, s.sha256 FROM person_portraits pp JOIN photo_store s ON s.sha256 = pp.sha256 "
                                 "WHERE pp.person_id = ?"_s, {responsibleId});
        if (pq.next()) {
            FaceComparison cmp = inspect->compareFaces(in.face.bytes, pq.value(0).toByteArray());
            cmp.threshold = setting(u"face_match_threshold"_s);
            cmp.match = cmp.compared && cmp.distance <= cmp.threshold;
            faceCheck.insert(u"portrait"_s, pq.value(1).toString());
            faceCheck.insert(u"comparison"_s, cmp.toJson());
            faceReview = cmp.compared && cmp.match ? QString() : u"mismatch"_s;
        }
    } else {
        faceReview = u"no_person"_s;
    }
    faceCheck.insert(u"review"_s, faceReview.isEmpty() ? u"none"_s : faceReview);

    const qint64 observed = in.observedAt ? in.observedAt : (exifToMs(defectFacts.exifTime) ? exifToMs(defectFacts.exifTime) : now());
    Transaction tx(db());
    QString finalCode = code;
    if (finalCode.isEmpty()) {
        const QString prefix = u"HZ-"_s + QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc()).toString(u"yyyyMMdd"_s) + u'-';
        const int n = db().scalar(u"SELECT count(*) FROM hazards WHERE code LIKE ?"_s, {QString(prefix + u'%')}).toInt();
        finalCode = prefix + QString::number(n + 1).rightJustified(3, u'0');
    }
    const qint64 id = db().insert(
        u"hazards"_s,
        {{u"code"_s, finalCode}, {u"category"_s, in.category}, {u"grade"_s, grade}, {u"state"_s, u"reported"_s},
         {u"area_id"_s, areaId}, {u"equipment_id"_s, eqId.isValid() ? eqId : QVariant(QMetaType(QMetaType::LongLong))},
         {u"description"_s, in.description}, {u"x"_s, x}, {u"y"_s, y}, {u"z"_s, z},
         {u"reporter_id"_s, actor().userId ? QVariant(actor().userId) : QVariant(QMetaType(QMetaType::LongLong))},
         {u"reported_at"_s, observed}, {u"updated_at"_s, now()},
         {u"plan"_s, in.plan.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(in.plan))},
         {u"responsible_id"_s, responsibleId}, {u"defect_region"_s, rectText(in.defectRegion)},
         {u"criteria"_s, in.criteria.join(u',')},
         {u"face_review"_s, faceReview.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(faceReview)}});
    QJsonArray photoAudit;
    for (int i = 0; i < photos.size(); ++i) {
        const bool fromCamera = i == 0 && in.panoramaEvidenceId;
        storePhoto(id, photos[i].first, *photos[i].second, facts[i],
                   i == 2 ? faceCheck : (fromCamera ? panoramaSource : QJsonObject()), fromCamera ? evidence.takenAt : 0);
        QJsonObject pj = photoJson(photos[i].first, facts[i], photos[i].second->name);
        if (fromCamera)
            pj.insert(u"provenance"_s, panoramaSource);
        photoAudit << pj;
    }
    if (in.panoramaEvidenceId) {
        // The still is linked to the hazard like an attachment from the camera wall (evidence.attach).
        db().insert(u"evidence_links"_s, {{u"snapshot_id"_s, evidence.id}, {u"object_type"_s, u"hazard"_s},
                                          {u"object_code"_s, finalCode}, {u"note"_s, u"panorama"_s},
                                          {u"linked_by"_s, actor().auditName()}, {u"linked_at"_s, now()}});
    }
    // The form's draft becomes this hazard: gone with the same commit (already gone, e.g. deleted on
    // another workstation, is no reason to refuse the report).
    if (in.draftId && db().scalar(u"SELECT id FROM hazard_drafts WHERE id = ? AND owner = ?"_s, {in.draftId, actor().username}).isValid())
        HazardDraftService(m_ctx).remove(in.draftId);
    audit(u"hazard.report"_s, u"hazard"_s, finalCode,
          {{u"category"_s, in.category}, {u"grade"_s, grade}, {u"criteria"_s, QJsonArray::fromStringList(in.criteria)},
           {u"description"_s, in.description}, {u"position"_s, QJsonArray{x, y, z}}, {u"observed_at"_s, observed},
           {u"responsible"_s, in.responsibleCode}, {u"defect_region"_s, rectText(in.defectRegion)},
           {u"photos"_s, photoAudit}, {u"face_check"_s, faceCheck}},
          areaCode, equipmentCode);
    if (in.panoramaEvidenceId)
        audit(u"evidence.attach"_s, u"hazard"_s, finalCode,
              {{u"evidence"_s, evidence.id}, {u"sha256"_s, evidence.sha256}, {u"camera"_s, evidence.cameraCode}, {u"note"_s, u"panorama"_s}},
              areaCode, equipmentCode);
    tx.commit();
    return id;
}

EquipmentPick HazardService::equipmentFromQr(const PhotoInput &photoIn) const
{
    require(u"hazard.report"_s);
    const QString field = u"QR photo (%1)"_s.arg(photoIn.name);
    if (photoIn.isEmpty())
        fail(ErrorCode::BadInput, u"field '%1': missing"_s.arg(field));
    auto inspect = inspector();
    inspect->inspect(photoIn.bytes, field, false); // not an image, truncated, over the pixel limit: refused first
    EquipmentPick pick;
    pick.found = inspect->decodeQrCodes(photoIn.bytes);
    if (pick.found.isEmpty())
        fail(ErrorCode::BadInput, u"field '%1': no QR code is readable in the photo (take it closer, in focus, the whole "
                                  "label in the frame)"_s.arg(field));
    for (const QString &text : std::as_const(pick.found)) {
        QSqlQuery e = db().exec(u"SELECT e.code, e.name, a.code, e.qr_id FROM equipment e JOIN areas a ON a.id = e.area_id "
                                "WHERE e.qr_id = ?"_s, {text.trimmed()});
        if (e.next()) {
            pick.code = e.value(0).toString();
            pick.name = e.value(1).toString();
            pick.area = e.value(2).toString();
            pick.qr = e.value(3).toString();
            return pick;
        }
    }
    fail(ErrorCode::NotFound, u"field '%1': QR code '%2' is not on this site's equipment register"_s.arg(field, pick.found.join(u"', '"_s)));
}

} // namespace gl
