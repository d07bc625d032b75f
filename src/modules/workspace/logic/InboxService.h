// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/workspace/logic/QueryService.h"
#include "platform/services/ServiceContext.h"

namespace gl {

/// One thing the signed-in person has to do (issue 16 item 5), gathered from where it is kept.
struct InboxItem {
    QString kind;       ///< order, escalation, reinspection, signoff, contractor, or a notification's kind
    QString objectType; ///< order, hazard, permit, contractor, alarm… (what MainWindow::showObject opens)
    QString objectId;   ///< its code
    QString title;
    /// The title in Chinese when the stored texts have one (an order's title_zh, a contractor task's title_zh, a
    /// notification's text_zh, a sign-off step's name_zh); a zh interface shows it (issue 16 item 9). Empty otherwise.
    QString titleZh;
    QString area;
    qint64 dueAt = 0;   ///< 0: no due time (a notification)
    qint64 createdAt = 0;
    qint64 notificationId = 0; ///< a notification (marked read from the inbox); 0 for a task
};

/// The task inbox per user: what the signed-in person has to do, soonest due first.
///  - dispatch orders assigned to them and not yet resolved (`order`, due by the order's SLA);
///  - escalated orders not yet confirmed, for whoever manages dispatch (`escalation`);
///  - 72 h re-inspections due, assigned to them or unassigned for whoever manages hazards (`reinspection`);
///  - permit sign-offs whose next step their role signs (`signoff`, due when the work starts);
///  - contractor document and review tasks, for whoever edits contractors (`contractor`, due on the day);
///  - their unread notifications: rule `notify` actions, skipped procedure steps… (no due time).
/// Needs data.read. Reading only; tasks close where they are done (the order step, the signature…).
class InboxService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;
    QList<InboxItem> mine(int limit = 200) const;
    /// The same as a Table (kind, object_type, object_id, title, area, due_at, created_at, notification,
    /// title_zh), for the generic list views.
    Table mineTable(int limit = 200) const { return table(mine(limit)); }
    /// `items` as that Table, row i being items[i] (the command center's snapshot shows its items in a TableModel).
    static Table table(const QList<InboxItem> &items);
};

} // namespace gl
