// SPDX-License-Identifier: Apache-2.0
// guardlinectl rules replay --rules FILE --samples FILE [--json]   (CONTRACTS.md section 4, no database)
// Without a database there is no site: a sample time without an offset is read as UTC (docs/FORMATS.md).
#include "cli/Commands.h"
#include "modules/telemetry/rules/Replay.h"
#include "modules/telemetry/rules/RuleEngine.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runRulesReplay(Context &ctx)
{
    QString rulesPath, samplesPath;
    bool json = false;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (a == u"--json"_s) {
            json = true;
        } else if ((a == u"--rules"_s || a == u"--samples"_s) && i + 1 < ctx.args.size()) {
            (a == u"--rules"_s ? rulesPath : samplesPath) = ctx.args.at(++i);
        } else {
            ctx.err << "guardlinectl rules replay: unknown or incomplete argument '" << a
                    << "' (usage: rules replay --rules FILE --samples FILE [--json])\n";
            return 2;
        }
    }
    if (rulesPath.isEmpty() || samplesPath.isEmpty()) {
        ctx.err << "guardlinectl rules replay: usage: rules replay --rules FILE --samples FILE [--json]\n";
        return 2;
    }

    const rules::RuleSet ruleSet = rules::loadRules(rulesPath);
    QFile samples(samplesPath);
    if (!samples.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, samplesPath + u": cannot read: "_s + samples.errorString());
    rules::RuleEngine engine(ruleSet);
    const rules::ReplayResult result = rules::replay(engine, samples, samplesPath, QTimeZone::utc());
    if (result.unknownTags > 0)
        ctx.err << "rules replay: " << result.unknownTags << " rows name tags no rule uses\n";
    if (json) {
        ctx.out << QString::fromUtf8(rules::replayJson(ruleSet, result)) << '\n';
        ctx.out.flush();
    } else {
        ctx.out << rules::replayText(ruleSet, result);
    }
    return 0;
}

} // namespace gl::cli
