// SPDX-License-Identifier: Apache-2.0
// The store goes away under a running site service (issue #15 item 4, CONTRACTS.md section 7 "nothing
// acknowledged is lost", "exactly once"): guardline-server with an MQTT connector to a real mosquitto broker,
// and the store made unavailable while gas readings cross their thresholds:
//   - PostgreSQL: a cluster of the test's own, stopped for 30 s (pg_ctl stop -m fast) and started again,
//     with a second server on standby;
//   - SQLite: another connection holding the write lock (BEGIN EXCLUSIVE) for 12 s.
// During the outage one rule raises (and stays raised), another raises and returns to normal. Afterwards:
// each is stored exactly once, at the sample time that raised it, with its dispatch order; the one that
// returned to normal is returned; the active server stayed active (no restart, no failover) and the standby
// never became active; the live path works again without a restart (a new alarm, the heartbeat); the store's
// integrity and audit chain hold; the outbox file is empty.
#include "CrashHarness.h"
#include "MosquittoFixture.h"
#include "ServerProcess.h"
#include "TestDb.h"

#include "modules/telemetry/logic/AlarmOutbox.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/services/ServiceContext.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

/// scripts/pg-test-cluster.sh for a cluster this test may stop and start.
QString pgCluster(const QString &command, const QString &dir, bool *ok)
{
    QProcess p;
    p.start(u"bash"_s, {QStringLiteral(GUARDLINE_SOURCE_DIR "/scripts/pg-test-cluster.sh"), command, dir});
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning("pg-test-cluster.sh %s: %s", qPrintable(command), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

struct Feed {
    QString tag;
    double low = 0, high = 0;
    bool on = false;
};

} // namespace

class TestStoreOutage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!test::Mosquitto::installed())
            QSKIP("mosquitto is not installed (scripts/deps.sh installs it)");
        test::CrashHarness::useAuditKey(m_keyDir.path());
        QVERIFY(m_broker.start());
    }

    // The outbox file itself: appended events survive a restart, a torn last line is reported and skipped,
    // delivered ones leave the file.
    void outboxFile()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + u"/site.outbox.jsonl"_s;
        {
            AlarmOutbox box(file);
            QVERIFY(box.load().isEmpty());
            OutboxEntry raise;
            raise.rule = u"co-high"_s;
            raise.at = 1767225600000;
            raise.tag = u"CH2.CO_ppm"_s;
            raise.value = 62.5;
            QVERIFY(box.append(raise).isEmpty());
            OutboxEntry normal;
            normal.kind = OutboxEntry::Kind::Normal;
            normal.rule = u"co-high"_s;
            normal.at = 1767225605000;
            normal.raisedAt = raise.at;
            QVERIFY(box.append(normal).isEmpty());
        }
        QFile torn(file);
        QVERIFY(torn.open(QIODevice::Append));
        torn.write("{\"kind\":\"raise\",\"rule\":\"fan-lo"); // the power went while writing
        torn.close();
        AlarmOutbox box(file);
        const QStringList problems = box.load();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"line 3"_s), qPrintable(problems.first()));
        QCOMPARE(box.size(), 2);
        QCOMPARE(box.entries().at(0).kind, OutboxEntry::Kind::Raise);
        QCOMPARE(box.entries().at(0).value, 62.5);
        QCOMPARE(box.entries().at(1).raisedAt, qint64(1767225600000));
        QVERIFY(box.dropFront(1).isEmpty());
        AlarmOutbox again(file);
        QVERIFY(again.load().isEmpty()); // the rewrite dropped the torn line too
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.entries().at(0).kind, OutboxEntry::Kind::Normal);
        QVERIFY(again.dropFront(1).isEmpty());
        QVERIFY(!QFileInfo::exists(file));
    }

    void outage_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite-locked-12s") << false;
        QTest::newRow("postgresql-stopped-30s") << true;
    }
    void outage()
    {
        QFETCH(bool, postgres);
        QTemporaryDir work;
        QString url, clusterDir;
        auto stopCluster = qScopeGuard([&] {
            bool ok = false;
            if (!clusterDir.isEmpty())
                pgCluster(u"stop"_s, clusterDir, &ok);
        });
        if (postgres) {
            if (QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
                QSKIP("the PostgreSQL server is not installed (scripts/deps.sh installs it)");
            clusterDir = u"/tmp/guardline-outage-%1"_s.arg(QCoreApplication::applicationPid());
            bool ok = false;
            url = pgCluster(u"start"_s, clusterDir, &ok);
            QVERIFY2(ok && url.startsWith(u"postgresql://"_s), "a PostgreSQL cluster of the test's own could not be started");
        } else {
            url = work.path() + u"/site.sqlite"_s;
        }
        QList<Feed> feed;
        {
            auto db = Database::open(DbUrl::parse(url));
            test::ServerCrashHarness::prepareSite(*db); // rules crash-N: tag N above the middle of its range, with a dispatch order
            ManualClock clock(QDateTime::currentMSecsSinceEpoch());
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            const QJsonArray rules = QJsonDocument::fromJson(TelemetryService(ctx).activeRules().second).object().value(u"rules"_s).toArray();
            QVERIFY(rules.size() >= 3);
            for (const QJsonValue &r : rules) {
                const QString tag = r.toObject().value(u"all_of"_s).toArray().first().toObject().value(u"tag"_s).toString();
                QSqlQuery q = db->exec(u"SELECT range_lo, range_hi FROM sensors WHERE tag = ?"_s, {tag});
                QVERIFY(q.next());
                const double lo = q.value(0).toDouble(), hi = q.value(1).toDouble();
                feed.append({tag, lo + (hi - lo) * 0.2, lo + (hi - lo) * 0.8, false}); // the rule: above the middle
            }
        }
        const QString connectors = work.path() + u"/connectors.json"_s;
        {
            QFile conf(connectors);
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write(QJsonDocument(QJsonObject{{u"connectors"_s, QJsonArray{QJsonObject{
                                         {u"kind"_s, u"mqtt"_s},
                                         {u"config"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, int(m_broker.port())},
                                                                   {u"mappings"_s, QJsonArray{QJsonObject{{u"topic"_s, u"outage/samples"_s}, {u"format"_s, u"json"_s}}}}}}}}}})
                           .toJson());
        }
        QProcess pub;
        pub.start(u"mosquitto_pub"_s, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_broker.port()), u"-q"_s, u"1"_s, u"-t"_s,
                                       u"outage/samples"_s, u"-l"_s});
        QVERIFY(pub.waitForStarted(5000));
        auto endPub = qScopeGuard([&] {
            pub.closeWriteChannel();
            if (!pub.waitForFinished(5000))
                pub.kill();
        });
        qint64 lastPublish = 0;
        auto publish = [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - lastPublish < 100)
                return;
            lastPublish = now;
            QJsonArray batch;
            for (const Feed &f : std::as_const(feed))
                batch.append(QJsonObject{{u"tag"_s, f.tag}, {u"ts"_s, now}, {u"value"_s, f.on ? f.high : f.low}});
            pub.write(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n');
        };
        auto pump = [&](int ms) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms) {
                publish();
                QTest::qWait(20);
            }
        };
        auto pumpUntil = [&](const std::function<bool()> &cond, int ms) {
            QElapsedTimer t;
            t.start();
            while (!cond()) {
                if (t.elapsed() > ms)
                    return false;
                publish();
                QTest::qWait(50);
            }
            return true;
        };
        auto count = [&](const QString &sql, const QVariantList &binds = {}) {
            auto db = Database::open(DbUrl::parse(url));
            return db->scalar(sql, binds).toLongLong();
        };

        const QString outbox = work.path() + u"/outbox.jsonl"_s;
        test::Server a(url, connectors, {u"--outbox"_s, outbox});
        QVERIFY2(test::waitFor([&] { return a.said(u"active"_s); }, 30000), qPrintable(a.log()));
        std::unique_ptr<test::Server> b;
        if (postgres) {
            b = std::make_unique<test::Server>(url, connectors, QStringList{u"--outbox"_s, work.path() + u"/outbox-b.jsonl"_s});
            QVERIFY2(test::waitFor([&] { return b->said(u"standby"_s); }, 30000), qPrintable(b->log()));
        }
        // The live path before the outage: samples arrive, nothing is raised yet.
        QVERIFY2(pumpUntil([&] { return count(u"SELECT count(*) FROM tag_samples"_s) > 0; }, 20000), qPrintable(a.log()));
        QCOMPARE(count(u"SELECT count(*) FROM alarms WHERE rule_id LIKE 'crash-%'"_s), 0);

        // The outage.
        std::unique_ptr<Database> holder;
        const qint64 outageFrom = QDateTime::currentMSecsSinceEpoch();
        if (postgres) {
            bool ok = false;
            pgCluster(u"pause"_s, clusterDir, &ok);
            QVERIFY(ok);
        } else {
            holder = Database::open(DbUrl::parse(url));
            holder->exec(u"BEGIN EXCLUSIVE"_s);
        }
        const int outageMs = postgres ? 30000 : 12000;
        pump(1000);
        feed[0].on = true; // raised, and still raised when the store returns
        feed[1].on = true; // raised and back to normal within the outage
        pump(3000);
        feed[1].on = false;
        pump(outageMs - 4000);
        const qint64 outageTo = QDateTime::currentMSecsSinceEpoch();
        if (postgres) {
            bool ok = false;
            pgCluster(u"resume"_s, clusterDir, &ok);
            QVERIFY(ok);
        } else {
            holder->exec(u"ROLLBACK"_s);
            holder.reset();
        }
        if (!a.log().contains(u"kept in the outbox"_s))
            qWarning().noquote() << a.lines().join(u"\n"_s);
        QVERIFY(a.log().contains(u"kept in the outbox"_s));

        // Delivered once the store answers: each alarm once, at the sample time that raised it.
        const QString inOutage = u"SELECT count(*) FROM alarms WHERE rule_id = ? AND raised_at BETWEEN ? AND ?"_s;
        QVERIFY2(pumpUntil([&] {
                     try {
                         return count(inOutage, {u"crash-0"_s, outageFrom, outageTo}) > 0 && count(inOutage, {u"crash-1"_s, outageFrom, outageTo}) > 0
                             && count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-1' AND cleared_at IS NOT NULL"_s) > 0;
                     } catch (const gl::Error &) {
                         return false; // the cluster is still starting
                     }
                 },
                           30000),
                 qPrintable(a.log()));
        pump(3000); // anything delivered twice would show by now
        QCOMPARE(count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-0'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-1'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-0' AND cleared_at IS NULL"_s), 1); // still raised
        QCOMPARE(count(u"SELECT count(*) FROM alarms a JOIN dispatch_orders o ON o.alarm_id = a.id WHERE a.rule_id IN ('crash-0', 'crash-1')"_s), 2);

        // The live path again, without a restart: a new alarm and the heartbeat.
        const qint64 back = QDateTime::currentMSecsSinceEpoch();
        feed[2].on = true;
        QVERIFY2(pumpUntil([&] { return count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-2' AND raised_at >= ?"_s, {back}) == 1; }, 20000),
                 qPrintable(a.log()));
        QVERIFY2(pumpUntil([&] { return count(u"SELECT count(*) FROM service_heartbeat WHERE heartbeat_at > ?"_s, {back}) > 0; }, 20000),
                 qPrintable(a.log()));
        QCOMPARE(count(u"SELECT count(*) FROM alarms WHERE rule_id = 'crash-0'"_s), 1);

        // One active server throughout: no restart, no failover.
        QCOMPARE(a.lines().count(u"guardline-server: active"_s), 1);
        QVERIFY2(!a.log().contains(u"lost the site lock"_s), qPrintable(a.log()));
        QVERIFY(a.process().state() == QProcess::Running);
        if (b) {
            QVERIFY2(!b->said(u"active"_s), qPrintable(b->log()));
            QVERIFY2(a.log().contains(u"still the active service"_s), qPrintable(a.log()));
        }
        QVERIFY2(!QFileInfo::exists(outbox) || QFileInfo(outbox).size() == 0, qPrintable(outbox));

        // What the server said (its own lines, not the log categories), for the record.
        for (const QString &line : a.lines())
            if (line.startsWith(u"guardline-server:"_s))
                qInfo().noquote() << line.left(300);
        a.process().terminate();
        QVERIFY(a.process().waitForFinished(30000));
        QCOMPARE(a.process().exitCode(), 0);
        // Integrity, foreign keys, the audit chain, every rule alarm with its order and audit entry.
        auto db = Database::open(DbUrl::parse(url));
        test::CrashHarness store(url, m_keyDir.path(), 0);
        store.checkStore(*db);
        store.halfWritten(*db, u"a.rule_id LIKE 'crash-%'"_s);
        QVERIFY2(store.stats().problems.isEmpty(), qPrintable(store.stats().problems.join(u"\n"_s)));
    }

private:
    QTemporaryDir m_keyDir;
    test::Mosquitto m_broker;
};

QTEST_GUILESS_MAIN(TestStoreOutage)
#include "tst_store_outage.moc"
