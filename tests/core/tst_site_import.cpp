// SPDX-License-Identifier: Apache-2.0
// A plant's own layout into the store (issue #3): `guardlinectl site import`, the layout's meshes kept in
// the store and drawn on every workstation, malformed files refused with nothing stored.
#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
/// The demo layout under another name, with its cooling tower mesh renamed so that only the copy next to
/// the file (not the demo's own) can be found.
QByteArray writePlant(const QString &dir, QByteArray *meshBytes)
{
    QByteArray json = demo::demoLayoutJson();
    json.replace("meshes/cooling-tower.obj", "custom/tower-a.obj");
    json.replace("\"code\": \"DEMO\"", "\"code\": \"PLANT-7\"");
    QFile shipped(u":/guardline/demo/meshes/cooling-tower.obj"_s);
    if (!shipped.open(QIODevice::ReadOnly))
        qFatal("the shipped mesh is missing");
    *meshBytes = shipped.readAll();
    QDir(dir).mkpath(u"custom"_s);
    QFile mesh(dir + u"/custom/tower-a.obj"_s);
    mesh.open(QIODevice::WriteOnly);
    mesh.write(*meshBytes);
    QFile f(dir + u"/plant.json"_s);
    f.open(QIODevice::WriteOnly);
    f.write(json);
    return json;
}

int ctl(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(u"GUARDLINE_DB"_s);
    e.remove(u"GUARDLINE_USER"_s);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), args);
    if (!p.waitForFinished(120'000))
        qFatal("guardlinectl did not finish");
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
} // namespace

class TestSiteImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void meshesTravelWithTheLayout_data() { test::addBackendRows(); }
    void meshesTravelWithTheLayout()
    {
        QFETCH(Backend, backend);
        test::TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        try {
            check(t);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void check(test::TestDb &t)
    {
        auto db = t.open();
        Schema::migrate(*db);
        QByteArray meshBytes;
        {
            QTemporaryDir dir;
            const QByteArray json = writePlant(dir.path(), &meshBytes);
            ManualClock clock;
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            SiteService(ctx).importLayout(site::SiteLayout::load(dir.path() + u"/plant.json"_s), json);
        } // the layout's folder is gone: what is drawn now comes from the store
        ManualClock clock;
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        const site::SiteLayout stored = SiteService(ctx).layout();
        QCOMPARE(stored.code, u"PLANT-7"_s);
        int found = 0;
        for (const site::Structure &s : stored.structures) {
            if (s.mesh.file != u"custom/tower-a.obj"_s)
                continue;
            ++found;
            QVERIFY2(!s.mesh.path.startsWith(u':'), qPrintable(s.mesh.path));
            QFile f(s.mesh.path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(s.mesh.path));
            QCOMPARE(f.readAll(), meshBytes);
        }
        QCOMPARE(found, 1);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM site_meshes"_s).toInt(), 1);
        const QString details = db->scalar(u"SELECT details FROM audit_log WHERE action = 'site.import'"_s).toString();
        QVERIFY2(details.contains(u"custom/tower-a.obj"_s), qPrintable(details));
    }

private Q_SLOTS:

    void cliImportsRefusesAndKeepsTheStore()
    {
        QTemporaryDir dir;
        QByteArray meshBytes, out, err;
        const QByteArray json = writePlant(dir.path(), &meshBytes);
        const QString store = dir.path() + u"/site.sqlite"_s;
        // Malformed: an equipment item in an unknown area. Refused, named, nothing stored.
        QByteArray bad = json;
        const int at = bad.indexOf("\"equipment\"");
        QVERIFY(at > 0);
        const int area = bad.indexOf("\"area\": \"", at);
        bad.replace(area, 9 + 3, "\"area\": \"ZZZ");
        QFile badFile(dir.path() + u"/bad.json"_s);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(bad);
        badFile.close();
        QCOMPARE(ctl({u"--db"_s, store, u"site"_s, u"import"_s, badFile.fileName()}, &out, &err), 2);
        QVERIFY2(err.contains("equipment") && err.contains("'area'"), err.constData());
        // A good file: imported, with its mesh.
        QCOMPARE(ctl({u"--db"_s, store, u"site"_s, u"import"_s, dir.path() + u"/plant.json"_s, u"--json"_s}, &out, &err), 0);
        QVERIFY2(out.contains("\"site\":\"PLANT-7\"") && out.contains("\"meshes\":1"), out.constData());
        // A second site is refused; the first stays.
        const int again = ctl({u"--db"_s, store, u"site"_s, u"import"_s, dir.path() + u"/plant.json"_s}, &out, &err);
        QVERIFY2(again != 0 && err.contains("already set up"), err.constData());
        QCOMPARE(ctl({u"--db"_s, store, u"audit"_s, u"verify"_s, u"--json"_s}, &out, &err), 0);
    }

    // Issue #18: a layout names mesh files inside its own folder only (relative, no '..', no symbolic link),
    // its cameras' URLs are ones the registry accepts, and a password in a camera URL does not stay in the
    // stored layout.
    void hostileLayoutsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("symlink to /etc/passwd") << QByteArray("custom/tower-a.obj") << QByteArray("passwd.stl")
                                                << u"'passwd.stl': a symbolic link"_s;
        QTest::newRow("symlinked folder") << QByteArray("custom/tower-a.obj") << QByteArray("linked/tower-a.obj")
                                          << u"'linked/tower-a.obj': a symbolic link"_s;
        QTest::newRow("absolute path") << QByteArray("custom/tower-a.obj") << QByteArray("/etc/ssl/openssl.obj")
                                       << u"not absolute"_s;
        QTest::newRow("dot-dot") << QByteArray("custom/tower-a.obj") << QByteArray("custom/../../outside.obj")
                                 << u"no '..'"_s;
        QTest::newRow("concat: camera URL") << QByteArray("rtsp://127.0.0.1:8554/cam-01")
                                            << QByteArray("concat:/etc/passwd") << u"field 'url': unsupported scheme 'concat'"_s;
    }
    void hostileLayoutsAreRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QByteArray meshBytes;
        QByteArray json = writePlant(dir.path(), &meshBytes);
        QVERIFY(json.contains(from));
        json.replace(from, to);
        QVERIFY(QFile::link(u"/etc/passwd"_s, dir.filePath(u"passwd.stl"_s)));
        QVERIFY(QFile::link(dir.filePath(u"custom"_s), dir.filePath(u"linked"_s)));
        QFile(dir.filePath(u"plant.json"_s)).remove();
        QFile f(dir.filePath(u"plant.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        ManualClock clock;
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        try {
            SiteService(ctx).importLayout(site::SiteLayout::load(dir.filePath(u"plant.json"_s)), json);
            QFAIL("imported");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM sites"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM site_meshes"_s).toInt(), 0);
    }

    void cameraPasswordsLeaveTheStoredLayout()
    {
        QTemporaryDir dir;
        QByteArray meshBytes;
        QByteArray json = writePlant(dir.path(), &meshBytes);
        json.replace("rtsp://127.0.0.1:8554/cam-01", "rtsp://admin:hunter2-secret@127.0.0.1:8554/cam-01");
        QFile f(dir.filePath(u"plant.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        test::TestDb t(Backend::Sqlite);
        auto db = t.open();
        Schema::migrate(*db);
        ManualClock clock;
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        SiteService(ctx).importLayout(site::SiteLayout::load(dir.filePath(u"plant.json"_s)), json);
        const QString stored = db->scalar(u"SELECT layout FROM sites"_s).toString();
        QVERIFY(!stored.contains(u"hunter2-secret"_s));
        QVERIFY(stored.contains(u"rtsp://127.0.0.1:8554/cam-01"_s));
        QCOMPARE(SiteService(ctx).layout().cameras.size(), site::SiteLayout::load(dir.filePath(u"plant.json"_s)).cameras.size());
    }
};

QTEST_GUILESS_MAIN(TestSiteImport)
#include "tst_site_import.moc"
