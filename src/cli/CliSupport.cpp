// SPDX-License-Identifier: Apache-2.0
#include "cli/CliSupport.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "platform/util/Refusal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gl::cli {

std::unique_ptr<Database> openStore(const Context &ctx, bool migrate)
{
    const DbUrl url = DbUrl::parse(ctx.dbUrl);
    auto db = Database::open(url, Database::Mode::ReadWrite);
    if (migrate)
        Schema::migrate(*db);
    else
        Schema::requireCurrent(*db);
    return db;
}

QString readPassword()
{
    const QString env = qEnvironmentVariable("GUARDLINE_PASSWORD");
    if (!env.isEmpty())
        return env;
    return readStdinLine();
}

QString readStdinLine()
{
    static QFile in; // one handle for every line, so that the acting user's line and a new password follow each other
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Actor signIn(const Context &ctx, Database &db)
{
    if (ctx.user.isEmpty())
        fail(ErrorCode::BadInput, u"sign-in required: this command changes data; name the account with --user NAME "
                                  "(password from $GUARDLINE_PASSWORD or the first line of stdin)"_s);
    return UserService::authenticate(db, ctx.user, readPassword());
}

Actor changer(const Context &ctx, Database &db, const QString &what)
{
    if (ctx.user.isEmpty() && !UserService::hasUsers(db))
        return Actor::system(what); // a store without any account yet (before the first 'users add')
    return signIn(ctx, db);
}

Actor reader(const Context &ctx, Database &db, const QString &what)
{
    Q_UNUSED(ctx);
    Q_UNUSED(db);
    return Actor{0, u"system:"_s + what, Role::Viewer}; // reading needs no account: the store's own access control applies
}

bool parseArgs(Context &ctx, QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"guardlinectl"_s} + ctx.args)) {
        ctx.err << "guardlinectl: " << parser.errorText() << '\n';
        return false;
    }
    return true;
}

bool oneArgument(Context &ctx, const QCommandLineParser &parser, const QString &command, const QString &what, QString *value)
{
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "guardlinectl: " << command << ": give one " << what << '\n';
        return false;
    }
    *value = parser.positionalArguments().first();
    return true;
}

bool expectedVersion(Context &ctx, const QCommandLineParser &parser, const char *command, std::optional<qint64> *out,
                     const char *shownIn)
{
    if (!parser.isSet(u"expect-version"_s))
        return true;
    bool ok = false;
    const qint64 v = parser.value(u"expect-version"_s).toLongLong(&ok);
    if (!ok || v <= 0) {
        ctx.err << "guardlinectl: " << command << ": option '--expect-version': '" << parser.value(u"expect-version"_s)
                << "' is not a row version (a positive number, see 'version' in " << shownIn << ")\n";
        return false;
    }
    *out = v;
    return true;
}

CommandSession openSession(const Context &ctx, const QString &what, CommandAccess access)
{
    CommandSession s;
    s.db = openStore(ctx, false);
    s.clock = std::make_unique<ManualClock>(processClock().nowMs()); // frozen; $GUARDLINE_NOW applies
    const Actor actor = access == CommandAccess::Change ? changer(ctx, *s.db, what)
                        : ctx.user.isEmpty()     ? reader(ctx, *s.db, what)
                                                 : signIn(ctx, *s.db);
    s.services = std::make_unique<ServiceContext>(ServiceContext{*s.db, actor, s.clock.get()});
    return s;
}

int printRefusal(Context &ctx, const QString &command, bool json, const Error &refusal)
{
    if (json)
        ctx.printJson(QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"reasons"_s, QJsonArray::fromStringList(reasonsOf(refusal))}}));
    ctx.err << "guardlinectl " << command << ": refused: " << refusal.message() << '\n';
    return 1;
}

} // namespace gl::cli
