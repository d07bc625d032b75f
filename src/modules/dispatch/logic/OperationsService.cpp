// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "platform/domain/States.h"
#include "platform/services/DomainEvents.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

std::optional<qint64> timeOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<double> span(const std::optional<qint64> &from, const std::optional<qint64> &to)
{
    if (!from || !to)
        return std::nullopt;
    return double(*to - *from) / 1000.0;
}

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

/// Times in JSON: ISO 8601 with milliseconds in the site's zone, null when absent.
struct IsoTime {
    QTimeZone tz;
    explicit IsoTime(Database &db) : tz(siteTimeZone(db))
    {
        if (!tz.isValid())
            tz = QTimeZone::utc();
    }
    QJsonValue operator()(const QVariant &v) const
    {
        if (!v.isValid() || v.isNull())
            return QJsonValue::Null;
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), tz).toString(Qt::ISODateWithMs);
    }
};

QJsonValue strOrNull(const QVariant &v) { return v.isNull() || !v.isValid() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()); }


} // namespace

QJsonObject IncidentPhases::toJson() const
{
    return {{u"detect_s"_s, orNull(detect)}, {u"verify_s"_s, orNull(verify)}, {u"respond_s"_s, orNull(respond)},
            {u"confirm_s"_s, orNull(confirm)}, {u"total_s"_s, orNull(total)}};
}

IncidentPhases incidentPhases(const IncidentTimes &t)
{
    IncidentPhases p;
    p.detect = span(t.began, t.raised);
    p.verify = span(t.raised, t.acked);
    p.respond = span(t.acked, t.arrived);
    p.confirm = span(t.arrived, t.confirmed);
    if (p.detect && p.verify && p.respond && p.confirm)
        p.total = *p.detect + *p.verify + *p.respond + *p.confirm;
    return p;
}

qint64 OperationsService::slaMs(const QString &priority)
{
    constexpr qint64 minute = 60'000;
    if (priority == u"critical"_s)
        return 10 * minute;
    if (priority == u"high"_s)
        return 30 * minute;
    if (priority == u"medium"_s)
        return 120 * minute;
    return 480 * minute;
}

qint64 OperationsService::raiseAlarm(const QString &ruleId, const QString &tag, const QString &severity,
                                     const QString &areaCode, const QString &message, qint64 detectedAt, qint64 beganAt,
                                     const QString &messageZh)
{
    if (beganAt <= 0 || beganAt > detectedAt)
        beganAt = detectedAt;
    static const QStringList severities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    if (!severities.contains(severity))
        fail(ErrorCode::BadInput, u"alarm of rule '%1': field 'severity': '%2' is not critical/high/medium/low"_s.arg(ruleId, severity));
    Transaction tx(db());
    const QVariant areaId = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    const qint64 id = db().insert(u"alarms"_s, {{u"rule_id"_s, ruleId}, {u"tag"_s, tag}, {u"severity"_s, severity},
                                                {u"state"_s, u"unacknowledged"_s}, {u"area_id"_s, areaId},
                                                {u"message"_s, message}, {u"raised_at"_s, detectedAt},
                                                {u"began_at"_s, beganAt},
                                                {u"message_zh"_s, messageZh.isEmpty() ? QVariant() : QVariant(messageZh)}});
    audit(u"alarm.raise"_s, u"alarm"_s, QString::number(id),
          {{u"rule"_s, ruleId}, {u"tag"_s, tag}, {u"severity"_s, severity}, {u"message"_s, message},
           {u"detected_at"_s, detectedAt}, {u"began_at"_s, beganAt}}, areaCode);
    events::publish(m_ctx, events::AlarmRaised{id, ruleId, tag, severity, areaCode}); // e.g. permits in the area suspended
    tx.commit();
    return id;
}

ManualAlarm OperationsService::raiseManualAlarm(const QString &areaCode, const QString &priority, const QString &text,
                                               qint64 observedAt)
{
    require(u"dispatch.manage"_s);
    static const QStringList priorities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    if (!priorities.contains(priority))
        fail(ErrorCode::BadInput, u"manual alarm: field 'priority': '%1' is not one of %2"_s.arg(priority, priorities.join(u", "_s)));
    const QString what = text.trimmed();
    if (what.isEmpty())
        fail(ErrorCode::BadInput, u"manual alarm: field 'text': say what was reported"_s);
    if (areaCode.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"manual alarm: field 'area': name the area (an area code of the site)"_s);
    if (!db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {areaCode}).isValid())
        fail(ErrorCode::BadInput, u"manual alarm: field 'area': '%1' is not an area of the site"_s.arg(areaCode));
    const qint64 raised = now();
    if (observedAt > raised)
        fail(ErrorCode::BadInput, u"manual alarm: field 'observed-at': %1 is in the future"_s
                                      .arg(QDateTime::fromMSecsSinceEpoch(observedAt, QTimeZone::utc()).toString(Qt::ISODateWithMs)));
    Transaction tx(db());
    ManualAlarm out;
    // rule "manual": a site may attach a procedure to manual alarms in procedures.json (rules: ["manual"]).
    out.alarmId = raiseAlarm(u"manual"_s, {}, priority, areaCode, what, raised, observedAt > 0 ? observedAt : raised);
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, raised_by = ? WHERE id = ?"_s, {actor().auditName(), out.alarmId});
    out.orderCode = u"DSP-%1"_s.arg(out.alarmId);
    openOrder(out.orderCode, out.alarmId, areaCode, what, priority, slaMs(priority));
    tx.commit();
    return out;
}

void OperationsService::acknowledgeAlarm(qint64 alarmId, std::optional<qint64> expectedVersion)
{
    require(u"alarm.ack"_s);
    Transaction tx(db());
    const qint64 version = lockRowVersion(u"alarms"_s, u"id"_s, alarmId);
    QSqlQuery q = db().exec(u"SELECT a.state, r.code, a.acked_by FROM alarms a LEFT JOIN areas r ON r.id = a.area_id WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    const QString from = q.value(0).toString();
    requireVersion(expectedVersion, version, u"Alarm %1"_s.arg(alarmId), {{u"alarm"_s, QString::number(alarmId)}},
                   q.value(2).isNull() ? u"it is now %1"_s.arg(from)
                                       : u"it is now %1 (acknowledged by %2)"_s.arg(from, q.value(2).toString()));
    if (from != u"unacknowledged"_s && from != u"returned"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2: nothing to acknowledge"_s.arg(alarmId).arg(from));
    const QString to = from == u"returned"_s ? u"cleared"_s : u"acknowledged"_s;
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, acked_at = ?, acked_by = ? WHERE id = ?"_s, {to, now(), actor().auditName(), alarmId});
    // The dispatcher verified the alarm: the end of Tverify of its order (CONTRACTS.md 6.4).
    db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, verified_at = ? WHERE alarm_id = ? AND verified_at IS NULL"_s, {now(), alarmId});
    audit(u"alarm.acknowledge"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}},
          q.value(1).toString());
    tx.commit();
}

void OperationsService::clearAlarm(qint64 alarmId)
{
    Transaction tx(db());
    lockRowVersion(u"alarms"_s, u"id"_s, alarmId); // a dispatcher's acknowledgement at this moment is read, not overwritten
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
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, cleared_at = ? WHERE id = ?"_s, {to, now(), alarmId});
    audit(u"alarm.clear"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}},
          q.value(1).toString());
    tx.commit();
}

QString OperationsService::openOrder(const QString &code, qint64 alarmId, const QString &areaCode, const QString &title,
                                     const QString &priority, qint64 dueInMs, const QString &titleZh)
{
    require(u"dispatch.manage"_s);
    Transaction tx(db());
    const QVariant areaId = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    // The incident's moments so far: the condition began and the alarm was raised (an order without an alarm
    // is raised when opened, by the person who opened it: verified at once), acknowledged or not yet.
    QVariant began = now(), raised = now(), acked = now();
    if (alarmId) {
        QSqlQuery a = db().exec(u"SELECT raised_at, COALESCE(began_at, raised_at), acked_at FROM alarms WHERE id = ?"_s, {alarmId});
        if (!a.next())
            fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
        raised = a.value(0);
        began = a.value(1);
        acked = a.value(2);
    }
    db().insert(u"dispatch_orders"_s, {{u"code"_s, code}, {u"alarm_id"_s, alarmId ? QVariant(alarmId) : QVariant()},
                                       {u"area_id"_s, areaId}, {u"title"_s, title}, {u"state"_s, u"open"_s},
                                       {u"priority"_s, priority}, {u"created_at"_s, now()}, {u"due_at"_s, now() + dueInMs},
                                       {u"detected_at"_s, began}, {u"raised_at"_s, raised},
                                       {u"verified_at"_s, acked.isNull() ? QVariant() : acked},
                                       {u"title_zh"_s, titleZh.isEmpty() ? QVariant() : QVariant(titleZh)}});
    audit(u"order.open"_s, u"order"_s, code,
          {{u"title"_s, title}, {u"priority"_s, priority}, {u"alarm"_s, alarmId}, {u"due_at"_s, now() + dueInMs}}, areaCode);
    ProcedureService(m_ctx).instantiate(code, alarmId, areaCode); // the alarm type's procedure steps (issue #8)
    tx.commit();
    return code;
}

QString orderStepRefusal(const QString &code, const QString &state, const QString &action, Role role, const QString &user,
                         const QString &assignee)
{
    const Transition *t = findTransition(orderTransitions(), state, action);
    if (!t || role == Role::Admin)
        return {};
    const QString permission = QString::fromUtf16(t->permission);
    if (permission == u"dispatch.respond"_s) {
        if (user == assignee)
            return {};
        return assignee.isEmpty() ? u"order '%1' has no assignee: only the assignee (or an administrator) may %2 it"_s.arg(code, action)
                                  : u"order '%1' is assigned to %2: only %2 (or an administrator) may %3 it, not %4"_s.arg(
                                        code, assignee, action, user);
    }
    if (PermissionMatrix::defaults().allows(role, permission))
        return {};
    return u"order '%1': only a dispatcher or an administrator may %2 it (permission '%3'); user '%4' is %5"_s.arg(
        code, action, permission, user, roleKey(role));
}

QString OperationsService::applyOrder(const QString &code, const QString &action, const QString &assigneeUsername,
                                     const QString &text, std::optional<qint64> expectedVersion)
{
    Transaction tx(db());
    const qint64 version = lockRowVersion(u"dispatch_orders"_s, u"code"_s, code);
    QSqlQuery q = db().exec(u"SELECT o.id, o.state, a.code, u.username, o.alarm_id FROM dispatch_orders o "
                            "LEFT JOIN areas a ON a.id = o.area_id LEFT JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"dispatch order '%1' does not exist"_s.arg(code));
    const qint64 id = q.value(0).toLongLong();
    const QString from = q.value(1).toString(), area = q.value(2).toString(), assignee = q.value(3).toString();
    // Acting on a view that is no longer true (another dispatcher took a step since) is a conflict, not an overwrite.
    QList<QPair<QString, QString>> changedBy{{u"order"_s, code}};
    if (!q.value(4).isNull())
        changedBy.append({u"alarm"_s, q.value(4).toString()});
    requireVersion(expectedVersion, version, u"Order %1"_s.arg(code), changedBy,
                   from == u"assigned"_s && !assignee.isEmpty() ? u"it is now assigned to %1"_s.arg(assignee)
                   : assignee.isEmpty()                         ? u"it is now %1"_s.arg(from)
                                                                : u"it is now %1 (assignee %2)"_s.arg(from, assignee));
    const Transition *t = findTransition(orderTransitions(), from, action);
    if (!t) {
        const QStringList possible = actionsFrom(orderTransitions(), from);
        fail(ErrorCode::Conflict, u"order '%1' is %2: '%3' is not possible now (possible: %4)"_s.arg(
                                      code, from, action, possible.isEmpty() ? u"none, it is closed"_s : possible.join(u", "_s)));
    }
    // Who may take the step (CONTRACTS.md 6.4): a step by the wrong person is refused like one the state forbids.
    if (const QString why = orderStepRefusal(code, from, action, actor().role, actor().username, assignee); !why.isEmpty())
        fail(ErrorCode::Conflict, why);
    const QString note = text.trimmed();
    if ((action == u"reopen"_s || action == u"cancel"_s) && note.isEmpty())
        fail(ErrorCode::BadInput, u"order '%1': %2 needs a reason (field 'reason')"_s.arg(code, action));
    if (action == u"confirm"_s) // every procedure step done or skipped (issue #8)
        ProcedureService(m_ctx).requireComplete(code);
    const QString to = QString::fromUtf16(t->to);
    QJsonObject details{{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, to}}}};
    if (!note.isEmpty())
        details.insert(action == u"resolve"_s ? u"note"_s : u"reason"_s, note);
    db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, state = ? WHERE id = ?"_s, {to, id});
    if (action == u"assign"_s) {
        if (assigneeUsername.trimmed().isEmpty())
            fail(ErrorCode::BadInput, u"order '%1': assign needs the user to assign it to (field 'to')"_s.arg(code));
        QSqlQuery u = db().exec(u"SELECT id, role, active FROM users WHERE username = ?"_s, {assigneeUsername});
        if (!u.next())
            fail(ErrorCode::NotFound, u"user '%1' does not exist"_s.arg(assigneeUsername));
        const Role role = roleFromKey(u.value(1).toString());
        if (!u.value(2).toBool())
            fail(ErrorCode::Conflict, u"order '%1': user '%2' is disabled and cannot respond"_s.arg(code, assigneeUsername));
        // A person assigns someone whose role can respond; the roster's auto-assignment (a system actor) follows
        // the site's duty roster as set (a site-wide dispatcher on duty may take the order himself).
        const bool byRoster = actor().userId == 0 && actor().username.startsWith(u"system:"_s);
        if (!byRoster && !PermissionMatrix::defaults().allows(role, u"dispatch.respond"_s))
            fail(ErrorCode::Conflict, u"order '%1': user '%2' (%3) cannot respond to orders; assign someone whose role can "
                                      "(permission 'dispatch.respond', e.g. area_supervisor, safety_officer)"_s.arg(
                                          code, assigneeUsername, roleKey(role)));
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, assignee_id = ?, assigned_at = ?, accepted_at = NULL WHERE id = ?"_s,
                  {u.value(0).toLongLong(), now(), id});
        details.insert(u"assignee"_s, assigneeUsername);
        if (!assignee.isEmpty() && assignee != assigneeUsername)
            details.insert(u"previous_assignee"_s, assignee);
    } else if (action == u"accept"_s) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, accepted_at = ? WHERE id = ?"_s, {now(), id});
    } else if (action == u"arrive"_s || action == u"respond"_s) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, responded_at = ?, accepted_at = COALESCE(accepted_at, ?) WHERE id = ?"_s, {now(), now(), id});
    } else if (action == u"resolve"_s) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, resolved_at = ?, note = ? WHERE id = ?"_s, {now(), note.isEmpty() ? QVariant() : QVariant(note), id});
    } else if (action == u"reopen"_s) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, resolved_at = NULL WHERE id = ?"_s, {id});
    } else if (action == u"confirm"_s) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, confirmed_at = ? WHERE id = ?"_s, {now(), id});
    }
    audit(u"order."_s + action, u"order"_s, code, details, area);
    tx.commit();
    return to;
}

QJsonObject OperationsService::orderDetails(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT o.code, o.state, o.alarm_id, a.code, o.title, o.priority, u.username, o.created_at, o.due_at, "
                            "o.detected_at, o.raised_at, o.verified_at, o.responded_at, o.confirmed_at, o.assigned_at, o.accepted_at, "
                            "o.resolved_at, o.note, o.row_version FROM dispatch_orders o LEFT JOIN areas a ON a.id = o.area_id "
                            "LEFT JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"dispatch order '%1' does not exist"_s.arg(code));
    const IsoTime iso(db());
    const auto str = strOrNull;
    QJsonObject o{{u"code"_s, q.value(0).toString()}, {u"state"_s, q.value(1).toString()},
                  {u"alarm"_s, q.value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(2).toLongLong())},
                  {u"area"_s, str(q.value(3))}, {u"title"_s, q.value(4).toString()}, {u"priority"_s, q.value(5).toString()},
                  {u"assignee"_s, str(q.value(6))}, {u"opened_at"_s, iso(q.value(7))}, {u"due_at"_s, iso(q.value(8))},
                  {u"note"_s, str(q.value(17))}, {u"version"_s, q.value(18).toLongLong()}};
    o.insert(u"times"_s, QJsonObject{{u"began_at"_s, iso(q.value(9))}, {u"raised_at"_s, iso(q.value(10))},
                                     {u"acknowledged_at"_s, iso(q.value(11))}, {u"assigned_at"_s, iso(q.value(14))},
                                     {u"accepted_at"_s, iso(q.value(15))}, {u"arrived_at"_s, iso(q.value(12))},
                                     {u"resolved_at"_s, iso(q.value(16))}, {u"confirmed_at"_s, iso(q.value(13))}});
    const IncidentTimes times{timeOf(q.value(9)), timeOf(q.value(10)), timeOf(q.value(11)), timeOf(q.value(12)), timeOf(q.value(13))};
    o.insert(u"phases"_s, incidentPhases(times).toJson());
    // The steps: the alarm's raise and acknowledgement, then the order's own, from the audit chain.
    QJsonArray steps;
    QString sql = u"SELECT seq, ts_utc, actor, action, object_type, details FROM audit_log WHERE (object_type = 'order' AND object_id = ?)"_s;
    QVariantList binds{code};
    if (!q.value(2).isNull()) {
        sql += u" OR (object_type = 'alarm' AND object_id = ? AND action IN ('alarm.raise', 'alarm.acknowledge'))"_s;
        binds << q.value(2).toString();
    }
    QSqlQuery s = db().exec(sql + u" ORDER BY seq"_s, binds);
    while (s.next()) {
        QJsonObject step{{u"action"_s, s.value(3).toString()}, {u"at"_s, iso(s.value(1))}, {u"actor"_s, s.value(2).toString()}};
        const QJsonObject d = QJsonDocument::fromJson(s.value(5).toString().toUtf8()).object();
        for (const char16_t *key : {u"assignee", u"note", u"reason"})
            if (d.contains(QString::fromUtf16(key)))
                step.insert(QString::fromUtf16(key), d.value(QString::fromUtf16(key)));
        if (d.value(u"state"_s).isObject())
            step.insert(u"state"_s, d.value(u"state"_s).toObject().value(u"to"_s));
        steps.append(step);
    }
    o.insert(u"steps"_s, steps);
    return o;
}

qint64 OperationsService::pushInstruction(const QString &orderCode, const QString &target, const QString &text, qint64 ackWithinMs,
                                          const QString &textZh)
{
    require(u"dispatch.manage"_s);
    if (text.trimmed().isEmpty() || target.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"instruction: target and text are required"_s);
    Transaction tx(db());
    const QVariant orderId = orderCode.isEmpty() ? QVariant() : QVariant(idOf(u"dispatch_orders"_s, orderCode, u"dispatch order"_s));
    const qint64 id = db().insert(u"instructions"_s, {{u"order_id"_s, orderId}, {u"target"_s, target}, {u"text"_s, text},
                                                      {u"issued_at"_s, now()}, {u"ack_due_at"_s, now() + ackWithinMs},
                                                      {u"text_zh"_s, textZh.isEmpty() ? QVariant() : QVariant(textZh)}});
    audit(u"instruction.push"_s, u"instruction"_s, QString::number(id),
          {{u"order"_s, orderCode}, {u"target"_s, target}, {u"text"_s, text}, {u"ack_due_at"_s, now() + ackWithinMs}});
    tx.commit();
    return id;
}

QList<QPair<QString, QString>> OperationsService::responders(const QString &area) const
{
    require(u"data.read"_s);
    QSet<QString> onDuty;
    QSqlQuery d = db().exec(u"SELECT d.username FROM duty_roster d LEFT JOIN areas a ON a.id = d.area_id "
                            "WHERE d.starts_at <= ? AND d.ends_at > ? AND (a.code = ? OR d.area_id IS NULL)"_s,
                            {now(), now(), area});
    while (d.next())
        onDuty.insert(d.value(0).toString());
    QList<QPair<QString, QString>> first, rest;
    QSqlQuery u = db().exec(u"SELECT username, display_name, role FROM users WHERE active = 1 ORDER BY username"_s);
    while (u.next()) {
        const Role role = roleFromKey(u.value(2).toString());
        if (!PermissionMatrix::defaults().allows(role, u"dispatch.respond"_s) || u.value(0).toString().startsWith(u"system:"_s))
            continue;
        const QString name = u.value(0).toString();
        const bool duty = onDuty.contains(name);
        QString label = u"%1 (%2)"_s.arg(u.value(1).toString().isEmpty() ? name : u.value(1).toString(), roleKey(role));
        if (duty)
            label += u", on duty"_s;
        (duty ? first : rest).append({name, label});
    }
    return first + rest;
}

QJsonObject OperationsService::alarmsJson(bool openOnly) const
{
    require(u"data.read"_s);
    const IsoTime iso(db());
    QJsonArray list;
    QSqlQuery q = db().exec(u"SELECT al.id, al.rule_id, al.raised_by, a.code, al.severity, al.state, al.raised_at, al.message, al.row_version "
                            "FROM alarms al LEFT JOIN areas a ON a.id = al.area_id %1 ORDER BY al.raised_at DESC, al.id DESC"_s
                                .arg(openOnly ? u"WHERE al.state <> 'cleared'"_s : QString()));
    while (q.next()) {
        const bool manual = !q.value(2).isNull() || q.value(1).toString().isEmpty();
        list.append(QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                                {u"rule"_s, manual ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(1).toString())},
                                {u"area"_s, strOrNull(q.value(3))}, {u"priority"_s, q.value(4).toString()},
                                {u"state"_s, q.value(5).toString()}, {u"raised_at"_s, iso(q.value(6))}, {u"text"_s, q.value(7).toString()},
                                {u"version"_s, q.value(8).toLongLong()}});
    }
    return {{u"alarms"_s, list}};
}

QJsonObject OperationsService::ordersJson(bool openOnly) const
{
    require(u"data.read"_s);
    const IsoTime iso(db());
    QJsonArray list;
    QSqlQuery q = db().exec(u"SELECT o.code, o.state, o.alarm_id, a.code, u.username, o.created_at, o.row_version FROM dispatch_orders o "
                            "LEFT JOIN areas a ON a.id = o.area_id LEFT JOIN users u ON u.id = o.assignee_id %1 "
                            "ORDER BY o.created_at DESC, o.id DESC"_s
                                .arg(openOnly ? u"WHERE o.state NOT IN ('confirmed', 'cancelled')"_s : QString()));
    while (q.next())
        list.append(QJsonObject{{u"code"_s, q.value(0).toString()}, {u"state"_s, q.value(1).toString()},
                                {u"alarm"_s, q.value(2).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(2).toLongLong())},
                                {u"area"_s, strOrNull(q.value(3))}, {u"assignee"_s, strOrNull(q.value(4))},
                                {u"opened_at"_s, iso(q.value(5))}, {u"version"_s, q.value(6).toLongLong()}});
    return {{u"orders"_s, list}};
}

QJsonObject OperationsService::instructionsJson() const
{
    require(u"data.read"_s);
    const IsoTime iso(db());
    QJsonArray list;
    QSqlQuery q = db().exec(u"SELECT id, target, kind, text, reason, issued_at, sent_at, acked_at, sent_via, send_error "
                            "FROM instructions ORDER BY issued_at DESC, id DESC"_s);
    while (q.next()) {
        QString kind = q.value(2).toString();
        if (kind.isEmpty()) // a rule's instruction: its kind when its text is one of the standard ones
            for (const QString &k : instructionKinds())
                if (instructionText(k).compare(q.value(3).toString(), Qt::CaseInsensitive) == 0)
                    kind = k;
        list.append(QJsonObject{{u"id"_s, q.value(0).toLongLong()}, {u"target"_s, q.value(1).toString()},
                                {u"kind"_s, kind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kind)},
                                {u"state"_s, instructionState(q.value(8), q.value(9), q.value(7))},
                                {u"issued_at"_s, iso(q.value(5))}, {u"sent_at"_s, iso(q.value(6))},
                                {u"acknowledged_at"_s, iso(q.value(7))}, {u"text"_s, q.value(3).toString()},
                                {u"reason"_s, strOrNull(q.value(4))}});
    }
    return {{u"instructions"_s, list}};
}

QStringList OperationsService::instructionKinds()
{
    return {u"halt_pour"_s, u"stop_hot_work"_s, u"evacuate"_s, u"resume"_s};
}

namespace {
/// The standard instructions' texts: what the line receives (English) and the zh_CN workstation shows.
struct InstructionWords {
    const char16_t *kind, *en, *zh;
};
constexpr InstructionWords kInstructionWords[] = {{u"halt_pour", u"HALT POUR", u"停止浇注"},
                                                  {u"stop_hot_work", u"STOP HOT WORK", u"停止动火作业"},
                                                  {u"evacuate", u"EVACUATE", u"撤离"},
                                                  {u"resume", u"RESUME", u"恢复作业"}};
const InstructionWords *instructionWords(const QString &kind)
{
    for (const InstructionWords &w : kInstructionWords)
        if (kind == QStringView(w.kind))
            return &w;
    return nullptr;
}
} // namespace

QString OperationsService::instructionText(const QString &kind)
{
    const InstructionWords *w = instructionWords(kind);
    return w ? QString::fromUtf16(w->en) : QString();
}

QString OperationsService::instructionTextZh(const QString &kind)
{
    const InstructionWords *w = instructionWords(kind);
    return w ? QString::fromUtf16(w->zh) : QString();
}

QString OperationsService::instructionState(const QVariant &sentVia, const QVariant &sendError, const QVariant &ackedAt)
{
    if (!ackedAt.isNull() && ackedAt.isValid())
        return u"acknowledged"_s;
    if (!sendError.isNull() && sendError.isValid() && !sendError.toString().isEmpty())
        return u"failed"_s;
    if (!sentVia.isNull() && sentVia.isValid() && !sentVia.toString().isEmpty())
        return u"sent"_s;
    return u"queued"_s;
}

qint64 OperationsService::pushManualInstruction(const QString &target, const QString &kind, const QString &reason,
                                                const QString &orderCode)
{
    require(u"dispatch.manage"_s);
    if (!instructionKinds().contains(kind))
        fail(ErrorCode::BadInput, u"instruction: field 'kind': '%1' is not one of %2"_s.arg(kind, instructionKinds().join(u", "_s)));
    if (target.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"instruction: field 'target': name the line or area as the site's connectors know it"_s);
    if (reason.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"instruction: field 'reason': say why (it is read back and kept in the audit chain)"_s);
    Transaction tx(db());
    const qint64 id = pushInstruction(orderCode, target.trimmed(), instructionText(kind), kDefaultAckMs,
                                      instructionTextZh(kind));
    db().exec(u"UPDATE instructions SET kind = ?, reason = ?, issued_by = ? WHERE id = ?"_s,
              {kind, reason.trimmed(), actor().auditName(), id});
    audit(u"instruction.issue"_s, u"instruction"_s, QString::number(id),
          {{u"kind"_s, kind}, {u"target"_s, target.trimmed()}, {u"reason"_s, reason.trimmed()}, {u"order"_s, orderCode}});
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
