// SPDX-License-Identifier: Apache-2.0
#include "modules/engine/logic/SiteLock.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gl {

SiteLock::SiteLock(DbUrl url) : m_url(std::move(url)), m_engineName(m_url.applicationName)
{
    m_url.applicationName = u"guardline-server-lock"_s;
}

QString SiteLock::engineSessionName(const QString &host, qint64 pid)
{
    const QString tail = u":%1"_s.arg(pid);
    return u"guardline-engine@"_s + host.left(63 - 17 - tail.size()) + tail;
}

void SiteLock::fenceOtherEngines()
{
    m_fenced.clear();
    const QString others = u"SELECT pid, application_name FROM pg_stat_activity WHERE datname = current_database() "
                           "AND application_name LIKE 'guardline-engine@%' AND application_name <> ? AND pid <> pg_backend_pid()"_s;
    QStringList pids, names;
    for (QSqlQuery q = m_db->exec(others, {m_engineName}); q.next();) {
        pids << QString::number(q.value(0).toLongLong());
        if (!names.contains(q.value(1).toString()))
            names << q.value(1).toString();
    }
    if (pids.isEmpty())
        return;
    QString refused;
    for (const QString &pid : std::as_const(pids)) {
        try {
            m_db->scalar(u"SELECT pg_terminate_backend(?)"_s, {pid.toLongLong()});
        } catch (const Error &e) { // not allowed (another role): waited for all the same
            refused = e.message();
        }
    }
    QElapsedTimer waited;
    waited.start();
    const QString left = u"SELECT count(*) FROM pg_stat_activity WHERE pid IN (%1)"_s.arg(pids.join(u','));
    qint64 remaining = 0;
    while ((remaining = m_db->scalar(left).toLongLong()) > 0 && waited.elapsed() < kFenceWaitMs)
        QThread::msleep(20);
    m_fenced = remaining == 0
        ? u"ended %1 session(s) of the previous active service (%2) in %3 ms"_s.arg(pids.size()).arg(names.join(u", "_s)).arg(waited.elapsed())
        : u"%1 of %2 session(s) of the previous active service (%3) still there after %4 ms%5"_s.arg(remaining).arg(pids.size())
              .arg(names.join(u", "_s)).arg(waited.elapsed()).arg(refused.isEmpty() ? QString() : u": "_s + refused);
}

SiteLock::~SiteLock()
{
    release();
}

qint64 SiteLock::advisoryKey()
{
    // "GLSERVER" as eight bytes: advisory locks are per database, and one database is one site's store.
    return 0x474C534552564552LL;
}

QString SiteLock::describe() const
{
    if (m_url.backend == Backend::Postgres)
        return u"advisory lock %1 on %2"_s.arg(advisoryKey()).arg(m_url.redacted());
    return u"lock file %1"_s.arg(m_url.path + u".server.lock"_s);
}

bool SiteLock::takeOnSession()
{
    if (!m_db)
        m_db = Database::open(m_url);
    return m_db->scalar(u"SELECT pg_try_advisory_lock(?)"_s, {advisoryKey()}).toBool();
}

bool SiteLock::tryAcquire()
{
    if (m_held)
        return true;
    m_error.clear();
    m_fenced.clear();
    if (m_url.backend == Backend::Postgres) {
        try {
            if (!m_db)
                m_db = Database::open(m_url);
            if (m_sawOutage) {
                // The store is back after an outage: the server that was active through it confirms its lock
                // first (it retries every second); a standby that took it now would run a second engine.
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (!m_backSince)
                    m_backSince = now;
                if (now - m_backSince < kRegainGraceMs)
                    return false;
            }
            m_sawOutage = false;
            m_backSince = 0;
            m_held = takeOnSession();
            if (m_held)
                fenceOtherEngines();
        } catch (const Error &e) {
            m_error = e.message();
            m_db.reset(); // a fresh session next time
            m_held = false;
            if (e.code() == ErrorCode::Unreachable) {
                m_sawOutage = true;
                m_backSince = 0;
            }
        }
        return m_held;
    }
    if (m_fd < 0) {
        const QByteArray path = QFile::encodeName(m_url.path + u".server.lock"_s);
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0660);
        if (m_fd < 0) {
            m_error = u"cannot open %1: %2"_s.arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_held = true;
    } else if (errno != EWOULDBLOCK) {
        m_error = u"flock %1: %2"_s.arg(describe(), QString::fromLocal8Bit(std::strerror(errno)));
    }
    return m_held;
}

SiteLock::Health SiteLock::confirm()
{
    m_fenced.clear();
    if (!m_held)
        return Health::Lost;
    if (m_url.backend != Backend::Postgres)
        return Health::Held; // a flock lasts as long as the descriptor
    try {
        if (!m_db)
            m_db = Database::open(m_url);
        // The session still holds it (this session takes no other advisory lock). After a restart of the
        // server the session is new (Database reconnects) and holds nothing: take it again, unless another
        // server was faster.
        const bool mine = m_db->scalar(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                       "AND pid = pg_backend_pid()"_s)
                              .toInt()
            > 0;
        if (mine || takeOnSession()) {
            if (!mine)
                fenceOtherEngines();
            m_error.clear();
            return Health::Held;
        }
        m_error = u"another server holds the site lock now"_s;
    } catch (const Error &e) {
        m_error = e.message();
        m_db.reset();
        if (e.code() == ErrorCode::Unreachable)
            return Health::Unconfirmed; // nobody can take it while the store is unreachable
    }
    m_held = false;
    m_db.reset();
    return Health::Lost;
}

void SiteLock::release()
{
    if (m_url.backend == Backend::Postgres) {
        if (m_held && m_db) {
            try {
                m_db->scalar(u"SELECT pg_advisory_unlock(?)"_s, {advisoryKey()});
            } catch (const Error &) {
            }
        }
        m_db.reset();
    } else if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
    m_held = false;
}

} // namespace gl
