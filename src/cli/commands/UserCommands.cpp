// SPDX-License-Identifier: Apache-2.0
// users add|disable|enable|set-role|reset-password|list (CONTRACTS.md section 6.1). Every change is made by
// a signed-in user with 'user.manage' (the first account of a store excepted) and audited by UserService.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "platform/auth/UserService.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl::cli {

namespace {

Role roleArgument(Context &ctx, const QString &value)
{
    const Role role = roleFromKey(value);
    if (role == Role::Unknown)
        fail(ErrorCode::BadInput, u"role '%1' is unknown (roles: %2)"_s.arg(value, allRoleKeys().join(u", "_s)));
    Q_UNUSED(ctx);
    return role;
}

/// The new password of `users add` / `users reset-password`: $GUARDLINE_NEW_PASSWORD, else the next line of
/// stdin (after the acting user's own password when that comes from stdin too).
QString newPassword()
{
    const QString env = qEnvironmentVariable("GUARDLINE_NEW_PASSWORD");
    return env.isEmpty() ? readStdinLine() : env;
}

/// `users VERB U [ARG]`: parses the positional arguments, signs in and runs `change`.
int userChange(Context &ctx, const QString &verb, int positionals, const QString &usage,
               const std::function<QString(UserService &, const QStringList &)> &change)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"USER"_s, u"the account"_s);
    if (!parseArgs(ctx, p))
        return 2;
    if (p.positionalArguments().size() != positionals) {
        ctx.err << "guardlinectl: users " << verb << ": usage: users " << verb << ' ' << usage << '\n';
        return 2;
    }
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    ServiceContext sctx{*db, changer(ctx, *db, u"users"_s), &clock};
    UserService users(sctx);
    ctx.out << change(users, p.positionalArguments()) << '\n';
    return 0;
}

} // namespace

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
    const Role role = roleArgument(ctx, p.value(u"role"_s));
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    // The first account of a store needs no sign-in (and must be an admin); every later one is added by a
    // signed-in user with 'user.manage'. The new password follows the acting user's on stdin.
    const bool bootstrap = !UserService::hasUsers(*db);
    ServiceContext sctx{*db, bootstrap ? Actor::system(u"bootstrap"_s) : signIn(ctx, *db), &clock};
    UserService(sctx).add(p.value(u"username"_s), p.value(u"name"_s), role, newPassword());
    ctx.out << "user '" << p.value(u"username"_s) << "' added with role " << roleKey(role) << '\n';
    return 0;
}

int runUsersDisable(Context &ctx)
{
    return userChange(ctx, u"disable"_s, 1, u"USER"_s, [](UserService &s, const QStringList &a) {
        s.setEnabled(a[0], false);
        return u"user '%1' disabled: it cannot sign in anywhere"_s.arg(a[0]);
    });
}

int runUsersEnable(Context &ctx)
{
    return userChange(ctx, u"enable"_s, 1, u"USER"_s, [](UserService &s, const QStringList &a) {
        s.setEnabled(a[0], true);
        return u"user '%1' enabled"_s.arg(a[0]);
    });
}

int runUsersSetRole(Context &ctx)
{
    return userChange(ctx, u"set-role"_s, 2, u"USER ROLE"_s, [&ctx](UserService &s, const QStringList &a) {
        const Role role = roleArgument(ctx, a[1]);
        s.setRole(a[0], role);
        return u"user '%1' now has the role %2"_s.arg(a[0], roleKey(role));
    });
}

int runUsersResetPassword(Context &ctx)
{
    return userChange(ctx, u"reset-password"_s, 1, u"USER (new password on stdin)"_s, [](UserService &s, const QStringList &a) {
        s.resetPassword(a[0], newPassword());
        return u"password of '%1' reset"_s.arg(a[0]);
    });
}

int runUsersList(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, u"print JSON"_s});
    if (!parseArgs(ctx, p))
        return 2;
    auto db = openStore(ctx, false);
    const Clock &clock = processClock();
    ServiceContext sctx{*db, reader(ctx, *db, u"users"_s), &clock};
    const QList<UserInfo> users = UserService(sctx).list();
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const UserInfo &u : users)
            a.append(QJsonObject{{u"username"_s, u.username}, {u"name"_s, u.displayName}, {u"role"_s, roleKey(u.role)},
                                 {u"enabled"_s, u.active}});
        ctx.printJson(QJsonDocument(QJsonObject{{u"users"_s, a}}));
    } else {
        for (const UserInfo &u : users)
            ctx.out << u.username.leftJustified(24) << ' ' << roleKey(u.role).leftJustified(24) << ' '
                    << (u.active ? "enabled " : "DISABLED") << ' ' << u.displayName << '\n';
    }
    return 0;
}

} // namespace gl::cli
