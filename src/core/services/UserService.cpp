// SPDX-License-Identifier: Apache-2.0
#include "core/services/UserService.h"
#include "core/auth/Password.h"
#include "core/store/Database.h"
#include "core/util/Error.h"
#include "core/util/Log.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gl {

bool UserService::hasUsers(Database &db) { return db.scalar(u"SELECT count(*) FROM users"_s).toInt() > 0; }

qint64 UserService::add(const QString &username, const QString &displayName, Role role, const QString &password)
{
    const bool bootstrap = !hasUsers(db());
    if (bootstrap) {
        if (role != Role::Admin)
            fail(ErrorCode::BadInput, u"the first account must be an admin (--role admin)"_s);
    } else {
        require(u"user.manage"_s);
    }
    static const QRegularExpression re(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    if (!re.match(username).hasMatch())
        fail(ErrorCode::BadInput, u"username '%1': 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter"_s.arg(username));
    if (role == Role::Unknown)
        fail(ErrorCode::BadInput, u"role: unknown (known: %1)"_s.arg(allRoleKeys().join(u", "_s)));
    if (password.size() < 10)
        fail(ErrorCode::BadInput, u"password: at least 10 characters"_s);
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM users WHERE username = ?"_s, {username}).toInt() > 0)
        fail(ErrorCode::Conflict, u"user '%1' already exists"_s.arg(username));
    const qint64 id = db().insert(u"users"_s, {{u"username"_s, username},
                                               {u"display_name"_s, displayName.isEmpty() ? username : displayName},
                                               {u"role"_s, roleKey(role)},
                                               {u"password_hash"_s, password::hash(password)},
                                               {u"active"_s, 1},
                                               {u"created_at"_s, now()}});
    audit(u"user.add"_s, u"user"_s, username,
          {{u"role"_s, roleKey(role)}, {u"display_name"_s, displayName}, {u"bootstrap"_s, bootstrap}});
    tx.commit();
    qCInfo(lcAuth) << "user added:" << username << roleKey(role);
    return id;
}

QList<UserInfo> UserService::list() const
{
    require(u"data.read"_s);
    QList<UserInfo> out;
    QSqlQuery q = db().exec(u"SELECT id, username, display_name, role, active FROM users ORDER BY username"_s);
    while (q.next())
        out << UserInfo{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        roleFromKey(q.value(3).toString()), q.value(4).toBool()};
    return out;
}

Actor UserService::authenticate(Database &db, const QString &username, const QString &password)
{
    QSqlQuery q = db.exec(u"SELECT id, role, password_hash, active FROM users WHERE username = ?"_s, {username});
    const bool found = q.next();
    const bool ok = found && q.value(3).toBool() && password::verify(q.value(2).toString(), password);
    if (!ok) {
        qCWarning(lcAuth) << "failed sign-in for" << username;
        fail(ErrorCode::Forbidden, u"wrong user name or password"_s);
    }
    return Actor{q.value(0).toLongLong(), username, roleFromKey(q.value(1).toString())};
}

Actor UserService::actorFor(Database &db, const QString &username)
{
    QSqlQuery q = db.exec(u"SELECT id, role FROM users WHERE username = ? AND active = 1"_s, {username});
    if (!q.next())
        fail(ErrorCode::NotFound, u"user '%1' does not exist or is disabled"_s.arg(username));
    return Actor{q.value(0).toLongLong(), username, roleFromKey(q.value(1).toString())};
}

} // namespace gl
