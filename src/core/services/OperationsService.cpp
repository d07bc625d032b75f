// SPDX-License-Identifier: Apache-2.0
#include "core/services/OperationsService.h"
#include "core/domain/States.h"
#include "core/services/PermitService.h"
#include "core/services/ProcedureService.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl {

qint64 OperationsService::raiseAlarm(const QString &ruleId, const QString &tag, const QString &severity,
                                     const QString &areaCode, const QString &message, qint64 detectedAt)
{
    static const QStringList severities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    if (!severities.contains(severity))
        fail(ErrorCode::BadInput, u"alarm of rule '%1': field 'severity': '%2' is not critical/high/medium/low"_s.arg(ruleId, severity));
    Transaction tx(db());
    const QVariant areaId = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    const qint64 id = db().insert(u"alarms"_s, {{u"rule_id"_s, ruleId}, {u"tag"_s, tag}, {u"severity"_s, severity},
                                                {u"state"_s, u"unacknowledged"_s}, {u"area_id"_s, areaId},
                                                {u"message"_s, message}, {u"raised_at"_s, detectedAt}});
    audit(u"alarm.raise"_s, u"alarm"_s, QString::number(id),
          {{u"rule"_s, ruleId}, {u"tag"_s, tag}, {u"severity"_s, severity}, {u"message"_s, message},
           {u"detected_at"_s, detectedAt}}, areaCode);
    PermitService(m_ctx).suspendForAlarm(id, ruleId, tag, severity, areaCode); // gas and related alarms stop the area's work
    tx.commit();
    return id;
}

void OperationsService::acknowledgeAlarm(qint64 alarmId)
{
    require(u"alarm.ack"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    const QString from = q.value(0).toString();
    if (from != u"unacknowledged"_s && from != u"returned"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2: nothing to acknowledge"_s.arg(alarmId).arg(from));
    const QString to = from == u"returned"_s ? u"cleared"_s : u"acknowledged"_s;
    db().exec(u"UPDATE alarms SET state = ?, acked_at = ?, acked_by = ? WHERE id = ?"_s, {to, now(), actor().auditName(), alarmId});
    audit(u"alarm.acknowledge"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}},
          q.value(1).toString());
    tx.commit();
}

void OperationsService::clearAlarm(qint64 alarmId)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    const QString from = q.value(0).toString();
    // ISA-18.2: a condition that returns to normal before acknowledgement stays visible as "returned".
    QString to;
    if (from == u"acknowledged"_s)
        to = u"cleared"_s;
    else if (from == u"unacknowledged"_s)
        to = u"returned"_s;
    else
        fail(ErrorCode::Conflict, u"alarm %1 is %2: it cannot return to normal"_s.arg(alarmId).arg(from));
    db().exec(u"UPDATE alarms SET state = ?, cleared_at = ? WHERE id = ?"_s, {to, now(), alarmId});
    audit(u"alarm.clear"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}},
          q.value(1).toString());
    tx.commit();
}

QString OperationsService::openOrder(const QString &code, qint64 alarmId, const QString &areaCode, const QString &title,
                                     const QString &priority, qint64 dueInMs)
{
    require(u"dispatch.manage"_s);
    Transaction tx(db());
    const QVariant areaId = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    QVariant detected = now();
    if (alarmId) {
        detected = db().scalar(u"SELECT raised_at FROM alarms WHERE id = ?"_s, {alarmId});
        if (!detected.isValid())
            fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    }
    db().insert(u"dispatch_orders"_s, {{u"code"_s, code}, {u"alarm_id"_s, alarmId ? QVariant(alarmId) : QVariant()},
                                       {u"area_id"_s, areaId}, {u"title"_s, title}, {u"state"_s, u"open"_s},
                                       {u"priority"_s, priority}, {u"created_at"_s, now()}, {u"due_at"_s, now() + dueInMs},
                                       {u"detected_at"_s, detected}});
    audit(u"order.open"_s, u"order"_s, code,
          {{u"title"_s, title}, {u"priority"_s, priority}, {u"alarm"_s, alarmId}, {u"due_at"_s, now() + dueInMs}}, areaCode);
    ProcedureService(m_ctx).instantiate(code, alarmId, areaCode); // the alarm type's procedure steps (issue #8)
    tx.commit();
    return code;
}

QString OperationsService::applyOrder(const QString &code, const QString &action, const QString &assigneeUsername)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT o.id, o.state, a.code FROM dispatch_orders o LEFT JOIN areas a ON a.id = o.area_id "
                            "WHERE o.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"dispatch order '%1' does not exist"_s.arg(code));
    const qint64 id = q.value(0).toLongLong();
    const QString from = q.value(1).toString();
    const Transition *t = findTransition(orderTransitions(), from, action);
    if (!t)
        fail(ErrorCode::Conflict, u"order '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                      code, from, action, actionsFrom(orderTransitions(), from).join(u", "_s)));
    require(QString::fromUtf16(t->permission));
    if (action == u"confirm"_s) // every procedure step done or skipped (issue #8)
        ProcedureService(m_ctx).requireComplete(code);
    const QString to = QString::fromUtf16(t->to);
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}};
    db().exec(u"UPDATE dispatch_orders SET state = ? WHERE id = ?"_s, {to, id});
    if (action == u"assign"_s) {
        const qint64 uid = idOf(u"users"_s, assigneeUsername, u"user"_s, u"username"_s);
        db().exec(u"UPDATE dispatch_orders SET assignee_id = ?, verified_at = ? WHERE id = ?"_s, {uid, now(), id});
        details.insert(u"assignee"_s, assigneeUsername);
    } else if (action == u"respond"_s) {
        db().exec(u"UPDATE dispatch_orders SET responded_at = ? WHERE id = ?"_s, {now(), id});
    } else if (action == u"confirm"_s) {
        db().exec(u"UPDATE dispatch_orders SET confirmed_at = ? WHERE id = ?"_s, {now(), id});
    }
    audit(u"order."_s + action, u"order"_s, code, details, q.value(2).toString());
    tx.commit();
    return to;
}

qint64 OperationsService::pushInstruction(const QString &orderCode, const QString &target, const QString &text, qint64 ackWithinMs)
{
    require(u"dispatch.manage"_s);
    if (text.trimmed().isEmpty() || target.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"instruction: target and text are required"_s);
    Transaction tx(db());
    const QVariant orderId = orderCode.isEmpty() ? QVariant() : QVariant(idOf(u"dispatch_orders"_s, orderCode, u"dispatch order"_s));
    const qint64 id = db().insert(u"instructions"_s, {{u"order_id"_s, orderId}, {u"target"_s, target}, {u"text"_s, text},
                                                      {u"issued_at"_s, now()}, {u"ack_due_at"_s, now() + ackWithinMs}});
    audit(u"instruction.push"_s, u"instruction"_s, QString::number(id),
          {{u"order"_s, orderCode}, {u"target"_s, target}, {u"text"_s, text}, {u"ack_due_at"_s, now() + ackWithinMs}});
    tx.commit();
    return id;
}

void OperationsService::acknowledgeInstruction(qint64 instructionId)
{
    require(u"alarm.ack"_s);
    Transaction tx(db());
    const QVariant acked = db().scalar(u"SELECT acked_at FROM instructions WHERE id = ?"_s, {instructionId});
    if (!db().scalar(u"SELECT count(*) FROM instructions WHERE id = ?"_s, {instructionId}).toInt())
        fail(ErrorCode::NotFound, u"instruction %1 does not exist"_s.arg(instructionId));
    if (!acked.isNull())
        fail(ErrorCode::Conflict, u"instruction %1 is already acknowledged"_s.arg(instructionId));
    db().exec(u"UPDATE instructions SET acked_at = ?, acked_by = ? WHERE id = ?"_s, {now(), actor().auditName(), instructionId});
    audit(u"instruction.acknowledge"_s, u"instruction"_s, QString::number(instructionId), {{u"acked_at"_s, now()}});
    tx.commit();
}

} // namespace gl
