// SPDX-License-Identifier: Apache-2.0
// Issue #6 on both backends: alarm-driven suspension, gas logs overdue (one alarm per lapse, suspension) and
// the work ticket's hash (valid, changed since issue, refused while the gate or conflicts fail).
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

class TestPermitAlarms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u"Query results lost"_s)); }

    void alarmSuspension_data() { test::addBackendRows(); }
    void alarmSuspension()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.makeActive(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8));
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 100, 0));
        PermitInput other = f.input(u"EX-9"_s, u"excavation"_s, u"standard"_s, f.t0, 8, 300, 300);
        other.areaCode = u"TF1"_s;
        f.makeActive(other);
        f.clock.set(f.t0 + kHour);
        f.as(u"root"_s);
        OperationsService ops(*f.ctx);
        // Not a gas sensor, or below the severity: nothing is suspended.
        ops.raiseAlarm(u"k201-pressure"_s, u"CA1.P_K201"_s, u"critical"_s, u"CA1"_s, u"pressure high"_s, f.clock.nowMs());
        ops.raiseAlarm(u"ca1-cl2-pre"_s, u"CA1.CL2_K201"_s, u"medium"_s, u"CA1"_s, u"chlorine pre-alarm"_s, f.clock.nowMs());
        QCOMPARE(f.permits().state(u"EX-1"_s), u"active"_s);
        const qint64 alarm = ops.raiseAlarm(u"ca1-cl2-1st"_s, u"CA1.CL2_K201"_s, u"high"_s, u"CA1"_s, u"chlorine 1st alarm"_s,
                                            f.clock.nowMs());
        QCOMPARE(f.permits().state(u"EX-1"_s), u"suspended"_s);
        QCOMPARE(f.permits().state(u"HW-1"_s), u"suspended"_s);
        QCOMPARE(f.permits().state(u"EX-9"_s), u"active"_s); // another area
        const QString details = f.db().scalar(u"SELECT details FROM audit_log WHERE action = 'permit.suspend' AND object_id = 'EX-1'"_s).toString();
        QVERIFY2(details.contains(u"\"alarm\":%1"_s.arg(alarm)) && details.contains(u"\"reason\":\"alarm\""_s), qPrintable(details));
        QCOMPARE(f.db().scalar(u"SELECT actor FROM audit_log WHERE action = 'permit.suspend' AND object_id = 'EX-1'"_s).toString(),
                 u"system:alarm-suspension"_s);

        // Resuming needs a fresh passing gas test, even for work that needs none to start, and even after 5 minutes.
        f.clock.set(f.t0 + kHour + 5 * kMinute);
        f.as(u"ehs"_s);
        const QString msg = refusal([&] { f.permits().apply(u"EX-1"_s, u"resume"_s); });
        QVERIFY2(msg.contains(u"suspended by alarm %1"_s.arg(alarm)) && msg.contains(u"new passing gas test"_s), qPrintable(msg));
        f.as(u"safety"_s);
        f.permits().recordGasTest(u"EX-1"_s, f.clock.nowMs() - 2 * kMinute, 0.6, 20.8, 0, u"tester"_s); // fails
        f.as(u"ehs"_s);
        QVERIFY(refusal([&] { f.permits().apply(u"EX-1"_s, u"resume"_s); }) != u"NOT REFUSED"_s);
        f.as(u"safety"_s);
        f.permits().recordGasTest(u"EX-1"_s, f.clock.nowMs() - kMinute, 0.0, 20.9, 0, u"tester"_s);
        f.as(u"ehs"_s);
        QCOMPARE(f.permits().apply(u"EX-1"_s, u"resume"_s), u"active"_s);
    }

    void gasLogOverdue_data() { test::addBackendRows(); }
    void gasLogOverdue()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.makeActive(f.input(u"CS-1"_s, u"confined_space"_s, u"standard"_s, f.t0, 8)); // sampled at t0 - 10 min
        f.makeActive(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8, 100, 0));
        f.clock.set(f.t0 + 100 * kMinute);
        QVERIFY(Housekeeping::run(f.db(), f.clock).done.filter(u"gas log"_s).isEmpty());
        f.clock.set(f.t0 + 111 * kMinute); // 121 min since the last passing sample
        const HousekeepingResult r = Housekeeping::run(f.db(), f.clock);
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed.join(u"; "_s)));
        QVERIFY2(r.done.contains(u"gas log overdue (alarm raised): CS-1"_s), qPrintable(r.done.join(u"; "_s)));
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM alarms WHERE rule_id = 'permit-gas-log-overdue' AND tag = 'CS-1'"_s), 1);
        QCOMPARE(f.db().scalar(u"SELECT a.code FROM alarms al JOIN areas a ON a.id = al.area_id WHERE al.tag = 'CS-1'"_s).toString(), u"CA1"_s);
        // The message in both languages, the work type by its Chinese name (issue 16 item 9: a zh interface shows message_zh).
        const QString zh = f.db().scalar(u"SELECT message_zh FROM alarms WHERE tag = 'CS-1'"_s).toString();
        QVERIFY2(zh.startsWith(u"作业票 CS-1（受限空间作业）：自 "_s) && zh.endsWith(u"起未记录气体检测；GB 30871-2022 要求每 120 分钟记录一次"_s),
                 qPrintable(zh));
        QVERIFY(f.db().scalar(u"SELECT message FROM alarms WHERE tag = 'CS-1'"_s).toString().startsWith(u"permit CS-1 (confined_space): gas not logged since"_s));
        QCOMPARE(f.permits().state(u"CS-1"_s), u"suspended"_s);
        QCOMPARE(f.permits().state(u"EX-1"_s), u"active"_s); // its own overdue alarm suspends only the permit
        // Once per lapse: the next passes raise nothing.
        f.clock.advance(30 * kMinute);
        Housekeeping::run(f.db(), f.clock);
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM alarms WHERE rule_id = 'permit-gas-log-overdue'"_s), 1);
        // A new test, resumed; the next lapse raises a new alarm.
        f.as(u"safety"_s);
        f.permits().recordGasTest(u"CS-1"_s, f.clock.nowMs() - kMinute, 0.1, 20.8, 0, u"tester"_s);
        f.as(u"ehs"_s);
        QCOMPARE(f.permits().apply(u"CS-1"_s, u"resume"_s), u"active"_s);
        f.clock.advance(2 * kHour + 5 * kMinute);
        Housekeeping::run(f.db(), f.clock);
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM alarms WHERE rule_id = 'permit-gas-log-overdue'"_s), 2);
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM permit_gas_lapses"_s), 2);
        QCOMPARE(f.db().scalar(u"SELECT actor FROM audit_log WHERE action = 'alarm.raise' ORDER BY seq DESC LIMIT 1"_s).toString(),
                 u"system:permit-gas-log"_s);
    }

    void ticketHash_data() { test::addBackendRows(); }
    void ticketHash()
    {
        QFETCH(Backend, backend);
        PermitFixture f(backend);
        GL_REQUIRE_BACKEND(f);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"EX-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8));
        QVERIFY(refusal([&] { f.permits().issueTicket(u"EX-1"_s); }).contains(u"approved or active"_s));
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 100, 0));
        f.as(u"viewer"_s);
        const TicketIssue t = f.permits().issueTicket(u"HW-1"_s);
        QCOMPARE(t.sha256.size(), 64);
        QCOMPARE(t.qrText, u"guardline-permit:HW-1:"_s + t.sha256);
        QString code, hash;
        QVERIFY(PermitService::parseQrText(t.qrText, &code, &hash));
        QCOMPARE(code, u"HW-1"_s);
        QCOMPARE(hash, t.sha256);
        QCOMPARE(t.card.signOffs.size(), 4);
        QCOMPARE(t.card.gasTests.size(), 1);
        QVERIFY(t.card.workers.first().certificates.join(u" "_s).contains(u"hot_work"_s));
        QCOMPARE(count(f.db(), u"SELECT count(*) FROM audit_log WHERE action = 'permit.ticket'"_s), 1);
        TicketCheck c = f.permits().verifyTicket(u"HW-1"_s, t.sha256);
        QVERIFY2(c.valid, qPrintable(c.reason));
        QCOMPARE(c.reason, u"valid"_s);
        QVERIFY(!f.permits().verifyTicket(u"HW-1"_s, QString(64, u'0')).valid);
        // A gas log entry does not change the ticket; a worker's new certificate does.
        f.as(u"safety"_s);
        f.permits().recordGasTest(u"HW-1"_s, f.clock.nowMs(), 0.1, 20.8, 0, u"tester"_s);
        QVERIFY(f.permits().verifyTicket(u"HW-1"_s, t.sha256).valid);
        f.as(u"coord"_s);
        ContractorService(*f.ctx).addCertificate(u"W-1"_s, {u"rigging"_s, u"R-9"_s, QDate(2026, 1, 1), QDate(2029, 1, 1), {}});
        c = f.permits().verifyTicket(u"HW-1"_s, t.sha256);
        QVERIFY(!c.valid);
        QVERIFY2(c.reason.startsWith(u"changed since issue"_s), qPrintable(c.reason));
        // The gate fails (taken off the whitelist): no ticket.
        f.db().exec(u"UPDATE people SET whitelisted = 0 WHERE code = 'W-1'"_s);
        const QString msg = refusal([&] { f.permits().issueTicket(u"HW-1"_s); });
        QVERIFY2(msg.contains(u"'ticket' refused"_s) && msg.contains(u"not on the contractor whitelist"_s), qPrintable(msg));
        QVERIFY(refusal([&] { f.permits().verifyTicket(u"HW-1"_s, u"xyz"_s); }, ErrorCode::BadInput).contains(u"field 'hash'"_s));
    }

    void ticketRefusedWhileConflicting()
    {
        PermitFixture f(Backend::Sqlite);
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"A-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8, 0, 0, u"C-1"_s));
        f.permits().apply(u"A-1"_s, u"submit"_s);
        f.approve(u"A-1"_s);
        PermitInput b = f.input(u"B-1"_s, u"excavation"_s, u"standard"_s, f.t0, 8, 13, 0, u"C-2"_s);
        b.coordinatorCode = u"K-1"_s;
        f.as(u"coord"_s);
        f.permits().createDraft(b);
        f.permits().apply(u"B-1"_s, u"submit"_s);
        f.approve(u"B-1"_s); // coordinated cross-work
        const QString msg = refusal([&] { f.permits().issueTicket(u"A-1"_s); });
        QVERIFY2(msg.contains(u"conflict: cross_work with permit 'B-1'"_s), qPrintable(msg));
        QCOMPARE(f.permits().issueTicket(u"B-1"_s).card.permit.code, u"B-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPermitAlarms)
#include "tst_permit_alarms.moc"
