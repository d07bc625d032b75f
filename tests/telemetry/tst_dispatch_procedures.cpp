// SPDX-License-Identifier: Apache-2.0
// Dispatch procedures (issue #8), on SQLite and PostgreSQL: the steps of the alarm type's procedure are
// copied onto the order a rule opens; steps are marked done or skipped (reason required) by the signed-in
// user, timestamped and audited, out of order allowed and recorded; a skipped step notifies the area
// supervisor on the roster (else the EHS managers); an order with open steps cannot be confirmed. The
// procedure file is validated field by field and a site's file overrides it.
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/logic/Procedures.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/dispatch/logic/RosterService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/auth/UserService.h"
#include "platform/util/Error.h"
#include "TelemetryFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QDateTime kNow = QDateTime::fromString(u"2026-03-02T10:30:00+08:00"_s, Qt::ISODate);
constexpr qint64 kMin = 60'000;

struct Fixture {
    explicit Fixture(Backend backend) : t(backend) {}
    test::TestDb t;
    std::unique_ptr<Database> db;
    ManualClock clock{kNow.toMSecsSinceEpoch()};
    bool open()
    {
        if (!t.available())
            return false;
        db = t.open();
        test::loadTelemetrySite(*db, kNow.toMSecsSinceEpoch());
        clock.set(kNow.toMSecsSinceEpoch() + kMin);
        return true;
    }
    ServiceContext as(const QString &user) { return ServiceContext{*db, UserService::actorFor(*db, user), &clock}; }
    ServiceContext system() { return ServiceContext{*db, Actor::system(u"telemetry"_s), &clock}; }
    int count(const QString &sql, const QVariantList &binds = {}) { return db->scalar(sql, binds).toInt(); }
    RuleAlarm raise(const QString &ruleId, const QString &tag, double value)
    {
        const rules::RuleSet set = rules::loadRules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
        for (const rules::Rule &r : set.rules)
            if (r.id == ruleId) {
                auto ctx = system();
                return TelemetryService(ctx).raiseFromRule(r, clock.nowMs(), tag, value);
            }
        return {};
    }
    QString stepState(const QString &order, int seq)
    {
        return db->scalar(u"SELECT s.state FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id WHERE o.code = ? AND s.seq = ?"_s,
                          {order, seq}).toString();
    }
    QJsonObject lastAudit(const QString &action, const QString &object)
    {
        const QString details = db->scalar(u"SELECT details FROM audit_log WHERE action = ? AND object_id = ? ORDER BY seq DESC LIMIT 1"_s,
                                           {action, object}).toString();
        return QJsonDocument::fromJson(details.toUtf8()).object();
    }
};

QString errorOf(const std::function<void()> &fn, ErrorCode *code = nullptr)
{
    try {
        fn();
    } catch (const Error &e) {
        if (code)
            *code = e.code();
        return e.message();
    }
    return {};
}
} // namespace

class TestDispatchProcedures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One store per backend for all the scenarios (a PostgreSQL store takes long to set up), each on its own orders.
    void procedures_data() { test::addBackendRows(); }
    void procedures()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        stepsInstantiated(f);
        if (QTest::currentTestFailed())
            return;
        markDoneAndSkip(f);
        if (QTest::currentTestFailed())
            return;
        confirmRefusedWithOpenSteps(f);
        if (QTest::currentTestFailed())
            return;
        skipWithoutSupervisorGoesToEhs(f);
    }

    // Issue 16: the rule action "notify" delivers notifications (it used to do nothing); a rule set whose
    // notify names nobody is refused when saved.
    void notifyActionDelivers()
    {
        Fixture f(Backend::Sqlite);
        QVERIFY(f.open());
        const rules::RuleSet set = rules::parseRules(R"({"rules":[{"id":"ch2-co-note","severity":"high",
            "all_of":[{"tag":"CH2.CO_ppm","op":"gt","value":50}],
            "actions":[{"type":"notify","text":"CO high in casting house 2"},{"type":"notify","to":"ehs_manager"},
                       {"type":"notify","to":"demo.viewer","text":"for the record"}]}]})", u"rules.json"_s);
        auto sys = f.system();
        const RuleAlarm a = TelemetryService(sys).raiseFromRule(set.rules.first(), f.clock.nowMs(), u"CH2.CO_ppm"_s, 60);
        QVERIFY(a.alarmId > 0);
        const QString id = QString::number(a.alarmId);
        QCOMPARE(f.count(u"SELECT count(*) FROM notifications WHERE object_type = 'alarm' AND object_id = ?"_s, {id}), 3);
        QCOMPARE(f.db->scalar(u"SELECT text FROM notifications WHERE recipient = 'demo.supervisor.ch2' AND object_id = ?"_s, {id}).toString(),
                 u"CO high in casting house 2 (high)"_s); // on duty in CH2
        QCOMPARE(f.count(u"SELECT count(*) FROM notifications WHERE recipient = 'demo.ehs' AND object_id = ?"_s, {id}), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM notifications WHERE recipient = 'demo.viewer' AND object_id = ?"_s, {id}), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.notify' AND object_id = ?"_s, {id}), 3);
        // The recipient sees it among their notifications.
        auto viewer = f.as(u"demo.viewer"_s);
        QCOMPARE(NotificationService(viewer).mine().rows.size(), 1);

        auto ehs = f.as(u"demo.ehs"_s);
        ErrorCode code{};
        const QString err = errorOf([&] {
            TelemetryService(ehs).saveRules(R"({"rules":[{"id":"r","severity":"low","all_of":[{"tag":"A","op":"gt","value":1}],
                                                 "actions":[{"type":"notify","to":"nobody.here"}]}]})", u"test"_s);
        }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(err.contains(u"nobody.here"_s) && err.contains(u"actions[0].to"_s), qPrintable(err));
        const QString err2 = errorOf([&] {
            TelemetryService(ehs).saveRules(R"({"rules":[{"id":"r","severity":"low","all_of":[{"tag":"A","op":"gt","value":1}],
                                                 "actions":[{"type":"page"}]}]})", u"test"_s);
        }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(err2.contains(u"unknown action type 'page'"_s), qPrintable(err2));
    }

    void catalogueIsValidatedAndOverridable()
    {
        const ProcedureCatalog &c = ProcedureCatalog::current();
        QVERIFY(c.find(u"casting-co-fan"_s, u"toxic_gas"_s));
        QCOMPARE(c.find(u"casting-co-fan"_s, u"toxic_gas"_s)->id, u"casting-halt-pour"_s); // rule wins over kind
        QCOMPARE(c.find(u"whatever"_s, u"combustible_gas"_s)->id, u"combustible-gas-leak"_s);
        QVERIFY(!c.find(u"whatever"_s, u"temperature"_s));

        auto err = [](const QByteArray &json) { return errorOf([&] { ProcedureCatalog::parse(json, u"site.json"_s); }); };
        QVERIFY(err(R"({"format":"guardline-procedures","procedures":[{"id":"a","title":{"en":"A","zh":"甲"},"rules":["r"],
                 "steps":[{"key":"k","en":"do"}]}]})").contains(u"site.json: field 'procedures[0].steps[0].zh'"_s));
        QVERIFY(err(R"({"format":"guardline-procedures","procedures":[{"id":"a","title":{"en":"A","zh":"甲"},
                 "steps":[{"key":"k","en":"do","zh":"做"}]}]})").contains(u"applies to nothing"_s));
        QVERIFY(err(R"({"format":"other","procedures":[]})").contains(u"field 'format'"_s));
        QVERIFY(err(R"({"format":"guardline-procedures","procedures":[{"id":"a","title":{"en":"A","zh":"甲"},"rules":["r"],
                 "steps":[{"key":"k","en":"do","zh":"做"},{"key":"k","en":"again","zh":"再"}]}]})").contains(u"duplicate step 'k'"_s));
        QVERIFY(err("{not json").contains(u"site.json"_s));

        ProcedureCatalog site = c;
        site.overrideWith(R"({"format":"guardline-procedures","procedures":[
            {"id":"combustible-gas-leak","disabled":true},
            {"id":"casting-halt-pour","title":{"en":"Site HALT POUR","zh":"停止浇注"},"rules":["casting-co-fan"],
             "steps":[{"key":"halt","en":"Halt","zh":"停"}]},
            {"id":"h2s","title":{"en":"H2S","zh":"硫化氢"},"kinds":["toxic_gas"],"steps":[{"key":"mask","en":"Mask","zh":"面罩"}]}]})",
                          u"site.json"_s);
        QVERIFY(!site.find(u"x"_s, u"combustible_gas"_s));
        QCOMPARE(site.find(u"casting-co-fan"_s, {})->steps.size(), 1);
        QCOMPARE(site.find(u"x"_s, u"toxic_gas"_s)->id, u"h2s"_s);
        // A bad site file changes nothing.
        ProcedureCatalog untouched = c;
        QVERIFY(!errorOf([&] {
                     untouched.overrideWith(R"({"format":"guardline-procedures","procedures":[{"id":"combustible-gas-leak","disabled":true},
                                               {"id":"b","title":{"en":"B"}}]})", u"site.json"_s);
                 }).isEmpty());
        QCOMPARE(untouched.procedures.size(), c.procedures.size());
    }

private:
    static void stepsInstantiated(Fixture &f)
    {
        // HALT POUR: the rule's own procedure.
        const RuleAlarm a = f.raise(u"casting-co-fan"_s, u"CH2.CO_ppm"_s, 72);
        QVERIFY(!a.orderCode.isEmpty());
        QSqlQuery q = f.db->exec(u"SELECT s.seq, s.procedure_id, s.step_key, s.state, s.text_zh FROM order_steps s "
                                 "JOIN dispatch_orders o ON o.id = s.order_id WHERE o.code = ? ORDER BY s.seq"_s, {a.orderCode});
        QStringList keys;
        while (q.next()) {
            QCOMPARE(q.value(0).toInt(), keys.size() + 1);
            QCOMPARE(q.value(1).toString(), u"casting-halt-pour"_s);
            QCOMPARE(q.value(3).toString(), u"pending"_s);
            QVERIFY(!q.value(4).toString().isEmpty());
            keys << q.value(2).toString();
        }
        QCOMPARE(keys.first(), u"halt-pour"_s);
        QCOMPARE(keys.size(), 6);
        const QJsonObject audit = f.lastAudit(u"order.procedure"_s, a.orderCode);
        QCOMPARE(audit.value(u"procedure"_s).toString(), u"casting-halt-pour"_s);
        QCOMPARE(audit.value(u"steps"_s).toInt(), 6);

        // A combustible gas alarm: the procedure by sensor kind (GB/T 50493 practice).
        const RuleAlarm b = f.raise(u"tf-lel-t101-1st"_s, u"TF.LEL_T101"_s, 27);
        QCOMPARE(f.db->scalar(u"SELECT DISTINCT s.procedure_id FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id "
                              "WHERE o.code = ?"_s, {b.orderCode}).toString(), u"combustible-gas-leak"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id WHERE o.code = ?"_s, {b.orderCode}), 8);

        // No procedure for a silent fan drive: no steps, and the order confirms as before.
        const RuleAlarm c = f.raise(u"ch2-fan-stale"_s, u"CH2.FAN_HZ"_s, 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id WHERE o.code = ?"_s, {c.orderCode}), 0);
        auto d = f.as(u"demo.dispatcher"_s);
        OperationsService ops(d);
        QVERIFY(!c.assignee.isEmpty()); // auto-assigned to whoever is on duty: their own steps (CONTRACTS.md 6.4)
        auto onDutyC = f.as(c.assignee);
        OperationsService(onDutyC).applyOrder(c.orderCode, u"respond"_s);
        OperationsService(onDutyC).applyOrder(c.orderCode, u"resolve"_s);
        QCOMPARE(ops.applyOrder(c.orderCode, u"confirm"_s), u"confirmed"_s);

        // The snapshot's tables.
        auto viewer = f.as(u"demo.viewer"_s);
        const Table steps = ProcedureService(viewer).steps();
        QCOMPARE(steps.rows.size(), 14);
        QCOMPARE(steps.rows.first().value(steps.column(u"order"_s)).toString(), a.orderCode);
    }

    static void markDoneAndSkip(Fixture &f)
    {
        const RuleAlarm a = f.raise(u"casting-co-fan"_s, u"CH2.CO_ppm"_s, 72);
        auto d = f.as(u"demo.dispatcher"_s);
        ProcedureService p(d);

        // Out of order: step 2 before step 1 is allowed and recorded.
        f.clock.advance(5000);
        QVERIFY(p.markStep(a.orderCode, 2, u"done"_s).isEmpty());
        QCOMPARE(f.stepState(a.orderCode, 2), u"done"_s);
        QSqlQuery q = f.db->exec(u"SELECT s.marked_at, s.marked_by, s.out_of_order FROM order_steps s JOIN dispatch_orders o "
                                 "ON o.id = s.order_id WHERE o.code = ? AND s.seq = 2"_s, {a.orderCode});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), f.clock.nowMs());
        QCOMPARE(q.value(1).toString(), u"demo.dispatcher"_s);
        QCOMPARE(q.value(2).toInt(), 1);
        QJsonObject audit = f.lastAudit(u"order.step"_s, a.orderCode);
        QCOMPARE(audit.value(u"seq"_s).toInt(), 2);
        QCOMPARE(audit.value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(audit.value(u"out_of_order"_s).toBool(), true);
        QCOMPARE(audit.value(u"pending_before"_s).toArray(), QJsonArray{1});
        QCOMPARE(f.db->scalar(u"SELECT actor FROM audit_log WHERE action = 'order.step' ORDER BY seq DESC LIMIT 1"_s).toString(),
                 u"demo.dispatcher"_s);
        p.markStep(a.orderCode, 1, u"done"_s);
        QCOMPARE(f.lastAudit(u"order.step"_s, a.orderCode).value(u"out_of_order"_s).toBool(), false);

        // A skip needs a reason: refused, nothing stored.
        const int auditBefore = f.count(u"SELECT count(*) FROM audit_log"_s);
        ErrorCode code{};
        QString err = errorOf([&] { p.markStep(a.orderCode, 3, u"skipped"_s, u"   "_s); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(err.contains(u"'reason'"_s) && err.contains(a.orderCode), qPrintable(err));
        QCOMPARE(f.stepState(a.orderCode, 3), u"pending"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
        err = errorOf([&] { p.markStep(a.orderCode, 3, u"maybe"_s); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        err = errorOf([&] { p.markStep(a.orderCode, 9, u"done"_s); }, &code);
        QCOMPARE(code, ErrorCode::NotFound);

        // Skipped with a reason: the CH2 supervisor on the roster is notified.
        const QStringList notified = p.markStep(a.orderCode, 3, u"skipped"_s, u"standby fan under maintenance"_s);
        QCOMPARE(notified, QStringList{u"demo.supervisor.ch2"_s});
        QCOMPARE(f.stepState(a.orderCode, 3), u"skipped"_s);
        audit = f.lastAudit(u"order.step"_s, a.orderCode);
        QCOMPARE(audit.value(u"reason"_s).toString(), u"standby fan under maintenance"_s);
        QCOMPARE(audit.value(u"notify"_s).toArray(), QJsonArray{u"demo.supervisor.ch2"_s});
        auto sup = f.as(u"demo.supervisor.ch2"_s);
        const Table mine = NotificationService(sup).mine();
        QCOMPARE(mine.rows.size(), 1);
        const QString text = mine.rows.first().value(mine.column(u"text"_s)).toString();
        QVERIFY2(text.contains(a.orderCode) && text.contains(u"step 3"_s) && text.contains(u"standby fan under maintenance"_s), qPrintable(text));
        // Issue 16 item 9: the text in each language with its own step text (a zh interface shows text_zh).
        const QString stepEn = f.db->scalar(u"SELECT s.text_en FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id "
                                            "WHERE o.code = ? AND s.seq = 3"_s, {a.orderCode}).toString();
        const QString stepZh = f.db->scalar(u"SELECT s.text_zh FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id "
                                            "WHERE o.code = ? AND s.seq = 3"_s, {a.orderCode}).toString();
        QVERIFY(!stepEn.isEmpty() && !stepZh.isEmpty());
        QVERIFY2(text.contains(stepEn) && !text.contains(stepZh), qPrintable(text));
        const QString textZh = mine.rows.first().value(mine.column(u"text_zh"_s)).toString();
        QCOMPARE(textZh, u"%1 第 3 步被 demo.dispatcher 跳过：%2 — 原因：standby fan under maintenance"_s.arg(a.orderCode, stepZh));
        QCOMPARE(mine.rows.first().value(mine.column(u"area"_s)).toString(), u"CH2"_s);
        QVERIFY(NotificationService(d).mine().rows.isEmpty()); // not the dispatcher's
        const Table skipped = ProcedureService(sup).skippedSteps();
        QCOMPARE(skipped.rows.size(), 1);
        QCOMPARE(skipped.rows.first().value(skipped.column(u"marked_by"_s)).toString(), u"demo.dispatcher"_s);

        // Reading it: only the recipient, audited.
        const qint64 nid = mine.rows.first().value(0).toLongLong();
        errorOf([&] { NotificationService(d).markRead(nid); }, &code);
        QCOMPARE(code, ErrorCode::Forbidden);
        NotificationService(sup).markRead(nid);
        QVERIFY(!NotificationService(sup).mine().rows.first().value(mine.column(u"read_at"_s)).isNull());
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'notification.read' AND actor = 'demo.supervisor.ch2'"_s), 1);

        // Once marked, a step stays; a viewer may not mark.
        err = errorOf([&] { p.markStep(a.orderCode, 1, u"skipped"_s, u"x"_s); }, &code);
        QCOMPARE(code, ErrorCode::Conflict);
        QVERIFY2(err.contains(u"already done"_s), qPrintable(err));
        auto viewer = f.as(u"demo.viewer"_s);
        errorOf([&] { ProcedureService(viewer).markStep(a.orderCode, 4, u"done"_s); }, &code);
        QCOMPARE(code, ErrorCode::Forbidden);
        // The area supervisor may mark steps too.
        ProcedureService(sup).markStep(a.orderCode, 4, u"done"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'order.step' AND object_id = ?"_s, {a.orderCode}), 4);
    }

    static void confirmRefusedWithOpenSteps(Fixture &f)
    {
        const RuleAlarm a = f.raise(u"casting-co-fan"_s, u"CH2.CO_ppm"_s, 72);
        auto d = f.as(u"demo.dispatcher"_s);
        OperationsService ops(d);
        ProcedureService p(d);
        QVERIFY(!a.assignee.isEmpty());
        auto onDuty = f.as(a.assignee);
        OperationsService(onDuty).applyOrder(a.orderCode, u"respond"_s);
        OperationsService(onDuty).applyOrder(a.orderCode, u"resolve"_s);
        p.markStep(a.orderCode, 1, u"done"_s);
        p.markStep(a.orderCode, 2, u"done"_s);
        p.markStep(a.orderCode, 3, u"skipped"_s, u"fan restarted by itself"_s);
        ErrorCode code{};
        const QString err = errorOf([&] { ops.applyOrder(a.orderCode, u"confirm"_s); }, &code);
        QCOMPARE(code, ErrorCode::Conflict);
        QVERIFY2(err.contains(u"3 procedure step(s)"_s) && err.contains(u"4. Measure CO"_s) && err.contains(u"6. Area supervisor"_s)
                     && !err.contains(u"1. Stop pouring"_s),
                 qPrintable(err));
        QCOMPARE(f.db->scalar(u"SELECT state FROM dispatch_orders WHERE code = ?"_s, {a.orderCode}).toString(), u"resolved"_s);
        QVERIFY(f.db->scalar(u"SELECT confirmed_at FROM dispatch_orders WHERE code = ?"_s, {a.orderCode}).isNull());
        for (int seq : {4, 5, 6})
            p.markStep(a.orderCode, seq, u"done"_s);
        QCOMPARE(ops.applyOrder(a.orderCode, u"confirm"_s), u"confirmed"_s);
        // A confirmed order's steps are final.
        errorOf([&] { p.markStep(a.orderCode, 1, u"done"_s); }, &code);
        QCOMPARE(code, ErrorCode::Conflict);
    }

    static void skipWithoutSupervisorGoesToEhs(Fixture &f)
    {
        // The tank farm has no area supervisor on the roster (only the site-wide dispatcher).
        const RuleAlarm b = f.raise(u"tf-lel-t101-1st"_s, u"TF.LEL_T101"_s, 27);
        auto d = f.as(u"demo.dispatcher"_s);
        const QStringList notified = ProcedureService(d).markStep(b.orderCode, 4, u"skipped"_s, u"responders already on the bund"_s);
        QCOMPARE(notified, QStringList{u"demo.ehs"_s});
        QCOMPARE(f.count(u"SELECT count(*) FROM notifications WHERE recipient = 'demo.ehs' AND object_id = ?"_s, {b.orderCode}), 1);
        // A supervisor on the roster for the tank farm from now on gets the next one instead.
        auto root = f.as(u"root"_s);
        RosterService(root).add(u"TF1"_s, u"demo.supervisor.ca1"_s, f.clock.nowMs() - 1000, f.clock.nowMs() + 3600'000);
        QCOMPARE(ProcedureService(d).markStep(b.orderCode, 5, u"skipped"_s, u"valve already closed by the operator"_s),
                 QStringList{u"demo.supervisor.ca1"_s});
    }

};

QTEST_GUILESS_MAIN(TestDispatchProcedures)
#include "tst_dispatch_procedures.moc"
