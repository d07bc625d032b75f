// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

namespace gl {

struct UserInfo {
    qint64 id = 0;
    QString username, displayName;
    Role role = Role::Unknown;
    bool active = true;
};

/// Accounts and sign-in. Passwords are stored as Argon2id hashes only and never logged.
class UserService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static constexpr int minPasswordLength = 10;
    /// Sign-in throttling: after this many failures in a row a user name is locked for lockBaseSeconds,
    /// doubling with every further failure up to lockMaxSeconds. A success clears the count.
    static constexpr int lockAfterFailures = 5;
    static constexpr int lockBaseSeconds = 30;
    static constexpr int lockMaxSeconds = 15 * 60;

    /// Adds a user. Needs 'user.manage', except for the very first account (bootstrap), which must be an admin.
    qint64 add(const QString &username, const QString &displayName, Role role, const QString &password);
    /// The demo plant's accounts (`demo.<role>`): their password is "demo", shorter than any real one.
    qint64 addDemoAccount(const QString &username, const QString &displayName, Role role);
    /// A disabled account cannot sign in anywhere; its name stays in the history. Needs 'user.manage';
    /// the last enabled administrator cannot be disabled or lose the admin role. All audited.
    void setEnabled(const QString &username, bool enabled);
    void setRole(const QString &username, Role role);
    void resetPassword(const QString &username, const QString &password);
    QList<UserInfo> list() const;
    static bool hasUsers(Database &db);
    /// Checks the password; throws Forbidden ("sign-in refused: ...") with the same message whether the user
    /// or the password is wrong, taking the same time (an unknown name is checked against a dummy hash).
    /// Failures are counted per user name in the store and audited; a name with too many failures in a row
    /// is locked for a while (lockAfterFailures), even with the right password; a disabled account is refused.
    static Actor authenticate(Database &db, const QString &username, const QString &password);
    /// The actor of an existing account without a password (demo sign-in, tests). Throws NotFound.
    static Actor actorFor(Database &db, const QString &username);
};

} // namespace gl
