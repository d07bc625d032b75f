// SPDX-License-Identifier: Apache-2.0
// housekeeping: one pass of the command center's time-driven duties, for headless sites (cron/systemd
// timer). report schedule: shows or sets the daily report's site-local time, language and catch-up.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/engine/logic/Housekeeping.h"
#include "modules/reporting/logic/ReportArchiveService.h"
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include "platform/util/Error.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runHousekeeping(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    auto db = openStore(ctx, false);
    // Scheduled reports draw charts: only with the GUI application main() creates for this command.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        reports::registerReportGenerator();
    const Clock &clock = processClock();
    const HousekeepingResult r = Housekeeping::run(*db, clock);
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"done"_s, QJsonArray::fromStringList(r.done)},
                                                {u"failed"_s, QJsonArray::fromStringList(r.failed)}}));
    } else {
        for (const QString &line : r.done)
            ctx.out << line << '\n';
        for (const QString &line : r.failed)
            ctx.err << "guardlinectl: housekeeping: " << line << '\n';
        if (r.done.isEmpty() && r.failed.isEmpty())
            ctx.out << "housekeeping: nothing was due\n";
    }
    return r.failed.isEmpty() ? 0 : 1;
}

int runReportSchedule(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"time"_s, u"site-local time of the daily report"_s, u"HH:mm"_s});
    p.addOption({u"lang"_s, u"zh_CN or en"_s, u"lang"_s});
    p.addOption({u"catch-up"_s, u"days of missed reports to catch up (0-366)"_s, u"days"_s});
    p.addOption({u"enable"_s, u"generate the daily report on schedule"_s});
    p.addOption({u"disable"_s, u"stop generating the daily report on schedule"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    auto db = openStore(ctx, false);
    const bool change = p.isSet(u"time"_s) || p.isSet(u"lang"_s) || p.isSet(u"catch-up"_s) || p.isSet(u"enable"_s) || p.isSet(u"disable"_s);
    const Actor actor = change ? changer(ctx, *db, u"report"_s) : (ctx.user.isEmpty() ? Actor::system(u"report"_s) : signIn(ctx, *db));
    const Clock &clock = processClock();
    ServiceContext sc{*db, actor, &clock};
    ReportArchiveService service(sc);
    ReportSchedule s = service.schedule();
    if (change) {
        if (p.isSet(u"time"_s)) {
            s.at = QTime::fromString(p.value(u"time"_s), u"HH:mm"_s);
            if (!s.at.isValid()) {
                ctx.err << "guardlinectl: report schedule: option '--time': '" << p.value(u"time"_s) << "' is not a time HH:mm\n";
                return 2;
            }
        }
        if (p.isSet(u"lang"_s))
            s.language = p.value(u"lang"_s);
        if (p.isSet(u"catch-up"_s)) {
            bool ok = false;
            s.catchUpDays = p.value(u"catch-up"_s).toInt(&ok);
            if (!ok) {
                ctx.err << "guardlinectl: report schedule: option '--catch-up': '" << p.value(u"catch-up"_s) << "' is not a number\n";
                return 2;
            }
        }
        if (p.isSet(u"enable"_s) || p.isSet(u"disable"_s))
            s.enabled = p.isSet(u"enable"_s);
        service.setSchedule(s);
    }
    if (p.isSet(u"json"_s)) {
        ctx.printJson(QJsonDocument(QJsonObject{{u"time"_s, s.at.toString(u"HH:mm"_s)},
                                                {u"lang"_s, s.language},
                                                {u"catch_up_days"_s, s.catchUpDays},
                                                {u"enabled"_s, s.enabled}}));
    } else {
        ctx.out << "daily report: " << (s.enabled ? "on" : "off") << " at " << s.at.toString(u"HH:mm"_s) << " site time, "
                << s.language << ", missed days caught up for " << s.catchUpDays << " days\n";
    }
    return 0;
}

} // namespace gl::cli
