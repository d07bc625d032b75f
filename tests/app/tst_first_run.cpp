// SPDX-License-Identifier: Apache-2.0
// First run without the demo (issue #17 item 1): the set-up assistant on an empty store, driven with real
// mouse and keyboard events: the store (an unreachable PostgreSQL URL first, then a SQLite file), a
// broken layout file (its faults listed with their lines, Next disabled) then a valid one, the first
// administrator; after Finish the store holds the site and the administrator, and the main window
// opens signed in on that site.
//
// GUARDLINE_FIRSTRUN_SHOTS=DIR saves a picture of every page there; GUARDLINE_FIRSTRUN_LANG=zh_CN shows
// the assistant in Chinese (the checks do not depend on the language).
#include "demo/DemoPlant.h"
#include "modules/site/logic/SiteService.h"
#include "modules/site/logic/StoreSetup.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

// A plant of its own (not the demo): two areas, a tank, a pump, a gas detector.
const char *kValidLayout = R"({
  "format": "guardline-site-layout", "version": 1,
  "site": {"code": "NJTW", "name": "Nanjing Test Works", "name_zh": "南京试验厂", "timezone": "Asia/Shanghai",
           "origin": {"lat": 32.05, "lon": 118.78}},
  "areas": [
    {"code": "TK1", "name": "Tank farm", "name_zh": "罐区", "kind": "storage", "risk": "red",
     "polygon": [[0, 0], [60, 0], [60, 40], [0, 40]], "z_min": 0, "z_max": 20},
    {"code": "WS1", "name": "Workshop", "kind": "process", "risk": "blue",
     "polygon": [[70, 0], [110, 0], [110, 30], [70, 30]]}
  ],
  "structures": [
    {"code": "TK1-T1", "area": "TK1", "name": "Solvent tank", "kind": "tank", "center": [20, 20], "radius": 8, "height": 12}
  ],
  "equipment": [
    {"code": "P-1", "qr": "NJ-EQ-1", "name": "Transfer pump", "kind": "pump", "area": "TK1", "position": [35, 20, 0]}
  ],
  "sensors": [
    {"tag": "TK1.VOC_ppm", "kind": "toxic_gas", "unit": "ppm", "area": "TK1", "equipment": "P-1",
     "position": [36, 21, 1], "range": [0, 200]}
  ]
}
)";

QString write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// Clicks into a line edit, selects what it holds and types `text` over it.
void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(5, edit->height() / 2));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void clickRadio(QRadioButton *radio) { QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2)); }

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_shots;
    int m_shot = 0;

    template <class T>
    T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }
    void shoot(QWidget *w, const char *what)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        w->grab().save(u"%1/firstrun-%2-%3.png"_s.arg(m_shots).arg(++m_shot).arg(QLatin1String(what)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"Guardline"_s);
        QCoreApplication::setApplicationName(u"Guardline"_s);
        // The settings the assistant writes go to the test's folder, not the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_shots = qEnvironmentVariable("GUARDLINE_FIRSTRUN_SHOTS");
        ui::applyTheme(*qApp, ui::Theme::Dark); // as the app starts
        if (qEnvironmentVariable("GUARDLINE_FIRSTRUN_LANG").startsWith(u"zh"_s)) {
            auto *t = new QTranslator(qApp);
            QVERIFY(t->load(u":/i18n/guardline_zh_CN.qm"_s));
            QCoreApplication::installTranslator(t);
            auto *qt = new QTranslator(qApp); // Next, Back, Finish as the app shows them
            if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
        }
    }

    void aNewStoreIsSetUpFromTheAssistant()
    {
        const QString dbPath = m_dir.filePath(u"plant/guardline.sqlite"_s);
        const QString url = u"sqlite:"_s + dbPath;
        // An empty store (no file yet) needs the set-up; looking at it creates nothing.
        QVERIFY(StoreSetup::probe(url).needsSetUp());
        QVERIFY(!QFile::exists(dbPath));

        const QString broken = write(m_dir.filePath(u"broken.json"_s), QByteArray(kValidLayout)
                                                                           .replace(R"("risk": "blue")", R"("risk": "purple")")
                                                                           .replace(R"("area": "TK1", "position": [35)", R"("area": "TK9", "position": [35)"));
        const QString valid = write(m_dir.filePath(u"layout.json"_s), kValidLayout);

        ui::FirstRunWizard wizard(DbUrl::defaultSqlitePath());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // 1. The store. A PostgreSQL server that does not answer: the reason in place, nothing kept.
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::StorePage));
        QVERIFY(!next->isEnabled()); // not tested yet
        shoot(&wizard, "store");
        auto *status = child<QLabel>(&wizard, "storeStatus");
        clickRadio(child<QRadioButton>(&wizard, "storePostgres"));
        typeInto(child<QLineEdit>(&wizard, "postgresUrl"), u"postgresql://guardline@127.0.0.1:1/guardline"_s);
        QTest::mouseClick(child<QAbstractButton>(&wizard, "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("error").toBool(), 30'000);
        QVERIFY2(status->text().contains(u"cannot connect to postgresql://guardline@127.0.0.1:1/guardline"_s), qPrintable(status->text()));
        QVERIFY(!next->isEnabled());
        shoot(&wizard, "store-postgres-error");

        // The SQLite file, typed; the test opens it really (and leaves nothing behind until Finish).
        clickRadio(child<QRadioButton>(&wizard, "storeSqlite"));
        typeInto(child<QLineEdit>(&wizard, "sqlitePath"), dbPath);
        QTest::mouseClick(child<QAbstractButton>(&wizard, "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30'000);
        QVERIFY(!status->property("error").toBool());
        QVERIFY(!QFile::exists(dbPath));
        QVERIFY(!QSettings().contains(QLatin1String(ui::FirstRunWizard::settingsKey))); // kept only at Finish
        shoot(&wizard, "store-ok");
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstRunWizard::SitePage));

        // 2. The layout: the broken file's faults, each on its line with its field; Next stays disabled.
        QVERIFY(!next->isEnabled());
        auto *layoutPath = child<QLineEdit>(&wizard, "layoutPath");
        typeInto(layoutPath, broken);
        QTest::keyClick(layoutPath, Qt::Key_Return);
        auto *issues = child<QTreeWidget>(&wizard, "layoutIssues");
        QTRY_VERIFY(issues->isVisible());
        QCOMPARE(issues->topLevelItemCount(), 2);
        QByteArray text;
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::ReadOnly));
            text = f.readAll();
        }
        auto lineOf = [&](const char *needle) { return QString::number(text.left(text.indexOf(needle)).count('\n') + 1); };
        QCOMPARE(issues->topLevelItem(0)->text(0), lineOf(R"("risk": "purple")"));
        QCOMPARE(issues->topLevelItem(0)->text(1), u"area 'WS1' (#2)"_s);
        QCOMPARE(issues->topLevelItem(0)->text(2), u"risk"_s);
        QCOMPARE(issues->topLevelItem(0)->text(3), u"must be red, orange, yellow or blue"_s);
        QCOMPARE(issues->topLevelItem(1)->text(0), lineOf(R"("area": "TK9")"));
        QCOMPARE(issues->topLevelItem(1)->text(1), u"equipment 'P-1' (#1)"_s);
        QCOMPARE(issues->topLevelItem(1)->text(2), u"area"_s);
        QCOMPARE(issues->topLevelItem(1)->text(3), u"unknown area 'TK9'"_s);
        QVERIFY(child<QLabel>(&wizard, "layoutSummary")->property("error").toBool());
        QVERIFY(!next->isEnabled());
        shoot(&wizard, "layout-errors");

        typeInto(layoutPath, valid);
        QVERIFY(!next->isEnabled()); // typed, not checked yet
        QTest::mouseClick(child<QAbstractButton>(&wizard, "validateLayout"), Qt::LeftButton);
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(!issues->isVisible());
        QVERIFY(child<QLabel>(&wizard, "layoutSummary")->text().contains(u"NJTW"_s));
        shoot(&wizard, "layout-ok");
        QVERIFY(!QFile::exists(dbPath)); // nothing imported before Finish
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstRunWizard::AdminPage));

        // 3. The first administrator: Finish waits for a long enough password, typed twice the same.
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        typeInto(child<QLineEdit>(&wizard, "adminUsername"), u"li.ming"_s);
        typeInto(child<QLineEdit>(&wizard, "adminName"), u"Li Ming"_s);
        typeInto(child<QLineEdit>(&wizard, "adminPassword"), u"short"_s);
        QVERIFY(!finish->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "adminStatus")->property("error").toBool());
        typeInto(child<QLineEdit>(&wizard, "adminPassword"), u"tank farm 2026"_s);
        typeInto(child<QLineEdit>(&wizard, "adminRepeat"), u"tank farm 2025"_s);
        QVERIFY(!finish->isEnabled());
        typeInto(child<QLineEdit>(&wizard, "adminRepeat"), u"tank farm 2026"_s);
        QTRY_VERIFY(finish->isEnabled());
        shoot(&wizard, "admin");
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 60'000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.outcome(), ui::FirstRunWizard::Outcome::SetUp);
        QCOMPARE(wizard.url(), url);
        QCOMPARE(wizard.adminUsername(), u"li.ming"_s);
        QCOMPARE(QSettings().value(QLatin1String(ui::FirstRunWizard::settingsKey)).toString(), url); // the next start's store

        // The store, read through the services: the site, the administrator, the audit chain.
        {
            auto db = Database::open(DbUrl::parse(url));
            const Clock &clock = processClock();
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            const SiteInfo site = SiteService(ctx).info();
            QVERIFY(site.exists);
            QCOMPARE(site.code, u"NJTW"_s);
            QCOMPARE(site.name, u"Nanjing Test Works"_s);
            QCOMPARE(SiteService(ctx).layout().areas.size(), 2);
            const QList<UserInfo> users = UserService(ctx).list();
            QCOMPARE(users.size(), 1);
            QCOMPARE(users.first().username, u"li.ming"_s);
            QCOMPARE(users.first().displayName, u"Li Ming"_s);
            QCOMPARE(users.first().role, Role::Admin);
            QCOMPARE(UserService::authenticate(*db, u"li.ming"_s, u"tank farm 2026"_s).role, Role::Admin);
            QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'user.add' AND object_id = 'li.ming'"_s).toString(),
                     u"system:first-run"_s);
            QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'site.import' AND object_id = 'NJTW'"_s).toString(),
                     u"li.ming"_s);
            QVERIFY(AuditLog::verify(*db).ok);
            // The demo never goes into this store.
            try {
                DemoPlant::load(*db);
                QFAIL("the demo was loaded into a real site's store");
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::BadInput);
            }
        }
        // The next start: accounts exist, so the normal sign-in, no assistant.
        QVERIFY(!StoreSetup::probe(url).needsSetUp());

        // The main window, signed in as that administrator (what Application does after Finish), on the site.
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        QSignalSpy failed(&w, &ui::MainWindow::storeFailed);
        w.openStore(wizard.url(), false, wizard.adminUsername(), wizard.adminPassword());
        w.resize(1400, 800);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 || failed.count() > 0, 120'000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(w.lastSnapshot()->site.code, u"NJTW"_s);
        QCOMPARE(w.lastSnapshot()->layout.areas.size(), 2);
        QVERIFY2(w.windowTitle().contains(u"Nanjing Test Works"_s) || w.windowTitle().contains(u"南京试验厂"_s),
                 qPrintable(w.windowTitle()));
        QVERIFY(!w.windowTitle().contains(u"DEMO"_s));
        shoot(&w, "main-window");
        w.close();
    }

    void aPostgresServerThatAnswers()
    {
        const QString pg = qEnvironmentVariable("GUARDLINE_TEST_PG_URL"); // scripts/test.sh starts one
        if (pg.isEmpty())
            QSKIP("no PostgreSQL test cluster (set GUARDLINE_TEST_PG_URL; scripts/test.sh does)");
        ui::FirstRunWizard wizard(DbUrl::defaultSqlitePath());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickRadio(child<QRadioButton>(&wizard, "storePostgres"));
        typeInto(child<QLineEdit>(&wizard, "postgresUrl"), pg);
        QTest::keyClick(child<QLineEdit>(&wizard, "postgresUrl"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30'000);
        QVERIFY(!child<QLabel>(&wizard, "storeStatus")->property("error").toBool());
        QCOMPARE(wizard.url(), pg);
        wizard.reject();
    }

    void theDemoIsOneClickAway()
    {
        ui::FirstRunWizard wizard(u"sqlite:"_s + m_dir.filePath(u"other.sqlite"_s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(child<QAbstractButton>(&wizard, "openDemo"), Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.outcome(), ui::FirstRunWizard::Outcome::Demo);
        QVERIFY(!QFile::exists(m_dir.filePath(u"other.sqlite"_s))); // nothing written to the store on page 1
    }

    void aStoreWithAccountsGoesToTheSignIn()
    {
        // A store set up elsewhere (guardlinectl): chosen in the assistant, it is kept for the sign-in.
        const QString url = u"sqlite:"_s + m_dir.filePath(u"plant/guardline.sqlite"_s);
        ui::FirstRunWizard wizard(u"sqlite:"_s + m_dir.filePath(u"nothing.sqlite"_s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(child<QLineEdit>(&wizard, "sqlitePath"), url.mid(7));
        QTest::keyClick(child<QLineEdit>(&wizard, "sqlitePath"), Qt::Key_Return);
        auto *signIn = child<QAbstractButton>(&wizard, "signInInstead");
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isVisible(), 30'000);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing to set up there
        shoot(&wizard, "store-has-accounts");
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.outcome(), ui::FirstRunWizard::Outcome::SignIn);
        QCOMPARE(wizard.url(), url);
        QCOMPARE(QSettings().value(QLatin1String(ui::FirstRunWizard::settingsKey)).toString(), url);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
