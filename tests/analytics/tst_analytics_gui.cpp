// SPDX-License-Identifier: Apache-2.0
// Issue #8 parts 2, 7, 8 in the real window on the demo plant under Xvfb: the tag chart opens from an
// alarm row (double click), from a sensor picked on the map (details panel "Chart" action) and from the
// Telemetry dock's live values, and shows points, bad data apart and the rule thresholds; the
// interruption-time dock shows the year-on-year change; the safety-quality dock computes r and n and
// draws the scatter.
#include "modules/reporting/ui/AnalyticsPanels.h"
#include "modules/telemetry/ui/TagChartWindow.h"
#include "platform/store/Database.h"
#include "shell/MainWindow.h"
#include "shell/MapFeeder.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace gl;

class TestAnalyticsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void shot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("GUARDLINE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QString::fromUtf8(dir) + u'/' + QLatin1String(name));
    }

    static ui::TagChartWindow *waitChart(const QString &tag)
    {
        ui::TagChartWindow *c = nullptr;
        if (!QTest::qWaitFor([&] { return (c = ui::TagChartWindow::find(tag)) != nullptr; }, 5000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return c->goodPointCount() > 0; }, 20000))
            return nullptr;
        return c;
    }

private Q_SLOTS:
    void chartsDashboardCorrelation()
    {
        // The demo plant relative to now: the process clock, whatever day the test runs on.
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        QString failure;
        connect(&w, &ui::MainWindow::storeFailed, this, [&failure](const QString &m) { failure += m + u'\n'; });
        w.openStore(m_dir.path() + u"/demo.sqlite"_s, true);
        w.resize(1600, 900);
        w.show();
        QVERIFY2(shown.wait(170'000), qPrintable(failure));

        // 1. An alarm row: double click opens the chart of the alarm's tag.
        auto *alarmsDock = w.findChild<QDockWidget *>(u"alarms"_s);
        QVERIFY(alarmsDock);
        alarmsDock->show();
        alarmsDock->show(); // closed when it is not in the signed-in user's workspace
        alarmsDock->raise();
        QTableView *alarms = nullptr;
        for (QTableView *v : alarmsDock->findChildren<QTableView *>())
            alarms = v;
        QVERIFY(alarms);
        QVERIFY(QTest::qWaitFor([&] { return alarms->model()->rowCount() > 0; }, 10000));
        int row = -1, tagColumn = -1;
        for (int c = 0; c < alarms->model()->columnCount(); ++c)
            if (alarms->model()->headerData(c, Qt::Horizontal).toString() == u"Tag"_s)
                tagColumn = c;
        QVERIFY(tagColumn >= 0);
        for (int r = 0; r < alarms->model()->rowCount(); ++r)
            if (alarms->model()->index(r, tagColumn).data().toString() == u"CH2.CO_ppm"_s)
                row = r;
        QVERIFY2(row >= 0, "the demo's live casting-house alarm is listed");
        alarms->scrollTo(alarms->model()->index(row, 0));
        const QRect cell = alarms->visualRect(alarms->model()->index(row, 1));
        QTest::mouseClick(alarms->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(alarms->viewport(), Qt::LeftButton, {}, cell.center());
        ui::TagChartWindow *co = waitChart(u"CH2.CO_ppm"_s);
        QVERIFY2(co, "double click on the alarm opened the chart with points");
        QVERIFY(!co->isModal());
        // The rule set is seeded when the telemetry thread starts (it may come after the first chart read).
        QVERIFY(QTest::qWaitFor([&] {
            if (co->thresholdCount() == 0)
                co->reload();
            return co->thresholdCount() > 0;
        }, 30000));
        QCOMPARE(co->thresholdCount(), 2); // ch2-co-1st (17 ppm) and ch2-co-2nd (35 ppm)
        QList<QAbstractSeries *> series = co->chartView()->chart()->series();
        int thresholdLines = 0;
        for (QAbstractSeries *s : series)
            thresholdLines += s->name().startsWith(u"ch2-co-"_s) ? 1 : 0;
        QCOMPARE(thresholdLines, 2);
        QVERIFY(co->chartView()->chart()->axes(Qt::Vertical).first()->titleText() == u"ppm"_s);
        // 24 h: the minute band from the demo's history, with its bad minutes apart.
        QSignalSpy reloaded(co, &ui::TagChartWindow::loaded);
        co->setPeriodMinutes(1440);
        QVERIFY(reloaded.wait(20000));
        QVERIFY(co->data().aggregated);
        QVERIFY2(co->goodPointCount() > 1000, qPrintable(QString::number(co->goodPointCount())));
        int badMarkers = 0;
        for (QAbstractSeries *s : co->chartView()->chart()->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(s))
                badMarkers += int(sc->count());
        QCOMPARE(badMarkers, co->badPointCount());
        QCOMPARE(co->findChild<QLabel *>(u"chartStatus"_s)->text().contains(u"bad"_s), true);
        co->resize(1000, 560);
        QTest::qWait(200);
        shot(co, "analytics-chart-co.png");
        co->close();
        QVERIFY(QTest::qWaitFor([] { return ui::TagChartWindow::find(u"CH2.CO_ppm"_s) == nullptr; }, 3000));

        // 2. A sensor picked on the map: the details panel's Chart action.
        auto *feeder = w.findChild<ui::MapFeeder *>();
        if (feeder) {
            QVERIFY(feeder->select(u"sensor"_s, u"CH2.HM_SI_pct"_s));
            QPushButton *chart = nullptr;
            QVERIFY(QTest::qWaitFor([&] { return (chart = w.findChild<QPushButton *>(u"action-chart"_s)) && chart->isVisible(); }, 5000));
            chart->click();
        } else { // built without the 3D map: the plan routes picks through showObject
            w.showObject(u"chart"_s, u"CH2.HM_SI_pct"_s);
        }
        ui::TagChartWindow *si = waitChart(u"CH2.HM_SI_pct"_s);
        QVERIFY2(si, "the sensor's chart opened with points");
        QCOMPARE(si->data().info.kind, u"quality"_s);
        QCOMPARE(si->thresholdCount(), 1); // the rule on the quality tag
        si->close();

        // 3. The Telemetry dock's live values: double click a tag.
        auto *telemetry = w.findChild<QDockWidget *>(u"telemetry"_s);
        QVERIFY(telemetry);
        telemetry->show();
        telemetry->show(); // closed when it is not in the signed-in user's workspace
        telemetry->raise();
        auto *values = w.findChild<QTableWidget *>(u"telemetryValues"_s);
        QVERIFY(values);
        QVERIFY(QTest::qWaitFor([&] { return values->rowCount() > 0; }, 20000));
        values->setCurrentCell(0, 0);
        const QString liveTag = values->item(0, 0)->text();
        Q_EMIT values->cellDoubleClicked(0, 0);
        QVERIFY2(waitChart(liveTag), qPrintable(liveTag));
        ui::TagChartWindow::find(liveTag)->close();

        // 4. Interruption time: the year-on-year label.
        auto *interruptionDock = w.findChild<QDockWidget *>(u"interruption"_s);
        QVERIFY(interruptionDock);
        auto *interruption = w.findChild<ui::InterruptionPanel *>();
        QSignalSpy loaded(interruption, &ui::InterruptionPanel::loaded);
        interruptionDock->show();
        interruptionDock->show(); // closed when it is not in the signed-in user's workspace
        interruptionDock->raise();
        QVERIFY(loaded.wait(20000) || !interruption->data().buckets.isEmpty());
        const InterruptionTrend &d = interruption->data();
        QVERIFY(d.headline >= 0);
        const InterruptionBucket &b = d.buckets[d.headline];
        QVERIFY(b.changePct.has_value());
        // The dashboard shows what the store holds, on whatever day the test runs: the mean interruption
        // time of the orders detected in the headline period and in the same period a year earlier,
        // computed here independently from the stored orders in the site's zone.
        const auto expected = [&](QDate from, QDate to) {
            auto db = Database::open(DbUrl::parse(m_dir.path() + u"/demo.sqlite"_s));
            const QTimeZone tz(db->scalar(u"SELECT timezone FROM sites LIMIT 1"_s).toString().toUtf8());
            QSqlQuery q = db->exec(u"SELECT detected_at, confirmed_at FROM dispatch_orders WHERE confirmed_at IS NOT NULL "
                                   "AND verified_at IS NOT NULL AND responded_at IS NOT NULL AND raised_at IS NOT NULL AND detected_at >= ? AND detected_at < ?"_s,
                                   {QDateTime(from, QTime(0, 0), tz).toMSecsSinceEpoch(), QDateTime(to, QTime(0, 0), tz).toMSecsSinceEpoch()});
            double sum = 0;
            int n = 0;
            while (q.next()) {
                sum += (q.value(1).toLongLong() - q.value(0).toLongLong()) / 1000.0;
                ++n;
            }
            return std::pair{n, n ? sum / n : -1.0};
        };
        // The headline is this month, or the last one while this month has no confirmed order yet.
        QVERIFY(d.headline >= int(d.buckets.size()) - 2);
        const auto [n, mean] = expected(b.start, b.end);
        const auto [nAgo, meanAgo] = expected(b.yearAgoStart, b.yearAgoEnd);
        QCOMPARE(b.orders, n);
        QVERIFY(n > 0 && nAgo > 0);
        QCOMPARE(b.ordersYearAgo, nAgo);
        QVERIFY2(std::abs(b.total - mean) < 0.01, qPrintable(u"%1 vs %2"_s.arg(b.total).arg(mean)));
        QVERIFY2(std::abs(b.totalYearAgo - meanAgo) < 0.01, qPrintable(u"%1 vs %2"_s.arg(b.totalYearAgo).arg(meanAgo)));
        QVERIFY(std::abs(*b.changePct - (mean - meanAgo) / meanAgo * 100.0) < 0.01);
        for (int i = 0; i < d.buckets.size() - 1; ++i) // a year of history: every past month has confirmed orders
            QVERIFY2(d.buckets[i].orders > 0, qPrintable(d.buckets[i].label));
        const QString yoy = w.findChild<QLabel *>(u"interruptionYoY"_s)->text();
        const QString change = (*b.changePct < 0 ? u"%1 % shorter"_s : u"%1 % longer"_s).arg(QString::number(std::abs(*b.changePct), 'f', 0));
        QVERIFY2(yoy.contains(change), qPrintable(yoy + u" / "_s + change));
        QVERIFY2(yoy.contains(QString::number(b.total / 60, 'f', 1) + u" min"_s), qPrintable(yoy));
        QCOMPARE(interruption->chartView()->chart()->series().size(), 3); // stacked phases, trend, a year earlier
        QTest::qWait(200);
        shot(&w, "analytics-interruption.png");
        shot(interruption, "analytics-interruption-panel.png");

        // 5. Safety-quality: CO against hot-metal silicon, 2 h later.
        auto *correlationDock = w.findChild<QDockWidget *>(u"correlation"_s);
        QVERIFY(correlationDock);
        correlationDock->show();
        correlationDock->show(); // closed when it is not in the signed-in user's workspace
        correlationDock->raise();
        auto *corr = w.findChild<ui::CorrelationPanel *>();
        QSignalSpy computed(corr, &ui::CorrelationPanel::computed);
        corr->compute(u"CH2.CO_ppm"_s, u"CH2.HM_SI_pct"_s, 14, 120);
        QVERIFY(computed.wait(20000));
        QVERIFY2(corr->result().n > 250, qPrintable(corr->resultText()));
        QVERIFY2(corr->result().r > 0.6, qPrintable(corr->resultText()));
        QVERIFY(corr->result().badSafety > 0); // the CO detector fault in the history: excluded, counted
        QVERIFY(corr->resultText().contains(u"n = %1"_s.arg(corr->result().n)));
        auto *scatter = qobject_cast<QScatterSeries *>(corr->scatterView()->chart()->series().value(0));
        QVERIFY(scatter);
        QCOMPARE(int(scatter->count()), corr->result().n);
        QCOMPARE(corr->seriesView()->chart()->series().size(), 2);
        QTest::qWait(200);
        shot(corr, "analytics-correlation.png");
    }
};

QTEST_MAIN(TestAnalyticsGui)
#include "tst_analytics_gui.moc"
