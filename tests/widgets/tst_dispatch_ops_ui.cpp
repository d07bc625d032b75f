// SPDX-License-Identifier: Apache-2.0
// Issue 16: one incident driven through the dispatch board with real mouse and keyboard events under Xvfb,
// written by the data thread into a real store: a phone call raised as a manual alarm, acknowledged in the
// alarm list (Space), assigned to the on-duty supervisor, accepted from the card's context menu, on scene,
// resolved with a note typed and Enter, confirmed; the card shows the running phase; a HALT POUR pushed by
// hand with the target and reason read back before it is stored.
#include "../BoardTest.h"
#include "../GuiTest.h"
#include "../telemetry/TelemetryFixture.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/telemetry/ui/AlarmPanel.h"
#include "shell/DataWorker.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDrag>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
using test::card;
using test::clickCard;
using test::columnOf;

/// Drags the card of `code` to column `to` with the mouse: pressed on the card, moved until the drag starts;
/// QDrag runs its own event loop, in which a poll moves the pointer over the target column and, once the
/// column shows its drop indicator, releases it there. Returns the indicator's text ("" when none showed).
QString dragCard(ui::DispatchBoard &board, const QString &code, int to)
{
    QListWidgetItem *item = card(board, code);
    if (!item)
        return u"<no card %1>"_s.arg(code);
    QListWidget *source = item->listWidget();
    QListWidget *target = board.column(to);
    source->scrollToItem(item);
    const QPoint from = source->visualItemRect(item).center();
    const QPoint over = target->viewport()->rect().center();
    QString hint;
    int ticks = 0;
    bool released = false;
    QTimer poll; // polls the drag's own loop until it runs (a loaded machine is slow), never a fixed delay
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!source->findChild<QDrag *>())
            return;
        ++ticks;
        if (hint.isEmpty())
            hint = target->property("dropHint").toString();
        if (hint.isEmpty() && ticks < 500) {
            QTest::mouseMove(target->viewport(), over + QPoint(0, ticks % 2)); // over the target column
            return;
        }
        poll.stop();
        if (hint.isEmpty()) {
            QDrag::cancel(); // no indicator ever showed: give up instead of hanging
            return;
        }
        QTest::mouseRelease(target->viewport(), Qt::LeftButton, {}, over);
        released = true;
    });
    poll.start();
    QTest::mousePress(source->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4 && poll.isActive() && !released; ++step) // the drag starts past the start distance
        QTest::mouseMove(source->viewport(), from + QPoint(step * QApplication::startDragDistance(), step));
    poll.stop();
    if (!released)
        QTest::mouseRelease(source->viewport(), Qt::LeftButton, {}, from);
    return hint;
}
} // namespace

class TestDispatchOpsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void incidentThroughTheBoard()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        }
        QThread thread;
        auto *worker = new ui::DataWorker;
        worker->moveToThread(&thread);
        thread.start();
        struct StopThread { // a failed check returns early: stop the data thread instead of aborting in ~QThread
            QThread &thread;
            ui::DataWorker *&worker;
            ~StopThread()
            {
                if (!worker)
                    return;
                QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
                thread.quit();
                thread.wait();
                delete worker;
            }
        } stopThread{thread, worker};
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *alarms = new ui::AlarmPanel(&window);
        auto *board = new ui::DispatchBoard(&window);
        layout->addWidget(alarms);
        layout->addWidget(board, 2);
        window.resize(1700, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // keyboard shortcuts act in the active window
        QVERIFY(gl::test::activate(&window));
        board->setDataWorker(worker);
        alarms->setDataWorker(worker);
        connect(alarms, &ui::AlarmPanel::acknowledgeRequested, worker, &ui::DataWorker::acknowledgeAlarm);
        int snapshots = 0;
        connect(worker, &ui::DataWorker::snapshotReady, &window, [&](const ui::SnapshotPtr &s) {
            alarms->setSnapshot(s);
            board->setSnapshot(s);
            ++snapshots;
        });
        QString failure;
        connect(worker, &ui::DataWorker::failed, &window, [&](const QString &m) { failure = m; });
        const QString url = t.url();
        QMetaObject::invokeMethod(worker, [worker, url] { worker->open(url, false, u"root"_s, u"a long enough password"_s); });
        QTRY_VERIFY2_WITH_TIMEOUT(snapshots > 0, qPrintable(failure), 20000);

        // 1. A phone call: "Manual alarm…", area CH2 picked by keyboard, priority critical, the report typed.
        QPushButton *manual = board->findChild<QPushButton *>(u"manualAlarm"_s);
        QVERIFY(manual);
        QTest::mouseClick(manual, Qt::LeftButton);
        ui::ManualAlarmDialog *form = board->findChild<ui::ManualAlarmDialog *>();
        QVERIFY(form);
        QVERIFY(!form->isModal());
        QVERIFY(QTest::qWaitForWindowExposed(form));
        QVERIFY(!form->raiseButton()->isEnabled()); // nothing to raise yet
        form->areaBox()->setFocus();
        QTest::keyClicks(form->areaBox(), u"CH2"_s);
        QCOMPARE(form->areaBox()->currentText(), u"CH2"_s);
        form->priorityBox()->setFocus();
        QTest::keyClick(form->priorityBox(), Qt::Key_Up); // high → critical
        QCOMPARE(form->priorityBox()->currentData().toString(), u"critical"_s);
        QTest::keyClicks(form->textEdit(), u"caller: smoke above ladle 2"_s);
        QTest::mouseClick(form->raiseButton(), Qt::LeftButton);
        QString order;
        QTRY_VERIFY_WITH_TIMEOUT(!(order = board->selectedOrder()).isEmpty() && card(*board, order), 10000);
        QVERIFY2(order.startsWith(u"DSP-"_s), qPrintable(order));
        QCOMPARE(columnOf(*board, order), 0);
        QTRY_VERIFY(card(*board, order)->text().contains(u"verify"_s)); // Tverify is running

        // 2. The dispatcher acknowledges the alarm in the alarm list: click it, Space.
        QTableView *view = alarms->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 4).data().toString() == u"caller: smoke above ladle 2"_s)
                row = r;
        QVERIFY(row >= 0);
        window.activateWindow();
        QVERIFY(gl::test::activate(&window));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 4)).center());
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(card(*board, order) && card(*board, order)->text().contains(u"respond"_s), 10000);

        // 3. Assign to the CH2 supervisor on duty (first in the picker), with the Assign button.
        clickCard(*board, order);
        QTRY_VERIFY_WITH_TIMEOUT(board->assigneeBox()->count() > 0, 10000);
        QCOMPARE(board->assigneeBox()->currentData().toString(), u"demo.supervisor.ch2"_s); // on duty in CH2
        QVERIFY(board->assigneeBox()->currentText().contains(u"on duty"_s));
        QVERIFY(!board->actionButton(u"confirm"_s)->isEnabled());
        QTest::mouseClick(board->actionButton(u"assign"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*board, order), 1, 10000);

        // 4. Accept from the card's context menu (root is an administrator: the assignee's steps too). The menu
        //    lists the steps the board allows now: wait until the snapshot after the assignment enables Accept.
        QTRY_VERIFY_WITH_TIMEOUT(board->actionButton(u"accept"_s)->isEnabled(), 10000);
        QStringList menuItems;
        bool accepted = false;
        QTimer poll; // the menu runs its own event loop; look for it until it shows (a loaded machine is slow)
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [board, &menuItems, &accepted, &poll] {
            QMenu *menu = nullptr;
            for (QMenu *m : board->findChildren<QMenu *>())
                if (m->isVisible())
                    menu = m;
            if (!menu)
                return;
            poll.stop();
            menuItems.clear();
            for (QAction *a : menu->actions())
                menuItems << a->text();
            for (QAction *a : menu->actions())
                if (a->text() == u"Accept"_s) {
                    menu->setActiveAction(a); // highlighted, then Return as the dispatcher's keyboard would
                    QTest::keyClick(menu, Qt::Key_Return);
                    accepted = true;
                    return;
                }
            menu->close();
        });
        for (int attempt = 0; attempt < 3 && !accepted; ++attempt) {
            poll.start();
            clickCard(*board, order, Qt::RightButton);
            QTRY_VERIFY_WITH_TIMEOUT(accepted || !poll.isActive(), 5000);
            poll.stop();
        }
        QVERIFY2(accepted, qPrintable(u"menu: "_s + menuItems.join(u" | "_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(card(*board, order) && card(*board, order)->text().contains(u"accepted"_s),
                                  qPrintable(menuItems.join(u" | "_s) + u" / "_s + board->actionStatus()->text()), 10000);

        // 5. On scene (button), 6. resolved: without a note it asks for one; the note typed and Enter.
        clickCard(*board, order);
        QTRY_VERIFY(board->actionButton(u"arrive"_s)->isEnabled());
        QTest::mouseClick(board->actionButton(u"arrive"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*board, order), 2, 10000);
        QTRY_VERIFY(card(*board, order)->text().contains(u"confirm"_s)); // Tconfirm is running
        clickCard(*board, order);
        QTRY_VERIFY(board->actionButton(u"resolve"_s)->isEnabled());
        QTest::mouseClick(board->actionButton(u"resolve"_s), Qt::LeftButton);
        QVERIFY2(board->actionStatus()->text().contains(u"note"_s), qPrintable(board->actionStatus()->text()));
        QTest::keyClicks(board->noteEdit(), u"cover fire put out"_s);
        QTest::keyClick(board->noteEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(columnOf(*board, order) == 3 && board->actionButton(u"confirm"_s)->isEnabled(), 10000);

        // 7. A HALT POUR by hand for the order: the target and reason read back before it is stored.
        QTest::mouseClick(board->findChild<QPushButton *>(u"instruction"_s), Qt::LeftButton);
        ui::InstructionDialog *ins = board->findChild<ui::InstructionDialog *>();
        QVERIFY(ins);
        QVERIFY(QTest::qWaitForWindowExposed(ins));
        QCOMPARE(ins->targetEdit()->text(), u"CH2"_s); // the order's area
        ins->targetEdit()->selectAll();
        QTest::keyClicks(ins->targetEdit(), u"casting-house-2"_s);
        QCOMPARE(ins->kindBox()->currentData().toString(), u"halt_pour"_s);
        QVERIFY(!ins->confirmButton()->isEnabled());
        QTest::keyClicks(ins->reasonEdit(), u"smoke above ladle"_s);
        QTest::keyClick(ins->reasonEdit(), Qt::Key_Return); // = Review
        QVERIFY(ins->confirmButton()->isEnabled());
        const QString readBack = ins->readBack()->text();
        QVERIFY2(readBack.contains(u"HALT POUR"_s) && readBack.contains(u"casting-house-2"_s) && readBack.contains(u"smoke above ladle"_s),
                 qPrintable(readBack));
        QTest::keyClicks(ins->reasonEdit(), u" 2"_s); // changed after the review: review again
        QVERIFY(!ins->confirmButton()->isEnabled());
        QTest::mouseClick(ins->reviewButton(), Qt::LeftButton);
        QVERIFY(ins->readBack()->text().contains(u"smoke above ladle 2"_s));
        QTest::mouseClick(ins->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(board->instructionBanner()->text().contains(u"HALT POUR"_s), 10000);

        // 8. Confirmed by the dispatcher's button: the card shows the interruption time T.
        clickCard(*board, order);
        QTRY_VERIFY(board->actionButton(u"confirm"_s)->isEnabled());
        QTest::mouseClick(board->actionButton(u"confirm"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(card(*board, order) && card(*board, order)->text().contains(u"T "_s), 10000);
        QVERIFY(!board->actionButton(u"reopen"_s)->isEnabled());

        QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete worker;
        worker = nullptr;

        // What the store holds: every step audited by the signed-in user, the phases all reached.
        auto db = t.open();
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServiceContext ctx{*db, UserService::actorFor(*db, u"root"_s), &clock};
        const QJsonObject shown = OperationsService(ctx).orderDetails(order);
        QCOMPARE(shown.value(u"state"_s).toString(), u"confirmed"_s);
        QCOMPARE(shown.value(u"note"_s).toString(), u"cover fire put out"_s);
        QVERIFY(!shown.value(u"phases"_s).toObject().value(u"total_s"_s).isNull());
        QStringList actions;
        for (const QJsonValue &v : shown.value(u"steps"_s).toArray()) {
            actions << v.toObject().value(u"action"_s).toString();
            QCOMPARE(v.toObject().value(u"actor"_s).toString(), u"root"_s);
        }
        QCOMPARE(actions, (QStringList{u"alarm.raise"_s, u"order.open"_s, u"alarm.acknowledge"_s, u"order.assign"_s, u"order.accept"_s,
                                       u"order.arrive"_s, u"order.resolve"_s, u"order.confirm"_s}));
        QCOMPARE(db->scalar(u"SELECT u.username FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s, {order})
                     .toString(), u"demo.supervisor.ch2"_s);
        QSqlQuery i = db->exec(u"SELECT i.kind, i.target, i.reason, i.issued_by, o.code FROM instructions i "
                               "LEFT JOIN dispatch_orders o ON o.id = i.order_id"_s);
        QVERIFY(i.next());
        QCOMPARE(i.value(0).toString(), u"halt_pour"_s);
        QCOMPARE(i.value(1).toString(), u"casting-house-2"_s);
        QCOMPARE(i.value(2).toString(), u"smoke above ladle 2"_s);
        QCOMPARE(i.value(3).toString(), u"root"_s);
        QCOMPARE(i.value(4).toString(), order);
    }

    /// Issue 16: the board's cards dragged between its columns with the mouse perform the order's steps through
    /// the same service as the buttons, each audited with its actor and time; a move that is no step is
    /// refused with the reason, and the card stays where it was.
    void dragCardsBetweenColumns()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        QString order;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
            ManualClock clock(QDateTime::currentMSecsSinceEpoch());
            ServiceContext ctx{*db, UserService::actorFor(*db, u"root"_s), &clock};
            order = OperationsService(ctx).raiseManualAlarm(u"CH2"_s, u"high"_s, u"caller: gas smell at tuyere 4"_s).orderCode;
        }
        QVERIFY(!order.isEmpty());
        QThread thread;
        auto *worker = new ui::DataWorker;
        worker->moveToThread(&thread);
        thread.start();
        struct StopThread {
            QThread &thread;
            ui::DataWorker *&worker;
            ~StopThread()
            {
                if (!worker)
                    return;
                QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
                thread.quit();
                thread.wait();
                delete worker;
            }
        } stopThread{thread, worker};
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *board = new ui::DispatchBoard(&window);
        layout->addWidget(board);
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(gl::test::activate(&window));
        board->setDataWorker(worker);
        int snapshots = 0;
        connect(worker, &ui::DataWorker::snapshotReady, &window, [&](const ui::SnapshotPtr &s) {
            board->setSnapshot(s);
            ++snapshots;
        });
        QString failure;
        connect(worker, &ui::DataWorker::failed, &window, [&](const QString &m) { failure = m; });
        const QString url = t.url();
        QMetaObject::invokeMethod(worker, [worker, url] { worker->open(url, false, u"root"_s, u"a long enough password"_s); });
        QTRY_VERIFY2_WITH_TIMEOUT(snapshots > 0 && card(*board, order), qPrintable(failure), 20000);
        QCOMPARE(columnOf(*board, order), 0);

        // Open → On scene is no step: the indicator says why while the card is over the column, the drop is
        // refused with the reason, and the card stays in Open.
        QString hint = dragCard(*board, order, 2);
        QVERIFY2(hint.contains(u"nobody is assigned yet"_s), qPrintable(hint));
        QVERIFY(!board->column(2)->property("dropLegal").toBool());
        QTRY_VERIFY2(board->actionStatus()->text().contains(u"cannot move"_s), qPrintable(board->actionStatus()->text()));
        QVERIFY(board->actionStatus()->text().contains(u"nobody is assigned yet"_s));
        QCOMPARE(columnOf(*board, order), 0);
        QVERIFY(board->column(2)->property("dropHint").toString().isEmpty()); // the indicator is gone after the drop

        // Open → Assigned: the assignee picker opens (on duty first); the pick (Return) assigns.
        hint = dragCard(*board, order, 1);
        QVERIFY2(hint.contains(u"Assign"_s), qPrintable(hint));
        QAbstractItemView *picker = board->assigneeBox()->view();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isVisible(), 10000);
        QCOMPARE(board->assigneeBox()->currentData().toString(), u"demo.supervisor.ch2"_s);
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*board, order), 1, 10000);

        // Assigned → On scene: accepted and on scene.
        hint = dragCard(*board, order, 2);
        QVERIFY2(hint.contains(u"Accept"_s) && hint.contains(u"On scene"_s), qPrintable(hint));
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*board, order), 2, 10000);

        // On scene → Open: refused, the card stays.
        hint = dragCard(*board, order, 0);
        QVERIFY2(hint.contains(u"does not go back"_s), qPrintable(hint));
        QTRY_VERIFY(board->actionStatus()->text().contains(u"does not go back"_s));
        QCOMPARE(columnOf(*board, order), 2);

        // On scene → Resolved: the note is asked for; typed, then Enter resolves.
        hint = dragCard(*board, order, 3);
        QVERIFY2(hint.contains(u"Resolve"_s), qPrintable(hint));
        QTRY_VERIFY2(board->actionStatus()->text().contains(u"note"_s), qPrintable(board->actionStatus()->text()));
        // The note field takes the focus (the window's focus widget: whether the window is active after QDrag's
        // loop is up to the X server, so hasFocus() is not what the board decides).
        QTRY_VERIFY(board->noteEdit()->window()->focusWidget() == board->noteEdit());
        QCOMPARE(columnOf(*board, order), 2); // nothing happens without the note
        QTest::keyClicks(board->noteEdit(), u"valve closed, area ventilated"_s);
        QTest::keyClick(board->noteEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*board, order), 3, 10000);

        QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete worker;
        worker = nullptr;

        // The store: each step the drags took audited by the signed-in user with its time; the refused ones not.
        auto db = t.open();
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServiceContext ctx{*db, UserService::actorFor(*db, u"root"_s), &clock};
        const QJsonObject shown = OperationsService(ctx).orderDetails(order);
        QCOMPARE(shown.value(u"state"_s).toString(), u"resolved"_s);
        QCOMPARE(shown.value(u"note"_s).toString(), u"valve closed, area ventilated"_s);
        QStringList actions;
        for (const QJsonValue &v : shown.value(u"steps"_s).toArray()) {
            actions << v.toObject().value(u"action"_s).toString();
            QCOMPARE(v.toObject().value(u"actor"_s).toString(), u"root"_s);
            QVERIFY2(!v.toObject().value(u"at"_s).toString().isEmpty(), qPrintable(QJsonDocument(v.toObject()).toJson()));
        }
        QCOMPARE(actions, (QStringList{u"alarm.raise"_s, u"order.open"_s, u"order.assign"_s, u"order.accept"_s, u"order.arrive"_s,
                                       u"order.resolve"_s}));
        QCOMPARE(db->scalar(u"SELECT u.username FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s, {order})
                     .toString(), u"demo.supervisor.ch2"_s);
    }
};

QTEST_MAIN(TestDispatchOpsUi)
#include "tst_dispatch_ops_ui.moc"
