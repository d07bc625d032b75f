// SPDX-License-Identifier: Apache-2.0
// The map driven in the real main window (issue 16 item 6), on the demo plant with the data thread refreshing
// every few seconds and the demo's site service running, by real mouse and keyboard events under Xvfb:
// Ctrl+K flies the camera to a code and it stays there across refreshes; a camera dragged from the map (QDrag)
// onto a tile of the camera wall shows there; a right click on an area pushes an instruction and raises a manual
// alarm there, stored with the signed-in dispatcher as the actor, and a viewer is told why the entries are off.
#include "../GuiTest.h"
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/map/PlantMapView.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/CameraWall.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/util/Clock.h"
#include "shell/DataWorker.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
/// Records whether a widget has seen a drag over it (the drop target's side of QDrag).
class DragSeen : public QObject {
public:
    bool seen = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        seen = seen || e->type() == QEvent::DragMove || e->type() == QEvent::DragEnter;
        return false;
    }
};

template<class T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}
} // namespace

class TestMapOperations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    map::PlantMapView *m_view = nullptr;

    bool centredOn(const QString &code) const
    {
        const auto target = m_view->locate(code);
        if (!target)
            return false;
        const QPointF c = m_view->worldToWidget(target->x, target->y, target->z);
        return std::abs(c.x() - m_view->width() / 2.0) < 3 && std::abs(c.y() - m_view->height() / 2.0) < 3;
    }

    /// Right-clicks the map at `at` through the window (as the platform delivers it) and, once the area menu
    /// shows, hands it to `onMenu` (polled: the menu runs its own loop). Returns false when no menu showed.
    bool rightClickMap(QPoint at, const std::function<void(QMenu *)> &onMenu)
    {
        bool shown = false;
        QTimer poll;
        poll.setInterval(20);
        int ticks = 0;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu || menu->objectName() != u"mapAreaMenu"_s || !menu->isVisible()) {
                if (++ticks > 1500) // 30 s
                    poll.stop();
                return;
            }
            poll.stop();
            shown = true;
            onMenu(menu);
        });
        poll.start();
        QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, {}, m_view->mapTo(m_window.get(), at));
        (void)QTest::qWaitFor([&] { return !poll.isActive(); }, 35'000); // shown says whether the menu came
        poll.stop();
        return shown;
    }

    /// The widget point of the middle of an area, in the plan view.
    QPoint areaPoint(const QString &code)
    {
        const site::Area *a = m_window->lastSnapshot()->layout.area(code);
        if (!a)
            return {};
        QRectF box = QPolygonF(a->polygon).boundingRect();
        return m_view->worldToWidget(box.center().x(), box.center().y(), 0).toPoint();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("GUARDLINE_NOW", "2026-03-02T10:30:00+08:00");
        gl::setProcessClock(nullptr);
        QCoreApplication::setOrganizationName(u"guardline-test"_s);
        QCoreApplication::setApplicationName(u"tst_map_operations"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path()); // never the tester's own
        m_db = m_dir.path() + u"/demo.sqlite"_s;
        m_window = std::make_unique<ui::MainWindow>(); // its destructor stops the data thread
        QSignalSpy shown(m_window.get(), &ui::MainWindow::snapshotShown);
        m_window->setMapView(u"iso"_s); // as the app starts it
        m_window->resize(1600, 900);
        m_window->show();
        m_window->activateWindow(); // the shortcuts need an active window (no window manager under xvfb)
        QVERIFY(gl::test::activate(m_window.get()));
        m_window->openStore(m_db, true);
        QVERIFY(shown.wait(180'000));
        m_view = m_window->findChild<map::PlantMapView *>();
        QVERIFY(m_view);
    }
    void cleanupTestCase() { m_window.reset(); }

    /// Ctrl+K, a code, Enter: the camera flies there and stays through the next refreshes of the data.
    void searchFliesAndStaysAcrossRefreshes()
    {
        QSignalSpy shown(m_window.get(), &ui::MainWindow::snapshotShown);
        auto *search = m_window->findChild<QLineEdit *>(u"mapSearch"_s);
        QVERIFY(search);
        // The suite's GUI tests share one X server without a window manager: another test's window may hold
        // the activation, and a window shortcut only fires in the active window. Take it back, press Ctrl+K
        // until the search field is the window's focus widget (hasFocus needs the activation too).
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (m_window->focusWidget() == search)
                    return true;
                m_window->raise();
                m_window->activateWindow();
                QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
                return m_window->focusWidget() == search;
            },
            30'000));
        QTest::keyClicks(search, u"CAM-11"_s);
        // Enter goes where the keyboard is: the completion list when it shows (it hands the key to the search box).
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : search, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QTRY_VERIFY_WITH_TIMEOUT(centredOn(u"CAM-11"_s), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 60'000); // two refreshes of the data thread
        QVERIFY(centredOn(u"CAM-11"_s));
    }

    /// The camera under the pointer dragged onto a tile of the camera wall: the tile shows it.
    void dragCameraOntoTheWall()
    {
        if (!centredOn(u"CAM-11"_s)) {
            QVERIFY(m_view->flyTo(u"CAM-11"_s));
            QTRY_VERIFY_WITH_TIMEOUT(centredOn(u"CAM-11"_s), 10'000);
        }
        const site::Point3 p = *m_view->locate(u"CAM-11"_s);
        const QPoint from = m_view->worldToWidget(p.x, p.y, p.z).toPoint();
        QCOMPARE(m_view->pickAt(from).first, u"camera"_s);
        auto *wall = m_window->findChild<ui::CameraWall *>();
        QVERIFY(wall);
        ui::CameraTile *tile = nullptr;
        for (ui::CameraTile *t : wall->findChildren<ui::CameraTile *>())
            if (!tile && t->isVisible() && t->code() != u"CAM-11"_s)
                tile = t;
        QVERIFY(tile);
        QPointer<ui::CameraTile> target(tile);
        DragSeen seen;
        tile->installEventFilter(&seen);
        const QPoint over = tile->rect().center();
        int ticks = 0;
        bool released = false;
        QTimer poll; // QDrag runs its own loop: the pointer moves over the tile from here, never a fixed delay
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (!m_view->findChild<QDrag *>())
                return;
            ++ticks;
            if (!seen.seen && ticks < 500) {
                QTest::mouseMove(tile, over + QPoint(0, ticks % 2));
                return;
            }
            poll.stop();
            if (!seen.seen) {
                QDrag::cancel(); // the tile never saw the drag: give up instead of hanging
                return;
            }
            QTest::mouseRelease(tile, Qt::LeftButton, {}, over);
            released = true;
        });
        poll.start();
        QTest::mousePress(m_view, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4 && poll.isActive() && !released; ++step) // the drag starts past the start distance
            QTest::mouseMove(m_view, from + QPoint(step * QApplication::startDragDistance(), step));
        poll.stop();
        if (!released)
            QTest::mouseRelease(m_view, Qt::LeftButton, {}, from);
        QVERIFY2(released, "the tile never saw the camera dragged from the map");
        QVERIFY(target);
        QTRY_COMPARE_WITH_TIMEOUT(target->code(), u"CAM-11"_s, 10'000);
        QVERIFY(wall->assignment().contains(u"CAM-11"_s));
        QVERIFY(centredOn(u"CAM-11"_s)); // pressing on the camera did not orbit the view
    }

    /// Right click on an area → Push instruction here… → reviewed and confirmed; → Raise alarm here… → raised:
    /// both stored with the dispatcher as the actor, the alarm with its dispatch order.
    void areaMenuPushesAnInstructionAndRaisesAnAlarm()
    {
        QTest::mouseClick(m_window->findChild<QToolButton *>(u"mapViewTopButton"_s), Qt::LeftButton);
        const QPoint at = areaPoint(u"WH1"_s);
        QVERIFY(m_view->rect().contains(at));

        QVERIFY(rightClickMap(at, [](QMenu *menu) {
            QAction *push = menu->findChild<QAction *>(u"mapPushInstruction"_s);
            if (push && push->isEnabled())
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(push).center());
            else
                menu->close();
        }));
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<ui::InstructionDialog>(), 10'000);
        QPointer<ui::InstructionDialog> instruction(visibleTopLevel<ui::InstructionDialog>());
        QCOMPARE(instruction->targetEdit()->text(), u"WH1"_s);
        QVERIFY(instruction->windowTitle().contains(u"WH1"_s));
        QTest::keyClicks(instruction->reasonEdit(), u"forklift fire at dock 3"_s);
        QTest::mouseClick(instruction->reviewButton(), Qt::LeftButton);
        QVERIFY(instruction->readBack()->text().contains(u"WH1"_s));
        QVERIFY(instruction->readBack()->text().contains(u"forklift fire at dock 3"_s));
        QVERIFY(instruction->confirmButton()->isEnabled());
        QTest::mouseClick(instruction->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!instruction, 30'000); // stored on the data thread, then the dialog closes

        QVERIFY(rightClickMap(at, [](QMenu *menu) {
            QAction *raise = menu->findChild<QAction *>(u"mapRaiseAlarm"_s);
            if (raise && raise->isEnabled())
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(raise).center());
            else
                menu->close();
        }));
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<ui::ManualAlarmDialog>(), 10'000);
        QPointer<ui::ManualAlarmDialog> alarm(visibleTopLevel<ui::ManualAlarmDialog>());
        QCOMPARE(alarm->areaBox()->currentText(), u"WH1"_s);
        QTest::keyClicks(alarm->textEdit(), u"smoke at loading dock 3, called by the gate"_s);
        QTest::mouseClick(alarm->raiseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alarm, 30'000);

        auto db = Database::open(DbUrl::parse(m_db));
        QSqlQuery i = db->exec(u"SELECT i.reason, i.issued_by FROM instructions i WHERE i.target = 'WH1' ORDER BY i.id DESC"_s);
        QVERIFY(i.next());
        QCOMPARE(i.value(0).toString(), u"forklift fire at dock 3"_s);
        QCOMPARE(i.value(1).toString(), u"demo.dispatcher"_s);
        QSqlQuery a = db->exec(u"SELECT r.code, al.raised_by, o.code FROM alarms al JOIN areas r ON r.id = al.area_id "
                               "JOIN dispatch_orders o ON o.alarm_id = al.id WHERE al.message LIKE '%smoke at loading dock 3%'"_s);
        QVERIFY(a.next());
        QCOMPARE(a.value(0).toString(), u"WH1"_s);
        QCOMPARE(a.value(1).toString(), u"demo.dispatcher"_s);
        QVERIFY(a.value(2).toString().startsWith(u"DSP-"_s));
    }

    /// A viewer gets the menu with both entries off and the reason in it.
    void aViewerIsToldWhy()
    {
        {
            auto db = Database::open(DbUrl::parse(m_db));
            const Clock &clock = processClock();
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            UserService(ctx).resetPassword(u"demo.viewer"_s, u"a viewer's long password 42"_s);
        }
        QMetaObject::invokeMethod(m_window->dataWorker(), [w = m_window->dataWorker()] {
            w->switchUser(u"demo.viewer"_s, u"a viewer's long password 42"_s);
        }, Qt::QueuedConnection);
        auto *status = m_window->findChild<QLabel *>(u"userStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"demo.viewer"_s), 30'000);
        QTest::mouseClick(m_window->findChild<QToolButton *>(u"mapViewTopButton"_s), Qt::LeftButton);
        bool pushOff = false, raiseOff = false;
        QString why;
        QVERIFY(rightClickMap(areaPoint(u"WH1"_s), [&](QMenu *menu) {
            pushOff = !menu->findChild<QAction *>(u"mapPushInstruction"_s)->isEnabled();
            raiseOff = !menu->findChild<QAction *>(u"mapRaiseAlarm"_s)->isEnabled();
            if (QAction *note = menu->findChild<QAction *>(u"mapAreaMenuRefusal"_s))
                why = note->text();
            QTest::keyClick(menu, Qt::Key_Escape);
        }));
        QVERIFY(pushOff);
        QVERIFY(raiseOff);
        QVERIFY2(why.contains(u"dispatch.manage"_s) && why.contains(u"demo.viewer"_s), qPrintable(why));
        QVERIFY(!visibleTopLevel<ui::InstructionDialog>());
    }
};

QTEST_MAIN(TestMapOperations)
#include "tst_map_operations.moc"
