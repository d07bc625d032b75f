// SPDX-License-Identifier: Apache-2.0
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "core/services/UserService.h"
#include "core/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gl::cli {

int runUsersAdd(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"username"_s, u"login name"_s, u"name"_s});
    p.addOption({u"role"_s, u"role"_s, u"role"_s});
    p.addOption({u"name"_s, u"display name"_s, u"text"_s});
    if (!parseArgs(ctx, p))
        return 2;
    if (!p.isSet(u"username"_s) || !p.isSet(u"role"_s)) {
        ctx.err << "guardlinectl users add: --username and --role are required (roles: " << allRoleKeys().join(u", "_s) << ")\n";
        return 2;
    }
    const Role role = roleFromKey(p.value(u"role"_s));
    if (role == Role::Unknown) {
        ctx.err << "guardlinectl users add: --role '" << p.value(u"role"_s) << "' is unknown (roles: "
                << allRoleKeys().join(u", "_s) << ")\n";
        return 2;
    }
    auto db = openStore(ctx, false);
    // The new account's password comes from stdin (after the acting user's, when one signs in).
    const Clock &clock = processClock();
    ServiceContext sctx{*db, Actor{}, &clock};
    if (UserService::hasUsers(*db))
        sctx.actor = signIn(ctx, *db);
    QFile in;
    QString password = qEnvironmentVariable("GUARDLINE_NEW_PASSWORD");
    if (password.isEmpty() && in.open(stdin, QIODevice::ReadOnly))
        password = QString::fromUtf8(in.readLine()).trimmed();
    if (!UserService::hasUsers(*db))
        sctx.actor = Actor::system(u"bootstrap"_s);
    UserService(sctx).add(p.value(u"username"_s), p.value(u"name"_s), role, password);
    ctx.out << "user '" << p.value(u"username"_s) << "' added with role " << roleKey(role) << '\n';
    return 0;
}

int runUsersList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    // Listing accounts is an administrative read: it needs a signed-in user with 'data.read'.
    ServiceContext sctx{*db, signIn(ctx, *db), &clock};
    const QList<UserInfo> users = UserService(sctx).list();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const UserInfo &u : users)
            a.append(QJsonObject{{u"username"_s, u.username}, {u"name"_s, u.displayName}, {u"role"_s, roleKey(u.role)},
                                 {u"active"_s, u.active}});
        ctx.printJson(QJsonDocument(QJsonObject{{u"users"_s, a}}));
    } else {
        for (const UserInfo &u : users)
            ctx.out << u.username.leftJustified(24) << ' ' << roleKey(u.role).leftJustified(24) << ' ' << u.displayName << '\n';
    }
    return 0;
}

} // namespace gl::cli
