// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/store/DbUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace gl {

/// One connection to the store, SQLite (embedded default) or PostgreSQL (shared by workstations).
/// A Database belongs to the thread that opened it (Qt SQL connections are per thread): the app keeps
/// one on its data worker thread, the CLI one on its main thread.
///
/// SQLite runs with WAL, foreign keys, a 5 s busy timeout and BEGIN IMMEDIATE transactions, so one
/// writer at a time and readers never block. Every failure becomes a gl::Error naming the database
/// (password redacted) and the cause: unreachable server, not a database file, read-only, disk full.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (and for SQLite, creates) the database. Throws gl::Error.
    static std::unique_ptr<Database> open(const DbUrl &url, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_url.backend; }
    const DbUrl &url() const { return m_url; }
    QString describe() const { return m_url.redacted(); }

    /// Runs one statement with positional (?) bindings; throws gl::Error(Storage/Conflict) on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    /// Runs a query and returns the first column of the first row (invalid QVariant when no row).
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    /// Inserts a row and returns its generated id (works on both backends).
    qint64 insert(const QString &table, const QVariantMap &values);
    /// True when the table exists.
    bool hasTable(const QString &table);

    // Transactions nest: only the outermost begins and commits. A failed inner scope makes the whole
    // transaction roll back. Use the RAII Transaction below rather than these.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    /// A value remembered for the rest of the outermost transaction and forgotten when it ends (commit or
    /// roll back), e.g. the audit chain's head while the transaction holds the chain's lock. Outside a
    /// transaction nothing is remembered (invalid QVariant). Transactions have no savepoints, so nothing a
    /// transaction did is undone while it goes on.
    QVariant transactionMemo(const QString &key) const { return m_memo.value(key); }
    void setTransactionMemo(const QString &key, const QVariant &value);

private:
    Database(DbUrl url, QString connection);
    [[noreturn]] void raise(const QSqlError &error, const QString &sql) const;

    DbUrl m_url;
    QString m_connection;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    QHash<QString, QVariant> m_memo; ///< transactionMemo()
};

/// `column IN (?, …)` for `values`, the values appended to `binds`: one IN list per 500 values (a bound list stays far
/// below either backend's limit on parameters), ORed in parentheses; `1 = 0` (nothing) when `values` is empty.
QString sqlIn(const QString &column, const QVariantList &values, QVariantList &binds);

/// RAII transaction: commits on commit(), rolls back when destroyed without commit.
class Transaction {
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_db.rollback();
            } catch (...) {
            }
        }
    }
    void commit()
    {
        m_done = true;
        m_db.commit();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace gl
