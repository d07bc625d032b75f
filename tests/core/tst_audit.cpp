// SPDX-License-Identifier: Apache-2.0
// The audit chain detects an edited, deleted, inserted, reordered or truncated entry, on both backends,
// and the application's connection cannot update or delete audit rows. Since the chain is keyed (HMAC
// under a key outside the store), an attacker who rewrites entries and recomputes every hash and the head
// is caught too, as is a direct change of a user account; a head kept outside the store pins the history.
#include "modules/admission/logic/ContractorService.h"
#include "platform/audit/AuditKey.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUuid>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDb> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_keys;
    QString keyPath() const { return m_keys->path() + u"/audit.key"_s; }

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
    /// What an attacker with write access to the store but without the key does to hide an edit: recompute
    /// every plain hash from entry `from` on, and the head, as the chain's public definition says.
    void rehashFrom(qint64 from)
    {
        QString prev = from == 1 ? QString::fromLatin1(AuditLog::genesisHash)
                                 : m_db->scalar(u"SELECT hash FROM audit_log WHERE seq = ?"_s, {from - 1}).toString();
        struct Row { qint64 seq, ts; AuditRecord r; QString details; };
        QList<Row> rows;
        QSqlQuery q = m_db->exec(u"SELECT seq, ts_utc, actor, action, object_type, object_id, area, equipment, details FROM audit_log "
                                 "WHERE seq >= ? ORDER BY seq"_s, {from});
        while (q.next())
            rows << Row{q.value(0).toLongLong(), q.value(1).toLongLong(),
                        AuditRecord{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                    q.value(6).toString(), q.value(7).toString(), {}},
                        q.value(8).toString()};
        q.finish();
        qint64 last = from - 1;
        for (const Row &row : rows) {
            const QString hash = AuditLog::hashOf(prev, AuditLog::canonical(row.seq, row.ts, row.r, row.details));
            m_db->exec(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"_s, {prev, hash, row.seq});
            prev = hash;
            last = row.seq;
        }
        m_db->exec(u"UPDATE schema_meta SET value = ? WHERE key = 'audit_head'"_s, {QString(QString::number(last) + u':' + prev)});
    }
    QString hashAt(qint64 seq) { return m_db->scalar(u"SELECT hash FROM audit_log WHERE seq = ?"_s, {seq}).toString(); }

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
        // Each test signs with a key of its own, created on first use.
        m_keys = std::make_unique<QTemporaryDir>();
        qputenv("GUARDLINE_AUDIT_KEY", QFile::encodeName(keyPath()));
        const Backend backend = QByteArray(QTest::currentDataTag()).startsWith("postgresql") ? Backend::Postgres : Backend::Sqlite;
        m_t = std::make_unique<test::TestDb>(backend);
        if (m_t->available())
            m_db = m_t->open();
    }
    void cleanup()
    {
        m_db.reset();
        m_t.reset();
        qunsetenv("GUARDLINE_AUDIT_KEY");
        m_keys.reset();
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

    /// Several entries in one transaction chain on each other (the transaction remembers the head it wrote),
    /// a rolled-back transaction's head is forgotten with its entries, and another connection appends after
    /// the committed ones: the chain verifies with no gap or fork. The key file is read once per transaction:
    /// gone after a transaction's first entry, its next entries are still signed with the key it read, and
    /// the next transaction reads the file again (without it, nothing is written).
    void entriesOfOneTransactionChain_data() { test::addBackendRows(); }
    void entriesOfOneTransactionChain()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        const auto entry = [](const QString &id) {
            return AuditRecord{u"test"_s, u"test.step"_s, u"test"_s, id, {}, {}, {{u"id"_s, id}}};
        };
        const QString away = keyPath() + u".away"_s;
        {
            Transaction tx(*m_db);
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(AuditLog::append(*m_db, entry(u"a%1"_s.arg(i)), 1'767'300'000'000 + i), qint64(11 + i));
                if (i == 0)
                    QVERIFY(QFile::rename(keyPath(), away));
            }
            tx.commit();
        }
        {
            Transaction tx(*m_db); // a new transaction reads the key file again: it is gone, nothing is written
            try {
                AuditLog::append(*m_db, entry(u"nokey"_s), 1'767'300'050'000);
                QFAIL("an entry was written by a transaction without the key file");
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::Storage);
                QVERIFY2(e.message().contains(u"no audit key"_s), qPrintable(e.message()));
            }
        }
        QVERIFY(QFile::rename(away, keyPath()));
        {
            Transaction tx(*m_db); // rolled back: seq 15 and 16 are not taken
            QCOMPARE(AuditLog::append(*m_db, entry(u"gone1"_s), 1'767'300'100'000), qint64(15));
            QCOMPARE(AuditLog::append(*m_db, entry(u"gone2"_s), 1'767'300'100'001), qint64(16));
        }
        {
            auto other = m_t->open(); // another workstation's connection
            Transaction tx(*other);
            QCOMPARE(AuditLog::append(*other, entry(u"b0"_s), 1'767'300'200'000), qint64(15));
            tx.commit();
        }
        {
            Transaction tx(*m_db); // this connection's next transaction starts from the store's head
            QCOMPARE(AuditLog::append(*m_db, entry(u"c0"_s), 1'767'300'300'000), qint64(16));
            QCOMPARE(AuditLog::append(*m_db, entry(u"c1"_s), 1'767'300'300'001), qint64(17));
            tx.commit();
        }
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM audit_log WHERE object_id LIKE 'gone%'"_s).toInt(), 0);
        QCOMPARE(m_db->scalar(u"SELECT value FROM schema_meta WHERE key = 'audit_head'"_s).toString().section(u':', 0, 0), u"17"_s);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, 17);
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
                         "details, hash, 'f00d', mac FROM audit_log WHERE seq = 10", 11, u"hash"},
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

    void keyIsCreatedOutsideTheStoreOwnerOnly_data() { test::addBackendRows(); }
    void keyIsCreatedOutsideTheStoreOwnerOnly()
    {
        GL_REQUIRE_BACKEND(*m_t);
        QVERIFY(!QFile::exists(keyPath()));
        populate();
        QFile key(keyPath());
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.keyId, AuditKey::idOf(AuditKey(keyPath()).load(false)));
        QCOMPARE(v.unkeyedThrough, 0); // a store created keyed
        // Every entry carries a MAC; the key itself is nowhere in the store.
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM audit_log WHERE mac IS NULL OR length(mac) <> 64"_s).toInt(), 0);
    }

    void rewrittenAndRehashedEntryIsDetected_data() { test::addBackendRows(); }
    void rewrittenAndRehashedEntryIsDetected()
    {
        // Drop the triggers, rewrite entry 5, recompute every hash after it and the head: the plain chain
        // is consistent again, but the MACs cannot be recomputed without the key.
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        dropProtection();
        m_db->exec(u"UPDATE audit_log SET actor = 'scapegoat', details = '{\"name\":\"Night shift\"}' WHERE seq = 5"_s);
        rehashFrom(5);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(!v.ok, "a rewritten and re-hashed entry went unnoticed");
        QCOMPARE(v.firstBad, 5);
        QVERIFY2(v.reason.contains(u"MAC"_s), qPrintable(v.reason));
        // Copying the MAC of another entry does not help either: the MAC covers the entry's seq and hash.
        m_db->exec(u"UPDATE audit_log SET mac = (SELECT mac FROM audit_log WHERE seq = 4) WHERE seq = 5"_s);
        QCOMPARE(AuditLog::verify(*m_db).firstBad, 5);
        // Nor does removing the MACs: entries after the keyed beginning must carry one.
        m_db->exec(u"UPDATE audit_log SET mac = NULL"_s);
        const AuditVerdict stripped = AuditLog::verify(*m_db);
        QVERIFY(!stripped.ok);
        QCOMPARE(stripped.firstBad, 1);
        QVERIFY2(stripped.reason.contains(u"no MAC"_s), qPrintable(stripped.reason));
    }

    void truncatedTailWithRewrittenHeadIsDetected_data() { test::addBackendRows(); }
    void truncatedTailWithRewrittenHeadIsDetected()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        dropProtection();
        const QString head8 = u"8:"_s + hashAt(8);
        m_db->exec(u"DELETE FROM audit_log WHERE seq > 8"_s);
        m_db->exec(u"UPDATE schema_meta SET value = ? WHERE key = 'audit_head'"_s, {head8});
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(!v.ok, "a removed tail with a rewritten head went unnoticed");
        QCOMPARE(v.firstBad, 9);
        QVERIFY2(v.reason.contains(u"tail"_s), qPrintable(v.reason));
    }

    void headKeptOutsideTheStore_data() { test::addBackendRows(); }
    void headKeptOutsideTheStore()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY(v.ok);
        QCOMPARE(v.head, u"10:"_s + hashAt(10));
        QVERIFY(QRegularExpression(u"^\\d+:[0-9a-f]{64}$"_s).match(v.head).hasMatch());
        // Any earlier head still holds: the history up to it is unchanged.
        QVERIFY(AuditLog::verify(*m_db, u"4:"_s + hashAt(4)).ok);
        QVERIFY(AuditLog::verify(*m_db, u"10:"_s + hashAt(10).toUpper()).ok);
        // A head that names another hash, or an entry the chain does not have, fails.
        const AuditVerdict wrong = AuditLog::verify(*m_db, u"4:"_s + hashAt(5));
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.firstBad, 4);
        QVERIFY2(wrong.reason.contains(u"not the expected"_s), qPrintable(wrong.reason));
        const AuditVerdict missing = AuditLog::verify(*m_db, u"12:"_s + hashAt(5));
        QVERIFY(!missing.ok);
        QCOMPARE(missing.firstBad, 11);
        QVERIFY2(missing.reason.contains(u"does not exist"_s), qPrintable(missing.reason));
        try {
            AuditLog::verify(*m_db, u"4-abc"_s);
            QFAIL("a malformed head was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
        }
        // Someone holding the key could re-sign a rewritten history; a head printed before catches it.
        const QString printed = u"6:"_s + hashAt(6);
        dropProtection();
        m_db->exec(u"UPDATE audit_log SET actor = 'scapegoat' WHERE seq = 3"_s);
        rehashFrom(3);
        const QByteArray key = AuditKey(keyPath()).load(false);
        for (qint64 seq = 3; seq <= 10; ++seq)
            m_db->exec(u"UPDATE audit_log SET mac = ? WHERE seq = ?"_s,
                       {AuditKey::mac(key, "guardline-audit-entry\n" + QByteArray::number(seq) + ':' + hashAt(seq).toLatin1()), seq});
        m_db->exec(u"UPDATE schema_meta SET value = ? WHERE key = 'audit_head_mac'"_s,
                   {AuditKey::mac(key, "guardline-audit-head\n10:" + hashAt(10).toLatin1())});
        QVERIFY2(AuditLog::verify(*m_db).ok, "the re-signed chain is consistent by itself");
        const AuditVerdict pinned = AuditLog::verify(*m_db, printed);
        QVERIFY(!pinned.ok);
        QCOMPARE(pinned.firstBad, 6);
    }

    void withoutTheKeyNothingIsAcceptedOrWritten_data() { test::addBackendRows(); }
    void withoutTheKeyNothingIsAcceptedOrWritten()
    {
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        // A workstation without the key (or with another one) cannot vouch for the chain, nor extend it.
        const QString other = m_keys->path() + u"/other.key"_s;
        qputenv("GUARDLINE_AUDIT_KEY", QFile::encodeName(other));
        const AuditVerdict none = AuditLog::verify(*m_db);
        QVERIFY(!none.ok);
        QVERIFY2(none.reason.contains(u"no audit key"_s) && none.reason.contains(other), qPrintable(none.reason));
        ManualClock clock(1'767'312'000'000);
        ServiceContext ctx{*m_db, UserService::actorFor(*m_db, u"coord"_s), &clock};
        try {
            ContractorService(ctx).addShift(u"SX"_s, u"Extra"_s, u"08:00"_s, u"16:00"_s);
            QFAIL("an entry was written without the store's audit key");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Storage);
            QVERIFY2(e.message().contains(other), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(other)); // not created: the store is keyed with another key
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(32, 'k'));
        f.close();
        const AuditVerdict otherKey = AuditLog::verify(*m_db);
        QVERIFY(!otherKey.ok);
        QVERIFY2(otherKey.reason.contains(u"keyed with key"_s), qPrintable(otherKey.reason));
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 10);
        qputenv("GUARDLINE_AUDIT_KEY", QFile::encodeName(keyPath()));
        QVERIFY(AuditLog::verify(*m_db).ok);
    }

    void directUserChangeIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("reasonPart");
        const struct { const char *name; const char16_t *sql; const char16_t *reason; } cases[] = {
            {"role", u"UPDATE users SET role = 'admin' WHERE username = 'dana'", u"user 'dana' (id 2) was changed outside Guardline"},
            {"role-detail", u"UPDATE users SET role = 'admin' WHERE username = 'dana'", u"its role is 'admin' but entry 14 recorded 'viewer'"},
            {"enabled", u"UPDATE users SET active = 1 WHERE username = 'dana'", u"it is enabled but entry 14 recorded it disabled"},
            {"password", u"UPDATE users SET password_hash = (SELECT password_hash FROM (SELECT password_hash FROM users WHERE username = 'coord') c) "
                         "WHERE username = 'dana'", u"password hash"},
            {"renamed", u"UPDATE users SET username = 'dana2' WHERE username = 'dana'", u"its name is 'dana2'"},
            {"added", u"INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
                      "SELECT 'mallory', 'M', 'admin', password_hash, 1, 0 FROM users WHERE username = 'coord'", u"'mallory'"},
        };
        for (const char *backend : {"sqlite", "postgresql"})
            for (const auto &c : cases)
                QTest::addRow("%s/%s", backend, c.name) << QString::fromUtf16(c.sql) << QString::fromUtf16(c.reason);
    }
    void directUserChangeIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(QString, reasonPart);
        GL_REQUIRE_BACKEND(*m_t);
        populate();
        ManualClock clock(1'767'312'000'000);
        ServiceContext ctx{*m_db, UserService::actorFor(*m_db, u"coord"_s), &clock};
        // Changes through the service are chained with the account's state: the chain verifies.
        UserService users(ctx);
        users.add(u"dana"_s, u"Dana"_s, Role::Dispatcher, u"a long enough password"_s); // 11
        users.setRole(u"dana"_s, Role::Viewer);                                           // 12
        users.resetPassword(u"dana"_s, u"another long password"_s);                       // 13
        users.setEnabled(u"dana"_s, false);                                               // 14
        const AuditVerdict before = AuditLog::verify(*m_db);
        QVERIFY2(before.ok, qPrintable(before.reason));
        // The same change made directly in the store leaves the live row unlike its last chained state.
        m_db->exec(sql);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(!v.ok, "a direct change of an account went unnoticed");
        QVERIFY2(v.reason.contains(reasonPart), qPrintable(v.reason));
        QCOMPARE(v.firstBad, reasonPart.contains(u"mallory"_s) ? 15 : 14);
    }

    void entriesWrittenBeforeTheKeyAreSealed_data() { test::addBackendRows(); }
    void entriesWrittenBeforeTheKeyAreSealed()
    {
        // A store written by the previous version (schema 15, no MACs): an account and three entries.
        GL_REQUIRE_BACKEND(*m_t);
        Schema::migrate(*m_db, AuditLog::keyedSchemaVersion - 1);
        m_db->exec(u"INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
                   "VALUES ('old', 'Old admin', 'admin', 'legacy-hash', 1, 0)"_s);
        QString prev = QString::fromLatin1(AuditLog::genesisHash);
        for (qint64 seq = 1; seq <= 3; ++seq) {
            const AuditRecord r{u"old"_s, u"shift.add"_s, u"shift"_s, u"L%1"_s.arg(seq), {}, {}, {}};
            const QString hash = AuditLog::hashOf(prev, AuditLog::canonical(seq, 1000 * seq, r, u"{}"_s));
            m_db->exec(u"INSERT INTO audit_log (seq, ts_utc, actor, action, object_type, object_id, area, equipment, details, prev_hash, hash) "
                       "VALUES (?, ?, 'old', 'shift.add', 'shift', ?, '', '', '{}', ?, ?)"_s,
                       {seq, 1000 * seq, r.objectId, prev, hash});
            prev = hash;
        }
        m_db->exec(u"INSERT INTO schema_meta (key, value) VALUES ('audit_head', ?)"_s, {QString(u"3:"_s + prev)});
        QVERIFY(!QFile::exists(keyPath()));
        QCOMPARE(Schema::migrate(*m_db), Schema::latestVersion() - AuditLog::keyedSchemaVersion + 1);
        QVERIFY(QFile::exists(keyPath())); // created by the step that keyed the chain
        // Entries 1-3 stay unkeyed (reported as such, not as broken); entry 4 records the accounts.
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.unkeyedThrough, 3);
        QCOMPARE(v.entries, 4);
        QCOMPARE(m_db->scalar(u"SELECT action FROM audit_log WHERE seq = 4"_s).toString(), u"audit.keyed"_s);
        // The account of before the key is chained too.
        dropProtection();
        m_db->exec(u"UPDATE users SET role = 'viewer' WHERE username = 'old'"_s);
        QVERIFY(AuditLog::verify(*m_db).reason.contains(u"'old'"_s));
        m_db->exec(u"UPDATE users SET role = 'admin' WHERE username = 'old'"_s);
        QVERIFY(AuditLog::verify(*m_db).ok);
        // Rewriting an unkeyed entry and re-hashing the unkeyed part no longer ends in the sealed hash.
        m_db->exec(u"UPDATE audit_log SET actor = 'scapegoat' WHERE seq = 2"_s);
        const QString hash4 = hashAt(4);
        rehashFrom(2);
        const AuditVerdict rewritten = AuditLog::verify(*m_db);
        QVERIFY(!rewritten.ok);
        QCOMPARE(rewritten.firstBad, 3);
        QVERIFY2(rewritten.reason.contains(u"sealed"_s), qPrintable(rewritten.reason));
        // Moving the seal to the forged hashes needs the key.
        m_db->exec(u"UPDATE schema_meta SET value = ? WHERE key = 'audit_unkeyed_through'"_s, {QString(u"3:"_s + hashAt(3))});
        const AuditVerdict reseal = AuditLog::verify(*m_db);
        QVERIFY(!reseal.ok);
        QVERIFY2(reseal.reason.contains(u"seal"_s), qPrintable(reseal.reason));
        QVERIFY(hash4 != hashAt(4));
    }

    void postgresAppRoleOnlyReadsAndAppends()
    {
        // installer/postgresql/audit-owner.sql on a real cluster: after it, the application role writes as
        // before, but can neither change an audit row, nor disable the triggers, nor drop the table.
        const QString admin = test::pgAdminUrl();
        if (admin.isEmpty()) {
            if (qEnvironmentVariableIntValue("GUARDLINE_REQUIRE_PG") == 1)
                QFAIL("GUARDLINE_TEST_PG_URL is not set but GUARDLINE_REQUIRE_PG=1");
            QSKIP("no PostgreSQL test cluster (set GUARDLINE_TEST_PG_URL; scripts/test.sh does)");
        }
        if (QStandardPaths::findExecutable(u"psql"_s).isEmpty())
            QSKIP("psql (postgresql-client) is not installed");
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString app = u"glapp_"_s + suffix, owner = u"glown_"_s + suffix, dbName = u"glroles_"_s + suffix;
        const QString base = admin.left(admin.lastIndexOf(u'/') + 1);
        const QString adminDb = base + dbName;
        const QString appUrl = u"postgresql://%1:app-password-1@%2/%3"_s.arg(app, base.section(u'@', 1).chopped(1), dbName);
        auto cluster = Database::open(DbUrl::parse(admin));
        cluster->exec(u"CREATE ROLE %1 LOGIN PASSWORD 'app-password-1'"_s.arg(app));
        cluster->exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(dbName, app));
        auto dropAll = qScopeGuard([&] {
            try {
                cluster->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(dbName));
                cluster->exec(u"DROP ROLE IF EXISTS %1"_s.arg(app));
                cluster->exec(u"DROP ROLE IF EXISTS %1"_s.arg(owner));
            } catch (...) {
            }
        });
        {
            auto db = Database::open(DbUrl::parse(appUrl));
            Schema::migrate(*db); // `guardlinectl init` as the application role
            m_db = std::move(db);
            populate();
            m_db.reset();
        }
        for (int run = 0; run < 2; ++run) { // idempotent
            QProcess psql;
            psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, adminDb, u"-v"_s, u"app_role="_s + app, u"-v"_s, u"owner_role="_s + owner, u"-f"_s,
                                   QStringLiteral(GUARDLINE_SOURCE_DIR "/installer/postgresql/audit-owner.sql")});
            QVERIFY(psql.waitForFinished(60'000));
            QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        }
        m_db = Database::open(DbUrl::parse(appUrl));
        QCOMPARE(m_db->scalar(u"SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'"_s).toString(), owner);
        // The application keeps working: audited changes append, the chain verifies.
        ManualClock clock(1'767'312'000'000);
        ServiceContext ctx{*m_db, UserService::actorFor(*m_db, u"coord"_s), &clock};
        ContractorService(ctx).addShift(u"S10"_s, u"Shift 10"_s, u"08:00"_s, u"16:00"_s);
        UserService(ctx).add(u"dana"_s, u"Dana"_s, Role::Viewer, u"a long enough password"_s);
        const AuditVerdict v = AuditLog::verify(*m_db);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, 12);
        for (const QString &sql : {u"UPDATE audit_log SET actor = 'x' WHERE seq = 3"_s, u"DELETE FROM audit_log WHERE seq = 12"_s,
                                   u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s, u"TRUNCATE audit_log"_s, u"DROP TABLE audit_log"_s,
                                   u"DROP TRIGGER audit_log_no_change ON audit_log"_s}) {
            try {
                m_db->exec(sql);
                QFAIL(qPrintable(u"the application role could: "_s + sql));
            } catch (const Error &) {
            }
        }
        QVERIFY(AuditLog::verify(*m_db).ok);
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
