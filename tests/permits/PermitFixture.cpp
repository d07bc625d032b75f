// SPDX-License-Identifier: Apache-2.0
#include "PermitFixture.h"
#include "demo/DemoLayout.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::test {
namespace {

QString creditCode(int n)
{
    const QString first17 = u"91320581MA1%1"_s.arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
    return first17 + ids::creditCodeCheckChar(first17);
}

QString residentId(int n)
{
    const QString first17 = u"32058119850101%1"_s.arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ids::residentIdCheckChar(first17);
}

/// The SQLite fixture is built once per test program and copied for each test (the build, mostly the demo
/// layout import and six Argon2 password hashes, costs far more than the copy). PostgreSQL builds every time.
struct SqliteTemplate {
    QTemporaryDir dir;
    QString path() const { return dir.path() + u"/permit-fixture.sqlite"_s; }
    bool built = false;
};

SqliteTemplate &sqliteTemplate()
{
    static SqliteTemplate t;
    return t;
}

} // namespace

qint64 PermitFixture::at(const QString &isoLocal)
{
    return QDateTime::fromString(isoLocal, Qt::ISODate).date().isValid()
        ? QDateTime(QDateTime::fromString(isoLocal, Qt::ISODate).date(), QDateTime::fromString(isoLocal, Qt::ISODate).time(),
                    QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch()
        : 0;
}

PermitFixture::PermitFixture(Backend backend, const QByteArray &layoutJson) : m_db(backend)
{
    if (!m_db.available())
        return;
    t0 = at(u"2026-03-02T08:00"_s);
    SqliteTemplate &tpl = sqliteTemplate();
    const bool useTemplate = backend == Backend::Sqlite && layoutJson.isEmpty(); // the template holds the demo layout
    if (useTemplate && tpl.built) {
        if (!QFile::copy(tpl.path(), m_db.url()))
            qFatal("cannot copy the permit fixture template %s", qPrintable(tpl.path()));
        m_store = m_db.open();
        ctx = std::make_unique<ServiceContext>(ServiceContext{*m_store, Actor::system(u"test"_s), &clock});
        clock.set(t0 - 2 * kHour);
        as(u"coord"_s); // where the build below leaves it
        return;
    }
    m_store = m_db.open();
    Schema::migrate(*m_store);
    clock.set(t0 - 10 * 24 * kHour);
    ctx = std::make_unique<ServiceContext>(ServiceContext{*m_store, Actor::system(u"test"_s), &clock});
    UserService users(*ctx);
    users.add(u"root"_s, u"Admin"_s, Role::Admin, u"a long enough password"_s);
    users.add(u"ehs"_s, u"EHS manager"_s, Role::EhsManager, u"a long enough password"_s);
    users.add(u"sup"_s, u"Area supervisor"_s, Role::AreaSupervisor, u"a long enough password"_s);
    users.add(u"coord"_s, u"Coordinator"_s, Role::ContractorCoordinator, u"a long enough password"_s);
    users.add(u"safety"_s, u"Safety officer"_s, Role::SafetyOfficer, u"a long enough password"_s);
    users.add(u"viewer"_s, u"Viewer"_s, Role::Viewer, u"a long enough password"_s);
    as(u"root"_s);
    const QByteArray json = layoutJson.isEmpty() ? demo::demoLayoutJson() : layoutJson;
    SiteService(*ctx).importLayout(site::SiteLayout::parse(json, layoutJson.isEmpty() ? u"demo"_s : u"layout.json"_s), json);

    as(u"coord"_s);
    ContractorService cs(*ctx);
    const QDate day(2026, 3, 2);
    cs.addShift(u"DAY"_s, u"Day shift"_s, u"08:00"_s, u"16:00"_s);
    cs.addEmployee(u"G-1"_s, u"Guardian One"_s, u"guardian"_s);
    cs.addCertificate(u"G-1"_s, {u"guardian"_s, u"JH-1"_s, day.addYears(-1), day.addYears(2), {}});
    cs.addEmployee(u"G-2"_s, u"Guardian Uncertified"_s, u"guardian"_s);
    cs.addEmployee(u"K-1"_s, u"Cross-work coordinator"_s, u"shift_leader"_s);
    cs.registerContractor({u"C-1"_s, u"Contractor One"_s, {}, creditCode(1), u"maintenance"_s, u"+86 1"_s, day.addDays(-100)});
    cs.registerContractor({u"C-2"_s, u"Contractor Two"_s, {}, creditCode(2), u"lifting"_s, u"+86 2"_s, day.addDays(-100)});
    // Both are admitted (issue #17): the four documents, the injury insurance paid for the past year and ahead.
    for (const QString &c : {u"C-1"_s, u"C-2"_s})
        for (const QString &kind : ContractorService::documentKinds())
            cs.addDocument(c, {kind, kind + u".pdf"_s, {}, QString(64, u'0'), day.addYears(-1), day.addYears(3), day.addYears(-1),
                               day.addYears(1)});
    struct W { const char16_t *code, *contractor; bool whitelisted, briefed, shift, certified; };
    const W workers[] = {
        {u"W-1", u"C-1", true, true, true, true},   {u"W-2", u"C-2", true, true, true, true},
        {u"W-3", u"C-1", false, false, true, true}, {u"W-4", u"C-1", true, true, false, true},
        {u"W-5", u"C-1", true, true, true, false},
    };
    int n = 0;
    for (const W &w : workers) {
        const QString code = QString::fromUtf16(w.code);
        cs.addWorker({code, u"Worker "_s + code, QString::fromUtf16(w.contractor), residentId(++n), u"fitter"_s, {},
                      w.briefed ? day.addDays(-30) : QDate(), w.whitelisted});
        if (w.certified)
            for (const QString &kind : {u"hot_work"_s, u"confined_space"_s, u"work_at_height"_s, u"lifting"_s, u"electrical"_s})
                cs.addCertificate(code, {kind, u"T-"_s + code + kind, day.addYears(-1), day.addYears(3), {}});
        if (w.shift)
            for (int d = -2; d <= 7; ++d)
                cs.assignShift(u"DAY"_s, code, day.addDays(d));
    }
    clock.set(t0 - 2 * kHour);
    if (useTemplate && !tpl.built && tpl.dir.isValid()) {
        m_store->exec(u"VACUUM INTO '"_s + tpl.path() + u"'"_s); // a consistent copy, WAL included
        tpl.built = true;
    }
}

void PermitFixture::as(const QString &user) { ctx->actor = UserService::actorFor(*m_store, user); }

int PermitFixture::auditCount() { return m_store->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(); }

PermitInput PermitFixture::input(const QString &code, const QString &type, const QString &grade, qint64 start, double hours,
                                 double x, double y, const QString &contractor)
{
    PermitInput in;
    in.code = code;
    in.type = type;
    in.grade = grade;
    in.contractorCode = contractor;
    in.areaCode = u"CA1"_s;
    in.title = u"test "_s + type;
    in.polygon = {{x, y}, {x + 10, y}, {x + 10, y + 6}, {x, y + 6}};
    in.zMin = 0;
    in.zMax = 4;
    in.startsAt = start;
    in.endsAt = start + qint64(hours * double(kHour));
    in.guardianCode = u"G-1"_s;
    in.workerCodes = {contractor == u"C-2"_s ? u"W-2"_s : u"W-1"_s};
    for (const permits::ChecklistItem &item : permits::Gb30871Rules::defaults().checklist(type))
        in.checks << item.key;
    return in;
}

void PermitFixture::signBeforeApproval(const QString &code)
{
    const Actor saved = ctx->actor;
    as(u"coord"_s);
    permits().signOff(code, u"guardian"_s, {true, {}, {}});
    as(u"sup"_s);
    permits().signOff(code, u"site_leader"_s, {true, {}, {}});
    ctx->actor = saved;
}

void PermitFixture::approve(const QString &code, const QString &approver)
{
    signBeforeApproval(code);
    as(approver);
    permits().signOff(code, u"approver"_s, {true, {}, {}});
}

void PermitFixture::makeActive(const PermitInput &in)
{
    as(u"coord"_s);
    permits().createDraft(in);
    permits().apply(in.code, u"submit"_s);
    as(u"ehs"_s);
    approve(in.code);
    clock.set(std::max(clock.nowMs(), in.startsAt));
    if (in.type == u"hot_work"_s || in.type == u"confined_space"_s) {
        as(u"safety"_s);
        permits().recordGasTest(in.code, clock.nowMs() - 10 * kMinute, 0.1, 20.8, 0, u"tester"_s);
    }
    as(u"coord"_s);
    permits().apply(in.code, u"activate"_s);
}

} // namespace gl::test
