// SPDX-License-Identifier: Apache-2.0
// The command table: add a line here when adding a command under commands/.
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace gl::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{u"init"_s}, u"create or migrate the database schema"_s, runInit},
        {{u"demo"_s}, u"load the demo plant into the database (idempotent)"_s, runDemo},
        {{u"audit"_s, u"verify"_s}, u"walk the audit chain and report the first bad entry"_s, runAuditVerify},
        {{u"users"_s, u"add"_s}, u"add a user: --username U --role R [--name N], password on stdin"_s, runUsersAdd},
        {{u"users"_s, u"list"_s}, u"list users and their roles [--json]"_s, runUsersList},
        {{u"workers"_s, u"check-id"_s}, u"check resident ID numbers (GB 11643): ID... [--json]"_s, runWorkersCheckId},
        {{u"camera"_s, u"probe"_s}, u"decode a live feed: URL [--seconds N] [--transport tcp|udp] [--json]"_s, runCameraProbe},
        {{u"rules"_s, u"replay"_s}, u"replay samples through alarm rules: --rules F --samples F [--json]"_s, runRulesReplay},
        {{u"conflicts"_s}, u"cross-work conflicts of a permit set: --permits F [--at T] [--rules F] [--json]"_s, runConflicts},
        {{u"rectification"_s, u"verify"_s}, u"check an after-photo against the hazard photo: --before A --after B [--region x,y,w,h] [--json]"_s, runRectificationVerify},
        {{u"report"_s, u"daily"_s}, u"the contractor health daily report: --date YYYY-MM-DD --out FILE.pdf|FILE.html [--lang zh_CN|en] [--json]"_s, runReportDaily},
    };
    return table;
}

} // namespace gl::cli
