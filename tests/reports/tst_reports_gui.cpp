// SPDX-License-Identifier: Apache-2.0
// The Reports and Dashboards docks on the demo plant under a real X server: the scheduler's first pass
// archived the latest days, a report opens after its SHA-256 is checked and a tampered one is refused;
// the dashboards show TRIR/LTIFR and charts from the demo's year of hours and incidents; a records
// table exports to CSV with its visible columns.
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include "modules/reporting/ui/DashboardPanel.h"
#include "modules/reporting/ui/ReportsPanel.h"
#include "modules/video/ui/CameraWall.h"
#include "platform/domain/Csv.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "shell/CsvExport.h"
#include "shell/MainWindow.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace gl;

/// Catches what the panel hands to the desktop (instead of launching a viewer).
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestReportsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void shot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("GUARDLINE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QString::fromUtf8(dir) + u'/' + QLatin1String(name));
    }

private Q_SLOTS:
    // The demo plant and the app run on one clock pinned to a fixed moment (as the other GUI tests do).
    void initTestCase()
    {
        qputenv("GUARDLINE_NOW", "2026-03-02T10:30:00+08:00");
        gl::setProcessClock(nullptr); // the app and the demo on one pinned clock
        reports::registerReportGenerator(); // as runApplication() does at start-up
    }

    void docksShowTheDemo()
    {
        const QString dbPath = m_dir.path() + u"/demo.sqlite"_s;
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(dbPath, true);
        w.resize(1600, 900);
        w.show();
        QString failure;
        connect(&w, &ui::MainWindow::storeFailed, this, [&failure](const QString &m) { failure += m + u'\n'; });
        QVERIFY2(shown.wait(170'000), qPrintable(failure));

        // Reports: the first housekeeping pass (before the first snapshot) archived the latest two days.
        auto *reports = w.findChild<ui::ReportsPanel *>();
        QVERIFY(reports);
        w.findChild<QDockWidget *>(u"reports"_s)->show();
        w.findChild<QDockWidget *>(u"reports"_s)->show(); // closed when it is not in the signed-in user's workspace
        w.findChild<QDockWidget *>(u"reports"_s)->raise();
        QSignalSpy loaded(reports, &ui::ReportsPanel::loaded);
        // The demo's embedded site service runs housekeeping on its own thread (issue #15): its first pass
        // may still be rendering when the first snapshot shows.
        QElapsedTimer waited;
        waited.start();
        do {
            loaded.clear();
            reports->reload();
            QVERIFY(loaded.wait(30'000));
        } while (reports->rowCount() < 2 && waited.elapsed() < 90'000 && (QTest::qWait(1000), true));
        QVERIFY2(reports->rowCount() >= 2, qPrintable(QString::number(reports->rowCount())));
        auto *table = reports->findChild<QTableWidget *>();
        const QDate latest = QDate::fromString(table->item(0, 0)->text(), Qt::ISODate);
        QVERIFY(latest.isValid());
        QCOMPARE(QDate::fromString(table->item(1, 0)->text(), Qt::ISODate), latest.addDays(-1));
        QVERIFY(table->item(0, 2)->text().contains(u"system:daily-report"_s));
        QCOMPARE(table->item(0, 6)->text().size(), 64);
        shot(&w, "reports-dock.png");

        auto *status = reports->findChildren<QLabel *>().last();
        table->selectRow(0);
        auto *openPdf = reports->findChildren<QPushButton *>().at(0);
        QCOMPARE(openPdf->text(), ui::ReportsPanel::tr("Open PDF"));
        openPdf->click();
        QTRY_COMPARE_WITH_TIMEOUT(catcher.urls.size(), 1, 30'000);
        QVERIFY(catcher.urls.first().toLocalFile().endsWith(u"daily-"_s + latest.toString(Qt::ISODate) + u".pdf"_s));
        QFile opened(catcher.urls.first().toLocalFile());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QVERIFY(opened.readAll().startsWith("%PDF"));
        QVERIFY(status->text().contains(u"SHA-256"_s));

        // The archived PDF edited in the store: refused, nothing handed to the viewer.
        {
            auto db = Database::open(DbUrl::parse(dbPath));
            const qint64 id = table->item(0, 0)->data(Qt::UserRole).toLongLong();
            QByteArray pdf = db->scalar(u"SELECT pdf FROM report_archive WHERE id = ?"_s, {id}).toByteArray();
            pdf.append("%edited\n");
            db->exec(u"UPDATE report_archive SET pdf = ? WHERE id = ?"_s, {pdf, id});
        }
        openPdf->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"tampered"_s), 30'000);
        QCOMPARE(catcher.urls.size(), 1);

        // Dashboards: the demo's year of hours and incidents.
        auto *dash = w.findChild<ui::DashboardPanel *>();
        QVERIFY(dash);
        QSignalSpy dashLoaded(dash, &ui::DashboardPanel::loaded);
        w.findChild<QDockWidget *>(u"dashboard"_s)->show();
        w.findChild<QDockWidget *>(u"dashboard"_s)->show(); // closed when it is not in the signed-in user's workspace
        w.findChild<QDockWidget *>(u"dashboard"_s)->raise();
        dash->reload();
        QVERIFY(dashLoaded.wait(30'000));
        const DashboardData &d = dash->data();
        // The tiles must show what the formulas give for the data.
        QVERIFY(d.hours12 > 0);
        QCOMPARE(d.lastLostTime.isValid(), true);
        QVERIFY(d.ltiFreeDays > 100); // the demo's only LTI was 240 days before its "now"
        QCOMPARE(dash->kpiText(u"trir"_s), QString::number(d.recordables12 * 200'000.0 / d.hours12, 'f', 2));
        QCOMPARE(dash->kpiText(u"ltifr"_s), QString::number(d.ltis12 * 1'000'000.0 / d.hours12, 'f', 2));
        QCOMPARE(dash->kpiText(u"lti_free_days"_s), QString::number(d.ltiFreeDays));
        QVERIFY(d.people > 0);
        QCOMPARE(dash->charts().size(), qsizetype(6));
        for (int i : {0, 1, 3, 4, 5})
            QVERIFY2(!dash->charts().at(i)->chart()->series().isEmpty(), qPrintable(dash->charts().at(i)->chart()->title()));
        QCOMPARE(dash->charts().at(2)->chart()->series().size(), d.interruptionAreas.size());
        QVERIFY(!d.permitTypes.isEmpty()); // the demo's permits fall in the last 12 months
        QTest::qWait(200);
        shot(&w, "dashboard-dock.png");

        // CSV of a records table: the visible columns with their header texts, the rows as shown.
        auto *records = w.findChild<QDockWidget *>(u"records"_s);
        records->show();
        records->show(); // closed when it is not in the signed-in user's workspace
        records->raise();
        QTableView *view = nullptr;
        for (QTableView *v : records->findChildren<QTableView *>())
            if (v->model() && v->model()->rowCount() > 0 && !view)
                view = v;
        QVERIFY(view);
        view->horizontalHeader()->hideSection(1);
        const ui::CsvTable t = ui::csvTableOf(view->model(), view->horizontalHeader());
        QCOMPARE(t.header.size(), view->model()->columnCount() - 1);
        QCOMPARE(t.header.first(), view->model()->headerData(0, Qt::Horizontal).toString());
        QCOMPARE(t.rows.size(), qsizetype(view->model()->rowCount()));
        const QList<QStringList> back = csv::parse(csv::encode(t.header, t.rows));
        QCOMPARE(back.first(), t.header);
        QCOMPARE(back.mid(1), t.rows);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        // The camera wall's demo drill process reports to the data worker when it ends: end it while the
        // worker is still there (destroyed with the window, the wall would call a worker already gone).
        delete w.findChild<ui::CameraWall *>();
    }
};

QTEST_MAIN(TestReportsGui)
#include "tst_reports_gui.moc"
