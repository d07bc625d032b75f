// SPDX-License-Identifier: Apache-2.0
// init, demo, audit verify: the store's own commands.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "demo/DemoPlant.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Schema.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runInit(Context &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p))
        return 2;
    const DbUrl url = DbUrl::parse(ctx.dbUrl);
    auto db = Database::open(url);
    const int before = Schema::currentVersion(*db);
    const int applied = Schema::migrate(*db);
    ctx.out << "database " << db->describe() << ": schema version " << Schema::latestVersion()
            << (applied ? u" (migrated from %1)"_s.arg(before) : u" (up to date)"_s) << '\n';
    return 0;
}

int runDemo(Context &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p))
        return 2;
    auto db = openStore(ctx, true);
    const DemoResult r = DemoPlant::load(*db);
    if (!r.created) {
        ctx.out << "a site is already set up in " << db->describe() << "; nothing to do\n";
        return 0;
    }
    ctx.out << "demo plant loaded into " << db->describe() << ": " << r.users << " users, " << r.contractors
            << " contractors, " << r.workers << " workers, " << r.permits << " permits, " << r.hazards << " hazards, "
            << r.alarms << " alarms, " << r.auditEntries << " audit entries\n";
    return 0;
}

int runAuditVerify(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addOption({u"expect-head"_s, u"entry SEQ must exist and carry HASH (a head kept outside the store, e.g. from the daily report)"_s,
                 u"SEQ:HASH"_s});
    if (!parseArgs(ctx, p))
        return 2;
    const QString expect = p.value(u"expect-head"_s);
    qint64 seq = 0;
    QString hash;
    if (p.isSet(u"expect-head"_s) && !AuditLog::parseHead(expect, &seq, &hash)) {
        ctx.err << "--expect-head '" << expect << "': expected SEQ:HASH, an entry number and its 64 hex digit hash "
                << "(as printed by 'audit verify' and on the daily report)\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    const AuditVerdict v = AuditLog::verify(*db, expect);
    if (p.isSet(u"json"_s)) {
        QJsonObject o;
        o.insert(u"ok"_s, v.ok);
        if (v.ok) {
            o.insert(u"entries"_s, v.entries);
            o.insert(u"head"_s, v.head);
        } else {
            o.insert(u"first_bad"_s, v.firstBad);
            o.insert(u"reason"_s, v.reason);
        }
        ctx.printJson(QJsonDocument(o));
    } else if (v.ok) {
        ctx.out << "audit chain intact: " << v.entries << " entries, head " << v.head << '\n';
        ctx.out << "keyed with audit key " << v.keyId
                << (v.unkeyedThrough > 0 ? u"; entries 1 to %1 were written before the key existed (sealed when it was created)"_s.arg(v.unkeyedThrough)
                                         : QString())
                << '\n';
        if (!expect.isEmpty())
            ctx.out << "expected head " << seq << ':' << hash << ": present\n";
    } else {
        ctx.out << "audit chain BROKEN at entry " << v.firstBad << ": " << v.reason << '\n';
    }
    return v.ok ? 0 : 1;
}

} // namespace gl::cli
