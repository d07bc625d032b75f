// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/DbUrl.h"

#include <QString>

#include <memory>

namespace gl {

class Database;

/// "One active per site" (CONTRACTS.md section 7): the lock that the active site service holds for as long
/// as it runs. PostgreSQL: a session-level pg_try_advisory_lock on a connection of its own (released by the
/// server when that session ends, so also when the process is killed); SQLite: an exclusive flock on
/// `<store>.server.lock` beside the store file (released by the kernel when the process dies). Standbys
/// call tryAcquire() every second or two. Not thread-safe: one thread uses it.
class SiteLock {
public:
    explicit SiteLock(DbUrl url);
    ~SiteLock();
    SiteLock(const SiteLock &) = delete;
    SiteLock &operator=(const SiteLock &) = delete;

    /// Takes the lock when free; true when held (also when it already was). Never blocks for long.
    /// A failing database (PostgreSQL down) is false with lastError() set.
    bool tryAcquire();
    /// For the holder: whether the lock is still held (PostgreSQL: its session still answers). When it is
    /// not, the lock is dropped and the caller must stop acting as the active service.
    bool stillHeld();
    void release();
    bool held() const { return m_held; }
    QString lastError() const { return m_error; }
    /// Where the lock lives, for messages ("lock file /var/lib/.../site.sqlite.server.lock").
    QString describe() const;

    /// The advisory-lock key (PostgreSQL) of a store: the same for every server of that database.
    static qint64 advisoryKey();

private:
    DbUrl m_url;
    bool m_held = false;
    int m_fd = -1;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

} // namespace gl
