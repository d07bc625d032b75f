// SPDX-License-Identifier: Apache-2.0
// The audit chain detects an edited, deleted, inserted, reordered or truncated entry, on both backends,
// and the application's connection cannot update or delete audit rows.
#include "TestDb.h"
#include "core/audit/AuditLog.h"
#include "core/services/ContractorService.h"
#include "core/services/UserService.h"
#include "core/store/Schema.h"
#include "core/util/Error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDb> m_t;
    std::unique_ptr<Database> m_db;

    /// Ten audited changes by a real user through the services.
    void populate()
    {
        Schema::migrate(*m_db);
        ManualClock clock(1'767'225'600'000); // 2026-01-01T00:00Z
        ServiceContext ctx{*m_db, Actor::system(u"test"_s), &clock};
        UserService(ctx).add(u"coord"_s, u"Coordinator"_s, Role::Admin, u"a long enough password"_s);
        ctx.actor = UserService::actorFor(*m_db, u"coord"_s);
        ContractorService cs(ctx);
        for (int i = 1; i <= 9; ++i) {
            clock.advance(60'000);
            cs.addShift(u"S%1"_s.arg(i), u"Shift %1"_s.arg(i), u"08:00"_s, u"16:00"_s);
        }
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 10);
    }
    /// What an attacker with direct access to the store does first.
    void dropProtection()
    {
        if (m_db->backend() == Backend::Sqlite) {
            m_db->exec(u"DROP TRIGGER audit_log_no_update"_s);
            m_db->exec(u"DROP TRIGGER audit_log_no_delete"_s);
        } else {
            m_db->exec(u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
        }
    }

private Q_SLOTS:
    void init()
    {
        const Backend backend = QByteArray(QTest::currentDataTag()).startsWith("postgresql") ? Backend::Postgres : Backend::Sqlite;
        m_t = std::make_unique<test::TestDb>(backend);
        if (m_t->available())
            m_db = m_t->open();
    }
    void cleanup()
    {
        m_db.reset();
        m_t.reset();
    }

    void intactChainVerifies_data() { test::addBackendRows(); }
    void intactChainVerifies()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, 10);
        // The entry names who, what, which object and when.
        QSqlQuery q = m_db->exec(u"SELECT actor, action, object_type, object_id, ts_utc FROM audit_log WHERE seq = 2"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"coord"_s);
        QCOMPARE(q.value(1).toString(), u"shift.add"_s);
        QCOMPARE(q.value(3).toString(), u"S1"_s);
        QCOMPARE(q.value(4).toLongLong(), 1'767'225'660'000);
    }

    void applicationCannotRewriteHistory_data() { test::addBackendRows(); }
    void applicationCannotRewriteHistory()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        for (const QString &sql : {u"UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3"_s,
                                   u"DELETE FROM audit_log WHERE seq = 10"_s}) {
            try {
                m_db->exec(sql);
                QFAIL(qPrintable(u"the store accepted: "_s + sql));
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::Forbidden);
            }
        }
        QVERIFY(AuditLog::verify(*m_db).ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("reasonPart");
        const struct { const char *name; const char16_t *sql; qint64 bad; const char16_t *reason; } cases[] = {
            {"edited", u"UPDATE audit_log SET details = '{\"name\":\"Night shift\"}' WHERE seq = 5", 5, u"edited"},
            {"actor-edited", u"UPDATE audit_log SET actor = 'scapegoat' WHERE seq = 7", 7, u"edited"},
            {"time-edited", u"UPDATE audit_log SET ts_utc = ts_utc - 3600000 WHERE seq = 4", 4, u"edited"},
            {"deleted", u"DELETE FROM audit_log WHERE seq = 6", 6, u"missing"},
            {"tail-truncated", u"DELETE FROM audit_log WHERE seq = 10", 10, u"tail"},
            {"inserted", u"INSERT INTO audit_log SELECT 11, ts_utc + 1, actor, action, object_type, object_id, area, equipment, "
                         "details, hash, 'f00d' FROM audit_log WHERE seq = 10", 11, u"hash"},
            {"reordered", u"UPDATE audit_log SET details = CASE seq WHEN 3 THEN (SELECT details FROM audit_log WHERE seq = 4) "
                          "ELSE (SELECT details FROM audit_log WHERE seq = 3) END, object_id = CASE seq WHEN 3 THEN 'S3' ELSE 'S2' END "
                          "WHERE seq IN (3, 4)", 3, u"edited"},
        };
        for (const char *backend : {"sqlite", "postgresql"})
            for (const auto &c : cases)
                QTest::addRow("%s/%s", backend, c.name) << QString::fromUtf16(c.sql) << c.bad << QString::fromUtf16(c.reason);
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBad);
        QFETCH(QString, reasonPart);
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        dropProtection();
        m_db->exec(sql);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(!v.ok, "tampering went unnoticed");
        QCOMPARE(v.firstBad, firstBad);
        QVERIFY2(v.reason.contains(reasonPart), qPrintable(v.reason));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
