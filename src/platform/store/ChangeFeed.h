// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/store/DbUrl.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace gl {

class Database;

/// What changed in the store since the last report of a ChangeWatcher (issue #15 part 2, "live workstations").
struct ChangeSet {
    /// The newest audit entry the report covers (0 when not known): a view read after that entry was
    /// written has the change already.
    qint64 throughSeq = 0;
    /// The distinct audit actions since the last report ("alarm.raise", "permit.approve", ...), in order.
    QStringList actions;
    /// Something may have changed that the actions do not tell (the watcher reconnected, or too many
    /// entries at once): read everything.
    bool unknown = false;
};

/// The store's change feed. Every change made through the services appends to the audit chain inside the
/// change's transaction (AuditLog::append), so the chain is the feed:
/// - on PostgreSQL each append also runs pg_notify('guardline_changes', 'SEQ ACTION OBJECT_TYPE') in that
///   transaction, delivered to listeners only when it commits (never for a rolled-back change);
/// - on SQLite there is no notification across processes: a ChangeWatcher polls `PRAGMA data_version` on its
///   own connection (it moves when another connection commits) and then reads the audit entries after the
///   last one it saw (an indexed range on the primary key).
namespace ChangeFeed {
/// The PostgreSQL notification channel.
inline constexpr const char *channel = "guardline_changes";
/// Called by AuditLog::append inside the change's transaction: notifies the listeners on PostgreSQL
/// (on commit), nothing on SQLite. The payload is "SEQ ACTION OBJECT_TYPE", never the details.
void notify(Database &db, qint64 seq, const QString &action, const QString &objectType);
/// notify()'s payload, for a statement that notifies along with its own change (AuditLog::append).
QString payload(qint64 seq, const QString &action, const QString &objectType);
/// Parses a payload written by notify(): false when it is not one.
bool parsePayload(const QString &payload, qint64 *seq, QString *action);
} // namespace ChangeFeed

/// Watches the store for changes made by any connection (this process, another workstation, guardlinectl,
/// guardline-server) and reports them with changed(). It opens a connection of its own, on the thread it
/// lives in, when started:
/// - PostgreSQL: LISTEN guardline_changes through QSqlDriver::subscribeToNotification; a check every second
///   notices a dropped connection (a server restart, pg_terminate_backend), then it connects again with
///   backoff (0.5 s doubling to 5 s), subscribes again and reports one ChangeSet::unknown, since what was
///   committed meanwhile was not heard.
/// - SQLite: polls every pollIntervalMs (default 50 ms: a PRAGMA on an open connection, a few tens of microseconds)
///   as described at ChangeFeed.
class ChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ChangeWatcher(DbUrl url, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    /// Opens the watcher's connection and starts listening or polling; throws gl::Error when the store cannot be
    /// opened. The first report covers only what is committed after start().
    void start();
    /// Stops and closes its connection (also done by the destructor, which must run on the same thread).
    void stop();
    /// SQLite's poll interval (before start()).
    void setPollInterval(int ms) { m_pollMs = ms; }
    /// PostgreSQL: subscribed now. SQLite: polling.
    bool isWatching() const { return m_watching; }
    /// How many times the connection was opened again after it was lost.
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void changed(const gl::ChangeSet &changes);
    /// The connection was lost (`lost` true, with why) or is back (false).
    void connectionChanged(bool lost, const QString &detail);

private:
    void openConnection();
    void closeConnection();
    qint64 newestSeq();
    void pollSqlite();
    void checkPostgres();
    void onNotification(const QString &name, const QVariant &payload);
    void connectionLost(const QString &why);
    void retry();
    void add(qint64 seq, const QString &action);
    void flush();

    DbUrl m_url;
    std::unique_ptr<Database> m_db; // SQLite
    QString m_pgName;               // PostgreSQL: the watcher's own QSqlDatabase connection (its driver delivers notifications)
    QTimer *m_poll = nullptr;      // SQLite poll / PostgreSQL health check
    QTimer *m_retry = nullptr;     // reconnect after a loss
    QTimer *m_flush = nullptr;     // coalesces the notifications of one read into one report
    int m_pollMs = 50;
    int m_backoffMs = 500;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    bool m_watching = false;
    int m_reconnects = 0;
    ChangeSet m_pending;
    bool m_havePending = false;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::ChangeSet)
