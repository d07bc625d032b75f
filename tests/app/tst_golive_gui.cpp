// SPDX-License-Identifier: Apache-2.0
// Going live in the app (issue #17 "Done when"), one flow with real mouse and keyboard events on the real
// widgets, from an empty SQLite store and without the demo:
//  1. the set-up assistant: the store, the plant's own layout file, the first administrator;
//  2. the command center signed in as that administrator; Administration → Users…: a dispatcher, a
//     contractor coordinator, an area supervisor and a safety officer (the GB 30871 sign-off chain);
//  3. File → Switch user…: a wrong password is refused with the reason and the administrator stays signed
//     in; then each person takes over the workstation for their own steps (the status bar shows who);
//  4. the Contractors dock: a contractor (GB 32100 credit code) with its business licence, qualification,
//     injury-insurance proof and HSE agreement as real PDF files (Qt's PDF writer), two workers (GB 11643
//     ID numbers) with the hot-work certificate (one also a guardian's) and the site briefing: admitted;
//  5. a second contractor whose insurance proof covers too short a period: shown not admitted, with that
//     reason, and its worker;
//  6. the shifts (Shifts…), the access-control whitelist and the shift roster imported from CSV files in
//     the dock's import tab;
//  7. a level-2 hot-work permit from draft to active in the permit editor: submitted by the coordinator
//     (applicant), the guardian's sign-off at the work site, the work-site leader's and the approval by the
//     area supervisor, the gas test by the safety officer, started by the coordinator;
//  8. a permit naming the second contractor's worker: refused in the editor with the insurance reason.
// Afterwards, read-only through the services: the permit is active, each step's actor is the right user,
// the audit chain verifies. The clock is pinned to a working day (Tuesday 2026-03-03 09:30 site time, the
// process in the site's time zone), so the result does not depend on the day the test runs.
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/ui/ContractorForms.h"
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/admission/ui/DocumentDialog.h"
#include "modules/admission/ui/RosterImportPanel.h"
#include "modules/admission/ui/ShiftKindsPanel.h"
#include "modules/admission/ui/WorkerForms.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/permits/ui/PermitEditor.h"
#include "modules/permits/ui/PermitPanel.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/site/logic/SiteService.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/UsersAdminPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeEdit>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSqlQuery>
#include <QTabBar>

#include <deque>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

// The plant's own layout (not the demo): a tank farm and a workshop, a tank, a pump, a gas detector.
const char *kLayout = R"({
  "format": "guardline-site-layout", "version": 1,
  "site": {"code": "YZCH", "name": "Yangzhou Chemical Works", "name_zh": "扬州化工厂", "timezone": "Asia/Shanghai",
           "origin": {"lat": 32.39, "lon": 119.43}},
  "areas": [
    {"code": "TF1", "name": "Tank farm", "name_zh": "罐区", "kind": "storage", "risk": "red",
     "polygon": [[0, 0], [60, 0], [60, 40], [0, 40]], "z_min": 0, "z_max": 20},
    {"code": "WS1", "name": "Workshop", "name_zh": "维修车间", "kind": "process", "risk": "blue",
     "polygon": [[70, 0], [110, 0], [110, 30], [70, 30]]}
  ],
  "structures": [
    {"code": "TF1-T1", "area": "TF1", "name": "Toluene tank", "kind": "tank", "center": [20, 20], "radius": 8, "height": 12}
  ],
  "equipment": [
    {"code": "P-11", "qr": "YZ-EQ-11", "name": "Transfer pump", "kind": "pump", "area": "TF1", "position": [35, 20, 0]}
  ],
  "sensors": [
    {"tag": "TF1.VOC_ppm", "kind": "toxic_gas", "unit": "ppm", "area": "TF1", "equipment": "P-11",
     "position": [36, 21, 1], "range": [0, 200]}
  ]
}
)";

constexpr auto kAdminPw = "tank farm 2026";
constexpr auto kDispatchPw = "dispatch desk 7";
constexpr auto kCoordPw = "coordinate it 9";
constexpr auto kSupPw = "supervise area 3";
constexpr auto kSafetyPw = "gas tester 5 ok";

// The process runs in the site's time zone (the editor shows and takes site times as local times), set
// before anything reads the zone.
const bool kSiteZone = [] {
    qputenv("TZ", "Asia/Shanghai");
    return true;
}();

QString creditCode(int n)
{
    const QString first17 = u"91321000MA1%1"_s.arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
    return first17 + ids::creditCodeCheckChar(first17);
}

QString residentId(int n)
{
    const QString first17 = u"32100219880315%1"_s.arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ids::residentIdCheckChar(first17);
}

/// A real PDF document of `pages` pages (Qt's PDF writer).
QByteArray makePdf(int pages)
{
    QByteArray pdf;
    QBuffer b(&pdf);
    b.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&b);
        QPainter p(&w);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                w.newPage();
            p.drawText(200, 300, u"Scanned document, page %1"_s.arg(i + 1));
            p.drawRect(100, 100 + i * 10, 2000, 1200);
        }
    }
    return pdf;
}

/// Types `text` as key events; characters without a key (Chinese) as key events with their text.
void type(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Clicks into a line edit, selects everything and types over it.
void retype(QLineEdit *e, const QString &text)
{
    QTest::mouseClick(e, Qt::LeftButton, {}, QPoint(5, e->height() / 2));
    QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(e, Qt::Key_Backspace);
    type(e, text);
}

/// Types a date as a user does: into the text, the year section first, then the digits.
void typeDate(QDateEdit *e, QDate d)
{
    QLineEdit *text = e->findChild<QLineEdit *>();
    QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(8, text->height() / 2));
    QTest::keyClick(e, Qt::Key_Home);
    QTest::keyClick(e, Qt::Key_Tab);
    QTest::keyClick(e, Qt::Key_Backtab, Qt::ShiftModifier);
    type(e, d.toString(u"yyyyMMdd"_s));
    QTest::keyClick(e, Qt::Key_Tab);
}

/// Opens a combo box's list with a click and picks the entry holding `data` with the keyboard.
bool pick(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    QTest::mouseClick(box, Qt::LeftButton);
    if (!QTest::qWaitFor([box] { return box->view()->isVisible(); }, 10'000))
        return false;
    QTest::keyClick(box->view(), Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box->view(), Qt::Key_Down);
    QTest::keyClick(box->view(), Qt::Key_Return);
    return QTest::qWaitFor([box, index] { return box->currentIndex() == index && !box->view()->isVisible(); }, 5000);
}

QStringList column(QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

int rowOf(QTableWidget *t, const QString &code) { return int(column(t, 0).indexOf(code)); }

void clickCell(QTableWidget *t, int row, int col)
{
    t->scrollToItem(t->item(row, col));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualItemRect(t->item(row, col)).center());
}

/// Answers modal dialogs (they run their own event loop inside the click that opened them, or inside a
/// queued slot): a repeating timer looks at QApplication::activeModalWidget() however slow the machine is,
/// and hands it to the first waiting handler; a handler that returns true has answered it.
class ModalAnswerer : public QObject {
public:
    using Handler = std::function<bool(QWidget *)>;
    ModalAnswerer()
    {
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || m_handlers.empty() || m_busy || !modal->isVisible())
                return;
            m_busy = true;
            const bool done = m_handlers.front()(modal);
            m_busy = false;
            if (done) {
                m_handlers.pop_front();
                ++m_answered;
            }
        });
        m_poll.start();
    }
    void expect(Handler h) { m_handlers.push_back(std::move(h)); }
    bool idle() const { return m_handlers.empty(); }
    int answered() const { return m_answered; }

private:
    QTimer m_poll;
    std::deque<Handler> m_handlers;
    bool m_busy = false;
    int m_answered = 0;
};

/// Opens the menu `menuName` of the window's menu bar with a click and clicks its action `actionName`.
/// Returns at once when the action opens no modal dialog; otherwise when the dialog is answered.
bool chooseMenu(QMainWindow *w, const QString &menuName, const QString &actionName)
{
    QMenu *menu = w->menuBar()->findChild<QMenu *>(menuName);
    QAction *action = w->findChild<QAction *>(actionName);
    if (!menu || !action || !action->isEnabled())
        return false;
    QTest::mouseClick(w->menuBar(), Qt::LeftButton, {}, w->menuBar()->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 10'000))
        return false;
    if (!QTest::qWaitFor([menu, action] { return !menu->actionGeometry(action).isEmpty(); }, 10'000))
        return false; // the menu shows but has not laid its actions out
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

} // namespace

class TestGoLiveGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    template<class T> static T *child(QObject *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        if (!c)
            qWarning("no %s", qPrintable(name));
        return c;
    }

    template<class D> static D *opened(ui::ContractorActions *actions, const char *button)
    {
        QSignalSpy spy(actions, &ui::ContractorActions::dialogOpened);
        auto *b = actions->findChild<QPushButton *>(QString::fromLatin1(button));
        if (!b || !b->isEnabled())
            return nullptr;
        QTest::mouseClick(b, Qt::LeftButton);
        if (spy.isEmpty() && !spy.wait(10'000))
            return nullptr;
        auto *d = qobject_cast<D *>(spy.first().first().value<QDialog *>());
        if (d && !QTest::qWaitForWindowExposed(d))
            qWarning("%s not exposed", button);
        return d;
    }

    /// A document through the form; `coversFrom`/`coversTo` only for the insurance proof. Empty: saved.
    QString addDocument(ui::ContractorActions *actions, int kindIndex, const QString &pdf, QDate issued, QDate expires,
                        QDate coversFrom = {}, QDate coversTo = {})
    {
        auto *d = opened<ui::DocumentDialog>(actions, "contractorAddDocument");
        if (!d)
            return u"no document dialog"_s;
        auto guard = qScopeGuard([d] { d->close(); });
        if (!pick(d->kindBox(), d->kindBox()->itemData(kindIndex)))
            return u"kind %1 not picked"_s.arg(kindIndex);
        retype(d->fileEdit(), pdf);
        typeDate(d->issuedEdit(), issued);
        typeDate(d->expiresEdit(), expires);
        if (d->issuedEdit()->date() != issued || d->expiresEdit()->date() != expires)
            return u"dates shown %1 %2"_s.arg(d->issuedEdit()->date().toString(Qt::ISODate), d->expiresEdit()->date().toString(Qt::ISODate));
        if (coversFrom.isValid()) {
            typeDate(d->coversFromEdit(), coversFrom);
            typeDate(d->coversToEdit(), coversTo);
            if (d->coversFromEdit()->date() != coversFrom || d->coversToEdit()->date() != coversTo)
                return u"covered period shown %1 %2"_s.arg(d->coversFromEdit()->date().toString(Qt::ISODate),
                                                          d->coversToEdit()->date().toString(Qt::ISODate));
        }
        QSignalSpy saved(d, &ui::DocumentDialog::saved);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        if (!saved.wait(60'000))
            return u"not saved: "_s + d->statusLabel()->text();
        return {};
    }

    /// Registers a contractor through the form. Empty: saved.
    QString registerContractor(ui::ContractorActions *actions, const QString &code, const QString &name, const QString &credit)
    {
        auto *reg = opened<ui::ContractorDialog>(actions, "contractorRegister");
        if (!reg)
            return u"no registration form"_s;
        auto guard = qScopeGuard([reg] { reg->close(); });
        retype(reg->codeEdit(), code);
        retype(reg->nameEdit(), name);
        retype(reg->creditCodeEdit(), credit);
        if (!reg->creditCheck()->text().startsWith(u"✓"_s))
            return u"credit code check: "_s + reg->creditCheck()->text();
        retype(reg->tradeEdit(), u"maintenance"_s);
        QSignalSpy saved(reg, &ui::ContractorDialog::saved);
        QTest::mouseClick(reg->saveButton(), Qt::LeftButton);
        if (!saved.wait(60'000))
            return u"not saved: "_s + reg->statusLabel()->text();
        return {};
    }

    /// Adds workers of the selected contractor through the form. Empty: saved.
    QString addWorkers(ui::ContractorActions *actions, const QList<std::pair<QString, QString>> &codeAndId)
    {
        auto *wd = opened<ui::WorkerDialog>(actions, "contractorAddWorker");
        if (!wd)
            return u"no worker form"_s;
        auto guard = qScopeGuard([wd] { wd->close(); });
        for (const auto &[code, id] : codeAndId) {
            retype(wd->codeEdit(), code);
            retype(wd->nameEdit(), code == u"W-101"_s ? u"张伟"_s : u"Worker "_s + code);
            retype(wd->idEdit(), id);
            if (!wd->idCheck()->text().startsWith(u"✓"_s))
                return u"ID check of %1: %2"_s.arg(code, wd->idCheck()->text());
            retype(wd->jobEdit(), u"welder"_s);
            QSignalSpy saved(wd, &ui::WorkerDialog::saved);
            QTest::mouseClick(wd->saveButton(), Qt::LeftButton);
            if (!saved.wait(60'000))
                return u"%1 not saved: %2"_s.arg(code, wd->statusLabel()->text());
        }
        return {};
    }

    /// File → Switch user…, answered with `user` and `password`; waits until the status bar shows the user.
    static bool switchTo(ui::MainWindow *w, ModalAnswerer &modals, const QString &user, const char *password, const QString &role)
    {
        modals.expect([user, password](QWidget *m) {
            auto *login = qobject_cast<ui::LoginDialog *>(m);
            if (!login)
                return false;
            retype(login->findChild<QLineEdit *>(u"username"_s), user);
            retype(login->findChild<QLineEdit *>(u"password"_s), QString::fromLatin1(password));
            QTest::keyClick(login->findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);
            return true;
        });
        if (!chooseMenu(w, u"fileMenu"_s, u"switchUser"_s))
            return false;
        auto *status = w->findChild<QLabel *>(u"userStatus"_s);
        return QTest::qWaitFor([&] { return modals.idle() && status->text() == u"%1 (%2)"_s.arg(user, role); }, 60'000);
    }

    /// Brings the page of the editor's tabs that holds `inner` to the front with a click on its tab.
    static void showPageOf(QWidget *editor, QWidget *inner)
    {
        for (QTabWidget *tabs : editor->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(inner))
                    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
    }

    std::shared_ptr<ManualClock> m_clock;

private Q_SLOTS:
    void cleanupTestCase() { gl::setProcessClock(nullptr); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"Guardline"_s);
        QCoreApplication::setApplicationName(u"Guardline"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat); // the assistant's settings go to the test's folder
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        ui::applyTheme(*qApp, ui::Theme::Dark);
        QVERIFY(kSiteZone);
        // The whitelist and roster files are read by the contractor-admission connector plugin, found next
        // to the app when installed; here in the build's plugin folder.
        QString why;
        QVERIFY2(admissionFactory(&why, QStringLiteral(GUARDLINE_BINARY_DIR "/plugins")), qPrintable(why));
        // A Tuesday morning, site time: a level-2 hot work on a working day, not at night.
        m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 3), QTime(9, 30), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
        gl::setProcessClock(m_clock);
    }

    void goLiveInTheApp()
    {
        const QString dbPath = m_dir.filePath(u"plant/guardline.sqlite"_s);
        const QString url = u"sqlite:"_s + dbPath;
        const QString layout = write(u"yzch-layout.json"_s, kLayout);
        ModalAnswerer modals;

        // 1. The set-up assistant on the empty store.
        ui::FirstRunWizard wizard(DbUrl::defaultSqlitePath());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        retype(child<QLineEdit>(&wizard, u"sqlitePath"_s), dbPath);
        QTest::mouseClick(child<QAbstractButton>(&wizard, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60'000);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstRunWizard::SitePage));
        retype(child<QLineEdit>(&wizard, u"layoutPath"_s), layout);
        QTest::mouseClick(child<QAbstractButton>(&wizard, u"validateLayout"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 60'000);
        QVERIFY(child<QLabel>(&wizard, u"layoutSummary"_s)->text().contains(u"YZCH"_s));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard.currentId(), int(ui::FirstRunWizard::AdminPage));
        retype(child<QLineEdit>(&wizard, u"adminUsername"_s), u"li.ming"_s);
        retype(child<QLineEdit>(&wizard, u"adminName"_s), u"Li Ming"_s);
        retype(child<QLineEdit>(&wizard, u"adminPassword"_s), QString::fromLatin1(kAdminPw));
        retype(child<QLineEdit>(&wizard, u"adminRepeat"_s), QString::fromLatin1(kAdminPw));
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QTRY_VERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 60'000);
        QCOMPARE(wizard.outcome(), ui::FirstRunWizard::Outcome::SetUp);
        QCOMPARE(wizard.url(), url);

        // 2. The command center, signed in as the administrator just created (as Application does).
        auto w = std::make_unique<ui::MainWindow>();
        auto stop = qScopeGuard([&w] { w.reset(); }); // the data thread ends even when a check returns early
        QSignalSpy shown(w.get(), &ui::MainWindow::snapshotShown);
        QSignalSpy failed(w.get(), &ui::MainWindow::storeFailed);
        w->openStore(wizard.url(), false, wizard.adminUsername(), wizard.adminPassword());
        w->resize(1800, 1000);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 || failed.count() > 0, 120'000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(w->lastSnapshot()->site.code, u"YZCH"_s);
        auto *userStatus = child<QLabel>(w.get(), u"userStatus"_s);
        QVERIFY(userStatus);
        QCOMPARE(userStatus->text(), u"li.ming (admin)"_s);
        const QDate today = w->lastSnapshot()->today;

        // Administration → Users…: the dispatcher, the coordinator (applicant) and the area supervisor.
        QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QAction *>(u"openUsersAdmin"_s)->isEnabled(), 30'000);
        QVERIFY(chooseMenu(w.get(), u"administrationMenu"_s, u"openUsersAdmin"_s));
        ui::UsersAdminPanel *users = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((users = w->findChild<ui::UsersAdminPanel *>(u"usersAdmin"_s)) && users->isVisible(), 10'000);
        auto *usersTable = child<QTableWidget>(users, u"usersTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(usersTable->rowCount(), 1, 30'000);
        struct NewUser { QString name, display, role; const char *password; };
        const QList<NewUser> newUsers{{u"zhao.lei"_s, u"赵磊 Zhao Lei"_s, u"dispatcher"_s, kDispatchPw},
                                      {u"wang.fang"_s, u"Wang Fang"_s, u"contractor_coordinator"_s, kCoordPw},
                                      {u"chen.gang"_s, u"Chen Gang"_s, u"area_supervisor"_s, kSupPw},
                                      {u"liu.yang"_s, u"刘洋 Liu Yang"_s, u"safety_officer"_s, kSafetyPw}};
        for (const NewUser &u : newUsers) {
            QTest::mouseClick(child<QPushButton>(users, u"userAdd"_s), Qt::LeftButton);
            QDialog *form = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((form = users->findChild<QDialog *>(u"userDialog"_s)) && form->isVisible(), 10'000);
            QVERIFY(QTest::qWaitForWindowExposed(form));
            retype(child<QLineEdit>(form, u"userUsername"_s), u.name);
            retype(child<QLineEdit>(form, u"userDisplayName"_s), u.display);
            QVERIFY2(pick(child<QComboBox>(form, u"userRoleBox"_s), u.role), qPrintable(u.role));
            retype(child<QLineEdit>(form, u"userNewPassword"_s), QString::fromLatin1(u.password));
            retype(child<QLineEdit>(form, u"userRepeatPassword"_s), QString::fromLatin1(u.password));
            const QPointer<QDialog> guard(form);
            QTest::mouseClick(child<QPushButton>(form, u"userDialogOk"_s), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(rowOf(usersTable, u.name) >= 0, qPrintable(child<QLabel>(users, u"usersStatus"_s)->text()), 30'000);
            if (guard && guard->isVisible())
                guard->close();
        }
        QCOMPARE(usersTable->rowCount(), 5);
        users->close();

        // 3. File → Switch user…: a wrong password is refused with the reason; the administrator stays.
        QString refusal;
        modals.expect([](QWidget *m) {
            auto *login = qobject_cast<ui::LoginDialog *>(m);
            if (!login)
                return false;
            retype(login->findChild<QLineEdit *>(u"username"_s), u"wang.fang"_s);
            retype(login->findChild<QLineEdit *>(u"password"_s), u"not her password"_s);
            QTest::mouseClick(login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return true;
        });
        modals.expect([&refusal](QWidget *m) {
            auto *box = qobject_cast<QMessageBox *>(m);
            if (!box)
                return false;
            refusal = box->text();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            return true;
        });
        QVERIFY(chooseMenu(w.get(), u"fileMenu"_s, u"switchUser"_s));
        QTRY_VERIFY_WITH_TIMEOUT(modals.idle(), 60'000);
        QVERIFY2(refusal.contains(u"sign-in refused: wrong user name or password"_s) && refusal.contains(u"li.ming"_s), qPrintable(refusal));
        QCOMPARE(userStatus->text(), u"li.ming (admin)"_s);

        // The coordinator takes over the workstation.
        QVERIFY(switchTo(w.get(), modals, u"wang.fang"_s, kCoordPw, u"contractor_coordinator"_s));
        QTRY_VERIFY(!w->findChild<QAction *>(u"openUsersAdmin"_s)->isEnabled()); // she does not manage users

        // 4. The Contractors dock: the first contractor, its four documents as PDF files, two workers.
        auto *dock = w->findChild<QDockWidget *>(u"contractors"_s);
        dock->show();
        dock->show(); // closed when it is not in the signed-in user's workspace
        dock->raise();
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *actions = panel->findChild<ui::ContractorActions *>();
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        auto *admission = panel->findChild<QLabel *>(u"contractorAdmission"_s);
        QVERIFY(actions && companies && admission);
        QTRY_VERIFY_WITH_TIMEOUT(actions->findChild<QPushButton *>(u"contractorRegister"_s)->isEnabled(), 30'000);
        const QString credit1 = creditCode(21);
        QString problem = registerContractor(actions, u"C-100"_s, u"Huaxin Maintenance Co."_s, credit1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedContractor(), u"C-100"_s, 30'000);
        const QString licence = write(u"licence.pdf"_s, makePdf(2));
        for (const QString &p : {addDocument(actions, 0, licence, today.addYears(-2), today.addYears(3)),
                                 addDocument(actions, 1, write(u"qualification.pdf"_s, makePdf(1)), today.addMonths(-10), today.addMonths(14)),
                                 addDocument(actions, 2, write(u"insurance.pdf"_s, makePdf(1)), today.addDays(-5), today.addMonths(6),
                                             today.addMonths(-8), today),
                                 addDocument(actions, 3, write(u"hse-agreement.pdf"_s, makePdf(3)), today.addMonths(-1), today.addYears(1))})
            QVERIFY2(p.isEmpty(), qPrintable(p));
        problem = addWorkers(actions, {{u"W-101"_s, residentId(41)}, {u"W-102"_s, residentId(42)}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Each worker: the hot-work certificate and the site briefing, picked in the Workers tab by a click.
        auto *workers = panel->findChild<QTableWidget *>(u"contractorWorkers"_s);
        for (QTabWidget *tabs : panel->findChildren<QTabWidget *>())
            if (const int i = tabs->indexOf(workers); i >= 0)
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QTRY_COMPARE_WITH_TIMEOUT(workers->rowCount(), 2, 30'000);
        for (const QString &code : {u"W-101"_s, u"W-102"_s}) {
            const int row = rowOf(workers, code);
            QVERIFY(row >= 0);
            clickCell(workers, row, 1);
            auto *rd = opened<ui::WorkerRecordsDialog>(actions, "contractorWorkerRecords");
            QVERIFY(rd);
            auto close = qScopeGuard([rd] { rd->close(); });
            QVERIFY(rd->windowTitle().contains(code));
            retype(rd->certKindBox()->lineEdit(), u"hot_work"_s);
            retype(rd->certNumberEdit(), u"T-%1-HW"_s.arg(code));
            typeDate(rd->certUntilEdit(), today.addYears(2));
            QSignalSpy saved(rd, &ui::WorkerRecordsDialog::saved);
            QTest::mouseClick(rd->certButton(), Qt::LeftButton);
            QVERIFY2(saved.wait(60'000), qPrintable(rd->statusLabel()->text()));
            if (code == u"W-102"_s) { // also the permit's guardian (监护人): a guardian's certificate
                retype(rd->certKindBox()->lineEdit(), u"guardian"_s);
                retype(rd->certNumberEdit(), u"JH-%1"_s.arg(code));
                typeDate(rd->certUntilEdit(), today.addYears(2));
                QTest::mouseClick(rd->certButton(), Qt::LeftButton);
                QVERIFY2(saved.wait(60'000), qPrintable(rd->statusLabel()->text()));
            }
            typeDate(rd->briefingEdit(), today.addDays(-2));
            QTest::mouseClick(rd->briefingButton(), Qt::LeftButton);
            QVERIFY2(saved.wait(60'000), qPrintable(rd->statusLabel()->text()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-100"_s) >= 0 && companies->item(rowOf(companies, u"C-100"_s), 5)->text() == u"✓ Admitted"_s,
                                 30'000);

        // 5. A second contractor whose insurance proof covers only the last three months: not admitted.
        problem = registerContractor(actions, u"C-200"_s, u"Short Cover Scaffolding"_s, creditCode(22));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedContractor(), u"C-200"_s, 30'000);
        for (const QString &p : {addDocument(actions, 0, licence, today.addYears(-2), today.addYears(3)),
                                 addDocument(actions, 1, licence, today.addYears(-1), today.addYears(1)),
                                 addDocument(actions, 2, licence, today.addDays(-2), today.addMonths(6), today.addMonths(-3), today),
                                 addDocument(actions, 3, licence, today.addYears(-1), today.addYears(1))})
            QVERIFY2(p.isEmpty(), qPrintable(p));
        problem = addWorkers(actions, {{u"W-201"_s, residentId(51)}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-200"_s) >= 0
                                     && companies->item(rowOf(companies, u"C-200"_s), 5)->text().startsWith(u"✕ Not admitted"_s),
                                 30'000);
        const QString shortReason = companies->item(rowOf(companies, u"C-200"_s), 5)->text();
        QVERIFY2(shortReason.contains(u"injury_insurance"_s) && shortReason.contains(u"covers"_s), qPrintable(shortReason));
        QTRY_VERIFY2_WITH_TIMEOUT(admission->text().contains(u"NOT admitted"_s) && admission->text().contains(u"injury_insurance"_s),
                                  qPrintable(admission->text()), 30'000);

        // 6. The shifts the roster names (Shifts…), then the whitelist and the shift roster from their CSV files.
        {
            auto *sd = opened<ui::ShiftsDialog>(actions, "contractorShifts");
            QVERIFY(sd);
            auto close = qScopeGuard([sd] { sd->close(); });
            ui::ShiftKindsPanel *kinds = sd->panel();
            retype(kinds->codeEdit(), u"DAY"_s);
            retype(kinds->nameEdit(), u"Day shift"_s);
            retype(kinds->nameZhEdit(), u"白班"_s);
            retype(kinds->startEdit(), u"08:00"_s);
            retype(kinds->endEdit(), u"17:00"_s);
            QSignalSpy defined(kinds, &ui::ShiftKindsPanel::defined);
            QTest::mouseClick(kinds->defineButton(), Qt::LeftButton);
            QVERIFY2(defined.wait(60'000) && defined.last().at(0).toBool(), qPrintable(kinds->statusLabel()->text()));
            QTRY_COMPARE_WITH_TIMEOUT(kinds->table()->rowCount(), 1, 30'000);
            QCOMPARE(kinds->table()->item(0, 3)->text(), u"08:00"_s);
            // The same code again: refused with the reason, in place.
            retype(kinds->codeEdit(), u"DAY"_s);
            retype(kinds->nameEdit(), u"Day shift again"_s);
            retype(kinds->startEdit(), u"08:00"_s);
            retype(kinds->endEdit(), u"17:00"_s);
            QTest::mouseClick(kinds->defineButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(kinds->statusLabel()->text().contains(u"shift kind 'DAY' already exists"_s), 30'000);
        }
        auto *imports = panel->findChild<ui::RosterImportPanel *>(u"rosterImportPanel"_s);
        QVERIFY(imports);
        for (QTabWidget *tabs : panel->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(imports) || tabs->widget(i) == imports)
                    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QTRY_VERIFY(imports->isVisible());
        const QByteArray until = today.addYears(1).toString(Qt::ISODate).toLatin1(), day = today.toString(Qt::ISODate).toLatin1();
        const QList<std::pair<QString, QString>> rosters{
            {u"whitelist"_s, write(u"acs-whitelist.csv"_s, "worker,contractor,card,valid_until\n"
                                                            "W-101,C-100,CARD-0101," + until + "\nW-102,C-100,CARD-0102," + until + "\n"
                                                            "W-201,C-200,CARD-0201," + until + "\n")},
            {u"shifts"_s, write(u"roster.csv"_s, "date,shift,worker,area\n" + day + ",DAY,W-101,TF1\n" + day + ",DAY,W-102,TF1\n"
                                                  + day + ",DAY,W-201,TF1\n")}};
        for (const auto &[kind, csv] : rosters) {
            QVERIFY(pick(child<QComboBox>(imports, u"rosterKind"_s), kind));
            retype(child<QLineEdit>(imports, u"rosterLocation"_s), csv);
            QTest::mouseClick(child<QPushButton>(imports, u"rosterPreview"_s), Qt::LeftButton);
            auto *apply = child<QPushButton>(imports, u"rosterApply"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(apply->isEnabled(), qPrintable(child<QLabel>(imports, u"rosterStatus"_s)->text()), 60'000);
            QSignalSpy applied(imports, &ui::RosterImportPanel::applied);
            QTest::mouseClick(apply, Qt::LeftButton);
            QVERIFY(applied.wait(60'000));
            QVERIFY2(applied.first().first().toBool(), qPrintable(applied.first().last().toString()));
        }

        // 7. The hot-work permit, from draft to active, in the permit editor.
        auto *permitsDock = w->findChild<QDockWidget *>(u"permits"_s);
        permitsDock->show();
        permitsDock->show(); // closed when it is not in the signed-in user's workspace
        permitsDock->raise();
        auto *permitPanel = w->findChild<ui::PermitPanel *>();
        // A new permit's form, filled in by the applicant; `crew` and `guardian` by code.
        auto newPermit = [&](const QString &code, const QString &contractor, const QString &worker, const QString &guardian) -> ui::PermitEditor * {
            const QList<ui::PermitEditor *> before = permitPanel->findChildren<ui::PermitEditor *>();
            QTest::mouseClick(child<QPushButton>(permitPanel, u"newPermit"_s), Qt::LeftButton);
            ui::PermitEditor *e = nullptr;
            if (!QTest::qWaitFor([&] {
                    for (ui::PermitEditor *c : permitPanel->findChildren<ui::PermitEditor *>())
                        if (!before.contains(c) && c->isVisible())
                            e = c;
                    return e != nullptr;
                }, 10'000))
                return nullptr;
            if (!QTest::qWaitForWindowExposed(e) || !pick(e->typeBox(), u"hot_work"_s) || !pick(e->gradeBox(), u"level2"_s)
                || !QTest::qWaitFor([e] { return e->areaBox()->findData(u"TF1"_s) >= 0; }, 30'000) || !pick(e->areaBox(), u"TF1"_s)
                || !pick(child<QComboBox>(e, u"permitContractor"_s), contractor)
                || (!guardian.isEmpty() && !pick(e->guardianBox(), guardian)))
                return nullptr;
            retype(e->codeEdit(), code);
            retype(e->titleEdit(), u"Weld the inlet flange of P-11"_s);
            retype(e->polygonEdit(), u"30, 15; 40, 15; 40, 25; 30, 25"_s);
            auto *crew = child<QListWidget>(e, u"permitWorkers"_s);
            for (int i = 0; i < crew->count(); ++i)
                if (crew->item(i)->data(Qt::UserRole).toString() == worker) {
                    crew->scrollToItem(crew->item(i));
                    QTest::mouseClick(crew->viewport(), Qt::LeftButton, {}, crew->visualItemRect(crew->item(i)).center());
                    QTest::keyClick(crew, Qt::Key_Space); // ticks the selected worker
                    if (!QTest::qWaitFor([crew, i] { return crew->item(i)->checkState() == Qt::Checked; }, 5000))
                        return nullptr;
                }
            for (QCheckBox *c : e->findChildren<QCheckBox *>()) // the GB 30871 safety measures, each confirmed
                if (!c->property("item").toString().isEmpty() && !c->isChecked())
                    QTest::mouseClick(c, Qt::LeftButton, {}, QPoint(8, c->height() / 2));
            return e;
        };
        ui::PermitEditor *e = newPermit(u"HW-0001"_s, u"C-100"_s, u"W-101"_s, u"W-102"_s);
        QVERIFY(e);
        for (QCheckBox *c : e->findChildren<QCheckBox *>())
            if (!c->property("item").toString().isEmpty())
                QVERIFY2(c->isChecked(), qPrintable(c->text()));
        QTRY_VERIFY(e->saveButton()->isEnabled());
        QSignalSpy saved(e, &ui::PermitEditor::saved);
        QTest::mouseClick(e->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.wait(60'000), qPrintable(child<QLabel>(e, u"permitServerProblems"_s)->text()));
        QTRY_COMPARE_WITH_TIMEOUT(e->card().permit.state, u"draft"_s, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(e->submitButton()->isEnabled(), 30'000);
        QTest::mouseClick(e->submitButton(), Qt::LeftButton); // the applicant's signature
        QTRY_VERIFY2_WITH_TIMEOUT(e->card().permit.state == u"submitted"_s, qPrintable(child<QLabel>(e, u"permitServerProblems"_s)->text()), 60'000);

        // The sign-offs, each by its signer at the work site. The card follows whoever is signed in.
        auto *signNext = child<QPushButton>(e, u"signNext"_s);
        auto *onSite = child<QCheckBox>(e, u"signOnSite"_s);
        auto sign = [&](const QString &step, const QString &place) {
            showPageOf(e, signNext);
            if (!QTest::qWaitFor([&] { return e->card().nextStep == step && signNext->isEnabled() && signNext->isVisible(); }, 60'000))
                return u"'%1' cannot be signed: next %2, %3"_s.arg(step, e->card().nextStep, child<QLabel>(e, u"permitServerProblems"_s)->text());
            if (!onSite->isChecked())
                QTest::mouseClick(onSite, Qt::LeftButton, {}, QPoint(8, onSite->height() / 2));
            if (!onSite->isChecked())
                return u"not ticked on site"_s;
            retype(child<QLineEdit>(e, u"signPlace"_s), place);
            const int signedBefore = int(e->card().signOffs.size());
            QTest::mouseClick(signNext, Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return e->card().signOffs.size() > signedBefore; }, 60'000))
                return u"'%1' not signed: %2"_s.arg(step, child<QLabel>(e, u"permitServerProblems"_s)->text());
            return QString();
        };
        QString signing = sign(u"guardian"_s, u"TF1 east ladder"_s); // the coordinator records the guardian's signature
        QVERIFY2(signing.isEmpty(), qPrintable(signing));
        QVERIFY(switchTo(w.get(), modals, u"chen.gang"_s, kSupPw, u"area_supervisor"_s));
        signing = sign(u"site_leader"_s, u"TF1 pump bay"_s);
        QVERIFY2(signing.isEmpty(), qPrintable(signing));
        signing = sign(u"approver"_s, u"TF1 pump bay"_s); // level 2: the area supervisor approves (Table B.1)
        QVERIFY2(signing.isEmpty(), qPrintable(signing));
        QTRY_COMPARE_WITH_TIMEOUT(e->card().permit.state, u"approved"_s, 60'000);

        // The gas test by the safety officer, on the card's gas page.
        QVERIFY(switchTo(w.get(), modals, u"liu.yang"_s, kSafetyPw, u"safety_officer"_s));
        auto *tester = child<QLineEdit>(e, u"gasTester"_s);
        showPageOf(e, tester);
        QTRY_VERIFY(tester->isVisible());
        retype(tester, u"Liu Yang"_s);
        QTest::mouseClick(child<QPushButton>(e, u"gasRecord"_s), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(e->card().gasTests.size() == 1, qPrintable(child<QLabel>(e, u"permitServerProblems"_s)->text()), 60'000);

        // The coordinator starts the work.
        QVERIFY(switchTo(w.get(), modals, u"wang.fang"_s, kCoordPw, u"contractor_coordinator"_s));
        showPageOf(e, signNext);
        QPushButton *start = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((start = e->findChild<QPushButton *>(u"action_activate"_s)) && start->isVisible(), 60'000);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(e->card().permit.state == u"active"_s, qPrintable(child<QLabel>(e, u"permitServerProblems"_s)->text()), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(e->stateLabel()->text(), ui::permitStateTitle(u"active"_s), 30'000);
        e->close();

        // 8. A permit naming the worker of the contractor that is not admitted: refused, with that reason.
        ui::PermitEditor *refusedEditor = newPermit(u"HW-0002"_s, u"C-200"_s, u"W-201"_s, u"W-102"_s);
        QVERIFY(refusedEditor);
        QTRY_VERIFY(refusedEditor->saveButton()->isEnabled());
        QSignalSpy saved2(refusedEditor, &ui::PermitEditor::saved);
        QTest::mouseClick(refusedEditor->saveButton(), Qt::LeftButton);
        QVERIFY(saved2.wait(60'000));
        QTRY_VERIFY_WITH_TIMEOUT(refusedEditor->submitButton()->isEnabled(), 30'000);
        QSignalSpy refused(refusedEditor, &ui::PermitEditor::refused);
        QTest::mouseClick(refusedEditor->submitButton(), Qt::LeftButton);
        QVERIFY(refused.wait(60'000));
        const QString reasons = refused.first().first().toString();
        QVERIFY2(reasons.contains(u"'submit' refused"_s) && reasons.contains(u"C-200"_s) && reasons.contains(u"injury_insurance"_s),
                 qPrintable(reasons));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(refusedEditor, u"permitServerProblems"_s)->text().contains(u"injury_insurance"_s), 30'000);
        QCOMPARE(refusedEditor->card().permit.state, u"draft"_s);
        refusedEditor->close();
        stop.dismiss();
        w.reset(); // the data thread closes the store

        // Read-only through the services: what was stored, by whom, and the audit chain.
        auto db = Database::open(DbUrl::parse(url));
        const Clock &clock = processClock();
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        QCOMPARE(SiteService(ctx).info().code, u"YZCH"_s);
        QMap<QString, Role> roles;
        for (const UserInfo &u : UserService(ctx).list())
            roles.insert(u.username, u.role);
        QCOMPARE(roles.value(u"li.ming"_s), Role::Admin);
        QCOMPARE(roles.value(u"zhao.lei"_s), Role::Dispatcher);
        QCOMPARE(roles.value(u"wang.fang"_s), Role::ContractorCoordinator);
        QCOMPARE(roles.value(u"chen.gang"_s), Role::AreaSupervisor);
        AdmissionDocuments a(ctx);
        const ContractorStanding s100 = a.standing(u"C-100"_s);
        QVERIFY2(s100.admitted, qPrintable(s100.reasons.join(u"; "_s)));
        QCOMPARE(s100.creditCode, credit1);
        QCOMPARE(s100.documents.size(), 4);
        QCOMPARE(a.documentContent(a.documents(u"C-100"_s, today).rows.first().first().toLongLong()).left(5), QByteArray("%PDF-"));
        const ContractorStanding s200 = a.standing(u"C-200"_s);
        QVERIFY(!s200.admitted);
        QCOMPARE(s200.reasons.size(), 1);
        QVERIFY2(s200.reasons.first().startsWith(u"injury_insurance"_s), qPrintable(s200.reasons.first()));
        const Table people = QueryService(ctx).people(today);
        QCOMPARE(people.rows.size(), 3);
        QCOMPARE(db->scalar(u"SELECT id_number FROM people WHERE code = 'W-101'"_s).toString(), residentId(41));
        const PermitCard active = PermitService(ctx).card(u"HW-0001"_s);
        QCOMPARE(active.permit.state, u"active"_s);
        QCOMPARE(active.permit.contractor, u"C-100"_s);
        QCOMPARE(active.permit.guardian, u"W-102"_s);
        QCOMPARE(active.permit.workers, QStringList{u"W-101"_s});
        QCOMPARE(active.gasTests.size(), 1);
        QCOMPARE(PermitService(ctx).card(u"HW-0002"_s).permit.state, u"draft"_s);
        { // each signature by its signer, at the work site, in the standard's order
            QStringList signatures;
            QSqlQuery q = db->exec(u"SELECT s.step, s.signer, s.role, s.on_site FROM permit_signoffs s JOIN permits p ON p.id = s.permit_id "
                                   "WHERE p.code = 'HW-0001' AND s.voided_at IS NULL ORDER BY s.position"_s);
            while (q.next())
                signatures << u"%1:%2:%3:%4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
            QCOMPARE(signatures, (QStringList{u"applicant:wang.fang:contractor_coordinator:0"_s, u"guardian:wang.fang:contractor_coordinator:1"_s,
                                              u"site_leader:chen.gang:area_supervisor:1"_s, u"approver:chen.gang:area_supervisor:1"_s}));
        }
        // Who did each step: the administrator set up and managed users, the coordinator did the rest.
        auto actorsOf = [&](const QString &action) {
            QStringList out;
            QSqlQuery q = db->exec(u"SELECT DISTINCT actor FROM audit_log WHERE action = ? ORDER BY actor"_s, {action});
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        QCOMPARE(actorsOf(u"site.import"_s), QStringList{u"li.ming"_s});
        QCOMPARE(actorsOf(u"user.add"_s), (QStringList{u"li.ming"_s, u"system:first-run"_s}));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'user.add' AND actor = 'li.ming'"_s).toInt(), 4);
        QCOMPARE(actorsOf(u"user.signin.fail"_s), QStringList{u"system:sign-in"_s});
        QCOMPARE(db->scalar(u"SELECT object_id FROM audit_log WHERE action = 'user.signin.fail'"_s).toString(), u"wang.fang"_s);
        QVERIFY(db->scalar(u"SELECT details FROM audit_log WHERE action = 'user.signin' ORDER BY seq LIMIT 1"_s).toString().contains(u"li.ming"_s));
        for (const QString &action : {u"contractor.register"_s, u"contractor.document.add"_s, u"shift.add"_s, u"permit.create"_s,
                                      u"permit.submit"_s, u"permit.activate"_s})
            QVERIFY2(actorsOf(action) == QStringList{u"wang.fang"_s}, qPrintable(action + u": "_s + actorsOf(action).join(u", "_s)));
        QCOMPARE(actorsOf(u"permit.approve"_s), QStringList{u"chen.gang"_s});
        QCOMPARE(actorsOf(u"permit.gas_test"_s), QStringList{u"liu.yang"_s});
        QCOMPARE(actorsOf(u"user.signin"_s), (QStringList{u"chen.gang"_s, u"liu.yang"_s, u"wang.fang"_s}));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'contractor.document.add'"_s).toInt(), 8);
        const AuditVerdict verdict = AuditLog::verify(*db);
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    }
};

QTEST_MAIN(TestGoLiveGui)
#include "tst_golive_gui.moc"
