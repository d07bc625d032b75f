// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace gl {

enum class Backend { Unknown = 0, Sqlite, Postgres };

/// A parsed database location: a file path, `sqlite:PATH`, or
/// `postgresql://user[:pass]@host[:port]/dbname[?sslmode=...&sslrootcert=...]` (CONTRACTS.md §1;
/// the TLS parameters are those of docs/FORMATS.md "Database location").
struct DbUrl {
    Backend backend = Backend::Unknown;
    QString path;      ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;  ///< never logged: use redacted()
    QString dbName;
    /// libpq TLS parameters from the URL's query (sslmode, sslrootcert, sslcert, sslkey, sslcrl), in order.
    QList<QPair<QString, QString>> pgOptions;
    /// PostgreSQL: the session's name in pg_stat_activity (libpq application_name); empty: "guardline". The
    /// active site service names its engine's sessions so that a server taking over can end them
    /// (SiteLock::engineSessionName).
    QString applicationName;

    /// Parses `text`; an empty text means the platform default (SQLite in the app-data folder).
    /// Throws gl::Error(BadInput) naming the problem.
    static DbUrl parse(const QString &text);
    /// The platform default SQLite file, e.g. ~/.local/share/Guardline/guardline.sqlite.
    static QString defaultSqlitePath();
    /// A form fit for logs and messages: no password.
    QString redacted() const;
    /// The QPSQL connect options: connect_timeout, application_name and the URL's TLS parameters.
    QString pgConnectOptions() const;
};

} // namespace gl
