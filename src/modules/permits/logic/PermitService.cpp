// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/admission/logic/AdmissionConfig.h"
#include "modules/admission/logic/ContractorAdmission.h"
#include "modules/permits/logic/PermitRecord.h"
#include "modules/permits/logic/SiteConflicts.h"
#include "modules/permits/logic/WorkGate.h"
#include "modules/permits/simops/ConflictEngine.h"
#include "modules/site/layout/SiteExtent.h"
#include "modules/site/logic/SiteService.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Refusal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

QString signOrderText(const permits::Gb30871Rules &rules);

QStringList PermitService::types()
{
    return {u"hot_work"_s, u"confined_space"_s, u"blind_plate"_s, u"work_at_height"_s,
            u"lifting"_s, u"temporary_power"_s, u"excavation"_s, u"road_closure"_s};
}

namespace {

/// The shape a draft needs (the rules are checked on submit): names the permit and the field.
void checkDraftShape(const PermitInput &in)
{
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"permit '%1': field '%2': %3"_s.arg(in.code, field, problem));
    };
    if (in.code.trimmed().isEmpty())
        bad(u"id"_s, u"missing"_s);
    if (!PermitService::types().contains(in.type))
        bad(u"type"_s, u"'%1' is not a GB 30871-2022 type (%2)"_s.arg(in.type, PermitService::types().join(u", "_s)));
    if (in.endsAt <= in.startsAt)
        bad(u"end"_s, u"must be after start"_s);
    if (in.polygon.size() > site::kMaxWorkAreaCorners)
        bad(u"area.polygon"_s, QCoreApplication::translate("gl::PermitService", "has %1 corners; a work area has at most %2")
                                   .arg(in.polygon.size())
                                   .arg(site::kMaxWorkAreaCorners));
    if (const QString problem = site::polygonProblem(in.polygon); !problem.isEmpty())
        bad(u"area.polygon"_s, problem);
    for (const auto &[field, z] : {std::pair{u"area.z_min"_s, in.zMin}, std::pair{u"area.z_max"_s, in.zMax}}) {
        if (!std::isfinite(z) || std::abs(z) > site::kMaxCoordinateMetres)
            bad(field, u"%1 is not within %2 m of the site origin"_s.arg(z, 0, 'g', 17).arg(site::kMaxCoordinateMetres, 0, 'f', 0));
    }
    if (in.zMax < in.zMin)
        bad(u"area.z_max"_s, u"must not be below z_min"_s);
    if (in.title.trimmed().isEmpty())
        bad(u"title"_s, u"missing"_s);
}

/// A typed work area lies on the site: each corner within the site's extent (its layout's bounds) and
/// kWorkAreaMarginMetres around it, the first one outside named. Without a site there is nothing to bound by.
void checkOnSite(ServiceContext &ctx, const PermitInput &in)
{
    QRectF e;
    try {
        e = site::extent(SiteService(ctx).layout());
    } catch (const Error &err) {
        if (err.code() == ErrorCode::NotFound)
            return;
        throw;
    }
    if (e.isNull())
        return;
    const double m = site::kWorkAreaMarginMetres;
    const QRectF allowed = e.adjusted(-m, -m, m, m);
    const auto metres = [](double v) { return QString::number(v, 'f', 1); };
    for (qsizetype i = 0; i < in.polygon.size(); ++i) {
        const QPointF p = in.polygon.at(i);
        if (p.x() < allowed.left() || p.x() > allowed.right() || p.y() < allowed.top() || p.y() > allowed.bottom())
            fail(ErrorCode::BadInput,
                 u"permit '%1': field 'polygon[%2]': %3"_s.arg(in.code).arg(i)
                     .arg(QCoreApplication::translate("gl::PermitService",
                                                      "corner %1 (%2, %3) is outside the site: x %4 to %5 m, y %6 to %7 m "
                                                      "(the site's layout and %8 m around it)")
                              .arg(i + 1)
                              .arg(metres(p.x()), metres(p.y()), metres(allowed.left()), metres(allowed.right()),
                                   metres(allowed.top()), metres(allowed.bottom()))
                              .arg(m, 0, 'f', 0)));
    }
}

} // namespace

PermitService::References PermitService::references(const PermitInput &in) const
{
    // An unknown code is bad input naming the permit and the field (and the code), before anything is stored.
    const auto id = [&](const QString &table, const QString &code, const QString &what, const QString &field) -> QVariant {
        const QVariant v = db().scalar(u"SELECT id FROM %1 WHERE code = ?"_s.arg(table), {code});
        if (!v.isValid())
            fail(ErrorCode::BadInput, u"permit '%1': field '%2': %3 '%4' does not exist"_s.arg(in.code, field, what, code));
        return v;
    };
    References r;
    r.area = id(u"areas"_s, in.areaCode, u"area"_s, u"area"_s);
    if (!in.contractorCode.isEmpty() && in.contractorCode != u"own"_s)
        r.contractor = id(u"contractors"_s, in.contractorCode, u"contractor"_s, u"contractor"_s);
    if (!in.equipmentCode.isEmpty())
        r.equipment = id(u"equipment"_s, in.equipmentCode, u"equipment"_s, u"equipment"_s);
    if (!in.guardianCode.isEmpty())
        r.guardian = id(u"people"_s, in.guardianCode, u"person"_s, u"guardian"_s);
    if (!in.coordinatorCode.isEmpty())
        r.coordinator = id(u"people"_s, in.coordinatorCode, u"person"_s, u"coordinator"_s);
    for (qsizetype i = 0; i < in.workerCodes.size(); ++i) {
        const QString &w = in.workerCodes.at(i);
        if (in.workerCodes.indexOf(w) != i)
            fail(ErrorCode::BadInput, u"permit '%1': field 'workers[%2]': worker '%3' is named twice"_s.arg(in.code).arg(i).arg(w));
        r.workers << id(u"people"_s, w, u"worker"_s, u"workers[%1]"_s.arg(i)).toLongLong();
    }
    return r;
}

qint64 PermitService::createDraft(const PermitInput &in)
{
    require(u"permit.apply"_s);
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"permit '%1': field '%2': %3"_s.arg(in.code, field, problem));
    };
    checkDraftShape(in);
    checkOnSite(m_ctx, in);

    Transaction tx(db());
    const References ref = references(in);
    const qint64 areaId = ref.area.toLongLong();
    const QVariant contractorId = ref.contractor, equipmentId = ref.equipment, guardianId = ref.guardian, coordinatorId = ref.coordinator;
    QJsonArray poly;
    for (const QPointF &p : in.polygon)
        poly.append(QJsonArray{p.x(), p.y()});
    const qint64 id = db().insert(u"permits"_s, {{u"code"_s, in.code}, {u"type"_s, in.type}, {u"grade"_s, in.grade},
                                                 {u"state"_s, u"draft"_s}, {u"contractor_id"_s, contractorId},
                                                 {u"area_id"_s, areaId}, {u"equipment_id"_s, equipmentId},
                                                 {u"title"_s, in.title},
                                                 {u"polygon"_s, QString::fromUtf8(QJsonDocument(poly).toJson(QJsonDocument::Compact))},
                                                 {u"z_min"_s, in.zMin}, {u"z_max"_s, in.zMax}, {u"starts_at"_s, in.startsAt},
                                                 {u"ends_at"_s, in.endsAt}, {u"guardian_id"_s, guardianId}, {u"coordinator_id"_s, coordinatorId},
                                                 {u"applicant_id"_s, actor().userId ? QVariant(actor().userId) : QVariant()},
                                                 {u"created_at"_s, now()}, {u"updated_at"_s, now()}});
    QStringList knownItems;
    for (const permits::ChecklistItem &item : rules().checklist(in.type))
        knownItems << item.key;
    for (const QString &item : in.checks) {
        if (!knownItems.contains(item))
            bad(u"checks"_s, u"'%1' is not an item of the %2 checklist (%3)"_s.arg(item, in.type, knownItems.join(u", "_s)));
        db().exec(u"INSERT INTO permit_checks (permit_id, item, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)"_s,
                  {id, item, actor().auditName(), now()});
    }
    QJsonArray workers;
    for (qsizetype i = 0; i < in.workerCodes.size(); ++i) {
        db().exec(u"INSERT INTO permit_workers (permit_id, person_id) VALUES (?, ?)"_s, {id, ref.workers.at(i)});
        workers.append(in.workerCodes.at(i));
    }
    audit(u"permit.create"_s, u"permit"_s, in.code,
          {{u"type"_s, in.type}, {u"grade"_s, in.grade}, {u"title"_s, in.title}, {u"contractor"_s, in.contractorCode},
           {u"starts_at"_s, in.startsAt}, {u"ends_at"_s, in.endsAt}, {u"guardian"_s, in.guardianCode}, {u"workers"_s, workers},
           {u"coordinator"_s, in.coordinatorCode}, {u"checks"_s, QJsonArray::fromStringList(in.checks)}},
          in.areaCode, in.equipmentCode);
    tx.commit();
    return id;
}

void PermitService::updateDraft(const PermitInput &in)
{
    require(u"permit.apply"_s);
    checkDraftShape(in);
    checkOnSite(m_ctx, in);
    Transaction tx(db());
    const permits::PermitRecord p = loadForChange(in.code, in.expectedVersion);
    if (p.state != u"draft"_s)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: only a draft is edited (a change of scope, place, time or conditions "
                                  "needs a new permit)"_s.arg(in.code, p.state));
    if (p.type != in.type)
        fail(ErrorCode::BadInput, u"permit '%1': field 'type': a draft keeps its type (%2); start a new permit"_s.arg(in.code, p.type));
    QJsonArray poly;
    for (const QPointF &pt : in.polygon)
        poly.append(QJsonArray{pt.x(), pt.y()});
    const References ref = references(in);
    db().exec(u"UPDATE permits SET row_version = row_version + 1, grade = ?, contractor_id = ?, area_id = ?, equipment_id = ?, title = ?, polygon = ?, z_min = ?, "
              "z_max = ?, starts_at = ?, ends_at = ?, guardian_id = ?, coordinator_id = ?, updated_at = ? WHERE id = ?"_s,
              {in.grade, ref.contractor, ref.area, ref.equipment, in.title,
               QString::fromUtf8(QJsonDocument(poly).toJson(QJsonDocument::Compact)), in.zMin, in.zMax, in.startsAt, in.endsAt,
               ref.guardian, ref.coordinator, now(), p.id});
    db().exec(u"DELETE FROM permit_workers WHERE permit_id = ?"_s, {p.id});
    for (const qint64 worker : ref.workers)
        db().exec(u"INSERT INTO permit_workers (permit_id, person_id) VALUES (?, ?)"_s, {p.id, worker});
    QStringList known;
    for (const permits::ChecklistItem &item : rules().checklist(in.type))
        known << item.key;
    db().exec(u"DELETE FROM permit_checks WHERE permit_id = ?"_s, {p.id});
    for (const QString &item : in.checks) {
        if (!known.contains(item))
            fail(ErrorCode::BadInput, u"permit '%1': field 'checks': '%2' is not an item of the %3 checklist"_s.arg(in.code, item, in.type));
        db().exec(u"INSERT INTO permit_checks (permit_id, item, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)"_s,
                  {p.id, item, actor().auditName(), now()});
    }
    audit(u"permit.update"_s, u"permit"_s, in.code,
          {{u"grade"_s, in.grade}, {u"title"_s, in.title}, {u"contractor"_s, in.contractorCode}, {u"starts_at"_s, in.startsAt},
           {u"ends_at"_s, in.endsAt}, {u"guardian"_s, in.guardianCode}, {u"workers"_s, QJsonArray::fromStringList(in.workerCodes)},
           {u"coordinator"_s, in.coordinatorCode}, {u"checks"_s, QJsonArray::fromStringList(in.checks)}},
          in.areaCode, in.equipmentCode);
    tx.commit();
}

bool PermitService::saveDraft(const PermitInput &in)
{
    Transaction tx(db());
    const bool exists = db().scalar(u"SELECT count(*) FROM permits WHERE code = ?"_s, {in.code}).toInt() > 0;
    if (exists)
        updateDraft(in);
    else
        createDraft(in);
    tx.commit();
    return !exists;
}

QString PermitService::apply(const QString &code, const QString &action, const QString &note, std::optional<qint64> expectedVersion)
{
    return act(code, action, SignOffInput{false, {}, note}, expectedVersion);
}

QString PermitService::act(const QString &code, const QString &action, const SignOffInput &in, std::optional<qint64> expectedVersion)
{
    // Submitting and approving are signatures of the standard's order (gb30871.json `sign_offs`).
    for (const permits::SignOffStep &step : rules().signOffs())
        if (step.action == action) {
            signOff(code, step.step, in, expectedVersion);
            return state(code);
        }
    if (in.onSite || !in.place.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"permit '%1': field 'on_site': '%2' is not a signature; where the signer was is recorded "
                                  "with a sign-off (submit, sign, approve)"_s.arg(code, action));
    const QString &note = in.note;
    Transaction tx(db());
    const permits::PermitRecord p = loadForChange(code, expectedVersion);
    const Transition *t = findTransition(permitTransitions(), p.state, action);
    if (!t)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                      code, p.state, action, actionsFrom(permitTransitions(), p.state).join(u", "_s)));
    require(QString::fromUtf16(t->permission));
    if (action == u"activate"_s || action == u"resume"_s) {
        if (const QStringList problems = gasProblems(p, action); !problems.isEmpty())
            refuse(code, action, problems);
    }
    transition(p, action, note, {});
    tx.commit();
    return QString::fromUtf16(t->to);
}

void PermitService::transition(const permits::PermitRecord &p, const QString &action, const QString &note, QJsonObject details)
{
    const Transition *t = findTransition(permitTransitions(), p.state, action);
    const QString to = QString::fromUtf16(t->to);
    details.insert(u"state"_s, QJsonObject{{u"from"_s, p.state}, {u"to"_s, to}});
    if (action == u"approve"_s)
        db().exec(u"UPDATE permits SET row_version = row_version + 1, state = ?, approver_id = ?, updated_at = ? WHERE id = ?"_s,
                  {to, actor().userId ? QVariant(actor().userId) : QVariant(), now(), p.id});
    else if (to == u"suspended"_s)
        db().exec(u"UPDATE permits SET row_version = row_version + 1, state = ?, suspended_at = ?, suspend_reason = ?, updated_at = ? WHERE id = ?"_s,
                  {to, now(), action == u"expire"_s ? QVariant() : QVariant(u"manual"_s), now(), p.id});
    else
        db().exec(u"UPDATE permits SET row_version = row_version + 1, state = ?, suspended_at = NULL, suspend_reason = NULL, suspend_alarm_id = NULL, "
                  "updated_at = ? WHERE id = ?"_s, {to, now(), p.id});
    if (action == u"reject"_s) // back to draft: the signatures collected so far no longer hold
        db().exec(u"UPDATE permit_signoffs SET voided_at = ? WHERE permit_id = ? AND voided_at IS NULL"_s, {now(), p.id});
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    audit(u"permit."_s + action, u"permit"_s, p.code, details, p.area, p.equipment);
}

void PermitService::setCoordinator(const QString &code, const QString &personCode)
{
    require(u"permit.apply"_s);
    Transaction tx(db());
    const permits::PermitRecord p = load(code);
    if (p.state != u"draft"_s && p.state != u"submitted"_s)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: the coordinator is named before approval (a change needs a new permit)"_s
                                      .arg(code, p.state));
    const QVariant id = personCode.isEmpty() ? QVariant() : QVariant(idOf(u"people"_s, personCode, u"person"_s));
    db().exec(u"UPDATE permits SET row_version = row_version + 1, coordinator_id = ?, updated_at = ? WHERE id = ?"_s, {id, now(), p.id});
    audit(u"permit.coordinator"_s, u"permit"_s, code, {{u"coordinator"_s, personCode}, {u"previous"_s, p.coordinator}}, p.area,
          p.equipment);
    tx.commit();
}

permits::PermitRecord PermitService::loadForChange(const QString &code, std::optional<qint64> expected) const
{
    const qint64 version = lockRowVersion(u"permits"_s, u"code"_s, code);
    permits::PermitRecord p = load(code);
    requireVersion(expected, version, u"Permit %1"_s.arg(code), {{u"permit"_s, code}}, u"it is now %1"_s.arg(p.state));
    return p;
}

permits::PermitRecord PermitService::load(const QString &code) const
{
    std::optional<permits::PermitRecord> p = permits::PermitRecord::load(db(), code);
    if (!p)
        fail(ErrorCode::NotFound, u"permit '%1' does not exist"_s.arg(code));
    return *p;
}

void PermitService::refuse(const QString &code, const QString &action, const QStringList &problems) const
{
    const QString head = problems.size() == 1
        ? QCoreApplication::translate("gl::PermitService", "permit '%1': '%2' refused (1 problem):").arg(code, action)
        : QCoreApplication::translate("gl::PermitService", "permit '%1': '%2' refused (%3 problems):").arg(code, action).arg(problems.size());
    throw Refusal(head + u"\n- "_s + problems.join(u"\n- "_s), problems);
}

QStringList PermitService::submitProblems(const QString &code) const
{
    return readinessProblems(load(code));
}

QStringList PermitService::readinessProblems(const permits::PermitRecord &p) const
{
    QStringList out;
    const permits::TypeRules *type = rules().type(p.type);
    if (!type)
        return {QCoreApplication::translate("gl::PermitService", "field 'type': '%1' has no GB 30871-2022 rules").arg(p.type)};
    const QByteArray tz = siteTimeZone(db());
    if (!type->grades.contains(p.grade))
        out << QCoreApplication::translate("gl::PermitService", "field 'grade': '%1' is not a grade of %2 (%3)").arg(p.grade, p.type, type->grades.join(u", "_s));
    const QString grade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, tz);
    const double hours = double(p.endsAt - p.startsAt) / 3'600'000.0;
    if (const auto it = type->maxValidityHours.constFind(grade); it != type->maxValidityHours.cend() && hours > it.value() + 1e-9) {
        const QString raisedNote = grade != p.grade
            ? QCoreApplication::translate("gl::PermitService", " (raised from %1: the work touches the night, a rest day or a holiday)").arg(p.grade) : QString();
        out << QCoreApplication::translate("gl::PermitService", "field 'end': validity %1 h exceeds the %2 h limit of %3 %4%5 (GB 30871-2022)")
                   .arg(QString::number(hours, 'g', 4), QString::number(it.value(), 'g', 4), grade, p.type, raisedNote);
    }
    if (p.guardian.isEmpty()) {
        out << QCoreApplication::translate("gl::PermitService", "field 'guardian': no guardian named (a certified guardian is mandatory)");
    } else {
        const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable(tz) ? QTimeZone(tz) : QTimeZone::utc();
        const QString start = QDateTime::fromMSecsSinceEpoch(p.startsAt, zone).date().toString(Qt::ISODate);
        const QString end = QDateTime::fromMSecsSinceEpoch(p.endsAt - 1, zone).date().toString(Qt::ISODate);
        const int certs = db().scalar(u"SELECT count(*) FROM certificates c JOIN people pe ON pe.id = c.person_id "
                                      "WHERE pe.code = ? AND c.kind = 'guardian' AND c.issued_on <= ? AND c.expires_on >= ?"_s,
                                      {p.guardian, start, end}).toInt();
        if (certs == 0)
            out << QCoreApplication::translate("gl::PermitService", "field 'guardian': guardian '%1' has no 'guardian' certificate valid from %2 to %3").arg(p.guardian, start, end);
        if (p.workers.contains(p.guardian))
            out << QCoreApplication::translate("gl::PermitService", "field 'guardian': guardian '%1' is also a worker of the permit").arg(p.guardian);
    }
    if (type->onePerBlind) {
        if (p.equipment.isEmpty()) {
            out << QCoreApplication::translate("gl::PermitService", "field 'equipment': a blind plate permit names its blind (one permit per blind and action)");
        } else {
            QSqlQuery q = db().exec(u"SELECT p.code FROM permits p JOIN equipment e ON e.id = p.equipment_id WHERE e.code = ? "
                                    "AND p.type = ? AND p.id <> ? AND p.state IN ('submitted', 'approved', 'active', 'suspended') "
                                    "AND p.starts_at < ? AND p.ends_at > ? ORDER BY p.code"_s,
                                    {p.equipment, p.type, p.id, p.endsAt, p.startsAt});
            while (q.next())
                out << QCoreApplication::translate("gl::PermitService", "field 'equipment': blind '%1' already has permit '%2' (one permit per blind and action)")
                           .arg(p.equipment, q.value(0).toString());
        }
    }
    out << permits::WorkGate(db(), rules(), AdmissionConfig::load().insuranceMonths).check(p, siteDay(db(), now()));
    return out;
}

QStringList PermitService::blockingProblems(const QString &code) const
{
    require(u"data.read"_s);
    const permits::PermitRecord p = load(code);
    static const QStringList working{u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s};
    if (!working.contains(p.state))
        return {QCoreApplication::translate("gl::PermitService", "state: permit '%1' is %2: it is not submitted, approved or given a work ticket (possible: %3)").arg(
            code, p.state, actionsFrom(permitTransitions(), p.state).join(u", "_s))};
    QStringList out = readinessProblems(p);
    out << checklistProblems(p);
    out << conflictProblems(p, nullptr);
    out << cameraProblems(p);
    out.removeDuplicates();
    return out;
}

QStringList PermitService::approveProblems(const QString &code) const
{
    const permits::PermitRecord p = load(code);
    QStringList out = readinessProblems(p);
    const QString grade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, siteTimeZone(db()));
    const QStringList roles = rules().approverRoles(grade);
    if (!roles.contains(roleKey(actor().role)))
        out << QCoreApplication::translate("gl::PermitService", "approver: %1 %2 is approved by %3 (GB 30871-2022 Table B.1), not by '%4' (%5)")
                   .arg(grade, p.type, roles.join(u" or "_s), actor().username, roleKey(actor().role));
    out << conflictProblems(p, nullptr);
    out << checklistProblems(p);
    out << cameraProblems(p);
    for (const permits::SignOffStep &step : rules().signOffs()) {
        if (step.action == u"approve"_s)
            break;
        if (!doneSteps(p.id).contains(step.step) && step.action.isEmpty())
            out << QCoreApplication::translate("gl::PermitService", "sign-off: '%1' (%2) has not signed; the standard's order is %3").arg(step.step, step.name, signOrderText(rules()));
    }
    return out;
}

QString signOrderText(const permits::Gb30871Rules &rules)
{
    QStringList steps;
    for (const permits::SignOffStep &s : rules.signOffs())
        steps << s.step;
    return steps.join(u" → "_s);
}

QStringList PermitService::conflictProblems(const permits::PermitRecord &p, QJsonArray *coordinated) const
{
    conflicts::PermitSet others;
    QSqlQuery q = db().exec(u"SELECT code FROM permits WHERE state IN ('approved', 'active', 'suspended') AND id <> ? "
                            "AND starts_at < ? AND ends_at > ? ORDER BY code"_s, {p.id, p.endsAt, p.startsAt});
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    QHash<QString, QString> stateOf;
    for (const QString &code : codes) {
        const permits::PermitRecord o = load(code);
        stateOf.insert(o.code, o.state);
        others.push_back(o.toConflictPermit());
    }
    QStringList out;
    for (const conflicts::Conflict &c : conflicts::checkOne(p.toConflictPermit(), others, siteSimopsRules())) {
        const QString other = c.a == p.code ? c.b : c.a;
        const QString kind = conflicts::conflictKindName(c.kind);
        const QString distance = QString::number(std::round(c.distance * 100.0) / 100.0, 'f', 2);
        if (c.kind == conflicts::ConflictKind::CrossWork && !p.coordinator.isEmpty()) {
            if (coordinated)
                coordinated->append(QJsonObject{{u"permit"_s, other}, {u"kind"_s, kind}, {u"distance_m"_s, distance.toDouble()}});
            continue;
        }
        QString line = u"conflict: %1 with permit '%2' (%3) at %4 m"_s.arg(kind, other, stateOf.value(other), distance);
        if (c.kind == conflicts::ConflictKind::CrossWork)
            line += u"; two contractors share the area: name a cross-work coordinator (GB 30871 §4.7)"_s;
        else
            line += u"; %1 work cannot be coordinated away: change the place or the time"_s.arg(kind);
        out << line;
    }
    return out;
}

QStringList PermitService::gasProblems(const permits::PermitRecord &p, const QString &action) const
{
    const permits::TypeRules *type = rules().type(p.type);
    const qint64 t = now();
    const int window = rules().sampleBeforeStartMin();
    if (action == u"resume"_s && (p.suspendReason == u"alarm"_s || p.suspendReason == u"gas_log_overdue"_s)) {
        const QVariant fresh = db().scalar(u"SELECT count(*) FROM gas_tests WHERE permit_id = ? AND passed = 1 AND sampled_at > ? "
                                           "AND sampled_at <= ? AND sampled_at >= ?"_s,
                                           {p.id, p.suspendedAt, t, t - qint64(window) * 60'000});
        if (fresh.toInt() == 0)
            return {u"gas: suspended by %1 %2: resuming needs a new passing gas test sampled after the suspension and no more "
                    "than %3 min before resuming"_s.arg(p.suspendReason == u"alarm"_s ? u"alarm"_s : u"the overdue gas log (alarm)"_s)
                        .arg(p.suspendAlarmId).arg(window)};
        return {};
    }
    if (!type || !type->gasTest)
        return {};
    if (action == u"resume"_s) {
        const QString grade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, siteTimeZone(db()));
        const int limit = type->retestAfterMin.value(grade, 0);
        const qint64 pausedMin = p.suspendedAt > 0 ? (t - p.suspendedAt) / 60'000 : 0;
        if (limit <= 0 || pausedMin <= limit)
            return {};
        const QVariant fresh = db().scalar(u"SELECT count(*) FROM gas_tests WHERE permit_id = ? AND passed = 1 AND sampled_at > ? "
                                           "AND sampled_at <= ? AND sampled_at >= ?"_s,
                                           {p.id, p.suspendedAt, t, t - qint64(window) * 60'000});
        if (fresh.toInt() == 0)
            return {u"gas: the work was interrupted %1 min (over %2 min for %3 %4): a new passing gas test sampled no more "
                    "than %5 min before resuming is required"_s.arg(pausedMin).arg(limit).arg(grade, p.type).arg(window)};
        return {};
    }
    QSqlQuery q = db().exec(u"SELECT sampled_at, passed, lel_pct, o2_pct FROM gas_tests WHERE permit_id = ? AND sampled_at <= ? "
                            "ORDER BY sampled_at DESC, id DESC"_s, {p.id, t});
    if (!q.next())
        return {u"gas: no gas test; %1 needs a passing sample no more than %2 min before the work starts"_s.arg(p.type).arg(window)};
    const qint64 ageMin = (t - q.value(0).toLongLong()) / 60'000;
    const qint64 ageMs = t - q.value(0).toLongLong();
    if (q.value(1).toInt() == 0)
        return {u"gas: the latest gas test (%1 min ago: %2 %% vol combustible, O2 %3 %%) failed"_s.arg(ageMin)
                    .arg(q.value(2).toDouble()).arg(q.value(3).toDouble())};
    if (ageMs > qint64(window) * 60'000)
        return {u"gas: the latest passing gas test was sampled %1 min before the start; GB 30871-2022 allows no more than %2 min"_s
                    .arg(ageMin).arg(window)};
    return {};
}

QStringList PermitService::expireDue(qint64 nowMs)
{
    QStringList codes;
    QSqlQuery q = db().exec(u"SELECT code FROM permits WHERE state IN ('approved', 'active', 'suspended') AND ends_at <= ? "
                            "ORDER BY code"_s, {nowMs});
    while (q.next())
        codes << q.value(0).toString();
    if (codes.isEmpty())
        return codes;
    const Actor saved = m_ctx.actor;
    m_ctx.actor = Actor::system(u"permit-expiry"_s);
    try {
        Transaction tx(db());
        for (const QString &code : codes)
            apply(code, u"expire"_s, u"validity ended"_s);
        tx.commit();
    } catch (...) {
        m_ctx.actor = saved;
        throw;
    }
    m_ctx.actor = saved;
    return codes;
}

void PermitService::guardianLeft(const QString &code)
{
    if (!PermissionMatrix::defaults().allows(actor().role, u"permit.apply"_s))
        require(u"permit.approve"_s);
    Transaction tx(db());
    const permits::PermitRecord p = load(code);
    if (p.state != u"active"_s)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: only an active permit is suspended when its guardian leaves"_s.arg(code, p.state));
    suspendAs(p, u"guardian_left"_s, 0,
              {{u"guardian"_s, p.guardian}, {u"note"_s, u"guardian '%1' left the work site"_s.arg(p.guardian)}});
    tx.commit();
}

QStringList PermitService::gasLogsOverdue(qint64 nowMs) const
{
    QStringList out;
    QSqlQuery q = db().exec(u"SELECT p.code, p.type, max(g.sampled_at) FROM permits p LEFT JOIN gas_tests g ON g.permit_id = p.id "
                            "AND g.passed = 1 WHERE p.state = 'active' GROUP BY p.code, p.type ORDER BY p.code"_s);
    while (q.next()) {
        const permits::TypeRules *type = rules().type(q.value(1).toString());
        if (!type || type->gasLogIntervalMin <= 0)
            continue;
        if (q.value(2).isNull() || nowMs - q.value(2).toLongLong() > qint64(type->gasLogIntervalMin) * 60'000)
            out << q.value(0).toString();
    }
    return out;
}

void PermitService::recordGasTest(const QString &code, qint64 sampledAt, double combustibleVolPct, double o2Pct, double toxicPpm,
                                  const QString &tester, double gasLelPct, bool enriched)
{
    require(u"permit.gas_test"_s);
    // GB 30871-2022 pass limits: ≤ 0.5 % vol (gas LEL ≥ 4 %) or ≤ 0.2 % vol (LEL < 4 %); O₂ 19.5–21 % (23.5 % enriched).
    const bool passed = rules().gasPasses(combustibleVolPct, o2Pct, gasLelPct, enriched);
    Transaction tx(db());
    const qint64 id = idOf(u"permits"_s, code, u"permit"_s);
    db().insert(u"gas_tests"_s, {{u"permit_id"_s, id}, {u"sampled_at"_s, sampledAt}, {u"lel_pct"_s, combustibleVolPct}, {u"o2_pct"_s, o2Pct},
                                 {u"toxic_ppm"_s, toxicPpm}, {u"passed"_s, passed ? 1 : 0}, {u"tester"_s, tester}});
    const QString area = db().scalar(u"SELECT a.code FROM permits p JOIN areas a ON a.id = p.area_id WHERE p.id = ?"_s, {id}).toString();
    audit(u"permit.gas_test"_s, u"permit"_s, code,
          {{u"sampled_at"_s, sampledAt}, {u"lel_pct"_s, combustibleVolPct}, {u"o2_pct"_s, o2Pct}, {u"toxic_ppm"_s, toxicPpm},
           {u"passed"_s, passed}, {u"tester"_s, tester}, {u"gas_lel_pct"_s, gasLelPct}, {u"enriched"_s, enriched}}, area);
    tx.commit();
}

QString PermitService::state(const QString &code) const
{
    const QVariant s = db().scalar(u"SELECT state FROM permits WHERE code = ?"_s, {code});
    if (!s.isValid())
        fail(ErrorCode::NotFound, u"permit '%1' does not exist"_s.arg(code));
    return s.toString();
}

} // namespace gl
