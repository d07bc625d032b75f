// SPDX-License-Identifier: Apache-2.0
#include "platform/store/ChangeFeed.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
// More entries than this in one SQLite poll (an import, the demo's seeding): report "read everything".
constexpr int kMaxActionsPerReport = 1000;
constexpr int kPgCheckMs = 1000;
constexpr int kMaxBackoffMs = 5000;
} // namespace

void ChangeFeed::notify(Database &db, qint64 seq, const QString &action, const QString &objectType)
{
    if (db.backend() != Backend::Postgres)
        return;
    db.exec(u"SELECT pg_notify(?, ?)"_s, {QString::fromLatin1(channel), payload(seq, action, objectType)});
}

QString ChangeFeed::payload(qint64 seq, const QString &action, const QString &objectType)
{
    // Words only (no spaces), and short: PostgreSQL's limit is 8000 bytes.
    return QString(QString::number(seq) + u' ' + action.left(100) + u' ' + objectType.left(100)).simplified();
}

bool ChangeFeed::parsePayload(const QString &payload, qint64 *seq, QString *action)
{
    const QStringList words = payload.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    bool ok = false;
    *seq = words.at(0).toLongLong(&ok);
    *action = words.at(1);
    return ok && *seq > 0;
}

ChangeWatcher::ChangeWatcher(DbUrl url, QObject *parent) : QObject(parent), m_url(std::move(url))
{
    qRegisterMetaType<ChangeSet>();
    m_poll = new QTimer(this);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(0);
    connect(m_flush, &QTimer::timeout, this, &ChangeWatcher::flush);
    connect(m_retry, &QTimer::timeout, this, &ChangeWatcher::retry);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_url.backend == Backend::Sqlite)
            pollSqlite();
        else
            checkPostgres();
    });
}

ChangeWatcher::~ChangeWatcher() { stop(); }

void ChangeWatcher::start()
{
    stop();
    openConnection();
    m_lastSeq = newestSeq();
    m_poll->start(m_url.backend == Backend::Sqlite ? m_pollMs : kPgCheckMs);
}

qint64 ChangeWatcher::newestSeq()
{
    const QString sql = u"SELECT COALESCE(max(seq), 0) FROM audit_log"_s;
    if (m_db)
        return m_db->scalar(sql).toLongLong();
    QSqlQuery q(QSqlDatabase::database(m_pgName, false));
    if (!q.exec(sql) || !q.next())
        fail(ErrorCode::Unreachable, u"%1: cannot read the audit chain's head: %2"_s.arg(m_url.redacted(), q.lastError().text()));
    return q.value(0).toLongLong();
}

void ChangeWatcher::openConnection()
{
    if (m_url.backend == Backend::Sqlite) {
        m_db = Database::open(m_url);
        m_dataVersion = m_db->scalar(u"PRAGMA data_version"_s).toLongLong();
        m_watching = true;
        return;
    }
    // A connection of its own (not a Database: the notifications arrive through its QSqlDriver), on this thread.
    m_pgName = u"guardline-changes-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_pgName);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.dbName);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setConnectOptions(m_url.pgConnectOptions());
        if (!db.open()) {
            problem = db.lastError().databaseText().trimmed();
            if (!m_url.password.isEmpty())
                problem.replace(m_url.password, u"***"_s);
        } else if (!db.driver()->subscribeToNotification(QString::fromLatin1(ChangeFeed::channel))) {
            problem = u"LISTEN %1 failed: %2"_s.arg(QString::fromLatin1(ChangeFeed::channel), db.driver()->lastError().text());
        } else {
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) { onNotification(name, payload); });
        }
    }
    if (!problem.isEmpty()) {
        closeConnection();
        fail(ErrorCode::Unreachable, u"cannot listen for changes on %1: %2"_s.arg(m_url.redacted(), problem));
    }
    m_watching = true;
}

void ChangeWatcher::closeConnection()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_pgName, false);
            if (QSqlDriver *driver = db.driver()) {
                disconnect(driver, nullptr, this, nullptr);
                if (db.isOpen() && m_watching)
                    driver->unsubscribeFromNotification(QString::fromLatin1(ChangeFeed::channel));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_pgName);
        m_pgName.clear();
    }
    m_watching = false;
}

void ChangeWatcher::stop()
{
    m_poll->stop();
    m_retry->stop();
    m_flush->stop();
    m_havePending = false;
    m_pending = {};
    closeConnection();
}

void ChangeWatcher::pollSqlite()
{
    if (!m_db)
        return;
    try {
        const qint64 version = m_db->scalar(u"PRAGMA data_version"_s).toLongLong();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        // Another connection committed: which audit entries are new (a heartbeat or a sample is none).
        QSqlQuery q = m_db->exec(u"SELECT seq, action FROM audit_log WHERE seq > ? ORDER BY seq LIMIT %1"_s.arg(kMaxActionsPerReport + 1),
                                 {m_lastSeq});
        int n = 0;
        while (q.next()) {
            if (++n > kMaxActionsPerReport) {
                m_pending.unknown = true;
                break;
            }
            add(q.value(0).toLongLong(), q.value(1).toString());
        }
        q.finish();
        if (m_pending.unknown) { // skip ahead; the consumer reads everything anyway
            m_lastSeq = newestSeq();
            m_pending.throughSeq = m_lastSeq;
            m_havePending = true;
        }
        flush();
    } catch (const Error &e) {
        qCWarning(lcStore).noquote() << "change watcher:" << e.message();
    }
}

void ChangeWatcher::checkPostgres()
{
    if (m_pgName.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_pgName, false);
    if (!db.isOpen()) { // the driver closed it when the server went away
        connectionLost(u"the connection was closed"_s);
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT 1"_s))
        connectionLost(q.lastError().text().trimmed());
}

void ChangeWatcher::connectionLost(const QString &why)
{
    qCWarning(lcStore).noquote() << "change watcher: lost the connection to" << m_url.redacted() << "(" << why << "); connecting again";
    stop();
    Q_EMIT connectionChanged(true, why);
    m_backoffMs = 500;
    m_retry->start(m_backoffMs);
}

void ChangeWatcher::retry()
{
    try {
        openConnection();
    } catch (const Error &e) {
        closeConnection();
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        qCInfo(lcStore).noquote() << "change watcher: still no connection (" << e.message() << "); next try in" << m_backoffMs << "ms";
        m_retry->start(m_backoffMs);
        return;
    }
    ++m_reconnects;
    m_poll->start(kPgCheckMs);
    qCInfo(lcStore).noquote() << "change watcher: listening again on" << m_url.redacted();
    Q_EMIT connectionChanged(false, m_url.redacted());
    // What was committed while nobody listened was not heard: something may have changed.
    m_pending.unknown = true;
    m_havePending = true;
    flush();
}

void ChangeWatcher::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1StringView(ChangeFeed::channel))
        return;
    qint64 seq = 0;
    QString action;
    if (!ChangeFeed::parsePayload(payload.toString(), &seq, &action)) {
        m_pending.unknown = true; // not ours, or a newer format: read everything
        m_havePending = true;
    } else if (seq > m_lastSeq) {
        add(seq, action);
    }
    if (m_havePending && !m_flush->isActive())
        m_flush->start(); // the rest of this read's notifications join the same report
}

void ChangeWatcher::add(qint64 seq, const QString &action)
{
    m_lastSeq = std::max(m_lastSeq, seq);
    m_pending.throughSeq = std::max(m_pending.throughSeq, seq);
    if (!m_pending.actions.contains(action)) {
        if (m_pending.actions.size() >= kMaxActionsPerReport)
            m_pending.unknown = true;
        else
            m_pending.actions << action;
    }
    m_havePending = true;
}

void ChangeWatcher::flush()
{
    if (!m_havePending)
        return;
    ChangeSet out = std::move(m_pending);
    m_pending = {};
    m_havePending = false;
    Q_EMIT changed(out);
}

} // namespace gl
