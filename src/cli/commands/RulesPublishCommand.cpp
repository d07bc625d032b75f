// SPDX-License-Identifier: Apache-2.0
// rules publish (CONTRACTS.md section 7): stores a new version of the site's alarm rules. The active
// guardline-server switches to it without a restart (it polls the version in force, see
// TelemetryRulesReload). Same service, permission (rules.edit) and audit entry (rules.save) as the rules
// editor in the command center.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "modules/telemetry/logic/RuleSetService.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runRulesPublish(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"rules"_s, u"the rule file (section 4 format)"_s, u"FILE"_s});
    p.addOption({u"comment"_s, u"why (kept with the version and in the audit chain)"_s, u"T"_s});
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (!p.isSet(u"rules"_s)) {
        ctx.err << "guardlinectl: rules publish: option '--rules FILE.json' is required\n";
        return 2;
    }
    const QString path = p.value(u"rules"_s);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err << "guardlinectl: rules publish: " << path << ": cannot read: " << f.errorString() << '\n';
        return 2;
    }
    constexpr qint64 kMaxRuleFile = 16 * 1024 * 1024;
    if (f.size() > kMaxRuleFile) {
        ctx.err << "guardlinectl: rules publish: " << path << ": larger than 16 MiB, not a rule file\n";
        return 2;
    }
    const QByteArray json = f.readAll();
    auto db = openStore(ctx, false);
    ManualClock clock(processClock().nowMs());
    ServiceContext sc{*db, signIn(ctx, *db), &clock};
    const QString comment = p.isSet(u"comment"_s) ? p.value(u"comment"_s) : u"published from %1"_s.arg(QFileInfo(path).fileName());
    int version = 0;
    try {
        version = RuleSetService(sc).save(json, comment);
    } catch (const Error &e) {
        if (e.code() != ErrorCode::BadInput)
            throw;
        ctx.err << "guardlinectl: rules publish: " << path << ": " << e.message() << '\n';
        return 2;
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"version"_s, version}, {u"sha256"_s, sha}}));
    else
        ctx.out << "rules version " << version << " stored (sha256 " << sha.left(16)
                << "…); the active guardline-server switches to it without a restart\n";
    return 0;
}

} // namespace gl::cli
