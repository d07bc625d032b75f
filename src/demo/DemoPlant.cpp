// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoPlant.h"
#include "demo/DemoAdmission.h"
#include "demo/DemoAnalytics.h"
#include "demo/DemoHazards.h"
#include "demo/DemoLayout.h"
#include "demo/DemoPermitSignOffs.h"
#include "demo/DemoProcedures.h"
#include "demo/DemoSafetyMetrics.h"
#include "demo/DemoTelemetrySeed.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "modules/training/logic/TrainingService.h"
#include "platform/auth/UserService.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <functional>
#include <random>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

/// Deterministic choices: the same demo on every machine and every run.
struct Dice {
    std::mt19937 rng{20260302u};
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
    bool chance(double p) { return real(0, 1) < p; }
    template<class T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }
};

const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s,
                               u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s, u"高"_s, u"林"_s, u"何"_s, u"郭"_s, u"马"_s, u"罗"_s};
const QStringList kGiven = {u"伟"_s, u"强"_s, u"磊"_s, u"军"_s, u"勇"_s, u"杰"_s, u"涛"_s, u"明"_s, u"超"_s, u"刚"_s,
                            u"平"_s, u"辉"_s, u"鹏"_s, u"华"_s, u"飞"_s, u"建国"_s, u"志强"_s, u"海涛"_s, u"晓东"_s, u"春生"_s};

struct ContractorSeed {
    const char16_t *code, *name, *nameZh, *trade;
    int workers;
    int expiredDocDays;  ///< > 0: one document expired that many days ago, and the insurance proof is short:
                         ///< the contractor is not admitted (none of these staffs the demo's permits)
    int expiringDocDays; ///< > 0: one document expires in that many days
};

const ContractorSeed kContractors[] = {
    {u"C-001", u"Huatai Maintenance Engineering", u"华泰检修工程有限公司", u"maintenance", 18, 0, 0},
    {u"C-002", u"Jiangnan Welding Services", u"江南焊接技术服务有限公司", u"welding", 16, 0, 21},
    {u"C-003", u"Gaoli Scaffolding", u"高立脚手架工程有限公司", u"scaffolding", 15, 0, 12},
    {u"C-004", u"Xinneng Electrical Installation", u"鑫能电气安装有限公司", u"electrical", 14, 0, 0},
    {u"C-005", u"Tianli Crane & Rigging", u"天力起重吊装有限公司", u"lifting", 12, 0, 9},
    {u"C-006", u"Qingyuan Tank Cleaning", u"清源储罐清洗有限公司", u"tank_cleaning", 15, 0, 26},
    {u"C-007", u"Hengtong Civil Works", u"恒通土建工程有限公司", u"civil", 16, 0, 0},
    {u"C-008", u"Ruike Instrumentation", u"瑞科仪表自动化有限公司", u"instrumentation", 14, 3, 0},
};

QString creditCode(int n)
{
    // 9 (industry & commerce) 1 (enterprise) 320581 (Changshu) + 9-character organisation code + check.
    const QString first17 = u"91320581"_s + u"MA1%1"_s.arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
    return first17 + ids::creditCodeCheckChar(first17);
}

QString residentId(int n, QDate birth)
{
    const QString first17 = u"320581"_s + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ids::residentIdCheckChar(first17);
}

site::Polygon box(QPointF c, double w, double h)
{
    return {{c.x() - w / 2, c.y() - h / 2}, {c.x() + w / 2, c.y() - h / 2}, {c.x() + w / 2, c.y() + h / 2}, {c.x() - w / 2, c.y() + h / 2}};
}

/// Runs the history in time order: each step sets the clock and acts as one of the demo users.
class Timeline {
public:
    void at(qint64 t, std::function<void()> step) { m_steps.push_back({t, m_seq++, std::move(step)}); }
    void run(ManualClock &clock)
    {
        std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.t < b.t; });
        // The audit chain is appended in time order: a step that falls inside the previous step's
        // span (an incident lasting minutes) starts when that one ended.
        for (Step &s : m_steps) {
            clock.set(std::max(s.t, clock.nowMs()));
            s.fn();
        }
    }

private:
    struct Step {
        qint64 t;
        int seq;
        std::function<void()> fn;
    };
    std::vector<Step> m_steps;
    int m_seq = 0;
};

} // namespace

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
    const QTimeZone tz("Asia/Shanghai");
    const qint64 now = nowTime.toMSecsSinceEpoch();
    const QDate today = nowTime.toTimeZone(tz).date();
    const qint64 todayStart = QDateTime(today, QTime(0, 0), tz).toMSecsSinceEpoch();
    auto siteTime = [&](int dayOffset, int hour, int minute = 0) {
        return QDateTime(today.addDays(dayOffset), QTime(hour, minute), tz).toMSecsSinceEpoch();
    };

    Dice dice;
    ManualClock clock(now - 40 * kDay);
    ServiceContext ctx{db, Actor::system(u"demo"_s), &clock};
    Transaction tx(db); // the whole demo or nothing
    auto as = [&](const QString &user) { ctx.actor = UserService::actorFor(db, user); };

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
    {
        UserService us(ctx);
        for (const U &u : users) {
            us.addDemoAccount(QString::fromUtf16(u.user), QString::fromUtf16(u.name), u.role);
            ++result.users;
        }
    }

    // The site layout, as an installer would import it: its mesh file goes into the store with it.
    as(u"demo.admin"_s);
    const QByteArray layoutJson = demo::demoLayoutJson();
    const site::SiteLayout layout = site::SiteLayout::parse(layoutJson, u"plant-layout.json"_s, demo::demoLayoutDir());
    SiteService(ctx).importLayout(layout, layoutJson);

    // Employees: operators, guardians (监护人) and supervisors.
    clock.set(now - 38 * kDay);
    as(u"demo.coordinator"_s);
    ContractorService cs(ctx);
    QStringList employees, guardians;
    for (int i = 1; i <= 24; ++i) {
        const QString code = u"E-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        const QString name = dice.pick(kSurnames) + dice.pick(kGiven);
        const QString job = i <= 8 ? u"guardian"_s : (i <= 12 ? u"shift_leader"_s : u"operator"_s);
        cs.addEmployee(code, name, job);
        employees << code;
        if (job == u"guardian"_s) {
            guardians << code;
            cs.addCertificate(code, {u"guardian"_s, u"JH-2025-%1"_s.arg(100 + i), today.addYears(-1), today.addYears(2), {}});
        }
    }
    cs.addShift(u"DAY"_s, u"Day shift"_s, u"08:00"_s, u"16:00"_s);
    cs.addShift(u"MID"_s, u"Middle shift"_s, u"16:00"_s, u"24:00"_s);
    cs.addShift(u"NIGHT"_s, u"Night shift"_s, u"00:00"_s, u"08:00"_s);

    // Contractors with their documents, workers and special-operation certificates.
    static const QMap<QString, QStringList> certsByTrade = {
        {u"maintenance"_s, {u"hot_work"_s, u"electrical"_s}}, {u"welding"_s, {u"hot_work"_s}},
        {u"scaffolding"_s, {u"work_at_height"_s}}, {u"electrical"_s, {u"electrical"_s}},
        {u"lifting"_s, {u"lifting"_s, u"rigging"_s}}, {u"tank_cleaning"_s, {u"confined_space"_s}},
        {u"civil"_s, {u"excavation"_s}}, {u"instrumentation"_s, {u"electrical"_s}}};
    QMap<QString, QStringList> workersOf;
    int workerNo = 0, contractorNo = 0;
    for (const ContractorSeed &c : kContractors) {
        ++contractorNo;
        const QString code = QString::fromUtf16(c.code);
        cs.registerContractor({code, QString::fromUtf16(c.name), QString::fromUtf16(c.nameZh), creditCode(contractorNo),
                               QString::fromUtf16(c.trade), u"+86 512 5%1"_s.arg(contractorNo * 1234567 % 10000000),
                               today.addDays(-200 - contractorNo * 13)});
        ++result.contractors;
        const QStringList kinds = ContractorService::documentKinds();
        for (int k = 0; k < kinds.size(); ++k) {
            QDate expires = today.addDays(120 + 30 * k + contractorNo * 5);
            if (c.expiredDocDays && k == contractorNo % 4)
                expires = today.addDays(-c.expiredDocDays);
            if (c.expiringDocDays && k == (contractorNo + 1) % 4)
                expires = today.addDays(c.expiringDocDays);
            const QString file = u"%1-%2.pdf"_s.arg(code, kinds[k]);
            // The injury-insurance payment proof covers the past year up to the end of last month (admitted);
            // for a contractor with an expired document it stopped three months ago (short: not admitted).
            QDate coversFrom, coversTo;
            if (kinds[k] == u"injury_insurance"_s) {
                coversFrom = today.addYears(-1);
                coversTo = QDate(today.year(), today.month(), 1).addDays(-1);
                if (c.expiredDocDays) { // and the policy itself lapsed with the last payment
                    coversTo = QDate(today.year(), today.month(), 1).addMonths(-3).addDays(-1);
                    expires = coversTo;
                }
            }
            // The payment proof is issued for the period it covers (valid from its first day).
            const QDate issued = kinds[k] == u"injury_insurance"_s ? coversFrom : expires.addYears(-1);
            // A small real PDF per document (issue #5: viewable in the Contractors dock, SHA-256 of its bytes).
            cs.addDocument(code, {kinds[k], file, demo::documentPdf(code, kinds[k], issued, expires), {}, issued, expires, coversFrom,
                                  coversTo});
        }
        const QStringList certKinds = certsByTrade.value(QString::fromUtf16(c.trade));
        for (int w = 0; w < c.workers; ++w) {
            ++workerNo;
            const QString wcode = u"W-%1"_s.arg(workerNo, 4, 10, QLatin1Char('0'));
            const QDate birth = QDate(1968 + dice.between(0, 32), dice.between(1, 12), dice.between(1, 28));
            const bool lead = w == 0;
            WorkerInput in{wcode, dice.pick(kSurnames) + dice.pick(kGiven), code, residentId(workerNo, birth),
                           lead ? u"site_lead"_s : dice.pick(certKinds) + u"_worker"_s,
                           u"139%1"_s.arg(10000000 + workerNo * 7717 % 89999999),
                           dice.chance(0.88) ? today.addDays(-dice.between(5, 150)) : QDate(), dice.chance(0.94)};
            cs.addWorker(in);
            ++result.workers;
            workersOf[code] << wcode;
            if (!lead || dice.chance(0.5)) {
                // Special-operation certificates: valid 6 years, reviewed every 3; some lapse.
                const QString kind = dice.pick(certKinds);
                QDate expires = today.addDays(dice.between(60, 1800));
                if (dice.chance(0.12))
                    expires = today.addDays(-dice.between(1, 200));
                else if (dice.chance(0.08))
                    expires = today.addDays(dice.between(1, 29));
                cs.addCertificate(wcode, {kind, u"T%1%2"_s.arg(320581).arg(100000 + workerNo * 37),
                                          expires.addYears(-6), expires, expires.addYears(-3)});
            }
        }
    }
    // Courses bound to workstation risks, and who completed them.
    clock.set(now - 36 * kDay);
    as(u"demo.safety"_s);
    TrainingService ts(ctx);
    struct Course { const char16_t *code, *title, *zh, *tags; int months; };
    const Course courses[] = {
        {u"TR-01", u"Site safety briefing", u"厂级安全交底", u"all", 12},
        {u"TR-02", u"Hot work safety (GB 30871)", u"动火作业安全", u"hot_work,fire", 12},
        {u"TR-03", u"Confined space entry and rescue", u"受限空间作业与救援", u"confined_space,toxic_gas", 12},
        {u"TR-04", u"Chlorine leak emergency response", u"氯气泄漏应急处置", u"toxic_gas,chlorine", 12},
        {u"TR-05", u"Molten metal and pour-floor safety", u"铁水浇铸安全", u"molten_metal,high_temperature", 12},
        {u"TR-06", u"Working at height and fall arrest", u"高处作业与防坠落", u"work_at_height", 24},
        {u"TR-07", u"Lifting operations and signalling", u"吊装作业与指挥信号", u"lifting", 24},
        {u"TR-08", u"Combustible gas detection", u"可燃气体检测", u"combustible_gas", 12},
    };
    for (const Course &c : courses)
        ts.addCourse(QString::fromUtf16(c.code), QString::fromUtf16(c.title), QString::fromUtf16(c.zh),
                     QString::fromUtf16(c.tags).split(u','), c.months);
    for (auto it = workersOf.cbegin(); it != workersOf.cend(); ++it)
        for (const QString &w : it.value())
            if (dice.chance(0.6))
                ts.recordCompletion(w, dice.pick(QList<QString>{u"TR-02"_s, u"TR-03"_s, u"TR-04"_s, u"TR-05"_s, u"TR-06"_s, u"TR-07"_s}),
                                    today.addDays(-dice.between(20, 400)), dice.between(70, 100));

    Timeline timeline;
    // Today's shift roster, published the evening before: most contractor workers on the day shift.
    const QStringList workAreas = {u"CA1"_s, u"EL1"_s, u"TF1"_s, u"CH2"_s, u"UT1"_s, u"WH1"_s};
    timeline.at(todayStart - 12 * kHour, [&] {
        as(u"demo.coordinator"_s);
        for (auto it = workersOf.cbegin(); it != workersOf.cend(); ++it)
            for (const QString &w : it.value())
                if (dice.chance(0.7))
                    ContractorService(ctx).assignShift(u"DAY"_s, w, today, dice.pick(workAreas));
    });
    QHash<QString, const site::Area *> areaByCode;
    for (const site::Area &a : layout.areas)
        areaByCode.insert(a.code, &a);
    auto equipmentIn = [&](const QString &area) {
        QList<const site::Equipment *> out;
        for (const site::Equipment &e : layout.equipment)
            if (e.area == area)
                out << &e;
        return out;
    };

    // ---- Special-work permits: 30, in every state of the lifecycle. ----
    struct PermitPlan { const char16_t *type, *prefix, *grade, *area; const char16_t *finalState; int dayOffset; int startHour, hours; };
    const PermitPlan plans[] = {
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
    QMap<QString, int> perPrefix;
    QHash<QString, QString> tradeContractor = {{u"hot_work"_s, u"C-002"_s}, {u"blind_plate"_s, u"C-001"_s},
                                              {u"work_at_height"_s, u"C-003"_s}, {u"lifting"_s, u"C-005"_s},
                                              {u"temporary_power"_s, u"C-004"_s}, {u"confined_space"_s, u"C-006"_s},
                                              {u"excavation"_s, u"C-007"_s}, {u"road_closure"_s, u"own"_s}};
    // Up to three workers of the contractor who pass the WorkGate's admission checks for the permit's days
    // (whitelisted, briefed, certified for the type); their shift is rostered before submission.
    auto gatedWorkers = [&](const QString &contractor, const QString &type, QDate startDay, QDate endDay) {
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
    };
    QPointF lastHotWorkCa1;
    for (const PermitPlan &p : plans) {
        const QString prefix = QString::fromUtf16(p.prefix);
        const QString code = u"%1-%2"_s.arg(prefix).arg(++perPrefix[prefix] + 100, 4, 10, QLatin1Char('0'));
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
        in.contractorCode = tradeContractor.value(type);
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
        const QString finalState = QString::fromUtf16(p.finalState);
        // GB 30871-2022 Table B.1: special and level-1 hot work are approved by the EHS manager.
        const QString grade = permits::Gb30871Rules::defaults().effectiveGrade(type, in.grade, in.startsAt, in.endsAt, "Asia/Shanghai");
        const QString supervisor = !permits::Gb30871Rules::defaults().approverRoles(grade).contains(u"area_supervisor"_s)
            ? u"demo.ehs"_s : area == u"CH2"_s ? u"demo.supervisor.ch2"_s : u"demo.supervisor.ca1"_s;
        qint64 created = std::min(in.startsAt - 20 * kHour, now - 2 * kHour);
        if (in.startsAt >= todayStart)
            created = std::max(created, todayStart - 12 * kHour + kMinute); // after today's roster is published
        timeline.at(created, [&, in, supervisor] {
            as(u"demo.coordinator"_s);
            PermitService(ctx).createDraft(in);
            ++result.permits;
        });
        if (finalState == u"draft"_s)
            continue;
        // The permit's crew is on the day's roster before the permit is submitted (the gate checks it).
        timeline.at(created + 29 * kMinute, [&, in, startDay] {
            as(u"demo.coordinator"_s);
            for (const QString &w : in.workerCodes)
                if (db.scalar(u"SELECT count(*) FROM shift_assignments s JOIN people p ON p.id = s.person_id "
                              "WHERE p.code = ? AND s.work_date = ?"_s, {w, startDay.toString(Qt::ISODate)}).toInt() == 0)
                    ContractorService(ctx).assignShift(u"DAY"_s, w, startDay, in.areaCode);
        });
        timeline.at(created + 30 * kMinute, [&, code] { as(u"demo.coordinator"_s); PermitService(ctx).apply(code, u"submit"_s); });
        if (finalState == u"submitted"_s)
            continue;
        if (finalState == u"cancelled"_s) {
            timeline.at(created + 3 * kHour, [&, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"cancel"_s, u"scope changed: a new permit is needed"_s); });
            continue;
        }
        const qint64 approveAt = std::min(in.startsAt - 30 * kMinute, now - kHour);
        timeline.at(approveAt, [&, code, supervisor] { demo::signAndApprove(ctx, code, supervisor, supervisor); });
        if (finalState == u"approved"_s)
            continue;
        if (finalState == u"expired"_s && type == u"hot_work"_s) {
            timeline.at(in.endsAt + kMinute, [&, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"expire"_s, u"validity ended before the work started"_s); });
            continue;
        }
        const qint64 gasAt = in.startsAt - 20 * kMinute;
        if (type == u"hot_work"_s || type == u"confined_space"_s)
            timeline.at(std::min(gasAt, now - 50 * kMinute), [&, code] {
                as(u"demo.safety"_s);
                PermitService(ctx).recordGasTest(code, clock.nowMs(), dice.real(0.0, 0.3), dice.real(20.2, 20.9), dice.real(0, 2), u"李娜"_s);
            });
        timeline.at(std::min(in.startsAt, now - 40 * kMinute), [&, code] { as(u"demo.coordinator"_s); PermitService(ctx).apply(code, u"activate"_s); });
        if (finalState == u"active"_s)
            continue;
        if (finalState == u"suspended"_s) {
            timeline.at(now - 25 * kMinute, [&, code, supervisor] { as(supervisor); PermitService(ctx).apply(code, u"suspend"_s, u"guardian left the work site"_s); });
            continue;
        }
        if (finalState == u"expired"_s) {
            timeline.at(in.endsAt + kMinute, [&, code] { as(u"demo.ehs"_s); PermitService(ctx).apply(code, u"expire"_s, u"not closed within validity"_s); });
            continue;
        }
        timeline.at(in.endsAt - 10 * kMinute, [&, code, supervisor] { as(supervisor); PermitService(ctx).apply(code, u"close"_s, u"work finished, site cleared"_s); });
    }

    // ---- Hazards: 50, across the closed loop. ----
    struct HazardSeed { const char16_t *category, *text; };
    const HazardSeed hazardTexts[] = {
        {u"equipment", u"Guard missing on coupling"}, {u"electrical", u"Distribution box not locked"},
        {u"fire", u"Fire extinguisher pressure low"}, {u"chemical", u"Flange weeping at valve"},
        {u"work_at_height", u"Guardrail loose on platform"}, {u"housekeeping", u"Oil spill on walkway"},
        {u"behaviour", u"Worker without safety harness at height"}, {u"ppe", u"Gas mask cartridges expired"},
        {u"lifting", u"Wire rope with broken strands"}, {u"traffic", u"Forklift speeding in warehouse"},
        {u"confined_space", u"Manway open without barrier"}, {u"environment", u"Drain cover missing at dike"},
    };
    const QStringList hazardStates = {u"reported"_s, u"assigned"_s, u"rectifying"_s, u"pending_verification"_s,
                                      u"closed"_s, u"reinspected"_s, u"reopened"_s};
    const int perState[] = {6, 8, 7, 5, 10, 10, 4};
    int hazardNo = 0;
    const QString portraitPerson = employees.value(8);
    timeline.at(now - 30 * kDay, [&, portraitPerson] { as(u"demo.safety"_s); demo::fileDemoPortrait(ctx, portraitPerson); });
    for (int s = 0; s < hazardStates.size(); ++s) {
        for (int k = 0; k < perState[s]; ++k) {
            ++hazardNo;
            const QString code = u"HZ-%1"_s.arg(hazardNo + 2000, 5, 10, QLatin1Char('0'));
            const QString area = dice.pick(workAreas);
            const QList<const site::Equipment *> eqs = equipmentIn(area);
            const site::Equipment *eq = eqs.at(dice.between(0, int(eqs.size()) - 1));
            const HazardSeed &seed = hazardTexts[dice.between(0, int(std::size(hazardTexts)) - 1)];
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
            const QString state = hazardStates[s];
            const int steps = int(hazardStates.indexOf(state)); // how far along the loop it went
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
            in.responsibleCode = portraitPerson;
            timeline.at(t[0], [&, in, variant, qr, at = t[0]]() mutable {
                as(u"demo.safety"_s);
                demo::attachReportPhotos(in, variant, qr, at);
                HazardService(ctx).report(in);
                ++result.hazards;
            });
            if (state == u"reported"_s)
                continue;
            timeline.at(t[1], [&, code, assignee, deadline] { as(u"demo.safety"_s); HazardService(ctx).assign(code, assignee, deadline); });
            if (state == u"assigned"_s)
                continue;
            timeline.at(t[2], [&, code] { as(u"demo.supervisor.ca1"_s); HazardService(ctx).apply(code, u"start"_s); });
            if (state == u"rectifying"_s)
                continue;
            timeline.at(t[3], [&, code, variant, qr, at = t[3]] {
                as(u"demo.supervisor.ca1"_s);
                HazardService(ctx).submitRectification(code, demo::hazardPhoto(u"after"_s, variant, qr, false, at), u"guard refitted"_s);
            });
            if (state == u"pending_verification"_s)
                continue;
            if (state == u"reopened"_s && k % 2 == 0) {
                timeline.at(t[4], [&, code] { as(u"demo.ehs"_s); HazardService(ctx).apply(code, u"reject"_s, u"after-photo shows the same defect"_s); });
                continue;
            }
            timeline.at(t[4], [&, code] { as(u"demo.ehs"_s); HazardService(ctx).apply(code, u"accept"_s, u"verified on photo"_s); });
            if (state == u"closed"_s)
                continue;
            timeline.at(t[5], [&, code, state, variant, qr, at = t[5]] {
                as(u"demo.safety"_s);
                const bool back = state != u"reinspected"_s; // the defect has come back: the check reopens it
                HazardService(ctx).reinspect(code, demo::hazardPhoto(u"reinspection"_s, variant, qr, back, at),
                                             back ? u"72 h re-inspection: guard missing again"_s : u"72 h re-inspection: fixed"_s);
            });
        }
    }

    // ---- Alarms, dispatch orders and interruption times over the month. ----
    // Each message in English and Chinese (the rules' name / name_zh): a zh workstation shows the latter.
    struct AlarmSeed { const char16_t *rule, *tag, *severity, *area, *message, *messageZh; };
    const AlarmSeed alarmSeeds[] = {
        {u"ca1-cl2-high", u"CA1.CL2_K201", u"critical", u"CA1", u"Chlorine 5.2 ppm at compressor K-201", u"K-201 压缩机处氯气 5.2 ppm"},
        {u"tf-lel-1st", u"TF.LEL_T103", u"high", u"TF1", u"Combustible gas 22% LEL at tank T-103", u"T-103 储罐可燃气体 22% LEL"},
        {u"el1-h2-1st", u"EL1.H2_2", u"high", u"EL1", u"Hydrogen 18% LEL over electrolyser 3", u"3 号电解槽上方氢气 18% LEL"},
        {u"casting-co-fan", u"CH2.CO_ppm", u"critical", u"CH2", u"CO rising with fume fan speed dropping", u"CO 上升且排烟风机转速下降"},
        {u"ut1-tr-oil", u"UT1.TR1_OIL_T", u"medium", u"UT1", u"Transformer 1 oil temperature 88 °C", u"1 号变压器油温 88 °C"},
        {u"wh1-smoke", u"WH1.SMOKE_1", u"high", u"WH1", u"Smoke detected in warehouse bay A", u"仓库 A 区检测到烟雾"},
        {u"sensor-stale", u"TF.LVL_T102", u"low", u"TF1", u"Level transmitter T-102 silent for 5 min", u"T-102 液位变送器 5 分钟无数据"},
    };
    int orderNo = 0;
    std::mt19937 peopleRng{0x7e0e1e};
    std::normal_distribution<double> peopleDist;
    auto people = [&] { return peopleDist(peopleRng); };
    for (int day = -29; day <= 0; ++day) {
        const int count = dice.between(0, 2) + (day > -10 ? 0 : 1);
        for (int k = 0; k < count; ++k) {
            const AlarmSeed &a = alarmSeeds[dice.between(0, int(std::size(alarmSeeds)) - 1)];
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
            timeline.at(raised, [&, a, detected, verifyMs, respondMs, confirmMs, order, critical] {
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
            });
        }
    }
    // Live now: a casting-house CO + fan-drop alarm with an unacknowledged HALT POUR, and more.
    timeline.at(now - 95 * 1000, [&] {
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
    timeline.at(now - 7 * kMinute, [&] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService(ctx).raiseAlarm(u"tf-lel-1st"_s, u"TF.LEL_T104"_s, u"high"_s, u"TF1"_s,
                                          u"Combustible gas 24% LEL at tank T-104 (1st level)"_s, now - 7 * kMinute, 0,
                                          u"T-104 储罐可燃气体 24% LEL(一级)"_s);
        ++result.alarms;
    });
    timeline.at(now - 18 * kMinute, [&] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService ops(ctx);
        const qint64 id = ops.raiseAlarm(u"ut1-tr-oil"_s, u"UT1.TR2_OIL_T"_s, u"medium"_s, u"UT1"_s,
                                         u"Transformer 2 oil temperature 86 °C"_s, now - 18 * kMinute, 0, u"2 号变压器油温 86 °C"_s);
        ++result.alarms;
        clock.advance(40'000);
        as(QString::fromLatin1(DemoPlant::dispatcher));
        OperationsService(ctx).acknowledgeAlarm(id);
    });
    timeline.at(now - 3 * kMinute, [&] {
        ctx.actor = Actor::system(u"rules"_s);
        OperationsService(ctx).raiseAlarm(u"sensor-stale"_s, u"TF.LVL_T102"_s, u"low"_s, u"TF1"_s,
                                          u"Level transmitter T-102 silent for 5 min"_s, now - 3 * kMinute, 0,
                                          u"T-102 液位变送器 5 分钟无数据"_s);
        ++result.alarms;
    });

    timeline.run(clock);
    demo::loadSafetyMetrics(ctx, today, tz); // issue #9: a year of hours worked and incidents for the dashboards
    demo::loadTelemetrySeed(ctx, now); // issue #8: on-duty roster for the auto-assignment of dispatch orders
    demo::loadAnalyticsHistory(ctx, now, tz); // issue #8: a year of earlier orders (interruption time YoY), CH2 quality history
    demo::loadAdmission(ctx, clock, now, today, tz); // issue #5: gate tablets and this morning's check-ins (people on site)
    tx.commit();
    result.created = true;
    result.auditEntries = db.scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
    qCInfo(lcDemo) << "demo plant loaded:" << result.permits << "permits," << result.hazards << "hazards,"
                   << result.alarms << "alarms," << result.auditEntries << "audit entries";
    return result;
}

} // namespace gl
