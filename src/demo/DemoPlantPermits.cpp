// SPDX-License-Identifier: Apache-2.0
// The demo's special-work permits (DemoPlantLoad.h): 30, in every state of the lifecycle, each with its
// steps on the timeline from draft to its final state.
#include "demo/DemoPermitSignOffs.h"
#include "demo/DemoPlantLoad.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/logic/PermitService.h"
#include "platform/store/Database.h"

using namespace Qt::StringLiterals;

namespace gl::demo {

struct DemoPlantLoad::PermitPlan { const char16_t *type, *prefix, *grade, *area; const char16_t *finalState; int dayOffset; int startHour, hours; };

namespace {

const DemoPlantLoad::PermitPlan kPermitPlans[] = {
    {u"hot_work", u"HW", u"level1", u"CA1", u"active", 0, 8, 8},
    {u"blind_plate", u"BP", u"standard", u"CA1", u"submitted", 0, 9, 6}, // incompatible with HW-0101: approval refused
    {u"hot_work", u"HW", u"level2", u"CH2", u"active", 0, 8, 8}, // 8 h: still valid when raised on a rest day
    {u"lifting", u"LF", u"level2", u"CH2", u"active", 0, 8, 9},
    {u"work_at_height", u"WH", u"level2", u"EL1", u"active", 0, 7, 10},
    {u"confined_space", u"CS", u"standard", u"TF1", u"active", 0, 8, 8},
    {u"temporary_power", u"TP", u"standard", u"TF1", u"active", -2, 8, 24 * 5},
    {u"excavation", u"EX", u"standard", u"UT1", u"active", -1, 8, 30},
    {u"hot_work", u"HW", u"special", u"TF1", u"suspended", 0, 8, 8},
    {u"confined_space", u"CS", u"standard", u"CA1", u"suspended", 0, 9, 6},
    {u"lifting", u"LF", u"level1", u"WH1", u"approved", 0, 14, 4},
    {u"work_at_height", u"WH", u"level1", u"CH2", u"approved", 1, 8, 8},
    {u"road_closure", u"RC", u"standard", u"RD1", u"approved", 1, 9, 6},
    {u"hot_work", u"HW", u"level2", u"UT1", u"approved", 1, 8, 8},
    {u"blind_plate", u"BP", u"standard", u"TF1", u"submitted", 1, 9, 4},
    {u"excavation", u"EX", u"standard", u"RD1", u"submitted", 2, 8, 8},
    {u"hot_work", u"HW", u"level1", u"EL1", u"submitted", 1, 13, 6},
    {u"temporary_power", u"TP", u"standard", u"CH2", u"draft", 2, 8, 48},
    {u"lifting", u"LF", u"level2", u"TF1", u"draft", 3, 8, 6},
    {u"work_at_height", u"WH", u"level2", u"WH1", u"draft", 3, 9, 6},
    {u"hot_work", u"HW", u"level2", u"CA1", u"closed", -3, 8, 8},
    {u"confined_space", u"CS", u"standard", u"TF1", u"closed", -7, 8, 8},
    {u"lifting", u"LF", u"level2", u"CH2", u"closed", -5, 9, 5},
    {u"work_at_height", u"WH", u"level2", u"EL1", u"closed", -12, 8, 8},
    {u"blind_plate", u"BP", u"standard", u"CA1", u"closed", -9, 10, 3},
    {u"excavation", u"EX", u"standard", u"UT1", u"closed", -20, 8, 48},
    {u"hot_work", u"HW", u"level1", u"CH2", u"cancelled", -4, 8, 8},
    {u"road_closure", u"RC", u"standard", u"RD1", u"cancelled", -15, 8, 6},
    {u"temporary_power", u"TP", u"standard", u"EL1", u"expired", -25, 8, 24 * 10},
    {u"hot_work", u"HW", u"level2", u"WH1", u"expired", -6, 8, 8},
};

/// Who does the work of each permit type ("own": the plant's staff).
const QHash<QString, QString> kTradeContractor = {{u"hot_work"_s, u"C-002"_s}, {u"blind_plate"_s, u"C-001"_s},
                                                  {u"work_at_height"_s, u"C-003"_s}, {u"lifting"_s, u"C-005"_s},
                                                  {u"temporary_power"_s, u"C-004"_s}, {u"confined_space"_s, u"C-006"_s},
                                                  {u"excavation"_s, u"C-007"_s}, {u"road_closure"_s, u"own"_s}};

site::Polygon box(QPointF c, double w, double h)
{
    return {{c.x() - w / 2, c.y() - h / 2}, {c.x() + w / 2, c.y() - h / 2}, {c.x() + w / 2, c.y() + h / 2}, {c.x() - w / 2, c.y() + h / 2}};
}

} // namespace

void DemoPlantLoad::planPermits()
{
    // ---- Special-work permits: 30, in every state of the lifecycle. ----
    for (const PermitPlan &p : kPermitPlans)
        planPermit(p);
}

// Up to three workers of the contractor who pass the WorkGate's admission checks for the permit's days
// (whitelisted, briefed, certified for the type); their shift is rostered before submission.
QStringList DemoPlantLoad::gatedWorkers(const QString &contractor, const QString &type, QDate startDay, QDate endDay) const
{
    const QStringList kinds = permits::Gb30871Rules::defaults().type(type)->certificates;
    QStringList out;
    for (const QString &w : workersOf.value(contractor)) {
        QSqlQuery q = db.exec(u"SELECT whitelisted, briefing_on, id FROM people WHERE code = ?"_s, {w});
        q.next();
        const bool whitelisted = q.value(0).toInt() != 0;
        const QDate briefing = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QVariant personId = q.value(2);
        q.finish();
        if (!whitelisted || !briefing.isValid() || briefing > startDay || briefing.daysTo(startDay) > 365)
            continue;
        bool certified = kinds.isEmpty();
        QSqlQuery c = db.exec(u"SELECT kind FROM certificates WHERE person_id = ? AND issued_on <= ? AND expires_on >= ?"_s,
                              {personId, startDay.toString(Qt::ISODate), endDay.toString(Qt::ISODate)});
        while (!certified && c.next())
            certified = kinds.contains(c.value(0).toString());
        if (certified)
            out << w;
        if (out.size() == 3)
            break;
    }
    return out;
}

/// One permit: its draft, then its steps on the timeline up to `p.finalState`.
void DemoPlantLoad::planPermit(const PermitPlan &p)
{
    planPermitSteps(permitInput(p), QString::fromUtf16(p.finalState));
}

/// The permit's draft: where, when, who does the work and who watches it.
PermitInput DemoPlantLoad::permitInput(const PermitPlan &p)
{
    const QString prefix = QString::fromUtf16(p.prefix);
    const QString code = u"%1-%2"_s.arg(prefix).arg(++permitsPerPrefix[prefix] + 100, 4, 10, QLatin1Char('0'));
    const QString area = QString::fromUtf16(p.area);
    const QString type = QString::fromUtf16(p.type);
    const QList<const site::Equipment *> eqs = equipmentIn(area);
    const site::Equipment *eq = eqs.isEmpty() ? nullptr : eqs.at(dice.between(0, int(eqs.size()) - 1));
    const qint64 spotStart = (now / kHour) * kHour + p.dayOffset * kDay + (p.startHour - 10) * kHour;
    eq = demo::workSpot(layout, eq, type, QString::fromUtf16(p.grade), spotStart, spotStart + p.hours * kHour); // 特级: in a camera's view
    QPointF c = eq ? QPointF(eq->position.x, eq->position.y) : site::centroid(areaByCode.value(area)->polygon);
    if (type == u"blind_plate"_s && area == u"CA1"_s && !lastHotWorkCa1.isNull())
        c = lastHotWorkCa1 + QPointF(18, 6); // a SIMOPS conflict the dispatcher must see: it blocks approval
    if (type == u"hot_work"_s && area == u"CA1"_s)
        lastHotWorkCa1 = c;
    const double zMin = type == u"lifting"_s || type == u"work_at_height"_s ? dice.between(4, 12) : 0.0;
    PermitInput in;
    in.code = code;
    in.type = type;
    in.grade = QString::fromUtf16(p.grade);
    in.contractorCode = kTradeContractor.value(type);
    in.areaCode = area;
    in.equipmentCode = eq ? eq->code : QString();
    in.title = u"%1 at %2"_s.arg(QString(type).replace(u'_', u' '), eq ? eq->name : areaByCode.value(area)->name);
    in.polygon = box(c, dice.between(4, 12), dice.between(4, 10));
    in.zMin = zMin;
    in.zMax = zMin + dice.between(2, 6);
    // Start times relative to the demo's present, on the hour: "0, 8" is two hours ago.
    in.startsAt = (now / kHour) * kHour + p.dayOffset * kDay + (p.startHour - 10) * kHour;
    in.endsAt = in.startsAt + p.hours * kHour;
    in.guardianCode = dice.pick(guardians);
    const QDate startDay = QDateTime::fromMSecsSinceEpoch(in.startsAt, tz).date();
    const QDate endDay = QDateTime::fromMSecsSinceEpoch(in.endsAt - 1, tz).date();
    if (in.contractorCode != u"own"_s)
        in.workerCodes = gatedWorkers(in.contractorCode, type, startDay, endDay);
    return in;
}

/// The permit's steps from its draft to `finalState`, each as the user who takes it.
void DemoPlantLoad::planPermitSteps(const PermitInput &in, const QString &finalState)
{
    const QString &code = in.code, &type = in.type, &area = in.areaCode;
    const QDate startDay = QDateTime::fromMSecsSinceEpoch(in.startsAt, tz).date();
    // GB 30871-2022 Table B.1: special and level-1 hot work are approved by the EHS manager.
    const QString grade = permits::Gb30871Rules::defaults().effectiveGrade(type, in.grade, in.startsAt, in.endsAt, "Asia/Shanghai");
    const QString supervisor = !permits::Gb30871Rules::defaults().approverRoles(grade).contains(u"area_supervisor"_s)
        ? u"demo.ehs"_s : area == u"CH2"_s ? u"demo.supervisor.ch2"_s : u"demo.supervisor.ca1"_s;
    qint64 created = std::min(in.startsAt - 20 * kHour, now - 2 * kHour);
    if (in.startsAt >= todayStart)
        created = std::max(created, todayStart - 12 * kHour + kMinute); // after today's roster is published
    timeline.at(created, [this, in, supervisor] {
        as(u"demo.coordinator"_s);
        PermitService(ctx).createDraft(in);
        ++result.permits;
    });
    if (finalState == u"draft"_s)
        return;
    // The permit's crew is on the day's roster before the permit is submitted (the gate checks it).
    timeline.at(created + 29 * kMinute, [this, in, startDay] {
        as(u"demo.coordinator"_s);
        for (const QString &w : in.workerCodes)
            if (db.scalar(u"SELECT count(*) FROM shift_assignments s JOIN people p ON p.id = s.person_id "
                          "WHERE p.code = ? AND s.work_date = ?"_s, {w, startDay.toString(Qt::ISODate)}).toInt() == 0)
                ContractorService(ctx).assignShift(u"DAY"_s, w, startDay, in.areaCode);
    });
    timeline.at(created + 30 * kMinute, [this, code] { as(u"demo.coordinator"_s); PermitService(ctx).apply(code, u"submit"_s); });
    if (finalState == u"submitted"_s)
        return;
    if (finalState == u"cancelled"_s) {
        timeline.at(created + 3 * kHour, [this, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"cancel"_s, u"scope changed: a new permit is needed"_s); });
        return;
    }
    const qint64 approveAt = std::min(in.startsAt - 30 * kMinute, now - kHour);
    timeline.at(approveAt, [this, code, supervisor] { demo::signAndApprove(ctx, code, supervisor, supervisor); });
    if (finalState == u"approved"_s)
        return;
    if (finalState == u"expired"_s && type == u"hot_work"_s) {
        timeline.at(in.endsAt + kMinute, [this, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"expire"_s, u"validity ended before the work started"_s); });
        return;
    }
    const qint64 gasAt = in.startsAt - 20 * kMinute;
    if (type == u"hot_work"_s || type == u"confined_space"_s)
        timeline.at(std::min(gasAt, now - 50 * kMinute), [this, code] {
            as(u"demo.safety"_s);
            PermitService(ctx).recordGasTest(code, clock.nowMs(), dice.real(0.0, 0.3), dice.real(20.2, 20.9), dice.real(0, 2), u"李娜"_s);
        });
    timeline.at(std::min(in.startsAt, now - 40 * kMinute), [this, code] { as(u"demo.coordinator"_s); PermitService(ctx).apply(code, u"activate"_s); });
    if (finalState == u"active"_s)
        return;
    if (finalState == u"suspended"_s) {
        timeline.at(now - 25 * kMinute, [this, code, supervisor] { as(supervisor); PermitService(ctx).apply(code, u"suspend"_s, u"guardian left the work site"_s); });
        return;
    }
    if (finalState == u"expired"_s) {
        timeline.at(in.endsAt + kMinute, [this, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"expire"_s, u"not closed within validity"_s); });
        return;
    }
    timeline.at(in.endsAt - 10 * kMinute, [this, code, supervisor] { as(supervisor); PermitService(ctx).apply(code, u"close"_s, u"work finished, site cleared"_s); });
}

} // namespace gl::demo
