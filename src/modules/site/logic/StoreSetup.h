// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

/// What a store holds, as far as setting it up is concerned.
struct StoreState {
    QString describe;        ///< the store, password redacted
    bool exists = false;     ///< a SQLite file that is there / a PostgreSQL database that answered
    int schemaVersion = 0;   ///< 0: empty
    int users = 0;
    QString siteCode, siteName;
    /// No account yet: the desktop's set-up assistant runs (docs/OPERATIONS.md "Going live").
    bool needsSetUp() const { return users == 0; }
};

/// First run of a store from the desktop (the set-up assistant): the same steps as `guardlinectl init`,
/// `site import` and the first `users add`, done at once. Every call opens its own connection, so each
/// may run on any thread (a connection belongs to the thread that opened it).
namespace StoreSetup {

/// Looks at a store without changing it: a SQLite file that does not exist is not created (exists false).
/// Throws gl::Error: unreachable server, not a Guardline database, from a newer Guardline.
StoreState probe(const QString &url);

/// Opens the store for writing, as the set-up will ("Test connection"): a SQLite file is created (and
/// removed again if it was not there before); a PostgreSQL server must answer and accept the account.
/// Throws gl::Error with the reason.
StoreState test(const QString &url);

struct Admin {
    QString username, displayName, password;
};

/// Creates or migrates the schema, then in one transaction adds the first administrator (audited
/// `user.add`, bootstrap) and imports the site layout at `layoutPath` as that administrator (audited
/// `site.import`); a store that already has a site keeps it when `layoutPath` is empty. All or nothing.
/// Refused on a store that already has accounts (Conflict). Throws gl::Error.
void setUp(const QString &url, const QString &layoutPath, const Admin &admin);

} // namespace StoreSetup
} // namespace gl
