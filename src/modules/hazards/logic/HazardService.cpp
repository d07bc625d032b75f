// SPDX-License-Identifier: Apache-2.0
// HazardService: a reported hazard's life: grade, assign, state steps, after-photo, re-inspection.
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/logic/HazardJson.h"
#include "modules/hazards/logic/HazardRules.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

using namespace hazardjson;

/// The columns every action needs.
struct HazardService::Row {
    qint64 id = 0;
    QString code, state, grade, area, equipment, equipmentQr, defectRegion;
    qint64 reporterId = 0, closedAt = 0;
    QJsonObject plan;
};

QStringList HazardService::categories() { return HazardRules::defaults().categoryKeys(); }
QStringList HazardService::planItems() { return HazardRules::defaults().planKeys(); }

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

} // namespace gl
