// SPDX-License-Identifier: Apache-2.0
// The main window on the demo plant: real data in every view, actions through the services into the
// audit chain, and the --screenshot contract of CONTRACTS.md §1.
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Clock.h"
#include "shell/MainWindow.h"
#include "shell/RecordsPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GUARDLINE_NOW", "2026-03-02T10:30:00+08:00");
        gl::setProcessClock(nullptr); // the app and the demo on one pinned clock
    }

    void showsTheDemoPlant()
    {
        const QString db = m_dir.path() + u"/demo.sqlite"_s;
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(db, true);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(120'000));
        const ui::SnapshotPtr s = w.lastSnapshot();
        QVERIFY(s);
        QCOMPARE(s->permits.rows.size(), 30);
        QCOMPARE(s->hazards.rows.size(), 50);
        QCOMPARE(s->contractors.rows.size(), 8);
        QVERIFY(s->summary.unackedAlarms >= 1);
        QVERIFY(s->summary.overdueHazards >= 1);
        // The one-command demo runs its own site service (the engine guardline-server runs), on its own
        // thread, since no server holds the demo store's lock; the dock shows it from its heartbeat.
        auto *telemetry = w.findChild<ui::TelemetryPanel *>();
        QVERIFY(telemetry);
        QTRY_VERIFY_WITH_TIMEOUT(telemetry->embeddedService(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(telemetry->service() && telemetry->service()->alive(gl::processClock().nowMs()), 20'000);

        // Every records tab shows real rows, sortable and searchable.
        auto *records = w.findChild<ui::RecordsPanel *>();
        QVERIFY(records);
        for (int i = 0; i < records->tabs()->count(); ++i) {
            auto *table = qobject_cast<ui::RecordTable *>(records->tabs()->widget(i));
            QVERIFY(table->view()->model()->rowCount() > 0);
        }
        auto *permits = qobject_cast<ui::RecordTable *>(records->tabs()->widget(1));
        const int all = permits->proxy()->rowCount();
        permits->proxy()->setFilterFixedString(u"HW-0"_s);
        QVERIFY(permits->proxy()->rowCount() > 0 && permits->proxy()->rowCount() < all);

        // The HALT POUR instruction waits for acknowledgement; acknowledging it goes through the
        // services and lands in the audit chain under the signed-in dispatcher.
        auto *board = w.findChild<ui::DispatchBoard *>();
        auto *ack = board->findChild<QPushButton *>();
        QVERIFY(ack && ack->isEnabled());
        shown.clear();
        ack->click();
        QVERIFY(shown.wait(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(!ack->isEnabled(), 10'000);
        auto check = Database::open(DbUrl::parse(db));
        QCOMPARE(check->scalar(u"SELECT actor FROM audit_log WHERE action = 'instruction.acknowledge' ORDER BY seq DESC LIMIT 1"_s).toString(),
                 u"demo.dispatcher"_s);
        w.close();
    }

    void wrongPasswordIsRefused()
    {
        const QString db = m_dir.path() + u"/site.sqlite"_s;
        {
            auto store = Database::open(DbUrl::parse(db));
            Schema::migrate(*store);
            const Clock &clock = processClock();
            ServiceContext ctx{*store, Actor::system(u"test"_s), &clock};
            UserService(ctx).add(u"root"_s, u"Admin"_s, Role::Admin, u"the right password"_s);
        }
        ui::MainWindow w;
        QSignalSpy failed(&w, &ui::MainWindow::storeFailed);
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(db, false, u"root"_s, u"a wrong password"_s);
        QVERIFY(failed.wait(30'000));
        QVERIFY(failed.first().first().toString().contains(u"wrong user name or password"_s));
        QCOMPARE(shown.count(), 0);
        // The right one opens the (empty) site.
        ui::MainWindow ok;
        QSignalSpy okShown(&ok, &ui::MainWindow::snapshotShown);
        ok.openStore(db, false, u"root"_s, u"the right password"_s);
        QVERIFY(okShown.wait(30'000));
        QCOMPARE(ok.lastSnapshot()->permits.rows.size(), 0);
        // Every table view of every dock offers "Export CSV…" (issue #9: CSV for every table view).
        const QList<QTableView *> views = ok.findChildren<QTableView *>();
        QVERIFY(views.size() >= 8);
        for (QTableView *view : views) {
            bool exports = false;
            for (QAction *a : view->actions())
                exports = exports || a->text().startsWith(u"Export CSV"_s);
            QVERIFY2(exports, qPrintable(u"table view '%1' has no CSV export"_s.arg(view->objectName())));
        }
    }

    void screenshotContract()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path() + u"/data"_s);
        p.setProcessEnvironment(env);
        const QString out = m_dir.path() + u"/shot.png"_s;
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline"),
                {u"--demo"_s, u"--screenshot"_s, out, u"--view"_s, u"top"_s, u"--size"_s, u"1280x720"_s, u"--lang"_s, u"en"_s});
        QVERIFY(p.waitForFinished(180'000));
        QCOMPARE(p.exitCode(), 0);
        const QImage img(out);
        QCOMPARE(img.size(), QSize(1280, 720));
        // Not blank: the four-colour risk map (the blue office area is small in 3D) and the alarm banner.
        int reddish = 0, bluish = 0;
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2) {
                const QColor c = img.pixelColor(x, y);
                colours.insert(c.rgb());
                if (c.red() > 140 && c.green() < 90 && c.blue() < 90)
                    ++reddish;
                if (c.blue() > 140 && c.red() < 90)
                    ++bluish;
            }
        QVERIFY2(colours.size() > 200, "the screenshot is nearly uniform");
        QVERIFY2(reddish > 500, qPrintable(u"reddish pixels: %1"_s.arg(reddish)));
        QVERIFY2(bluish > 20, qPrintable(u"bluish pixels: %1"_s.arg(bluish)));

        // Bad options are usage errors, not crashes.
        QProcess bad;
        bad.setProcessEnvironment(env);
        bad.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline"), {u"--demo"_s, u"--screenshot"_s, out, u"--view"_s, u"sideways"_s});
        QVERIFY(bad.waitForFinished(60'000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
