// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/logic/HazardService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parseObject(const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }

QJsonObject photoJson(const QString &kind, const PhotoFacts &f, const QString &name)
{
    return {{u"kind"_s, kind}, {u"sha256"_s, f.sha256}, {u"format"_s, f.format}, {u"size"_s, u"%1x%2"_s.arg(f.width).arg(f.height)},
            {u"exif_time"_s, f.exifTime}, {u"file"_s, name}};
}

} // namespace

/// The columns every action needs.
struct HazardService::Row {
    qint64 id = 0;
    QString code, state, grade, area, equipment, equipmentQr, defectRegion;
    qint64 reporterId = 0, closedAt = 0;
    QJsonObject plan;
};

QStringList HazardService::categories() { return HazardRules::defaults().categoryKeys(); }
QStringList HazardService::planItems() { return HazardRules::defaults().planKeys(); }

std::shared_ptr<const PhotoInspector> HazardService::inspector() const
{
    auto i = photoInspector();
    if (!i)
        fail(ErrorCode::Unreachable,
             u"photo checks are not available in this program (it is built without Guardline::HazardVision): "
             "no hazard photo can be accepted"_s);
    return i;
}

HazardService::Row HazardService::load(const QString &code) const
{
    QSqlQuery q = db().exec(u"SELECT h.id, h.code, h.state, h.grade, a.code, e.code, e.qr_id, h.defect_region, h.reporter_id, "
                            "h.closed_at, h.plan FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "LEFT JOIN equipment e ON e.id = h.equipment_id WHERE h.code = ?"_s,
                            {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard '%1' does not exist"_s.arg(code));
    Row r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.state = q.value(2).toString();
    r.grade = q.value(3).toString();
    r.area = q.value(4).toString();
    r.equipment = q.value(5).toString();
    r.equipmentQr = q.value(6).toString();
    r.defectRegion = q.value(7).toString();
    r.reporterId = q.value(8).toLongLong();
    r.closedAt = q.value(9).toLongLong();
    r.plan = parseObject(q.value(10));
    return r;
}

HazardService::Row HazardService::loadForChange(const QString &code, std::optional<qint64> expected) const
{
    const qint64 version = lockRowVersion(u"hazards"_s, u"code"_s, code);
    Row r = load(code);
    requireVersion(expected, version, u"Hazard %1"_s.arg(code), {{u"hazard"_s, code}}, u"it is now %1"_s.arg(r.state));
    return r;
}

double HazardService::setting(const QString &key) const { return settingText(key).toDouble(); }

QString HazardService::settingText(const QString &key) const
{
    const QJsonObject defaults = HazardRules::defaults().settings;
    if (!defaults.contains(key))
        fail(ErrorCode::BadInput, u"hazard setting '%1' does not exist (%2)"_s.arg(key, defaults.keys().join(u", "_s)));
    const QVariant v = db().scalar(u"SELECT value FROM hazard_settings WHERE key = ?"_s, {key});
    if (v.isValid())
        return v.toString();
    return defaults.value(key).toVariant().toString();
}

void HazardService::setSetting(const QString &key, const QString &value)
{
    require(u"hazard.manage"_s);
    const QJsonValue def = HazardRules::defaults().settings.value(key);
    if (def.isUndefined())
        fail(ErrorCode::BadInput, u"hazard setting '%1' does not exist"_s.arg(key));
    if (def.isDouble() && !(value.toDouble() > 0))
        fail(ErrorCode::BadInput, u"hazard setting '%1': '%2' is not a positive number"_s.arg(key, value));
    Transaction tx(db());
    const QString old = settingText(key);
    db().exec(u"DELETE FROM hazard_settings WHERE key = ?"_s, {key});
    db().exec(u"INSERT INTO hazard_settings (key, value, updated_at) VALUES (?, ?, ?)"_s, {key, value, now()});
    audit(u"hazard.setting"_s, u"setting"_s, key, {{u"from"_s, old}, {u"to"_s, value}});
    tx.commit();
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

void HazardService::grade(const QString &code, const QString &grade, const QStringList &criteria, const QJsonObject &plan,
                          std::optional<qint64> expectedVersion)
{
    require(u"hazard.manage"_s);
    const HazardRules &rules = HazardRules::defaults();
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"hazard '%1': field '%2': %3"_s.arg(code, field, problem));
    };
    for (const QString &c : criteria)
        if (!rules.criterionIds().contains(c))
            bad(u"criteria"_s, u"'%1' is not a major-hazard criterion (%2)"_s.arg(c, rules.criterionIds().join(u", "_s)));
    if (grade != u"general"_s && grade != u"major"_s)
        bad(u"grade"_s, u"must be general or major"_s);
    if (grade == u"general"_s && !criteria.isEmpty())
        bad(u"grade"_s, u"criteria %1 make it a major hazard (重大)"_s.arg(criteria.join(u", "_s)));
    if (grade == u"major"_s && criteria.isEmpty())
        bad(u"criteria"_s, u"a major hazard (重大) names the criteria of the standard that apply"_s);
    if (grade == u"major"_s)
        for (const QString &item : rules.planKeys())
            if (plan.value(item).toString().trimmed().isEmpty())
                bad(u"plan."_s + item, u"a major hazard needs the six-item rectification plan"_s);
    Transaction tx(db());
    const Row r = loadForChange(code, expectedVersion);
    if (r.state != u"reported"_s && r.state != u"reopened"_s)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: it is graded before assignment (reported or reopened)"_s.arg(code, r.state));
    db().exec(u"UPDATE hazards SET row_version = row_version + 1, grade = ?, criteria = ?, plan = ?, updated_at = ? WHERE id = ?"_s,
              {grade, criteria.join(u','), plan.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(plan)), now(), r.id});
    audit(u"hazard.grade"_s, u"hazard"_s, code,
          {{u"grade"_s, QJsonObject{{u"from"_s, r.grade}, {u"to"_s, grade}}}, {u"criteria"_s, QJsonArray::fromStringList(criteria)},
           {u"plan"_s, plan}},
          r.area, r.equipment);
    tx.commit();
}

void HazardService::assign(const QString &code, const QString &personCode, qint64 deadlineAt, std::optional<qint64> expectedVersion)
{
    Transaction tx(db());
    const Row r = loadForChange(code, expectedVersion);
    const Transition *t = findTransition(hazardTransitions(), r.state, u"assign"_s);
    if (!t)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: it cannot be assigned"_s.arg(code, r.state));
    require(QString::fromUtf16(t->permission));
    if (r.grade == u"major"_s)
        for (const QString &item : planItems())
            if (r.plan.value(item).toString().trimmed().isEmpty())
                fail(ErrorCode::BadInput, u"hazard '%1': field 'plan.%2': a major hazard (重大) is assigned only with the "
                                          "six-item rectification plan (goal, measures, funding, responsible, deadline, "
                                          "emergency plan)"_s.arg(code, item));
    const qint64 maxDays = qint64(setting(u"deadline_days."_s + r.grade));
    if (deadlineAt == 0)
        deadlineAt = now() + maxDays * kDay;
    if (deadlineAt <= now())
        fail(ErrorCode::BadInput, u"hazard '%1': field 'deadline': must be in the future"_s.arg(code));
    if (deadlineAt > now() + maxDays * kDay)
        fail(ErrorCode::BadInput, u"hazard '%1': field 'deadline': a %2 hazard is rectified within %3 days (site setting "
                                  "deadline_days.%2)"_s.arg(code, r.grade).arg(maxDays));
    const qint64 personId = idOf(u"people"_s, personCode, u"person"_s);
    db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = 'assigned', assignee_id = ?, deadline_at = ?, overdue_at = NULL, "
              "escalation_order = NULL, updated_at = ? WHERE id = ?"_s,
              {personId, deadlineAt, now(), r.id});
    audit(u"hazard.assign"_s, u"hazard"_s, code,
          {{u"state"_s, QJsonObject{{u"from"_s, r.state}, {u"to"_s, u"assigned"_s}}}, {u"assignee"_s, personCode},
           {u"deadline_at"_s, deadlineAt}},
          r.area, r.equipment);
    tx.commit();
}

QString HazardService::apply(const QString &code, const QString &action, const QString &note, std::optional<qint64> expectedVersion)
{
    if (action == u"assign"_s)
        fail(ErrorCode::BadInput, u"use assign() with a person and a deadline"_s);
    if (action == u"submit"_s)
        fail(ErrorCode::BadInput, u"hazard '%1': a rectification is submitted with its after-photo"_s.arg(code));
    if (action == u"reinspect_pass"_s || action == u"reinspect_fail"_s)
        fail(ErrorCode::BadInput, u"hazard '%1': a re-inspection is recorded with its photo"_s.arg(code));
    Transaction tx(db());
    const Row r = loadForChange(code, expectedVersion);
    const Transition *t = findTransition(hazardTransitions(), r.state, action);
    if (!t)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                      code, r.state, action, actionsFrom(hazardTransitions(), r.state).join(u", "_s)));
    require(QString::fromUtf16(t->permission));
    const QString to = QString::fromUtf16(t->to);
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, r.state}, {u"to"_s, to}}}};
    if (to == u"closed"_s) {
        // No closure without the proof: the latest after-photo must have passed the verification.
        QJsonObject check;
        const QByteArray after = latestPhoto(r.id, QString::fromUtf16(photo::After), &check);
        if (after.isEmpty() || !check.value(u"passed"_s).toBool())
            fail(ErrorCode::Conflict, u"hazard '%1': no verified after-photo: it cannot be closed"_s.arg(code));
        details.insert(u"after_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(after, QCryptographicHash::Sha256).toHex()));
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = ?, closed_at = ?, updated_at = ? WHERE id = ?"_s, {to, now(), now(), r.id});
    } else if (to == u"reopened"_s) {
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = ?, reopen_count = reopen_count + 1, updated_at = ? WHERE id = ?"_s, {to, now(), r.id});
    } else {
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = ?, updated_at = ? WHERE id = ?"_s, {to, now(), r.id});
    }
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    audit(u"hazard."_s + action, u"hazard"_s, code, details, r.area, r.equipment);
    tx.commit();
    return to;
}

PhotoCheck HazardService::submitRectification(const QString &code, const PhotoInput &after, const QString &note)
{
    require(u"hazard.rectify"_s);
    const Row r = load(code);
    if (r.state != u"rectifying"_s)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: a rectification is submitted while rectifying"_s.arg(code, r.state));
    if (after.isEmpty())
        fail(ErrorCode::BadInput, u"hazard '%1': field 'photos.after': missing (the after-photo from the same spot)"_s.arg(code));
    auto inspect = inspector();
    const PhotoFacts facts = inspect->inspect(after.bytes, u"photos.after ("_s + after.name + u')', false);
    const QByteArray before = latestPhoto(r.id, QString::fromUtf16(photo::Defect));
    if (before.isEmpty())
        fail(ErrorCode::Conflict, u"hazard '%1' has no defect photo to verify against"_s.arg(code));
    const QString beforeSha = QString::fromLatin1(QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex());
    const PhotoCheck check = inspect->verifyRectification(before, after.bytes, rectFromText(r.defectRegion));
    QJsonObject details{{u"before_sha256"_s, beforeSha}, {u"after"_s, photoJson(QString::fromUtf16(photo::After), facts, after.name)},
                        {u"verification"_s, check.toJson()}};
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    Transaction tx(db());
    if (!check.passed) {
        // A fake closure: refused; the attempt stands in the audit chain, the photo is not kept.
        audit(u"hazard.rectification_refused"_s, u"hazard"_s, code, details, r.area, r.equipment);
        tx.commit();
        fail(ErrorCode::Conflict, u"hazard '%1': the after-photo does not prove the rectification: %2"_s.arg(code, check.reason));
    }
    storePhoto(r.id, QString::fromUtf16(photo::After), after, facts, check.toJson());
    db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = 'pending_verification', updated_at = ? WHERE id = ?"_s, {now(), r.id});
    details.insert(u"state"_s, QJsonObject{{u"from"_s, r.state}, {u"to"_s, u"pending_verification"_s}});
    audit(u"hazard.submit"_s, u"hazard"_s, code, details, r.area, r.equipment);
    tx.commit();
    return check;
}

ReinspectionResult HazardService::reinspect(const QString &code, const PhotoInput &photoIn, const QString &note)
{
    require(u"hazard.report"_s);
    const Row r = load(code);
    if (r.state != u"closed"_s)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: only a closed hazard is re-inspected"_s.arg(code, r.state));
    if (photoIn.isEmpty())
        fail(ErrorCode::BadInput, u"hazard '%1': field 'photos.reinspection': missing"_s.arg(code));
    auto inspect = inspector();
    const PhotoFacts facts = inspect->inspect(photoIn.bytes, u"photos.reinspection ("_s + photoIn.name + u')', false);
    QJsonObject afterCheck;
    const QByteArray after = latestPhoto(r.id, QString::fromUtf16(photo::After), &afterCheck);
    if (after.isEmpty())
        fail(ErrorCode::Conflict, u"hazard '%1' has no after-photo to re-inspect against"_s.arg(code));
    // The defect region as seen in the after-photo (mapped by the rectification's alignment).
    QRect region = rectFromText(afterCheck.value(u"second_region"_s).toString());
    ReinspectionResult res;
    res.check = inspect->verifyUnchanged(after, photoIn.bytes, region);
    res.passed = res.check.passed;
    res.reason = res.check.reason;
    if (!r.equipmentQr.isEmpty()) {
        const QStringList codes = inspect->decodeQrCodes(photoIn.bytes);
        res.qrFound = codes.join(u", "_s);
        if (!codes.contains(r.equipmentQr)) {
            res.passed = false;
            const QString qrReason = codes.isEmpty()
                ? u"the equipment's QR code (%1) is not readable in the photo"_s.arg(r.equipmentQr)
                : u"the QR code in the photo (%1) is not the hazard's equipment %2 (%3)"_s.arg(res.qrFound, r.equipment, r.equipmentQr);
            res.reason = res.check.passed ? qrReason : res.reason + u"; "_s + qrReason;
        }
    }
    res.state = res.passed ? u"reinspected"_s : u"reopened"_s;
    QJsonObject check = res.check.toJson();
    check.insert(u"passed"_s, res.passed);
    check.insert(u"reason"_s, res.reason);
    check.insert(u"qr_expected"_s, r.equipmentQr);
    check.insert(u"qr_found"_s, res.qrFound);
    Transaction tx(db());
    storePhoto(r.id, QString::fromUtf16(photo::Reinspection), photoIn, facts, check);
    if (res.passed)
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = 'reinspected', updated_at = ? WHERE id = ?"_s, {now(), r.id});
    else
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, state = 'reopened', reopen_count = reopen_count + 1, closed_at = NULL, updated_at = ? "
                  "WHERE id = ?"_s, {now(), r.id});
    db().exec(u"UPDATE hazard_tasks SET done_at = ?, outcome = ? WHERE hazard_id = ? AND kind = 'reinspection' AND done_at IS NULL"_s,
              {now(), res.passed ? u"passed"_s : u"failed: "_s + res.reason, r.id});
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, r.state}, {u"to"_s, res.state}}},
                        {u"reference_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(after, QCryptographicHash::Sha256).toHex())},
                        {u"photo"_s, photoJson(QString::fromUtf16(photo::Reinspection), facts, photoIn.name)},
                        {u"check"_s, check}};
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    audit(res.passed ? u"hazard.reinspect_pass"_s : u"hazard.reinspect_fail"_s, u"hazard"_s, code, details, r.area, r.equipment);
    tx.commit();
    return res;
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

HazardDetail HazardService::detail(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(
        u"SELECT h.code, h.category, h.grade, h.state, a.code, e.code, e.qr_id, h.description, u.username, p.name, rp.code, "
        "h.face_review, h.escalation_order, h.criteria, h.plan, h.defect_region, h.reported_at, h.deadline_at, h.closed_at, "
        "h.overdue_at, h.updated_at, h.reopen_count, h.id, h.row_version FROM hazards h JOIN areas a ON a.id = h.area_id "
        "LEFT JOIN equipment e ON e.id = h.equipment_id LEFT JOIN users u ON u.id = h.reporter_id "
        "LEFT JOIN people p ON p.id = h.assignee_id LEFT JOIN people rp ON rp.id = h.responsible_id WHERE h.code = ?"_s,
        {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard '%1' does not exist"_s.arg(code));
    HazardDetail d;
    d.code = q.value(0).toString();
    d.category = q.value(1).toString();
    d.grade = q.value(2).toString();
    d.state = q.value(3).toString();
    d.rowVersion = q.value(23).toLongLong();
    d.area = q.value(4).toString();
    d.equipment = q.value(5).toString();
    d.equipmentQr = q.value(6).toString();
    d.description = q.value(7).toString();
    d.reporter = q.value(8).toString();
    d.assignee = q.value(9).toString();
    d.responsible = q.value(10).toString();
    d.faceReview = q.value(11).toString();
    d.escalationOrder = q.value(12).toString();
    d.criteria = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
    d.plan = parseObject(q.value(14));
    d.defectRegion = rectFromText(q.value(15).toString());
    d.reportedAt = q.value(16).toLongLong();
    d.deadlineAt = q.value(17).toLongLong();
    d.closedAt = q.value(18).toLongLong();
    d.overdueAt = q.value(19).toLongLong();
    d.updatedAt = q.value(20).toLongLong();
    d.reopenCount = q.value(21).toInt();
    const qint64 id = q.value(22).toLongLong();
    d.actions = actionsFrom(hazardTransitions(), d.state);
    QSqlQuery ph = db().exec(u"SELECT p.kind, p.sha256, p.file_name, p.exif_time, p.added_by, s.format, p.taken_at, p.created_at, "
                             "p.width, p.height, p.check_result FROM hazard_photos p LEFT JOIN photo_store s ON s.sha256 = p.sha256 "
                             "WHERE p.hazard_id = ? ORDER BY p.id"_s, {id});
    while (ph.next()) {
        HazardPhotoInfo i;
        i.kind = ph.value(0).toString();
        i.sha256 = ph.value(1).toString();
        i.fileName = ph.value(2).toString();
        i.exifTime = ph.value(3).toString();
        i.addedBy = ph.value(4).toString();
        i.format = ph.value(5).toString();
        i.takenAt = ph.value(6).toLongLong();
        i.createdAt = ph.value(7).toLongLong();
        i.width = ph.value(8).toInt();
        i.height = ph.value(9).toInt();
        i.check = parseObject(ph.value(10));
        d.photos << i;
    }
    QSqlQuery tq = db().exec(u"SELECT t.id, t.kind, u.username, t.due_at, t.created_at, t.done_at, t.outcome FROM hazard_tasks t "
                             "LEFT JOIN users u ON u.id = t.assignee_id WHERE t.hazard_id = ? ORDER BY t.id"_s, {id});
    while (tq.next())
        d.tasks << HazardTask{tq.value(0).toLongLong(), d.code, tq.value(1).toString(), tq.value(2).toString(),
                              tq.value(3).toLongLong(), tq.value(4).toLongLong(), tq.value(5).toLongLong(), tq.value(6).toString()};
    QSqlQuery aq = db().exec(u"SELECT ts_utc, actor, action, details FROM audit_log WHERE object_type = 'hazard' AND object_id = ? "
                             "ORDER BY seq"_s, {code});
    while (aq.next())
        d.history << HazardDetail::Event{aq.value(0).toLongLong(), aq.value(1).toString(), aq.value(2).toString(), aq.value(3).toString()};
    return d;
}

QString HazardService::codeOf(qint64 id) const
{
    require(u"data.read"_s);
    const QVariant v = db().scalar(u"SELECT code FROM hazards WHERE id = ?"_s, {id});
    if (!v.isValid())
        fail(ErrorCode::NotFound, u"hazard #%1 does not exist"_s.arg(id));
    return v.toString();
}

QByteArray HazardService::photo(const QString &sha256) const
{
    require(u"data.read"_s);
    const QVariant v = db().scalar(u"SELECT content FROM photo_store WHERE sha256 = ?"_s, {sha256});
    if (!v.isValid())
        fail(ErrorCode::NotFound, u"photo %1 is not in the photo store"_s.arg(sha256));
    return v.toByteArray();
}

QList<HazardTask> HazardService::openTasks(const QString &username) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT t.id, h.code, t.kind, u.username, t.due_at, t.created_at FROM hazard_tasks t "
                            "JOIN hazards h ON h.id = t.hazard_id LEFT JOIN users u ON u.id = t.assignee_id "
                            "WHERE t.done_at IS NULL AND (? = '' OR u.username = ?) ORDER BY t.due_at"_s,
                            {username, username});
    QList<HazardTask> out;
    while (q.next())
        out << HazardTask{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toLongLong(), 0, {}};
    return out;
}

QStringList HazardService::escalateOverdue()
{
    require(u"hazard.manage"_s);
    QSqlQuery q = db().exec(u"SELECT h.code, a.code, h.description, h.grade, h.deadline_at FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "WHERE h.state IN ('assigned','rectifying') AND h.deadline_at IS NOT NULL AND h.deadline_at < ? "
                            "AND h.overdue_at IS NULL ORDER BY h.deadline_at"_s, {now()});
    struct Due { QString code, area, description, grade; qint64 deadline; };
    QList<Due> due;
    while (q.next())
        due << Due{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
    QStringList done;
    const QString priority = settingText(u"overdue_order_priority"_s);
    const qint64 dueIn = qint64(setting(u"overdue_order_due_hours"_s) * kHour);
    for (const Due &d : due) {
        Transaction tx(db());
        // Once per hazard: the order code is derived from the hazard, and overdue_at marks it done.
        const QString order = u"ESC-"_s + d.code;
        if (!db().scalar(u"SELECT id FROM dispatch_orders WHERE code = ?"_s, {order}).isValid())
            // Titled in both languages, the grade in each (issue 16 item 9); the description is as reported.
            OperationsService(m_ctx).openOrder(order, 0, d.area,
                                               u"Overdue hazard %1 (%2): %3"_s.arg(d.code, d.grade == u"major"_s ? u"major"_s : u"general"_s, d.description),
                                               priority, dueIn,
                                               u"逾期隐患 %1（%2）：%3"_s.arg(d.code, d.grade == u"major"_s ? u"重大"_s : u"一般"_s, d.description));
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, overdue_at = ?, escalation_order = ?, updated_at = ? WHERE code = ?"_s, {now(), order, now(), d.code});
        audit(u"hazard.overdue"_s, u"hazard"_s, d.code, {{u"deadline_at"_s, d.deadline}, {u"order"_s, order}}, d.area);
        tx.commit();
        done << d.code;
    }
    return done;
}

QStringList HazardService::createReinspectionTasks()
{
    require(u"hazard.manage"_s);
    const qint64 delay = qint64(setting(u"reinspection_hours"_s) * kHour);
    QSqlQuery q = db().exec(u"SELECT h.id, h.code, h.closed_at, h.reporter_id, a.code FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "WHERE h.state = 'closed' AND h.closed_at IS NOT NULL AND h.closed_at <= ? AND NOT EXISTS "
                            "(SELECT 1 FROM hazard_tasks t WHERE t.hazard_id = h.id AND t.kind = 'reinspection' AND t.cycle_at = h.closed_at)"_s,
                            {now() - delay});
    struct Due { qint64 id; QString code; qint64 closedAt; QVariant reporter; QString area; };
    QList<Due> due;
    while (q.next())
        due << Due{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3), q.value(4).toString()};
    QStringList done;
    for (const Due &d : due) {
        Transaction tx(db());
        db().insert(u"hazard_tasks"_s, {{u"hazard_id"_s, d.id}, {u"kind"_s, u"reinspection"_s}, {u"cycle_at"_s, d.closedAt},
                                        {u"assignee_id"_s, d.reporter.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : d.reporter},
                                        {u"due_at"_s, now() + kDay}, {u"created_at"_s, now()}});
        const QString reporter = d.reporter.isNull() ? QString()
                                                     : db().scalar(u"SELECT username FROM users WHERE id = ?"_s, {d.reporter}).toString();
        audit(u"hazard.reinspection_task"_s, u"hazard"_s, d.code,
              {{u"assignee"_s, reporter}, {u"closed_at"_s, d.closedAt}, {u"after_hours"_s, delay / kHour}}, d.area);
        tx.commit();
        done << d.code;
    }
    return done;
}

} // namespace gl
