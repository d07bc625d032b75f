// SPDX-License-Identifier: Apache-2.0
// Issue #17 item 2: user administration in the command center, with real mouse and keyboard events under
// Xvfb, on a fresh SQLite store with no demo data (only the first administrator, as `guardlinectl users add`
// makes it). The administrator opens Administration → Users…, adds a dispatcher, changes the role, resets
// the password and disables the account; the audit chain names the administrator for each change, the
// disabled account cannot sign in (UserService and the app's own sign-in), the last administrator cannot be
// disabled. A non-administrator finds the menu entry disabled, saying why. The zh_CN build translates it.
// With GUARDLINE_UI_SHOTS=DIR the test also saves the window and its forms there as PNG (both languages).
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Clock.h"
#include "platform/util/Error.h"
#include "shell/DataWorker.h"
#include "shell/MainWindow.h"
#include "shell/UsersAdminPanel.h"
#include "TestDb.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QSqlQuery>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QString kAdminPassword = u"root password 2026"_s;
const QString kPassword = u"a long enough password"_s;

/// A store as a plant starts it: migrated, one administrator (the bootstrap account), and `more` accounts.
void freshStore(const QString &url, const QList<std::pair<QString, Role>> &more = {})
{
    auto db = Database::open(DbUrl::parse(url));
    Schema::migrate(*db);
    const Clock &clock = processClock();
    ServiceContext ctx{*db, Actor::system(u"bootstrap"_s), &clock};
    UserService(ctx).add(u"root"_s, u"Site administrator"_s, Role::Admin, kAdminPassword);
    ctx.actor = UserService::authenticate(*db, u"root"_s, kAdminPassword);
    for (const auto &[name, role] : more)
        UserService(ctx).add(name, name, role, kPassword);
}

/// Opens the window's Administration menu with the mouse and clicks Users…; false if the popup never showed.
bool clickUsersEntry(ui::MainWindow &w, QMenu **menuOut = nullptr)
{
    QMenuBar *bar = w.menuBar();
    auto *menu = bar->findChild<QMenu *>(u"administrationMenu"_s);
    auto *action = w.findChild<QAction *>(u"openUsersAdmin"_s);
    if (!menu || !action)
        return false;
    if (menuOut)
        *menuOut = menu;
    // On a loaded machine the first click can land before the bar is ready: click again until the popup shows.
    for (int attempt = 0; attempt < 5 && !menu->isVisible(); ++attempt) {
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        if (QTest::qWaitFor([menu] { return menu->isVisible(); }, 3000))
            break;
    }
    if (!menu->isVisible())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

int rowOf(QTableWidget *table, const QString &username)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == username)
            return r;
    return -1;
}

void clickRow(QTableWidget *table, const QString &username)
{
    const int row = rowOf(table, username);
    QVERIFY2(row >= 0, qPrintable(username));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
}

QString cell(QTableWidget *table, const QString &username, int column)
{
    const int row = rowOf(table, username);
    return row < 0 || !table->item(row, column) ? QString() : table->item(row, column)->text();
}

/// The one open form of the panel, once it is on screen.
ui::UserDialog *openForm(ui::UsersAdminPanel *panel)
{
    ui::UserDialog *form = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (form = panel->findChild<ui::UserDialog *>()) && form->isVisible(); }, 5000);
    return shown ? form : nullptr;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUARDLINE_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

/// Signs the window in and waits for its first snapshot; an early failure names the store's message.
bool signIn(ui::MainWindow &w, const QString &url, const QString &user, const QString &password)
{
    QSignalSpy failed(&w, &ui::MainWindow::storeFailed), shown(&w, &ui::MainWindow::snapshotShown);
    w.openStore(url, false, user, password);
    w.resize(1400, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    if (!QTest::qWaitFor([&] { return shown.count() > 0 || failed.count() > 0; }, 60'000))
        qWarning() << "no snapshot within 60 s";
    if (failed.count() > 0)
        qWarning() << "sign-in failed:" << failed.at(0).at(0).toString();
    return failed.count() == 0 && shown.count() > 0;
}
} // namespace

class TestUsersAdminUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminManagesUsersInTheApp()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        freshStore(t.url());
        ui::MainWindow w;
        QAction *entry = w.findChild<QAction *>(u"openUsersAdmin"_s);
        QVERIFY(entry);
        QVERIFY(!entry->isEnabled()); // nobody signed in yet
        QVERIFY(signIn(w, t.url(), u"root"_s, kAdminPassword));
        QTRY_VERIFY(entry->isEnabled());

        QVERIFY(clickUsersEntry(w));
        ui::UsersAdminPanel *panel = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((panel = w.findChild<ui::UsersAdminPanel *>()) && panel->isVisible(), 5000);
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        QTableWidget *table = panel->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10'000); // only the administrator: no demo accounts
        QCOMPARE(cell(table, u"root"_s, 2), ui::roleTitle(Role::Admin));

        // 1. Add… a dispatcher. A short password and two different ones are refused in place, before any store call.
        QTest::mouseClick(panel->findChild<QPushButton *>(u"userAdd"_s), Qt::LeftButton);
        ui::UserDialog *form = openForm(panel);
        QVERIFY(form);
        QCOMPARE(form->kind(), ui::UserDialog::Add);
        QTest::keyClicks(form->usernameEdit(), u"li.wei"_s);
        QTest::keyClicks(form->nameEdit(), u"Li Wei"_s);
        QCOMPARE(form->roleBox()->currentData().toString(), u"dispatcher"_s);
        QTest::keyClicks(form->passwordEdit(), u"short"_s);
        QTest::keyClicks(form->repeatEdit(), u"short"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QCOMPARE(form->statusLabel()->text(), ui::UserDialog::tr("The password is too short: at least %1 characters (typed: %2).").arg(10).arg(5));
        QVERIFY(form->isVisible());
        form->passwordEdit()->clear();
        form->repeatEdit()->clear();
        QTest::keyClicks(form->passwordEdit(), u"dispatch desk one"_s);
        QTest::keyClicks(form->repeatEdit(), u"dispatch desk 1"_s);
        QTest::keyClick(form->repeatEdit(), Qt::Key_Return);
        QCOMPARE(form->statusLabel()->text(), ui::UserDialog::tr("The two passwords differ: type the same password twice."));
        QCOMPARE(table->rowCount(), 1); // nothing was asked of the store
        form->repeatEdit()->clear();
        QTest::keyClicks(form->repeatEdit(), u"dispatch desk one"_s);
        shoot(form, u"users-add-"_s + (QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s));
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10'000);
        QCOMPARE(cell(table, u"li.wei"_s, 1), u"Li Wei"_s);
        QCOMPARE(cell(table, u"li.wei"_s, 2), ui::roleTitle(Role::Dispatcher));

        // 2. Change role…: the dispatcher becomes an EHS manager (one step down in the list, by keyboard).
        clickRow(table, u"li.wei"_s);
        QCOMPARE(panel->selectedUser(), u"li.wei"_s);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"userRole"_s), Qt::LeftButton);
        QVERIFY((form = openForm(panel)));
        QCOMPARE(form->kind(), ui::UserDialog::ChangeRole);
        QCOMPARE(form->roleBox()->currentData().toString(), u"dispatcher"_s);
        form->roleBox()->setFocus();
        QTest::keyClick(form->roleBox(), Qt::Key_Down);
        QCOMPARE(form->roleBox()->currentData().toString(), u"ehs_manager"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, u"li.wei"_s, 2), ui::roleTitle(Role::EhsManager), 10'000);

        // 3. Reset password…: the new one works, the old one no longer does.
        QTRY_COMPARE(panel->selectedUser(), u"li.wei"_s); // kept across the reload
        QTest::mouseClick(panel->findChild<QPushButton *>(u"userPassword"_s), Qt::LeftButton);
        QVERIFY((form = openForm(panel)));
        QCOMPARE(form->kind(), ui::UserDialog::ResetPassword);
        QTest::keyClicks(form->passwordEdit(), u"a brand new passphrase"_s);
        QTest::keyClicks(form->repeatEdit(), u"a brand new passphrase"_s);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(),
                                  ui::UserDialog::tr("New password set for %1: tell it to them in person; they sign in with it from now on.")
                                      .arg(u"li.wei"_s), 10'000);
        {
            auto db = Database::open(DbUrl::parse(t.url()));
            QCOMPARE(UserService::authenticate(*db, u"li.wei"_s, u"a brand new passphrase"_s).role, Role::EhsManager);
            QVERIFY_THROWS_EXCEPTION(Error, UserService::authenticate(*db, u"li.wei"_s, u"dispatch desk one"_s));
        }

        // 4. Disable…, confirmed in its form: the row says so and the button offers Enable.
        QTRY_COMPARE(panel->selectedUser(), u"li.wei"_s);
        auto *enableButton = panel->findChild<QPushButton *>(u"userEnable"_s);
        QTest::mouseClick(enableButton, Qt::LeftButton);
        QVERIFY((form = openForm(panel)));
        QCOMPARE(form->kind(), ui::UserDialog::Disable);
        shoot(form, u"users-disable-"_s + (QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s));
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cell(table, u"li.wei"_s, 3) != ui::UsersAdminPanel::tr("yes"), 10'000);
        QCOMPARE(cell(table, u"li.wei"_s, 3), ui::UsersAdminPanel::tr("no — disabled"));
        QTRY_COMPARE(enableButton->text(), ui::UsersAdminPanel::tr("&Enable"));
        shoot(panel, u"users-admin-"_s + (QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s));

        // 5. The last enabled administrator cannot be disabled: the service's refusal shows in the form.
        clickRow(table, u"root"_s);
        QTRY_COMPARE(panel->selectedUser(), u"root"_s);
        QTest::mouseClick(enableButton, Qt::LeftButton);
        QVERIFY((form = openForm(panel)));
        QCOMPARE(form->kind(), ui::UserDialog::Disable);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->statusLabel()->text().contains(u"last enabled administrator"_s), 10'000);
        QVERIFY(form->isVisible());
        QTest::mouseClick(form->findChild<QPushButton *>(u"userDialogCancel"_s), Qt::LeftButton);

        // The store: each change audited under the administrator, the chain intact, the disabled account refused
        // by the service and by the app's own sign-in (the data thread's open()).
        {
            auto db = Database::open(DbUrl::parse(t.url()));
            QSqlQuery q = db->exec(u"SELECT action, actor, details FROM audit_log WHERE object_type = 'user' AND object_id = 'li.wei' "
                                   "AND action NOT LIKE 'user.signin%' ORDER BY seq"_s);
            QStringList actions;
            while (q.next()) {
                actions << q.value(0).toString();
                QCOMPARE(q.value(1).toString(), u"root"_s);
                QVERIFY2(!q.value(2).toString().contains(u"passphrase"_s) && !q.value(2).toString().contains(u"argon2"_s),
                         qPrintable(q.value(2).toString()));
            }
            QCOMPARE(actions, (QStringList{u"user.add"_s, u"user.role"_s, u"user.password.reset"_s, u"user.disable"_s}));
            QVERIFY(db->scalar(u"SELECT details FROM audit_log WHERE action = 'user.role' AND object_id = 'li.wei'"_s)
                        .toString().contains(u"ehs_manager"_s));
            QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'user.disable' AND object_id = 'root'"_s).toInt(), 0);
            QVERIFY(AuditLog::verify(*db).ok);
            try {
                UserService::authenticate(*db, u"li.wei"_s, u"a brand new passphrase"_s);
                QFAIL("a disabled account signed in");
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::Forbidden);
                QVERIFY2(e.message().contains(u"disabled"_s), qPrintable(e.message()));
            }
        }
        ui::DataWorker app; // the app's sign-in path, run here on the test thread
        QSignalSpy failed(&app, &ui::DataWorker::failed), opened(&app, &ui::DataWorker::opened);
        app.open(t.url(), false, u"li.wei"_s, u"a brand new passphrase"_s);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"is disabled"_s), qPrintable(failed.at(0).at(0).toString()));

        // Enable again: the account signs in once more.
        clickRow(table, u"li.wei"_s);
        QTRY_COMPARE(enableButton->text(), ui::UsersAdminPanel::tr("&Enable"));
        QTest::mouseClick(enableButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, u"li.wei"_s, 3), ui::UsersAdminPanel::tr("yes"), 10'000);
        auto db = Database::open(DbUrl::parse(t.url()));
        QCOMPARE(UserService::authenticate(*db, u"li.wei"_s, u"a brand new passphrase"_s).username, u"li.wei"_s);
        QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'user.enable' AND object_id = 'li.wei'"_s).toString(), u"root"_s);
    }

    void nonAdministratorFindsTheEntryDisabled()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        freshStore(t.url(), {{u"zhang.min"_s, Role::Dispatcher}});
        ui::MainWindow w;
        QVERIFY(signIn(w, t.url(), u"zhang.min"_s, kPassword));
        QAction *entry = w.findChild<QAction *>(u"openUsersAdmin"_s);
        QVERIFY(entry);
        QTRY_VERIFY(entry->toolTip().contains(u"user.manage"_s)); // set once the sign-in is reported
        QVERIFY(!entry->isEnabled());
        QVERIFY2(entry->toolTip().contains(u"zhang.min"_s), qPrintable(entry->toolTip()));
        QMenu *menu = nullptr;
        QVERIFY(clickUsersEntry(w, &menu)); // a click on the disabled entry opens nothing
        QVERIFY(menu->toolTipsVisible());
        QCoreApplication::processEvents();
        QVERIFY(!w.findChild<ui::UsersAdminPanel *>());
        if (menu->isVisible())
            QTest::keyClick(menu, Qt::Key_Escape);
    }

    // The zh_CN translation is built into the widgets library and covers the users window and its forms.
    void chineseInterfaceIsTranslated()
    {
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/guardline_zh_CN.qm"_s));
        QVERIFY(QApplication::installTranslator(&zh));
        struct Remove {
            QTranslator &t;
            ~Remove() { QApplication::removeTranslator(&t); }
        } remove{zh};
        ui::DataWorker worker; // no store: the list's read reports "No store is open"
        ui::UsersAdminPanel panel(&worker, u"root"_s, nullptr);
        const QRegularExpression han(u"\\p{Han}"_s);
        QStringList texts{panel.windowTitle()};
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            texts << b->text();
        for (int c = 0; c < panel.table()->columnCount(); ++c)
            texts << panel.table()->horizontalHeaderItem(c)->text();
        UserInfo user{7, u"li.wei"_s, u"Li Wei"_s, Role::Dispatcher, true};
        for (int kind = ui::UserDialog::Add; kind <= ui::UserDialog::Disable; ++kind) {
            ui::UserDialog form(ui::UserDialog::Kind(kind), &worker, user, u"root"_s, nullptr);
            texts << form.windowTitle() << form.okButton()->text();
            for (QLabel *l : form.findChildren<QLabel *>())
                if (!l->text().isEmpty() && !l->text().startsWith(u"li.wei"_s))
                    texts << l->text();
            if (form.roleBox())
                for (int i = 0; i < form.roleBox()->count(); ++i)
                    texts << form.roleBox()->itemText(i);
        }
        texts << ui::UsersAdminPanel::tr("&Administration") << ui::UsersAdminPanel::tr("&Users…")
              << ui::UsersAdminPanel::tr("Only an administrator manages users (permission user.manage); you are signed in as %1 (%2).");
        for (const QString &text : texts)
            QVERIFY2(text.contains(han), qPrintable(u"not translated: "_s + text));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // GUARDLINE_TEST_LANG=zh_CN runs the same test in the Chinese interface (as `guardline --lang zh_CN`).
    QTranslator zh;
    if (qEnvironmentVariable("GUARDLINE_TEST_LANG") == u"zh_CN"_s) {
        if (!zh.load(u":/i18n/guardline_zh_CN.qm"_s)) {
            qCritical("the zh_CN translation is not built into the widgets library");
            return 1;
        }
        QApplication::installTranslator(&zh);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    TestUsersAdminUi t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_users_admin_ui.moc"
