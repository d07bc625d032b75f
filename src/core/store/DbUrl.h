// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

enum class Backend { Unknown = 0, Sqlite, Postgres };

/// A parsed database location: a file path, `sqlite:PATH`, or
/// `postgresql://user[:pass]@host[:port]/dbname` (CONTRACTS.md §1).
struct DbUrl {
    Backend backend = Backend::Unknown;
    QString path;      ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;  ///< never logged: use redacted()
    QString dbName;

    /// Parses `text`; an empty text means the platform default (SQLite in the app-data folder).
    /// Throws gl::Error(BadInput) naming the problem.
    static DbUrl parse(const QString &text);
    /// The platform default SQLite file, e.g. ~/.local/share/Guardline/guardline.sqlite.
    static QString defaultSqlitePath();
    /// A form fit for logs and messages: no password.
    QString redacted() const;
};

} // namespace gl
