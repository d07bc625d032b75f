// SPDX-License-Identifier: Apache-2.0
#include "core/services/PermitService.h"
#include "core/domain/States.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

QStringList PermitService::types()
{
    return {u"hot_work"_s, u"confined_space"_s, u"blind_plate"_s, u"work_at_height"_s,
            u"lifting"_s, u"temporary_power"_s, u"excavation"_s, u"road_closure"_s};
}

qint64 PermitService::createDraft(const PermitInput &in)
{
    require(u"permit.apply"_s);
    auto bad = [&](const QString &field, const QString &problem) {
        fail(ErrorCode::BadInput, u"permit '%1': field '%2': %3"_s.arg(in.code, field, problem));
    };
    if (in.code.trimmed().isEmpty())
        bad(u"id"_s, u"missing"_s);
    if (!types().contains(in.type))
        bad(u"type"_s, u"'%1' is not a GB 30871-2022 type (%2)"_s.arg(in.type, types().join(u", "_s)));
    if (in.endsAt <= in.startsAt)
        bad(u"end"_s, u"must be after start"_s);
    if (!site::isSimplePolygon(in.polygon))
        bad(u"area.polygon"_s, u"self-intersecting or degenerate polygon"_s);
    if (in.zMax < in.zMin)
        bad(u"area.z_max"_s, u"must not be below z_min"_s);
    if (in.title.trimmed().isEmpty())
        bad(u"title"_s, u"missing"_s);

    Transaction tx(db());
    const qint64 areaId = idOf(u"areas"_s, in.areaCode, u"area"_s);
    const QVariant contractorId = in.contractorCode.isEmpty() || in.contractorCode == u"own"_s
        ? QVariant() : QVariant(idOf(u"contractors"_s, in.contractorCode, u"contractor"_s));
    const QVariant equipmentId = in.equipmentCode.isEmpty() ? QVariant() : QVariant(idOf(u"equipment"_s, in.equipmentCode, u"equipment"_s));
    const QVariant guardianId = in.guardianCode.isEmpty() ? QVariant() : QVariant(idOf(u"people"_s, in.guardianCode, u"person"_s));
    QJsonArray poly;
    for (const QPointF &p : in.polygon)
        poly.append(QJsonArray{p.x(), p.y()});
    const qint64 id = db().insert(u"permits"_s, {{u"code"_s, in.code}, {u"type"_s, in.type}, {u"grade"_s, in.grade},
                                                 {u"state"_s, u"draft"_s}, {u"contractor_id"_s, contractorId},
                                                 {u"area_id"_s, areaId}, {u"equipment_id"_s, equipmentId},
                                                 {u"title"_s, in.title},
                                                 {u"polygon"_s, QString::fromUtf8(QJsonDocument(poly).toJson(QJsonDocument::Compact))},
                                                 {u"z_min"_s, in.zMin}, {u"z_max"_s, in.zMax}, {u"starts_at"_s, in.startsAt},
                                                 {u"ends_at"_s, in.endsAt}, {u"guardian_id"_s, guardianId},
                                                 {u"applicant_id"_s, actor().userId ? QVariant(actor().userId) : QVariant()},
                                                 {u"created_at"_s, now()}, {u"updated_at"_s, now()}});
    QJsonArray workers;
    for (const QString &w : in.workerCodes) {
        db().exec(u"INSERT INTO permit_workers (permit_id, person_id) VALUES (?, ?)"_s, {id, idOf(u"people"_s, w, u"worker"_s)});
        workers.append(w);
    }
    audit(u"permit.create"_s, u"permit"_s, in.code,
          {{u"type"_s, in.type}, {u"grade"_s, in.grade}, {u"title"_s, in.title}, {u"contractor"_s, in.contractorCode},
           {u"starts_at"_s, in.startsAt}, {u"ends_at"_s, in.endsAt}, {u"guardian"_s, in.guardianCode}, {u"workers"_s, workers}},
          in.areaCode, in.equipmentCode);
    tx.commit();
    return id;
}

QString PermitService::apply(const QString &code, const QString &action, const QString &note)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT p.id, p.state, a.code, e.code FROM permits p JOIN areas a ON a.id = p.area_id "
                            "LEFT JOIN equipment e ON e.id = p.equipment_id WHERE p.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"permit '%1' does not exist"_s.arg(code));
    const qint64 id = q.value(0).toLongLong();
    const QString from = q.value(1).toString();
    const QString area = q.value(2).toString(), equipment = q.value(3).toString();
    const Transition *t = findTransition(permitTransitions(), from, action);
    if (!t)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                      code, from, action, actionsFrom(permitTransitions(), from).join(u", "_s)));
    require(QString::fromUtf16(t->permission));
    const QString to = QString::fromUtf16(t->to);
    if (action == u"approve"_s)
        db().exec(u"UPDATE permits SET state = ?, approver_id = ?, updated_at = ? WHERE id = ?"_s,
                  {to, actor().userId ? QVariant(actor().userId) : QVariant(), now(), id});
    else
        db().exec(u"UPDATE permits SET state = ?, updated_at = ? WHERE id = ?"_s, {to, now(), id});
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}};
    if (!note.isEmpty())
        details.insert(u"note"_s, note);
    audit(u"permit."_s + action, u"permit"_s, code, details, area, equipment);
    tx.commit();
    return to;
}

void PermitService::recordGasTest(const QString &code, qint64 sampledAt, double lelPct, double o2Pct, double toxicPpm,
                                  const QString &tester)
{
    require(u"permit.gas_test"_s);
    // GB 30871-2022 pass limits; the lower-explosive-limit rule depends on the gas (≥ 4% LEL: ≤ 0.5% vol).
    const bool passed = lelPct <= 0.5 && o2Pct >= 19.5 && o2Pct <= 21.0;
    Transaction tx(db());
    const qint64 id = idOf(u"permits"_s, code, u"permit"_s);
    db().insert(u"gas_tests"_s, {{u"permit_id"_s, id}, {u"sampled_at"_s, sampledAt}, {u"lel_pct"_s, lelPct}, {u"o2_pct"_s, o2Pct},
                                 {u"toxic_ppm"_s, toxicPpm}, {u"passed"_s, passed ? 1 : 0}, {u"tester"_s, tester}});
    const QString area = db().scalar(u"SELECT a.code FROM permits p JOIN areas a ON a.id = p.area_id WHERE p.id = ?"_s, {id}).toString();
    audit(u"permit.gas_test"_s, u"permit"_s, code,
          {{u"sampled_at"_s, sampledAt}, {u"lel_pct"_s, lelPct}, {u"o2_pct"_s, o2Pct}, {u"toxic_ppm"_s, toxicPpm},
           {u"passed"_s, passed}, {u"tester"_s, tester}}, area);
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
