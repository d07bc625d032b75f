// SPDX-License-Identifier: Apache-2.0
// The site service killed mid-ingest (issue #18 item 3, CONTRACTS.md section 7 "exactly once", "nothing
// acknowledged is lost"), on SQLite and PostgreSQL: guardline-server with an MQTT connector to a real mosquitto
// broker raises and clears alarms (each with a dispatch order) as a few tags cross their thresholds, and is
// killed with SIGKILL at random moments (seeded, printed; GUARDLINE_CRASH_SEED repeats), restarted each time on
// the same store while the values go on. After each kill the store passes its integrity checks and the audit
// chain verifies, every alarm the server reported raised is there once with its order, and no alarm is raised
// again by the restarted server, neither while the one before is open nor for a period above the threshold that
// already had its alarm (ServerCrashHarness in CrashHarness.h).
#include "CrashHarness.h"
#include "MosquittoFixture.h"
#include "TestDb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestServerCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!test::Mosquitto::installed())
            QSKIP("mosquitto is not installed (scripts/deps.sh installs it)");
        test::CrashHarness::useAuditKey(m_keyDir.path());
        QVERIFY(m_broker.start());
    }

    void sigkillDuringIngest_data() { test::addBackendRows(); }
    void sigkillDuringIngest()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        {
            auto db = t.open();
            test::ServerCrashHarness::prepareSite(*db);
        }
        const quint32 seed = test::CrashHarness::seed(); // $GUARDLINE_CRASH_SEED repeats a run
        const int kills = qEnvironmentVariableIsSet("GUARDLINE_CRASH_SERVER_KILLS") ? qEnvironmentVariableIntValue("GUARDLINE_CRASH_SERVER_KILLS") : 5;
        qInfo("server crash safety on %s: %d kill points, seed %u (GUARDLINE_CRASH_SEED=%u repeats them)", QTest::currentDataTag(), kills, seed, seed);
        test::ServerCrashHarness h(t.url(), m_keyDir.path(), seed, m_broker.port());
        for (int i = 0; i < kills; ++i)
            h.killPoint(4000);
        const test::CrashStats &s = h.stats();
        qInfo("%s: %d server kill points, %lld alarms reported raised, %d lost, %d raised again, %d integrity failures, %.1f s",
              QTest::currentDataTag(), s.killPoints, s.acknowledged, s.losses, s.duplicates, s.integrityFailures, s.seconds);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(u"\n"_s)));
        QCOMPARE(s.killPoints, kills);
        QVERIFY2(s.acknowledged >= kills, qPrintable(u"only %1 alarms reported raised in %2 kill points"_s.arg(s.acknowledged).arg(kills)));
    }

private:
    QTemporaryDir m_keyDir;
    test::Mosquitto m_broker;
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
