// SPDX-License-Identifier: Apache-2.0
// The first run's store set-up (StoreSetup, behind the app's set-up assistant) on both backends: looking
// at a store changes nothing, the connection test leaves nothing behind, the set-up is all or nothing
// and only once.
#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "modules/site/logic/StoreSetup.h"
#include "platform/auth/UserService.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestStoreSetup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString layoutFile()
    {
        // The demo's layout under another code: a plant of its own, written where a user would keep it.
        QByteArray json = demo::demoLayoutJson();
        json.replace("\"code\": \"DEMO\"", "\"code\": \"PLANT7\"");
        const QString path = m_dir.filePath(u"plant7.json"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            qFatal("cannot write the layout");
        // its meshes live in the demo's resources: a real layout ships them beside it
        for (const site::Structure &s : demo::demoLayout().structures)
            if (!s.mesh.isEmpty()) {
                QDir().mkpath(QFileInfo(m_dir.filePath(s.mesh.file)).absolutePath());
                QFile::copy(s.mesh.path, m_dir.filePath(s.mesh.file));
            }
        return path;
    }

private Q_SLOTS:
    void lookingChangesNothing()
    {
        const QString path = m_dir.filePath(u"new/guardline.sqlite"_s);
        const StoreState probed = StoreSetup::probe(path);
        QVERIFY(!probed.exists);
        QVERIFY(probed.needsSetUp());
        QVERIFY(!QFile::exists(path));
        const StoreState tested = StoreSetup::test(u"sqlite:"_s + path); // really opened, then removed again
        QVERIFY(tested.needsSetUp());
        QVERIFY(!QFile::exists(path));
    }

    void aForeignDatabaseIsNamed()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            auto db = Database::open(DbUrl::parse(path));
            db->exec(u"CREATE TABLE invoices (id INTEGER)"_s);
        }
        QVERIFY_THROWS_EXCEPTION(Error, StoreSetup::test(path));
        QVERIFY(QFile::exists(path)); // it was there before: left alone
    }

    void unreachablePostgres()
    {
        try {
            StoreSetup::test(u"postgresql://guardline@127.0.0.1:1/guardline"_s);
            QFAIL("a server that does not answer was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Unreachable);
            QVERIFY2(e.message().startsWith(u"cannot connect to postgresql://guardline@127.0.0.1:1/guardline: "_s), qPrintable(e.message()));
        }
    }

    void setUpIsAllOrNothingAndOnce_data() { test::addBackendRows(); }
    void setUpIsAllOrNothingAndOnce()
    {
        QFETCH(Backend, backend);
        test::TestDb tdb(backend);
        GL_REQUIRE_BACKEND(tdb);
        const QString layout = layoutFile();
        QVERIFY(StoreSetup::test(tdb.url()).needsSetUp());
        // A refused administrator (password too short): neither the account nor the site is kept.
        QVERIFY_THROWS_EXCEPTION(Error, StoreSetup::setUp(tdb.url(), layout, {u"anna"_s, u"Anna"_s, u"short"_s}));
        {
            auto db = tdb.open();
            QCOMPARE(db->scalar(u"SELECT count(*) FROM sites"_s).toInt(), 0);
            QVERIFY(!UserService::hasUsers(*db));
        }
        StoreSetup::setUp(tdb.url(), layout, {u"anna"_s, u"Anna Wu"_s, u"long enough pw"_s});
        const StoreState st = StoreSetup::probe(tdb.url());
        QVERIFY(!st.needsSetUp());
        QCOMPARE(st.users, 1);
        QCOMPARE(st.siteCode, u"PLANT7"_s);
        {
            auto db = tdb.open();
            QCOMPARE(UserService::authenticate(*db, u"anna"_s, u"long enough pw"_s).role, Role::Admin);
            QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'site.import'"_s).toString(), u"anna"_s);
            QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'user.add'"_s).toString(), u"system:first-run"_s);
        }
        // Once: a store with accounts is signed in to, not set up again.
        try {
            StoreSetup::setUp(tdb.url(), layout, {u"bob"_s, u"Bob"_s, u"another long pw"_s});
            QFAIL("set up twice");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreSetup)
#include "tst_store_setup.moc"
