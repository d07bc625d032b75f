// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/workspace/logic/InboxService.h"

#include "modules/permits/logic/PermitService.h"
#include "platform/auth/Roles.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {

QList<InboxItem> InboxService::mine(int limit) const
{
    require(u"data.read"_s);
    const Actor &me = actor();
    const PermissionMatrix &m = PermissionMatrix::defaults();
    QList<InboxItem> items;

    // Orders assigned to me that I still have to work (accept, go, resolve).
    if (me.userId > 0) {
        QSqlQuery q = db().exec(u"SELECT o.code, o.title, a.code, o.due_at, o.created_at, o.title_zh FROM dispatch_orders o "
                                "LEFT JOIN areas a ON a.id = o.area_id WHERE o.assignee_id = ? "
                                "AND o.state IN ('assigned','accepted','responding')"_s, {me.userId});
        while (q.next())
            items.append({u"order"_s, u"order"_s, q.value(0).toString(), q.value(1).toString(), q.value(5).toString(),
                          q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(), 0});
    }
    // Escalated orders not yet closed: the dispatcher's and the EHS manager's.
    if (m.allows(me.role, u"dispatch.manage"_s)) {
        QSqlQuery q = db().exec(u"SELECT o.code, o.title, a.code, o.due_at, o.created_at, o.escalation_level, o.title_zh FROM dispatch_orders o "
                                "LEFT JOIN areas a ON a.id = o.area_id WHERE o.escalation_level > 0 "
                                "AND o.state NOT IN ('confirmed','cancelled')"_s);
        while (q.next()) {
            // The words in the process's language (the command center's translator), the title as stored in each.
            const QString text = QCoreApplication::translate("gl::InboxService", "escalated (level %1): %2");
            const QString zh = q.value(6).toString();
            items.append({u"escalation"_s, u"order"_s, q.value(0).toString(), text.arg(q.value(5).toInt()).arg(q.value(1).toString()),
                          zh.isEmpty() ? QString() : text.arg(q.value(5).toInt()).arg(zh), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), 0});
        }
    }
    // Re-inspections due: mine, or nobody's for whoever manages hazards.
    {
        const bool manager = m.allows(me.role, u"hazard.manage"_s);
        // hazard_tasks.assignee_id holds the user (the hazard's reporter), see HazardService.
        QSqlQuery q = db().exec(u"SELECT h.code, h.description, a.code, t.due_at, t.created_at, t.kind, t.assignee_id FROM hazard_tasks t "
                                "JOIN hazards h ON h.id = t.hazard_id LEFT JOIN areas a ON a.id = h.area_id "
                                "WHERE t.done_at IS NULL"_s);
        while (q.next()) {
            const bool mineTask = me.userId > 0 && q.value(6).toLongLong() == me.userId;
            if (!mineTask && !(manager && q.value(6).isNull()))
                continue;
            // The task's kind in words (it was the raw key, "reinspection: …"); the description as reported.
            const QString kind = q.value(5).toString();
            const QString text = kind == u"reinspection"_s
                ? QCoreApplication::translate("gl::InboxService", "re-inspection: %1").arg(q.value(1).toString())
                : u"%1: %2"_s.arg(kind, q.value(1).toString());
            items.append({u"reinspection"_s, u"hazard"_s, q.value(0).toString(), text, QString(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), 0});
        }
    }
    // Permit sign-offs my role signs next. Only the next step and who signs it are read (not the whole
    // card with its conflicts), and one permit that cannot be read never hides the rest of the inbox.
    {
        struct Pending {
            QString code, type, grade, title, area;
            qint64 start = 0, end = 0;
        };
        QList<Pending> pending;
        QSqlQuery q = db().exec(u"SELECT p.code, p.type, p.grade, p.title, a.code, p.starts_at, p.ends_at FROM permits p "
                                "LEFT JOIN areas a ON a.id = p.area_id WHERE p.state IN ('submitted','approved') ORDER BY p.starts_at"_s);
        while (q.next())
            pending.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
        q.finish();
        PermitService permits(m_ctx);
        const QByteArray tz = siteTimeZone(db());
        for (const Pending &p : std::as_const(pending)) {
            try {
                const QString next = permits.nextSignOff(p.code);
                const permits::SignOffStep *step = next.isEmpty() ? nullptr : permits.rules().signOff(next);
                if (!step)
                    continue;
                const QString grade = permits.rules().effectiveGrade(p.type, p.grade, p.start, p.end, tz);
                bool mineStep = false;
                for (const QString &r : permits.rules().signOffRoles(*step, grade))
                    mineStep = mineStep || roleFromKey(r) == me.role;
                // The step by its name (the rules' name / name_zh), not its key.
                const QString text = QCoreApplication::translate("gl::InboxService", "sign %1: %2");
                if (mineStep)
                    items.append({u"signoff"_s, u"permit"_s, p.code, text.arg(step->name.isEmpty() ? next : step->name, p.title),
                                  step->nameZh.isEmpty() ? QString() : text.arg(step->nameZh, p.title), p.area, p.start, 0, 0});
            } catch (const Error &) {
                continue; // shown on the permit board with its problem
            }
        }
    }
    // Contractor document and review tasks: the coordinator's.
    if (m.allows(me.role, u"contractor.edit"_s)) {
        const QByteArray tzId = siteTimeZone(db());
        const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable(tzId) ? QTimeZone(tzId) : QTimeZone::utc();
        QSqlQuery q = db().exec(u"SELECT c.code, t.title, t.due_on, t.created_at, t.title_zh FROM contractor_tasks t "
                                "LEFT JOIN contractors c ON c.id = t.contractor_id WHERE t.state = 'open'"_s);
        while (q.next()) {
            const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            items.append({u"contractor"_s, u"contractor"_s, q.value(0).toString(), q.value(1).toString(), q.value(4).toString(), QString(),
                          due.isValid() ? QDateTime(due, QTime(0, 0), zone).toMSecsSinceEpoch() : 0, q.value(3).toLongLong(), 0});
        }
    }
    // My unread notifications.
    {
        QSqlQuery q = db().exec(u"SELECT id, kind, object_type, object_id, area, text, created_at, text_zh FROM notifications "
                                "WHERE recipient = ? AND read_at IS NULL"_s, {me.auditName()});
        while (q.next())
            items.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(5).toString(),
                          q.value(7).toString(), q.value(4).toString(), 0, q.value(6).toLongLong(), q.value(0).toLongLong()});
    }
    // Soonest due first; things without a due time after them, newest first.
    std::stable_sort(items.begin(), items.end(), [](const InboxItem &a, const InboxItem &b) {
        if ((a.dueAt > 0) != (b.dueAt > 0))
            return a.dueAt > 0;
        if (a.dueAt != b.dueAt)
            return a.dueAt < b.dueAt;
        return a.createdAt > b.createdAt;
    });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Table InboxService::table(const QList<InboxItem> &items)
{
    Table t{{u"kind"_s, u"object_type"_s, u"object_id"_s, u"title"_s, u"area"_s, u"due_at"_s, u"created_at"_s, u"notification"_s,
             u"title_zh"_s}, {}};
    for (const InboxItem &i : items)
        t.rows.append({i.kind, i.objectType, i.objectId, i.title, i.area, i.dueAt > 0 ? QVariant(i.dueAt) : QVariant(),
                       i.createdAt > 0 ? QVariant(i.createdAt) : QVariant(), i.notificationId > 0 ? QVariant(i.notificationId) : QVariant(),
                       i.titleZh});
    return t;
}

} // namespace gl
