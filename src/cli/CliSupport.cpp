// SPDX-License-Identifier: Apache-2.0
#include "cli/CliSupport.h"
#include "core/services/UserService.h"
#include "core/store/Schema.h"
#include "core/util/Error.h"

#include <QFile>

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

Actor signIn(const Context &ctx, Database &db)
{
    if (ctx.user.isEmpty())
        fail(ErrorCode::BadInput, u"this command changes data: name the account with --user NAME (or $GUARDLINE_USER)"_s);
    QString password = qEnvironmentVariable("GUARDLINE_PASSWORD");
    if (password.isEmpty()) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = QString::fromUtf8(in.readLine()).trimmed();
    }
    return UserService::authenticate(db, ctx.user, password);
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

} // namespace gl::cli
