// SPDX-License-Identifier: Apache-2.0
// tasks list: the signed-in person's task inbox (issue 16 item 5), the same InboxService as the command
// center's "My tasks": assigned orders, escalations, re-inspections, permit sign-offs, contractor
// document tasks and unread notifications, soonest due first. It is per person, so it needs --user.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/workspace/logic/InboxService.h"
#include "platform/util/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runTasksList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (ctx.user.isEmpty()) {
        ctx.err << "guardlinectl: tasks list: whose tasks? give --user NAME (the password on stdin or in $GUARDLINE_PASSWORD)\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    ManualClock clock(processClock().nowMs());
    ServiceContext sc{*db, signIn(ctx, *db), &clock};
    const QList<InboxItem> items = InboxService(sc).mine();
    auto iso = [](qint64 ms) { return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate)) : QJsonValue(); };
    if (p.isSet(u"json"_s)) {
        QJsonArray list;
        for (const InboxItem &i : items)
            list.append(QJsonObject{{u"kind"_s, i.kind}, {u"object_type"_s, i.objectType}, {u"object"_s, i.objectId},
                                    {u"title"_s, i.title}, {u"area"_s, i.area}, {u"due"_s, iso(i.dueAt)},
                                    {u"overdue"_s, i.dueAt > 0 && i.dueAt < clock.nowMs()},
                                    {u"notification"_s, i.notificationId > 0 ? QJsonValue(i.notificationId) : QJsonValue()}});
        ctx.printJson(QJsonDocument(QJsonObject{{u"user"_s, ctx.user}, {u"tasks"_s, list}}));
        return 0;
    }
    if (items.isEmpty())
        ctx.out << "nothing to do\n";
    for (const InboxItem &i : items)
        ctx.out << (i.dueAt > 0 ? iso(i.dueAt).toString() : u"-"_s) << (i.dueAt > 0 && i.dueAt < clock.nowMs() ? " OVERDUE" : "") << "  "
                << i.kind << "  " << i.objectType << ' ' << i.objectId << "  " << i.title << '\n';
    return 0;
}

} // namespace gl::cli
