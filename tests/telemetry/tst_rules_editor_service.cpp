// SPDX-License-Identifier: Apache-2.0
// The rules editor's and the roster editor's services on both backends: versions with their SHA-256,
// content, the field-by-field diff, revert (an older version saved as new, audited), permissions, the
// dry run over stored samples (bad samples never count), and the roster: add, end, cancel, on duty now.
#include "modules/dispatch/logic/RosterService.h"
#include "modules/telemetry/logic/RuleSetService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/RuleDiff.h"
#include "platform/util/Error.h"
#include "TelemetryFixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

const QByteArray kV1 = R"({"rules": [
  {"id": "co-high", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 50}]},
  {"id": "fan-stale", "severity": "medium", "all_of": [{"tag": "CH2.FAN_HZ", "op": "stale", "window_s": 30}]}
]})";
const QByteArray kV2 = R"({"rules": [
  {"id": "co-rise", "severity": "medium", "all_of": [{"tag": "CH2.CO_ppm", "op": "rise", "by": 45, "window_s": 90}]},
  {"id": "co-high", "severity": "critical", "all_of": [{"tag": "CH2.CO_ppm", "op": "gt", "value": 20}]}
]})";

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QJsonObject lastAudit(Database &db, const QString &action)
{
    const QString details = db.scalar(u"SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"_s, {action}).toString();
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

} // namespace

class TestRulesEditorService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionsDiffRevert_data() { test::addBackendRows(); }
    void versionsDiffRevert()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);
        ManualClock clock(now);
        ServiceContext ehs{*db, UserService::actorFor(*db, u"demo.ehs"_s), &clock};
        ServiceContext viewer{*db, UserService::actorFor(*db, u"demo.viewer"_s), &clock};
        RuleSetService svc(ehs);
        QVERIFY(svc.canEdit());
        QVERIFY(!RuleSetService(viewer).canEdit());
        QVERIFY(svc.versions().isEmpty());

        QCOMPARE(svc.save(kV1, u"first"_s), 1);
        clock.advance(60'000);
        QCOMPARE(svc.save(kV2, u"CO 1st alarm lowered"_s), 2);
        const QList<RuleSetVersion> versions = RuleSetService(viewer).versions(); // data.read is enough to look
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).version, 2); // newest first
        QCOMPARE(versions.at(0).createdBy, u"demo.ehs"_s);
        QCOMPARE(versions.at(0).createdAt, now + 60'000);
        QCOMPARE(versions.at(0).rules, 2);
        QCOMPARE(versions.at(0).comment, u"CO 1st alarm lowered"_s);
        QCOMPARE(versions.at(0).sha256, sha(kV2));
        QCOMPARE(lastAudit(*db, u"rules.save"_s).value(u"sha256"_s).toString(), sha(kV2)); // the one the audit chain holds
        QCOMPARE(svc.content(1), kV1);
        try {
            svc.content(9);
            QFAIL("unknown version accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
        }

        // Diff of version 2 against 1: field by field, added, removed.
        const QList<rules::RuleChange> diff = rules::diffRuleSets(svc.content(1), svc.content(2));
        QCOMPARE(diff.size(), 3);
        QCOMPARE(diff.at(0).id, u"co-rise"_s);
        QCOMPARE(diff.at(0).kind, rules::RuleChange::Kind::Added);
        QCOMPARE(diff.at(1).id, u"co-high"_s);
        QCOMPARE(diff.at(1).kind, rules::RuleChange::Kind::Changed);
        QCOMPARE(diff.at(1).fields.size(), 2);
        QCOMPARE(diff.at(1).fields.at(0).field, u"severity"_s);
        QCOMPARE(diff.at(1).fields.at(0).before, u"\"high\""_s);
        QCOMPARE(diff.at(1).fields.at(0).after, u"\"critical\""_s);
        QCOMPARE(diff.at(1).fields.at(1).field, u"all_of[0].value"_s);
        QCOMPARE(diff.at(1).fields.at(1).before, u"50"_s);
        QCOMPARE(diff.at(1).fields.at(1).after, u"20"_s);
        QCOMPARE(diff.at(2).id, u"fan-stale"_s);
        QCOMPARE(diff.at(2).kind, rules::RuleChange::Kind::Removed);
        QVERIFY(rules::diffRuleSets(kV1, kV1).isEmpty());
        // The summary the editor shows.
        const rules::RuleSet set = rules::parseRules(kV2, u"v2"_s);
        QCOMPARE(rules::summarize(set.rules.at(0)), u"CH2.CO_ppm rise ≥ 45 in 90 s"_s);
        QCOMPARE(rules::summarize(set.rules.at(1)), u"CH2.CO_ppm > 20"_s);

        // Revert: version 1 saved again as version 3, audited with the reason.
        QCOMPARE(svc.revert(1, u"too many alarms"_s), 3);
        QCOMPARE(TelemetryService(ehs).activeRules().first, 3);
        QCOMPARE(svc.content(3), kV1);
        QCOMPARE(lastAudit(*db, u"rules.save"_s).value(u"comment"_s).toString(), u"revert to version 1: too many alarms"_s);
        QCOMPARE(lastAudit(*db, u"rules.save"_s).value(u"sha256"_s).toString(), sha(kV1));

        // Not allowed, or not valid: refused, nothing stored.
        QVERIFY_THROWS_EXCEPTION(Error, RuleSetService(viewer).revert(2));
        QVERIFY_THROWS_EXCEPTION(Error, RuleSetService(viewer).save(kV2, u"x"_s));
        QByteArray bad = kV2;
        bad.replace("\"value\": 20", "\"value\": \"20\"");
        try {
            svc.save(bad, u"typo"_s);
            QFAIL("invalid rules saved");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"rule 'co-high'"_s) && e.message().contains(u"field 'value'"_s), qPrintable(e.message()));
        }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM rule_sets"_s).toInt(), 3);
    }

    void dryRun_data() { test::addBackendRows(); }
    void dryRun()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);
        ManualClock clock(now);
        ServiceContext ehs{*db, UserService::actorFor(*db, u"demo.ehs"_s), &clock};
        ServiceContext viewer{*db, UserService::actorFor(*db, u"demo.viewer"_s), &clock};
        QCOMPARE(RuleSetService(ehs).save(kV1, u"in force"_s), 1);
        // CO once a minute: crosses 20 three times and 50 once; the bad 100 ppm reading never counts.
        const double co[] = {10, 30, 10, 30, 10, 60, 10, 100, 10};
        QList<StoredSample> samples;
        const qint64 t0 = now - 100 * 60'000;
        for (int i = 0; i < 9; ++i)
            samples.append({u"CH2.CO_ppm"_s, t0 + i * 60'000, co[i], i != 7});
        samples.append({u"CA1.CL2_ppm"_s, t0, 5, true}); // a tag neither rule set uses
        TelemetryService(ehs).storeSamples(samples);

        int lastProgress = -1;
        const DryRunResult r = RuleSetService(viewer).dryRun(kV2, now - 2 * 3600'000, now, nullptr, [&](int p) { lastProgress = p; });
        QCOMPARE(lastProgress, 100);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.samples, 8);
        QCOMPARE(r.inForceVersion, 1);
        QCOMPARE(r.rules.size(), 3);
        QCOMPARE(r.rules.at(0).id, u"co-rise"_s); // rise ≥ 45 in 90 s: 10 → 60
        QCOMPARE(r.rules.at(0).candidate, 1);
        QCOMPARE(r.rules.at(0).inForce, -1);
        QCOMPARE(r.rules.at(1).id, u"co-high"_s);
        QCOMPARE(r.rules.at(1).candidate, 3); // > 20
        QCOMPARE(r.rules.at(1).inForce, 1);   // > 50
        QCOMPARE(r.rules.at(2).id, u"fan-stale"_s);
        QCOMPARE(r.rules.at(2).candidate, -1);
        QCOMPARE(r.rules.at(2).inForce, 0); // a fan that never reported is not stale
        QCOMPARE(r.candidateAlarms, 4);
        QCOMPARE(r.inForceAlarms, 1);

        std::atomic_bool cancel{true};
        const DryRunResult c = RuleSetService(viewer).dryRun(kV2, now - 2 * 3600'000, now, &cancel);
        QVERIFY(c.cancelled);
        QCOMPARE(c.samples, 0);
        try {
            RuleSetService(viewer).dryRun(R"({"rules": [{"id": "x", "severity": "high", "all_of": [{"tag": "A", "op": "rise", "window_s": 5}]}]})",
                                          now - 3600'000, now);
            QFAIL("invalid candidate accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"rule 'x': all_of[0]: field 'by': missing"_s), qPrintable(e.message()));
        }
    }

    void roster_data() { test::addBackendRows(); }
    void roster()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now); // site-wide dispatcher, CA1 and CH2 supervisors
        ManualClock clock(now);
        ServiceContext dispatcher{*db, UserService::actorFor(*db, u"demo.dispatcher"_s), &clock};
        ServiceContext viewer{*db, UserService::actorFor(*db, u"demo.viewer"_s), &clock};
        RosterService svc(dispatcher);
        QVERIFY(svc.canEdit());
        QVERIFY(!RosterService(viewer).canEdit());

        auto who = [&](const QString &area) {
            for (const OnDutyNow &o : RosterService(viewer).onDuty(clock.nowMs()))
                if (o.area == area)
                    return std::pair{o.username, o.siteWide};
            return std::pair{u"?"_s, false};
        };
        QCOMPARE(who({}), std::pair(u"demo.dispatcher"_s, true));
        QCOMPARE(who(u"CH2"_s), std::pair(u"demo.supervisor.ch2"_s, false));
        QCOMPARE(who(u"TF1"_s), std::pair(u"demo.dispatcher"_s, true));

        svc.add(u"TF1"_s, u"demo.supervisor.ca1"_s, now - 1000, now + 3600'000);
        QCOMPARE(who(u"TF1"_s), std::pair(u"demo.supervisor.ca1"_s, false));
        QCOMPARE(RosterService(dispatcher).whoIsOnDuty(u"TF1"_s, now), u"demo.supervisor.ca1"_s); // what auto-assignment uses
        const QList<DutyEntry> entries = svc.entries(now - 7 * 86400'000LL);
        QCOMPARE(entries.size(), 4);
        qint64 id = 0;
        for (const DutyEntry &e : entries)
            if (e.area == u"TF1"_s && e.username == u"demo.supervisor.ca1"_s)
                id = e.id;
        QVERIFY(id);
        QCOMPARE(lastAudit(*db, u"roster.set"_s).value(u"username"_s).toString(), u"demo.supervisor.ca1"_s);

        clock.advance(60'000);
        QVERIFY_THROWS_EXCEPTION(Error, RosterService(viewer).end(id));
        svc.end(id);
        QCOMPARE(who(u"TF1"_s), std::pair(u"demo.dispatcher"_s, true));
        QCOMPARE(db->scalar(u"SELECT ends_at FROM duty_roster WHERE id = ?"_s, {id}).toLongLong(), now + 60'000);
        QCOMPARE(lastAudit(*db, u"roster.end"_s).value(u"username"_s).toString(), u"demo.supervisor.ca1"_s);
        QCOMPARE(db->scalar(u"SELECT area FROM audit_log WHERE action = 'roster.end'"_s).toString(), u"TF1"_s);
        try {
            svc.end(id);
            QFAIL("an entry already over was ended again");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"already over"_s), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, svc.end(99999));

        // An entry not started yet is cancelled: it never covers anything.
        svc.add(u"CA1"_s, u"demo.supervisor.ch2"_s, now + 3600'000, now + 7200'000);
        qint64 future = 0;
        for (const DutyEntry &e : svc.entries(now))
            if (e.area == u"CA1"_s && e.username == u"demo.supervisor.ch2"_s)
                future = e.id;
        QVERIFY(future);
        svc.end(future);
        QCOMPARE(db->scalar(u"SELECT ends_at - starts_at FROM duty_roster WHERE id = ?"_s, {future}).toLongLong(), 0);
        QVERIFY(lastAudit(*db, u"roster.end"_s).value(u"cancelled"_s).toBool());
        QCOMPARE(RosterService(dispatcher).whoIsOnDuty(u"CA1"_s, now + 5400'000), u"demo.supervisor.ca1"_s);
        QVERIFY_THROWS_EXCEPTION(Error, RosterService(viewer).add(u"TF1"_s, u"demo.supervisor.ca1"_s, now, now + 1000));
    }
};

QTEST_GUILESS_MAIN(TestRulesEditorService)
#include "tst_rules_editor_service.moc"
