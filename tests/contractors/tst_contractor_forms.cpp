// SPDX-License-Identifier: Apache-2.0
// Issue #17 item 3 in the app (Xvfb, real mouse and keyboard events): on a fresh SQLite store with no demo
// data and no contractor, a coordinator registers a contractor (the GB 32100 check shown as the code is
// typed), adds its business licence, qualification, injury-insurance proof and HSE agreement as real PDF
// files, two workers (the GB 11643 check shown in place) with certificates, briefing and a portrait; the
// Contractors dock then shows it admitted. A second contractor whose insurance proof covers too short a
// period is shown not admitted with that reason; suspension with a reason and its lifting; editing; the
// ledger import (GB18030, a bad row refuses everything with the row's error, a dry-run preview first).
// The store is checked through the services afterwards. Dates are relative to the site's today.
#include "AdmissionFixture.h"
#include "modules/admission/ui/ContractorForms.h"
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/admission/ui/DocumentDialog.h"
#include "modules/admission/ui/LedgerImportDialog.h"
#include "modules/admission/ui/RosterImportPanel.h"
#include "modules/admission/ui/WorkerForms.h"
#include "modules/permits/logic/WorkGate.h"
#include "modules/workspace/logic/QueryService.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

namespace {

constexpr auto kPw = "coordinate-it-7";

/// Types `text` as key events, also characters that have no key (Chinese): each is a key event with its text.
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
    QTest::mouseClick(e, Qt::LeftButton);
    QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(e, Qt::Key_Backspace);
    type(e, text);
}

/// Types a date into a date edit as a user does: a click into its text (not on the arrows, which step
/// the value), Tab and Shift+Tab (Tab moves between the sections and selects one) to select the year,
/// then the digits; a complete section moves on to the next one.
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

void click(QPushButton *b)
{
    QVERIFY2(b && b->isEnabled() && b->isVisible(), qPrintable(b ? b->objectName() : u"(no button)"_s));
    QTest::mouseClick(b, Qt::LeftButton);
}

QStringList column(QTableWidget *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return out;
}

int rowOf(QTableWidget *t, const QString &code)
{
    return int(column(t, 0).indexOf(code));
}

/// Adds a document through the form and fails the test with what went wrong.
#define ADD_DOCUMENT(...)                                                                                      \
    do {                                                                                                       \
        const QString problem = addDocument(__VA_ARGS__);                                                      \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                      \
    } while (0)

/// Clicks `browse`, which opens Qt's own (modal) file dialog, and answers it by typing `path` into its file
/// name field and pressing Return. The dialog runs its own event loop inside the click: a repeating timer
/// polls until it shows (however slow the machine), then types. Returns what went wrong, or nothing when
/// the dialog accepted the path.
QString browseTo(QPushButton *browse, const QString &path)
{
    bool typed = false;
    bool gaveUp = false;
    int ticks = 0;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QFileDialog *d = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *f = qobject_cast<QFileDialog *>(top); f && f->isVisible())
                d = f;
        auto *name = d ? d->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
        if (!name)
            return;
        if (++ticks > 600) { // 60 s
            gaveUp = true;
            d->reject();
            return;
        }
        // Typed like a user: when the completer's popup (which lists the folders while the path is typed)
        // took a keystroke or a Return went to a folder, the field no longer holds the path: type it again.
        if (name->text() != path) {
            QTest::mouseClick(name, Qt::LeftButton);
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            type(name, path);
            typed = true;
            return;
        }
        // The dialog accepts a typed path only once its model has listed the folder, which a loaded machine
        // or the instrumented build does slowly: press Return until the dialog accepts, for at most 60 s.
        QTest::keyClick(name, Qt::Key_Return);
    });
    poll.start();
    QTest::mouseClick(browse, Qt::LeftButton); // returns when the dialog is closed
    poll.stop();
    if (!typed)
        return u"the file dialog did not show"_s;
    if (gaveUp)
        return u"the file dialog did not accept the typed path within 60 s"_s;
    return {};
}

void keep(QWidget *w, const QString &name)
{
    QTest::qWait(150);
    w->grab().save(QStringLiteral(GUARDLINE_BINARY_DIR "/") + name + u".png"_s);
}

} // namespace

class TestContractorForms : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDb> m_db;
    std::unique_ptr<Database> m_store;
    ManualClock m_clock;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(bytes);
        return f.fileName();
    }
    ServiceContext ctx() { return ServiceContext{*m_store, UserService::actorFor(*m_store, u"coord"_s), &m_clock}; }

    std::unique_ptr<ui::MainWindow> open(const QString &user = u"coord"_s)
    {
        auto w = std::make_unique<ui::MainWindow>();
        QSignalSpy shown(w.get(), &ui::MainWindow::snapshotShown);
        w->openStore(m_db->url(), false, user, QString::fromLatin1(kPw));
        w->resize(1800, 1000);
        w->show();
        if (!shown.wait(60'000))
            qFatal("no snapshot");
        auto *dock = w->findChild<QDockWidget *>(u"contractors"_s);
        dock->show();
        dock->show(); // closed when it is not in the signed-in user's workspace
        dock->raise();
        return w;
    }

    template<class D> D *opened(ui::ContractorActions *actions, const char *button)
    {
        QSignalSpy spy(actions, &ui::ContractorActions::dialogOpened);
        click(actions->findChild<QPushButton *>(QString::fromLatin1(button)));
        if (spy.isEmpty() && !spy.wait(5000))
            return nullptr;
        auto *d = qobject_cast<D *>(spy.first().first().value<QDialog *>());
        if (d && !QTest::qWaitForWindowExposed(d))
            qWarning("%s not exposed", button);
        return d;
    }

    /// Adds a document through the form; `coversFrom`/`coversTo` only for the insurance proof.
    QString addDocument(ui::ContractorActions *actions, int kindIndex, const QString &pdf, QDate issued, QDate expires, QDate coversFrom = {},
                        QDate coversTo = {}, bool viaFileDialog = false)
    {
        auto *d = opened<ui::DocumentDialog>(actions, "contractorAddDocument");
        if (!d)
            return u"no document dialog"_s;
        auto guard = qScopeGuard([d] { d->close(); });
        QTest::mouseClick(d->kindBox(), Qt::LeftButton); // opens the list: pick with the keyboard
        if (!QTest::qWaitFor([d] { return d->kindBox()->view()->isVisible(); }, 5000))
            return u"the kind list did not open"_s;
        QTest::keyClick(d->kindBox()->view(), Qt::Key_Home);
        for (int i = 0; i < kindIndex; ++i)
            QTest::keyClick(d->kindBox()->view(), Qt::Key_Down);
        QTest::keyClick(d->kindBox()->view(), Qt::Key_Return);
        if (d->kindBox()->currentIndex() != kindIndex)
            return u"kind %1 picked, not %2"_s.arg(d->kindBox()->currentIndex()).arg(kindIndex);
        if (viaFileDialog) {
            if (const QString problem = browseTo(d->browseButton(), pdf); !problem.isEmpty())
                return problem;
            if (d->fileEdit()->text() != pdf)
                return u"the file dialog gave '%1'"_s.arg(d->fileEdit()->text());
        } else {
            retype(d->fileEdit(), pdf);
        }
        typeDate(d->issuedEdit(), issued);
        typeDate(d->expiresEdit(), expires);
        if (d->issuedEdit()->date() != issued || d->expiresEdit()->date() != expires)
            return u"dates typed %1 %2, shown %3 %4"_s.arg(issued.toString(Qt::ISODate), expires.toString(Qt::ISODate),
                                                         d->issuedEdit()->date().toString(Qt::ISODate), d->expiresEdit()->date().toString(Qt::ISODate));
        if (coversFrom.isValid()) {
            if (!d->coversFromEdit()->isEnabled())
                return u"covered period not enabled"_s;
            typeDate(d->coversFromEdit(), coversFrom);
            typeDate(d->coversToEdit(), coversTo);
            if (d->coversFromEdit()->date() != coversFrom || d->coversToEdit()->date() != coversTo)
                return u"covered period shown %1 %2"_s.arg(d->coversFromEdit()->date().toString(Qt::ISODate),
                                                          d->coversToEdit()->date().toString(Qt::ISODate));
        }
        QSignalSpy saved(d, &ui::DocumentDialog::saved);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        if (!saved.wait(30'000))
            return u"not saved: "_s + d->statusLabel()->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings of this run only: Qt's file dialog keeps its history and last folder in the user's
        // QtProject.conf, which other programs on the machine rewrite (a stale entry there kept the dialog
        // from accepting the typed path).
        for (const QSettings::Format f : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(f, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_db = std::make_unique<TestDb>(Backend::Sqlite);
        m_store = m_db->open();
        Schema::migrate(*m_store);
        m_clock.set(QDateTime::currentMSecsSinceEpoch());
        // A fresh store: the first administrator and a coordinator; no site layout, no demo, no contractor.
        ServiceContext sys{*m_store, Actor::system(u"test"_s), &m_clock};
        UserService(sys).add(u"root"_s, u"Site admin"_s, Role::Admin, u"root-password-1"_s);
        UserService(sys).add(u"coord"_s, u"Coordinator"_s, Role::ContractorCoordinator, QString::fromLatin1(kPw));
        UserService(sys).add(u"viewer"_s, u"Viewer"_s, Role::Viewer, QString::fromLatin1(kPw));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM contractors"_s).toInt(), 0);
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM people"_s).toInt(), 0);
    }

    void registerDocumentsWorkers()
    {
        auto w = open();
        auto stop = qScopeGuard([&w] { w.reset(); }); // the data thread ends even when a check returns early
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *actions = panel->findChild<ui::ContractorActions *>();
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        auto *admission = panel->findChild<QLabel *>(u"contractorAdmission"_s);
        QVERIFY(panel && actions && companies && admission);
        QCOMPARE(companies->rowCount(), 0);
        const QDate today = w->lastSnapshot()->today;
        QVERIFY(today.isValid());

        // Register: a mistyped credit code is flagged in place and refused; the corrected one is accepted.
        auto *reg = opened<ui::ContractorDialog>(actions, "contractorRegister");
        QVERIFY(reg);
        retype(reg->codeEdit(), u"C-100"_s);
        retype(reg->nameEdit(), u"Huaxin Maintenance Co."_s);
        retype(reg->nameZhEdit(), u"华信检修有限公司"_s);
        QCOMPARE(reg->nameZhEdit()->text(), u"华信检修有限公司"_s);
        const QString credit = AdmissionFixture::creditCode(11);
        const QString wrong = credit.left(17) + (credit.endsWith(u'0') ? u'1' : u'0');
        retype(reg->creditCodeEdit(), wrong.toLower());
        QVERIFY2(reg->creditCheck()->text().startsWith(u"✕"_s), qPrintable(reg->creditCheck()->text()));
        retype(reg->tradeEdit(), u"maintenance"_s);
        retype(reg->contactEdit(), u"Li Wei 13800000000"_s);
        click(reg->saveButton());
        QVERIFY2(reg->statusLabel()->text().contains(u"credit code is not valid"_s), qPrintable(reg->statusLabel()->text()));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM contractors"_s).toInt(), 0);
        retype(reg->creditCodeEdit(), credit.toLower()); // typed in lower case: checked and stored upper case
        QVERIFY2(reg->creditCheck()->text().startsWith(u"✓"_s), qPrintable(reg->creditCheck()->text()));
        keep(reg, u"contractor-form-register"_s);
        QSignalSpy regSaved(reg, &ui::ContractorDialog::saved);
        click(reg->saveButton());
        QVERIFY2(regSaved.wait(30'000), qPrintable(reg->statusLabel()->text()));
        reg->close();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-100"_s) >= 0, 30'000);
        QCOMPARE(panel->selectedContractor(), u"C-100"_s);
        QTRY_VERIFY_WITH_TIMEOUT(admission->text().contains(u"NOT admitted"_s), 30'000);
        QVERIFY2(admission->text().contains(u"hse_agreement: no document on file"_s), qPrintable(admission->text()));

        // The four documents as real PDF files (Qt's PDF writer), typed paths.
        const QString pdf = write(u"licence.pdf"_s, makePdf(2));
        ADD_DOCUMENT(actions, 0, pdf, today.addYears(-2), today.addYears(3));
        ADD_DOCUMENT(actions, 1, write(u"qualification.pdf"_s, makePdf(1)), today.addMonths(-10), today.addMonths(14));
        ADD_DOCUMENT(actions, 2, write(u"insurance-proof.pdf"_s, makePdf(1)), today.addDays(-5), today.addMonths(6),
                            today.addMonths(-8), today);
        // The HSE agreement chosen in the file dialog (Qt's own, so it can be typed into).
        ADD_DOCUMENT(actions, 3, write(u"hse-agreement.pdf"_s, makePdf(3)), today.addMonths(-1), today.addYears(1), {}, {}, true);

        // A file that is not a PDF is refused with the reason, nothing stored.
        {
            auto *d = opened<ui::DocumentDialog>(actions, "contractorAddDocument");
            QVERIFY(d);
            retype(d->fileEdit(), write(u"not-a-pdf.pdf"_s, "hello, this is text"));
            click(d->saveButton());
            QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().startsWith(u"Refused"_s), 30'000);
            keep(d, u"contractor-form-document-refused"_s);
            d->close();
        }

        // Two workers: an ID number with a wrong check digit is flagged in place.
        auto *wd = opened<ui::WorkerDialog>(actions, "contractorAddWorker");
        QVERIFY(wd);
        for (int i = 0; i < 2; ++i) {
            const QString code = u"W-10%1"_s.arg(i + 1), id = AdmissionFixture::residentId(40 + i);
            retype(wd->codeEdit(), code);
            retype(wd->nameEdit(), i == 0 ? u"张伟"_s : u"Wang Fang"_s);
            retype(wd->idEdit(), id.left(17) + (id.endsWith(u'1') ? u'2' : u'1'));
            QVERIFY2(wd->idCheck()->text().startsWith(u"✕"_s), qPrintable(wd->idCheck()->text()));
            retype(wd->idEdit(), id);
            QVERIFY2(wd->idCheck()->text().startsWith(u"✓"_s), qPrintable(wd->idCheck()->text()));
            retype(wd->jobEdit(), u"welder"_s);
            retype(wd->phoneEdit(), u"1390000000%1"_s.arg(i));
            if (i == 1)
                keep(wd, u"contractor-form-worker"_s);
            QSignalSpy saved(wd, &ui::WorkerDialog::saved);
            click(wd->saveButton());
            QVERIFY2(saved.wait(30'000), qPrintable(wd->statusLabel()->text()));
        }
        wd->close();

        // Each worker: a certificate and the briefing, picked in the Workers tab by a click; one portrait.
        auto *workers = panel->findChild<QTableWidget *>(u"contractorWorkers"_s);
        for (QTabWidget *tabs : panel->findChildren<QTabWidget *>())
            if (tabs->indexOf(workers) >= 0)
                tabs->setCurrentWidget(workers);
        QTRY_COMPARE_WITH_TIMEOUT(workers->rowCount(), 2, 30'000);
        for (int i = 0; i < 2; ++i) {
            const QString code = u"W-10%1"_s.arg(i + 1);
            const int row = rowOf(workers, code);
            QVERIFY(row >= 0);
            workers->scrollToItem(workers->item(row, 0));
            QTest::mouseClick(workers->viewport(), Qt::LeftButton, {}, workers->visualItemRect(workers->item(row, 1)).center());
            auto *rd = opened<ui::WorkerRecordsDialog>(actions, "contractorWorkerRecords");
            QVERIFY(rd);
            QVERIFY(rd->windowTitle().contains(code));
            retype(rd->certKindBox()->lineEdit(), i == 0 ? u"hot_work"_s : u"work_at_height"_s);
            retype(rd->certNumberEdit(), u"T-2026-00%1"_s.arg(i + 1));
            typeDate(rd->certUntilEdit(), today.addYears(2));
            QCOMPARE(rd->certUntilEdit()->date(), today.addYears(2));
            QSignalSpy saved(rd, &ui::WorkerRecordsDialog::saved);
            click(rd->certButton());
            QVERIFY2(saved.wait(30'000), qPrintable(rd->statusLabel()->text()));
            typeDate(rd->briefingEdit(), today.addDays(-3));
            QCOMPARE(rd->briefingEdit()->date(), today.addDays(-3));
            click(rd->briefingButton());
            QVERIFY2(saved.wait(30'000), qPrintable(rd->statusLabel()->text()));
            if (i == 0) {
                retype(rd->portraitEdit(), QStringLiteral(GUARDLINE_SOURCE_DIR "/tests/data/vision/face.jpg"));
                click(rd->portraitButton());
                QVERIFY2(saved.wait(60'000), qPrintable(rd->statusLabel()->text()));
                keep(rd, u"contractor-form-worker-records"_s);
            }
            rd->close();
        }

        // The dock shows C-100 admitted, in the list and above its documents.
        QTRY_VERIFY_WITH_TIMEOUT(admission->text().startsWith(u"✓"_s), 30'000);
        const int c100 = rowOf(companies, u"C-100"_s);
        QCOMPARE(companies->item(c100, 5)->text(), u"✓ Admitted"_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel->findChild<QTableWidget *>(u"contractorDocuments"_s)->rowCount(), 4, 30'000);

        // A second contractor whose insurance proof covers only the last three months: stored, not admitted.
        reg = opened<ui::ContractorDialog>(actions, "contractorRegister");
        QVERIFY(reg);
        retype(reg->codeEdit(), u"C-200"_s);
        retype(reg->nameEdit(), u"Short Cover Scaffolding"_s);
        retype(reg->creditCodeEdit(), AdmissionFixture::creditCode(12));
        QSignalSpy reg2(reg, &ui::ContractorDialog::saved);
        click(reg->saveButton());
        QVERIFY2(reg2.wait(30'000), qPrintable(reg->statusLabel()->text()));
        reg->close();
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedContractor(), u"C-200"_s, 30'000);
        ADD_DOCUMENT(actions, 0, pdf, today.addYears(-2), today.addYears(3));
        ADD_DOCUMENT(actions, 1, pdf, today.addYears(-1), today.addYears(1));
        ADD_DOCUMENT(actions, 2, pdf, today.addDays(-2), today.addMonths(6), today.addMonths(-3), today);
        ADD_DOCUMENT(actions, 3, pdf, today.addYears(-1), today.addYears(1));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-200"_s) >= 0
                                     && companies->item(rowOf(companies, u"C-200"_s), 5)->text().startsWith(u"✕ Not admitted"_s),
                                 30'000);
        const QString shortReason = companies->item(rowOf(companies, u"C-200"_s), 5)->text();
        QVERIFY2(shortReason.contains(u"injury_insurance"_s) && shortReason.contains(u"covers"_s), qPrintable(shortReason));
        QVERIFY2(!shortReason.contains(u"business_licence"_s), qPrintable(shortReason)); // only the short proof
        QVERIFY2(admission->text().contains(u"NOT admitted"_s) && admission->text().contains(u"injury_insurance"_s),
                 qPrintable(admission->text()));
        keep(panel, u"contractor-panel-admission"_s);

        // Suspend C-100 with a reason: not admitted, the reason shown; then the suspension is lifted.
        QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, companies->visualItemRect(companies->item(c100, 1)).center());
        QTRY_COMPARE(panel->selectedContractor(), u"C-100"_s);
        auto *sd = opened<ui::SuspendDialog>(actions, "contractorSuspend");
        QVERIFY(sd);
        click(sd->applyButton()); // no reason: refused in place
        QVERIFY(sd->statusLabel()->text().contains(u"reason"_s));
        retype(sd->reasonEdit(), u"Welding without a permit on 3 March"_s);
        keep(sd, u"contractor-form-suspend"_s);
        click(sd->applyButton());
        QTRY_VERIFY_WITH_TIMEOUT(companies->item(rowOf(companies, u"C-100"_s), 5)->text().startsWith(u"✕ Suspended"_s), 30'000);
        QVERIFY(companies->item(rowOf(companies, u"C-100"_s), 5)->text().contains(u"Welding without a permit"_s));
        QTRY_VERIFY(admission->text().contains(u"SUSPENDED"_s));
        QTRY_COMPARE(actions->findChild<QPushButton *>(u"contractorSuspend"_s)->text(), u"Lift suspension…"_s);
        sd = opened<ui::SuspendDialog>(actions, "contractorSuspend");
        QVERIFY(sd);
        retype(sd->reasonEdit(), u"Permit training done"_s);
        click(sd->applyButton());
        QTRY_COMPARE_WITH_TIMEOUT(companies->item(rowOf(companies, u"C-100"_s), 5)->text(), u"✓ Admitted"_s, 30'000);

        // Edit: the trade and contact change; the code stays.
        auto *ed = opened<ui::ContractorDialog>(actions, "contractorEdit");
        QVERIFY(ed);
        QTRY_COMPARE(ed->nameZhEdit()->text(), u"华信检修有限公司"_s); // loaded from the store
        QVERIFY(ed->codeEdit()->isReadOnly());
        retype(ed->tradeEdit(), u"welding"_s);
        QSignalSpy edSaved(ed, &ui::ContractorDialog::saved);
        click(ed->saveButton());
        QVERIFY2(edSaved.wait(30'000), qPrintable(ed->statusLabel()->text()));
        ed->close();
        QTRY_COMPARE_WITH_TIMEOUT(companies->item(rowOf(companies, u"C-100"_s), 2)->text(), u"Welding"_s, 30'000);

        // Checked through the services.
        ServiceContext c = ctx();
        AdmissionDocuments a(c);
        const ContractorStanding s100 = a.standing(u"C-100"_s);
        QVERIFY2(s100.admitted, qPrintable(s100.reasons.join(u"; "_s)));
        QCOMPARE(s100.nameZh, u"华信检修有限公司"_s);
        QCOMPARE(s100.creditCode, credit);
        QCOMPARE(s100.documents.size(), 4);
        QCOMPARE(a.documentContent(a.documents(u"C-100"_s, today).rows.first().first().toLongLong()).left(5), QByteArray("%PDF-"));
        const ContractorStanding s200 = a.standing(u"C-200"_s);
        QVERIFY(!s200.admitted);
        QCOMPARE(s200.reasons.size(), 1);
        QVERIFY2(s200.reasons.first().startsWith(u"injury_insurance"_s), qPrintable(s200.reasons.first()));
        QCOMPARE(ContractorService(c).contractor(u"C-100"_s).trade, u"welding"_s);
        const Table people = QueryService(c).people(today);
        QCOMPARE(people.rows.size(), 2);
        for (const QVariantList &row : people.rows) {
            QCOMPARE(row[people.column(u"contractor"_s)].toString(), u"C-100"_s);
            QCOMPARE(row[people.column(u"briefing_on"_s)].toString(), today.addDays(-3).toString(Qt::ISODate));
            QCOMPARE(row[people.column(u"certificates"_s)].toString(), u"valid"_s);
        }
        QCOMPARE(m_store->scalar(u"SELECT id_number FROM people WHERE code = 'W-101'"_s).toString(), AdmissionFixture::residentId(40));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM person_portraits pp JOIN people p ON p.id = pp.person_id WHERE p.code = 'W-101'"_s).toInt(), 1);
        // The audit chain has each step, by the coordinator.
        for (const auto &[action, n] : {std::pair{u"contractor.register"_s, 2}, std::pair{u"contractor.document.add"_s, 8},
                                        std::pair{u"person.add"_s, 2}, std::pair{u"person.certificate.add"_s, 2},
                                        std::pair{u"person.briefing"_s, 2}, std::pair{u"person.portrait"_s, 1},
                                        std::pair{u"contractor.suspend"_s, 1}, std::pair{u"contractor.unsuspend"_s, 1},
                                        std::pair{u"contractor.edit"_s, 1}})
            QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = ? AND actor = 'coord'"_s, {action}).toInt(), n);
        QVERIFY(!m_store->scalar(u"SELECT details FROM audit_log WHERE action = 'person.add'"_s).toString().contains(AdmissionFixture::residentId(40)));
    }

    /// A worker edited after creation and marked as having left (issue #17), with real input events: a bad ID
    /// number flagged in place and refused; the changes stored and audited (the ID number only as changed);
    /// a worker who left shown so in the Workers tab and refused on permits; back again.
    void editWorker()
    {
        auto w = open();
        auto stop = qScopeGuard([&w] { w.reset(); });
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *actions = panel->findChild<ui::ContractorActions *>();
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        auto *workers = panel->findChild<QTableWidget *>(u"contractorWorkers"_s);
        const QDate today = w->lastSnapshot()->today;
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-100"_s) >= 0, 30'000);
        QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, companies->visualItemRect(companies->item(rowOf(companies, u"C-100"_s), 1)).center());
        QTRY_COMPARE(panel->selectedContractor(), u"C-100"_s);
        for (QTabWidget *tabs : panel->findChildren<QTabWidget *>())
            if (tabs->indexOf(workers) >= 0)
                tabs->setCurrentWidget(workers);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(workers, u"W-102"_s) >= 0, 30'000);
        QVERIFY(!actions->findChild<QPushButton *>(u"contractorEditWorker"_s)->isEnabled()); // no worker picked yet
        QTest::mouseClick(workers->viewport(), Qt::LeftButton, {}, workers->visualItemRect(workers->item(rowOf(workers, u"W-102"_s), 1)).center());
        auto *ed = opened<ui::WorkerEditDialog>(actions, "contractorEditWorker");
        QVERIFY(ed);
        QTRY_VERIFY_WITH_TIMEOUT(ed->isLoaded(), 30'000);
        QVERIFY(ed->windowTitle().contains(u"W-102"_s));
        QCOMPARE(ed->nameEdit()->text(), u"Wang Fang"_s);
        QCOMPARE(ed->jobEdit()->text(), u"welder"_s);
        QCOMPARE(ed->idEdit()->text(), AdmissionFixture::residentId(41));
        QVERIFY(!ed->leftBox()->isChecked());

        // A mistyped ID number: flagged as typed, refused on save, nothing stored.
        const QString newId = AdmissionFixture::residentId(45);
        retype(ed->idEdit(), newId.left(17) + (newId.endsWith(u'1') ? u'2' : u'1'));
        QVERIFY2(ed->idCheck()->text().startsWith(u"✕"_s), qPrintable(ed->idCheck()->text()));
        click(ed->saveButton());
        QVERIFY2(ed->statusLabel()->text().contains(u"ID number is not valid"_s), qPrintable(ed->statusLabel()->text()));
        QCOMPARE(m_store->scalar(u"SELECT id_number FROM people WHERE code = 'W-102'"_s).toString(), AdmissionFixture::residentId(41));

        retype(ed->idEdit(), newId);
        QVERIFY2(ed->idCheck()->text().startsWith(u"✓"_s), qPrintable(ed->idCheck()->text()));
        retype(ed->nameEdit(), u"王芳"_s);
        retype(ed->jobEdit(), u"rigger"_s);
        keep(ed, u"contractor-form-worker-edit"_s);
        QSignalSpy saved(ed, &ui::WorkerEditDialog::saved);
        click(ed->saveButton());
        QVERIFY2(saved.wait(30'000), qPrintable(ed->statusLabel()->text()));
        QCOMPARE(m_store->scalar(u"SELECT name FROM people WHERE code = 'W-102'"_s).toString(), u"王芳"_s);
        QCOMPARE(m_store->scalar(u"SELECT job FROM people WHERE code = 'W-102'"_s).toString(), u"rigger"_s);
        QCOMPARE(m_store->scalar(u"SELECT id_number FROM people WHERE code = 'W-102'"_s).toString(), newId);
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'person.edit' AND actor = 'coord' AND object_id = 'W-102'"_s).toInt(), 1);
        const QString details = m_store->scalar(u"SELECT details FROM audit_log WHERE action = 'person.edit'"_s).toString();
        QVERIFY2(details.contains(u"rigger"_s) && !details.contains(newId) && !details.contains(AdmissionFixture::residentId(41)), qPrintable(details));
        QTRY_COMPARE_WITH_TIMEOUT(workers->item(rowOf(workers, u"W-102"_s), 2)->text(), u"rigger"_s, 30'000);

        // The worker left yesterday: kept on record, shown as left, refused on a permit.
        const QString before = permits::WorkGate(*m_store, permits::Gb30871Rules::defaults())
                                   .check([] { permits::PermitRecord p; p.workers = {u"W-102"_s}; p.type = u"hot_work"_s; return p; }(), today)
                                   .join(u'\n');
        QVERIFY2(!before.contains(u"left on"_s), qPrintable(before));
        QTest::mouseClick(ed->leftBox(), Qt::LeftButton, {}, QPoint(8, ed->leftBox()->height() / 2));
        QVERIFY(ed->leftBox()->isChecked() && ed->leftOnEdit()->isEnabled());
        typeDate(ed->leftOnEdit(), today.addDays(-1));
        QCOMPARE(ed->leftOnEdit()->date(), today.addDays(-1));
        retype(ed->leftReasonEdit(), u"contract ended"_s);
        click(ed->saveButton());
        QVERIFY2(saved.wait(30'000), qPrintable(ed->statusLabel()->text()));
        QCOMPARE(m_store->scalar(u"SELECT left_on FROM people WHERE code = 'W-102'"_s).toString(), today.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'person.leave' AND actor = 'coord'"_s).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(workers->item(rowOf(workers, u"W-102"_s), 5)->text().contains(u"left on"_s), 30'000);
        permits::PermitRecord permit;
        permit.type = u"hot_work"_s;
        permit.workers = {u"W-102"_s};
        const QString after = permits::WorkGate(*m_store, permits::Gb30871Rules::defaults()).check(permit, today).join(u'\n');
        QVERIFY2(after.contains(u"worker 'W-102' (王芳): left on %1 (contract ended)"_s.arg(today.addDays(-1).toString(Qt::ISODate))),
                 qPrintable(after));

        // Back on the site: the box unticked.
        QTest::mouseClick(ed->leftBox(), Qt::LeftButton, {}, QPoint(8, ed->leftBox()->height() / 2));
        click(ed->saveButton());
        QVERIFY2(saved.wait(30'000), qPrintable(ed->statusLabel()->text()));
        QVERIFY(m_store->scalar(u"SELECT left_on FROM people WHERE code = 'W-102'"_s).isNull());
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'person.return' AND actor = 'coord'"_s).toInt(), 1);
        ed->close();
    }

    /// Shift kinds defined in the app where the roster is imported (issue #17): bad input named, the kind
    /// listed once defined, audited by the coordinator.
    void shiftKinds()
    {
        auto w = open();
        auto stop = qScopeGuard([&w] { w.reset(); });
        auto *imports = w->findChild<ui::RosterImportPanel *>();
        auto *kinds = w->findChild<ui::ShiftKindsPanel *>();
        QVERIFY(imports && kinds);
        for (QTabWidget *tabs : w->findChildren<QTabWidget *>())
            if (tabs->indexOf(imports) >= 0)
                tabs->setCurrentWidget(imports);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(kinds->defineButton()->isVisible());
        QCOMPARE(kinds->table()->rowCount(), 0);
        QSignalSpy defined(kinds, &ui::ShiftKindsPanel::defined);
        retype(kinds->codeEdit(), u"DAY"_s);
        retype(kinds->nameEdit(), u"Day shift"_s);
        retype(kinds->nameZhEdit(), u"白班"_s);
        retype(kinds->startEdit(), u"8:00"_s);
        retype(kinds->endEdit(), u"16:00"_s);
        click(kinds->defineButton());
        QVERIFY(defined.wait(30'000));
        QCOMPARE(defined.last().at(0).toBool(), false);
        QVERIFY2(kinds->statusLabel()->text().contains(u"field 'start'"_s), qPrintable(kinds->statusLabel()->text()));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM shifts"_s).toInt(), 0);
        retype(kinds->startEdit(), u"08:00"_s);
        QTest::keyClick(kinds->startEdit(), Qt::Key_Return); // Return defines too
        QVERIFY(defined.wait(30'000));
        QVERIFY2(defined.last().at(0).toBool(), qPrintable(kinds->statusLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(kinds->table()->rowCount(), 1, 30'000);
        QCOMPARE(kinds->table()->item(0, 0)->text(), u"DAY"_s);
        QCOMPARE(kinds->table()->item(0, 2)->text(), u"白班"_s);
        QCOMPARE(kinds->table()->item(0, 3)->text(), u"08:00"_s);
        keep(imports, u"roster-shift-kinds"_s);
        ServiceContext c = ctx();
        const QList<ShiftKind> stored = ContractorService(c).shiftKinds();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().end, u"16:00"_s);
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'shift.add' AND actor = 'coord'"_s).toInt(), 1);
    }

    void ledgerImport()
    {
        auto w = open();
        auto stop = qScopeGuard([&w] { w.reset(); });
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *actions = panel->findChild<ui::ContractorActions *>();
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        const int before = m_store->scalar(u"SELECT count(*) FROM contractors"_s).toInt();
        auto *d = opened<ui::LedgerImportDialog>(actions, "contractorImportLedger");
        QVERIFY(d);
        // GB18030, as a Chinese office's spreadsheet saves it; line 3's credit code is wrong.
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QString good1 = AdmissionFixture::creditCode(21), good2 = AdmissionFixture::creditCode(22);
        const QString bad = good2.left(17) + (good2.endsWith(u'0') ? u'1' : u'0');
        const QString text = u"code,name,name_zh,credit_code,trade,contact\nC-301,Ledger One,台账一号工程公司,%1,maintenance,王工\n"
                             "C-302,Ledger Two,台账二号,%2,lifting,\n"_s.arg(good1, bad);
        const QString badFile = write(u"ledger-gb18030.csv"_s, gb.encode(text));
        retype(d->fileEdit(), badFile);
        QSignalSpy previewed(d, &ui::LedgerImportDialog::previewed);
        click(d->previewButton());
        QVERIFY(previewed.wait(30'000));
        QCOMPARE(previewed.last().at(1).toInt(), 1);
        QCOMPARE(column(d->resultTable(), 1).first(), u"line 3"_s);
        QVERIFY2(column(d->resultTable(), 2).first().startsWith(u"field 'credit_code'"_s), qPrintable(column(d->resultTable(), 2).first()));
        QVERIFY(!d->importButton()->isEnabled());
        QVERIFY(d->statusLabel()->text().contains(u"GB18030"_s));
        keep(d, u"contractor-form-ledger-errors"_s);
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM contractors"_s).toInt(), before); // all or none

        // Corrected: the preview lists both, stores nothing; Import stores both.
        const QString goodFile = write(u"ledger-fixed.csv"_s, gb.encode(QString(text).replace(bad, good2)));
        retype(d->fileEdit(), goodFile);
        click(d->previewButton());
        QVERIFY(previewed.wait(30'000));
        QCOMPARE(previewed.last().at(1).toInt(), 0);
        QCOMPARE(column(d->resultTable(), 1), (QStringList{u"C-301"_s, u"C-302"_s}));
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM contractors"_s).toInt(), before);
        QSignalSpy imported(d, &ui::LedgerImportDialog::imported);
        click(d->importButton());
        QVERIFY2(imported.wait(30'000), qPrintable(d->statusLabel()->text()));
        QCOMPARE(imported.last().at(0).toInt(), 2);
        QCOMPARE(m_store->scalar(u"SELECT name_zh FROM contractors WHERE code = 'C-301'"_s).toString(), u"台账一号工程公司"_s);
        QCOMPARE(m_store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'contractor.import' AND actor = 'coord'"_s).toInt(), 1);
        d->close();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(companies, u"C-302"_s) >= 0, 30'000);
        QVERIFY(companies->item(rowOf(companies, u"C-302"_s), 5)->text().startsWith(u"✕ Not admitted"_s));
    }

    /// A user without contractor.edit gets no form that would only be refused; the ledger preview stays.
    void viewerCannotEdit()
    {
        auto w = open(u"viewer"_s);
        auto stop = qScopeGuard([&w] { w.reset(); });
        auto *actions = w->findChild<ui::ContractorActions *>();
        QVERIFY(actions);
        QTRY_VERIFY_WITH_TIMEOUT(!actions->findChild<QPushButton *>(u"contractorRegister"_s)->isEnabled(), 30'000);
        auto *companies = w->findChild<QTableWidget *>(u"contractorCompanies"_s);
        QTRY_VERIFY(rowOf(companies, u"C-100"_s) >= 0);
        QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, companies->visualItemRect(companies->item(rowOf(companies, u"C-100"_s), 1)).center());
        QTRY_COMPARE(w->findChild<ui::ContractorPanel *>()->selectedContractor(), u"C-100"_s);
        for (const char *name : {"contractorEdit", "contractorSuspend", "contractorAddDocument", "contractorAddWorker", "contractorEditWorker"})
            QVERIFY2(!actions->findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(actions->findChild<QPushButton *>(u"contractorImportLedger"_s)->isEnabled());
    }

    /// The forms in Chinese, for the screenshots (docs/contractors.md).
    void chineseScreenshots()
    {
        QTranslator zh;
        QVERIFY(zh.load(u":/i18n/guardline_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&zh);
        auto guard = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
        auto w = open();
        auto stop = qScopeGuard([&w] { w.reset(); });
        auto *panel = w->findChild<ui::ContractorPanel *>();
        auto *actions = panel->findChild<ui::ContractorActions *>();
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        QTRY_VERIFY(rowOf(companies, u"C-200"_s) >= 0);
        QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, companies->visualItemRect(companies->item(rowOf(companies, u"C-200"_s), 1)).center());
        QTRY_COMPARE(panel->selectedContractor(), u"C-200"_s);
        QTRY_VERIFY(!panel->findChild<QLabel *>(u"contractorAdmission"_s)->text().isEmpty());
        // The admission reasons come from core in the interface language too (CONTRACTS.md section 6).
        const QString zhAdmission = panel->findChild<QLabel *>(u"contractorAdmission"_s)->text();
        QVERIFY2(zhAdmission.contains(u"工伤保险缴费证明“licence.pdf”：缴费证明自 %1 起"_s.arg(w->lastSnapshot()->today.addMonths(-3).toString(Qt::ISODate))),
                 qPrintable(zhAdmission));
        QVERIFY2(!zhAdmission.contains(u"payment proof"_s), qPrintable(zhAdmission));
        QVERIFY2(companies->item(rowOf(companies, u"C-200"_s), 5)->text().contains(u"缴费证明自"_s),
                 qPrintable(companies->item(rowOf(companies, u"C-200"_s), 5)->text()));
        keep(w.get(), u"contractor-panel-zh"_s);
        auto *reg = opened<ui::ContractorDialog>(actions, "contractorRegister");
        QVERIFY(reg);
        retype(reg->creditCodeEdit(), u"91320581MA1000000"_s);
        keep(reg, u"contractor-form-register-zh"_s);
        reg->close();
        auto *doc = opened<ui::DocumentDialog>(actions, "contractorAddDocument");
        QVERIFY(doc);
        doc->kindBox()->setCurrentIndex(2);
        keep(doc, u"contractor-form-document-zh"_s);
        doc->close();
        auto *wd = opened<ui::WorkerDialog>(actions, "contractorAddWorker");
        QVERIFY(wd);
        retype(wd->idEdit(), AdmissionFixture::residentId(7));
        keep(wd, u"contractor-form-worker-zh"_s);
        wd->close();
        auto *ld = opened<ui::LedgerImportDialog>(actions, "contractorImportLedger");
        QVERIFY(ld);
        keep(ld, u"contractor-form-ledger-zh"_s);
        ld->close();
    }
};

QTEST_MAIN(TestContractorForms)
#include "tst_contractor_forms.moc"
