// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/Procedures.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
constexpr qint64 kRecentMs = 7 * 86400'000LL;
} // namespace

int ProcedureService::instantiate(const QString &orderCode, qint64 alarmId, const QString &areaCode)
{
    if (!alarmId)
        return 0;
    QSqlQuery a = db().exec(u"SELECT al.rule_id, s.kind FROM alarms al LEFT JOIN sensors s ON s.tag = al.tag WHERE al.id = ?"_s, {alarmId});
    if (!a.next())
        return 0;
    const Procedure *p = ProcedureCatalog::current().find(a.value(0).toString(), a.value(1).toString());
    if (!p)
        return 0;
    Transaction tx(db());
    const qint64 orderId = idOf(u"dispatch_orders"_s, orderCode, u"dispatch order"_s);
    // The steps in one multi-row INSERT: this runs inside the alarm's transaction (a rule opening an order),
    // where every statement is a round trip to a PostgreSQL server.
    int seq = 0;
    QString sql = u"INSERT INTO order_steps (order_id, seq, procedure_id, title_en, title_zh, step_key, text_en, text_zh, state) VALUES "_s;
    QVariantList binds;
    for (const ProcedureStep &s : p->steps) {
        sql += seq ? u",(?,?,?,?,?,?,?,?,'pending')"_s : u"(?,?,?,?,?,?,?,?,'pending')"_s;
        binds << orderId << ++seq << p->id << p->titleEn << p->titleZh << s.key << s.en << s.zh;
    }
    if (seq)
        db().exec(sql, binds);
    audit(u"order.procedure"_s, u"order"_s, orderCode,
          {{u"procedure"_s, p->id}, {u"steps"_s, seq}, {u"rule"_s, a.value(0).toString()}, {u"alarm"_s, alarmId}}, areaCode);
    tx.commit();
    return seq;
}

QStringList ProcedureService::markStep(const QString &orderCode, int seq, const QString &outcome, const QString &reason)
{
    require(u"dispatch.step"_s);
    if (outcome != u"done"_s && outcome != u"skipped"_s)
        fail(ErrorCode::BadInput, u"order '%1' step %2: field 'outcome': '%3' is not done or skipped"_s.arg(orderCode).arg(seq).arg(outcome));
    const QString why = reason.trimmed();
    if (outcome == u"skipped"_s && why.isEmpty())
        fail(ErrorCode::BadInput, u"order '%1' step %2: field 'reason': a skipped step needs a reason (it is reported to the area supervisor)"_s
                                      .arg(orderCode).arg(seq));
    Transaction tx(db());
    QSqlQuery o = db().exec(u"SELECT o.id, o.state, a.code FROM dispatch_orders o LEFT JOIN areas a ON a.id = o.area_id WHERE o.code = ?"_s,
                            {orderCode});
    if (!o.next())
        fail(ErrorCode::NotFound, u"dispatch order '%1' does not exist"_s.arg(orderCode));
    const qint64 orderId = o.value(0).toLongLong();
    const QString orderState = o.value(1).toString(), area = o.value(2).toString();
    if (orderState == u"confirmed"_s || orderState == u"cancelled"_s)
        fail(ErrorCode::Conflict, u"order '%1' is %2: its procedure steps can no longer change"_s.arg(orderCode, orderState));
    QSqlQuery s = db().exec(u"SELECT id, state, step_key, text_en, text_zh, marked_by FROM order_steps WHERE order_id = ? AND seq = ?"_s,
                            {orderId, seq});
    if (!s.next())
        fail(ErrorCode::NotFound, u"order '%1' has no procedure step %2"_s.arg(orderCode).arg(seq));
    const qint64 stepId = s.value(0).toLongLong();
    if (s.value(1).toString() != u"pending"_s)
        fail(ErrorCode::Conflict, u"order '%1' step %2 is already %3 (by %4)"_s.arg(orderCode).arg(seq).arg(s.value(1).toString(),
                                                                                                            s.value(5).toString()));
    const QString key = s.value(2).toString(), textEn = s.value(3).toString(), textZh = s.value(4).toString();
    QJsonArray pendingBefore;
    QSqlQuery before = db().exec(u"SELECT seq FROM order_steps WHERE order_id = ? AND seq < ? AND state = 'pending' ORDER BY seq"_s,
                                 {orderId, seq});
    while (before.next())
        pendingBefore.append(before.value(0).toInt());
    const bool outOfOrder = !pendingBefore.isEmpty();
    db().exec(u"UPDATE order_steps SET state = ?, marked_at = ?, marked_by = ?, skip_reason = ?, out_of_order = ? WHERE id = ?"_s,
              {outcome, now(), actor().auditName(), why.isEmpty() ? QVariant() : QVariant(why), outOfOrder ? 1 : 0, stepId});
    QStringList notified;
    if (outcome == u"skipped"_s) {
        NotificationService n(m_ctx);
        // In both languages, each with its own step text (the procedure's text_en / text_zh): the supervisor's
        // interface shows its own (issue 16 item 9). The reason is as typed.
        const QString text = u"%1 step %2 skipped by %3: %4 — reason: %5"_s.arg(orderCode).arg(seq).arg(actor().auditName(), textEn, why);
        const QString zh = u"%1 第 %2 步被 %3 跳过：%4 — 原因：%5"_s.arg(orderCode).arg(seq).arg(actor().auditName(),
                                                                                        textZh.isEmpty() ? textEn : textZh, why);
        notified = supervisorsFor(area);
        for (const QString &user : notified)
            n.notify(user, u"step.skipped"_s, u"order"_s, orderCode, area, text, zh);
    }
    QJsonObject details{{u"seq"_s, seq}, {u"key"_s, key}, {u"step"_s, textEn}, {u"outcome"_s, outcome},
                        {u"out_of_order"_s, outOfOrder}};
    if (outOfOrder)
        details.insert(u"pending_before"_s, pendingBefore);
    if (!why.isEmpty())
        details.insert(u"reason"_s, why);
    if (outcome == u"skipped"_s)
        details.insert(u"notify"_s, QJsonArray::fromStringList(notified));
    audit(u"order.step"_s, u"order"_s, orderCode, details, area);
    tx.commit();
    return notified;
}

QStringList ProcedureService::openSteps(const QString &orderCode) const
{
    QStringList out;
    QSqlQuery q = db().exec(u"SELECT s.seq, s.text_en FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id "
                            "WHERE o.code = ? AND s.state = 'pending' ORDER BY s.seq"_s, {orderCode});
    while (q.next())
        out << u"%1. %2"_s.arg(q.value(0).toInt()).arg(q.value(1).toString());
    return out;
}

void ProcedureService::requireComplete(const QString &orderCode) const
{
    const QStringList open = openSteps(orderCode);
    if (!open.isEmpty())
        fail(ErrorCode::Conflict, u"order '%1' cannot be confirmed: %2 procedure step(s) neither done nor skipped: %3"_s.arg(orderCode)
                                      .arg(open.size()).arg(open.join(u"; "_s)));
}

QStringList ProcedureService::supervisorsFor(const QString &areaCode) const
{
    QStringList out;
    if (!areaCode.isEmpty()) {
        QSqlQuery q = db().exec(u"SELECT DISTINCT d.username FROM duty_roster d JOIN areas a ON a.id = d.area_id "
                                "JOIN users u ON u.username = d.username AND u.active = 1 "
                                "WHERE a.code = ? AND u.role = 'area_supervisor' AND d.starts_at <= ? AND d.ends_at > ? "
                                "ORDER BY d.username"_s, {areaCode, now(), now()});
        while (q.next())
            out << q.value(0).toString();
    }
    if (out.isEmpty()) {
        QSqlQuery q = db().exec(u"SELECT username FROM users WHERE role = 'ehs_manager' AND active = 1 ORDER BY username"_s);
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

namespace {
/// The SELECT of ProcedureService::steps() with `where` added to its window: a partial read (stepsOf) has the
/// columns, values and order of a full read.
Table runSteps(Database &db, qint64 since, const QString &where, QVariantList binds)
{
    binds.prepend(since);
    QSqlQuery q = db.exec(u"SELECT o.code, s.seq, s.procedure_id, s.title_en, s.title_zh, s.step_key, s.text_en, s.text_zh, s.state, "
                          "s.marked_at, s.marked_by, s.skip_reason, s.out_of_order FROM order_steps s "
                          "JOIN dispatch_orders o ON o.id = s.order_id "
                          "WHERE (o.state NOT IN ('confirmed','cancelled') OR o.created_at > ?)%1 ORDER BY o.code, s.seq"_s.arg(where),
                          binds);
    return tableOf(q, {u"order"_s, u"seq"_s, u"procedure"_s, u"title_en"_s, u"title_zh"_s, u"key"_s, u"text_en"_s, u"text_zh"_s,
                      u"state"_s, u"marked_at"_s, u"marked_by"_s, u"reason"_s, u"out_of_order"_s});
}
} // namespace

Table ProcedureService::steps() const
{
    require(u"data.read"_s);
    return runSteps(db(), now() - kRecentMs, {}, {});
}

Table ProcedureService::stepsOf(const QStringList &codes) const
{
    require(u"data.read"_s);
    QVariantList binds;
    const QString in = sqlIn(u"o.code"_s, QVariantList(codes.cbegin(), codes.cend()), binds);
    return runSteps(db(), now() - kRecentMs, u" AND "_s + in, binds);
}

Table ProcedureService::skippedSteps(int limit) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT o.code, a.code, o.state, s.seq, s.text_en, s.text_zh, s.marked_at, s.marked_by, s.skip_reason "
                            "FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id LEFT JOIN areas a ON a.id = o.area_id "
                            "WHERE s.state = 'skipped' ORDER BY s.marked_at DESC, s.id DESC LIMIT ?"_s, {limit});
    return tableOf(q, {u"order"_s, u"area"_s, u"order_state"_s, u"seq"_s, u"text_en"_s, u"text_zh"_s, u"marked_at"_s, u"marked_by"_s,
                      u"reason"_s});
}

} // namespace gl
