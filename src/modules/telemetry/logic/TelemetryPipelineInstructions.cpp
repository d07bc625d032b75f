// SPDX-License-Identifier: Apache-2.0
// TelemetryPipeline: instructions out to the line: those of a raised alarm at once, the queue of those stored but
// not yet sent (pushed from elsewhere, or whose send failed) about once a second, and how each went recorded.
#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {

bool TelemetryPipeline::sendInstructions(const QList<RaisedAlarm> &raised)
{
    bool recorded = false;
    for (const RaisedAlarm &r : raised) {
        const rules::Rule &rule = m_engine->ruleSet().rules.at(r.rule);
        for (const OutboundCommand &c : r.alarm.commands) {
            const QJsonObject cmd{{u"id"_s, c.instructionId}, {u"target"_s, c.target}, {u"text"_s, c.text},
                                  {u"alarm"_s, r.alarm.alarmId}, {u"rule"_s, rule.id}, {u"ack_due_at"_s, c.ackDueAt}};
            const auto [via, error] = sendToLines(c.target, cmd);
            if (!error.isEmpty())
                m_outboxRetryAt.insert(c.instructionId, m_clock->nowMs() + 10'000);
            recorded = recordSend(c.instructionId, via, error) || recorded;
        }
    }
    return recorded;
}

bool TelemetryPipeline::recordSend(qint64 instructionId, const QString &via, const QString &error)
{
    try {
        StoreWriteGate::Urgent hold(m_gate.get());
        TelemetryService(*m_ctx).recordInstructionSend(instructionId, via, error);
        m_sentUnrecorded.remove(instructionId);
        return true;
    } catch (const Error &err) {
        // Sent (or tried) but not recorded: remembered, so the queue records it later instead of sending it
        // a second time (CONTRACTS.md section 7: each instruction sent once).
        m_sentUnrecorded.insert(instructionId, {via, error});
        m_counters.lastError = err.message();
        Q_EMIT failed(tr("Instruction %1: how it went out was not recorded (will retry): %2").arg(instructionId).arg(err.message()));
        return false;
    }
}

QPair<QString, QString> TelemetryPipeline::sendToLines(const QString &target, const QJsonObject &cmd)
{
    QString via, error;
    for (auto &conn : m_connectors) {
        const QString why = conn->sendCommand(target, cmd);
        if (why.isEmpty()) {
            via += (via.isEmpty() ? QString() : u", "_s) + conn->id();
        } else if (error.isEmpty()) {
            error = why;
        }
    }
    if (!via.isEmpty())
        error.clear();
    else if (error.isEmpty())
        error = u"no connector reaches the line"_s;
    return {via, error};
}

void TelemetryPipeline::sendQueuedInstructions()
{
    const qint64 now = m_clock->nowMs();
    if (m_connectors.empty() || !m_ctx || now - m_lastOutbox < 1000)
        return;
    m_lastOutbox = now;
    try {
        sendQueue(now);
        m_lastQueueError.clear();
    } catch (const Error &e) {
        // The store is down: the queue is read again in a second; said once, not every second.
        m_counters.lastError = e.message();
        if (e.message() != m_lastQueueError)
            Q_EMIT failed(tr("Instructions waiting to go out cannot be read (will retry): %1").arg(e.message()));
        m_lastQueueError = e.message();
    }
}

void TelemetryPipeline::sendQueue(qint64 now)
{
    for (const qint64 id : m_sentUnrecorded.keys()) { // sent before the store went away: recorded, not sent again
        const auto [via, error] = m_sentUnrecorded.value(id);
        if (!recordSend(id, via, error))
            return;
    }
    struct Pending { qint64 id; QJsonObject cmd; QString target, lastError; };
    QList<Pending> pending;
    {
        QSqlQuery q = m_db->exec(u"SELECT i.id, i.target, i.text, i.kind, i.reason, i.ack_due_at, o.code, i.send_error FROM instructions i "
                                 "LEFT JOIN dispatch_orders o ON o.id = i.order_id WHERE i.sent_at IS NULL AND i.acked_at IS NULL "
                                 "AND i.issued_at >= ? ORDER BY i.id LIMIT 50"_s,
                                 {now - 3600'000});
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (m_outboxRetryAt.value(id, 0) > now || m_sentUnrecorded.contains(id))
                continue;
            QJsonObject cmd{{u"id"_s, id}, {u"target"_s, q.value(1).toString()}, {u"text"_s, q.value(2).toString()},
                            {u"ack_due_at"_s, q.value(5).toLongLong()}};
            if (!q.value(3).isNull())
                cmd.insert(u"kind"_s, q.value(3).toString());
            if (!q.value(4).isNull())
                cmd.insert(u"reason"_s, q.value(4).toString());
            if (!q.value(6).isNull())
                cmd.insert(u"order"_s, q.value(6).toString());
            pending.append({id, cmd, q.value(1).toString(), q.value(7).toString()});
        }
    }
    if (pending.isEmpty())
        return;
    for (const Pending &p : std::as_const(pending)) {
        const auto [via, error] = sendToLines(p.target, p.cmd);
        if (error.isEmpty())
            m_outboxRetryAt.remove(p.id);
        else
            m_outboxRetryAt.insert(p.id, now + 10'000);
        if (!error.isEmpty() && error == p.lastError)
            continue; // still failing the same way: recorded (and audited) once, tried again in 10 s
        recordSend(p.id, via, error);
    }
    Q_EMIT alarmsChanged();
}

} // namespace gl
