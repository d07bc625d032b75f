// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/logic/SampleWriter.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <chrono>
#include <ctime>

using namespace Qt::StringLiterals;

namespace gl {

namespace {
constexpr qint64 kCheckpointMs = 1000; ///< WAL checkpoint by the sample writer at most this often
} // namespace

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

qint64 wallUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void StoreWriteGate::lockUrgent()
{
    std::unique_lock lock(m_mutex);
    ++m_urgentWaiting;
    m_urgentFlag.fetch_add(1, std::memory_order_relaxed);
    m_cv.wait(lock, [this] { return !m_busy; });
    --m_urgentWaiting;
    m_urgentFlag.fetch_sub(1, std::memory_order_relaxed);
    m_busy = true;
}

void StoreWriteGate::lockBulk()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_busy && m_urgentWaiting == 0; });
    m_busy = true;
}

void StoreWriteGate::unlock()
{
    {
        std::lock_guard lock(m_mutex);
        m_busy = false;
    }
    m_cv.notify_all();
}

SampleWriter::SampleWriter(DbUrl db, std::shared_ptr<StoreWriteGate> gate, int chunkRows)
    : m_url(std::move(db)), m_gate(std::move(gate)), m_chunkRows(std::max(1, chunkRows))
{
}

SampleWriter::~SampleWriter()
{
    stop();
}

void SampleWriter::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void SampleWriter::enqueue(QList<StoredSample> &samples)
{
    if (samples.isEmpty())
        return;
    qsizetype dropped = 0;
    {
        std::lock_guard lock(m_mutex);
        for (StoredSample &s : samples)
            m_queue.push_back(std::move(s));
        const qsizetype over = std::min(qsizetype(m_queue.size()) - kMaxPending, qsizetype(m_queue.size() - m_inFlight));
        if (over > 0) {
            // The oldest after those being written: the front of the queue is what the writer holds.
            dropped = over;
            const auto from = m_queue.begin() + qsizetype(m_inFlight);
            m_queue.erase(from, from + over);
            m_stats.dropped += over;
        }
        m_stats.pending = qint64(m_queue.size());
    }
    samples.clear();
    if (dropped)
        qCWarning(lcServices).noquote() << "telemetry: store unavailable, dropped the" << dropped << "oldest queued samples";
    m_cv.notify_one();
}

void SampleWriter::stop(qint64 giveUpMs)
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_giveUpMs = giveUpMs;
    }
    m_cv.notify_one();
    m_thread.join();
}

bool SampleWriter::waitIdle(qint64 timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_queue.empty() && m_inFlight == 0; });
}

SampleWriterStats SampleWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void SampleWriter::run()
{
    std::unique_ptr<Database> db;
    const Clock &clock = processClock();
    std::unique_ptr<ServiceContext> ctx;
    qint64 failingSince = 0; // wall ms of the first failure in a row
    qint64 lastCheckpoint = 0;
    bool dirty = false;
    auto noteFailure = [&](const QString &message) {
        const qint64 now = clock.nowMs();
        std::lock_guard lock(m_mutex);
        ++m_stats.failures;
        m_stats.lastError = message;
        if (!failingSince)
            failingSince = now;
    };
    for (;;) {
        std::vector<StoredSample> chunk;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait_for(lock, std::chrono::milliseconds(dirty ? kCheckpointMs : 60'000),
                          [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            if (m_stopping && failingSince && clock.nowMs() - failingSince > m_giveUpMs) {
                m_stats.dropped += qint64(m_queue.size());
                qCWarning(lcServices).noquote() << "telemetry: stopping with the store unavailable, dropped" << m_queue.size()
                                                << "queued samples:" << m_stats.lastError;
                m_queue.clear();
                m_stats.pending = 0;
                break;
            }
            const size_t n = std::min<size_t>(size_t(m_chunkRows), m_queue.size());
            chunk.assign(m_queue.begin(), m_queue.begin() + qsizetype(n));
            m_inFlight = n;
        }
        try {
            if (!db) {
                db = Database::open(m_url);
                if (db->backend() == Backend::Sqlite) {
                    // Samples are measurements arriving 1,000s a second: their commits do not wait for the disk
                    // (WAL keeps the store consistent), and checkpoints are run here, outside the write gate.
                    db->exec(u"PRAGMA synchronous = NORMAL"_s);
                    db->exec(u"PRAGMA wal_autocheckpoint = 0"_s);
                } else {
                    // The same on PostgreSQL, for this session only: a sample commit does not wait for its WAL
                    // flush (a server crash or power cut may cost the last few hundred ms of samples, never
                    // consistency). The alarm connection keeps synchronous_commit = on, and its commit flushes
                    // the WAL up to it, sample rows before it included: an alarm is stored when announced.
                    db->exec(u"SET synchronous_commit = off"_s);
                }
                ctx = std::make_unique<ServiceContext>(ServiceContext{*db, Actor::system(u"telemetry"_s), &clock});
            }
            if (!chunk.empty()) {
                const QList<StoredSample> rows(chunk.begin(), chunk.end());
                qsizetype stored = 0;
                StoreWriteGate *gate = m_gate.get();
                const qint64 wall0 = wallUs();
                const qint64 cpu0 = threadCpuUs();
                {
                    struct Hold {
                        StoreWriteGate *g;
                        explicit Hold(StoreWriteGate *held) : g(held) { if (g) g->lockBulk(); }
                        ~Hold() { if (g) g->unlock(); }
                    } hold(m_gate.get());
                    // PostgreSQL takes the chunk as one statement of four array parameters (TelemetryService).
                    const int perStatement = db->backend() == Backend::Postgres ? m_chunkRows : kRowsPerStatement;
                    stored = TelemetryService(*ctx).storeSamples(rows, perStatement,
                                                                 [gate] { return gate && gate->urgentWaiting(); });
                }
                const double cpuMs = double(threadCpuUs() - cpu0) / 1000.0, wallMs = double(wallUs() - wall0) / 1000.0;
                std::lock_guard lock(m_mutex);
                // Only now leave the queue: what was committed is never stored again.
                m_queue.erase(m_queue.begin(), m_queue.begin() + std::min(stored, qsizetype(m_queue.size())));
                m_inFlight = 0;
                m_stats.pending = qint64(m_queue.size());
                m_stats.stored += qint64(stored);
                if (stored < qsizetype(chunk.size()))
                    ++m_stats.yields;
                ++m_stats.chunks;
                m_stats.chunkWallMs += wallMs;
                m_stats.chunkCpuMs += cpuMs;
                m_stats.maxChunkWallMs = std::max(m_stats.maxChunkWallMs, wallMs);
                if (m_queue.empty())
                    m_idle.notify_all();
                if (failingSince)
                    m_stats.lastError.clear();
                failingSince = 0;
                dirty = true;
            }
            const qint64 now = clock.nowMs();
            if (dirty && db->backend() == Backend::Sqlite && now - lastCheckpoint >= kCheckpointMs) {
                // PASSIVE: copies what it can without waiting for (or blocking) readers and writers. Not too
                // often: its fsync of the database file competes with the alarm commits' fsync of the WAL.
                db->exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
                lastCheckpoint = now;
                dirty = false;
            }
        } catch (const Error &e) {
            {
                std::lock_guard lock(m_mutex);
                m_inFlight = 0;
            }
            noteFailure(e.message());
            if (db && e.code() == ErrorCode::Unreachable) {
                ctx.reset();
                db.reset(); // reconnect on the next attempt
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // then retry the same chunk
        }
    }
    ctx.reset();
    db.reset();
}

} // namespace gl
