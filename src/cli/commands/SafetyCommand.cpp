// SPDX-License-Identifier: Apache-2.0
// safety hours / safety incident: record hours worked and incidents (the dashboards' TRIR and LTIFR).
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/reporting/logic/SafetyMetricsService.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {
namespace {

Actor actorOf(Context &ctx, Database &db)
{
    return changer(ctx, db, u"safety-import"_s);
}

} // namespace

int runSafetyHours(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, u"first day of the period"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"to"_s, u"last day of the period"_s, u"YYYY-MM-DD"_s});
    p.addOption({u"hours"_s, u"hours worked in the period (employees and contractors)"_s, u"hours"_s});
    p.addOption({u"headcount"_s, u"people who worked in the period"_s, u"n"_s, u"0"_s});
    if (!parseArgs(ctx, p))
        return 2;
    const QDate from = QDate::fromString(p.value(u"from"_s), Qt::ISODate), to = QDate::fromString(p.value(u"to"_s), Qt::ISODate);
    bool okHours = false, okHead = false;
    const double hours = p.value(u"hours"_s).toDouble(&okHours);
    const int headcount = p.value(u"headcount"_s).toInt(&okHead);
    if (!from.isValid() || !to.isValid() || !okHours || !okHead) {
        ctx.err << "guardlinectl: safety hours: need --from YYYY-MM-DD --to YYYY-MM-DD --hours H [--headcount N]\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    ServiceContext sc{*db, actorOf(ctx, *db), &clock};
    SafetyMetricsService(sc).recordHours(from, to, hours, headcount);
    ctx.out << "hours worked " << from.toString(Qt::ISODate) << ".." << to.toString(Qt::ISODate) << ": " << hours << " h recorded\n";
    return 0;
}

int runSafetyIncident(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"code"_s, u"incident number"_s, u"code"_s});
    p.addOption({u"at"_s, u"when it happened (ISO 8601 with offset)"_s, u"time"_s});
    p.addOption({u"class"_s, u"near_miss|first_aid|medical_treatment|restricted_work|lost_time|fatality"_s, u"class"_s});
    p.addOption({u"area"_s, u"area code"_s, u"area"_s});
    p.addOption({u"lost-days"_s, u"days lost (lost_time, fatality)"_s, u"days"_s, u"0"_s});
    p.addOption({u"description"_s, u"what happened"_s, u"text"_s});
    if (!parseArgs(ctx, p))
        return 2;
    const QDateTime at = QDateTime::fromString(p.value(u"at"_s), Qt::ISODate);
    if (!at.isValid()) {
        ctx.err << "guardlinectl: safety incident: option '--at': '" << p.value(u"at"_s) << "' is not an ISO 8601 time\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    ServiceContext sc{*db, actorOf(ctx, *db), &clock};
    SafetyIncident in;
    in.code = p.value(u"code"_s);
    in.occurredAt = at.toMSecsSinceEpoch();
    in.classification = p.value(u"class"_s);
    in.area = p.value(u"area"_s);
    in.lostDays = p.value(u"lost-days"_s).toInt();
    in.description = p.value(u"description"_s);
    SafetyMetricsService(sc).recordIncident(in);
    ctx.out << "incident " << in.code << " (" << in.classification << ") recorded\n";
    return 0;
}

} // namespace gl::cli
