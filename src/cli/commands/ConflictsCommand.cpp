// SPDX-License-Identifier: Apache-2.0
// guardlinectl conflicts --permits FILE [--at ISO8601] [--rules FILE] [--json]  (CONTRACTS.md section 3)
#include "cli/Commands.h"
#include "modules/permits/simops/ConflictEngine.h"
#include "modules/permits/simops/ConflictReport.h"
#include "modules/permits/simops/PermitLoader.h"
#include "modules/permits/simops/SimopsRules.h"
#include "platform/util/Error.h"
#include "platform/util/Timestamp.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runConflicts(Context &ctx)
{
    namespace cf = gl::conflicts;
    QString permitsPath, rulesPath, at;
    bool json = false;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        const bool hasValue = i + 1 < ctx.args.size();
        if (a == u"--json"_s) {
            json = true;
        } else if ((a == u"--permits"_s || a == u"--rules"_s || a == u"--at"_s) && hasValue) {
            (a == u"--permits"_s ? permitsPath : a == u"--rules"_s ? rulesPath : at) = ctx.args.at(++i);
        } else {
            fail(ErrorCode::BadInput, u"unknown or incomplete option '"_s % a
                                          % u"' (usage: conflicts --permits FILE [--at ISO8601] "
                                            u"[--rules FILE] [--json])"_s);
        }
    }
    if (permitsPath.isEmpty())
        fail(ErrorCode::BadInput, u"--permits FILE is required"_s);

    // Without a database there is no site: a time without an offset is read as UTC (docs/FORMATS.md).
    const QTimeZone zone = QTimeZone::utc();
    std::optional<Timestamp> atTime;
    if (!at.isEmpty()) {
        const TimestampResult t = parseTimestamp(QStringView(at), zone);
        if (!t)
            fail(ErrorCode::BadInput, u"--at: "_s % t.error);
        atTime = t.value;
    }
    const cf::SimopsRules rules =
        rulesPath.isEmpty() ? cf::SimopsRules::defaults() : cf::SimopsRules::fromFile(rulesPath);
    cf::PermitSet permits = cf::loadPermitFile(permitsPath, zone);
    if (atTime)
        permits = cf::permitsActiveAt(permits, *atTime);

    const std::vector<cf::Conflict> conflicts = cf::findConflicts(permits, rules);
    if (json)
        ctx.out << QString::fromUtf8(cf::conflictsToJson(qsizetype(permits.size()), conflicts)) << '\n';
    else
        ctx.out << cf::conflictsToTable(qsizetype(permits.size()), conflicts);
    ctx.out.flush();
    return 0;
}

} // namespace gl::cli
