// SPDX-License-Identifier: Apache-2.0
#include "CrashHarness.h"
#include "TelemetryFixture.h"
#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace gl::test {

CrashStats &CrashStats::operator+=(const CrashStats &o)
{
    killPoints += o.killPoints;
    acknowledged += o.acknowledged;
    committedUnacked += o.committedUnacked;
    losses += o.losses;
    duplicates += o.duplicates;
    integrityFailures += o.integrityFailures;
    seconds += o.seconds;
    for (const QString &p : o.problems)
        if (problems.size() < 20)
            problems << p;
    return *this;
}

CrashHarness::CrashHarness(QString url, QString workDir, quint32 seed) : m_url(std::move(url)), m_workDir(std::move(workDir)), m_rng(seed) {}

CrashHarness::~CrashHarness() = default;

void CrashHarness::useAuditKey(const QString &workDir) { qputenv("GUARDLINE_AUDIT_KEY", (workDir + u"/audit.key"_s).toLocal8Bit()); }

void CrashHarness::prepareSite(Database &db) { loadTelemetrySite(db, QDateTime::currentMSecsSinceEpoch()); }

void CrashHarness::problem(int *counter, const QString &what)
{
    ++*counter;
    if (m_stats.problems.size() < 20)
        m_stats.problems << u"%1 (kill point %2): %3"_s.arg(m_url.startsWith(u"postgresql"_s) ? u"postgresql"_s : u"sqlite"_s).arg(m_run).arg(what);
}

bool CrashHarness::killPoint(int maxWaitMs, bool ctlCheck)
{
    QElapsedTimer timer;
    timer.start();
    const CrashStats before = m_stats;
    const int run = m_run++;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline_crash_writer"),
                 {u"--db"_s, m_url, u"--run"_s, QString::number(run), u"--seed"_s, QString::number(m_rng())});
    if (!writer.waitForStarted(10000)) {
        problem(&m_stats.integrityFailures, u"the writer did not start: "_s + writer.errorString());
        return false;
    }
    // A random moment: one kill point in five counts from the start (the writer may be starting, opening the
    // store, recovering it after the previous kill), the others from its first acknowledged write (in the
    // middle of its writes).
    QByteArray out;
    std::uniform_int_distribution<int> wait(0, std::max(1, maxWaitMs));
    if (std::uniform_int_distribution<int>(0, 4)(m_rng) != 0) {
        QElapsedTimer first;
        first.start();
        while (!out.contains('\n') && first.elapsed() < 20000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            out += writer.readAllStandardOutput();
        }
    }
    QThread::msleep(ulong(wait(m_rng)));
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished(10000);
    out += writer.readAllStandardOutput();
    const QByteArray err = writer.readAllStandardError();
    if (writer.exitStatus() != QProcess::CrashExit) // it stopped by itself: a failed write, not a kill point
        problem(&m_stats.integrityFailures, u"the writer exited by itself (%1): %2"_s.arg(writer.exitCode()).arg(QString::fromLocal8Bit(err).trimmed()));
    // Only whole lines were acknowledged (a line cut by the kill was not).
    out.truncate(out.lastIndexOf('\n') + 1);
    QList<Ack> acks;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() >= 2)
            acks.append({QString::fromUtf8(f.at(0)), QString::fromUtf8(f.at(1)), f.size() > 2 ? QString::fromUtf8(f.at(2)) : QString()});
        if (f.size() >= 4 && f.at(0) == "alarm")
            acks.append({u"alarm-token"_s, QString::fromUtf8(f.at(1)), QString::fromUtf8(f.at(3))});
    }
    m_stats.acknowledged += std::count_if(acks.cbegin(), acks.cend(), [](const Ack &a) { return a.kind != u"alarm-token"_s; });
    m_all += acks;

    try {
        auto db = Database::open(DbUrl::parse(m_url)); // SQLite: recovers the WAL left by the killed writer
        checkStore(*db);
        checkAcks(*db, acks);
    } catch (const Error &e) {
        problem(&m_stats.integrityFailures, u"reopening or checking the store: "_s + e.message());
    }
    if (ctlCheck)
        ctlAuditVerify();
    ++m_stats.killPoints;
    m_stats.seconds += double(timer.elapsed()) / 1000.0;
    return m_stats.losses == before.losses && m_stats.duplicates == before.duplicates
        && m_stats.integrityFailures == before.integrityFailures;
}

bool CrashHarness::finalCheck()
{
    const CrashStats before = m_stats;
    try {
        auto db = Database::open(DbUrl::parse(m_url));
        checkStore(*db);
        checkAcks(*db, m_all);
        // Writes committed whose acknowledgement the kill cut off (allowed: never acknowledged, never promised).
        const qint64 stored = db->scalar(u"SELECT (SELECT count(*) FROM alarms WHERE message LIKE 'crash-%') + "
                                         "(SELECT count(*) FROM instructions WHERE reason LIKE 'crash-%') + "
                                         "(SELECT count(*) FROM permits WHERE title LIKE 'crash-%') + "
                                         "(SELECT count(*) FROM hazard_drafts WHERE fields LIKE '%crash-%')"_s).toLongLong();
        const qint64 created = std::count_if(m_all.cbegin(), m_all.cend(), [](const Ack &a) {
            return a.kind == u"alarm"_s || a.kind == u"instruction"_s || a.kind == u"permit"_s || a.kind == u"draft"_s;
        });
        m_stats.committedUnacked = stored - created;
    } catch (const Error &e) {
        problem(&m_stats.integrityFailures, u"final check: "_s + e.message());
    }
    ctlAuditVerify();
    return m_stats.losses == before.losses && m_stats.duplicates == before.duplicates
        && m_stats.integrityFailures == before.integrityFailures;
}

bool CrashHarness::checkStore(Database &db)
{
    const int before = m_stats.integrityFailures + m_stats.duplicates;
    if (db.backend() == Backend::Sqlite) {
        QStringList rows;
        for (QSqlQuery q = db.exec(u"PRAGMA integrity_check"_s); q.next();)
            rows << q.value(0).toString();
        if (rows != QStringList{u"ok"_s})
            problem(&m_stats.integrityFailures, u"PRAGMA integrity_check: "_s + rows.join(u"; "_s).left(300));
        QStringList orphans;
        for (QSqlQuery q = db.exec(u"PRAGMA foreign_key_check"_s); q.next();)
            orphans << u"%1 rowid %2 -> %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        if (!orphans.isEmpty())
            problem(&m_stats.integrityFailures, u"PRAGMA foreign_key_check: "_s + orphans.mid(0, 5).join(u"; "_s));
    } else {
        const int unvalidated = db.scalar(u"SELECT count(*) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace "
                                          "AND NOT convalidated"_s).toInt();
        if (unvalidated)
            problem(&m_stats.integrityFailures, u"%1 constraints not validated"_s.arg(unvalidated));
        // Each single-column foreign key: no row whose parent is missing.
        QList<QStringList> keys;
        for (QSqlQuery q = db.exec(u"SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname FROM pg_constraint c "
                                   "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                                   "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
                                   "WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 "
                                   "AND c.connamespace = current_schema()::regnamespace"_s);
             q.next();)
            keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (keys.isEmpty())
            problem(&m_stats.integrityFailures, u"no foreign keys found in the schema"_s);
        for (const QStringList &k : std::as_const(keys)) {
            const int n = db.scalar(u"SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4 = c.%2)"_s
                                        .arg(k.at(0), k.at(1), k.at(2), k.at(3))).toInt();
            if (n)
                problem(&m_stats.integrityFailures, u"%1 rows of %2.%3 without their %4"_s.arg(n).arg(k.at(0), k.at(1), k.at(2)));
        }
    }
    // The audit chain, in process (the same walk as guardlinectl audit verify).
    const AuditVerdict v = AuditLog::verify(db);
    if (!v.ok)
        problem(&m_stats.integrityFailures, u"audit chain broken at %1: %2"_s.arg(v.firstBad).arg(v.reason));

    // No half-written change: each of the writer's alarms has exactly one order and one alarm.raise entry,
    // each draft photo's bytes match their SHA-256.
    const auto count = [&](const QString &sql) { return db.scalar(sql).toLongLong(); };
    if (const qint64 n = count(u"SELECT count(*) FROM alarms a WHERE a.rule_id = 'manual' AND a.message LIKE 'crash-%' AND "
                               "((SELECT count(*) FROM dispatch_orders o WHERE o.alarm_id = a.id) <> 1 OR "
                               "(SELECT count(*) FROM audit_log l WHERE l.action = 'alarm.raise' AND l.object_id = CAST(a.id AS TEXT)) <> 1)"_s))
        problem(&m_stats.integrityFailures, u"%1 alarms without exactly one dispatch order and one audit entry"_s.arg(n));
    if (const qint64 n = count(u"SELECT count(*) FROM permits p WHERE p.title LIKE 'crash-%' AND "
                               "(SELECT count(*) FROM audit_log l WHERE l.action = 'permit.create' AND l.object_id = p.code) <> 1"_s))
        problem(&m_stats.integrityFailures, u"%1 permits without exactly one permit.create entry"_s.arg(n));
    for (QSqlQuery q = db.exec(u"SELECT p.draft_id, p.sha256, p.content, p.size_bytes FROM hazard_draft_photos p "
                               "WHERE p.draft_id > (SELECT coalesce(max(id), 0) - 400 FROM hazard_drafts)"_s);
         q.next();) {
        const QByteArray bytes = q.value(2).toByteArray();
        if (bytes.size() != q.value(3).toLongLong() || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != q.value(1).toString().toLatin1())
            problem(&m_stats.integrityFailures, u"hazard draft %1: its photo's bytes do not match their SHA-256"_s.arg(q.value(0).toLongLong()));
    }
    // Stored more than once: the writer's tokens are unique per write.
    for (const QString &sql : {u"SELECT message FROM alarms WHERE message LIKE 'crash-%' GROUP BY message HAVING count(*) > 1"_s,
                               u"SELECT reason FROM instructions WHERE reason LIKE 'crash-%' GROUP BY reason HAVING count(*) > 1"_s,
                               u"SELECT title FROM permits WHERE title LIKE 'crash-%' GROUP BY title HAVING count(*) > 1"_s,
                               u"SELECT fields FROM hazard_drafts WHERE fields LIKE '%crash-%' GROUP BY fields HAVING count(*) > 1"_s}) {
        for (QSqlQuery q = db.exec(sql); q.next();)
            problem(&m_stats.duplicates, u"stored twice: "_s + q.value(0).toString().left(120));
    }
    return m_stats.integrityFailures + m_stats.duplicates == before;
}

bool CrashHarness::checkAcks(Database &db, const QList<Ack> &acks)
{
    const int before = m_stats.losses;
    for (const Ack &a : acks) {
        bool ok = true;
        if (a.kind == u"alarm"_s) {
            ok = db.scalar(u"SELECT count(*) FROM alarms a JOIN dispatch_orders o ON o.alarm_id = a.id WHERE a.id = ? AND o.code = ?"_s,
                           {a.a.toLongLong(), a.b}).toInt() == 1;
        } else if (a.kind == u"alarm-token"_s) {
            ok = db.scalar(u"SELECT count(*) FROM alarms WHERE id = ? AND message = ?"_s, {a.a.toLongLong(), a.b}).toInt() == 1;
        } else if (a.kind == u"ack"_s) {
            ok = db.scalar(u"SELECT count(*) FROM alarms WHERE id = ? AND state IN ('acknowledged', 'cleared') AND acked_at IS NOT NULL"_s,
                           {a.a.toLongLong()}).toInt() == 1
                && db.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.acknowledge' AND object_id = ?"_s, {a.a}).toInt() == 1;
        } else if (a.kind == u"assign"_s) {
            ok = db.scalar(u"SELECT count(*) FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.code = ? AND u.username = ?"_s,
                           {a.a, a.b}).toInt() == 1;
        } else if (a.kind == u"instruction"_s) {
            ok = db.scalar(u"SELECT count(*) FROM instructions WHERE id = ? AND reason = ?"_s, {a.a.toLongLong(), a.b}).toInt() == 1;
        } else if (a.kind == u"permit"_s) {
            ok = db.scalar(u"SELECT count(*) FROM permits WHERE code = ? AND title = ? AND state = 'draft'"_s, {a.a, a.b}).toInt() == 1;
        } else if (a.kind == u"draft"_s) {
            const QJsonObject fields = QJsonDocument::fromJson(db.scalar(u"SELECT fields FROM hazard_drafts WHERE id = ?"_s, {a.a.toLongLong()})
                                                                   .toString().toUtf8()).object();
            ok = fields.value(u"description"_s).toString() == a.b
                && db.scalar(u"SELECT count(*) FROM hazard_draft_photos WHERE draft_id = ?"_s, {a.a.toLongLong()}).toInt() == 1;
        } else {
            ok = false;
        }
        if (!ok)
            problem(&m_stats.losses, u"acknowledged but not found: %1 %2 %3"_s.arg(a.kind, a.a, a.b));
    }
    return m_stats.losses == before;
}

bool CrashHarness::ctlAuditVerify()
{
    QProcess ctl;
    ctl.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), {u"--db"_s, m_url, u"audit"_s, u"verify"_s, u"--json"_s});
    ctl.closeWriteChannel();
    if (!ctl.waitForFinished(120000)) {
        ctl.kill();
        ctl.waitForFinished();
        problem(&m_stats.integrityFailures, u"guardlinectl audit verify did not finish in 120 s"_s);
        return false;
    }
    const QByteArray out = ctl.readAllStandardOutput();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    if (ctl.exitCode() != 0 || !o.value(u"ok"_s).toBool()) {
        problem(&m_stats.integrityFailures, u"guardlinectl audit verify --json: exit %1: %2 %3"_s.arg(ctl.exitCode())
                                                .arg(QString::fromUtf8(out).trimmed(), QString::fromLocal8Bit(ctl.readAllStandardError()).trimmed().left(300)));
        return false;
    }
    return true;
}

} // namespace gl::test
