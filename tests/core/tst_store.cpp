// SPDX-License-Identifier: Apache-2.0
// The store on both backends: migrations, refusals that leave the database untouched, atomic changes.
#include "demo/DemoLayout.h"
#include "demo/DemoPlant.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/site/logic/SiteService.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Migrations.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
ErrorCode codeOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.code();
    }
    return ErrorCode::Unknown;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migratesFreshDatabase_data() { test::addBackendRows(); }
    void migratesFreshDatabase()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        QCOMPARE(Schema::currentVersion(*db), 0);
        QCOMPARE(Schema::migrate(*db), int(migrations().size()));
        QCOMPARE(Schema::currentVersion(*db), Schema::latestVersion());
        for (const char *table : {"users", "areas", "equipment", "cameras", "sensors", "contractors", "contractor_documents",
                                  "people", "certificates", "shifts", "permits", "hazards", "hazard_photos", "courses",
                                  "training_records", "alarms", "dispatch_orders", "instructions", "audit_log"})
            QVERIFY2(db->hasTable(QString::fromLatin1(table)), table);
        // Forward-only and idempotent: a second run applies nothing.
        QCOMPARE(Schema::migrate(*db), 0);
    }

    /// Bound values arrive as they were given, whatever their characters, and only the placeholders outside
    /// literals, quoted names and comments take values (PostgreSQL sends them inline, escaped by the driver).
    void bindsValuesExactly_data() { test::addBackendRows(); }
    void bindsValuesExactly()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        db->exec(u"CREATE TABLE kv (k TEXT NOT NULL, n BIGINT, x DOUBLE PRECISION, s TEXT, b BLOB_OR_BYTEA)"_s.replace(
            u"BLOB_OR_BYTEA"_s, backend == Backend::Postgres ? u"BYTEA"_s : u"BLOB"_s));
        const QStringList texts = {u"it's"_s, u"''"_s, u"a \"quoted\" ? mark"_s, u"back\\slash\\'"_s, u"--not a comment"_s,
                                   u"/* nor this */"_s, u"; DROP TABLE kv; --"_s, u"\u6E29\u5EA6 \u00B0C \U0001F525"_s, u"$1 $$"_s, u""_s};
        const QByteArray blob("\0\x01'\\x\xff\"?", 8);
        for (qsizetype i = 0; i < texts.size(); ++i)
            db->exec(u"INSERT INTO kv (k, n, x, s, b) VALUES (?, ?, ?, ?, ?)"_s,
                     {QString::number(i), qint64(i) * 1'000'000'000'000LL - 7, 0.1 * double(i) - 1e300 * (i == 3), texts.at(i), blob});
        db->exec(u"INSERT INTO kv (k, n, x, s, b) VALUES (?, ?, ?, ?, ?)"_s, {u"null"_s, QVariant(), QVariant(), QString(), QByteArray()});
        QCOMPARE(db->scalar(u"SELECT count(*) FROM kv"_s).toInt(), int(texts.size()) + 1);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QSqlQuery q = db->exec(u"SELECT n, x, s, b FROM kv WHERE k = ?"_s, {int(i)}); // an integer against a TEXT column
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(i) * 1'000'000'000'000LL - 7);
            QVERIFY(q.value(1).toDouble() == 0.1 * double(i) - 1e300 * (i == 3));
            QCOMPARE(q.value(2).toString(), texts.at(i));
            QCOMPARE(q.value(3).toByteArray(), blob);
            QVERIFY(!q.next());
        }
        QSqlQuery q = db->exec(u"SELECT n, x, s, b FROM kv WHERE k = 'null'"_s);
        QVERIFY(q.next());
        for (int c = 0; c < 4; ++c)
            QVERIFY2(q.value(c).isNull(), qPrintable(QString::number(c))); // a null QString or QByteArray is NULL
        // A '?' inside a literal, a quoted name or a comment is text, not a placeholder.
        QCOMPARE(db->scalar(u"SELECT count(*) FROM kv WHERE s = 'it''s?' OR k = ? -- which one?\n AND \"k\" <> '?'"_s, {u"2"_s}).toInt(), 1);
        QCOMPARE(db->scalar(u"SELECT s FROM kv /* ? */ WHERE k = ? AND s LIKE ?"_s, {u"2"_s, u"%?%"_s}).toString(), texts.at(2));
        // A whole double into a BIGINT column, a negative one after a minus sign (never a "--" comment).
        db->exec(u"UPDATE kv SET n = ? WHERE k = ?"_s, {1e15, u"1"_s});
        QCOMPARE(db->scalar(u"SELECT n FROM kv WHERE k = '1'"_s).toLongLong(), qint64(1'000'000'000'000'000LL));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM kv WHERE n-? = 1000000000000001 AND k = ?"_s, {-1.0, u"1"_s}).toInt(), 1);
    }

    /// sqlIn: any number of values (none, a few, more than one bound list holds) select exactly those rows, and the
    /// other bound values keep their places around it.
    void inListsSelectExactlyTheirValues_data() { test::addBackendRows(); }
    void inListsSelectExactlyTheirValues()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        db->exec(u"CREATE TABLE nums (n BIGINT NOT NULL, tag TEXT NOT NULL)"_s);
        {
            Transaction tx(*db);
            for (int n = 0; n < 1400; ++n)
                db->exec(u"INSERT INTO nums (n, tag) VALUES (?, ?)"_s, {n, n % 2 ? u"odd"_s : u"even"_s});
            tx.commit();
        }
        for (const int count : {0, 3, 500, 501, 1201}) {
            QVariantList wanted, binds{u"even"_s};
            for (int i = 0; i < count; ++i)
                wanted << qint64(i * 7 % 1400);
            const QString in = sqlIn(u"n"_s, wanted, binds);
            binds << qint64(1000);
            QCOMPARE(binds.size(), count + 2);
            QSet<qint64> expected;
            for (const QVariant &v : std::as_const(wanted))
                if (v.toLongLong() % 2 == 0 && v.toLongLong() < 1000)
                    expected.insert(v.toLongLong());
            QSqlQuery q = db->exec(u"SELECT n FROM nums WHERE tag = ? AND %1 AND n < ?"_s.arg(in), binds);
            QSet<qint64> got;
            while (q.next())
                got.insert(q.value(0).toLongLong());
            QCOMPARE(got, expected);
            QCOMPARE(in.count(u" IN ("_s), count == 0 ? 0 : (count + 499) / 500);
        }
    }

    /// A failed statement's message and log line name the error, never the statement's other values: PostgreSQL
    /// quotes the statement around the error's position, and the values are in its text (or QPSQL's EXECUTE).
    void failedStatementKeepsValuesOutOfLogAndMessage_data() { test::addBackendRows(); }
    void failedStatementKeepsValuesOutOfLogAndMessage()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        db->exec(u"CREATE TABLE kv (k TEXT NOT NULL, n BIGINT NOT NULL)"_s);
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { logged << m; });
        const QString secret = u"s3cret-intake-token-\u00E9"_s;
        QString message;
        try {
            // SQLite: NOT NULL fails; PostgreSQL: 'not a number' is no BIGINT (and its error has a position).
            db->exec(u"INSERT INTO kv (k, n) VALUES (?, ?)"_s, {secret, backend == Backend::Postgres ? QVariant(u"not a number"_s) : QVariant()});
        } catch (const Error &e) {
            message = e.message();
        }
        qInstallMessageHandler(previous);
        QVERIFY2(!message.isEmpty(), "the statement should have failed");
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY2(message.contains(u"not saved"_s), qPrintable(message));
        QVERIFY(!logged.isEmpty());
        for (const QString &l : std::as_const(logged))
            QVERIFY2(!l.contains(secret), qPrintable(l));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM kv"_s).toInt(), 0);
    }

    void refusesNewerSchemaUntouched_data() { test::addBackendRows(); }
    void refusesNewerSchemaUntouched()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        {
            auto db = t.open();
            Schema::migrate(*db);
            db->exec(u"UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'"_s);
        }
        auto db = t.open();
        QCOMPARE(codeOf([&] { Schema::migrate(*db); }), ErrorCode::NewerSchema);
        QCOMPARE(codeOf([&] { Schema::requireCurrent(*db); }), ErrorCode::NewerSchema);
        QCOMPARE(db->scalar(u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s).toString(), u"99"_s);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    }

    void refusesForeignDatabase_data() { test::addBackendRows(); }
    void refusesForeignDatabase()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        db->exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"_s);
        QCOMPARE(codeOf([&] { Schema::migrate(*db); }), ErrorCode::BadInput);
        QVERIFY(!db->hasTable(u"audit_log"_s));
    }

    void failedChangeLeavesNothingHalfWritten_data() { test::addBackendRows(); }
    void failedChangeLeavesNothingHalfWritten()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = t.open();
        Schema::migrate(*db);
        const Clock &clock = processClock();
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        UserService(ctx).add(u"admin"_s, u"Admin"_s, Role::Admin, u"correct horse battery"_s);
        ctx.actor = UserService::actorFor(*db, u"admin"_s);
        const QByteArray json = demo::demoLayoutJson();
        SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
        const int auditBefore = db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
        // Importing again fails after the check: no second site, no audit entry.
        QCOMPARE(codeOf([&] { SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json); }), ErrorCode::Conflict);
        // A hazard naming unknown equipment fails after the area look-up: no row, no audit entry.
        HazardInput h;
        h.code = u"HZ-1"_s;
        h.category = u"fire"_s;
        h.grade = u"general"_s;
        h.areaCode = u"CA1"_s;
        h.equipmentCode = u"NO-SUCH-EQ"_s;
        h.description = u"extinguisher missing"_s;
        QCOMPARE(codeOf([&] { HazardService(ctx).report(h); }), ErrorCode::NotFound);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM sites"_s).toInt(), 1);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM hazards"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), auditBefore);
        QVERIFY(AuditLog::verify(*db).ok);
    }

    void corruptFileIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/notes.sqlite"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a shift log, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        try {
            Database::open(DbUrl::parse(path));
            QFAIL("a text file was opened as a database");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(path) && e.message().contains(u"not an SQLite database"_s), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void corruptPagesAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/broken.sqlite"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(4080, '\xff')); // a valid header over garbage pages
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        QVERIFY(codeOf([&] { auto db = Database::open(DbUrl::parse(path)); Schema::migrate(*db); }) != ErrorCode::Unknown);
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyOpenModeRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/ro.sqlite"_s;
        {
            auto db = Database::open(DbUrl::parse(path));
            Schema::migrate(*db);
        }
        auto db = Database::open(DbUrl::parse(path), Database::Mode::ReadOnly);
        try {
            db->exec(u"INSERT INTO shifts (code, name, start_time, end_time) VALUES ('X','x','08:00','16:00')"_s);
            QFAIL("a read-only database accepted a write");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Storage);
            QVERIFY2(e.message().contains(u"read-only"_s), qPrintable(e.message()));
        }
    }

    void diskFullRollsBackEverything()
    {
        // SQLite reports a full disk when the file may not grow: cap it the same way.
        QTemporaryDir dir;
        const QString path = dir.path() + u"/full.sqlite"_s;
        auto db = Database::open(DbUrl::parse(path));
        Schema::migrate(*db);
        const int pages = db->scalar(u"PRAGMA page_count"_s).toInt();
        db->exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 4));
        try {
            DemoPlant::load(*db, QDateTime::fromString(u"2026-03-02T10:30:00+08:00"_s, Qt::ISODate));
            QFAIL("the demo fitted into four pages");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Storage);
            QVERIFY2(e.message().contains(u"disk is full"_s), qPrintable(e.message()));
        }
        // All or nothing: no site, no users, no audit entries were left behind.
        QCOMPARE(db->scalar(u"SELECT count(*) FROM sites"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM users"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    }

    void unreachablePostgresIsReported()
    {
        // Nothing listens on port 1: connection refused at once.
        try {
            Database::open(DbUrl::parse(u"postgresql://guardline:s3cret-pw@127.0.0.1:1/guardline"_s));
            QFAIL("connected to a closed port");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Unreachable);
            QVERIFY2(!e.message().contains(u"s3cret-pw"_s), "the password leaked into the message");
            QVERIFY(e.message().contains(u"127.0.0.1"_s));
        }
    }

    void urlParsing()
    {
        const DbUrl pg = DbUrl::parse(u"postgresql://gl:pw@db.plant.local:5433/guardline"_s);
        QCOMPARE(pg.backend, Backend::Postgres);
        QCOMPARE(pg.host, u"db.plant.local"_s);
        QCOMPARE(pg.port, 5433);
        QCOMPARE(pg.dbName, u"guardline"_s);
        QVERIFY(!pg.redacted().contains(u"pw"_s));
        QCOMPARE(DbUrl::parse(u"sqlite:/var/lib/g.sqlite"_s).path, u"/var/lib/g.sqlite"_s);
        QCOMPARE(DbUrl::parse(u"/tmp/x.sqlite"_s).backend, Backend::Sqlite);
        QCOMPARE(codeOf([] { DbUrl::parse(u"mysql://x/y"_s); }), ErrorCode::BadInput);
        QCOMPARE(codeOf([] { DbUrl::parse(u"postgresql://u@host/"_s); }), ErrorCode::BadInput);

        // Issue #18: TLS parameters in the URL reach QPSQL's connect options; nothing else does.
        const DbUrl tls = DbUrl::parse(u"postgresql://gl:pw@db:5432/guardline?sslmode=verify-full&sslrootcert=/etc/gl/ca.pem"_s);
        QCOMPARE(tls.dbName, u"guardline"_s);
        QCOMPARE(tls.pgConnectOptions(),
                 u"connect_timeout=5;application_name=guardline;sslmode=verify-full;sslrootcert=/etc/gl/ca.pem"_s);
        QCOMPARE(tls.redacted(), u"postgresql://gl:***@db:5432/guardline?sslmode=verify-full&sslrootcert=/etc/gl/ca.pem"_s);
        QCOMPARE(codeOf([] { DbUrl::parse(u"postgresql://u@h/d?sslmode=sometimes"_s); }), ErrorCode::BadInput);
        QCOMPARE(codeOf([] { DbUrl::parse(u"postgresql://u@h/d?host=evil"_s); }), ErrorCode::BadInput);
        QCOMPARE(codeOf([] { DbUrl::parse(u"postgresql://u@h/d?sslrootcert=/a%3Bhost=evil"_s); }), ErrorCode::BadInput);
        QCOMPARE(codeOf([] { DbUrl::parse(u"postgresql://u@h/d?sslcert=a%20b"_s); }), ErrorCode::BadInput);
    }

    // Issue #18: the SQLite store holds password hashes and ID numbers: created 0600, its -wal and -shm too,
    // whatever the process umask allows.
    void newSqliteStoreIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site/store.sqlite"_s);
        const mode_t old = ::umask(022);
        auto db = Database::open(DbUrl::parse(path));
        Schema::migrate(*db); // WAL mode: the -wal and -shm files exist while the store is open
        ::umask(old);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            struct stat st {};
            QVERIFY2(::stat(QFile::encodeName(path + suffix).constData(), &st) == 0, qPrintable(path + suffix));
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
