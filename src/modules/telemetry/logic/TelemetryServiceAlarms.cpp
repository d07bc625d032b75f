// SPDX-License-Identifier: Apache-2.0
// TelemetryService: what follows an alarm: a live rule's alarm and its actions (dispatch, instruction, notify), its
// return to normal, how its instructions went out, ISA-18.2 shelving, and the escalation ladder of its orders.
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/logic/TelemetryTime.h"
#include "modules/dispatch/logic/RosterService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
using telemetrytime::kMinute;
constexpr qint64 kMaxShelveMs = 24 * 3600 * 1000LL;

const char16_t *const kEscalationNames[] = {u"none", u"due soon", u"overdue 1st", u"overdue 2nd", u"overdue 3rd"};
/// Who is told at each level (the ladder the site's procedure describes).
const char16_t *const kEscalationNotify[] = {u"", u"assignee", u"dispatcher on duty", u"area_supervisor", u"ehs_manager"};
} // namespace

QString escalationName(int level)
{
    return QString::fromUtf16(kEscalationNames[std::clamp(level, 0, 4)]);
}

int escalationLevelAt(qint64 createdAt, qint64 dueAt, qint64 now)
{
    const qint64 window = std::max<qint64>(dueAt - createdAt, kMinute);
    if (now >= dueAt + window)
        return int(EscalationLevel::Overdue3);
    if (now >= dueAt + window / 2)
        return int(EscalationLevel::Overdue2);
    if (now >= dueAt)
        return int(EscalationLevel::Overdue1);
    if (now >= dueAt - window / 4)
        return int(EscalationLevel::DueSoon);
    return int(EscalationLevel::None);
}

RuleAlarm TelemetryService::raiseFromRule(const rules::Rule &rule, qint64 detectedAt, const QString &tag, double value,
                                          qint64 beganAt)
{
    const QString severity = rules::severityName(rule.severity);
    QString area;
    QString unit;
    {
        QSqlQuery q = db().exec(u"SELECT a.code, s.unit FROM sensors s LEFT JOIN areas a ON a.id = s.area_id WHERE s.tag = ?"_s, {tag});
        if (q.next()) {
            area = q.value(0).toString();
            unit = q.value(1).toString();
        }
    }
    const QString title = rule.name.isEmpty() ? rule.id : rule.name;
    const QString message = u"%1: %2 = %3 %4"_s.arg(title, tag, QString::number(value, 'g', 4), unit).trimmed();
    // The rule's Chinese title (name_zh), when it has one: a zh interface shows it (issue 16 item 9).
    const QString messageZh = rule.nameZh.isEmpty() ? QString()
                                                    : u"%1:%2 = %3 %4"_s.arg(rule.nameZh, tag, QString::number(value, 'g', 4), unit).trimmed();

    Transaction tx(db());
    RuleAlarm out;
    OperationsService ops(m_ctx);
    out.alarmId = ops.raiseAlarm(rule.id, tag, severity, area, message, detectedAt, beganAt, messageZh);
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, value = ? WHERE id = ?"_s, {value, out.alarmId});

    auto ensureOrder = [&](const QString &text, const QString &textZh) {
        if (!out.orderCode.isEmpty())
            return;
        out.orderCode = u"DSP-%1"_s.arg(out.alarmId);
        ops.openOrder(out.orderCode, out.alarmId, area, text, severity, OperationsService::slaMs(severity), textZh);
        out.assignee = RosterService(m_ctx).whoIsOnDuty(area, now());
        if (!out.assignee.isEmpty())
            ops.applyOrder(out.orderCode, u"assign"_s, out.assignee);
    };
    for (const QJsonValue &v : rule.actions) {
        const QJsonObject a = v.toObject();
        const QString type = a.value(u"type"_s).toString();
        const QString text = a.value(u"text"_s).toString(title);
        const QString textZh = a.value(u"text_zh"_s).toString(a.contains(u"text"_s) ? QString() : rule.nameZh);
        if (type == u"dispatch"_s) {
            ensureOrder(text, textZh);
        } else if (type == u"instruction"_s) {
            ensureOrder(title, rule.nameZh);
            const qint64 ackMs = a.contains(u"ack_s"_s) ? qint64(a.value(u"ack_s"_s).toDouble() * 1000) : OperationsService::kDefaultAckMs;
            const QString target = a.value(u"target"_s).toString(area);
            OutboundCommand c{ops.pushInstruction(out.orderCode, target, text, ackMs, textZh), target, text, now() + ackMs};
            out.commands.append(c);
        } else if (type == u"notify"_s) {
            // A notification to a user ("to": a username), every enabled user of a role ("to": a role key),
            // or by default whoever is on duty in the area; shown on their board until read.
            const QString to = a.value(u"to"_s).toString(u"on_duty"_s);
            QStringList recipients;
            if (to == u"on_duty"_s) {
                const QString who = RosterService(m_ctx).whoIsOnDuty(area, now());
                if (!who.isEmpty())
                    recipients << who;
            } else if (roleFromKey(to) != Role::Unknown) {
                QSqlQuery u = db().exec(u"SELECT username FROM users WHERE role = ? AND active = 1 ORDER BY username"_s, {to});
                while (u.next())
                    recipients << u.value(0).toString();
            } else if (db().scalar(u"SELECT count(*) FROM users WHERE username = ? AND active = 1"_s, {to}).toInt() > 0) {
                recipients << to;
            }
            // In both languages (the action's text_zh, else the rule's name_zh): each recipient's interface shows its own.
            const QString noteZh = textZh.isEmpty() ? QString() : u"%1（%2）"_s.arg(textZh, rules::severityNameZh(rule.severity));
            NotificationService notes(m_ctx);
            for (const QString &r : std::as_const(recipients))
                notes.notify(r, u"alarm"_s, u"alarm"_s, QString::number(out.alarmId), area, u"%1 (%2)"_s.arg(text, severity), noteZh);
            audit(u"alarm.notify"_s, u"alarm"_s, QString::number(out.alarmId),
                  {{u"to"_s, to}, {u"recipients"_s, QJsonArray::fromStringList(recipients)}, {u"text"_s, text}}, area);
        }
    }
    tx.commit();
    return out;
}

qint64 TelemetryService::ruleAlarmAt(const QString &ruleId, qint64 raisedAt) const
{
    return db().scalar(u"SELECT id FROM alarms WHERE rule_id = ? AND raised_at = ? ORDER BY id LIMIT 1"_s, {ruleId, raisedAt}).toLongLong();
}

bool TelemetryService::returnToNormal(qint64 alarmId)
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT state, shelved_from, cleared_at FROM alarms WHERE id = ?"_s, {alarmId});
    if (!q.next() || !q.value(2).isNull())
        return false;
    const QString state = q.value(0).toString(), shelvedFrom = q.value(1).toString();
    if (state == u"unacknowledged"_s || state == u"acknowledged"_s) {
        OperationsService(m_ctx).clearAlarm(alarmId);
    } else if (state == u"shelved"_s) {
        // It returns to normal behind the shelf; when unshelved it shows as returned or cleared.
        const QString to = shelvedFrom == u"acknowledged"_s ? u"cleared"_s : u"returned"_s;
        db().exec(u"UPDATE alarms SET row_version = row_version + 1, shelved_from = ?, cleared_at = ? WHERE id = ?"_s, {to, now(), alarmId});
        audit(u"alarm.clear"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, u"shelved"_s}, {u"after_shelf"_s, to}});
    } else {
        return false;
    }
    tx.commit();
    return true;
}

void TelemetryService::recordInstructionSend(qint64 instructionId, const QString &via, const QString &error)
{
    Transaction tx(db());
    db().exec(u"UPDATE instructions SET sent_via = ?, send_error = ?, sent_at = ? WHERE id = ?"_s,
              {via.isEmpty() ? QVariant() : QVariant(via), error.isEmpty() ? QVariant() : QVariant(error),
               error.isEmpty() && !via.isEmpty() ? QVariant(now()) : QVariant(), instructionId});
    audit(u"instruction.send"_s, u"instruction"_s, QString::number(instructionId),
          {{u"via"_s, via}, {u"error"_s, error}});
    tx.commit();
}

void TelemetryService::shelveAlarm(qint64 alarmId, const QString &reason, qint64 untilMs)
{
    require(u"alarm.ack"_s);
    if (reason.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"alarm %1: field 'reason': shelving needs a reason (ISA-18.2)"_s.arg(alarmId));
    if (untilMs <= now() || untilMs - now() > kMaxShelveMs)
        fail(ErrorCode::BadInput, u"alarm %1: field 'until': must be in the next 24 hours"_s.arg(alarmId));
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    const QString from = q.value(0).toString();
    if (from != u"unacknowledged"_s && from != u"acknowledged"_s && from != u"returned"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2: only an active alarm can be shelved"_s.arg(alarmId).arg(from));
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = 'shelved', shelved_from = ?, shelved_until = ?, shelve_reason = ?, shelved_by = ? "
              "WHERE id = ?"_s, {from, untilMs, reason, actor().auditName(), alarmId});
    audit(u"alarm.shelve"_s, u"alarm"_s, QString::number(alarmId),
          {{u"state"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, u"shelved"_s}}}, {u"reason"_s, reason}, {u"until"_s, untilMs}},
          q.value(1).toString());
    tx.commit();
}

void TelemetryService::unshelveAlarm(qint64 alarmId)
{
    require(u"alarm.ack"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.state, a.shelved_from, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id "
                            "WHERE a.id = ?"_s, {alarmId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"alarm %1 does not exist"_s.arg(alarmId));
    if (q.value(0).toString() != u"shelved"_s)
        fail(ErrorCode::Conflict, u"alarm %1 is %2, not shelved"_s.arg(alarmId).arg(q.value(0).toString()));
    const QString to = q.value(1).toString();
    db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, shelved_until = NULL WHERE id = ?"_s, {to, alarmId});
    audit(u"alarm.unshelve"_s, u"alarm"_s, QString::number(alarmId), {{u"state"_s, QJsonObject{{u"from"_s, u"shelved"_s}, {u"to"_s, to}}}},
          q.value(2).toString());
    tx.commit();
}

QString TelemetryService::unshelveDue()
{
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT a.id, a.shelved_from, r.code FROM alarms a LEFT JOIN areas r ON r.id = a.area_id "
                            "WHERE a.state = 'shelved' AND a.shelved_until <= ?"_s, {now()});
    QStringList ids;
    QList<std::tuple<qint64, QString, QString>> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    for (const auto &[id, to, area] : due) {
        db().exec(u"UPDATE alarms SET row_version = row_version + 1, state = ?, shelved_until = NULL WHERE id = ?"_s, {to, id});
        audit(u"alarm.unshelve"_s, u"alarm"_s, QString::number(id),
              {{u"state"_s, QJsonObject{{u"from"_s, u"shelved"_s}, {u"to"_s, to}}}, {u"reason"_s, u"shelf time is up"_s}}, area);
        ids << QString::number(id);
    }
    tx.commit();
    return ids.isEmpty() ? QString() : u"alarms back from the shelf: %1"_s.arg(ids.join(u", "_s));
}

QString TelemetryService::escalate()
{
    Transaction tx(db());
    QStringList lines;
    QSqlQuery q = db().exec(u"SELECT o.id, o.code, o.created_at, o.due_at, o.escalation_level, a.code, u.username FROM dispatch_orders o "
                            "LEFT JOIN areas a ON a.id = o.area_id LEFT JOIN users u ON u.id = o.assignee_id "
                            "WHERE o.state NOT IN ('resolved','confirmed','cancelled') AND o.due_at IS NOT NULL"_s);
    struct Row { qint64 id; QString code; int from, to; QString area, assignee; };
    QList<Row> rows;
    while (q.next()) {
        const int level = escalationLevelAt(q.value(2).toLongLong(), q.value(3).toLongLong(), now());
        if (level > q.value(4).toInt())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(4).toInt(), level, q.value(5).toString(),
                         q.value(6).toString()});
    }
    for (const Row &r : rows) {
        db().exec(u"UPDATE dispatch_orders SET row_version = row_version + 1, escalation_level = ?, escalated_at = ? WHERE id = ?"_s, {r.to, now(), r.id});
        audit(u"order.escalate"_s, u"order"_s, r.code,
              {{u"level"_s, r.to}, {u"name"_s, escalationName(r.to)}, {u"from"_s, escalationName(r.from)},
               {u"notify"_s, r.to == 1 && !r.assignee.isEmpty() ? r.assignee : QString::fromUtf16(kEscalationNotify[r.to])}},
              r.area);
        lines << u"%1 %2"_s.arg(r.code, escalationName(r.to));
    }
    QSqlQuery i = db().exec(u"SELECT id, target, text FROM instructions WHERE acked_at IS NULL AND overdue_at IS NULL AND ack_due_at < ?"_s,
                            {now()});
    QList<std::tuple<qint64, QString, QString>> late;
    while (i.next())
        late.append({i.value(0).toLongLong(), i.value(1).toString(), i.value(2).toString()});
    for (const auto &[id, target, text] : late) {
        db().exec(u"UPDATE instructions SET overdue_at = ? WHERE id = ?"_s, {now(), id});
        audit(u"instruction.overdue"_s, u"instruction"_s, QString::number(id),
              {{u"target"_s, target}, {u"text"_s, text}, {u"notify"_s, u"area_supervisor"_s}});
        lines << u"instruction %1 not acknowledged in time"_s.arg(id);
    }
    tx.commit();
    return lines.isEmpty() ? QString() : u"escalated: %1"_s.arg(lines.join(u"; "_s));
}

} // namespace gl
