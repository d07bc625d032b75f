// SPDX-License-Identifier: Apache-2.0
// The command center's cross-work conflicts are computed once, on the data thread, into the Snapshot: they
// must be exactly what the conflict engine finds for the store's permits, by the site's SIMOPS rules (a site
// file in GUARDLINE_SIMOPS_RULES, not the built-in defaults, when one is configured). SQLite and PostgreSQL.
#include "../core/TestDb.h"

#include "modules/permits/logic/PermitRecord.h"
#include "modules/permits/logic/SiteConflicts.h"
#include "modules/permits/simops/ConflictEngine.h"
#include "platform/store/Database.h"
#include "shell/DataWorker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

/// The engine's answer for the store, read independently of the snapshot: each permit through
/// PermitRecord::load, drafts and cancelled ones left out, running work past its end extended to now + 1 min.
QList<PermitConflict> engineConflicts(ServiceContext &ctx, qint64 now, const conflicts::SimopsRules &rules)
{
    conflicts::PermitSet set;
    QSqlQuery q = ctx.db.exec(u"SELECT code FROM permits ORDER BY code"_s);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    for (const QString &code : std::as_const(codes)) {
        const permits::PermitRecord r = *permits::PermitRecord::load(ctx.db, code);
        if (r.state == u"draft"_s || r.state == u"cancelled"_s || r.polygon.size() < 3)
            continue;
        conflicts::Permit p = r.toConflictPermit();
        if ((r.state == u"active"_s || r.state == u"suspended"_s) && p.end.msecs <= now)
            p.end.msecs = now + 60000;
        if (p.end.msecs > p.start.msecs)
            set.push_back(p);
    }
    QList<PermitConflict> out;
    for (const conflicts::Conflict &c : conflicts::findConflicts(set, rules))
        out.append({c.a, c.b, conflicts::conflictKindName(c.kind), c.distance, c.overlapStart.msecs, c.overlapEnd.msecs});
    return out;
}

QString describe(const QList<PermitConflict> &list)
{
    QStringList s;
    for (const PermitConflict &c : list)
        s << u"%1×%2 %3 [%4,%5)"_s.arg(c.a, c.b, c.kind).arg(c.from).arg(c.to);
    return s.join(u"; "_s);
}

ui::SnapshotPtr openDemo(ui::DataWorker &worker, const QString &url)
{
    QSignalSpy spy(&worker, &ui::DataWorker::snapshotReady);
    QSignalSpy failed(&worker, &ui::DataWorker::failed);
    worker.open(url, /*demo*/ true, {}, {});
    if (spy.isEmpty())
        qWarning() << "no snapshot:" << failed;
    return spy.isEmpty() ? nullptr : spy.last().first().value<ui::SnapshotPtr>();
}

} // namespace

ui::SnapshotPtr refreshed(ui::DataWorker &worker)
{
    QSignalSpy spy(&worker, &ui::DataWorker::snapshotReady);
    worker.refresh();
    return spy.isEmpty() ? nullptr : spy.last().first().value<ui::SnapshotPtr>();
}

class TstSnapshotConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("GUARDLINE_SIMOPS_RULES"); }
    void cleanup() { qunsetenv("GUARDLINE_SIMOPS_RULES"); }

    // Issue #18: an exception that is not a gl::Error (a bug, or bad data the services missed) in a job reaches the
    // job's error callback, is logged, and the data thread keeps serving; a permit row with absurd coordinates
    // (stored before the bound) does not stop the refresh either.
    void nonGlExceptionsKeepTheWorkerRunning()
    {
        test::TestDb db(Backend::Sqlite);
        ui::DataWorker worker;
        QVERIFY(openDemo(worker, db.url()));
        QObject receiver;
        QString error;
        bool done = false;
        worker.call(
            &receiver, [](ServiceContext &) -> int { throw std::length_error("cannot create std::vector larger than max_size()"); },
            [&](int) { done = true; }, [&](const QString &m) { error = m; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(!done);
        QVERIFY2(error.contains(u"internal error"_s) && error.contains(u"max_size()"_s), qPrintable(error));
        int answer = 0;
        worker.call(&receiver, [](ServiceContext &ctx) { return ctx.db.scalar(u"SELECT 42"_s).toInt(); }, [&](int v) { answer = v; });
        QTRY_COMPARE(answer, 42);

        worker.context()->db.exec(u"UPDATE permits SET polygon = '[[0,0],[1e18,0],[1e18,6],[0,6]]' WHERE code = "
                                  "(SELECT code FROM permits WHERE state NOT IN ('draft', 'cancelled') ORDER BY code LIMIT 1)"_s);
        QCOMPARE(worker.context()->db.scalar(u"SELECT count(*) FROM permits WHERE polygon LIKE '%1e18%'"_s).toInt(), 1);
        QSignalSpy health(&worker, &ui::DataWorker::storeHealth);
        QVERIFY(refreshed(worker));
        QVERIFY(!health.isEmpty() && health.last().first().toBool());
    }

    void snapshotEqualsTheEngine_data() { test::addBackendRows(); }
    void snapshotEqualsTheEngine()
    {
        QFETCH(Backend, backend);
        test::TestDb db(backend);
        GL_REQUIRE_BACKEND(db);
        ui::DataWorker worker;
        const ui::SnapshotPtr s = openDemo(worker, db.url()); // the demo's permits were approved by the defaults
        QVERIFY(s);
        QVERIFY(s->permits.rows.size() > 3);
        const QList<PermitConflict> expected = engineConflicts(*worker.context(), s->takenAt, conflicts::SimopsRules::defaults());
        QVERIFY2(!expected.isEmpty(), "the demo plant should hold at least one SIMOPS conflict");
        QCOMPARE(describe(s->conflicts), describe(expected));
        QCOMPARE(s->conflicts, expected);
        for (const PermitConflict &c : s->conflicts) {
            QVERIFY(c.a < c.b);
            QVERIFY(c.from < c.to);
        }

        // The site configures a stricter matrix (120 m for every type): the next snapshot follows it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"simops-site.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "guardline-simops/1", "clearance_m": {"hot_work": 120, "confined_space": 120, "blind_plate": 120,
                  "work_at_height": 120, "lifting": 120, "temporary_power": 120, "excavation": 120, "road_closure": 120}})");
        f.close();
        qputenv("GUARDLINE_SIMOPS_RULES", path.toUtf8());
        const conflicts::SimopsRules site = siteSimopsRules();
        QCOMPARE(site.radius(conflicts::WorkType::Lifting, 10), 120.0);
        const ui::SnapshotPtr s2 = refreshed(worker);
        QVERIFY(s2);
        const QList<PermitConflict> bySite = engineConflicts(*worker.context(), s2->takenAt, site);
        QVERIFY2(bySite.size() > expected.size(), qPrintable(describe(bySite)));
        QCOMPARE(describe(s2->conflicts), describe(bySite));

        // A broken site file: the dispatcher is told (the key named), and the built-in matrix's conflicts show.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"format": "guardline-simops/1", "clearance_m": {"hot_work": -5}})");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, siteSimopsRules());
        QSignalSpy failed(&worker, &ui::DataWorker::failed);
        const ui::SnapshotPtr s3 = refreshed(worker);
        QVERIFY(s3);
        QVERIFY2(!failed.isEmpty() && failed.first().first().toString().contains(u"SIMOPS"_s), qPrintable(path));
        QVERIFY(failed.first().first().toString().contains(u"clearance_m"_s));
        QCOMPARE(describe(s3->conflicts), describe(engineConflicts(*worker.context(), s3->takenAt, conflicts::SimopsRules::defaults())));
        // Said once, not at every refresh.
        refreshed(worker);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSnapshotConflicts)
#include "tst_snapshot_conflicts.moc"
