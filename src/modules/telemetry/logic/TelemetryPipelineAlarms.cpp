// SPDX-License-Identifier: Apache-2.0
// TelemetryPipeline: the alarm path: the engine's events committed through the write gate (raised, returned to
// normal, carried on after a restart), and the durable outbox for those the store cannot take now.
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
/// A failure the store may get over (unreachable, locked, full): the event waits in the outbox. Any other
/// (a rule naming an area the site does not have) would fail the same way again.
bool storeMayRecover(const Error &e)
{
    return e.code() == ErrorCode::Unreachable || e.code() == ErrorCode::Storage;
}
} // namespace

void TelemetryPipeline::handleEvents(const QList<rules::AlarmEvent> &events, const QList<std::array<qint64, 3>> &stamps,
                                     int drainSamples)
{
    deliverOutbox(); // what waits goes first (events stay in order)
    TelemetryService svc(*m_ctx);
    bool changed = false;
    QList<RaisedAlarm> raised;
    QList<AlarmTrace> traces;
    // 1. The alarms (and their orders and instructions) are committed first, each ahead of any sample chunk
    //    waiting for the store, and announced at once: this is the latency people wait for.
    for (qsizetype i = 0; i < events.size(); ++i) {
        const rules::AlarmEvent &e = events.at(i);
        const rules::Rule &rule = m_engine->ruleSet().rules.at(e.rule);
        m_settled.remove(e.rule); // the engine moved on from the state the stored samples left it in
        if (e.kind == rules::AlarmEvent::Kind::Raised && m_resumed.contains(e.rule)) {
            // The alarm a previous run of the service left open: the same condition, not a new alarm.
            m_raised.insert(e.rule, m_resumed.take(e.rule));
            qCInfo(lcServices).noquote() << "telemetry: rule" << rule.id << "still raised after the restart: alarm" << m_raised.value(e.rule) << "carried on";
        } else if (e.kind == rules::AlarmEvent::Kind::Raised) {
            AlarmTrace trace;
            trace.sampleTs = e.ms;
            trace.drainSamples = drainSamples;
            if (i < stamps.size()) {
                trace.submittedUs = stamps.at(i)[0];
                trace.drainUs = stamps.at(i)[1];
                trace.evaluatedUs = stamps.at(i)[2];
            } else {
                trace.evaluatedUs = wallUs(); // raised by the clock tick (stale, for_s)
            }
            const QString tag = rule.allOf.first().tag;
            const double value = m_live.value(tag).value;
            OutboxEntry entry;
            entry.kind = OutboxEntry::Kind::Raise;
            entry.rule = rule.id;
            entry.at = e.ms;
            entry.tag = tag;
            entry.value = value;
            entry.since = e.since;
            if (!m_outbox.isEmpty()) {
                m_queued.insert(e.rule, e.ms);
                keepInOutbox(entry, {}); // behind the events still waiting
                continue;
            }
            RuleAlarm a;
            try {
                StoreWriteGate::Urgent hold(m_gate.get());
                trace.gateUs = wallUs();
                const qint64 cpu0 = threadCpuUs();
                a = svc.raiseFromRule(rule, e.ms, tag, value, e.since);
                trace.txnCpuUs = threadCpuUs() - cpu0;
                trace.committedUs = wallUs();
            } catch (const Error &err) {
                if (storeMayRecover(err)) {
                    m_queued.insert(e.rule, e.ms);
                    keepInOutbox(entry, err.message());
                } else {
                    m_counters.lastError = err.message();
                    Q_EMIT failed(tr("Alarm of rule %1 not recorded: %2").arg(rule.id, err.message()));
                }
                continue;
            }
            trace.alarmId = a.alarmId;
            m_raised.insert(e.rule, a.alarmId);
            changed = true;
            Q_EMIT alarmRaised(a.alarmId, rule.id, rules::severityName(rule.severity), m_tags.value(tag).area, e.ms);
            for (const OutboundCommand &c : std::as_const(a.commands))
                Q_EMIT instructionIssued(c.instructionId, a.alarmId, c.target, c.text, c.ackDueAt);
            raised.append({a, e.rule});
            traces.append(trace);
        } else if (m_queued.contains(e.rule)) {
            // Its Raise still waits in the outbox: so does its return to normal, right behind it.
            OutboxEntry entry;
            entry.kind = OutboxEntry::Kind::Normal;
            entry.rule = rule.id;
            entry.at = std::max<qint64>(e.ms, 1);
            entry.raisedAt = m_queued.take(e.rule);
            keepInOutbox(entry, {});
        } else if (m_raised.contains(e.rule)) {
            OutboxEntry entry;
            entry.kind = OutboxEntry::Kind::Normal;
            entry.rule = rule.id;
            entry.at = std::max<qint64>(e.ms, 1);
            entry.alarmId = m_raised.take(e.rule);
            if (!m_outbox.isEmpty()) {
                keepInOutbox(entry, {});
                continue;
            }
            try {
                StoreWriteGate::Urgent hold(m_gate.get());
                changed = svc.returnToNormal(entry.alarmId) || changed;
            } catch (const Error &err) {
                if (storeMayRecover(err)) {
                    keepInOutbox(entry, err.message());
                } else {
                    m_counters.lastError = err.message();
                    Q_EMIT failed(tr("Alarm of rule %1 not recorded: %2").arg(rule.id, err.message()));
                }
            }
        }
    }
    if (changed)
        Q_EMIT alarmsChanged();
    const qint64 signalled = wallUs();
    for (AlarmTrace &t : traces) {
        t.signalledUs = signalled;
        Q_EMIT alarmTraced(t);
    }
    // 2. Then the instructions go out to the line (MQTT command topic) and how they went is recorded.
    if (sendInstructions(raised))
        Q_EMIT alarmsChanged();
}

int TelemetryPipeline::ruleIndex(const QString &ruleId) const
{
    if (!m_engine)
        return -1;
    const auto &list = m_engine->ruleSet().rules;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).id == ruleId)
            return int(i);
    return -1;
}

void TelemetryPipeline::keepInOutbox(const OutboxEntry &entry, const QString &why)
{
    const QString problem = m_outbox.append(entry);
    if (!problem.isEmpty()) {
        qCWarning(lcServices).noquote() << "telemetry: alarm outbox:" << problem;
        Q_EMIT failed(tr("Alarm outbox: %1").arg(problem));
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(entry.at, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    if (entry.kind == OutboxEntry::Kind::Raise) {
        qCWarning(lcServices).noquote() << "telemetry: alarm of rule" << entry.rule << "at" << when << "kept in the outbox" << why;
        Q_EMIT failed(why.isEmpty() ? tr("Alarm of rule %1 (%2) kept in the outbox behind %3 waiting events").arg(entry.rule, when).arg(m_outbox.size() - 1)
                                    : tr("Alarm of rule %1 (%2) kept in the outbox until the store takes it: %3").arg(entry.rule, when, why));
    }
    if (m_lastDelivery == 0 || !why.isEmpty())
        m_lastDelivery = m_clock->nowMs(); // the store just failed: the next attempt in a second
}

void TelemetryPipeline::deliverOutbox(bool force)
{
    if (m_outbox.isEmpty() || !m_ctx)
        return;
    const qint64 now = m_clock->nowMs();
    if (!force && now - m_lastDelivery < 1000)
        return;
    m_lastDelivery = now;
    TelemetryService svc(*m_ctx);
    qsizetype done = 0;
    bool changed = false;
    QList<RaisedAlarm> raised;
    for (const OutboxEntry &e : m_outbox.entries()) {
        try {
            if (e.kind == OutboxEntry::Kind::Raise) {
                const int index = ruleIndex(e.rule);
                if (index < 0) {
                    qCWarning(lcServices).noquote() << "telemetry: alarm outbox: rule" << e.rule << "is no longer in force; its alarm at" << e.at << "is dropped";
                    Q_EMIT failed(tr("Alarm outbox: rule %1 is no longer in force; its alarm was not stored").arg(e.rule));
                    ++done;
                    continue;
                }
                const rules::Rule &rule = m_engine->ruleSet().rules.at(index);
                RuleAlarm a;
                {
                    StoreWriteGate::Urgent hold(m_gate.get());
                    // Exactly once: a commit whose answer the lost connection swallowed is found, not repeated.
                    a.alarmId = svc.ruleAlarmAt(e.rule, e.at);
                    if (!a.alarmId)
                        a = svc.raiseFromRule(rule, e.at, e.tag, e.value, e.since);
                }
                if (m_queued.value(index, 0) == e.at) { // still raised: from now on an alarm like any other
                    m_queued.remove(index);
                    m_raised.insert(index, a.alarmId);
                }
                Q_EMIT alarmRaised(a.alarmId, rule.id, rules::severityName(rule.severity), m_tags.value(e.tag).area, e.at);
                for (const OutboundCommand &c : std::as_const(a.commands))
                    Q_EMIT instructionIssued(c.instructionId, a.alarmId, c.target, c.text, c.ackDueAt);
                raised.append({a, index});
                qCInfo(lcServices).noquote() << "telemetry: alarm" << a.alarmId << "of rule" << e.rule << "delivered from the outbox";
            } else {
                const qint64 id = e.alarmId ? e.alarmId : svc.ruleAlarmAt(e.rule, e.raisedAt);
                if (id) {
                    StoreWriteGate::Urgent hold(m_gate.get());
                    svc.returnToNormal(id);
                }
            }
            ++done;
            changed = true;
        } catch (const Error &err) {
            if (storeMayRecover(err)) {
                m_counters.lastError = err.message();
                break; // still down: the rest waits, in order
            }
            qCWarning(lcServices).noquote() << "telemetry: alarm outbox: the event of rule" << e.rule << "cannot be stored:" << err.message();
            Q_EMIT failed(tr("Alarm outbox: the alarm of rule %1 cannot be stored: %2").arg(e.rule, err.message()));
            ++done;
        }
    }
    if (done) {
        const QString problem = m_outbox.dropFront(done);
        if (!problem.isEmpty()) {
            qCWarning(lcServices).noquote() << "telemetry: alarm outbox:" << problem;
            Q_EMIT failed(tr("Alarm outbox: %1").arg(problem));
        }
    }
    if (changed)
        Q_EMIT alarmsChanged();
    if (sendInstructions(raised))
        Q_EMIT alarmsChanged();
}

} // namespace gl
