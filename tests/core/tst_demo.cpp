// SPDX-License-Identifier: Apache-2.0
// The demo plant: realistic, complete, deterministic, idempotent, and audited.
#include "demo/DemoPlant.h"
#include "modules/workspace/logic/QueryService.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Schema.h"
#include "TestDb.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QDateTime kNow = QDateTime::fromString(u"2026-03-02T10:30:00+08:00"_s, Qt::ISODate);
int count(Database &db, const QString &sql) { return db.scalar(sql).toInt(); }
} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsARealisticSite()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        const DemoResult r = DemoPlant::load(*db, kNow);
        QVERIFY(r.created);
        QVERIFY(count(*db, u"SELECT count(*) FROM equipment"_s) >= 55);
        QCOMPARE(count(*db, u"SELECT count(*) FROM cameras"_s), 12);
        QCOMPARE(count(*db, u"SELECT count(*) FROM sensors"_s), 40);
        QCOMPARE(count(*db, u"SELECT count(*) FROM contractors"_s), 8);
        QCOMPARE(count(*db, u"SELECT count(*) FROM people WHERE kind = 'contractor_worker'"_s), 120);
        QCOMPARE(count(*db, u"SELECT count(*) FROM permits"_s), 30);
        QCOMPARE(count(*db, u"SELECT count(DISTINCT state) FROM permits"_s), 8);
        QCOMPARE(count(*db, u"SELECT count(DISTINCT type) FROM permits"_s), 8);
        QCOMPARE(count(*db, u"SELECT count(*) FROM hazards"_s), 50);
        QCOMPARE(count(*db, u"SELECT count(DISTINCT state) FROM hazards"_s), 7);
        QCOMPARE(count(*db, u"SELECT count(*) FROM areas"_s), 8);
        // Some documents expired, some expiring: the coordinator has work to do.
        const QString today = kNow.toTimeZone(QTimeZone("Asia/Shanghai")).date().toString(Qt::ISODate);
        QVERIFY(count(*db, u"SELECT count(*) FROM contractor_documents WHERE expires_on < '%1'"_s.arg(today)) >= 2);
        QVERIFY(count(*db, u"SELECT count(*) FROM certificates WHERE expires_on < '%1'"_s.arg(today)) >= 5);
        // A month of incidents with all four interruption-time phases.
        QVERIFY(count(*db, u"SELECT count(*) FROM dispatch_orders WHERE confirmed_at IS NOT NULL"_s) >= 20);
        QVERIFY(count(*db, u"SELECT count(*) FROM dispatch_orders WHERE detected_at < verified_at AND verified_at <= responded_at "
                          "AND responded_at <= confirmed_at"_s) >= 20);
        // An unacknowledged HALT POUR instruction is waiting for the dispatcher.
        QCOMPARE(count(*db, u"SELECT count(*) FROM instructions WHERE text = 'HALT POUR' AND acked_at IS NULL"_s), 1);
        // Its history stands in the audit chain, by the people who did it.
        const AuditVerdict v = AuditLog::verify(*db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QVERIFY(v.entries > 1000);
        QVERIFY(count(*db, u"SELECT count(*) FROM audit_log WHERE actor = 'demo.supervisor.ca1' AND action = 'permit.approve'"_s) > 0);
        QVERIFY(count(*db, u"SELECT count(DISTINCT actor) FROM audit_log"_s) >= 8);
        // Audit times follow the history (oldest first).
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.ts_utc < a.ts_utc"_s), 0);
    }

    void isIdempotent()
    {
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        QVERIFY(DemoPlant::load(*db, kNow).created);
        const int entries = count(*db, u"SELECT count(*) FROM audit_log"_s);
        QVERIFY(!DemoPlant::load(*db, kNow).created);
        QCOMPARE(count(*db, u"SELECT count(*) FROM audit_log"_s), entries);
        QCOMPARE(count(*db, u"SELECT count(*) FROM permits"_s), 30);
    }

    void isDeterministic()
    {
        test::TestDb a(Backend::Sqlite), b(Backend::Sqlite);
        auto da = a.open(), dbb = b.open();
        Schema::migrate(*da);
        Schema::migrate(*dbb);
        DemoPlant::load(*da, kNow);
        DemoPlant::load(*dbb, kNow);
        for (const QString &sql : {u"SELECT code, type, state, starts_at, polygon FROM permits ORDER BY code"_s,
                                   u"SELECT code, state, x, y, deadline_at FROM hazards ORDER BY code"_s,
                                   u"SELECT code, name, id_number FROM people ORDER BY code"_s,
                                   u"SELECT seq, ts_utc, actor, action, object_id FROM audit_log ORDER BY seq"_s}) {
            QSqlQuery qa = da->exec(sql), qb = dbb->exec(sql);
            int rows = 0;
            while (qa.next()) {
                QVERIFY(qb.next());
                for (int i = 0; i < 5; ++i)
                    QCOMPARE(qa.value(i), qb.value(i));
                ++rows;
            }
            QVERIFY(!qb.next());
            QVERIFY(rows > 0);
        }
    }

    void loadsOnPostgres()
    {
        test::TestDb t(Backend::Postgres);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        Schema::migrate(*db);
        QVERIFY(DemoPlant::load(*db, kNow).created);
        QCOMPARE(count(*db, u"SELECT count(*) FROM hazards"_s), 50);
        QVERIFY(AuditLog::verify(*db).ok);
        // The read side works on PostgreSQL too.
        const Clock &clock = processClock();
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        QCOMPARE(QueryService(ctx).permits().rows.size(), 30);
        QCOMPARE(QueryService(ctx).contractors(QDate(2026, 3, 2)).rows.size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
