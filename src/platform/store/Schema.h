// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

class Database;

/// Versioned, forward-only schema migrations, the same on SQLite and PostgreSQL.
/// The version lives in schema_meta('schema_version'). A database from a newer Guardline is refused
/// before anything is written; a database that is not Guardline's (tables but no schema_meta) too.
class Schema {
public:
    /// The version this build writes.
    static int latestVersion();
    /// The database's version: 0 for an empty database. Throws for a foreign database.
    static int currentVersion(Database &db);
    /// Brings the schema to latestVersion(), each step in its own transaction. Returns the number of
    /// migrations applied. Throws gl::Error(NewerSchema) for a newer database, untouched.
    /// `upTo` stops after that step (tests build stores as older Guardline versions wrote them).
    static int migrate(Database &db, int upTo = 0);
    /// Throws unless the database is at latestVersion() (tells the user to run 'guardlinectl init').
    static void requireCurrent(Database &db);
};

} // namespace gl
