// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

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

    /// Adds a user. Needs 'user.manage', except for the very first account (bootstrap), which must be an admin.
    qint64 add(const QString &username, const QString &displayName, Role role, const QString &password);
    QList<UserInfo> list() const;
    static bool hasUsers(Database &db);
    /// Checks the password; throws Forbidden with the same message whether the user or the password is wrong.
    static Actor authenticate(Database &db, const QString &username, const QString &password);
    /// The actor of an existing account without a password (demo sign-in, tests). Throws NotFound.
    static Actor actorFor(Database &db, const QString &username);
};

} // namespace gl
