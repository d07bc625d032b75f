// SPDX-License-Identifier: Apache-2.0
// The Permits dock under a real X server: the board by state and by area, the permit card opened through
// MainWindow::showObject("permit", code), and the editor: an invalid permit is saved as a draft, its
// submission is refused with the reasons shown inline, and a shapeless one cannot be saved at all.
#include "modules/permits/ui/PermitEditor.h"
#include "modules/permits/ui/PermitPanel.h"
#include "PermitFixture.h"
#include "shell/MainWindow.h"
#include "shell/UiLanguage.h"

#include <QCheckBox>
#include <QPdfDocument>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include "modules/permits/ui/TicketPreview.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gl;
using test::PermitFixture;

namespace {

bool listHas(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            return true;
    return false;
}

void keep(QWidget *w, const char *name)
{
    if (qEnvironmentVariableIsSet("GUARDLINE_KEEP_SCREENSHOTS"))
        w->grab().save(qEnvironmentVariable("GUARDLINE_KEEP_SCREENSHOTS") + u'/' + QString::fromLatin1(name) + u".png"_s);
}

} // namespace

class TestPermitUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boardEditorDraftAndRefusal()
    {
        PermitFixture f(Backend::Sqlite);
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 100, 0));
        f.as(u"coord"_s);
        f.permits().createDraft(f.input(u"EX-2"_s, u"excavation"_s, u"standard"_s, f.t0, 4, 200, 0));

        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(f.url(), false, u"coord"_s, u"a long enough password"_s);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(60'000));
        auto *panel = w.findChild<ui::PermitPanel *>();
        QVERIFY(panel);
        // HW-1 ran on 2026-03-02: the app's housekeeping (real clock) expires it once that day is past.
        QTRY_VERIFY_WITH_TIMEOUT(listHas(panel->column(u"active"_s), u"HW-1"_s) || listHas(panel->column(u"expired"_s), u"HW-1"_s), 20'000);
        QVERIFY(listHas(panel->column(u"draft"_s), u"EX-2"_s));
        QVERIFY(!listHas(panel->column(u"draft"_s), u"HW-1"_s));
        QCOMPARE(panel->areaTree()->topLevelItemCount(), 1); // both in CA1
        QCOMPARE(panel->areaTree()->topLevelItem(0)->childCount(), 2);

        // The card of the active permit, opened like a map pick: its sign-offs, gas test and cameras.
        w.showObject(u"permit"_s, u"HW-1"_s);
        auto *card = panel->findChildren<ui::PermitEditor *>().value(0);
        QVERIFY(card);
        QTRY_COMPARE_WITH_TIMEOUT(card->card().permit.code, u"HW-1"_s, 20'000);
        QCOMPARE(card->stateLabel()->text(), ui::permitStateTitle(card->card().permit.state));
        QVERIFY(card->card().permit.state == u"active"_s || card->card().permit.state == u"expired"_s);
        QCOMPARE(card->card().signOffs.size(), 4);
        QCOMPARE(card->card().gasTests.size(), 1);
        QVERIFY(!card->saveButton()->isEnabled()); // only drafts are edited
        keep(card, "permit-card");
        card->close();
        QVERIFY(card->isHidden());

        // A new permit that breaks the rules: saved as a draft, submission refused with the reasons.
        ui::PermitEditor *e = panel->newPermit();
        QVERIFY(QTest::qWaitForWindowExposed(e));
        e->typeBox()->setCurrentIndex(e->typeBox()->findData(u"hot_work"_s));
        e->gradeBox()->setCurrentIndex(e->gradeBox()->findData(u"level1"_s));
        e->areaBox()->setCurrentIndex(e->areaBox()->findData(u"CA1"_s));
        QTest::keyClicks(e->codeEdit(), u"HW-900"_s);
        QTest::keyClicks(e->polygonEdit(), u"300, 300; 310, 300; 310, 306; 300, 306"_s);
        QVERIFY(!e->saveButton()->isEnabled()); // no title yet: cannot even be a draft
        QVERIFY(e->problemsLabel()->text().contains(u"Work: describe"_s));
        QTest::keyClicks(e->titleEdit(), u"weld the flange of P-101"_s);
        const QDateTime start(QDate(2026, 3, 3), QTime(9, 0));
        e->startEdit()->setDateTime(start);
        e->endEdit()->setDateTime(start.addSecs(12 * 3600)); // 12 h: over the 8 h of level1 hot work
        QVERIFY(e->saveButton()->isEnabled());
        QVERIFY2(e->problemsLabel()->text().contains(u"exceeds the 8 h limit"_s), qPrintable(e->problemsLabel()->text()));
        QVERIFY(e->problemsLabel()->text().contains(u"Guardian: a certified guardian is mandatory"_s));
        QSignalSpy saved(e, &ui::PermitEditor::saved);
        QTest::mouseClick(e->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(listHas(panel->column(u"draft"_s), u"HW-900"_s), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(e->card().permit.state, u"draft"_s, 20'000);

        QSignalSpy refused(e, &ui::PermitEditor::refused);
        QTest::mouseClick(e->submitButton(), Qt::LeftButton);
        QVERIFY(refused.wait(20'000));
        const QString reasons = refused.first().first().toString();
        QVERIFY2(reasons.contains(u"'submit' refused"_s) && reasons.contains(u"field 'guardian'"_s) && reasons.contains(u"field 'end'"_s),
                 qPrintable(reasons));
        QTRY_VERIFY_WITH_TIMEOUT(e->findChild<QLabel *>(u"permitServerProblems"_s)->text().contains(u"no guardian named"_s), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(listHas(panel->column(u"draft"_s), u"HW-900"_s), 20'000);
        QVERIFY(!listHas(panel->column(u"submitted"_s), u"HW-900"_s));
        keep(e, "permit-editor-refused");

        // Issue 17: the GB 30871 safety measures come from configuration (gb30871.json holds text and
        // text_zh) and follow the interface language chosen at start-up, not the system locale.
        auto measures = [](ui::PermitEditor *ed) {
            QStringList texts;
            for (QCheckBox *c : ed->findChildren<QCheckBox *>())
                if (!c->property("item").toString().isEmpty())
                    texts << c->text();
            return texts.join(u'\n');
        };
        QVERIFY2(measures(e).contains(u"Equipment cleaned, purged or water-washed"_s), qPrintable(measures(e)));
        ui::setUiLanguage(u"zh_CN"_s);
        ui::PermitEditor *zh = panel->newPermit();
        QVERIFY(QTest::qWaitForWindowExposed(zh));
        zh->typeBox()->setCurrentIndex(zh->typeBox()->findData(u"hot_work"_s));
        QVERIFY2(measures(zh).contains(u"动火设备内部构件清理干净"_s) && !measures(zh).contains(u"Equipment cleaned"_s), qPrintable(measures(zh)));
        ui::setUiLanguage(u"en"_s);
        zh->close();
        panel->views()->setCurrentIndex(0);
        keep(panel, "permit-board");
        panel->views()->setCurrentIndex(2);
        keep(panel, "permit-timeline");
    }
    void workTicketPreviewedPrintedAndSaved()
    {
        // Issue 17 item 5: the ticket in the app is the same PDF as `permit ticket`, previewed, printed and
        // saved from the permit card. The clock is pinned during the work, so the permit is active.
        PermitFixture f(Backend::Sqlite);
        gl::setProcessClock(std::make_shared<ManualClock>(f.t0 + 3600'000));
        struct Restore {
            ~Restore() { gl::setProcessClock(nullptr); }
        } restore;
        f.makeActive(f.input(u"HW-7"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 100, 0));
        QTemporaryDir dir;
        {
            ui::MainWindow w;
            QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
            w.openStore(f.url(), false, u"coord"_s, u"a long enough password"_s);
            w.resize(1600, 900);
            w.show();
            QVERIFY(shown.wait(60'000));
            w.showObject(u"permit"_s, u"HW-7"_s);
            auto *panel = w.findChild<ui::PermitPanel *>();
            ui::PermitEditor *card = panel->findChildren<ui::PermitEditor *>().value(0);
            QVERIFY(card);
            QTRY_COMPARE_WITH_TIMEOUT(card->card().permit.code, u"HW-7"_s, 20'000);
            QTRY_VERIFY_WITH_TIMEOUT(card->ticketButton()->isEnabled(), 20'000);
            for (QTabWidget *tabs : card->findChildren<QTabWidget *>()) // the Sign-offs page, as the user opens it
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->widget(i)->isAncestorOf(card->ticketButton()))
                        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            QTRY_VERIFY(card->ticketButton()->isVisible());
            QTest::mouseClick(card->ticketButton(), Qt::LeftButton);
            ui::TicketPreview *preview = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((preview = card->findChild<ui::TicketPreview *>()) != nullptr, 10'000);
            QVERIFY(QTest::qWaitForWindowExposed(preview));
            QTRY_VERIFY2_WITH_TIMEOUT(preview->pageCount() > 0, qPrintable(preview->statusLabel()->text()), 30'000);
            QVERIFY(preview->printButton()->isEnabled());
            QVERIFY(preview->statusLabel()->text().contains(preview->sha256().left(16)));

            // Printed (to a PDF printer here): every page, at the printer's resolution.
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
            QVERIFY(preview->printTo(printer));
            QPdfDocument printed;
            QCOMPARE(printed.load(dir.filePath(u"printed.pdf"_s)), QPdfDocument::Error::None);
            QCOMPARE(printed.pageCount(), preview->pageCount());
            const QImage page = printed.render(0, QSize(420, 594));
            int ink = 0; // the printed page carries the ticket, not a blank sheet
            for (int y = 0; y < page.height(); ++y)
                for (int x = 0; x < page.width(); ++x)
                    ink += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));
            // Saved: the PDF exactly as issued, with its text (the same renderer as the CLI).
            QVERIFY(preview->saveTo(dir.filePath(u"HW-7-ticket.pdf"_s)));
            QFile saved(dir.filePath(u"HW-7-ticket.pdf"_s));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.readAll(), preview->pdf());
            QProcess text;
            text.start(u"pdftotext"_s, {dir.filePath(u"HW-7-ticket.pdf"_s), u"-"_s});
            QVERIFY(text.waitForFinished(30'000));
            QVERIFY2(text.readAllStandardOutput().contains("HW-7"), "the ticket's text names the permit");
            if (qEnvironmentVariableIsSet("GUARDLINE_KEEP_SCREENSHOTS"))
                QTest::qWait(1500); // the view renders its pages in the background
            keep(preview, "permit-ticket-preview");
            preview->close();
        }
        // The store: the ticket's hash recorded and audited, by the signed-in coordinator.
        QCOMPARE(f.db().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'permit.ticket' AND object_id = 'HW-7' AND actor = 'coord'"_s).toInt(), 1);
    }
};

QTEST_MAIN(TestPermitUi)
#include "tst_permit_ui.moc"
