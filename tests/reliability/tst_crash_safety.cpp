// SPDX-License-Identifier: Apache-2.0
// Crash safety (issue #18 item 3, CONTRACTS.md section 7 "nothing acknowledged is lost"), on SQLite and
// PostgreSQL: a writer doing manual alarms with their orders, acknowledgements, assignments, instructions,
// permit drafts and hazard drafts through the real services is killed with SIGKILL at random moments
// (seeded; the seed is printed, GUARDLINE_CRASH_SEED repeats a run), restarted on the same store each time,
// and after each kill the store must pass its integrity checks, the audit chain must verify, and every write
// the writer acknowledged must be there exactly once (CrashHarness.h). GUARDLINE_CRASH_KILLS sets the number
// of kill points per backend (default 20); bench_crash runs 1,000.
#include "CrashHarness.h"
#include "TestDb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::CrashHarness::useAuditKey(m_keyDir.path()); }

    void sigkillDuringWrites_data() { test::addBackendRows(); }
    void sigkillDuringWrites()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        {
            auto db = t.open();
            test::CrashHarness::prepareSite(*db);
        }
        const quint32 seed = test::CrashHarness::seed(); // $GUARDLINE_CRASH_SEED repeats a run
        const int kills = qEnvironmentVariableIsSet("GUARDLINE_CRASH_KILLS") ? qEnvironmentVariableIntValue("GUARDLINE_CRASH_KILLS") : 20;
        qInfo("crash safety on %s: %d kill points, seed %u (GUARDLINE_CRASH_SEED=%u repeats them)", QTest::currentDataTag(), kills, seed, seed);
        test::CrashHarness h(t.url(), m_keyDir.path(), seed);
        for (int i = 0; i < kills; ++i)
            h.killPoint(600, i % 10 == 9); // guardlinectl audit verify every 10th kill point (and at the end)
        h.finalCheck();
        const test::CrashStats &s = h.stats();
        qInfo("%s: %d kill points, %lld writes acknowledged, %lld committed but not yet acknowledged when killed, "
              "%d lost, %d duplicated, %d integrity failures, %.1f s",
              QTest::currentDataTag(), s.killPoints, s.acknowledged, s.committedUnacked, s.losses, s.duplicates, s.integrityFailures, s.seconds);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(u"\n"_s)));
        QCOMPARE(s.killPoints, kills);
        // The kills landed in the middle of writing (not only while the writer started).
        QVERIFY2(s.acknowledged >= kills, qPrintable(u"only %1 writes acknowledged in %2 kill points"_s.arg(s.acknowledged).arg(kills)));
    }

private:
    QTemporaryDir m_keyDir;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
