// SPDX-License-Identifier: Apache-2.0
#include "cli/Cli.h"
#include "cli/CliContext.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "platform/util/Error.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gl::cli {
namespace {

void printHelp(QTextStream &s)
{
    s << "usage: guardlinectl [--db URL] [--user NAME] COMMAND [ARGS]\n\n"
         "Global options:\n"
         "  --db URL      database: a file path, sqlite:PATH or postgresql://user[:pass]@host[:port]/db\n"
         "                (default: $GUARDLINE_DB, else the platform's app-data folder)\n"
         "  --user NAME   the account that makes changes (password from $GUARDLINE_PASSWORD or stdin)\n"
         "  --version     print the version\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << c.words.join(u' ').leftJustified(22) << ' ' << c.summary << '\n';
    s << "\nExit codes: 0 success, 1 check failed, 2 bad usage or input, 3 service unreachable.\n";
}

} // namespace

int run(const QStringList &arguments)
{
    hazards::installVisionInspector(); // hazard photo checks (issue #7) for every command
    admission::installWatermarkReader(); // check-in timestamp watermarks, read by OCR (issue #5)
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments;
    QString dbUrl = qEnvironmentVariable("GUARDLINE_DB");
    QString user = qEnvironmentVariable("GUARDLINE_USER");

    // Global options come before the command words.
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString opt = args.takeFirst();
        if (opt == u"--version"_s) {
            out << "guardlinectl " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (opt == u"--help"_s || opt == u"-h"_s) {
            printHelp(out);
            return 0;
        }
        if ((opt == u"--db"_s || opt == u"--user"_s) && !args.isEmpty()) {
            (opt == u"--db"_s ? dbUrl : user) = args.takeFirst();
            continue;
        }
        err << "guardlinectl: unknown or incomplete option '" << opt << "' (see --help)\n";
        return 2;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return 2;
    }

    const Command *best = nullptr;
    for (const Command &c : commands()) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        err << "guardlinectl: unknown command '" << args.join(u' ') << "' (see --help)\n";
        return 2;
    }

    Context ctx{args.mid(best->words.size()), dbUrl, user, out, err};
    try {
        const int rc = best->run(ctx);
        out.flush();
        err.flush();
        return rc;
    } catch (const Error &e) {
        out.flush();
        err << "guardlinectl " << best->words.join(u' ') << ": " << e.message() << '\n';
        return exitCodeFor(e.code());
    } catch (const std::exception &e) {
        err << "guardlinectl " << best->words.join(u' ') << ": internal error: " << e.what() << '\n';
        return 1;
    }
}

} // namespace gl::cli
