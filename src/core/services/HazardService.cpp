// SPDX-License-Identifier: Apache-2.0
#include "core/services/HazardService.h"
#include "core/domain/States.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

QStringList HazardService::categories()
{
    return {u"equipment"_s, u"electrical"_s, u"fire"_s, u"chemical"_s, u"work_at_height"_s, u"housekeeping"_s,
            u"behaviour"_s, u"lifting"_s, u"confined_space"_s, u"ppe"_s, u"traffic"_s, u"environment"_s};
}

QStringList HazardService::planItems()
{
    return {u"goal"_s, u"measures"_s, u"funding"_s, u"responsible"_s, u"deadline"_s, u"emergency_plan"_s};
}

qint64 HazardService::report(const HazardInput &in)
{
    require(u"hazard.report"_s);
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"hazard '%1': field '%2': %3"_s.arg(in.code, field, problem));
    };
    if (!categories().contains(in.category))
        bad(u"category"_s, u"'%1' is not a category (%2)"_s.arg(in.category, categories().join(u", "_s)));
    if (in.grade != u"general"_s && in.grade != u"major"_s)
        bad(u"grade"_s, u"must be general or major"_s);
    if (in.description.trimmed().isEmpty())
        bad(u"description"_s, u"missing"_s);
    if (in.grade == u"major"_s)
        for (const QString &item : planItems())
            if (in.plan.value(item).toString().trimmed().isEmpty())
                bad(u"plan."_s + item, u"a major hazard needs the six-item rectification plan"_s);
    Transaction tx(db());
    const qint64 areaId = idOf(u"areas"_s, in.areaCode, u"area"_s);
    const QVariant eqId = in.equipmentCode.isEmpty() ? QVariant() : QVariant(idOf(u"equipment"_s, in.equipmentCode, u"equipment"_s));
    const qint64 id = db().insert(u"hazards"_s, {{u"code"_s, in.code}, {u"category"_s, in.category}, {u"grade"_s, in.grade},
                                                 {u"state"_s, u"reported"_s}, {u"area_id"_s, areaId}, {u"equipment_id"_s, eqId},
                                                 {u"description"_s, in.description}, {u"x"_s, in.x}, {u"y"_s, in.y}, {u"z"_s, in.z},
                                                 {u"reporter_id"_s, actor().userId ? QVariant(actor().userId) : QVariant()},
                                                 {u"reported_at"_s, now()}, {u"updated_at"_s, now()},
                                                 {u"plan"_s, in.plan.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(in.plan).toJson(QJsonDocument::Compact)))}});
    audit(u"hazard.report"_s, u"hazard"_s, in.code,
          {{u"category"_s, in.category}, {u"grade"_s, in.grade}, {u"description"_s, in.description},
           {u"position"_s, QJsonArray{in.x, in.y, in.z}}},
          in.areaCode, in.equipmentCode);
    tx.commit();
    return id;
}

void HazardService::assign(const QString &code, const QString &personCode, qint64 deadlineAt)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT h.id, h.state, a.code, e.code FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "LEFT JOIN equipment e ON e.id = h.equipment_id WHERE h.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard '%1' does not exist"_s.arg(code));
    const QString from = q.value(1).toString();
    const Transition *t = findTransition(hazardTransitions(), from, u"assign"_s);
    if (!t)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: it cannot be assigned"_s.arg(code, from));
    require(QString::fromUtf16(t->permission));
    if (deadlineAt <= now())
        fail(ErrorCode::BadInput, u"hazard '%1': field 'deadline': must be in the future"_s.arg(code));
    const qint64 personId = idOf(u"people"_s, personCode, u"person"_s);
    db().exec(u"UPDATE hazards SET state = 'assigned', assignee_id = ?, deadline_at = ?, updated_at = ? WHERE id = ?"_s,
              {personId, deadlineAt, now(), q.value(0)});
    audit(u"hazard.assign"_s, u"hazard"_s, code,
          {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, u"assigned"_s}}}, {u"assignee"_s, personCode},
           {u"deadline_at"_s, deadlineAt}},
          q.value(2).toString(), q.value(3).toString());
    tx.commit();
}

QString HazardService::apply(const QString &code, const QString &action, const QString &note)
{
    if (action == u"assign"_s)
        fail(ErrorCode::BadInput, u"use assign() with a person and a deadline"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT h.id, h.state, a.code, e.code FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "LEFT JOIN equipment e ON e.id = h.equipment_id WHERE h.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard '%1' does not exist"_s.arg(code));
    const QString from = q.value(1).toString();
    const Transition *t = findTransition(hazardTransitions(), from, action);
    if (!t)
        fail(ErrorCode::Conflict, u"hazard '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                      code, from, action, actionsFrom(hazardTransitions(), from).join(u", "_s)));
    require(QString::fromUtf16(t->permission));
    const QString to = QString::fromUtf16(t->to);
    const bool closing = to == u"closed"_s;
    if (closing)
        db().exec(u"UPDATE hazards SET state = ?, closed_at = ?, updated_at = ? WHERE id = ?"_s, {to, now(), now(), q.value(0)});
    else
        db().exec(u"UPDATE hazards SET state = ?, updated_at = ? WHERE id = ?"_s, {to, now(), q.value(0)});
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}};
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    audit(u"hazard."_s + action, u"hazard"_s, code, details, q.value(2).toString(), q.value(3).toString());
    tx.commit();
    return to;
}

} // namespace gl
