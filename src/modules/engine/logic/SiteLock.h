// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/store/DbUrl.h"

#include <QString>

#include <memory>

namespace gl {

class Database;

/// "One active per site" (CONTRACTS.md section 7): the lock that the active site service holds for as long
/// as it runs. PostgreSQL: a session-level pg_try_advisory_lock on a connection of its own (released by the
/// server when that session ends, so also when the process is killed); SQLite: an exclusive flock on
/// `<store>.server.lock` beside the store file (released by the kernel when the process dies). Standbys
/// call tryAcquire() every second or two. Not thread-safe: one thread uses it.
///
/// PostgreSQL also fences: the engine's sessions carry engineSessionName() (the url given here names them),
/// and a server that takes the lock ends the sessions of any other engine and waits until they are gone
/// before it says it holds the lock. A killed server's session may outlive its lock (a COMMIT already on its
/// way when the process died, a paused machine); what it committed after the new server read the store
/// would be unknown to it: an alarm still open that it raises a second time.
class SiteLock {
public:
    /// `url`: the store, with the application name of the engine's sessions (engineSessionName()); the
    /// lock's own session is named "guardline-server-lock".
    explicit SiteLock(DbUrl url);
    ~SiteLock();
    SiteLock(const SiteLock &) = delete;
    SiteLock &operator=(const SiteLock &) = delete;

    /// Takes the lock when free; true when held (also when it already was). Never blocks for long.
    /// A failing database (PostgreSQL down) is false with lastError() set.
    bool tryAcquire();
    /// What confirm() found.
    enum class Health {
        Held,        ///< still held (PostgreSQL: its session answers and holds it, or took it again)
        Unconfirmed, ///< PostgreSQL cannot be reached: nobody can take the lock meanwhile; the holder carries on
        Lost,        ///< another server holds it now: the caller must stop acting as the active service
    };
    /// For the holder, every second or so. PostgreSQL: the lock lives in a session, and a restarted server or
    /// a cut connection ends it. While the store cannot be reached the holder stays the holder (Unconfirmed:
    /// the engine runs on, keeping alarms in its outbox); once the store answers it takes the lock again on
    /// a new session (Held) unless another server already did (Lost). Standbys that saw the store go away
    /// wait kRegainGraceMs after it answers again before they try, so the holder confirms first.
    Health confirm();
    static constexpr qint64 kRegainGraceMs = 3000;
    void release();
    bool held() const { return m_held; }
    QString lastError() const { return m_error; }
    /// Where the lock lives, for messages ("lock file /var/lib/.../site.sqlite.server.lock").
    QString describe() const;

    /// The advisory-lock key (PostgreSQL) of a store: the same for every server of that database.
    static qint64 advisoryKey();
    /// The application name of an engine's PostgreSQL sessions: "guardline-engine@HOST:PID".
    static QString engineSessionName(const QString &host, qint64 pid);
    /// What the last taking of the lock did to another engine's sessions ("ended 2 sessions of …"); empty
    /// when it found none.
    QString fenced() const { return m_fenced; }
    /// How long a taking of the lock waits for the ended sessions to be gone.
    static constexpr qint64 kFenceWaitMs = 5000;

private:
    /// pg_try_advisory_lock on the lock session (opened when needed); throws gl::Error.
    bool takeOnSession();
    /// After taking the lock (PostgreSQL): ends the other engines' sessions and waits until they are gone.
    void fenceOtherEngines();

    DbUrl m_url;
    QString m_engineName; ///< this server's own engine sessions (never ended)
    QString m_fenced;
    bool m_held = false;
    bool m_sawOutage = false; ///< a standby's last attempt could not reach the store
    qint64 m_backSince = 0;   ///< steady ms when the store answered again after an outage (0: not yet)
    int m_fd = -1;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace gl
