// SPDX-License-Identifier: Apache-2.0
#include "CrashHarness.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "TelemetryFixture.h"

#include <QFile>
#include <QJsonArray>

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
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

quint32 CrashHarness::seed()
{
    if (!qEnvironmentVariableIsSet("GUARDLINE_CRASH_SEED"))
        return QRandomGenerator::global()->generate();
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("GUARDLINE_CRASH_SEED").trimmed().toUInt(&ok);
    if (!ok)
        qFatal("GUARDLINE_CRASH_SEED=%s is not a seed (a whole number from 0 to 4294967295, as a test printed it)",
               qPrintable(qEnvironmentVariable("GUARDLINE_CRASH_SEED")));
    return seed;
}

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
    // $GUARDLINE_CRASH_WRITER: another writer (e.g. one broken on purpose, to see this harness fail).
    const QString program = qEnvironmentVariableIsSet("GUARDLINE_CRASH_WRITER") ? qEnvironmentVariable("GUARDLINE_CRASH_WRITER")
                                                                                : QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline_crash_writer");
    writer.start(program,
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
        // (Run 999999 is bench_crash's uninterrupted baseline, not a kill point.)
        const qint64 stored = db->scalar(u"SELECT (SELECT count(*) FROM alarms WHERE rule_id = 'manual' AND message LIKE 'crash-%' "
                                         "AND message NOT LIKE 'crash-999999-%') + "
                                         "(SELECT count(*) FROM instructions WHERE reason LIKE 'crash-%' AND reason NOT LIKE 'crash-999999-%') + "
                                         "(SELECT count(*) FROM permits WHERE title LIKE 'crash-%' AND title NOT LIKE 'crash-999999-%') + "
                                         "(SELECT count(*) FROM hazard_drafts WHERE fields LIKE '%crash-%' AND fields NOT LIKE '%crash-999999-%')"_s).toLongLong();
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

void CrashHarness::halfWritten(Database &db, const QString &which)
{
    // Linear in the store (dispatch_orders.alarm_id has no index): the alarms, their orders joined through the
    // alarms' key, their alarm.raise entries through the audit index. Each alarm has exactly one of each when
    // the three counts agree and no alarm has two.
    const auto count = [&](const QString &sql) { return db.scalar(sql).toLongLong(); };
    const qint64 alarms = count(u"SELECT count(*) FROM alarms a WHERE "_s + which);
    const qint64 orders = count(u"SELECT count(*) FROM dispatch_orders o JOIN alarms a ON a.id = o.alarm_id WHERE "_s + which);
    const qint64 ordered = count(u"SELECT count(DISTINCT o.alarm_id) FROM dispatch_orders o JOIN alarms a ON a.id = o.alarm_id WHERE "_s + which);
    const qint64 audited = count(u"SELECT count(*) FROM alarms a WHERE "_s + which
                                 + u" AND (SELECT count(*) FROM audit_log l WHERE l.object_type = 'alarm' AND l.object_id = CAST(a.id AS TEXT) "
                                   "AND l.action = 'alarm.raise') = 1"_s);
    if (orders != alarms || ordered != alarms || audited != alarms)
        problem(&m_stats.integrityFailures, u"half-written alarms: %1 alarms, %2 dispatch orders for %3 of them, %4 with exactly one alarm.raise entry"_s
                                                .arg(alarms).arg(orders).arg(ordered).arg(audited));
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
    halfWritten(db, u"a.rule_id = 'manual' AND a.message LIKE 'crash-%'"_s);
    if (const qint64 n = count(u"SELECT count(*) FROM permits p WHERE p.title LIKE 'crash-%' AND "
                               "(SELECT count(*) FROM audit_log l WHERE l.object_type = 'permit' AND l.object_id = p.code AND l.action = 'permit.create') <> 1"_s))
        problem(&m_stats.integrityFailures, u"%1 permits without exactly one permit.create entry"_s.arg(n));
    for (QSqlQuery q = db.exec(u"SELECT p.draft_id, p.sha256, p.content, p.size_bytes FROM hazard_draft_photos p "
                               "WHERE p.draft_id > (SELECT coalesce(max(id), 0) - 400 FROM hazard_drafts)"_s);
         q.next();) {
        const QByteArray bytes = q.value(2).toByteArray();
        if (bytes.size() != q.value(3).toLongLong() || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != q.value(1).toString().toLatin1())
            problem(&m_stats.integrityFailures, u"hazard draft %1: its photo's bytes do not match their SHA-256"_s.arg(q.value(0).toLongLong()));
    }
    // Stored more than once: the writer's tokens are unique per write.
    for (const QString &sql : {u"SELECT message FROM alarms WHERE rule_id = 'manual' AND message LIKE 'crash-%' GROUP BY message HAVING count(*) > 1"_s,
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
                && db.scalar(u"SELECT count(*) FROM audit_log WHERE object_type = 'alarm' AND object_id = ? AND action = 'alarm.acknowledge'"_s, {a.a}).toInt() == 1;
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

namespace gl::test {

namespace {

/// The tags the server crash test drives: sensors of the site with a range, their threshold in the middle.
QList<QStringList> crashTags(Database &db)
{
    QList<QStringList> out;
    for (QSqlQuery q = db.exec(u"SELECT tag, range_lo, range_hi FROM sensors WHERE range_lo IS NOT NULL AND range_hi IS NOT NULL "
                               "AND range_hi > range_lo ORDER BY tag LIMIT 6"_s);
         q.next();)
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace

void ServerCrashHarness::prepareSite(Database &db)
{
    CrashHarness::prepareSite(db);
    QJsonArray rules;
    const QList<QStringList> tags = crashTags(db);
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const double lo = tags.at(i).at(1).toDouble(), hi = tags.at(i).at(2).toDouble();
        rules.append(QJsonObject{{u"id"_s, u"crash-%1"_s.arg(i)}, {u"severity"_s, u"high"_s},
                                 {u"all_of"_s, QJsonArray{QJsonObject{{u"tag"_s, tags.at(i).at(0)}, {u"op"_s, u"gt"_s}, {u"value"_s, (lo + hi) / 2}}}},
                                 {u"for_s"_s, 0}, {u"actions"_s, QJsonArray{QJsonObject{{u"type"_s, u"dispatch"_s}, {u"text"_s, u"check the reading"_s}}}}});
    }
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceContext ctx{db, Actor::system(u"test"_s), &clock};
    TelemetryService(ctx).saveRules(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"rules"_s, rules}}).toJson(), u"crash test rules"_s);
}

ServerCrashHarness::ServerCrashHarness(QString url, QString workDir, quint32 seed, quint16 brokerPort)
    : m_url(std::move(url)), m_workDir(std::move(workDir)), m_rng(seed)
{
    {
        auto db = Database::open(DbUrl::parse(m_url));
        for (const QStringList &t : crashTags(*db)) {
            const double lo = t.at(1).toDouble(), hi = t.at(2).toDouble();
            m_feed.append({t.at(0), lo + (hi - lo) * 0.2, lo + (hi - lo) * 0.8, false, 0, -1});
        }
    }
    m_connectors = m_workDir + u"/connectors-%1.json"_s.arg(seed);
    QFile conf(m_connectors);
    if (conf.open(QIODevice::WriteOnly))
        conf.write(QJsonDocument(QJsonObject{{u"connectors"_s, QJsonArray{QJsonObject{
                                     {u"kind"_s, u"mqtt"_s},
                                     {u"config"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, int(brokerPort)},
                                                               {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"crash/samples"_s}, {u"format"_s, u"json"_s}}}}}}}}}})
                       .toJson());
    // The plant side: one mosquitto_pub reading a message a line from stdin.
    m_pub = std::make_unique<QProcess>();
    m_pub->start(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(brokerPort), u"-q"_s, u"1"_s, u"-t"_s,
                                      u"crash/samples"_s, u"-l"_s});
    m_pub->waitForStarted(5000);
}

ServerCrashHarness::~ServerCrashHarness()
{
    if (m_pub) {
        m_pub->closeWriteChannel();
        if (!m_pub->waitForFinished(5000))
            m_pub->kill();
        m_pub->waitForFinished(2000);
    }
}

void ServerCrashHarness::problem(int *counter, const QString &what)
{
    ++*counter;
    const QString text = u"server on %1 (kill point %2): %3"_s.arg(m_url.startsWith(u"postgresql"_s) ? u"postgresql"_s : u"sqlite"_s).arg(m_run).arg(what);
    // Whole, with the servers' lines: QTest cuts a failure's message short.
    qWarning().noquote() << text;
    if (m_stats.problems.size() < 20)
        m_stats.problems << text;
}

void ServerCrashHarness::publish()
{
    // Every 100 ms a sample of each tag; each tag crosses its threshold up or down every 0.3..2 s.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastPublish < 100)
        return;
    m_lastPublish = now;
    QJsonArray batch;
    std::uniform_int_distribution<int> hold(300, 2000);
    for (qsizetype i = 0; i < m_feed.size(); ++i) {
        TagFeed &f = m_feed[i];
        if (now >= f.until) {
            f.on = !f.on;
            f.until = now + hold(m_rng);
            if (f.on) {
                f.period = m_periods.size();
                m_periods.append({int(i), now, 0});
            } else if (f.period >= 0) {
                m_periods[f.period].to = now;
            }
        }
        batch.append(QJsonObject{{u"tag"_s, f.tag}, {u"ts"_s, now}, {u"value"_s, f.on ? f.high : f.low}});
    }
    m_pub->write(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n');
    m_pub->waitForBytesWritten(1000);
}

bool ServerCrashHarness::killPoint(int maxIngestMs)
{
    QElapsedTimer timer;
    timer.start();
    const CrashStats before = m_stats;
    ++m_run;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GUARDLINE_PLUGIN_PATH"_s, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins"));
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"), {u"--db"_s, m_url, u"--connectors"_s, m_connectors});
    QByteArray err;
    QElapsedTimer phase;
    phase.start();
    while (!err.contains("guardline-server: active") && phase.elapsed() < 30000 && server.state() != QProcess::NotRunning) {
        publish();
        server.waitForReadyRead(20);
        err += server.readAllStandardError();
    }
    if (!err.contains("guardline-server: active"))
        problem(&m_stats.integrityFailures, u"the server did not become active: "_s + QString::fromLocal8Bit(err).right(400));
    const int ingest = std::uniform_int_distribution<int>(0, std::max(1, maxIngestMs))(m_rng);
    phase.restart();
    while (phase.elapsed() < ingest && server.state() != QProcess::NotRunning) {
        publish();
        server.waitForReadyRead(20);
        err += server.readAllStandardError();
    }
    ::kill(pid_t(server.processId()), SIGKILL);
    server.waitForFinished(10000);
    err += server.readAllStandardError();
    const QList<QPair<qint64, QString>> acks = raisedAlarms(err);
    // What the servers said about alarms and their rules, for the report of an alarm raised twice.
    while (m_serverLog.size() > 40)
        m_serverLog.removeFirst();
    m_serverLog << u"-- server of kill point %1:"_s.arg(m_run);
    for (const QByteArray &line : err.split('\n'))
        if (line.contains("telemetry:") || line.contains(": alarm "))
            m_serverLog << QString::fromLocal8Bit(line).left(240);
    m_stats.acknowledged += acks.size();
    m_raised += acks.size();
    try {
        auto db = Database::open(DbUrl::parse(m_url));
        check(*db, acks);
    } catch (const Error &e) {
        problem(&m_stats.integrityFailures, u"reopening or checking the store: "_s + e.message());
    }
    ++m_stats.killPoints;
    m_stats.seconds += double(timer.elapsed()) / 1000.0;
    return m_stats.losses == before.losses && m_stats.duplicates == before.duplicates
        && m_stats.integrityFailures == before.integrityFailures;
}

QList<QPair<qint64, QString>> ServerCrashHarness::raisedAlarms(const QByteArray &stderrText)
{
    QByteArray err = stderrText;
    err.truncate(err.lastIndexOf('\n') + 1); // a line cut off by SIGKILL is not an acknowledgement
    QList<QPair<qint64, QString>> acks;
    static const QByteArray mark = "guardline-server: alarm ";
    for (const QByteArray &line : err.split('\n')) {
        if (!line.startsWith(mark))
            continue;
        const QList<QByteArray> f = line.mid(mark.size()).split(' '); // N raised: rule R, ...
        if (f.size() >= 4 && f.at(1) == "raised:")
            acks.append({f.at(0).toLongLong(), QString::fromUtf8(f.at(3)).remove(u',')});
    }
    return acks;
}

void ServerCrashHarness::check(Database &db, const QList<QPair<qint64, QString>> &acks)
{
    // Integrity and the audit chain, as after a writer's kill.
    CrashHarness store(m_url, m_workDir, 0);
    store.checkStore(db);
    store.halfWritten(db, u"a.rule_id LIKE 'crash-%'"_s); // each rule alarm with its dispatch order (the rules' action)
    for (const QString &p : store.stats().problems)
        problem(&m_stats.integrityFailures, p);
    for (const auto &[id, rule] : acks) {
        const bool ok = db.scalar(u"SELECT count(*) FROM alarms a JOIN dispatch_orders o ON o.alarm_id = a.id WHERE a.id = ? AND a.rule_id = ?"_s,
                                  {id, rule}).toInt() == 1
            && db.scalar(u"SELECT count(*) FROM audit_log WHERE object_type = 'alarm' AND object_id = ? AND action = 'alarm.raise'"_s, {QString::number(id)}).toInt() == 1;
        if (!ok)
            problem(&m_stats.losses, u"alarm %1 of rule %2 reported raised but not found with its order and audit entry"_s.arg(id).arg(rule));
    }

    // Raised again: walking the audit chain, an alarm.raise of a rule while an alarm of that rule is open.
    QHash<QString, QString> ruleOf; // alarm id → rule
    for (QSqlQuery q = db.exec(u"SELECT id, rule_id FROM alarms WHERE rule_id LIKE 'crash-%'"_s); q.next();)
        ruleOf.insert(q.value(0).toString(), q.value(1).toString());
    QHash<QString, QString> open; // rule → open alarm id
    for (QSqlQuery q = db.exec(u"SELECT action, object_id FROM audit_log WHERE action IN ('alarm.raise', 'alarm.clear') AND object_type = 'alarm' "
                               "ORDER BY seq"_s);
         q.next();) {
        const QString id = q.value(1).toString(), rule = ruleOf.value(id);
        if (rule.isEmpty())
            continue;
        if (q.value(0).toString() == u"alarm.raise"_s) {
            if (open.contains(rule) && !m_reported.contains(id) && (m_reported.insert(id), true))
                problem(&m_stats.duplicates, u"rule %1 raised alarm %2 while its alarm %3 was still open"_s.arg(rule, id, open.value(rule)));
            open.insert(rule, id);
        } else if (open.value(rule) == id) {
            open.remove(rule);
        }
    }

    // Raised twice for one condition: each period in which the feed sent a tag above its rule's threshold is one
    // condition, so at most one alarm may be raised in it (a restarted server carries its alarm on, also when the
    // alarm has returned to normal while the samples that ended the period were not stored), and none on a
    // sample below the threshold.
    // An alarm's story, for the report of one raised twice: when raised and returned to normal, by whom.
    const auto story = [&db](qint64 id) {
        QStringList out;
        for (QSqlQuery q = db.exec(u"SELECT raised_at, cleared_at FROM alarms WHERE id = ?"_s, {id}); q.next();)
            out << u"alarm %1 raised_at %2 cleared_at %3"_s.arg(id).arg(q.value(0).toLongLong()).arg(q.value(1).isNull() ? u"-"_s : q.value(1).toString());
        for (QSqlQuery q = db.exec(u"SELECT seq, action, actor, details FROM audit_log WHERE object_type = 'alarm' AND object_id = ? ORDER BY seq"_s,
                                   {QString::number(id)});
             q.next();)
            out << u"  audit %1 %2 by %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().left(200));
        return out.join(u'\n');
    };
    QHash<qsizetype, qint64> first; // period → its alarm
    for (QSqlQuery q = db.exec(u"SELECT id, rule_id, raised_at FROM alarms WHERE rule_id LIKE 'crash-%' ORDER BY raised_at, id"_s); q.next();) {
        const qint64 id = q.value(0).toLongLong(), at = q.value(2).toLongLong();
        const QString rule = q.value(1).toString();
        const int tag = rule.mid(6).toInt();
        qsizetype period = -1;
        for (qsizetype i = 0; i < m_periods.size() && period < 0; ++i)
            if (m_periods.at(i).tag == tag && m_periods.at(i).from <= at && (m_periods.at(i).to == 0 || at < m_periods.at(i).to))
                period = i;
        const QString key = QString::number(id);
        if (period < 0) {
            if (!m_reported.contains(key) && (m_reported.insert(key), true))
                problem(&m_stats.duplicates, u"rule %1 raised alarm %2 on the sample of %3, which was below its threshold"_s.arg(rule).arg(id).arg(at));
        } else if (first.contains(period)) {
            if (!m_reported.contains(key) && (m_reported.insert(key), true))
                problem(&m_stats.duplicates, u"rule %1 raised alarm %2 (sample of %3) for the period above its threshold %4..%5 that alarm %6 "
                                             "had raised already\n%7\n%8\n%9"_s.arg(rule).arg(id).arg(at).arg(m_periods.at(period).from)
                                             .arg(m_periods.at(period).to).arg(first.value(period))
                                             .arg(story(first.value(period)), story(id), m_serverLog.join(u'\n')));
        } else {
            first.insert(period, id);
        }
    }
    m_alarmedPeriods = first;
}

} // namespace gl::test
