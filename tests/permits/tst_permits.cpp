// SPDX-License-Identifier: Apache-2.0
// GB 30871-2022 enforced by PermitService: validity, guardian, gating, approver, SIMOPS conflicts, gas timing,
// expiry and a guardian leaving. Refusals change nothing and are not audited.
#include "demo/DemoPlant.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/site/layout/SiteExtent.h"
#include "modules/site/logic/SiteService.h"
#include "PermitFixture.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace gl;
using test::PermitFixture;
using test::refusal;

namespace {
constexpr qint64 kMinute = PermitFixture::kMinute, kHour = PermitFixture::kHour;

} // namespace

class TestPermits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u"Query results lost"_s)); } // nested queries on PostgreSQL

    void rulesDefaults()
    {
        const permits::Gb30871Rules &r = permits::Gb30871Rules::defaults();
        QCOMPARE(r.type(u"hot_work"_s)->maxValidityHours.value(u"level1"_s), 8.0);
        QCOMPARE(r.type(u"hot_work"_s)->maxValidityHours.value(u"level2"_s), 72.0);
        QCOMPARE(r.type(u"confined_space"_s)->gasLogIntervalMin, 120);
        QCOMPARE(r.raised(u"level2"_s), u"level1"_s);
        QCOMPARE(r.raised(u"level1"_s), u"special"_s);
        QCOMPARE(r.raised(u"special"_s), u"special"_s);
        QCOMPARE(r.combustibleLimit(5.0), 0.5);
        QCOMPARE(r.combustibleLimit(2.5), 0.2);
        QVERIFY(r.gasPasses(0.4, 20.0));
        QVERIFY(!r.gasPasses(0.4, 20.0, 2.5));
        QVERIFY(!r.gasPasses(0.1, 22.0));
        QVERIFY(r.gasPasses(0.1, 22.0, 4.0, true));
        QVERIFY(!r.gasPasses(0.1, 19.0));
        QCOMPARE(r.approverRoles(u"special"_s), QStringList{u"ehs_manager"_s});
    }

    void rulesOverride_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::newRow("limit") << QByteArray(R"({"types": {"hot_work": {"max_validity_hours": {"level2": 24}}}})") << QString();
        QTest::newRow("unknown key") << QByteArray(R"({"typo": 1})") << u"field 'typo'"_s;
        QTest::newRow("unknown type") << QByteArray(R"({"types": {"welding": {}}})") << u"field 'types.welding'"_s;
        QTest::newRow("unknown grade") << QByteArray(R"({"types": {"hot_work": {"max_validity_hours": {"level9": 1}}}})")
                                       << u"field 'types.hot_work.max_validity_hours.level9'"_s;
        QTest::newRow("negative") << QByteArray(R"({"gas": {"sample_before_start_min": -5}})")
                                  << u"field 'gas.sample_before_start_min'"_s;
        QTest::newRow("bad role") << QByteArray(R"({"approvers": {"special": ["plant_manager"]}})") << u"field 'approvers.special'"_s;
        QTest::newRow("bad holiday") << QByteArray(R"({"holidays": ["2026-02-30"]})") << u"field 'holidays'"_s;
        QTest::newRow("not json") << QByteArray("{") << u"offset"_s;
    }
    void rulesOverride()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site-gb30871.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        if (error.isEmpty()) {
            const permits::Gb30871Rules r = permits::Gb30871Rules::fromFile(path);
            QCOMPARE(r.type(u"hot_work"_s)->maxValidityHours.value(u"level2"_s), 24.0);
            QCOMPARE(r.type(u"hot_work"_s)->maxValidityHours.value(u"level1"_s), 8.0); // the rest stays
            return;
        }
        const QString msg = refusal([&] { permits::Gb30871Rules::fromFile(path); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(path) && msg.contains(error), qPrintable(msg));
    }

    void validityLimits_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("start"); // site time
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("refusal"); // empty: may be submitted
        QTest::newRow("hot special 8h") << u"hot_work"_s << u"special"_s << u"2026-03-02T08:00"_s << 8.0 << QString();
        QTest::newRow("hot special 8.5h") << u"hot_work"_s << u"special"_s << u"2026-03-02T08:00"_s << 8.5 << u"8 h limit of special"_s;
        QTest::newRow("hot level1 8h") << u"hot_work"_s << u"level1"_s << u"2026-03-02T08:00"_s << 8.0 << QString();
        QTest::newRow("hot level1 9h") << u"hot_work"_s << u"level1"_s << u"2026-03-02T08:00"_s << 9.0 << u"8 h limit of level1"_s;
        QTest::newRow("hot level2 72h") << u"hot_work"_s << u"level2"_s << u"2026-03-02T08:00"_s << 72.0 << QString();
        QTest::newRow("hot level2 73h") << u"hot_work"_s << u"level2"_s << u"2026-03-02T08:00"_s << 73.0 << u"72 h limit of level2"_s;
        QTest::newRow("hot level2 rest day") << u"hot_work"_s << u"level2"_s << u"2026-03-07T08:00"_s << 10.0
                                             << u"8 h limit of level1 hot_work (raised from level2"_s;
        QTest::newRow("hot level2 night") << u"hot_work"_s << u"level2"_s << u"2026-03-02T14:00"_s << 9.0
                                          << u"8 h limit of level1 hot_work (raised from level2"_s;
        QTest::newRow("confined 24h") << u"confined_space"_s << u"standard"_s << u"2026-03-02T08:00"_s << 24.0 << QString();
        QTest::newRow("confined 25h") << u"confined_space"_s << u"standard"_s << u"2026-03-02T08:00"_s << 25.0 << u"24 h limit"_s;
        QTest::newRow("height 7d") << u"work_at_height"_s << u"level2"_s << u"2026-03-02T08:00"_s << 168.0 << QString();
        QTest::newRow("height 7d+1h") << u"work_at_height"_s << u"level2"_s << u"2026-03-02T08:00"_s << 169.0 << u"168 h limit"_s;
        QTest::newRow("power 15d") << u"temporary_power"_s << u"standard"_s << u"2026-03-02T08:00"_s << 360.0 << QString();
        QTest::newRow("power 15d+1h") << u"temporary_power"_s << u"standard"_s << u"2026-03-02T08:00"_s << 361.0 << u"360 h limit"_s;
        QTest::newRow("lifting no limit") << u"lifting"_s << u"level2"_s << u"2026-03-02T08:00"_s << 100.0 << QString();
        QTest::newRow("bad grade") << u"confined_space"_s << u"level1"_s << u"2026-03-02T08:00"_s << 8.0 << u"field 'grade'"_s;
    }
    void validityLimits()
    {
        QFETCH(QString, type);
        QFETCH(QString, grade);
        QFETCH(QString, start);
        QFETCH(double, hours);
        QFETCH(QString, refusal);
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"P-1"_s, type, grade, PermitFixture::at(start), hours)); // a draft may break the rules
        const int audits = f.auditCount();
        const QString msg = ::refusal([&] { f.permits().apply(u"P-1"_s, u"submit"_s); });
        if (refusal.isEmpty()) {
            QCOMPARE(msg, u"NOT REFUSED"_s);
            QCOMPARE(f.permits().state(u"P-1"_s), u"submitted"_s);
            return;
        }
        QVERIFY2(msg.contains(refusal) && msg.contains(u"permit 'P-1'"_s), qPrintable(msg));
        QCOMPARE(f.permits().state(u"P-1"_s), u"draft"_s);
        QCOMPARE(f.auditCount(), audits);
    }

    void draftIsPermissiveSubmitListsEveryProblem()
    {
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        PermitInput in = f.input(u"HW-1"_s, u"hot_work"_s, u"level1"_s, f.t0, 12);
        in.guardianCode = u"G-2"_s; // no certificate
        in.workerCodes = {u"W-1"_s, u"W-3"_s, u"W-4"_s, u"W-5"_s};
        f.permits().createDraft(in);
        const int audits = f.auditCount();
        const QString msg = refusal([&] { f.permits().apply(u"HW-1"_s, u"submit"_s); });
        const QStringList expected = {
            u"12 h exceeds the 8 h limit of level1 hot_work"_s,
            u"guardian 'G-2' has no 'guardian' certificate valid from 2026-03-02 to 2026-03-02"_s,
            u"worker 'W-3' (Worker W-3): not on the contractor whitelist"_s,
            u"worker 'W-3' (Worker W-3): no site safety briefing"_s,
            u"worker 'W-4' (Worker W-4): not on a shift on 2026-03-02"_s,
            u"worker 'W-5' (Worker W-5): no hot_work certificate valid from 2026-03-02 to 2026-03-02"_s,
        };
        for (const QString &e : expected)
            QVERIFY2(msg.contains(e), qPrintable(u"missing '"_s + e + u"' in:\n"_s + msg));
        QVERIFY2(msg.contains(u"(6 problems)"_s), qPrintable(msg));
        QVERIFY2(!msg.contains(u"'W-1'"_s), qPrintable(msg));
        QCOMPARE(f.permits().submitProblems(u"HW-1"_s).size(), 6);
        QCOMPARE(f.permits().state(u"HW-1"_s), u"draft"_s);
        QCOMPARE(f.auditCount(), audits);

        PermitInput none = f.input(u"HW-2"_s, u"hot_work"_s, u"level1"_s, f.t0, 8);
        none.guardianCode.clear();
        f.permits().createDraft(none);
        const QStringList p = f.permits().submitProblems(u"HW-2"_s);
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().contains(u"no guardian named"_s), qPrintable(p.first()));
    }

    // Issue #18: a draft with coordinates far beyond any site, or a polygon of thousands of points, is bad
    // input naming the permit and the field (it used to be stored and crash every workstation's refresh).
    void draftCoordinatesAndPointsBounded()
    {
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        PermitInput far = f.input(u"HW-9"_s, u"hot_work"_s, u"level1"_s, f.t0, 4, 1e15, 0);
        QString msg = refusal([&] { f.permits().createDraft(far); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"permit 'HW-9': field 'area.polygon': point 0"_s) && msg.contains(u"1000000 m"_s), qPrintable(msg));
        PermitInput high = f.input(u"HW-9"_s, u"hot_work"_s, u"level1"_s, f.t0, 4);
        high.zMax = 1e300;
        msg = refusal([&] { f.permits().createDraft(high); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"field 'area.z_max'"_s), qPrintable(msg));
        PermitInput many = f.input(u"HW-9"_s, u"hot_work"_s, u"level1"_s, f.t0, 4);
        many.polygon.clear();
        for (int i = 0; i < 1500; ++i) // a convex ring: simple, only too long
            many.polygon << QPointF(10 * std::cos(i * 2 * M_PI / 1500), 10 * std::sin(i * 2 * M_PI / 1500));
        msg = refusal([&] { f.permits().createDraft(many); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"field 'area.polygon': has 1500 corners; a work area has at most 256"_s), qPrintable(msg));
        f.permits().createDraft(f.input(u"HW-9"_s, u"hot_work"_s, u"level1"_s, f.t0, 4));
    }

    // Issue #18 item 6: a typed work area (permit create, the permit form) lies on the site — every corner within
    // the site layout's extent and kWorkAreaMarginMetres around it, the first corner outside named — and has at
    // most kMaxWorkAreaCorners corners; a draft edited to such a polygon is refused the same way, nothing stored.
    void typedWorkAreaBoundedBySite()
    {
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        const QRectF e = site::extent(SiteService(*f.ctx).layout());
        QVERIFY(e.width() > 0 && e.height() > 0);
        const double m = site::kWorkAreaMarginMetres;
        PermitInput in = f.input(u"HW-20"_s, u"hot_work"_s, u"level1"_s, f.t0, 4);
        // Within the margin at the north-east corner of the site: accepted.
        in.polygon = {QPointF(e.right() - 5, e.bottom() - 5), QPointF(e.right() + m - 1, e.bottom() - 5),
                      QPointF(e.right() + m - 1, e.bottom() + m - 1), QPointF(e.right() - 5, e.bottom() + m - 1)};
        f.permits().createDraft(in);
        const int audits = f.auditCount();
        // The third corner a metre beyond the margin: refused, naming it and the bounds.
        PermitInput out = in;
        out.code = u"HW-21"_s;
        out.polygon[2] = QPointF(e.right() + m + 1, e.bottom() + m - 1);
        QString msg = refusal([&] { f.permits().createDraft(out); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"permit 'HW-21': field 'polygon[2]': corner 3 ("_s) && msg.contains(u"is outside the site"_s),
                 qPrintable(msg));
        QVERIFY2(msg.contains(QString::number(e.right() + m, 'f', 1)), qPrintable(msg));
        QCOMPARE(test::count(f.db(), u"SELECT count(*) FROM permits WHERE code = 'HW-21'"_s), 0);
        // West of the site (negative side) as well, and an edited draft is bounded too.
        out.polygon = {QPointF(e.left() - m - 20, e.top()), QPointF(e.left(), e.top()), QPointF(e.left(), e.top() + 6)};
        msg = refusal([&] { f.permits().createDraft(out); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"field 'polygon[0]': corner 1 ("_s), qPrintable(msg));
        PermitInput edited = in;
        edited.polygon[0] = QPointF(e.left(), e.bottom() + 10 * m);
        msg = refusal([&] { f.permits().updateDraft(edited); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"permit 'HW-20': field 'polygon[0]': corner 1"_s), qPrintable(msg));
        // More corners than the cap, all on the site: refused for their number.
        PermitInput many = in;
        many.code = u"HW-22"_s;
        many.polygon.clear();
        const QPointF c = e.center();
        const int n = site::kMaxWorkAreaCorners + 1;
        for (int i = 0; i < n; ++i) // a convex ring: simple and on the site, only too many corners
            many.polygon << c + QPointF(10 * std::cos(i * 2 * M_PI / n), 10 * std::sin(i * 2 * M_PI / n));
        msg = refusal([&] { f.permits().createDraft(many); }, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"has %1 corners; a work area has at most %2"_s.arg(n).arg(site::kMaxWorkAreaCorners)), qPrintable(msg));
        QCOMPARE(f.auditCount(), audits); // nothing of the refused ones stored
        many.polygon.removeLast(); // at the cap: accepted
        f.permits().createDraft(many);
        QCOMPARE(test::count(f.db(), u"SELECT count(*) FROM permits WHERE code = 'HW-22'"_s), 1);
    }

    // Issue #17: the WorkGate refuses the workers of a contractor that is not admitted, naming the document.
    void contractorAdmissionGatesWorkers()
    {
        PermitFixture f(Backend::Sqlite);
        f.clock.set(f.t0 - PermitFixture::kHour); // today is Monday 2026-03-02 on the site
        f.as(u"coord"_s);
        PermitInput in = f.input(u"LF-1"_s, u"lifting"_s, u"level2"_s, f.t0, 8, 0, 0, u"C-2"_s);
        in.workerCodes = {u"W-2"_s};
        f.permits().createDraft(in);
        QVERIFY2(f.permits().submitProblems(u"LF-1"_s).isEmpty(), qPrintable(f.permits().submitProblems(u"LF-1"_s).join(u"\n"_s)));
        const QString c2 = u"(SELECT id FROM contractors WHERE code = 'C-2')"_s;
        auto problems = [&] { return f.permits().submitProblems(u"LF-1"_s).join(u"\n"_s); };
        // An expired business licence (the day before the start day is 2026-03-01).
        f.db().exec(u"UPDATE contractor_documents SET expires_on = '2026-03-01' WHERE kind = 'business_licence' AND contractor_id = "_s + c2);
        QCOMPARE(problems(), u"worker 'W-2' (Worker W-2): contractor 'C-2' is not admitted: business_licence 'business_licence.pdf': "
                             "expired on 2026-03-01"_s);
        f.db().exec(u"UPDATE contractor_documents SET expires_on = '2029-03-02' WHERE kind = 'business_licence'"_s);
        // An insurance proof that stops before the first day of last month (2026-02-01), and one that starts too late.
        f.db().exec(u"UPDATE contractor_documents SET covers_to = '2026-01-31' WHERE kind = 'injury_insurance' AND contractor_id = "_s + c2);
        QVERIFY2(problems().contains(u"injury_insurance 'injury_insurance.pdf': the payment proof covers only to 2026-01-31, short of the "
                                     "first day of last month (2026-02-01)"_s), qPrintable(problems()));
        f.db().exec(u"UPDATE contractor_documents SET covers_to = '2026-02-01', covers_from = '2025-09-03' WHERE kind = 'injury_insurance'"_s);
        QVERIFY2(problems().contains(u"covers from 2025-09-03, not the 6 months before today (from 2025-09-02 at the latest)"_s),
                 qPrintable(problems()));
        f.db().exec(u"UPDATE contractor_documents SET covers_from = '2025-09-02' WHERE kind = 'injury_insurance'"_s);
        QCOMPARE(problems(), QString()); // exactly six months, up to the first day of last month: admitted
        // A missing document, then a suspension.
        f.db().exec(u"UPDATE contractor_documents SET superseded_at = 1 WHERE kind = 'hse_agreement' AND contractor_id = "_s + c2);
        QVERIFY2(problems().contains(u"hse_agreement: no document on file"_s), qPrintable(problems()));
        f.db().exec(u"UPDATE contractor_documents SET superseded_at = NULL"_s);
        ContractorService(*f.ctx).suspend(u"C-2"_s, u"fatal accident under investigation"_s);
        const QString msg = refusal([&] { f.permits().apply(u"LF-1"_s, u"submit"_s); });
        QVERIFY2(msg.contains(u"contractor 'C-2' is not admitted: contractor suspended: fatal accident under investigation"_s), qPrintable(msg));
        ContractorService(*f.ctx).unsuspend(u"C-2"_s, u"investigation closed"_s);
        f.permits().apply(u"LF-1"_s, u"submit"_s);
        QCOMPARE(f.permits().state(u"LF-1"_s), u"submitted"_s);
    }

    void blindPlateOnePerBlind()
    {
        PermitFixture f(Backend::Sqlite);
        const QString blind = f.db().scalar(u"SELECT e.code FROM equipment e JOIN areas a ON a.id = e.area_id "
                                            "WHERE a.code = 'CA1' ORDER BY e.code"_s).toString();
        QVERIFY(!blind.isEmpty());
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"BP-0"_s, u"blind_plate"_s, u"standard"_s, f.t0, 4));
        QStringList p = f.permits().submitProblems(u"BP-0"_s);
        QVERIFY2(p.size() == 1 && p.first().contains(u"field 'equipment'"_s), qPrintable(p.join(u'\n')));
        PermitInput in = f.input(u"BP-1"_s, u"blind_plate"_s, u"standard"_s, f.t0, 4);
        in.equipmentCode = blind;
        f.permits().createDraft(in);
        f.permits().apply(u"BP-1"_s, u"submit"_s);
        in.code = u"BP-2"_s;
        in.startsAt += 2 * kHour;
        in.endsAt += 2 * kHour;
        f.permits().createDraft(in);
        p = f.permits().submitProblems(u"BP-2"_s);
        QVERIFY2(p.size() == 1 && p.first().contains(u"already has permit 'BP-1'"_s), qPrintable(p.join(u'\n')));
        in.code = u"BP-3"_s; // after BP-1: another action on the same blind
        in.startsAt = f.t0 + 4 * kHour;
        in.endsAt = in.startsAt + kHour;
        f.permits().createDraft(in);
        QVERIFY(f.permits().submitProblems(u"BP-3"_s).isEmpty());
    }

    void approverByGrade_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<bool>("approved");
        QTest::newRow("special by ehs") << u"special"_s << u"ehs"_s << true;
        QTest::newRow("special by supervisor") << u"special"_s << u"sup"_s << false;
        QTest::newRow("level1 by supervisor") << u"level1"_s << u"sup"_s << false;
        QTest::newRow("level2 by supervisor") << u"level2"_s << u"sup"_s << true;
        QTest::newRow("level2 by admin") << u"level2"_s << u"root"_s << false;
    }
    void approverByGrade()
    {
        QFETCH(QString, grade);
        QFETCH(QString, approver);
        QFETCH(bool, approved);
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"HW-1"_s, u"hot_work"_s, grade, f.t0, 8, 75, 75)); // in view of CAM-01 (special)
        f.permits().apply(u"HW-1"_s, u"submit"_s);
        f.signBeforeApproval(u"HW-1"_s);
        f.as(approver);
        const QString msg = refusal([&] { f.permits().signOff(u"HW-1"_s, u"approver"_s, {true, {}, {}}); });
        QCOMPARE(msg == u"NOT REFUSED"_s, approved);
        if (!approved)
            QVERIFY2(msg.contains(u"Table B.1"_s) && msg.contains(approver), qPrintable(msg));
        QCOMPARE(f.permits().state(u"HW-1"_s), approved ? u"approved"_s : u"submitted"_s);
    }

    void gasTiming_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("minutesBefore"); // -1: no test
        QTest::addColumn<double>("combustible");
        QTest::addColumn<double>("gasLel");
        QTest::addColumn<double>("o2");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("hot 10 min") << u"hot_work"_s << 10 << 0.2 << 5.0 << 20.8 << QString();
        QTest::newRow("hot 30 min") << u"hot_work"_s << 30 << 0.2 << 5.0 << 20.8 << QString();
        QTest::newRow("hot 42 min") << u"hot_work"_s << 42 << 0.2 << 5.0 << 20.8 << u"42 min before the start; GB 30871-2022 allows no more than 30 min"_s;
        QTest::newRow("confined 42 min") << u"confined_space"_s << 42 << 0.1 << 5.0 << 20.8 << u"no more than 30 min"_s;
        QTest::newRow("hot none") << u"hot_work"_s << -1 << 0.0 << 5.0 << 20.8 << u"no gas test"_s;
        QTest::newRow("hot over 0.5") << u"hot_work"_s << 10 << 0.6 << 5.0 << 20.8 << u"failed"_s;
        QTest::newRow("hot LEL<4 over 0.2") << u"hot_work"_s << 10 << 0.3 << 2.5 << 20.8 << u"failed"_s;
        QTest::newRow("hot O2 low") << u"hot_work"_s << 10 << 0.1 << 5.0 << 19.0 << u"failed"_s;
        QTest::newRow("height needs none") << u"work_at_height"_s << -1 << 0.0 << 5.0 << 20.8 << QString();
    }
    void gasTiming()
    {
        QFETCH(QString, type);
        QFETCH(int, minutesBefore);
        QFETCH(double, combustible);
        QFETCH(double, gasLel);
        QFETCH(double, o2);
        QFETCH(QString, refusal);
        PermitFixture f(Backend::Sqlite);
        const QString grade = type == u"hot_work"_s ? u"level1"_s : type == u"work_at_height"_s ? u"level2"_s : u"standard"_s;
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"P-1"_s, type, grade, f.t0, 8));
        f.permits().apply(u"P-1"_s, u"submit"_s);
        f.approve(u"P-1"_s);
        f.clock.set(f.t0);
        if (minutesBefore >= 0) {
            f.as(u"safety"_s);
            f.permits().recordGasTest(u"P-1"_s, f.t0 - minutesBefore * kMinute, combustible, o2, 0, u"tester"_s, gasLel);
        }
        f.as(u"coord"_s);
        const int audits = f.auditCount();
        const QString msg = ::refusal([&] { f.permits().apply(u"P-1"_s, u"activate"_s); });
        if (refusal.isEmpty()) {
            QCOMPARE(msg, u"NOT REFUSED"_s);
            QCOMPARE(f.permits().state(u"P-1"_s), u"active"_s);
            return;
        }
        QVERIFY2(msg.contains(refusal), qPrintable(msg));
        QCOMPARE(f.permits().state(u"P-1"_s), u"approved"_s);
        QCOMPARE(f.auditCount(), audits);
    }

    void retestAfterInterruption()
    {
        PermitFixture f(Backend::Sqlite);
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level1"_s, f.t0, 8));
        f.as(u"sup"_s);
        f.clock.set(f.t0 + kHour);
        f.permits().apply(u"HW-1"_s, u"suspend"_s, u"lunch"_s);
        f.clock.set(f.t0 + kHour + 31 * kMinute); // over 30 min for level1
        f.as(u"ehs"_s);
        const QString msg = refusal([&] { f.permits().apply(u"HW-1"_s, u"resume"_s); });
        QVERIFY2(msg.contains(u"interrupted 31 min (over 30 min for level1 hot_work)"_s), qPrintable(msg));
        f.as(u"safety"_s);
        f.permits().recordGasTest(u"HW-1"_s, f.clock.nowMs() - 5 * kMinute, 0.1, 20.8, 0, u"tester"_s);
        f.as(u"ehs"_s);
        QCOMPARE(f.permits().apply(u"HW-1"_s, u"resume"_s), u"active"_s);
    }

    void approvalAndConflicts_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("activeType");
        QTest::addColumn<QString>("activeContractor");
        QTest::addColumn<QString>("newType");
        QTest::addColumn<QString>("newContractor");
        QTest::addColumn<double>("gap"); // metres between the boxes
        QTest::addColumn<bool>("coordinator");
        QTest::addColumn<QString>("refusal"); // empty: approved
        for (Backend b : {Backend::Sqlite, Backend::Postgres}) {
            const char *bn = b == Backend::Sqlite ? "sqlite" : "postgresql";
            QTest::addRow("%s/cross_work", bn) << b << u"excavation"_s << u"C-1"_s << u"excavation"_s << u"C-2"_s << 3.0 << false
                                               << u"conflict: cross_work with permit 'A-1' (active) at 3.00 m"_s;
            QTest::addRow("%s/cross_work+coordinator", bn) << b << u"excavation"_s << u"C-1"_s << u"excavation"_s << u"C-2"_s << 3.0
                                                           << true << QString();
            QTest::addRow("%s/same contractor", bn) << b << u"excavation"_s << u"C-1"_s << u"excavation"_s << u"C-1"_s << 3.0
                                                    << false << QString();
            QTest::addRow("%s/far", bn) << b << u"excavation"_s << u"C-1"_s << u"excavation"_s << u"C-2"_s << 8.0 << false << QString();
            QTest::addRow("%s/incompatible+coordinator", bn) << b << u"confined_space"_s << u"C-1"_s << u"hot_work"_s << u"C-2"_s
                                                             << 12.0 << true << u"conflict: incompatible with permit 'A-1' (active) at 12.00 m"_s;
        }
    }
    void approvalAndConflicts()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, activeType);
        QFETCH(QString, activeContractor);
        QFETCH(QString, newType);
        QFETCH(QString, newContractor);
        QFETCH(double, gap);
        QFETCH(bool, coordinator);
        QFETCH(QString, refusal);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        auto gradeOf = [](const QString &t) { return t == u"hot_work"_s ? u"level2"_s : u"standard"_s; };
        f.makeActive(f.input(u"A-1"_s, activeType, gradeOf(activeType), f.t0, 8, 0, 0, activeContractor));
        f.as(u"coord"_s);
        PermitInput in = f.input(u"B-1"_s, newType, gradeOf(newType), f.t0 + kHour, 6, 10 + gap, 0, newContractor);
        if (coordinator)
            in.coordinatorCode = u"K-1"_s;
        f.permits().createDraft(in);
        f.permits().apply(u"B-1"_s, u"submit"_s);
        f.signBeforeApproval(u"B-1"_s);
        f.as(u"ehs"_s);
        const int audits = f.auditCount();
        const QString msg = ::refusal([&] { f.permits().signOff(u"B-1"_s, u"approver"_s, {true, {}, {}}); });
        if (refusal.isEmpty()) {
            QCOMPARE(msg, u"NOT REFUSED"_s);
            QCOMPARE(f.permits().state(u"B-1"_s), u"approved"_s);
            if (coordinator) {
                const QString details = f.db().scalar(u"SELECT details FROM audit_log WHERE action = 'permit.approve' "
                                                      "AND object_id = 'B-1'"_s).toString();
                QVERIFY2(details.contains(u"K-1"_s) && details.contains(u"A-1"_s), qPrintable(details));
            }
            return;
        }
        QVERIFY2(msg.contains(refusal), qPrintable(msg));
        QCOMPARE(f.permits().state(u"B-1"_s), u"submitted"_s);
        QCOMPARE(f.auditCount(), audits);
    }

    void expiry_data() { test::addBackendRows(); }
    void expiry()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.makeActive(f.input(u"A-1"_s, u"excavation"_s, u"standard"_s, f.t0, 4));
        f.makeActive(f.input(u"A-2"_s, u"excavation"_s, u"standard"_s, f.t0, 10, 100, 0));
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"D-1"_s, u"excavation"_s, u"standard"_s, f.t0, 2, 200, 0));
        f.permits().createDraft(f.input(u"S-1"_s, u"excavation"_s, u"standard"_s, f.t0, 2, 300, 0));
        f.permits().apply(u"S-1"_s, u"submit"_s);
        f.approve(u"S-1"_s);
        f.clock.set(f.t0 + 5 * kHour);
        f.as(u"viewer"_s); // expiry runs as the system, whoever triggers it
        QCOMPARE(f.permits().expireDue(f.clock.nowMs()), (QStringList{u"A-1"_s, u"S-1"_s}));
        QCOMPARE(f.permits().state(u"A-1"_s), u"expired"_s);
        QCOMPARE(f.permits().state(u"S-1"_s), u"expired"_s);
        QCOMPARE(f.permits().state(u"A-2"_s), u"active"_s);
        QCOMPARE(f.permits().state(u"D-1"_s), u"draft"_s);
        QCOMPARE(f.db().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permit.expire' AND actor = 'system:permit-expiry'"_s).toInt(), 2);
        QVERIFY(f.permits().expireDue(f.clock.nowMs()).isEmpty());
    }

    void guardianLeaving_data() { test::addBackendRows(); }
    void guardianLeaving()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level2"_s, f.t0, 8));
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"HW-2"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 200, 0));
        f.clock.set(f.t0 + kHour);
        f.as(u"sup"_s);
        f.permits().guardianLeft(u"HW-1"_s);
        QCOMPARE(f.permits().state(u"HW-1"_s), u"suspended"_s);
        const QString details = f.db().scalar(u"SELECT details FROM audit_log WHERE action = 'permit.suspend' AND object_id = 'HW-1'"_s).toString();
        QVERIFY2(details.contains(u"guardian_left"_s) && details.contains(u"G-1"_s), qPrintable(details));
        const QString msg = refusal([&] { f.permits().guardianLeft(u"HW-2"_s); });
        QVERIFY2(msg.contains(u"is draft"_s), qPrintable(msg));
        f.as(u"viewer"_s);
        QVERIFY(refusal([&] { f.permits().guardianLeft(u"HW-1"_s); }, ErrorCode::Forbidden) != u"NOT REFUSED"_s);
    }

    void demoLoadsAnyDay_data()
    {
        QTest::addColumn<QString>("now");
        QTest::newRow("saturday night") << u"2026-03-07T02:30:00+08:00"_s;
        QTest::newRow("sunday afternoon") << u"2026-03-08T15:10:00+08:00"_s;
        QTest::newRow("monday evening") << u"2026-03-09T21:45:00+08:00"_s;
    }
    void demoLoadsAnyDay()
    {
        QFETCH(QString, now);
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        QVERIFY(DemoPlant::load(*db, QDateTime::fromString(now, Qt::ISODate)).created);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM permits"_s).toInt(), 30);
        QCOMPARE(db->scalar(u"SELECT count(DISTINCT state) FROM permits"_s).toInt(), 8);
    }

    // Issue #15 (optimistic concurrency), on both backends: two workstations (two connections) show the same
    // permit; each acts on the version its view showed. The first step is taken; the second is refused naming
    // who changed the permit, how and when, and what it is now; the row and the audit chain hold only the first.
    void staleViewConflicts_data() { test::addBackendRows(); }
    void staleViewConflicts()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        if (!f.available()) {
            if (qEnvironmentVariableIntValue("GUARDLINE_REQUIRE_PG") == 1)
                QFAIL("GUARDLINE_TEST_PG_URL is not set but GUARDLINE_REQUIRE_PG=1");
            QSKIP("no PostgreSQL test cluster (set GUARDLINE_TEST_PG_URL; scripts/test.sh does)");
        }
        auto other = Database::open(DbUrl::parse(f.url())); // the second workstation's connection
        ServiceContext root{*other, UserService::actorFor(*other, u"root"_s), &f.clock};
        const auto version = [&](const QString &code) {
            return f.db().scalar(u"SELECT row_version FROM permits WHERE code = ?"_s, {code}).toLongLong();
        };

        // Two editors on one draft: the second save would have overwritten the first one's title.
        f.as(u"coord"_s);
        PermitInput draft = f.input(u"HW-51"_s, u"hot_work"_s, u"level2"_s, f.t0 + PermitFixture::kHour, 4);
        f.permits().createDraft(draft);
        const qint64 loaded = version(u"HW-51"_s);
        PermitInput mine = draft, theirs = draft;
        mine.title = u"Weld the flange of T-101"_s;
        mine.expectedVersion = loaded;
        theirs.title = u"Grind the rail"_s;
        theirs.expectedVersion = loaded;
        f.clock.set(f.t0 + 5 * PermitFixture::kMinute);
        f.permits().updateDraft(mine);
        const QString edit = refusal([&] { PermitService(root).updateDraft(theirs); });
        QVERIFY2(edit.startsWith(u"Permit HW-51 was changed by coord (permit.update, "_s) && edit.contains(u"it is now draft"_s)
                     && edit.contains(u"Look at it again and retry"_s),
                 qPrintable(edit));
        QCOMPARE(f.db().scalar(u"SELECT title FROM permits WHERE code = 'HW-51'"_s).toString(), u"Weld the flange of T-101"_s);

        // An active permit: the EHS manager suspends it; the administrator's close on the older view is refused.
        f.makeActive(f.input(u"HW-52"_s, u"hot_work"_s, u"level2"_s, f.t0 + PermitFixture::kHour, 4, 40, 0));
        const qint64 shown = version(u"HW-52"_s);
        f.as(u"ehs"_s);
        QCOMPARE(f.permits().apply(u"HW-52"_s, u"suspend"_s, u"gas rising"_s, shown), u"suspended"_s);
        const QString close = refusal([&] { PermitService(root).apply(u"HW-52"_s, u"close"_s, {}, shown); });
        QVERIFY2(close.startsWith(u"Permit HW-52 was changed by ehs (permit.suspend, "_s) && close.contains(u"it is now suspended"_s),
                 qPrintable(close));
        QCOMPARE(f.db().scalar(u"SELECT state FROM permits WHERE code = 'HW-52'"_s).toString(), u"suspended"_s);
        QCOMPARE(test::count(f.db(), u"SELECT count(*) FROM audit_log WHERE object_id = 'HW-52' AND action = 'permit.close'"_s), 0);
        QCOMPARE(test::count(f.db(), u"SELECT count(*) FROM audit_log WHERE object_id = 'HW-52' AND action = 'permit.suspend'"_s), 1);
        // On the version it shows now, the step is the life cycle's to judge: taken.
        QCOMPARE(PermitService(root).apply(u"HW-52"_s, u"close"_s, {}, version(u"HW-52"_s)), u"closed"_s);
    }

    void confinedSpaceGasLog()
    {
        PermitFixture f(Backend::Sqlite);
        f.makeActive(f.input(u"CS-1"_s, u"confined_space"_s, u"standard"_s, f.t0, 8));
        f.makeActive(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8, 100, 0));
        QVERIFY(f.permits().gasLogsOverdue(f.t0 + kHour).isEmpty());
        QCOMPARE(f.permits().gasLogsOverdue(f.t0 + 2 * kHour), QStringList{u"CS-1"_s}); // sampled 10 min before start
    }
};

QTEST_GUILESS_MAIN(TestPermits)
#include "tst_permits.moc"
