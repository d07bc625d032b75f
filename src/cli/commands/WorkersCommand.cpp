// SPDX-License-Identifier: Apache-2.0
// workers check-id: validates resident ID numbers (GB 11643) before anyone is registered.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "platform/domain/Identifiers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runWorkersCheckId(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    p.addPositionalArgument(u"ID"_s, u"resident ID numbers to check"_s, u"ID..."_s);
    if (!parseArgs(ctx, p))
        return 2;
    const QStringList numbers = p.positionalArguments();
    if (numbers.isEmpty()) {
        ctx.err << "guardlinectl workers check-id: give one or more ID numbers\n";
        return 2;
    }
    bool allValid = true;
    QJsonArray results;
    for (const QString &id : numbers) {
        const QString why = ids::checkResidentId(id.trimmed());
        allValid = allValid && why.isEmpty();
        if (p.isSet(u"json"_s))
            results.append(QJsonObject{{u"id"_s, id}, {u"valid"_s, why.isEmpty()}, {u"reason"_s, why}});
        else
            ctx.out << id << ": " << (why.isEmpty() ? u"valid"_s : u"invalid: "_s + why) << '\n';
    }
    if (p.isSet(u"json"_s))
        ctx.printJson(QJsonDocument(QJsonObject{{u"results"_s, results}, {u"all_valid"_s, allValid}}));
    return allValid ? 0 : 1;
}

} // namespace gl::cli
