// SPDX-License-Identifier: Apache-2.0
// The Contractors dock in the real main window: the company list with document states, a company's
// documents with the missing ones named, the PDF shown in the viewer (Qt PDF), the coordinator's tasks,
// people checked in on site — all through the data thread.
#include "AdmissionFixture.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/admission/ui/ContractorPanel.h"
#include "modules/engine/logic/Housekeeping.h"
#include "shell/MainWindow.h"

#include <QDockWidget>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using namespace gl::test;

class TestContractorPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dock()
    {
        AdmissionFixture f(Backend::Sqlite);
        QVERIFY(f.available());
        f.clock.set(QDateTime::currentMSecsSinceEpoch()); // the window runs on the wall clock
        AdmissionDocuments a(*f.ctx);
        const QDate today = a.siteToday();
        a.uploadDocument(u"C-1"_s, {u"business_licence"_s, u"licence.pdf"_s, makePdf(3), today.addYears(-1), today.addYears(2), {}, {}},
                         admission::pdfInspector());
        a.uploadDocument(u"C-1"_s, {u"qualification"_s, u"qual.pdf"_s, makePdf(1), today.addYears(-1), today.addDays(10), {}, {}},
                         admission::pdfInspector());
        Housekeeping::run(*f.store, f.clock);

        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(f.url(), false, u"coord"_s, u"a long enough password"_s);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(60'000));
        auto *dock = w.findChild<QDockWidget *>(u"contractors"_s);
        QVERIFY(dock);
        dock->show();
        dock->show(); // closed when it is not in the signed-in user's workspace
        dock->raise();
        auto *panel = w.findChild<ui::ContractorPanel *>();
        QVERIFY(panel);
        auto *companies = panel->findChild<QTableWidget *>(u"contractorCompanies"_s);
        QTRY_COMPARE(companies->rowCount(), 2);
        QCOMPARE(companies->item(0, 0)->text(), u"C-1"_s);
        QCOMPARE(companies->item(0, 2)->text(), u"Maintenance"_s); // the trade's word, not its key
        QCOMPARE(companies->item(0, 4)->text(), u"Missing"_s); // two of four required documents

        auto *tasks = panel->findChild<QTableWidget *>(u"contractorTasks"_s);
        QTRY_VERIFY(tasks->rowCount() >= 6); // C-1: qualification expiring + 2 missing; C-2: 4 missing

        QSignalSpy loaded(panel, &ui::ContractorPanel::documentsLoaded);
        companies->selectRow(0);
        QVERIFY(loaded.wait(20'000));
        auto *docs = panel->findChild<QTableWidget *>(u"contractorDocuments"_s);
        QCOMPARE(docs->rowCount(), 4); // 2 missing rows + 2 documents
        QStringList states;
        for (int r = 0; r < docs->rowCount(); ++r)
            states << docs->item(r, 4)->text();
        QCOMPARE(states, (QStringList{u"Missing"_s, u"Missing"_s, u"Valid"_s, u"Expiring"_s}));

        QSignalSpy pdfShown(panel, &ui::ContractorPanel::documentShown);
        docs->selectRow(2); // the licence
        QVERIFY(pdfShown.wait(20'000));
        QCOMPARE(pdfShown.first().first().toInt(), 3);
        QCOMPARE(panel->pdf()->pageCount(), 3);
        QTest::qWait(300);
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QStringLiteral(GUARDLINE_BINARY_DIR "/contractor-panel.png"));
    }
};

QTEST_MAIN(TestContractorPanel)
#include "tst_contractor_panel.moc"
