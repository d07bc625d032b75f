// SPDX-License-Identifier: Apache-2.0
// DemoPlant::load and the stages of the demo's history that are not people or permits: the accounts, the
// layout, the hazards across their closed loop, a month of incidents and what is live now (DemoPlantLoad.h).
#include "demo/DemoPlant.h"
#include "demo/DemoAdmission.h"
#include "demo/DemoAnalytics.h"
#include "demo/DemoHazards.h"
#include "demo/DemoLayout.h"
#include "demo/DemoPlantLoad.h"
#include "demo/DemoProcedures.h"
#include "demo/DemoSafetyMetrics.h"
#include "demo/DemoTelemetrySeed.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QTimeZone>

#include <random>

using namespace Qt::StringLiterals;

namespace gl {

using demo::DemoPlantLoad;

QDateTime DemoPlant::defaultNow()
{
    return processClock().now();
}

DemoResult DemoPlant::load(Database &db, QDateTime nowTime)
{
    DemoResult result;
    if (db.scalar(u"SELECT count(*) FROM sites"_s).toInt() > 0) {
        const QString site = db.scalar(u"SELECT code FROM sites ORDER BY id LIMIT 1"_s).toString();
        if (site != QLatin1String(siteCode))
            fail(ErrorCode::BadInput, u"%1 holds the site '%2', not the demo plant: the demo is loaded only into its own store "
                                      "(an empty one)"_s.arg(db.describe(), site));
        qCInfo(lcDemo) << "the demo site exists already; the demo is not loaded again";
        return result;
    }
    if (db.scalar(u"SELECT count(*) FROM users"_s).toInt() > 0 || db.scalar(u"SELECT count(*) FROM contractors"_s).toInt() > 0)
        fail(ErrorCode::BadInput, u"%1 already holds accounts or contractors of another site: the demo is loaded only into an "
                                  "empty store"_s.arg(db.describe()));
    if (!nowTime.isValid())
        nowTime = defaultNow();

    DemoPlantLoad plant(db, nowTime, result);
    Transaction tx(db); // the whole demo or nothing
    plant.addUsers();
    plant.importLayout();
    plant.addEmployees();
    plant.addContractors();
    plant.addCourses();
    plant.planTodaysRoster();
    plant.planPermits();
    plant.planHazards();
    plant.planIncidents();
    plant.planLiveAlarms();
    plant.runHistory();
    tx.commit();
    result.created = true;
    result.auditEntries = db.scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
    qCInfo(lcDemo) << "demo plant loaded:" << result.permits << "permits," << result.hazards << "hazards,"
                   << result.alarms << "alarms," << result.auditEntries << "audit entries";
    return result;
}

namespace demo {

DemoPlantLoad::DemoPlantLoad(Database &store, const QDateTime &nowTime, DemoResult &counts)
    : db(store),
      result(counts),
      now(nowTime.toMSecsSinceEpoch()),
      today(nowTime.toTimeZone(tz).date()),
      todayStart(QDateTime(today, QTime(0, 0), tz).toMSecsSinceEpoch()),
      clock(now - 40 * kDay),
      ctx{store, Actor::system(u"demo"_s), &clock},
      workAreas{u"CA1"_s, u"EL1"_s, u"TF1"_s, u"CH2"_s, u"UT1"_s, u"WH1"_s}
{
}

void DemoPlantLoad::as(const QString &user)
{
    ctx.actor = UserService::actorFor(db, user);
}

qint64 DemoPlantLoad::siteTime(int dayOffset, int hour, int minute) const
{
    return QDateTime(today.addDays(dayOffset), QTime(hour, minute), tz).toMSecsSinceEpoch();
}

QList<const site::Equipment *> DemoPlantLoad::equipmentIn(const QString &area) const
{
    QList<const site::Equipment *> out;
    for (const site::Equipment &e : layout.equipment)
        if (e.area == area)
            out << &e;
    return out;
}

void DemoPlantLoad::addUsers()
{
    // People who run the site: demo.<role>, password "demo" (CONTRACTS.md section 2); the app's --demo signs
    // in as the dispatcher without asking, on this store only.
    struct U { const char16_t *user, *name; Role role; };
    const U users[] = {
        {u"demo.admin", u"Site administrator", Role::Admin},
        {u"demo.dispatcher", u"陈静 Chen Jing (dispatcher)", Role::Dispatcher},
        {u"demo.ehs", u"王磊 Wang Lei (EHS manager)", Role::EhsManager},
        {u"demo.safety", u"李娜 Li Na (safety officer)", Role::SafetyOfficer},
        {u"demo.supervisor.ca1", u"赵刚 Zhao Gang (CA1 supervisor)", Role::AreaSupervisor},
        {u"demo.supervisor.ch2", u"周涛 Zhou Tao (CH2 supervisor)", Role::AreaSupervisor},
        {u"demo.coordinator", u"刘洋 Liu Yang (contractor coordinator)", Role::ContractorCoordinator},
        {u"demo.viewer", u"Visitor", Role::Viewer},
    };
    UserService us(ctx);
    for (const U &u : users) {
        us.addDemoAccount(QString::fromUtf16(u.user), QString::fromUtf16(u.name), u.role);
        ++result.users;
    }
}

void DemoPlantLoad::importLayout()
{
    // The site layout, as an installer would import it: its mesh file goes into the store with it.
    as(u"demo.admin"_s);
    const QByteArray layoutJson = demoLayoutJson();
    layout = site::SiteLayout::parse(layoutJson, u"plant-layout.json"_s, demoLayoutDir());
    SiteService(ctx).importLayout(layout, layoutJson);
    for (const site::Area &a : layout.areas)
        areaByCode.insert(a.code, &a);
}

// ---- Hazards: 50, across the closed loop. ----

namespace {

struct HazardSeed { const char16_t *category, *text; };
const HazardSeed kHazardTexts[] = {
    {u"equipment", u"Guard missing on coupling"}, {u"electrical", u"Distribution box not locked"},
    {u"fire", u"Fire extinguisher pressure low"}, {u"chemical", u"Flange weeping at valve"},
    {u"work_at_height", u"Guardrail loose on platform"}, {u"housekeeping", u"Oil spill on walkway"},
    {u"behaviour", u"Worker without safety harness at height"}, {u"ppe", u"Gas mask cartridges expired"},
    {u"lifting", u"Wire rope with broken strands"}, {u"traffic", u"Forklift speeding in warehouse"},
    {u"confined_space", u"Manway open without barrier"}, {u"environment", u"Drain cover missing at dike"},
};
const QStringList kHazardStates = {u"reported"_s, u"assigned"_s, u"rectifying"_s, u"pending_verification"_s,
                                   u"closed"_s, u"reinspected"_s, u"reopened"_s};
const int kHazardsPerState[] = {6, 8, 7, 5, 10, 10, 4};

} // namespace

void DemoPlantLoad::planHazards()
{
    const QString portraitPerson = employees.value(8);
    timeline.at(now - 30 * kDay, [this, portraitPerson] { as(u"demo.safety"_s); demo::fileDemoPortrait(ctx, portraitPerson); });
    for (int s = 0; s < kHazardStates.size(); ++s)
        for (int k = 0; k < kHazardsPerState[s]; ++k)
            planHazard(kHazardStates[s], k);
}

/// The `k`th hazard that ends in `state`: reported, and as far along the loop as that state.
void DemoPlantLoad::planHazard(const QString &state, int k)
{
    ++hazardNo;
    const QString code = u"HZ-%1"_s.arg(hazardNo + 2000, 5, 10, QLatin1Char('0'));
    const QString area = dice.pick(workAreas);
    const QList<const site::Equipment *> eqs = equipmentIn(area);
    const site::Equipment *eq = eqs.at(dice.between(0, int(eqs.size()) - 1));
    const HazardSeed &seed = kHazardTexts[dice.between(0, int(std::size(kHazardTexts)) - 1)];
    HazardInput in;
    in.code = code;
    in.category = QString::fromUtf16(seed.category);
    in.grade = hazardNo % 9 == 0 ? u"major"_s : u"general"_s;
    in.areaCode = area;
    in.equipmentCode = eq->code;
    in.description = QString::fromUtf16(seed.text) + u" (" + eq->name + u')';
    in.x = eq->position.x + dice.real(-3, 3);
    in.y = eq->position.y + dice.real(-3, 3);
    in.z = eq->position.z;
    if (in.grade == u"major"_s)
        in.criteria = {u"MC-04"_s};
    if (in.grade == u"major"_s)
        in.plan = {{u"goal"_s, u"Eliminate the hazard and prevent recurrence"_s}, {u"measures"_s, u"Isolate, repair, inspect"_s},
                   {u"funding"_s, u"CNY 48,000 from the maintenance budget"_s}, {u"responsible"_s, u"赵刚 Zhao Gang"_s},
                   {u"deadline"_s, u"7 days"_s}, {u"emergency_plan"_s, u"Site emergency plan chapter 4"_s}};
    const int steps = int(kHazardStates.indexOf(state)); // how far along the loop it went
    const bool overdue = state == u"assigned"_s && k < 3;
    // Step times: report, assign, start, submit, verdict, re-inspection (72 h after closure).
    QList<qint64> t;
    t << (steps <= 2 ? now - (overdue ? dice.between(60, 120) : dice.between(3, 40)) * kHour
                     : now - dice.between(5, 29) * kDay);
    t << t.last() + dice.between(1, 3) * kHour;
    t << t.last() + dice.between(1, 8) * kHour;
    t << t.last() + dice.between(4, 30) * kHour;
    t << t.last() + dice.between(1, 6) * kHour;
    t << t.last() + 72 * kHour;
    const int last = state == u"reopened"_s ? (k % 2 == 0 ? 4 : 5) : std::min(steps, 5);
    if (t.at(last) > now - 5 * kMinute) { // keep the whole chain in the past
        const qint64 shift = t.at(last) - (now - 5 * kMinute);
        for (qint64 &v : t)
            v -= shift;
    }
    const qint64 deadline = overdue ? t[1] + 24 * kHour : t[1] + (in.grade == u"major"_s ? 7 : 3) * kDay;
    const QString assignee = dice.pick(employees.mid(8));
    // Photos (demo/DemoHazards.cpp): synthesized per hazard, checked like any other.
    const int variant = hazardNo;
    const QString qr = eq->qr;
    in.responsibleCode = employees.value(8); // the portrait person (planHazards)
    timeline.at(t[0], [this, in, variant, qr, at = t[0]]() mutable {
        as(u"demo.safety"_s);
        demo::attachReportPhotos(in, variant, qr, at);
        HazardService(ctx).report(in);
        ++result.hazards;
    });
    if (state == u"reported"_s)
        return;
    timeline.at(t[1], [this, code, assignee, deadline] { as(u"demo.safety"_s); HazardService(ctx).assign(code, assignee, deadline); });
    if (state == u"assigned"_s)
        return;
    timeline.at(t[2], [this, code] { as(u"demo.supervisor.ca1"_s); HazardService(ctx).apply(code, u"start"_s); });
    if (state == u"rectifying"_s)
        return;
    timeline.at(t[3], [this, code, variant, qr, at = t[3]] {
        as(u"demo.supervisor.ca1"_s);
        HazardService(ctx).submitRectification(code, demo::hazardPhoto(u"after"_s, variant, qr, false, at), u"guard refitted"_s);
    });
    if (state == u"pending_verification"_s)
        return;
    if (state == u"reopened"_s && k % 2 == 0) {
        timeline.at(t[4], [this, code] { as(u"demo.ehs"_s); HazardService(ctx).apply(code, u"reject"_s, u"after-photo shows the same defect"_s); });
        return;
    }
    timeline.at(t[4], [this, code] { as(u"demo.ehs"_s); HazardService(ctx).apply(code, u"accept"_s, u"verified on photo"_s); });
    if (state == u"closed"_s)
        return;
    timeline.at(t[5], [this, code, state, variant, qr, at = t[5]] {
        as(u"demo.safety"_s);
        const bool back = state != u"reinspected"_s; // the defect has come back: the check reopens it
        HazardService(ctx).reinspect(code, demo::hazardPhoto(u"reinspection"_s, variant, qr, back, at),
                                     back ? u"72 h re-inspection: guard missing again"_s : u"72 h re-inspection: fixed"_s);
    });
}

// ---- Alarms, dispatch orders and interruption times over the month. ----
// Each message in English and Chinese (the rules' name / name_zh): a zh workstation shows the latter.
struct DemoPlantLoad::AlarmSeed { const char16_t *rule, *tag, *severity, *area, *message, *messageZh; };

namespace {

const DemoPlantLoad::AlarmSeed kAlarmSeeds[] = {
    {u"ca1-cl2-high", u"CA1.CL2_K201", u"critical", u"CA1", u"Chlorine 5.2 ppm at compressor K-201", u"K-201 压缩机处氯气 5.2 ppm"},
    {u"tf-lel-1st", u"TF.LEL_T103", u"high", u"TF1", u"Combustible gas 22% LEL at tank T-103", u"T-103 储罐可燃气体 22% LEL"},
    {u"el1-h2-1st", u"EL1.H2_2", u"high", u"EL1", u"Hydrogen 18% LEL over electrolyser 3", u"3 号电解槽上方氢气 18% LEL"},
    {u"casting-co-fan", u"CH2.CO_ppm", u"critical", u"CH2", u"CO rising with fume fan speed dropping", u"CO 上升且排烟风机转速下降"},
    {u"ut1-tr-oil", u"UT1.TR1_OIL_T", u"medium", u"UT1", u"Transformer 1 oil temperature 88 °C", u"1 号变压器油温 88 °C"},
    {u"wh1-smoke", u"WH1.SMOKE_1", u"high", u"WH1", u"Smoke detected in warehouse bay A", u"仓库 A 区检测到烟雾"},
    {u"sensor-stale", u"TF.LVL_T102", u"low", u"TF1", u"Level transmitter T-102 silent for 5 min", u"T-102 液位变送器 5 分钟无数据"},
};

} // namespace

void DemoPlantLoad::planIncidents()
{
    std::mt19937 peopleRng{0x7e0e1e};
    std::normal_distribution<double> peopleDist;
    auto people = [&] { return peopleDist(peopleRng); };
    for (int day = -29; day <= 0; ++day) {
        const int count = dice.between(0, 2) + (day > -10 ? 0 : 1);
        for (int k = 0; k < count; ++k) {
            const AlarmSeed &a = kAlarmSeeds[dice.between(0, int(std::size(kAlarmSeeds)) - 1)];
            const qint64 detected = siteTime(day, dice.between(0, 23), dice.between(0, 59));
            if (detected > now - 3 * kHour)
                continue;
            const QString order = u"DO-%1"_s.arg(++orderNo + 5000);
            // How long the people take: the demo's one incident model (demo/DemoAnalytics.h), live since day -29.
            const double normals[4] = {people(), people(), people(), people()};
            const demo::ResponseTimes t = demo::responseTimes(normals, true, day + 29);
            const qint64 raised = detected + std::max<qint64>(1000, qint64(t.detect * 1000)); // the rule's for_s, the engine
            const qint64 verifyMs = qint64(t.verify * 1000), respondMs = qint64(t.respond * 1000), confirmMs = qint64(t.confirm * 1000);
            const bool critical = QStringView(a.severity) == u"critical";
            timeline.at(raised, [this, a, detected, verifyMs, respondMs, confirmMs, order, critical] {
                playIncident(a, detected, verifyMs, respondMs, confirmMs, order, critical);
            });
        }
    }
}

/// One incident of the month, as the timeline plays it: the alarm, its order and their phases.
void DemoPlantLoad::playIncident(const AlarmSeed &a, qint64 detected, qint64 verifyMs, qint64 respondMs, qint64 confirmMs,
                                 const QString &order, bool critical)
{
    // The timeline starts a step that overlaps the previous one when that one ended: the phases
    // follow from the moment this alarm is actually raised, so the audit chain stays in time order.
    const qint64 raisedAt = clock.nowMs(), acked = raisedAt + verifyMs, arrived = acked + respondMs,
                 confirmed = arrived + confirmMs;
    ctx.actor = Actor::system(u"rules"_s);
    OperationsService ops(ctx);
    const qint64 alarmId = ops.raiseAlarm(QString::fromUtf16(a.rule), QString::fromUtf16(a.tag), QString::fromUtf16(a.severity),
                                          QString::fromUtf16(a.area), QString::fromUtf16(a.message), raisedAt, detected,
                                          QString::fromUtf16(a.messageZh));
    ++result.alarms;
    ctx.actor = Actor::system(u"dispatch"_s); // the rule's dispatch action opens the order with the alarm
    OperationsService(ctx).openOrder(order, alarmId, QString::fromUtf16(a.area), QString::fromUtf16(a.message),
                                     QString::fromUtf16(a.severity), critical ? 10 * kMinute : 30 * kMinute,
                                     QString::fromUtf16(a.messageZh));
    clock.set(acked);
    as(QString::fromLatin1(DemoPlant::dispatcher));
    OperationsService dops(ctx);
    dops.acknowledgeAlarm(alarmId);
    if (QStringView(a.rule) == u"casting-co-fan")
        dops.acknowledgeInstruction(dops.pushInstruction(order, u"casting-house-2"_s, u"HALT POUR"_s, 60'000, u"停止浇注"_s));
    dops.applyOrder(order, u"assign"_s, u"demo.supervisor.ch2"_s);
    clock.set(std::max(clock.nowMs() + 1000, arrived));
    as(u"demo.supervisor.ch2"_s); // the assignee's own steps: on scene, resolved
    OperationsService(ctx).applyOrder(order, u"arrive"_s);
    OperationsService(ctx).applyOrder(order, u"resolve"_s, {}, u"area made safe"_s);
    as(QString::fromLatin1(DemoPlant::dispatcher));
    demo::completeProcedure(ctx, clock, order, order.mid(3).toInt()); // issue #8: the alarm type's procedure steps
    clock.set(std::max(clock.nowMs() + 1000, confirmed));
    dops.applyOrder(order, u"confirm"_s);
    ctx.actor = Actor::system(u"rules"_s);
    OperationsService(ctx).clearAlarm(alarmId);
}

void DemoPlantLoad::planLiveAlarms()
{
    // Live now: a casting-house CO + fan-drop alarm with an unacknowledged HALT POUR, and more.
    timeline.at(now - 95 * 1000, [this] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService ops(ctx);
        const qint64 id = ops.raiseAlarm(u"casting-co-fan"_s, u"CH2.CO_ppm"_s, u"critical"_s, u"CH2"_s,
                                         u"CO +64 ppm in 60 s while fume fan dropped 18%: halt pour"_s, now - 95 * 1000, 0,
                                         u"60 秒内 CO 上升 64 ppm,排烟风机转速下降 18%:停止浇注"_s);
        ++result.alarms;
        clock.advance(2000);
        ctx.actor = Actor::system(u"dispatch"_s);
        OperationsService auto_(ctx);
        auto_.openOrder(u"DO-%1"_s.arg(++orderNo + 5000), id, u"CH2"_s, u"Casting house 2: CO rise with fan drop"_s, u"critical"_s, 10 * kMinute,
                        u"二号铸造车间:CO 上升且风机减速"_s);
        auto_.pushInstruction(u"DO-%1"_s.arg(orderNo + 5000), u"casting-house-2"_s, u"HALT POUR"_s, 60'000, u"停止浇注"_s);
    });
    timeline.at(now - 7 * kMinute, [this] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService(ctx).raiseAlarm(u"tf-lel-1st"_s, u"TF.LEL_T104"_s, u"high"_s, u"TF1"_s,
                                          u"Combustible gas 24% LEL at tank T-104 (1st level)"_s, now - 7 * kMinute, 0,
                                          u"T-104 储罐可燃气体 24% LEL(一级)"_s);
        ++result.alarms;
    });
    timeline.at(now - 18 * kMinute, [this] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService ops(ctx);
        const qint64 id = ops.raiseAlarm(u"ut1-tr-oil"_s, u"UT1.TR2_OIL_T"_s, u"medium"_s, u"UT1"_s,
                                         u"Transformer 2 oil temperature 86 °C"_s, now - 18 * kMinute, 0, u"2 号变压器油温 86 °C"_s);
        ++result.alarms;
        clock.advance(40'000);
        as(QString::fromLatin1(DemoPlant::dispatcher));
        OperationsService(ctx).acknowledgeAlarm(id);
    });
    timeline.at(now - 3 * kMinute, [this] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService(ctx).raiseAlarm(u"sensor-stale"_s, u"TF.LVL_T102"_s, u"low"_s, u"TF1"_s,
                                          u"Level transmitter T-102 silent for 5 min"_s, now - 3 * kMinute, 0,
                                          u"T-102 液位变送器 5 分钟无数据"_s);
        ++result.alarms;
    });
}

void DemoPlantLoad::runHistory()
{
    timeline.run(clock);
    demo::loadSafetyMetrics(ctx, today, tz); // issue #9: a year of hours worked and incidents for the dashboards
    demo::loadTelemetrySeed(ctx, now); // issue #8: on-duty roster for the auto-assignment of dispatch orders
    demo::loadAnalyticsHistory(ctx, now, tz); // issue #8: a year of earlier orders (interruption time YoY), CH2 quality history
    demo::loadAdmission(ctx, clock, now, today, tz); // issue #5: gate tablets and this morning's check-ins (people on site)
}

} // namespace demo
} // namespace gl
