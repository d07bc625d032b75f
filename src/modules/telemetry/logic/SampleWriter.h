// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/store/DbUrl.h"

#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace gl {

/// In-process priority lock on the store's single writer slot (SQLite: one writer at a time). The alarm
/// path takes it as *urgent*: it goes before any waiting sample chunk, and no new sample chunk starts while
/// an alarm waits, so an alarm waits at most for the one chunk being committed. Waiting wakes at once on
/// release (unlike SQLite's busy handler, which sleeps 1, 2, 5, 10... ms between retries).
class StoreWriteGate {
public:
    void lockUrgent();
    void lockBulk();
    void unlock();
    /// True while an urgent holder waits (a sample transaction then ends at its next statement).
    bool urgentWaiting() const { return m_urgentFlag.load(std::memory_order_relaxed) > 0; }

    /// RAII urgent hold; a null gate (samples stored on the pipeline thread itself) does nothing.
    class Urgent {
    public:
        explicit Urgent(StoreWriteGate *gate) : m_gate(gate)
        {
            if (m_gate)
                m_gate->lockUrgent();
        }
        ~Urgent()
        {
            if (m_gate)
                m_gate->unlock();
        }
        Urgent(const Urgent &) = delete;
        Urgent &operator=(const Urgent &) = delete;

    private:
        StoreWriteGate *m_gate;
    };

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_idle; ///< notified when a commit leaves the queue empty
    bool m_busy = false;
    int m_urgentWaiting = 0;
    std::atomic<int> m_urgentFlag{0};
};

/// What the sample writer did so far (a copy, thread-safe to read).
struct SampleWriterStats {
    qint64 stored = 0;     ///< samples committed
    qint64 pending = 0;    ///< samples queued, not yet committed
    qint64 chunks = 0;     ///< committed transactions
    qint64 failures = 0;   ///< failed attempts (each retried)
    qint64 dropped = 0;    ///< samples given up after the store was unavailable too long (logged)
    qint64 yields = 0;     ///< transactions ended early for a waiting alarm
    double chunkWallMs = 0, chunkCpuMs = 0, maxChunkWallMs = 0; ///< totals and the longest commit
    QString lastError;
};

/// Stores telemetry samples on its own thread and its own store connection ("guardline-samples"), in
/// short transactions of at most `chunkRows` rows, so the alarm path on the pipeline thread never waits
/// behind a large sample batch: a transaction that sees an alarm waiting for the write gate commits at the
/// end of its current INSERT statement (kRowsPerStatement rows) and leaves the rest for the next one. FIFO: samples are committed in the order they were enqueued; a chunk is
/// removed from the queue only once its transaction committed, and a failed chunk is rolled back as a
/// whole and retried, so no sample is lost or stored twice. On SQLite the connection runs with
/// synchronous = NORMAL (WAL: a crash keeps the store consistent; power loss may cost the last few hundred
/// ms of samples, never an alarm, whose commits stay synchronous = FULL) and it, not the alarm path, runs
/// the WAL checkpoints, outside the write gate. On PostgreSQL a chunk is one INSERT of array parameters
/// (so an alarm waits for at most that one statement) and the session runs synchronous_commit = off (the
/// alarm connection keeps it on).
class SampleWriter {
public:
    /// `gate` may be null: samples then never give way to an alarm.
    SampleWriter(DbUrl db, std::shared_ptr<StoreWriteGate> gate, int chunkRows = 500);

    /// Rows per INSERT statement on SQLite; between statements a sample transaction gives way to a waiting
    /// alarm. PostgreSQL takes the whole chunk in one statement.
    static constexpr int kRowsPerStatement = 50;
    ~SampleWriter();
    SampleWriter(const SampleWriter &) = delete;
    SampleWriter &operator=(const SampleWriter &) = delete;

    void start();
    /// Thread-safe; takes the samples (in order) and wakes the writer.
    void enqueue(QList<StoredSample> &samples);
    /// Blocks until everything enqueued so far is committed, or `timeoutMs` passed (returns false). The rules
    /// switch uses it: its warm-up reads the samples back from the store.
    bool waitIdle(qint64 timeoutMs);
    /// Stores everything queued (retrying a failing store for up to `giveUpMs`), then ends the thread.
    void stop(qint64 giveUpMs = 10'000);
    SampleWriterStats stats() const;

    /// Samples queued beyond this are dropped oldest first (logged, counted): a store that is down for
    /// minutes must not exhaust memory.
    static constexpr qsizetype kMaxPending = 200'000;

private:
    void run();

    DbUrl m_url;
    std::shared_ptr<StoreWriteGate> m_gate;
    int m_chunkRows;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_idle; ///< notified when a commit leaves the queue empty
    std::deque<StoredSample> m_queue;
    size_t m_inFlight = 0; ///< samples at the front of m_queue being written now (never dropped)
    bool m_stopping = false;
    qint64 m_giveUpMs = 10'000;
    SampleWriterStats m_stats;
};

/// CPU time of the calling thread in microseconds (for the pipeline's phase measurements).
qint64 threadCpuUs();
/// Wall clock in microseconds since the epoch (comparable across threads and with a publisher's clock).
qint64 wallUs();

} // namespace gl
