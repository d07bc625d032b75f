// SPDX-License-Identifier: Apache-2.0
// Telemetry in the store, on SQLite and PostgreSQL: samples with bad data kept as bad, 1-minute rollup
// and retention; rules as versioned, audited data; a rule raising an alarm that opens a dispatch order
// auto-assigned from the on-duty roster and pushes an instruction; ISA-18.2 return-to-normal, shelving
// with reason and expiry; the escalation ladder of orders and late instructions.
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/logic/RosterService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TelemetryFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

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
    rules::Rule defaultRule(const QString &id)
    {
        const rules::RuleSet set = rules::loadRules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
        for (const rules::Rule &r : set.rules)
            if (r.id == id)
                return r;
        return {};
    }
};
} // namespace

class TestTelemetryService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storesRollsUpAndRetains_data() { test::addBackendRows(); }
    void storesRollsUpAndRetains()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto ctx = f.system();
        TelemetryService svc(ctx);
        const qint64 m0 = (f.clock.nowMs() / kMin) * kMin;
        QList<StoredSample> s;
        for (int i = 0; i < 120; ++i) // two minutes at 1 Hz
            s.append({u"CH2.CO_ppm"_s, m0 + i * 1000, double(i % 60), true});
        s.append({u"CH2.CO_ppm"_s, m0 + 500, 999, false}); // bad: kept, never averaged
        svc.storeSamples(s);
        QCOMPARE(f.count(u"SELECT count(*) FROM tag_samples WHERE tag = 'CH2.CO_ppm'"_s), 121);
        QCOMPARE(f.count(u"SELECT count(*) FROM tag_samples WHERE good = 0"_s), 1);

        f.clock.set(m0 + 3 * kMin + 1000); // minutes 0 and 1 complete, plus a minute of grace
        const QString line = svc.rollup(7 * 86400'000LL, 400 * 86400'000LL);
        QVERIFY2(line.contains(u"2 tag-minutes"_s), qPrintable(line));
        QSqlQuery q = f.db->exec(u"SELECT n, bad, vmin, vmax, vavg FROM tag_minutes WHERE tag = 'CH2.CO_ppm' ORDER BY minute"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 61);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toDouble(), 0.0);
        QCOMPARE(q.value(3).toDouble(), 59.0);
        QCOMPARE(q.value(4).toDouble(), 29.5);
        QVERIFY(q.next());
        QVERIFY(!q.next());
        QCOMPARE(svc.rollup(7 * 86400'000LL, 400 * 86400'000LL), QString()); // nothing new: idempotent
        QCOMPARE(f.count(u"SELECT count(*) FROM tag_minutes"_s), 2);

        auto reader = f.as(u"demo.viewer"_s);
        QCOMPARE(TelemetryService(reader).series(u"CH2.CO_ppm"_s, m0, m0 + 2 * kMin).size(), 121);

        // Past the raw retention: raw samples go, the minutes stay and feed the chart.
        f.clock.set(m0 + 10 * kMin);
        QVERIFY(svc.rollup(5 * kMin, 400 * 86400'000LL).contains(u"121 raw samples"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM tag_samples"_s), 0);
        const QList<StoredSample> series = TelemetryService(reader).series(u"CH2.CO_ppm"_s, m0, m0 + 2 * kMin);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.first().value, 29.5);
    }

    /// Every sample comes back exactly as given, whatever its tag's characters or its value (PostgreSQL
    /// sends them as array literals), and a transaction that yields stores a prefix, the rest nothing.
    void storesSamplesExactly_data() { test::addBackendRows(); }
    void storesSamplesExactly()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto ctx = f.system();
        TelemetryService svc(ctx);
        const qint64 t0 = f.clock.nowMs();
        const QStringList tags = {u"A"_s, u"with \"quote\""_s, u"back\\slash"_s, u"comma,{brace}"_s, u"NULL"_s,
                                  u""_s, u"  spaced  "_s, u"\u6E29\u5EA6.\u00B0C"_s, u"semi;colon'apos"_s};
        const double values[] = {0.1, -0.0, 1e-300, 1.7976931348623157e308, 123456.789012345678, -42.5,
                                 std::numeric_limits<double>::quiet_NaN(), 3.0, 2.0 / 3.0};
        QList<StoredSample> s;
        for (qsizetype i = 0; i < tags.size(); ++i)
            s.append({tags.at(i), t0 + i, values[i], i % 2 == 0});
        // In statements of 4 rows: three statements; the yield after the first ends the transaction there.
        int asked = 0;
        QCOMPARE(svc.storeSamples(s, 4, [&] { return ++asked == 1; }), qsizetype(4));
        QCOMPARE(f.count(u"SELECT count(*) FROM tag_samples"_s), 4);
        QCOMPARE(svc.storeSamples(s.mid(4), 4, {}), qsizetype(s.size() - 4));
        QSqlQuery q = f.db->exec(u"SELECT tag, ts, value, good FROM tag_samples ORDER BY ts"_s);
        qsizetype i = 0;
        for (; q.next(); ++i) {
            QVERIFY(i < s.size());
            QCOMPARE(q.value(0).toString(), s.at(i).tag);
            QCOMPARE(q.value(1).toLongLong(), s.at(i).ts);
            const double want = std::isfinite(s.at(i).value) ? s.at(i).value : 0.0; // NaN is stored as 0
            QVERIFY2(q.value(2).toDouble() == want, qPrintable(u"%1: %2 != %3"_s.arg(s.at(i).tag).arg(q.value(2).toDouble(), 0, 'g', 17).arg(want, 0, 'g', 17)));
            QCOMPARE(q.value(3).toInt() == 1, s.at(i).good);
        }
        QCOMPARE(i, s.size());
    }

    void rulesAreVersionedAndAudited_data() { test::addBackendRows(); }
    void rulesAreVersionedAndAudited()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto viewer = f.as(u"demo.viewer"_s);
        const QByteArray good = R"({"rules":[{"id":"r1","severity":"high","all_of":[{"tag":"CH2.CO_ppm","op":"gt","value":17}]}]})";
        try {
            TelemetryService(viewer).saveRules(good, u"x"_s);
            QFAIL("a viewer saved rules");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
        }
        auto ehs = f.as(u"demo.ehs"_s);
        TelemetryService svc(ehs);
        try {
            svc.saveRules(R"({"rules":[{"id":"r1","severity":"high","all_of":[{"tag":"A","op":"between","value":1}]}]})", u"bad"_s);
            QFAIL("a bad rule was saved");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"rule 'r1': all_of[0]: field 'op'"_s), qPrintable(e.message()));
        }
        QCOMPARE(f.count(u"SELECT count(*) FROM rule_sets"_s), 0);
        QCOMPARE(svc.saveRules(good, u"first"_s), 1);
        QByteArray second = good;
        second.replace("17", "20");
        QCOMPARE(svc.saveRules(second, u"raise threshold"_s), 2);
        QCOMPARE(svc.activeRules().first, 2);
        QVERIFY(svc.activeRules().second.contains("20"));
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'rules.save' AND actor = 'demo.ehs'"_s), 2);
    }

    void ruleRaisesAlarmOrderAndInstruction_data() { test::addBackendRows(); }
    void ruleRaisesAlarmOrderAndInstruction()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto ctx = f.system();
        TelemetryService svc(ctx);
        const rules::Rule rule = f.defaultRule(u"casting-co-fan"_s);
        QCOMPARE(rule.id, u"casting-co-fan"_s);
        const qint64 detected = f.clock.nowMs() - 40;
        const RuleAlarm a = svc.raiseFromRule(rule, detected, u"CH2.CO_ppm"_s, 72.5);
        QVERIFY(a.alarmId > 0);
        QSqlQuery q = f.db->exec(u"SELECT al.state, al.severity, r.code, al.raised_at, al.value FROM alarms al "
                                 "JOIN areas r ON r.id = al.area_id WHERE al.id = ?"_s, {a.alarmId});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"unacknowledged"_s);
        QCOMPARE(q.value(1).toString(), u"critical"_s);
        QCOMPARE(q.value(2).toString(), u"CH2"_s);
        QCOMPARE(q.value(3).toLongLong(), detected);
        QCOMPARE(q.value(4).toDouble(), 72.5);
        // The order is auto-assigned to whoever is on duty in CH2 (the demo roster: its supervisor).
        QCOMPARE(a.orderCode, u"DSP-%1"_s.arg(a.alarmId));
        QCOMPARE(a.assignee, u"demo.supervisor.ch2"_s);
        QCOMPARE(f.db->scalar(u"SELECT o.state FROM dispatch_orders o WHERE o.code = ?"_s, {a.orderCode}).toString(), u"assigned"_s);
        QCOMPARE(f.db->scalar(u"SELECT due_at - created_at FROM dispatch_orders WHERE code = ?"_s, {a.orderCode}).toLongLong(), 10 * kMin);
        QCOMPARE(a.commands.size(), 1);
        QCOMPARE(a.commands.first().text, u"HALT POUR"_s);
        QCOMPARE(a.commands.first().target, u"casting-house-2"_s);
        QCOMPARE(f.db->scalar(u"SELECT ack_due_at - issued_at FROM instructions WHERE id = ?"_s, {a.commands.first().instructionId}).toLongLong(),
                 OperationsService::kDefaultAckMs);
        svc.recordInstructionSend(a.commands.first().instructionId, u"mqtt:broker:1883"_s, {});
        QCOMPARE(f.db->scalar(u"SELECT sent_via FROM instructions WHERE id = ?"_s, {a.commands.first().instructionId}).toString(),
                 u"mqtt:broker:1883"_s);

        // ISA-18.2: back to normal before anyone acknowledged → returned; the acknowledgement clears it.
        QVERIFY(svc.returnToNormal(a.alarmId));
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {a.alarmId}).toString(), u"returned"_s);
        QVERIFY(!svc.returnToNormal(a.alarmId));
        auto dispatcher = f.as(u"demo.dispatcher"_s);
        OperationsService(dispatcher).acknowledgeAlarm(a.alarmId);
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {a.alarmId}).toString(), u"cleared"_s);

        // Nobody on duty for the tank farm but the site-wide dispatcher.
        const RuleAlarm b = svc.raiseFromRule(f.defaultRule(u"tf-lel-t101-1st"_s), f.clock.nowMs(), u"TF.LEL_T101"_s, 27);
        QCOMPARE(b.assignee, u"demo.dispatcher"_s);
        QVERIFY(b.commands.isEmpty());
        QCOMPARE(f.db->scalar(u"SELECT due_at - created_at FROM dispatch_orders WHERE code = ?"_s, {b.orderCode}).toLongLong(), 30 * kMin);
    }

    /// Issue 16 (ISA-18.2): a flood is counted per operator position (the areas its console covers) and per
    /// area, over the site's window and limit, with an injected clock.
    void floodPerPositionAndArea()
    {
        const QString positions = uR"([{"code": "casting", "name": "Casting desk", "areas": ["CH2", "CA1"]},
                                       {"code": "utilities", "areas": ["UT1", "TF1"]}])"_s;
        const QStringList areas{u"CA1"_s, u"EL1"_s, u"TF1"_s, u"CH2"_s, u"UT1"_s};
        const FloodSettings s = FloodSettings::parse({{u"flood_alarms"_s, u"3"_s}, {u"flood_window_s"_s, u"600"_s},
                                                      {u"operator_positions"_s, positions}}, areas);
        QCOMPARE(s.alarms, 3);
        QCOMPARE(s.positions.size(), 2);
        const qint64 now = kNow.toMSecsSinceEpoch();
        QList<FloodAlarm> alarms;
        for (int i = 0; i < 4; ++i)
            alarms.append({now - i * kMin, u"CH2"_s, false});
        alarms.append({now - kMin, u"UT1"_s, false});
        alarms.append({now - kMin, u"CH2"_s, true});      // shelved: not annunciated
        alarms.append({now - 11 * kMin, u"CH2"_s, false}); // before the window
        alarms.append({now + kMin, u"CH2"_s, false});      // after now
        const QList<FloodStatus> st = floodStatus(s, alarms, now);
        QCOMPARE(st.size(), 2);
        QCOMPARE(st[0].position, u"casting"_s);
        QCOMPARE(st[0].count, 4);
        QVERIFY(st[0].flooding);
        QCOMPARE(st[0].floodingAreas, QStringList{u"CH2"_s});
        QCOMPARE(st[1].count, 1);
        QVERIFY(!st[1].flooding); // the utilities console is not flooded by the casting house
        // 3 in the window is at the limit, not over it; 8 minutes on, the oldest two have left the window.
        QVERIFY(!floodStatusOf(s, u"casting"_s, alarms.mid(1, 3), now).flooding);
        QVERIFY(!floodStatusOf(s, u"casting"_s, alarms, now + 8 * kMin + 1).flooding);
        // Without positions the whole site is one position, with the default limit of 10.
        const FloodSettings site = FloodSettings::parse({});
        QCOMPARE(site.positions.size(), 1);
        QCOMPARE(site.alarms, kFloodAlarms);
        QCOMPARE(site.windowMs, kFloodWindowMs);
        QCOMPARE(floodStatusOf(site, u"site"_s, alarms, now).count, 5);
        // Bad settings name the key, the position and the field.
        const auto message = [&](const QHash<QString, QString> &v) {
            try {
                FloodSettings::parse(v, areas);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QString m = message({{u"operator_positions"_s, uR"([{"code": "a", "areas": ["CH2"]}, {"code": "b", "areas": ["CX9"]}])"_s}});
        QVERIFY2(m.contains(u"operator_positions"_s) && m.contains(u"position #2"_s) && m.contains(u"unknown area 'CX9'"_s), qPrintable(m));
        m = message({{u"flood_alarms"_s, u"ten"_s}});
        QVERIFY2(m.contains(u"flood_alarms"_s) && m.contains(u"'ten'"_s), qPrintable(m));
        m = message({{u"operator_positions"_s, uR"([{"areas": ["CH2"]}])"_s}});
        QVERIFY2(m.contains(u"field 'code'"_s), qPrintable(m));
    }

    /// The flood's start and end per position and area go into the audit chain (housekeeping), once each.
    void floodRecordedInAudit_data() { test::addBackendRows(); }
    void floodRecordedInAudit()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto root = f.as(u"root"_s);
        try {
            TelemetryService(root).setFloodSetting(u"operator_positions"_s, uR"([{"code": "x", "areas": ["NOPE"]}])"_s);
            QFAIL("a position over an unknown area was saved");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"unknown area 'NOPE'"_s), qPrintable(e.message()));
        }
        auto viewer = f.as(u"demo.viewer"_s);
        QVERIFY_THROWS_EXCEPTION(Error, TelemetryService(viewer).setFloodSetting(u"flood_alarms"_s, u"3"_s));
        TelemetryService(root).setFloodSetting(u"flood_alarms"_s, u"3"_s);
        TelemetryService(root).setFloodSetting(u"operator_positions"_s,
                                               uR"([{"code": "casting", "areas": ["CH2", "CA1"]}, {"code": "utilities", "areas": ["UT1"]}])"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.setting'"_s), 2);
        auto sys = f.system();
        QCOMPARE(TelemetryService(sys).recordFloods(), QString());
        for (int i = 0; i < 4; ++i) {
            OperationsService(root).raiseManualAlarm(u"CH2"_s, u"medium"_s, u"caller %1"_s.arg(i));
            f.clock.advance(1000);
        }
        OperationsService(root).raiseManualAlarm(u"UT1"_s, u"medium"_s, u"caller at the pumps"_s);
        const QString line = TelemetryService(sys).recordFloods();
        QVERIFY2(line.contains(u"casting"_s) && line.contains(u"CH2"_s) && !line.contains(u"utilities"_s), qPrintable(line));
        const QString started = u"SELECT count(*) FROM audit_log WHERE action = 'alarm.flood_start' AND object_type = ? AND object_id = ?"_s;
        const QString ended = u"SELECT count(*) FROM audit_log WHERE action = 'alarm.flood_end' AND object_type = ? AND object_id = ?"_s;
        QCOMPARE(f.count(started, {u"operator_position"_s, u"casting"_s}), 1);
        QCOMPARE(f.count(started, {u"area"_s, u"CH2"_s}), 1);
        QCOMPARE(f.count(started, {u"operator_position"_s, u"utilities"_s}), 0);
        const QJsonObject d = QJsonDocument::fromJson(
                                  f.db->scalar(u"SELECT details FROM audit_log WHERE action = 'alarm.flood_start' AND object_id = 'casting'"_s)
                                      .toString().toUtf8()).object();
        QCOMPARE(d.value(u"alarms"_s).toInt(), 4);
        QCOMPARE(d.value(u"limit"_s).toInt(), 3);
        QCOMPARE(TelemetryService(sys).recordFloods(), QString()); // still flooding: recorded once
        f.clock.advance(11 * kMin); // the window has passed
        const QString over = TelemetryService(sys).recordFloods();
        QVERIFY2(over.contains(u"flood over"_s), qPrintable(over));
        QCOMPARE(f.count(ended, {u"operator_position"_s, u"casting"_s}), 1);
        QCOMPARE(f.count(ended, {u"area"_s, u"CH2"_s}), 1);
        QCOMPARE(TelemetryService(sys).recordFloods(), QString());
    }

    void shelving_data() { test::addBackendRows(); }
    void shelving()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto sys = f.system();
        const RuleAlarm a = TelemetryService(sys).raiseFromRule(f.defaultRule(u"tf-lel-t101-stale"_s), f.clock.nowMs(), u"TF.LEL_T101"_s, 0);
        auto dispatcher = f.as(u"demo.dispatcher"_s);
        TelemetryService svc(dispatcher);
        const int before = svc.recentAlarmCount(f.clock.nowMs());
        try {
            svc.shelveAlarm(a.alarmId, u"  "_s, f.clock.nowMs() + 3600'000);
            QFAIL("shelved without a reason");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"field 'reason'"_s));
        }
        try {
            svc.shelveAlarm(a.alarmId, u"detector under calibration"_s, f.clock.nowMs() + 48 * 3600'000LL);
            QFAIL("shelved for two days");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"field 'until'"_s));
        }
        auto viewer = f.as(u"demo.viewer"_s);
        QVERIFY_THROWS_EXCEPTION(Error, TelemetryService(viewer).shelveAlarm(a.alarmId, u"x"_s, f.clock.nowMs() + 1000));
        svc.shelveAlarm(a.alarmId, u"detector under calibration (WO-1182)"_s, f.clock.nowMs() + 30 * kMin);
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {a.alarmId}).toString(), u"shelved"_s);
        QCOMPARE(svc.recentAlarmCount(f.clock.nowMs()), before - 1); // a shelved alarm is not annunciated
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.shelve' AND object_id = ?"_s, {QString::number(a.alarmId)}), 1);
        // It returns to normal behind the shelf; when the shelf time is up it shows as returned.
        QVERIFY(TelemetryService(sys).returnToNormal(a.alarmId));
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {a.alarmId}).toString(), u"shelved"_s);
        QCOMPARE(TelemetryService(sys).unshelveDue(), QString());
        f.clock.advance(31 * kMin);
        QVERIFY(TelemetryService(sys).unshelveDue().contains(QString::number(a.alarmId)));
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {a.alarmId}).toString(), u"returned"_s);

        // Shelve and unshelve by hand.
        const RuleAlarm b = TelemetryService(sys).raiseFromRule(f.defaultRule(u"ch2-fan-stale"_s), f.clock.nowMs(), u"CH2.FAN_HZ"_s, 0);
        svc.shelveAlarm(b.alarmId, u"fan drive replaced"_s, f.clock.nowMs() + kMin);
        svc.unshelveAlarm(b.alarmId);
        QCOMPARE(f.db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {b.alarmId}).toString(), u"unacknowledged"_s);
        QVERIFY_THROWS_EXCEPTION(Error, svc.unshelveAlarm(b.alarmId));
    }

    void escalationLadder()
    {
        const qint64 c = 0, due = 10 * kMin;
        QCOMPARE(escalationLevelAt(c, due, 7 * kMin), 0);
        QCOMPARE(escalationLevelAt(c, due, 8 * kMin), 1);
        QCOMPARE(escalationLevelAt(c, due, 10 * kMin), 2);
        QCOMPARE(escalationLevelAt(c, due, 15 * kMin), 3);
        QCOMPARE(escalationLevelAt(c, due, 20 * kMin), 4);
        QCOMPARE(escalationName(3), u"overdue 2nd"_s);
    }

    void escalates_data() { test::addBackendRows(); }
    void escalates()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto sys = f.system();
        TelemetryService svc(sys);
        svc.escalate(); // the demo's own history first
        const RuleAlarm a = svc.raiseFromRule(f.defaultRule(u"casting-co-fan"_s), f.clock.nowMs(), u"CH2.CO_ppm"_s, 70);
        auto level = [&] { return f.db->scalar(u"SELECT escalation_level FROM dispatch_orders WHERE code = ?"_s, {a.orderCode}).toInt(); };
        QCOMPARE(svc.escalate(), QString());
        f.clock.advance(61'000); // the HALT POUR was not acknowledged within 60 s
        QVERIFY(svc.escalate().contains(u"instruction %1 not acknowledged in time"_s.arg(a.commands.first().instructionId)));
        QCOMPARE(level(), 0);
        f.clock.advance(8 * kMin);
        QVERIFY(svc.escalate().contains(a.orderCode + u" due soon"_s));
        QCOMPARE(level(), 1);
        QCOMPARE(svc.escalate(), QString()); // once per level
        f.clock.advance(kMin);
        svc.escalate();
        QCOMPARE(level(), 2);
        f.clock.advance(20 * kMin); // straight past 2nd to 3rd
        QVERIFY(svc.escalate().contains(a.orderCode + u" overdue 3rd"_s));
        QCOMPARE(level(), 4);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'order.escalate' AND object_id = ?"_s, {a.orderCode}), 3);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'instruction.overdue'"_s, {}), 
                 f.count(u"SELECT count(*) FROM instructions WHERE overdue_at IS NOT NULL"_s));
    }

    void roster_data() { test::addBackendRows(); }
    void roster()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.t);
        QVERIFY(f.open());
        auto dispatcher = f.as(u"demo.dispatcher"_s);
        RosterService svc(dispatcher);
        const qint64 now = f.clock.nowMs();
        QCOMPARE(svc.whoIsOnDuty(u"TF1"_s, now), u"demo.dispatcher"_s);
        svc.add(u"TF1"_s, u"demo.supervisor.ca1"_s, now, now + 3600'000);
        QCOMPARE(svc.whoIsOnDuty(u"TF1"_s, now + 1000), u"demo.supervisor.ca1"_s);
        QCOMPARE(svc.whoIsOnDuty(u"TF1"_s, now + 3600'000), u"demo.dispatcher"_s);
        QVERIFY_THROWS_EXCEPTION(Error, svc.add(u"TF1"_s, u"nobody"_s, now, now + 1000));
        QVERIFY_THROWS_EXCEPTION(Error, svc.add(u"NOPE"_s, u"demo.supervisor.ca1"_s, now, now + 1000));
        QVERIFY_THROWS_EXCEPTION(Error, svc.add(u"TF1"_s, u"demo.supervisor.ca1"_s, now, now));
        auto viewer = f.as(u"demo.viewer"_s);
        QVERIFY_THROWS_EXCEPTION(Error, RosterService(viewer).add(u"TF1"_s, u"demo.supervisor.ca1"_s, now, now + 1000));
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'roster.set' AND actor = 'demo.dispatcher'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestTelemetryService)
#include "tst_telemetry_service.moc"
