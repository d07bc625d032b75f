// SPDX-License-Identifier: Apache-2.0
// Issue #6 workflow on both backends: sign-offs in the standard's order, the checklist before approval and
// 特级 hot work bound to the cameras that cover it.
#include "modules/admission/logic/ContractorService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/engine/logic/Housekeeping.h"
#include "PermitFixture.h"
#include "platform/util/Error.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using test::PermitFixture;
using test::refusal;
using test::count;

namespace {
constexpr qint64 kMinute = PermitFixture::kMinute, kHour = PermitFixture::kHour;


} // namespace

class TestPermitWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u"Query results lost"_s)); }

    void signOffOrder_data() { test::addBackendRows(); }
    void signOffOrder()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8));
        QCOMPARE(f.permits().nextSignOff(u"EX-1"_s), u"applicant"_s);
        f.permits().apply(u"EX-1"_s, u"submit"_s); // the applicant's signature
        QCOMPARE(f.permits().nextSignOff(u"EX-1"_s), u"guardian"_s);
        const int audits = f.auditCount();

        f.as(u"sup"_s);
        QString msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"site_leader"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"'site_leader' is out of order: 'guardian' (Guardian) signs first"_s), qPrintable(msg));
        f.as(u"ehs"_s);
        msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"approver"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"'approver' is out of order"_s), qPrintable(msg));
        msg = refusal([&] { f.permits().apply(u"EX-1"_s, u"approve"_s); });
        QVERIFY2(msg.contains(u"out of order"_s), qPrintable(msg));
        f.as(u"coord"_s);
        msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"guardian"_s, {false, {}, {}}); });
        QVERIFY2(msg.contains(u"signs at the work site (area CA1): confirm being on site"_s), qPrintable(msg));
        // A place is where an on-site signer was: given without being on site it is bad input, not stored.
        msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"guardian"_s, {false, u"north dike gate"_s, {}}); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"field 'place'"_s) && msg.contains(u"on_site"_s), qPrintable(msg));
        f.as(u"viewer"_s);
        QVERIFY(refusal([&] { f.permits().signOff(u"EX-1"_s, u"guardian"_s, {true, {}, {}}); }, ErrorCode::Forbidden) != u"NOT REFUSED"_s);
        QCOMPARE(f.auditCount(), audits); // refusals change nothing
        QCOMPARE(f.permits().state(u"EX-1"_s), u"submitted"_s);

        f.clock.set(f.t0 - 90 * kMinute);
        f.as(u"coord"_s);
        f.permits().signOff(u"EX-1"_s, u"guardian"_s, {true, u"north dike gate"_s, u"briefed"_s});
        msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"guardian"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"already signed"_s), qPrintable(msg));
        f.as(u"coord"_s); // a contractor coordinator is not the work-site leader
        msg = refusal([&] { f.permits().signOff(u"EX-1"_s, u"site_leader"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"is signed by area_supervisor or ehs_manager, not by 'coord'"_s), qPrintable(msg));
        f.clock.set(f.t0 - 80 * kMinute);
        f.as(u"sup"_s);
        f.permits().signOff(u"EX-1"_s, u"site_leader"_s, {true, {}, {}});
        f.as(u"ehs"_s);
        msg = refusal([&] { f.permits().apply(u"EX-1"_s, u"approve"_s); }); // approval is signed on site
        QVERIFY2(msg.contains(u"'approver'"_s) && msg.contains(u"confirm being on site"_s), qPrintable(msg));
        f.clock.set(f.t0 - 70 * kMinute);
        f.permits().signOff(u"EX-1"_s, u"approver"_s, {true, {}, u"checked at the trench"_s});
        QCOMPARE(f.permits().state(u"EX-1"_s), u"approved"_s);
        QCOMPARE(f.permits().nextSignOff(u"EX-1"_s), QString());

        const QList<SignOffRecord> s = f.permits().signOffs(u"EX-1"_s);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).step, u"applicant"_s);
        QCOMPARE(s.at(0).signer, u"coord"_s);
        QCOMPARE(s.at(1).step, u"guardian"_s);
        QCOMPARE(s.at(1).person, u"G-1"_s);
        QCOMPARE(s.at(1).place, u"north dike gate"_s);
        QVERIFY(s.at(1).onSite);
        QCOMPARE(s.at(1).signedAt, f.t0 - 90 * kMinute);
        QCOMPARE(s.at(1).nameZh, u"监护人"_s);
        QCOMPARE(s.at(2).signer, u"sup"_s);
        QCOMPARE(s.at(2).place, QString()); // on site without a place: nothing is made up (not the area code)
        QCOMPARE(s.at(3).step, u"approver"_s);
        QCOMPARE(s.at(3).role, u"ehs_manager"_s);
        QCOMPARE(s.at(3).signedAt, f.t0 - 70 * kMinute);
        QCOMPARE(s.at(3).contentSha256.size(), 64);
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM audit_log WHERE action = 'permit.sign_off' AND object_id = 'EX-1'"_s), 2);
        const QString approveDetails =
            f.db().scalar(u"SELECT details FROM audit_log WHERE action = 'permit.approve' AND object_id = 'EX-1'"_s).toString();
        QVERIFY2(approveDetails.contains(u"\"on_site\":true"_s) && approveDetails.contains(u"approver"_s), qPrintable(approveDetails));
    }

    void rejectVoidsSignOffs_data() { test::addBackendRows(); }
    void rejectVoidsSignOffs()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8));
        f.permits().apply(u"EX-1"_s, u"submit"_s);
        f.signBeforeApproval(u"EX-1"_s);
        f.as(u"ehs"_s);
        f.permits().apply(u"EX-1"_s, u"reject"_s, u"wrong trench"_s);
        QCOMPARE(f.permits().state(u"EX-1"_s), u"draft"_s);
        QVERIFY(f.permits().signOffs(u"EX-1"_s).isEmpty());
        f.as(u"coord"_s);
        f.permits().apply(u"EX-1"_s, u"submit"_s);
        QCOMPARE(f.permits().nextSignOff(u"EX-1"_s), u"guardian"_s); // the order starts over
        f.approve(u"EX-1"_s);
        QCOMPARE(f.permits().state(u"EX-1"_s), u"approved"_s);
    }

    void checklistBeforeApproval()
    {
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        PermitInput in = f.input(u"CS-1"_s, u"confined_space"_s, u"standard"_s, f.t0, 8);
        in.checks = {u"risk_analysis"_s};
        f.permits().createDraft(in);
        f.permits().apply(u"CS-1"_s, u"submit"_s);
        f.signBeforeApproval(u"CS-1"_s);
        f.as(u"ehs"_s);
        const QString msg = refusal([&] { f.permits().signOff(u"CS-1"_s, u"approver"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"checklist: 'blinded'"_s) && !msg.contains(u"'risk_analysis'"_s), qPrintable(msg));
        QVERIFY(refusal([&] { f.permits().setChecks(u"CS-1"_s, {u"nonsense"_s}); }, ErrorCode::Forbidden) != u"NOT REFUSED"_s);
        f.as(u"coord"_s);
        QVERIFY(refusal([&] { f.permits().setChecks(u"CS-1"_s, {u"nonsense"_s}); }, ErrorCode::BadInput).contains(u"'nonsense'"_s));
        f.permits().setChecks(u"CS-1"_s, f.input(u"X"_s, u"confined_space"_s, u"standard"_s, f.t0, 1).checks);
        f.as(u"ehs"_s);
        f.permits().signOff(u"CS-1"_s, u"approver"_s, {true, {}, {}});
        QCOMPARE(f.permits().state(u"CS-1"_s), u"approved"_s);
    }

    /// Issue #15 item 2: the checklist is versioned like the rest of the card, and the editor's "confirm the
    /// checklist and sign" is one change: a refused signature leaves the stored checklist as it was.
    void checklistIsVersionedWithTheSignature_data() { test::addBackendRows(); }
    void checklistIsVersionedWithTheSignature()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.as(u"coord"_s);
        PermitInput in = f.input(u"CS-2"_s, u"confined_space"_s, u"standard"_s, f.t0, 8);
        const QStringList all = in.checks;
        QVERIFY(all.size() >= 2);
        in.checks = {u"risk_analysis"_s};
        f.permits().createDraft(in);
        f.permits().apply(u"CS-2"_s, u"submit"_s);
        const auto stored = [&] {
            QStringList c = f.permits().card(u"CS-2"_s).checksDone;
            c.sort();
            return c;
        };
        const QStringList before = stored();
        const qint64 shown = f.permits().card(u"CS-2"_s).rowVersion;
        const qsizetype signedBefore = f.permits().signOffs(u"CS-2"_s).size(); // the applicant's, with the submit

        // Another workstation changes the checklist: the one that still shows the old card is refused.
        f.permits().setChecks(u"CS-2"_s, {u"risk_analysis"_s, all.last()}, shown);
        const qint64 now = f.permits().card(u"CS-2"_s).rowVersion;
        QVERIFY(now > shown);
        QString msg = refusal([&] { f.permits().setChecks(u"CS-2"_s, all, shown); });
        QVERIFY2(msg.contains(u"CS-2"_s), qPrintable(msg));
        QCOMPARE(stored().size(), 2);
        msg = refusal([&] { f.permits().confirmChecksAndSign(u"CS-2"_s, all, u"guardian"_s, {true, {}, {}}, shown); });
        QVERIFY2(msg.contains(u"CS-2"_s), qPrintable(msg));
        QCOMPARE(stored().size(), 2);
        QCOMPARE(f.permits().signOffs(u"CS-2"_s).size(), signedBefore);

        // A signature refused (the approver's step before the guardian's): the new checklist is not kept either.
        msg = refusal([&] { f.permits().confirmChecksAndSign(u"CS-2"_s, all, u"approver"_s, {true, {}, {}}, now); },
                      ErrorCode::Forbidden);
        QVERIFY2(msg != u"NOT REFUSED"_s, qPrintable(msg));
        QCOMPARE(stored().size(), 2);
        QCOMPARE(f.permits().card(u"CS-2"_s).rowVersion, now);

        // On the current card: both, in one change.
        f.permits().confirmChecksAndSign(u"CS-2"_s, all, u"guardian"_s, {true, {}, {}}, now);
        QStringList expected = all;
        expected.sort();
        QCOMPARE(stored(), expected);
        QCOMPARE(f.permits().signOffs(u"CS-2"_s).size(), signedBefore + 1);
        QCOMPARE(f.permits().nextSignOff(u"CS-2"_s), u"site_leader"_s);
        QVERIFY(before != expected);
    }

    void cameraBinding_data() { test::addBackendRows(); }
    void cameraBinding()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"HW-1"_s, u"hot_work"_s, u"special"_s, f.t0, 8, 650, 350)); // no camera sees it
        f.permits().createDraft(f.input(u"HW-2"_s, u"hot_work"_s, u"special"_s, f.t0, 8, 75, 75));     // CAM-01 sees it
        f.permits().createDraft(f.input(u"HW-3"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 650, 300));   // level2: no binding
        for (const QString &c : {u"HW-1"_s, u"HW-2"_s, u"HW-3"_s}) {
            f.as(u"coord"_s);
            f.permits().apply(c, u"submit"_s);
            f.signBeforeApproval(c);
        }
        f.as(u"ehs"_s);
        QString msg = refusal([&] { f.permits().signOff(u"HW-1"_s, u"approver"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"cameras: special hot_work is bound to at least 1 online-capable camera"_s) && msg.contains(u"no camera covers it"_s),
                 qPrintable(msg));
        QVERIFY(f.permits().cameras(u"HW-1"_s).isEmpty());
        QCOMPARE(f.permits().cameras(u"HW-2"_s).first().code, u"CAM-01"_s);
        QVERIFY(!f.permits().cameras(u"HW-2"_s).first().bound);
        // A camera without a usable feed does not count.
        f.db().exec(u"UPDATE cameras SET url = 'not configured' WHERE code = 'CAM-01'"_s);
        msg = refusal([&] { f.permits().signOff(u"HW-2"_s, u"approver"_s, {true, {}, {}}); });
        QVERIFY2(msg.contains(u"CAM-01 (no usable feed URL)"_s), qPrintable(msg));
        f.db().exec(u"UPDATE cameras SET url = 'rtsp://127.0.0.1:8554/cam-01' WHERE code = 'CAM-01'"_s);
        f.permits().signOff(u"HW-2"_s, u"approver"_s, {true, {}, {}});
        const QList<PermitCamera> cams = f.permits().cameras(u"HW-2"_s);
        QVERIFY(!cams.isEmpty());
        QCOMPARE(cams.first().code, u"CAM-01"_s);
        QVERIFY(cams.first().bound && cams.first().onlineCapable);
        QVERIFY(cams.first().distance > 0 && cams.first().distance < 90);
        const QString details = f.db().scalar(u"SELECT details FROM audit_log WHERE action = 'permit.approve' AND object_id = 'HW-2'"_s).toString();
        QVERIFY2(details.contains(u"\"cameras\":[\"CAM-01\""_s), qPrintable(details));
        f.permits().signOff(u"HW-3"_s, u"approver"_s, {true, {}, {}});
        QCOMPARE(f.permits().state(u"HW-3"_s), u"approved"_s);
    }

};

QTEST_GUILESS_MAIN(TestPermitWorkflow)
#include "tst_permit_workflow.moc"
