// SPDX-License-Identifier: Apache-2.0
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

/// SQLite's locks are POSIX advisory locks, which belong to the process: closing *any* descriptor of a
/// database file drops every lock this process holds on it, its open connections' included, and another
/// process may then write over them ("How To Corrupt An SQLite Database File", section 2.2). The header
/// check below reads the file through a descriptor of its own, so it runs only while no connection of this
/// process has the file open (the site service opens several: engine, pipeline, sample writer, and reopens
/// the writer's after a failure).
QMutex g_sqliteMutex;
QHash<QString, int> g_sqliteOpen;            ///< file → connections of this process
QHash<QString, QString> g_sqliteConnection;  ///< connection name → its file

QString sqliteKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool looksLikeSqlite(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return true; // a new database
    if (!f.open(QIODevice::ReadOnly)) {
        *why = u"cannot be read (%1)"_s.arg(f.errorString());
        return false;
    }
    const QByteArray head = f.read(16);
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *why = u"is not an SQLite database (wrong file header)"_s;
        return false;
    }
    return true;
}

/// Creates an empty file readable and writable by its owner only (0600), atomically: no window in which
/// another user could open it. A file created meanwhile by someone else is left alone (SQLite reports it).
void createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && !f.exists())
        fail(ErrorCode::Storage, u"cannot create the database file '%1': %2"_s.arg(path, f.errorString()));
}

/// Opens (or reopens) a PostgreSQL connection and sets up its session; throws Unreachable with the password
/// redacted.
void openPgSession(QSqlDatabase &db, const DbUrl &url)
{
    if (!db.open()) {
        QString reason = db.lastError().databaseText().trimmed();
        if (reason.isEmpty())
            reason = db.lastError().text().trimmed();
        if (!url.password.isEmpty())
            reason.replace(url.password, u"***"_s);
        fail(ErrorCode::Unreachable, u"cannot connect to %1: %2"_s.arg(url.redacted(), reason));
    }
    for (const QString &sql : {u"SET client_min_messages TO warning"_s, u"SET TIME ZONE 'UTC'"_s}) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QString reason = q.lastError().text().trimmed();
            db.close();
            fail(ErrorCode::Unreachable, u"cannot set up the session on %1: %2"_s.arg(url.redacted(), reason));
        }
    }
}

/// A PostgreSQL connection lost (server restarted, network cut, session terminated) is closed by
/// Database::raise(); the next statement outside a transaction (or the next BEGIN) opens it again, so a
/// long-running process (the site service, a workstation) carries on once the server is back. Inside a
/// transaction nothing is reopened: the transaction is gone and its caller gets Unreachable.
void reopenIfLost(QSqlDatabase &db, const DbUrl &url, bool inTransaction)
{
    if (db.isOpen() || url.backend != Backend::Postgres)
        return;
    if (inTransaction)
        fail(ErrorCode::Unreachable, u"%1: the database connection was lost during the transaction; the change was not saved"_s.arg(url.redacted()));
    openPgSession(db, url);
    qCInfo(lcStore).noquote() << "reconnected to" << url.redacted();
}

/// NULL as Qt SQL binds it (QSqlResultPrivate::isVariantNull): a null QString, QByteArray, date or time too.
bool isNullBind(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(v.constData())->isNull();
    default:
        return false;
    }
}

/// PostgreSQL: `sql` with its positional (?) placeholders replaced by the values, formatted and escaped by
/// the driver exactly as QPSQL formats them for the `EXECUTE stmt (values)` of a prepared query. QPSQL runs a
/// prepared query as three round trips to the server (PREPARE, EXECUTE, DEALLOCATE); this is one. A value
/// is an untyped quoted literal ('42'), so PostgreSQL gives it the type the context needs, as it infers
/// the type of a prepared statement's parameter. False (the caller prepares) when the statement has
/// dollar-quoted text or the number of placeholders differs from the number of values.
bool inlinePgBinds(const QString &sql, const QVariantList &binds, const QSqlDriver *driver, QString *out)
{
    if (!driver || sql.contains(u'$'))
        return false;
    out->clear();
    out->reserve(sql.size() + binds.size() * 16);
    qsizetype next = 0;
    QSqlField field;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') { // a literal or a quoted identifier: copied as it is ('' and "" included)
            const qsizetype end = sql.indexOf(c, i + 1);
            if (end < 0)
                return false;
            out->append(QStringView(sql).mid(i, end - i + 1));
            i = end;
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') { // a comment to the end of the line
            qsizetype end = sql.indexOf(u'\n', i);
            if (end < 0)
                end = sql.size() - 1;
            out->append(QStringView(sql).mid(i, end - i + 1));
            i = end;
        } else if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            if (end < 0)
                return false;
            out->append(QStringView(sql).mid(i, end + 2 - i));
            i = end + 1;
        } else if (c == u'?') {
            if (next >= binds.size())
                return false;
            const QVariant &v = binds.at(next++);
            field.setMetaType(v.metaType());
            if (isNullBind(v))
                field.clear();
            else
                field.setValue(v);
            QString text = driver->formatValue(field);
            if (text.startsWith(u'\'') || text == u"NULL"_s || text.contains(u' ')) {
                // a string, bytea, NaN, NULL or a timestamp: as the driver wrote it
            } else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
                // A numeric constant, as in EXECUTE (1e+15 still fits a BIGINT column); in parentheses, so
                // that a negative one after a minus sign never reads as a comment ("ts-?" → "ts-(-1.5)").
                text = u'(' + text + u')';
            } else {
                text = u'\'' + text + u'\''; // 42, TRUE: untyped, like a parameter ('42' fits a TEXT column)
            }
            out->append(text);
        } else {
            out->append(c);
        }
    }
    return next == binds.size();
}

} // namespace

Database::Database(DbUrl url, QString connection) : m_url(std::move(url)), m_connection(std::move(connection)) {}

Database::~Database()
{
    QMutexLocker lock(&g_sqliteMutex); // the count drops with the connection, not before
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    const auto it = g_sqliteConnection.constFind(m_connection);
    if (it != g_sqliteConnection.constEnd()) {
        if (--g_sqliteOpen[*it] <= 0)
            g_sqliteOpen.remove(*it);
        g_sqliteConnection.erase(it);
    }
}

std::unique_ptr<Database> Database::open(const DbUrl &url, Mode mode)
{
    const QString name = u"guardline-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> self(new Database(url, name));

    if (url.backend == Backend::Sqlite) {
        QMutexLocker lock(&g_sqliteMutex); // no other connection of this process opens or closes meanwhile
        const QString key = sqliteKey(url.path);
        QString why;
        if (g_sqliteOpen.value(key) == 0 && !looksLikeSqlite(url.path, &why))
            fail(ErrorCode::BadInput, u"database '%1' %2; nothing was changed"_s.arg(url.path, why));
        const QFileInfo info(url.path);
        if (!info.exists()) {
            if (mode == Mode::ReadOnly)
                fail(ErrorCode::NotFound, u"database '%1' does not exist (run 'guardlinectl init')"_s.arg(url.path));
            if (!QDir().mkpath(info.absolutePath()))
                fail(ErrorCode::Storage, u"cannot create the folder '%1' for the database"_s.arg(info.absolutePath()));
            // The store holds password hashes and ID numbers: owner-only from the first byte. SQLite gives its
            // -wal and -shm files the main file's mode, so they are 0600 too.
            createPrivateFile(url.path);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(url.path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        if (mode == Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        if (!db.open())
            fail(ErrorCode::Storage, u"cannot open database '%1': %2"_s.arg(url.path, db.lastError().text()));
        const QString opened = sqliteKey(url.path); // the file exists now: its canonical name
        ++g_sqliteOpen[opened];
        g_sqliteConnection.insert(name, opened);
        self->exec(u"PRAGMA foreign_keys = ON"_s);
        // Probe: a file with a valid header but corrupt pages fails here, before anything is written.
        self->scalar(u"SELECT count(*) FROM sqlite_master"_s);
    } else if (url.backend == Backend::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.dbName);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setConnectOptions(url.pgConnectOptions());
        openPgSession(db, url);
    } else {
        fail(ErrorCode::BadInput, u"database URL has no backend"_s);
    }
    qCInfo(lcStore) << "opened" << url.redacted();
    return self;
}

void Database::raise(const QSqlError &error, const QString &sql) const
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL appends the statement's text around the error's position ("LINE 1: ... ^"). A statement's
    // values are inlined (inlinePgBinds), and QPSQL's own EXECUTE (...) carries them too: they may be personal
    // data or a credential, so neither the log nor the message repeats them. The SQL below has no values.
    if (const qsizetype line = text.indexOf(u"\nLINE "_s); line >= 0)
        text.truncate(line);
    const QString lower = text.toLower();
    ErrorCode code = ErrorCode::Storage;
    QString what;
    if (lower.contains(u"readonly"_s) || lower.contains(u"read-only"_s) || lower.contains(u"read only"_s))
        what = u"the database is read-only"_s;
    else if (lower.contains(u"disk is full"_s) || lower.contains(u"no space"_s) || lower.contains(u"disk full"_s))
        what = u"the disk is full"_s;
    else if (lower.contains(u"not a database"_s) || lower.contains(u"malformed"_s))
        what = u"the database file is corrupt or not a database"_s;
    else if (lower.contains(u"database is locked"_s) || lower.contains(u"database table is locked"_s))
        what = u"the store is busy: another program has held its write lock for more than 5 s"_s;
    else if (lower.contains(u"unique"_s) || lower.contains(u"duplicate key"_s)) {
        code = ErrorCode::Conflict;
        what = u"an object with the same identifier exists"_s;
    } else if (lower.contains(u"append-only"_s)) {
        code = ErrorCode::Forbidden;
        what = u"the audit log is append-only"_s;
    } else if (error.type() == QSqlError::ConnectionError || lower.contains(u"server closed"_s)
               || lower.contains(u"no connection"_s) || lower.contains(u"terminating connection"_s)
               || lower.contains(u"connection to server"_s) || lower.contains(u"could not send data"_s)
               || lower.contains(u"could not receive data"_s) || lower.contains(u"connection not open"_s)
               || lower.contains(u"the database system is shutting down"_s)
               || lower.contains(u"the database system is starting up"_s)) {
        code = ErrorCode::Unreachable;
        what = u"the database connection was lost"_s;
        if (m_url.backend == Backend::Postgres) {
            // Closed here, reopened by the next statement outside a transaction (reopenIfLost).
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
    }
    qCWarning(lcStore).noquote() << describe() << "statement failed:" << text << "| SQL:" << sql.simplified().left(200);
    if (what.isEmpty())
        what = text.trimmed();
    else
        what += u" ("_s + text.trimmed() + u')';
    throw Error(code, u"%1: %2; the change was not saved"_s.arg(describe(), what));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() && m_url.backend == Backend::Postgres && sql == u"ROLLBACK"_s)
        return QSqlQuery(db); // the lost connection took its transaction with it: nothing to roll back
    // BEGIN is sent with the depth already 1: it may reopen a lost connection, any later statement may not.
    reopenIfLost(db, m_url, m_depth > 1 || (m_depth == 1 && !sql.startsWith(u"BEGIN"_s)));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL, SET or transaction statements.
        if (!q.exec(sql))
            raise(q.lastError(), sql);
        return q;
    }
    if (m_url.backend == Backend::Postgres) {
        // One round trip instead of QPSQL's three: a transaction of many short statements (an alarm with its
        // order, steps, instruction and audit rows: about 55) otherwise waits for 3 × 55 server wake-ups.
        QString inlined;
        if (inlinePgBinds(sql, binds, db.driver(), &inlined)) {
            if (!q.exec(inlined))
                raise(q.lastError(), sql); // the statement without the values (they may be personal data)
            return q;
        }
    }
    if (!q.prepare(sql))
        raise(q.lastError(), sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        raise(q.lastError(), sql);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::insert(const QString &table, const QVariantMap &values)
{
    QStringList cols, marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        cols << it.key();
        marks << u"?"_s;
        binds << it.value();
    }
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "_s), marks.join(u", "_s));
    if (m_url.backend == Backend::Postgres) {
        sql += u" RETURNING id"_s;
        QSqlQuery q = exec(sql, binds);
        q.next();
        return q.value(0).toLongLong();
    }
    QSqlQuery q = exec(sql, binds);
    return q.lastInsertId().toLongLong();
}

bool Database::hasTable(const QString &table)
{
    if (m_url.backend == Backend::Sqlite)
        return scalar(u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"_s, {table}).toInt() > 0;
    return scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                  "AND table_name = ?"_s,
                  {table})
               .toInt()
        > 0;
}

void Database::setTransactionMemo(const QString &key, const QVariant &value)
{
    if (m_depth > 0)
        m_memo.insert(key, value);
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    m_rollbackOnly = false;
    m_memo.clear();
    try {
        exec(m_url.backend == Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    } catch (...) {
        m_depth = 0;
        throw;
    }
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0)
        return;
    m_memo.clear();
    if (m_rollbackOnly) {
        exec(u"ROLLBACK"_s);
        fail(ErrorCode::Storage, u"%1: the transaction was rolled back after an earlier failure"_s.arg(describe()));
    }
    try {
        exec(u"COMMIT"_s);
    } catch (...) {
        try {
            exec(u"ROLLBACK"_s);
        } catch (...) {
        }
        throw;
    }
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_memo.clear();
    exec(u"ROLLBACK"_s);
}

QString sqlIn(const QString &column, const QVariantList &values, QVariantList &binds)
{
    if (values.isEmpty())
        return u"1 = 0"_s;
    constexpr qsizetype kSlice = 500;
    QStringList lists;
    for (qsizetype i = 0; i < values.size(); i += kSlice) {
        const qsizetype n = std::min(kSlice, values.size() - i);
        lists << u"%1 IN (%2)"_s.arg(column, QStringList(n, u"?"_s).join(u", "_s));
    }
    binds += values;
    return lists.size() == 1 ? lists.first() : u'(' + lists.join(u" OR "_s) + u')';
}

} // namespace gl
