// SPDX-License-Identifier: Apache-2.0
// TelemetryPipeline: switching the live rules to a newly saved version without a restart (issue #8 item 3).
#include "modules/telemetry/logic/SampleWriter.h"
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

/// How far back the new engine is warmed up: its longest window plus its longest hold, capped.
qint64 warmUpHorizon(const rules::RuleSet &set)
{
    qint64 window = 0, hold = 0;
    for (const rules::Rule &r : set.rules) {
        hold = std::max(hold, r.forMs);
        for (const rules::Condition &c : r.allOf)
            window = std::max(window, c.windowMs);
    }
    return std::min<qint64>(window + hold + 1000, 6 * 3600'000LL);
}

/// Replays the good samples stored up to `until` into a fresh engine so that its windows, stale
/// deadlines and holds start where the running engine's are: the latest sample of each tag before the
/// horizon (for `stale`), then every sample in the horizon, evaluated once per distinct timestamp as
/// the pipeline does. The events of the warm-up are not acted on: the caller compares what is raised. `raisedSince`
/// (when given) receives, for each rule raised at the end, when its condition became true (AlarmEvent::since), as
/// far as the samples replayed show: from `from` when that is earlier than the horizon.
void warmUp(Database &db, rules::RuleEngine &engine, qint64 until, QHash<int, qint64> *raisedSince = nullptr,
            qint64 from = std::numeric_limits<qint64>::max())
{
    const rules::RuleSet &set = engine.ruleSet();
    if (set.tags.isEmpty())
        return;
    const qint64 start = std::min(until - warmUpHorizon(set), from);
    QList<rules::Sample> samples;
    for (qsizetype i = 0; i < set.tags.size(); ++i) {
        QSqlQuery q = db.exec(u"SELECT ts, value FROM tag_samples WHERE tag = ? AND good = 1 AND ts < ? ORDER BY ts DESC LIMIT 1"_s,
                              {set.tags.at(i), start});
        if (q.next())
            samples.append({q.value(0).toLongLong(), int(i), q.value(1).toDouble()});
    }
    QSqlQuery q = db.exec(u"SELECT ts, tag, value FROM tag_samples WHERE good = 1 AND ts >= ? AND ts <= ? ORDER BY ts"_s, {start, until});
    while (q.next()) {
        const int id = engine.tagId(q.value(1).toString());
        if (id >= 0)
            samples.append({q.value(0).toLongLong(), id, q.value(2).toDouble()});
    }
    std::stable_sort(samples.begin(), samples.end(), [](const rules::Sample &a, const rules::Sample &b) { return a.ms < b.ms; });
    QList<rules::AlarmEvent> events;
    const auto note = [&] {
        if (raisedSince)
            for (const rules::AlarmEvent &e : std::as_const(events)) {
                if (e.kind == rules::AlarmEvent::Kind::Raised)
                    raisedSince->insert(e.rule, e.since);
                else
                    raisedSince->remove(e.rule);
            }
        events.clear();
    };
    qint64 pending = std::numeric_limits<qint64>::min();
    for (const rules::Sample &s : std::as_const(samples)) {
        if (pending != std::numeric_limits<qint64>::min() && s.ms != pending) {
            engine.evaluate(pending, events);
            note();
        }
        engine.push(s);
        pending = s.ms;
    }
    if (pending != std::numeric_limits<qint64>::min() && pending < until) {
        engine.evaluate(pending, events);
        note();
    }
    engine.evaluate(until, events);
    note();
}

} // namespace

void TelemetryPipeline::resumeOpenAlarms()
{
    // Open alarms that a previous run of the pipeline raised (audited by this same system actor: not manual
    // alarms, not housekeeping's, not the demo's history); several of one rule only after an older Guardline
    // raised again: the newest is carried on, the others return to normal.
    QHash<QString, qint64> open;
    QList<qint64> older;
    for (QSqlQuery q = m_db->exec(u"SELECT a.id, a.rule_id FROM alarms a WHERE a.cleared_at IS NULL AND a.rule_id IS NOT NULL "
                                  "AND EXISTS (SELECT 1 FROM audit_log l WHERE l.object_type = 'alarm' AND l.object_id = CAST(a.id AS TEXT) "
                                  "AND l.action = 'alarm.raise' AND l.actor = ?) ORDER BY a.id"_s,
                                  {m_ctx->actor.auditName()});
         q.next();) {
        const QString rule = q.value(1).toString();
        if (open.contains(rule))
            older << open.value(rule);
        open.insert(rule, q.value(0).toLongLong());
    }
    // The engine where the previous run left it: warmed up from the stored samples up to the newest one, when
    // that is recent (within the accepted sample window) and not ahead of the rules' clock.
    const rules::RuleSet &set = m_engine->ruleSet();
    QList<rules::AlarmEvent> fresh;
    QHash<int, qint64> since; // rule raised by the warm-up → when its condition became true
    if (!set.tags.isEmpty()) {
        const qint64 now = m_clock->nowMs();
        const qint64 newest = m_db->scalar(u"SELECT max(ts) FROM tag_samples WHERE ts >= ? AND ts <= ?"_s,
                                           {now - m_counters.samplePastMs, now - m_options.clockLagMs})
                                  .toLongLong();
        if (newest > 0) {
            // Replayed from the newest alarm of each rule on (within the sample window), so that a condition the
            // stored samples show is told apart from the one such an alarm was raised for (below).
            const qint64 recent = m_db->scalar(u"SELECT min(r) FROM (SELECT max(a.raised_at) AS r FROM alarms a WHERE a.rule_id IS NOT NULL "
                                               "AND a.raised_at >= ? AND a.raised_at <= ? AND EXISTS (SELECT 1 FROM audit_log l "
                                               "WHERE l.object_type = 'alarm' AND l.object_id = CAST(a.id AS TEXT) AND l.action = 'alarm.raise' "
                                               "AND l.actor = ?) GROUP BY a.rule_id) x"_s,
                                               {now - m_counters.samplePastMs, newest, m_ctx->actor.auditName()})
                                      .toLongLong();
            warmUp(*m_db, *m_engine, newest, &since, recent > 0 ? recent : std::numeric_limits<qint64>::max());
            m_lastEval = newest;
        }
    }
    m_settled.clear();
    for (qsizetype i = 0; i < set.rules.size(); ++i) {
        const QString &id = set.rules.at(i).id;
        if (open.contains(id)) {
            (m_engine->isRaised(int(i)) ? m_raised : m_resumed).insert(int(i), open.take(id));
        } else if (m_engine->isRaised(int(i))) {
            // Raised by the stored samples, no alarm open. When the previous run had an alarm for this same
            // condition and returned it to normal, the samples that ended the condition are not in the store yet
            // (alarms are committed ahead of samples; a SIGKILL or a failover came between): raising again would
            // alarm twice for one condition. The rule waits for the live samples instead (settleResumed). The
            // previous run's alarm was for this condition when its life overlaps the condition as the stored
            // samples show it: raised at or after the condition became true, or returned to normal (a sample's
            // time) at or after it. The second case is a condition whose start the store misses: a run before
            // raised the alarm and was killed before its samples were stored, and no service received the samples
            // while the next one started (tst_server_crash: "raised for the period above its threshold that
            // alarm N had raised already"). Otherwise the condition's alarm was never stored: raised now.
            const qint64 conditionSince = since.value(int(i), m_lastEval);
            const qint64 handled = m_db->scalar(u"SELECT max(a.id) FROM alarms a WHERE a.rule_id = ? AND (a.raised_at >= ? OR a.cleared_at >= ?) "
                                                "AND EXISTS (SELECT 1 FROM audit_log l WHERE l.object_type = 'alarm' "
                                                "AND l.object_id = CAST(a.id AS TEXT) AND l.action = 'alarm.raise' AND l.actor = ?)"_s,
                                                {id, conditionSince, conditionSince, m_ctx->actor.auditName()})
                                         .toLongLong();
            if (handled > 0)
                m_settled.insert(int(i), handled);
            else
                fresh.append({rules::AlarmEvent::Kind::Raised, int(i), m_lastEval}); // true, but its alarm was never stored
        }
    }
    m_resumeUntil = m_clock->nowMs() + kResumeGraceMs;
    TelemetryService svc(*m_ctx);
    older += open.values(); // rules no longer in force
    for (const qint64 alarmId : std::as_const(older)) {
        try {
            StoreWriteGate::Urgent hold(m_gate.get());
            svc.returnToNormal(alarmId);
        } catch (const Error &e) {
            Q_EMIT failed(tr("Alarm %1 not returned to normal: %2").arg(alarmId).arg(e.message()));
        }
    }
    if (!m_raised.isEmpty() || !m_resumed.isEmpty() || !older.isEmpty() || !fresh.isEmpty() || !m_settled.isEmpty())
        qCInfo(lcServices).noquote() << "telemetry: at start," << m_raised.size() << "open alarms carried on,"
                                     << m_resumed.size() << "waiting for their rules' samples," << older.size() << "returned to normal,"
                                     << fresh.size() << "raised," << m_settled.size() << "already returned to normal (not raised again)";
    if (!fresh.isEmpty())
        handleEvents(fresh);
}

void TelemetryPipeline::settleResumed()
{
    // Rules raised by the stored samples whose alarm the previous run already returned to normal: once the engine
    // agrees (the live samples made the rule false) nothing is left to do; while the rule holds on this run's own
    // samples of every tag, the condition came back after that alarm ended: a new alarm, raised now.
    QList<rules::AlarmEvent> again;
    for (auto it = m_settled.begin(); it != m_settled.end();) {
        const rules::Rule &rule = m_engine->ruleSet().rules.at(it.key());
        const bool reported =
            std::all_of(rule.allOf.cbegin(), rule.allOf.cend(), [this](const rules::Condition &c) { return m_evaluatedLive.contains(c.tag); });
        if (!m_engine->isRaised(it.key())) {
            it = m_settled.erase(it);
        } else if (reported && m_engine->isTrue(it.key()) && m_lastEval != std::numeric_limits<qint64>::min()) {
            qCInfo(lcServices).noquote() << "telemetry: rule" << rule.id << "true again after the restart; alarm" << it.value()
                                         << "had returned to normal: a new alarm";
            again.append({rules::AlarmEvent::Kind::Raised, it.key(), m_lastEval, m_lastEval});
            it = m_settled.erase(it);
        } else {
            ++it;
        }
    }
    if (!again.isEmpty())
        handleEvents(again);
    if (m_resumed.isEmpty())
        return;
    const bool late = m_clock->nowMs() >= m_resumeUntil;
    TelemetryService svc(*m_ctx);
    bool changed = false;
    for (auto it = m_resumed.begin(); it != m_resumed.end();) {
        const rules::Rule &rule = m_engine->ruleSet().rules.at(it.key());
        // Every tag of the rule reported since the start and the rule is false. Reported means evaluated: a late
        // sample (older than what the rules already evaluated, e.g. held up behind a stalled thread) is stored but
        // leaves the engine where the stored samples put it, so it says nothing of the condition the open alarm
        // was raised for; counting it returned such an alarm to normal and the next live sample raised the same
        // condition again (tst_server_crash on PostgreSQL, stop 24's CI).
        const bool reported =
            std::all_of(rule.allOf.cbegin(), rule.allOf.cend(), [this](const rules::Condition &c) { return m_evaluatedLive.contains(c.tag); });
        if (!late && (!reported || m_engine->isTrue(it.key()))) {
            ++it;
            continue;
        }
        try {
            StoreWriteGate::Urgent hold(m_gate.get());
            changed = svc.returnToNormal(it.value()) || changed;
        } catch (const Error &e) {
            Q_EMIT failed(tr("Alarm %1 not returned to normal: %2").arg(it.value()).arg(e.message()));
            ++it;
            continue;
        }
        it = m_resumed.erase(it);
    }
    if (changed)
        Q_EMIT alarmsChanged();
}

void TelemetryPipeline::startRulesWatch()
{
    // Rules saved elsewhere (another workstation, a script) are picked up within a few seconds; the
    // editor of this workstation asks for the switch at once (reloadRules, queued to this thread).
    m_rulesWatch = new QTimer(this);
    m_rulesWatch->setInterval(5000);
    connect(m_rulesWatch, &QTimer::timeout, this, &TelemetryPipeline::reloadRules);
    m_rulesWatch->start();
}

void TelemetryPipeline::reloadRules()
{
    // Runs on the pipeline's thread only (a slot invoked queued, or its own timer): the engine is switched
    // between two drains, so every sample is evaluated wholly by the old rules or wholly by the new ones.
    if (!m_ctx || !m_engine)
        return;
    try {
        const int latest = m_db->scalar(u"SELECT coalesce(max(version), 0) FROM rule_sets"_s).toInt();
        if (latest == m_ruleVersion || latest == m_rejectedRuleVersion)
            return;
        TelemetryService svc(*m_ctx);
        const auto [version, json] = svc.activeRules();
        rules::RuleSet set;
        try {
            set = rules::parseRules(json, u"rule set version %1"_s.arg(version));
        } catch (const Error &e) {
            m_rejectedRuleVersion = version; // reported once; the rules in force stay
            Q_EMIT failed(tr("Alarm rules version %1 not applied, version %2 stays in force: %3").arg(version).arg(m_ruleVersion).arg(e.message()));
            return;
        }
        drain(); // what has arrived is evaluated by the rules it arrived under…
        flush(); // …and stored, so that the warm-up below sees it
        if (m_writer && !m_writer->waitIdle(5'000))
            qCWarning(lcServices).noquote() << "telemetry: rules switch: samples still queued for the store after 5 s;"
                                               " the new rules warm up without them";
        auto engine = std::make_unique<rules::RuleEngine>(set);
        if (m_lastEval != std::numeric_limits<qint64>::min())
            warmUp(*m_db, *engine, m_lastEval);

        // An alarm stays open across the switch when a rule with the same id is still raised; alarms of
        // rules removed or no longer true return to normal; rules now true raise at once.
        QHash<QString, qint64> open;
        for (auto it = m_raised.cbegin(); it != m_raised.cend(); ++it)
            open.insert(m_engine->ruleSet().rules.at(it.key()).id, it.value());
        for (auto it = m_resumed.cbegin(); it != m_resumed.cend(); ++it) // left open by a previous run: the same
            open.insert(m_engine->ruleSet().rules.at(it.key()).id, it.value());
        m_resumed.clear();
        m_settled.clear(); // the new engine is warmed up through the live samples: what it raises is raised
        QHash<int, qint64> raised;
        QList<rules::AlarmEvent> fresh;
        const qint64 at = m_lastEval == std::numeric_limits<qint64>::min() ? m_clock->nowMs() : m_lastEval;
        for (qsizetype i = 0; i < set.rules.size(); ++i) {
            if (!engine->isRaised(int(i)))
                continue;
            if (open.contains(set.rules.at(i).id))
                raised.insert(int(i), open.take(set.rules.at(i).id));
            else
                fresh.append({rules::AlarmEvent::Kind::Raised, int(i), at});
        }
        const int previous = m_ruleVersion;
        m_engine = std::move(engine);
        m_ruleVersion = version;
        m_raised = raised;
        bool changed = false;
        for (const qint64 alarmId : std::as_const(open)) {
            try {
                changed = svc.returnToNormal(alarmId) || changed;
            } catch (const Error &e) {
                Q_EMIT failed(tr("Alarm %1 not returned to normal after the rules changed: %2").arg(alarmId).arg(e.message()));
            }
        }
        if (!fresh.isEmpty())
            handleEvents(fresh);
        if (changed)
            Q_EMIT alarmsChanged();
        qCInfo(lcServices).noquote() << "telemetry: rules switched from version" << previous << "to" << version << ","
                                     << set.rules.size() << "rules," << raised.size() << "alarms kept," << open.size()
                                     << "returned," << fresh.size() << "raised";
        Q_EMIT rulesReloaded(version, int(set.rules.size()));
        publishStatus();
    } catch (const Error &e) {
        m_counters.lastError = e.message();
        Q_EMIT failed(tr("Alarm rules not reloaded: %1").arg(e.message()));
    }
}

} // namespace gl
