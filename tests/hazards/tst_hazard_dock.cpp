// SPDX-License-Identifier: Apache-2.0
// The Hazards dock on the demo plant under a real X server: filters, the detail with its photo timeline
// opened from MainWindow::showObject, the side-by-side viewer of a failed re-inspection, and a refused
// action shown with its reason.
#include "modules/hazards/ui/HazardPanel.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

class TestHazardDock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void shot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("GUARDLINE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QString::fromUtf8(dir) + u'/' + QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GUARDLINE_NOW", "2026-03-02T10:30:00+08:00");
        gl::setProcessClock(nullptr); // the app and the demo on one pinned clock
    }

    void dockShowsTheLoop()
    {
        const QString dbPath = m_dir.path() + u"/demo.sqlite"_s;
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(dbPath, true);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(300'000)); // the demo load checks ~100 real photo pairs
        auto *panel = w.findChild<ui::HazardPanel *>();
        QVERIFY(panel);
        auto *table = panel->findChild<QTableView *>(u"hazardTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 50, 10'000);

        // Filters: state, grade, overdue.
        auto *state = panel->findChild<QComboBox *>(u"hazardStateFilter"_s);
        state->setCurrentIndex(state->findData(u"reopened"_s));
        QCOMPARE(table->model()->rowCount(), 4);
        state->setCurrentIndex(0);
        auto *grade = panel->findChild<QComboBox *>(u"hazardGradeFilter"_s);
        grade->setCurrentIndex(grade->findData(u"major"_s));
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 50);
        grade->setCurrentIndex(0);
        panel->findChild<QCheckBox *>(u"hazardOverdueFilter"_s)->setChecked(true);
        QVERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < 50); // assigned/rectifying past deadline
        panel->findChild<QCheckBox *>(u"hazardOverdueFilter"_s)->setChecked(false);

        // A hazard whose re-inspection failed: opened from showObject, five photos on its timeline.
        QString code;
        {
            auto db = Database::open(DbUrl::parse(dbPath));
            code = db->scalar(u"SELECT h.code FROM hazards h WHERE h.state = 'reopened' AND EXISTS (SELECT 1 FROM hazard_photos p "
                              "WHERE p.hazard_id = h.id AND p.kind = 'reinspection') ORDER BY h.code LIMIT 1"_s).toString();
        }
        QVERIFY(!code.isEmpty());
        QSignalSpy detail(panel, &ui::HazardPanel::detailShown);
        w.showObject(u"hazard"_s, code);
        QVERIFY(detail.wait(30'000));
        QCOMPARE(panel->currentCode(), code);
        QVERIFY(w.findChild<QDockWidget *>(u"hazards"_s)->isVisible());
        auto *timeline = panel->findChild<QListWidget *>(u"hazardTimeline"_s);
        QCOMPARE(timeline->count(), 5);
        QCOMPARE(timeline->item(4)->data(Qt::UserRole).toString(), u"reinspection"_s);
        QVERIFY(!timeline->item(1)->icon().isNull());
        QVERIFY(timeline->item(1)->toolTip().contains(panel->view().detail.photos[1].sha256));
        shot(w.findChild<QDockWidget *>(u"hazards"_s), "hazard-dock.png");

        // The viewer: the failing region framed red beside the after-photo as it should be.
        QSignalSpy compared(panel, &ui::HazardPanel::comparisonShown);
        auto *compare = panel->findChild<QPushButton *>(u"hazardAction_compare"_s);
        QVERIFY(compare->isEnabled());
        compare->click();
        QVERIFY(compared.wait(60'000));
        QVERIFY(panel->viewer()->isVisible());
        int images = 0;
        for (QLabel *l : panel->viewer()->findChildren<QLabel *>())
            images += !l->pixmap().isNull();
        QCOMPARE(images, 3);
        shot(panel->viewer(), "hazard-viewer.png");

        // The demo dispatcher may report but not grade: the refusal is shown with its reason.
        QSignalSpy failed(panel, &ui::HazardPanel::actionFailed);
        panel->findChild<QPushButton *>(u"hazardAction_assign"_s); // present
        QString pending;
        {
            auto db = Database::open(DbUrl::parse(dbPath));
            pending = db->scalar(u"SELECT code FROM hazards WHERE state = 'pending_verification' ORDER BY code LIMIT 1"_s).toString();
        }
        w.showObject(u"hazard"_s, pending);
        QTRY_COMPARE_WITH_TIMEOUT(panel->currentCode(), pending, 10'000);
        QVERIFY(detail.wait(30'000));
        auto *accept = panel->findChild<QPushButton *>(u"hazardAction_accept"_s);
        QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 10'000);
        accept->click();
        QVERIFY(failed.wait(30'000));
        QVERIFY2(failed.first().first().toString().contains(u"hazard.manage"_s), qPrintable(failed.first().first().toString()));
        QVERIFY(panel->findChild<QLabel *>(u"hazardError"_s)->isVisible());
        w.close();
    }
};

QTEST_MAIN(TestHazardDock)
#include "tst_hazard_dock.moc"
