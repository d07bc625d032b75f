// SPDX-License-Identifier: Apache-2.0
// The permission matrix, and that the services (not the UI) enforce it.
#include "demo/DemoLayout.h"
#include "demo/DemoPhotos.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/site/logic/SiteService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
/// A hazard report with the three photos the service requires (synthesized scene photos and a real face).
gl::HazardInput withPhotos(gl::HazardInput in, qint64 at)
{
    QFile face(QStringLiteral(GUARDLINE_TEST_DATA "/vision/face.jpg"));
    if (!gl::photoInspector() || !face.open(QIODevice::ReadOnly))
        qFatal("the photo inspector or the test face is missing");
    in.panorama = {demo::demoPhoto(QStringLiteral("panorama"), 1, in.areaCode, true, at - 60000), QStringLiteral("pano.jpg")};
    in.defect = {demo::demoPhoto(QStringLiteral("defect"), 1, in.areaCode, true, at - 30000), QStringLiteral("defect.jpg")};
    in.defectRegion = demo::demoDefectRegion(1);
    in.face = {face.readAll(), QStringLiteral("face.jpg")};
    return in;
}
} // namespace

class TestPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("allowed");
        // The rules that matter for safety, written out independently of the data file.
        const struct { const char *role, *perm; bool ok; } rows[] = {
            {"admin", "user.manage", true},          {"admin", "permit.approve", true},
            {"dispatcher", "alarm.ack", true},       {"dispatcher", "dispatch.manage", true},
            {"dispatcher", "permit.approve", false}, {"dispatcher", "user.manage", false},
            {"ehs_manager", "report.generate", true}, {"ehs_manager", "permit.approve", true},
            {"ehs_manager", "user.manage", false},   {"safety_officer", "hazard.report", true},
            {"safety_officer", "permit.gas_test", true}, {"safety_officer", "permit.approve", false},
            {"area_supervisor", "permit.approve", true}, {"area_supervisor", "hazard.rectify", true},
            {"area_supervisor", "contractor.edit", false}, {"contractor_coordinator", "contractor.edit", true},
            {"contractor_coordinator", "permit.apply", true}, {"contractor_coordinator", "permit.approve", false},
            {"viewer", "data.read", true},           {"viewer", "hazard.report", false},
            {"viewer", "alarm.ack", false},          {"viewer", "audit.read", false},
        };
        for (const auto &r : rows)
            QTest::addRow("%s/%s", r.role, r.perm) << QString::fromLatin1(r.role) << QString::fromLatin1(r.perm) << r.ok;
    }
    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, permission);
        QFETCH(bool, allowed);
        QVERIFY(PermissionMatrix::defaults().permissions().contains(permission));
        QCOMPARE(PermissionMatrix::defaults().allows(roleFromKey(role), permission), allowed);
    }

    void unknownRoleHasNoRights()
    {
        for (const QString &p : PermissionMatrix::defaults().permissions())
            QVERIFY(!PermissionMatrix::defaults().allows(Role::Unknown, p));
    }

    void servicesEnforceTheMatrix()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        ManualClock clock(1'767'225'600'000);
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        UserService users(ctx);
        users.add(u"root"_s, u"Admin"_s, Role::Admin, u"a long enough password"_s);
        ctx.actor = UserService::actorFor(*db, u"root"_s);
        users.add(u"viewer"_s, u"Viewer"_s, Role::Viewer, u"a long enough password"_s);
        users.add(u"disp"_s, u"Dispatcher"_s, Role::Dispatcher, u"a long enough password"_s);
        const QByteArray json = demo::demoLayoutJson();
        SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);

        const int auditBefore = db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        ctx.actor = UserService::actorFor(*db, u"viewer"_s);
        try {
            HazardService(ctx).report(withPhotos({u"HZ-1"_s, u"fire"_s, u"general"_s, u"CA1"_s, {}, u"extinguisher missing"_s}, clock.nowMs()));
            QFAIL("a viewer reported a hazard");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
            QVERIFY2(e.message().contains(u"viewer"_s) && e.message().contains(u"hazard.report"_s), qPrintable(e.message()));
        }
        try {
            UserService(ctx).add(u"mallory"_s, u"M"_s, Role::Admin, u"a long enough password"_s);
            QFAIL("a viewer added an admin");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
        }
        // A dispatcher may report, but not approve a permit.
        ctx.actor = UserService::actorFor(*db, u"disp"_s);
        HazardService(ctx).report(withPhotos({u"HZ-2"_s, u"fire"_s, u"general"_s, u"CA1"_s, {}, u"extinguisher missing"_s}, clock.nowMs()));
        ctx.actor = UserService::actorFor(*db, u"root"_s);
        PermitInput p;
        p.code = u"HW-1"_s;
        p.type = u"hot_work"_s;
        p.grade = u"level2"_s;
        p.areaCode = u"CA1"_s;
        p.title = u"weld flange"_s;
        p.polygon = {{60, 60}, {66, 60}, {66, 66}, {60, 66}};
        p.startsAt = clock.nowMs() + 3'600'000;
        p.endsAt = p.startsAt + 4 * 3'600'000;
        // GB 30871: a permit is submitted with a certified guardian (PermitService enforces it).
        ContractorService(ctx).addEmployee(u"G-1"_s, u"Guardian"_s, u"guardian"_s);
        ContractorService(ctx).addCertificate(u"G-1"_s, {u"guardian"_s, u"JH-1"_s, QDate(2025, 1, 1), QDate(2028, 1, 1), {}});
        p.guardianCode = u"G-1"_s;
        PermitService(ctx).createDraft(p);
        PermitService(ctx).apply(u"HW-1"_s, u"submit"_s);
        ctx.actor = UserService::actorFor(*db, u"disp"_s);
        try {
            PermitService(ctx).apply(u"HW-1"_s, u"approve"_s);
            QFAIL("a dispatcher approved a permit");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
        }
        QCOMPARE(PermitService(ctx).state(u"HW-1"_s), u"submitted"_s);
        // Only the allowed changes were audited: hazard HZ-2, the guardian and certificate, the draft and its submission.
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), auditBefore + 5);
    }

    // Issue #17: a signed-in session (the app keeps its actor for hours) of an account that an administrator
    // disables is refused at its next change, and one given another role acts with that role from then on.
    void aSessionFollowsTheAccountInTheStore()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        ManualClock clock(1'767'225'600'000);
        ServiceContext admin{*db, Actor::system(u"test"_s), &clock};
        UserService(admin).add(u"root"_s, u"Admin"_s, Role::Admin, u"a long enough password"_s);
        admin.actor = UserService::authenticate(*db, u"root"_s, u"a long enough password"_s);
        UserService(admin).add(u"ops"_s, u"Second admin"_s, Role::Admin, u"a long enough password"_s);
        ServiceContext ops{*db, UserService::authenticate(*db, u"ops"_s, u"a long enough password"_s), &clock};
        UserService(ops).add(u"first"_s, {}, Role::Viewer, u"a long enough password"_s); // allowed while enabled

        UserService(admin).setEnabled(u"ops"_s, false);
        const int auditBefore = db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        try {
            UserService(ops).add(u"second"_s, {}, Role::Viewer, u"a long enough password"_s);
            QFAIL("the session of a disabled account added a user");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
            QVERIFY2(e.message().contains(u"'ops' is disabled"_s), qPrintable(e.message()));
        }
        try {
            UserService(ops).setEnabled(u"ops"_s, true); // nor can it enable itself again
            QFAIL("the session of a disabled account re-enabled it");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
        }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM users WHERE username = 'second'"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), auditBefore);
        QVERIFY(!UserService(ops).list().isEmpty()); // reading is not a change: the store's own access control applies

        // Enabled again but demoted to viewer: the session (still holding "admin" from its sign-in) may no longer manage users.
        UserService(admin).setEnabled(u"ops"_s, true);
        UserService(admin).setRole(u"ops"_s, Role::Viewer);
        QCOMPARE(ops.actor.role, Role::Admin);
        try {
            UserService(ops).resetPassword(u"root"_s, u"taken over by ops"_s);
            QFAIL("a demoted session reset the admin's password");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
            QVERIFY2(e.message().contains(u"role viewer"_s) && e.message().contains(u"user.manage"_s), qPrintable(e.message()));
        }
        UserService::authenticate(*db, u"root"_s, u"a long enough password"_s); // unchanged
        // Promoted back: allowed again at once.
        UserService(admin).setRole(u"ops"_s, Role::Admin);
        UserService(ops).add(u"second"_s, {}, Role::Viewer, u"a long enough password"_s);
        QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'user.add' AND object_id = 'second'"_s).toString(), u"ops"_s);
    }

    void stateMachineRefusesSkippingSteps()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        ManualClock clock(1'767'225'600'000);
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        const QByteArray json = demo::demoLayoutJson();
        SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
        HazardService hs(ctx);
        hs.report(withPhotos({u"HZ-9"_s, u"electrical"_s, u"general"_s, u"UT1"_s, {}, u"cabinet open"_s}, clock.nowMs()));
        try {
            hs.apply(u"HZ-9"_s, u"accept"_s);
            QFAIL("a reported hazard was closed without rectification");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QVERIFY(e.message().contains(u"possible: "_s));
        }
        // 重大 names the standard's criteria, and cannot be assigned without the six-item rectification plan.
        HazardInput major = withPhotos({u"HZ-10"_s, u"electrical"_s, u"major"_s, u"UT1"_s, {}, u"transformer oil leak"_s}, clock.nowMs());
        major.criteria = {u"MC-01"_s};
        hs.report(major);
        try {
            hs.assign(u"HZ-10"_s, u"P-1"_s);
            QFAIL("a major hazard without a rectification plan was assigned");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"plan"_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
