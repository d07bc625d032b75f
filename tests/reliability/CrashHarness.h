// SPDX-License-Identifier: Apache-2.0
// Crash safety (issue #18 item 3, CONTRACTS.md section 7 "nothing acknowledged is lost"), shared by
// tst_crash_safety (a few dozen kill points) and bench_crash (1,000): a process that writes through the real
// services is killed with SIGKILL at a random moment, the store is reopened and checked:
//   - integrity: SQLite `PRAGMA integrity_check` = ok and `PRAGMA foreign_key_check` empty; PostgreSQL: every
//     foreign key validated and no row without its parent (each single-column foreign key queried);
//   - the audit chain verifies (AuditLog::verify, and `guardlinectl audit verify --json` at the checkpoints);
//   - every write the process acknowledged (printed after the service call returned) is present, exactly once,
//     in the state it was acknowledged in, and no change is half-written (an alarm without its order or its
//     audit entry, a draft photo whose bytes do not match their SHA-256).
// The next kill point restarts the writer on the same store, so each store is killed again and again.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <random>

class QProcess;

namespace gl {
class Database;
}

namespace gl::test {

struct CrashStats {
    int killPoints = 0;
    qint64 acknowledged = 0;     ///< writes printed by the killed processes (committed, by their word)
    qint64 committedUnacked = 0; ///< writes found committed that were never acknowledged (killed between commit and print)
    int losses = 0;              ///< acknowledged writes missing or not in their acknowledged state
    int duplicates = 0;          ///< writes stored more than once
    int integrityFailures = 0;   ///< integrity check, foreign keys, half-written changes, audit chain
    double seconds = 0;
    QStringList problems;        ///< the first few, for the report
    CrashStats &operator+=(const CrashStats &o);
};

class CrashHarness {
public:
    /// `url`: a store that exists (prepareSite() it first). `workDir` holds the audit key the writer,
    /// guardlinectl and this process share ($GUARDLINE_AUDIT_KEY is set to it for the whole process).
    CrashHarness(QString url, QString workDir, quint32 seed);
    ~CrashHarness();

    /// Migrates the store and loads a small site: the demo layout's areas, users (root, a dispatcher, area
    /// supervisors) and its on-duty roster.
    static void prepareSite(Database &db);
    /// $GUARDLINE_AUDIT_KEY for this process and its children (call before prepareSite()).
    static void useAuditKey(const QString &workDir);
    /// The kill points' seed: $GUARDLINE_CRASH_SEED as a test printed it (0 to 4294967295), else a random one.
    /// A value that is no such number stops the test with a message (it would repeat nothing).
    static quint32 seed();

    /// Kill points run so far on this store (the writer's run number of the next one).
    int runs() const { return m_run; }
    /// One kill point: start the writer, wait a random 0..`maxWaitMs` ms (from its start for one kill point in
    /// five, else from its first acknowledged write), SIGKILL, reopen, check.
    /// `ctlCheck`: also run `guardlinectl audit verify --json`. Returns false when this kill point found a problem.
    bool killPoint(int maxWaitMs, bool ctlCheck);
    /// Every write acknowledged since the start checked again, and `guardlinectl audit verify --json`.
    bool finalCheck();
    const CrashStats &stats() const { return m_stats; }

    /// Integrity, foreign keys, the audit chain, half-written changes, duplicates (no acknowledgements).
    bool checkStore(Database &db);
    /// Alarms matching `which` (SQL on alias a) without exactly one dispatch order and one alarm.raise entry.
    void halfWritten(Database &db, const QString &which);

private:
    struct Ack {
        QString kind, a, b;
    };
    void problem(int *counter, const QString &what);
    bool checkAcks(Database &db, const QList<Ack> &acks);
    bool ctlAuditVerify();

    QString m_url, m_workDir;
    std::mt19937 m_rng;
    int m_run = 0;
    QList<Ack> m_all;
    CrashStats m_stats;
};

/// The site service killed mid-ingest: guardline-server with an MQTT connector to a real mosquitto broker,
/// fed samples of a few tags whose values cross their rules' thresholds on and off (an alarm with a dispatch
/// order each time), killed with SIGKILL at a random moment after it became active, restarted by the next kill
/// point while the values go on. After each kill: the store's integrity as above, every alarm the server
/// reported as raised (its "alarm N raised" line, printed after the commit) present exactly once with its
/// order and audit entry, and no alarm raised again: in the audit chain's order, no rule raises an alarm while
/// an earlier alarm of that rule is still open (a restarted server carries the open ones on).
/// bench/failover/bench_failover drives its own servers (an active and a standby) with the same site, rules,
/// connectors file and publisher (connectors(), publish()) and the same check (check()).
class ServerCrashHarness {
public:
    /// Rules, connectors and the publisher; `brokerPort`: a running mosquitto.
    ServerCrashHarness(QString url, QString workDir, quint32 seed, quint16 brokerPort);
    ~ServerCrashHarness();
    /// prepareSite() and the alarm rules "crash-<n>" (gt on a few of the site's tags) as the active version.
    static void prepareSite(Database &db);
    /// One kill point: start the server, feed it for a random 0..`maxIngestMs` ms after it is active, SIGKILL, check.
    bool killPoint(int maxIngestMs);
    const CrashStats &stats() const { return m_stats; }
    qint64 alarmsRaised() const { return m_raised; }

    /// The connectors file for guardline-server (an MQTT connector subscribed to the publisher's topic).
    QString connectors() const { return m_connectors; }
    /// Feeds the broker: call it often (at most every 100 ms a batch of samples, one per tag, is published).
    void publish();
    /// The alarms a server's stderr reports raised ("guardline-server: alarm N raised: rule R, ..."): (id, rule).
    static QList<QPair<qint64, QString>> raisedAlarms(const QByteArray &stderrText);
    /// A period in which the publisher sent a tag above its rule's threshold: the samples from `from` up to
    /// (not including) `to` (0 while it lasts). Tag n is the one of rule "crash-<n>".
    struct HighPeriod {
        int tag = 0;
        qint64 from = 0, to = 0;
    };
    const QList<HighPeriod> &highPeriods() const { return m_periods; }
    /// The tag of rule "crash-<n>".
    QString tagOf(int n) const { return n >= 0 && n < m_feed.size() ? m_feed.at(n).tag : QString(); }
    /// After check(): each period that raised an alarm → that alarm (its first).
    const QHash<qsizetype, qint64> &alarmedPeriods() const { return m_alarmedPeriods; }
    /// The store's integrity and audit chain, every rule alarm with its order and audit entry, each of `acks`
    /// present (else a loss), no rule raising an alarm while its previous one is open, and at most one alarm per period
    /// above a threshold, none on a sample below (else a duplicate).
    void check(Database &db, const QList<QPair<qint64, QString>> &acks);

private:
    struct TagFeed {
        QString tag;
        double low = 0, high = 0;
        bool on = false;
        qint64 until = 0;
        qsizetype period = -1; ///< its open high period in m_periods
    };
    void problem(int *counter, const QString &what);

    QString m_url, m_workDir, m_connectors;
    std::mt19937 m_rng;
    std::unique_ptr<QProcess> m_pub;
    QList<TagFeed> m_feed;
    QList<HighPeriod> m_periods;
    QHash<qsizetype, qint64> m_alarmedPeriods;
    qint64 m_lastPublish = 0, m_raised = 0;
    QSet<QString> m_reported; ///< alarms already counted as raised again
    QStringList m_serverLog;  ///< the telemetry lines of this kill point's server and the one before (for a duplicate's report)
    int m_run = 0;
    CrashStats m_stats;
};

} // namespace gl::test
