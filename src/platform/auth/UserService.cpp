// SPDX-License-Identifier: Apache-2.0
#include "platform/auth/UserService.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/Password.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {

bool UserService::hasUsers(Database &db) { return db.scalar(u"SELECT count(*) FROM users"_s).toInt() > 0; }

namespace {
// The Argon2id hash (same parameters as password::hash) that an unknown user name is checked against, so
// that it takes as long to refuse as a wrong password.
constexpr auto kDummyHash = "$argon2id$v=19$m=65536,t=2,p=1$quq/HYmo1EMZxqLz3caFdw$9Jg1BluP34btJzMoOwve7zpOsalvvdXfpV4RKdfaLxs";

void checkUsername(const QString &username)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    if (!re.match(username).hasMatch())
        fail(ErrorCode::BadInput, u"username '%1': 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter"_s.arg(username));
}

/// The details of a change of an account, with the account's row state after it: `audit verify` compares
/// the live users table against the last state chained for each account (a direct UPDATE is detected).
QJsonObject withRow(Database &db, qint64 id, QJsonObject details)
{
    details.insert(u"user_row"_s, AuditLog::userState(db, id));
    return details;
}

void checkPassword(const QString &password)
{
    if (password.size() < UserService::minPasswordLength)
        fail(ErrorCode::BadInput, u"password: at least %1 characters"_s.arg(UserService::minPasswordLength));
}
} // namespace

qint64 UserService::add(const QString &username, const QString &displayName, Role role, const QString &password)
{
    const bool bootstrap = !hasUsers(db());
    if (bootstrap) {
        if (role != Role::Admin)
            fail(ErrorCode::BadInput, u"the first account must be an admin (--role admin)"_s);
    } else {
        require(u"user.manage"_s);
    }
    checkUsername(username);
    if (role == Role::Unknown)
        fail(ErrorCode::BadInput, u"role: unknown (known: %1)"_s.arg(allRoleKeys().join(u", "_s)));
    checkPassword(password);
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
          withRow(db(), id, {{u"role"_s, roleKey(role)}, {u"display_name"_s, displayName}, {u"bootstrap"_s, bootstrap}}));
    tx.commit();
    qCInfo(lcAuth) << "user added:" << username << roleKey(role);
    return id;
}

qint64 UserService::addDemoAccount(const QString &username, const QString &displayName, Role role)
{
    if (!username.startsWith(u"demo."_s))
        fail(ErrorCode::BadInput, u"username '%1': demo accounts are named demo.<role>"_s.arg(username));
    Transaction tx(db());
    const qint64 id = add(username, displayName, role, u"demo-password-placeholder"_s);
    db().exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {password::hash(u"demo"_s), id});
    audit(u"user.password.reset"_s, u"user"_s, username, withRow(db(), id, {{u"demo"_s, true}}));
    tx.commit();
    return id;
}

namespace {
struct Account {
    qint64 id = 0;
    Role role = Role::Unknown;
    bool active = false;
};
} // namespace

static Account accountOf(Database &db, const QString &username)
{
    QSqlQuery q = db.exec(u"SELECT id, role, active FROM users WHERE username = ?"_s, {username});
    if (!q.next())
        fail(ErrorCode::NotFound, u"user '%1' does not exist"_s.arg(username));
    return Account{q.value(0).toLongLong(), roleFromKey(q.value(1).toString()), q.value(2).toBool()};
}

static int enabledAdmins(Database &db)
{
    return db.scalar(u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"_s).toInt();
}

void UserService::setEnabled(const QString &username, bool enabled)
{
    require(u"user.manage"_s);
    Transaction tx(db());
    const Account a = accountOf(db(), username);
    if (a.active == enabled)
        fail(ErrorCode::Conflict, u"user '%1' is already %2"_s.arg(username, enabled ? u"enabled"_s : u"disabled"_s));
    if (!enabled && a.role == Role::Admin && enabledAdmins(db()) <= 1)
        fail(ErrorCode::Conflict, u"user '%1' is the last enabled administrator: enable or add another one first"_s.arg(username));
    db().exec(u"UPDATE users SET active = ? WHERE id = ?"_s, {enabled ? 1 : 0, a.id});
    if (enabled) // a re-enabled account starts with a clean slate
        db().exec(u"DELETE FROM sign_in_failures WHERE username = ?"_s, {username});
    audit(enabled ? u"user.enable"_s : u"user.disable"_s, u"user"_s, username, withRow(db(), a.id, {}));
    tx.commit();
}

void UserService::setRole(const QString &username, Role role)
{
    require(u"user.manage"_s);
    if (role == Role::Unknown)
        fail(ErrorCode::BadInput, u"role: unknown (known: %1)"_s.arg(allRoleKeys().join(u", "_s)));
    Transaction tx(db());
    const Account a = accountOf(db(), username);
    if (a.role == Role::Admin && role != Role::Admin && a.active && enabledAdmins(db()) <= 1)
        fail(ErrorCode::Conflict, u"user '%1' is the last enabled administrator: make another one admin first"_s.arg(username));
    db().exec(u"UPDATE users SET role = ? WHERE id = ?"_s, {roleKey(role), a.id});
    audit(u"user.role"_s, u"user"_s, username,
          withRow(db(), a.id, {{u"role"_s, QJsonObject{{u"from"_s, roleKey(a.role)}, {u"to"_s, roleKey(role)}}}}));
    tx.commit();
}

void UserService::resetPassword(const QString &username, const QString &password)
{
    require(u"user.manage"_s);
    checkPassword(password);
    Transaction tx(db());
    const Account a = accountOf(db(), username);
    db().exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {password::hash(password), a.id});
    db().exec(u"DELETE FROM sign_in_failures WHERE username = ?"_s, {username});
    // Never the password, nor its hash: the row state holds only the SHA-256 of the stored hash.
    audit(u"user.password.reset"_s, u"user"_s, username, withRow(db(), a.id, {}));
    tx.commit();
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
    const qint64 t = QDateTime::currentMSecsSinceEpoch(); // real time: the lockout is about people trying
    qint64 lockedUntil = 0;
    int failures = 0;
    {
        QSqlQuery f = db.exec(u"SELECT failures, locked_until FROM sign_in_failures WHERE username = ?"_s, {username});
        if (f.next()) {
            failures = f.value(0).toInt();
            lockedUntil = f.value(1).toLongLong();
        }
    }
    QSqlQuery q = db.exec(u"SELECT id, role, password_hash, active FROM users WHERE username = ?"_s, {username});
    const bool found = q.next();
    const qint64 id = found ? q.value(0).toLongLong() : 0;
    const Role role = found ? roleFromKey(q.value(1).toString()) : Role::Unknown;
    const bool active = found && q.value(3).toBool();
    // Always one Argon2id verification: an unknown name, a disabled or locked account take as long as a wrong password.
    const bool passwordOk = password::verify(found ? q.value(2).toString() : QString::fromLatin1(kDummyHash), password) && found;
    q.finish();
    const bool locked = lockedUntil > t;
    if (passwordOk && active && !locked) {
        if (failures > 0)
            db.exec(u"DELETE FROM sign_in_failures WHERE username = ?"_s, {username});
        return Actor{id, username, role};
    }
    if (locked) {
        qCWarning(lcAuth) << "sign-in of a locked user name:" << username;
        fail(ErrorCode::Forbidden, u"sign-in refused: "_s + QCoreApplication::translate("gl::SignIn", "too many failed sign-ins for '%1'; try again after %2").arg(
                                       username, QDateTime::fromMSecsSinceEpoch(lockedUntil).toString(Qt::ISODate)));
    }
    if (passwordOk && !active) {
        qCWarning(lcAuth) << "sign-in of a disabled account:" << username;
        try {
            Transaction tx(db);
            AuditLog::append(db, AuditRecord{u"system:sign-in"_s, u"user.signin.refuse"_s, u"user"_s, username, {}, {},
                                             {{u"reason"_s, u"disabled"_s}}}, t);
            tx.commit();
        } catch (const Error &e) {
            qCWarning(lcAuth).noquote() << "could not audit the refused sign-in:" << e.message();
        }
        fail(ErrorCode::Forbidden, u"sign-in refused: "_s + QCoreApplication::translate("gl::SignIn", "the account '%1' is disabled").arg(username));
    }
    // A wrong password or an unknown name: counted, and locked out for a while after too many in a row.
    ++failures;
    const int over = failures - lockAfterFailures;
    const qint64 lockMs = over < 0 ? 0 : std::min<qint64>(qint64(lockMaxSeconds) * 1000, qint64(lockBaseSeconds) * 1000 << std::min(over, 20));
    qCWarning(lcAuth) << "failed sign-in for" << username << "(" << failures << "in a row)";
    try {
        Transaction tx(db);
        db.exec(u"DELETE FROM sign_in_failures WHERE username = ?"_s, {username});
        db.exec(u"INSERT INTO sign_in_failures (username, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)"_s,
                {username, failures, t, lockMs > 0 ? t + lockMs : 0});
        QJsonObject details{{u"failures"_s, failures}};
        if (lockMs > 0)
            details.insert(u"locked_until"_s, QDateTime::fromMSecsSinceEpoch(t + lockMs, QTimeZone::utc()).toString(Qt::ISODate));
        AuditLog::append(db, AuditRecord{u"system:sign-in"_s, lockMs > 0 ? u"user.signin.lock"_s : u"user.signin.fail"_s, u"user"_s,
                                         username, {}, {}, details}, t);
        tx.commit();
    } catch (const Error &e) {
        qCWarning(lcAuth).noquote() << "could not record the failed sign-in:" << e.message();
    }
    fail(ErrorCode::Forbidden, u"sign-in refused: "_s + QCoreApplication::translate("gl::SignIn", "wrong user name or password"));
}

Actor UserService::actorFor(Database &db, const QString &username)
{
    QSqlQuery q = db.exec(u"SELECT id, role FROM users WHERE username = ? AND active = 1"_s, {username});
    if (!q.next())
        fail(ErrorCode::NotFound, u"user '%1' does not exist or is disabled"_s.arg(username));
    return Actor{q.value(0).toLongLong(), username, roleFromKey(q.value(1).toString())};
}

} // namespace gl
