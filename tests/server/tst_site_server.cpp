// SPDX-License-Identifier: Apache-2.0
// guardline-server as processes (CONTRACTS.md section 7), on SQLite and PostgreSQL: of two servers on one
// store exactly one is active, the other waits as standby; after SIGKILL of the active one the standby
// is active within 10 s; SIGTERM exits 0. With a csv-replay drill, the alarm is raised exactly once
// while both run. The active server's heartbeat row names it. The intake is refused plain HTTP off loopback.
// `guardlinectl rules publish` stores a new rule version and the running server switches to it. On PostgreSQL
// the server taking over ends the previous engine's sessions before it is active.
#include "modules/engine/logic/ServiceHeartbeat.h"
#include "modules/engine/logic/SiteLock.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "ServerProcess.h"
#include "TelemetryFixture.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace gl;

using test::Server;
using test::waitFor;

class TestSiteServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneActiveFailoverAndStop_data() { test::addBackendRows(); }
    void oneActiveFailoverAndStop()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::loadTelemetrySite(*db, now);

        // The casting-house drill (casting-co-fan fires), replayed by the site service from when it is active.
        QTemporaryDir dir;
        const QString connectors = test::writeCoFanDrill(dir.path());
        QVERIFY(!connectors.isEmpty());

        auto a = std::make_unique<Server>(t.url(), connectors);
        QVERIFY2(waitFor([&] { return a->said(u"active"_s); }, 30000), qPrintable(a->log()));
        auto b = std::make_unique<Server>(t.url(), connectors);
        QVERIFY2(waitFor([&] { return b->said(u"standby"_s); }, 30000), qPrintable(b->log()));

        // The active one's heartbeat names it; the drill alarms exactly once though two servers run.
        QVERIFY(waitFor([&] {
            const auto h = ServiceHeartbeat::read(*db);
            return h && h->pid == a->process().processId() && h->alive(QDateTime::currentMSecsSinceEpoch());
        }, 10000));
        auto alarms = [&] { return db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'casting-co-fan'"_s).toInt(); };
        QVERIFY2(waitFor([&] { return alarms() >= 1; }, 40000), qPrintable(a->log()));
        QTest::qWait(3000);
        QCOMPARE(alarms(), 1);
        QVERIFY2(!b->said(u"active"_s), qPrintable(b->log()));
        QVERIFY(waitFor([&] {
            const auto h = ServiceHeartbeat::read(*db);
            return h && h->lastSampleAt > 0 && !h->connectors.isEmpty()
                && h->connectors.first().toObject().value(u"id"_s).toString().contains(u"csv-replay"_s);
        }, 10000));

        // SIGKILL the active one: the standby takes over within 10 s.
        a->process().kill();
        QVERIFY(a->process().waitForFinished(10000));
        QElapsedTimer failover;
        failover.start();
        QVERIFY2(waitFor([&] { return b->said(u"active"_s); }, 10000), qPrintable(b->log()));
        QVERIFY(failover.elapsed() <= 10000);
        QVERIFY(waitFor([&] {
            const auto h = ServiceHeartbeat::read(*db);
            return h && h->pid == b->process().processId();
        }, 10000));

        // SIGTERM: a clean stop, exit 0, and the heartbeat row is gone (workstations warn at once).
        b->process().terminate();
        QVERIFY(b->process().waitForFinished(20000));
        QCOMPARE(b->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(b->process().exitCode(), 0);
        QVERIFY(!ServiceHeartbeat::read(*db));
    }

    void takeoverEndsThePreviousEnginesSessions()
    {
        // A killed server's session can outlive its site lock (its COMMIT on the wire when the process died, a
        // paused machine): what it committed after the new active server read the store would be unknown to
        // that server (an open alarm raised a second time; tst_server_crash on PostgreSQL, stop 26's CI).
        // The server taking the lock ends such sessions and waits until they are gone before it is active.
        test::TestDb t(Backend::Postgres);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        DbUrl zombieUrl = DbUrl::parse(t.url());
        zombieUrl.applicationName = SiteLock::engineSessionName(u"plant-host-2"_s, 4242);
        auto zombie = Database::open(zombieUrl);
        const qint64 zombiePid = zombie->scalar(u"SELECT pg_backend_pid()"_s).toLongLong();
        zombie->begin(); // its write in flight: not committed, and it must never be
        zombie->exec(u"INSERT INTO alarms (rule_id, tag, severity, state, message, raised_at) "
                     "VALUES ('zombie', 'CH2.CO_ppm', 'high', 'unacknowledged', 'from the previous server', 1)"_s);
        // A workstation's session (any other application name) is left alone.
        const qint64 workstationPid = db->scalar(u"SELECT pg_backend_pid()"_s).toLongLong();
        const auto alive = [&](qint64 pid) { return db->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE pid = ?"_s, {pid}).toInt() == 1; };
        QVERIFY(alive(zombiePid));

        Server a(t.url(), {});
        QVERIFY2(waitFor([&] { return a.said(u"active"_s); }, 30000), qPrintable(a.log()));
        const QStringList lines = a.lines();
        const qsizetype fenced = lines.indexOf(QRegularExpression(u"^guardline-server: ended 1 session\\(s\\) of the previous active service "
                                                                   "\\(guardline-engine@plant-host-2:4242\\) in \\d+ ms$"_s));
        QVERIFY2(fenced >= 0 && fenced < lines.indexOf(u"guardline-server: active"_s), qPrintable(a.log()));
        QVERIFY(!alive(zombiePid));
        QVERIFY(alive(workstationPid));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM alarms WHERE rule_id = 'zombie'"_s).toInt(), 0);
        // The active server's own engine sessions carry its name (what the next server would end).
        QVERIFY(waitFor([&] {
            return db->scalar(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"_s,
                              {SiteLock::engineSessionName(QHostInfo::localHostName(), a.process().processId())}).toInt() >= 2;
        }, 10000));
        QVERIFY_THROWS_EXCEPTION(Error, zombie->scalar(u"SELECT 1"_s));
    }

    void rulesPublishSwitchesTheActiveServer()
    {
        test::TestDb t(Backend::Sqlite);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        Server a(t.url(), {});
        QVERIFY2(waitFor([&] { return a.said(u"active"_s); }, 30000), qPrintable(a.log()));
        int before = 0;
        QVERIFY(waitFor([&] {
            const auto h = ServiceHeartbeat::read(*db);
            before = h ? h->ruleVersion : 0;
            return before > 0;
        }, 10000));

        // The default rules without the casting-house rule, published by the EHS manager.
        QFile defaults(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QJsonObject set = QJsonDocument::fromJson(defaults.readAll()).object();
        QJsonArray rules;
        for (const QJsonValue &r : set.value(u"rules"_s).toArray())
            if (r.toObject().value(u"id"_s).toString() != u"casting-co-fan"_s)
                rules.append(r);
        QVERIFY(rules.size() < set.value(u"rules"_s).toArray().size());
        set.insert(u"rules"_s, rules);
        QTemporaryDir dir;
        QFile file(dir.path() + u"/site-rules.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(set).toJson());
        file.close();

        auto ctl = [&](const QStringList &args, const QString &user, QByteArray *out = nullptr, QByteArray *err = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"GUARDLINE_PASSWORD"_s, u"a long enough password"_s);
            p.setProcessEnvironment(env);
            QStringList all{u"--db"_s, t.url()};
            if (!user.isEmpty())
                all << u"--user"_s << user;
            p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), all + args);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                return -1;
            if (out)
                *out = p.readAllStandardOutput();
            if (err)
                *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        // Without an account, and as a dispatcher (no rules.edit): refused, nothing stored.
        QCOMPARE(ctl({u"rules"_s, u"publish"_s, u"--rules"_s, file.fileName()}, {}, &out, &err), 2);
        QVERIFY2(err.contains("sign-in required"), err.constData());
        QCOMPARE(ctl({u"rules"_s, u"publish"_s, u"--rules"_s, file.fileName()}, u"demo.dispatcher"_s, &out, &err), 2);
        QVERIFY2(err.contains("rules.edit"), err.constData());
        // A broken rule names the file and the rule; the version in force stays.
        QFile bad(dir.path() + u"/bad.json"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"version": 1, "rules": [{"id": "x", "severity": "high", "all_of": [{"tag": "CH2.CO_ppm", "op": "between", "value": 1}]}]})");
        bad.close();
        QCOMPARE(ctl({u"rules"_s, u"publish"_s, u"--rules"_s, bad.fileName()}, u"demo.ehs"_s, &out, &err), 2);
        QVERIFY2(err.contains("bad.json") && err.contains("x"), err.constData());

        QCOMPARE(ctl({u"rules"_s, u"publish"_s, u"--rules"_s, file.fileName(), u"--comment"_s, u"CH2 rule moved to the new fan interlock"_s,
                      u"--json"_s}, u"demo.ehs"_s, &out, &err), 0);
        const QJsonObject printed = QJsonDocument::fromJson(out).object();
        QVERIFY2(printed.value(u"ok"_s).toBool(), out.constData());
        const int published = printed.value(u"version"_s).toInt();
        QVERIFY(published > before);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'rules.save' AND actor = 'demo.ehs'"_s).toInt(), 1);
        // The running server switches without a restart.
        QVERIFY2(waitFor([&] {
            const auto h = ServiceHeartbeat::read(*db);
            return h && h->ruleVersion == published;
        }, 20000), qPrintable(a.log()));
        QCOMPARE(a.process().state(), QProcess::Running);
    }

    void badArguments()
    {
        QProcess p;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"), {u"--connectors"_s, u"/nonexistent.json"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("'--db' is required"));
        QTemporaryDir dir;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"),
                {u"--db"_s, dir.filePath(u"s.sqlite"_s), u"--connectors"_s, dir.filePath(u"missing.json"_s)});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("missing.json: cannot read"));
        // The check-in intake in plain HTTP on an address that is not loopback: refused before anything starts.
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"),
                {u"--db"_s, dir.filePath(u"s.sqlite"_s), u"--intake-port"_s, u"8443"_s, u"--intake-listen"_s, u"0.0.0.0"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("refusing plain HTTP on 0.0.0.0, which is not a loopback address"), err.constData());
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"),
                {u"--db"_s, dir.filePath(u"s.sqlite"_s), u"--intake-port"_s, u"8443"_s, u"--intake-tls-cert"_s, dir.filePath(u"c.pem"_s)});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        err = p.readAllStandardError();
        QVERIFY2(err.contains("'--intake-tls-cert' and '--intake-tls-key' go together"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSiteServer)
#include "tst_site_server.moc"
