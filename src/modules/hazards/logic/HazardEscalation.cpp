// SPDX-License-Identifier: Apache-2.0
// HazardService's periodic jobs: overdue hazards escalated to orders, re-inspection tasks of closed ones.
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/logic/HazardJson.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "platform/store/Database.h"

using namespace Qt::StringLiterals;

namespace gl {

using namespace hazardjson;

QStringList HazardService::escalateOverdue()
{
    require(u"hazard.manage"_s);
    QSqlQuery q = db().exec(u"SELECT h.code, a.code, h.description, h.grade, h.deadline_at FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "WHERE h.state IN ('assigned','rectifying') AND h.deadline_at IS NOT NULL AND h.deadline_at < ? "
                            "AND h.overdue_at IS NULL ORDER BY h.deadline_at"_s, {now()});
    struct Due { QString code, area, description, grade; qint64 deadline; };
    QList<Due> due;
    while (q.next())
        due << Due{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
    QStringList done;
    const QString priority = settingText(u"overdue_order_priority"_s);
    const qint64 dueIn = qint64(setting(u"overdue_order_due_hours"_s) * kHour);
    for (const Due &d : due) {
        Transaction tx(db());
        // Once per hazard: the order code is derived from the hazard, and overdue_at marks it done.
        const QString order = u"ESC-"_s + d.code;
        if (!db().scalar(u"SELECT id FROM dispatch_orders WHERE code = ?"_s, {order}).isValid())
            // Titled in both languages, the grade in each (issue 16 item 9); the description is as reported.
            OperationsService(m_ctx).openOrder(order, 0, d.area,
                                               u"Overdue hazard %1 (%2): %3"_s.arg(d.code, d.grade == u"major"_s ? u"major"_s : u"general"_s, d.description),
                                               priority, dueIn,
                                               u"逾期隐患 %1（%2）：%3"_s.arg(d.code, d.grade == u"major"_s ? u"重大"_s : u"一般"_s, d.description));
        db().exec(u"UPDATE hazards SET row_version = row_version + 1, overdue_at = ?, escalation_order = ?, updated_at = ? WHERE code = ?"_s, {now(), order, now(), d.code});
        audit(u"hazard.overdue"_s, u"hazard"_s, d.code, {{u"deadline_at"_s, d.deadline}, {u"order"_s, order}}, d.area);
        tx.commit();
        done << d.code;
    }
    return done;
}

QStringList HazardService::createReinspectionTasks()
{
    require(u"hazard.manage"_s);
    const qint64 delay = qint64(setting(u"reinspection_hours"_s) * kHour);
    QSqlQuery q = db().exec(u"SELECT h.id, h.code, h.closed_at, h.reporter_id, a.code FROM hazards h JOIN areas a ON a.id = h.area_id "
                            "WHERE h.state = 'closed' AND h.closed_at IS NOT NULL AND h.closed_at <= ? AND NOT EXISTS "
                            "(SELECT 1 FROM hazard_tasks t WHERE t.hazard_id = h.id AND t.kind = 'reinspection' AND t.cycle_at = h.closed_at)"_s,
                            {now() - delay});
    struct Due { qint64 id; QString code; qint64 closedAt; QVariant reporter; QString area; };
    QList<Due> due;
    while (q.next())
        due << Due{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3), q.value(4).toString()};
    QStringList done;
    for (const Due &d : due) {
        Transaction tx(db());
        db().insert(u"hazard_tasks"_s, {{u"hazard_id"_s, d.id}, {u"kind"_s, u"reinspection"_s}, {u"cycle_at"_s, d.closedAt},
                                        {u"assignee_id"_s, d.reporter.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : d.reporter},
                                        {u"due_at"_s, now() + kDay}, {u"created_at"_s, now()}});
        const QString reporter = d.reporter.isNull() ? QString()
                                                     : db().scalar(u"SELECT username FROM users WHERE id = ?"_s, {d.reporter}).toString();
        audit(u"hazard.reinspection_task"_s, u"hazard"_s, d.code,
              {{u"assignee"_s, reporter}, {u"closed_at"_s, d.closedAt}, {u"after_hours"_s, delay / kHour}}, d.area);
        tx.commit();
        done << d.code;
    }
    return done;
}

} // namespace gl
