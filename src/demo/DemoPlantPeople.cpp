// SPDX-License-Identifier: Apache-2.0
// The demo's people (DemoPlantLoad.h): its own staff, the contractors with their documents, workers and
// certificates, the courses they took, and today's shift roster.
#include "demo/DemoAdmission.h"
#include "demo/DemoPlantLoad.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/training/logic/TrainingService.h"
#include "platform/domain/Identifiers.h"

using namespace Qt::StringLiterals;

namespace gl::demo {

struct DemoPlantLoad::ContractorSeed {
    const char16_t *code, *name, *nameZh, *trade;
    int workers;
    int expiredDocDays;  ///< > 0: one document expired that many days ago, and the insurance proof is short:
                         ///< the contractor is not admitted (none of these staffs the demo's permits)
    int expiringDocDays; ///< > 0: one document expires in that many days
};

namespace {

const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s, u"周"_s, u"吴"_s,
                               u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s, u"高"_s, u"林"_s, u"何"_s, u"郭"_s, u"马"_s, u"罗"_s};
const QStringList kGiven = {u"伟"_s, u"强"_s, u"磊"_s, u"军"_s, u"勇"_s, u"杰"_s, u"涛"_s, u"明"_s, u"超"_s, u"刚"_s,
                            u"平"_s, u"辉"_s, u"鹏"_s, u"华"_s, u"飞"_s, u"建国"_s, u"志强"_s, u"海涛"_s, u"晓东"_s, u"春生"_s};

const DemoPlantLoad::ContractorSeed kContractors[] = {
    {u"C-001", u"Huatai Maintenance Engineering", u"华泰检修工程有限公司", u"maintenance", 18, 0, 0},
    {u"C-002", u"Jiangnan Welding Services", u"江南焊接技术服务有限公司", u"welding", 16, 0, 21},
    {u"C-003", u"Gaoli Scaffolding", u"高立脚手架工程有限公司", u"scaffolding", 15, 0, 12},
    {u"C-004", u"Xinneng Electrical Installation", u"鑫能电气安装有限公司", u"electrical", 14, 0, 0},
    {u"C-005", u"Tianli Crane & Rigging", u"天力起重吊装有限公司", u"lifting", 12, 0, 9},
    {u"C-006", u"Qingyuan Tank Cleaning", u"清源储罐清洗有限公司", u"tank_cleaning", 15, 0, 26},
    {u"C-007", u"Hengtong Civil Works", u"恒通土建工程有限公司", u"civil", 16, 0, 0},
    {u"C-008", u"Ruike Instrumentation", u"瑞科仪表自动化有限公司", u"instrumentation", 14, 3, 0},
};

/// The special-operation certificates a contractor's workers hold, by its trade.
const QMap<QString, QStringList> kCertsByTrade = {
    {u"maintenance"_s, {u"hot_work"_s, u"electrical"_s}}, {u"welding"_s, {u"hot_work"_s}},
    {u"scaffolding"_s, {u"work_at_height"_s}}, {u"electrical"_s, {u"electrical"_s}},
    {u"lifting"_s, {u"lifting"_s, u"rigging"_s}}, {u"tank_cleaning"_s, {u"confined_space"_s}},
    {u"civil"_s, {u"excavation"_s}}, {u"instrumentation"_s, {u"electrical"_s}}};

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

} // namespace

void DemoPlantLoad::addEmployees()
{
    // Employees: operators, guardians (监护人) and supervisors.
    clock.set(now - 38 * kDay);
    as(u"demo.coordinator"_s);
    ContractorService cs(ctx);
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
}

void DemoPlantLoad::addContractors()
{
    // Contractors with their documents, workers and special-operation certificates (still as the coordinator).
    int workerNo = 0, contractorNo = 0;
    for (const ContractorSeed &c : kContractors) {
        ++contractorNo;
        const QString code = QString::fromUtf16(c.code);
        ContractorService(ctx).registerContractor({code, QString::fromUtf16(c.name), QString::fromUtf16(c.nameZh), creditCode(contractorNo),
                                                   QString::fromUtf16(c.trade), u"+86 512 5%1"_s.arg(contractorNo * 1234567 % 10000000),
                                                   today.addDays(-200 - contractorNo * 13)});
        ++result.contractors;
        addContractorDocuments(c, code, contractorNo);
        addContractorWorkers(c, code, workerNo);
    }
}

void DemoPlantLoad::addContractorDocuments(const ContractorSeed &c, const QString &code, int contractorNo)
{
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
        ContractorService(ctx).addDocument(code, {kinds[k], file, demo::documentPdf(code, kinds[k], issued, expires), {}, issued,
                                                  expires, coversFrom, coversTo});
    }
}

/// The contractor's workers (`workerNo` counts them across contractors), their site lead first.
void DemoPlantLoad::addContractorWorkers(const ContractorSeed &c, const QString &code, int &workerNo)
{
    ContractorService cs(ctx);
    const QStringList certKinds = kCertsByTrade.value(QString::fromUtf16(c.trade));
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

void DemoPlantLoad::addCourses()
{
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
}

void DemoPlantLoad::planTodaysRoster()
{
    // Today's shift roster, published the evening before: most contractor workers on the day shift.
    timeline.at(todayStart - 12 * kHour, [this] {
        as(u"demo.coordinator"_s);
        for (auto it = workersOf.cbegin(); it != workersOf.cend(); ++it)
            for (const QString &w : it.value())
                if (dice.chance(0.7))
                    ContractorService(ctx).assignShift(u"DAY"_s, w, today, dice.pick(workAreas));
    });
}

} // namespace gl::demo
