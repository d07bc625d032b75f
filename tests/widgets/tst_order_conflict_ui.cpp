// SPDX-License-Identifier: Apache-2.0
// Issue #15 (optimistic concurrency), two dispatchers' workstations on one store under Xvfb, each with its own
// data thread (DataWorker) and its own dispatch board and alarm list, worked with the mouse and keys. Dispatcher
// A assigns an order; dispatcher B, whose view still shows it open (a view is seconds old: B's snapshots are held
// back here so that it stays so), assigns it to someone else and is told it was changed by A, how and when,
// instead of overwriting A's assignment; B's board then shows A's result. The same for an alarm A acknowledged
// while B's list still showed it waiting.
#include "../BoardTest.h"
#include "../GuiTest.h"
#include "../telemetry/TelemetryFixture.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/telemetry/ui/AlarmPanel.h"
#include "shell/DataWorker.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
using test::card;
using test::clickCard;
using test::columnOf;

/// One workstation: its window (alarm list above the board), its data thread, signed in as one dispatcher.
struct Station {
    QThread thread;
    ui::DataWorker *worker = new ui::DataWorker;
    QWidget window;
    ui::AlarmPanel *alarms = new ui::AlarmPanel(&window);
    ui::DispatchBoard *board = new ui::DispatchBoard(&window);
    bool feed = true; ///< false: the views keep what they show (B's view stays as it was when loaded)
    int snapshots = 0;
    QString failure;  ///< the last DataWorker::failed message (where a refused acknowledgement shows)

    Station(const QString &url, const QString &user, int x)
    {
        worker->moveToThread(&thread);
        thread.start();
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(alarms);
        layout->addWidget(board, 2);
        window.setWindowTitle(user);
        window.setGeometry(x, 0, 950, 1000);
        board->setDataWorker(worker);
        alarms->setDataWorker(worker);
        QObject::connect(alarms, &ui::AlarmPanel::acknowledgeRequested, worker, &ui::DataWorker::acknowledgeAlarm);
        QObject::connect(worker, &ui::DataWorker::snapshotReady, &window, [this](const ui::SnapshotPtr &s) {
            if (!feed)
                return;
            alarms->setSnapshot(s);
            board->setSnapshot(s);
            ++snapshots;
        });
        QObject::connect(worker, &ui::DataWorker::failed, &window, [this](const QString &m) { failure = m; });
        QMetaObject::invokeMethod(worker, [w = worker, url, user] { w->open(url, false, user, u"a long enough password"_s); });
    }
    ~Station() // also when a failed check returned early: stop the data thread instead of aborting in ~QThread
    {
        QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete worker;
    }
    /// Clicks the alarm whose text is `text` in the list and presses Space (acknowledge), as the dispatcher does.
    bool acknowledge(const QString &text)
    {
        QTableView *view = alarms->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 4).data().toString() == text)
                row = r;
        if (row < 0 || !test::activate(&window))
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 4)).center());
        QTest::keyClick(view, Qt::Key_Space);
        return true;
    }
    /// The state the list shows for the alarm whose text is `text` (column 1, e.g. "Unacknowledged").
    QString alarmState(const QString &text) const
    {
        QTableView *view = alarms->view();
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 4).data().toString() == text)
                return view->model()->index(r, 1).data().toString();
        return {};
    }
};
} // namespace

class TestOrderConflictUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staleBoardIsToldWhoChangedIt()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        const QString report = u"caller: smoke above ladle 2"_s;
        QString order;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
            const Clock &clock = processClock();
            ServiceContext sys{*db, Actor::system(u"test"_s), &clock};
            UserService(sys).add(u"zhang.wei"_s, u"Zhang Wei"_s, Role::Dispatcher, u"a long enough password"_s);
            UserService(sys).add(u"li.na"_s, u"Li Na"_s, Role::Dispatcher, u"a long enough password"_s);
            ServiceContext caller{*db, UserService::actorFor(*db, u"demo.dispatcher"_s), &clock};
            order = OperationsService(caller).raiseManualAlarm(u"CH2"_s, u"critical"_s, report).orderCode;
        }
        Station a(t.url(), u"zhang.wei"_s, 0), b(t.url(), u"li.na"_s, 960);
        a.window.show();
        b.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a.window));
        QVERIFY(QTest::qWaitForWindowExposed(&b.window));
        QTRY_VERIFY2_WITH_TIMEOUT(card(*a.board, order), qPrintable(a.failure), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(card(*b.board, order), qPrintable(b.failure), 20000);
        QCOMPARE(columnOf(*b.board, order), 0);

        // 1. Both boards show the order open. B selects it and picks who responds; its view stays as loaded.
        QVERIFY(test::activate(&b.window));
        clickCard(*b.board, order);
        QTRY_VERIFY_WITH_TIMEOUT(b.board->assigneeBox()->findData(u"demo.supervisor.ca1"_s) >= 0, 10000);
        b.board->assigneeBox()->setCurrentIndex(b.board->assigneeBox()->findData(u"demo.supervisor.ca1"_s));
        b.feed = false;

        // 2. A assigns it to the CH2 supervisor on duty, with the Assign button.
        QVERIFY(test::activate(&a.window));
        clickCard(*a.board, order);
        QTRY_VERIFY_WITH_TIMEOUT(a.board->assigneeBox()->findData(u"demo.supervisor.ch2"_s) >= 0, 10000);
        a.board->assigneeBox()->setCurrentIndex(a.board->assigneeBox()->findData(u"demo.supervisor.ch2"_s));
        QTRY_VERIFY(a.board->actionButton(u"assign"_s)->isEnabled());
        QTest::mouseClick(a.board->actionButton(u"assign"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*a.board, order), 1, 10000);
        QCOMPARE(columnOf(*b.board, order), 0); // B still shows what it loaded

        // 3. B, on its stale board, assigns it to the CA1 supervisor: refused, naming A's step; B sees A's result.
        QVERIFY(test::activate(&b.window));
        QVERIFY(b.board->actionButton(u"assign"_s)->isEnabled());
        QTest::mouseClick(b.board->actionButton(u"assign"_s), Qt::LeftButton);
        b.feed = true; // what B's data thread reads from now on is shown
        QTRY_VERIFY_WITH_TIMEOUT(b.board->actionStatus()->text().contains(u"refused"_s), 10000);
        const QString status = b.board->actionStatus()->text();
        QVERIFY2(status.contains(u"Order %1 was changed by zhang.wei (order.assign, "_s.arg(order)), qPrintable(status));
        QVERIFY2(status.contains(u"it is now assigned to demo.supervisor.ch2"_s), qPrintable(status));
        QTRY_COMPARE_WITH_TIMEOUT(columnOf(*b.board, order), 1, 10000);
        QTRY_VERIFY(card(*b.board, order)->text().contains(u"demo.supervisor.ch2"_s));
        {
            auto db = t.open();
            QCOMPARE(db->scalar(u"SELECT u.username FROM dispatch_orders o JOIN users u ON u.id = o.assignee_id WHERE o.code = ?"_s,
                                {order}).toString(),
                     u"demo.supervisor.ch2"_s);
            QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'order.assign' AND object_id = ?"_s, {order}).toInt(), 1);
        }

        // 4. The alarm: both lists show it waiting; A acknowledges it (Space); B's Space on its stale list is refused.
        QTRY_COMPARE_WITH_TIMEOUT(b.alarmState(report), u"Unacknowledged"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.alarmState(report), u"Unacknowledged"_s, 10000);
        b.feed = false;
        QVERIFY(a.acknowledge(report));
        QTRY_COMPARE_WITH_TIMEOUT(a.alarmState(report), u"Acknowledged"_s, 10000);
        QCOMPARE(b.alarmState(report), u"Unacknowledged"_s); // B's list still shows it waiting
        b.failure.clear();
        QVERIFY(b.acknowledge(report));
        b.feed = true;
        QTRY_VERIFY_WITH_TIMEOUT(!b.failure.isEmpty(), 10000);
        QVERIFY2(b.failure.contains(u"was changed by zhang.wei (alarm.acknowledge, "_s) && b.failure.contains(u"acknowledged by zhang.wei"_s),
                 qPrintable(b.failure));
        QTRY_COMPARE_WITH_TIMEOUT(b.alarmState(report), u"Acknowledged"_s, 10000); // B's list shows A's acknowledgement
        auto db = t.open();
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'alarm.acknowledge'"_s).toInt(), 1);
        QCOMPARE(db->scalar(u"SELECT acked_by FROM alarms"_s).toString(), u"zhang.wei"_s);
    }
};

QTEST_MAIN(TestOrderConflictUi)
#include "tst_order_conflict_ui.moc"
