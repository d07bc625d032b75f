// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 5, a task inbox per user: the area supervisor sees the order assigned to them and a rule's
// notification; the dispatcher does not see the supervisor's order. In the window (real data thread, real
// store, real mouse events under Xvfb) a double click opens the order, "Mark read" takes the notification
// out of the inbox and the store records it read. `guardlinectl tasks list --json` shows the same list.
#include "../telemetry/TelemetryFixture.h"
#include "modules/workspace/logic/InboxService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/ui/TaskInboxPanel.h"
#include "shell/DataWorker.h"
#include "shell/TableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
int rowOf(QTableView *view, int column, const QString &text)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, column).data().toString() == text)
            return r;
    return -1;
}
} // namespace

class TestTaskInbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachPersonSeesTheirOwnTasks()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString order;
        qint64 notification = 0;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, now);
            ManualClock clock(now);
            ServiceContext dispatcher{*db, UserService::actorFor(*db, u"demo.dispatcher"_s), &clock};
            order = OperationsService(dispatcher).raiseManualAlarm(u"CH2"_s, u"high"_s, u"caller: smoke above ladle 2"_s).orderCode;
            OperationsService(dispatcher).applyOrder(order, u"assign"_s, u"demo.supervisor.ch2"_s);
            ServiceContext rules{*db, Actor::system(u"rules"_s), &clock};
            notification = NotificationService(rules).notify(u"demo.supervisor.ch2"_s, u"rule_notify"_s, u"alarm"_s, u"1"_s, u"CH2"_s,
                                                             u"CO trend rising at ladle 2: walk the pour floor"_s);
            ServiceContext sup{*db, UserService::actorFor(*db, u"demo.supervisor.ch2"_s), &clock};
            const QList<InboxItem> mine = InboxService(sup).mine();
            QStringList kinds;
            for (const InboxItem &i : mine)
                kinds << i.kind + u':' + i.objectId;
            QVERIFY2(kinds.contains(u"order:"_s + order) && kinds.contains(u"rule_notify:1"_s), qPrintable(kinds.join(u", "_s)));
            QCOMPARE(mine.first().kind, u"order"_s); // due first, notifications (no due time) after
            for (const InboxItem &i : InboxService(dispatcher).mine())
                QVERIFY2(!(i.kind == u"order"_s && i.objectId == order), "the supervisor's order is not the dispatcher's task");
        }

        // The supervisor's window.
        QThread thread;
        auto *worker = new ui::DataWorker;
        worker->moveToThread(&thread);
        thread.start();
        struct Stop {
            QThread &thread;
            ui::DataWorker *worker;
            ~Stop()
            {
                QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
                thread.quit();
                thread.wait();
                delete worker;
            }
        } stop{thread, worker};
        ui::TaskInboxPanel panel(worker);
        panel.resize(1000, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        int snapshots = 0;
        connect(worker, &ui::DataWorker::snapshotReady, &panel, [&](const ui::SnapshotPtr &s) {
            panel.setSnapshot(s);
            ++snapshots;
        });
        const QString url = t.url();
        QMetaObject::invokeMethod(worker, [worker, url] { worker->open(url, false, u"demo.supervisor.ch2"_s, u"a long enough password"_s); });
        QTRY_VERIFY_WITH_TIMEOUT(panel.count() >= 2, 20000);
        QTableView *view = panel.view();
        const int orderRow = rowOf(view, 2, order);
        QVERIFY(orderRow >= 0);
        QCOMPARE(view->model()->index(orderRow, 1).data().toString(), u"Dispatch order"_s);

        // A double click on the order opens it where it is worked.
        QSignalSpy open(&panel, &ui::TaskInboxPanel::openRequested);
        const QPoint at = view->visualRect(view->model()->index(orderRow, 4)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(!panel.markReadButton()->isEnabled()); // a task is not "read": it leaves when done
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), u"order"_s);
        QCOMPARE(open.first().at(1).toString(), order);

        // The notification: selected, Mark read; it leaves the inbox and the store has it read.
        const int noteRow = rowOf(view, 4, u"CO trend rising at ladle 2: walk the pour floor"_s);
        QVERIFY(noteRow >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(noteRow, 4)).center());
        QVERIFY(panel.markReadButton()->isEnabled());
        QTest::mouseClick(panel.markReadButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, 4, u"CO trend rising at ladle 2: walk the pour floor"_s) < 0, 20000);
        QVERIFY(rowOf(view, 2, order) >= 0);
        {
            auto db = t.open();
            QVERIFY(!db->scalar(u"SELECT read_at FROM notifications WHERE id = ?"_s, {notification}).isNull());
        }

        // The same inbox from the command line.
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUARDLINE_PASSWORD"_s, u"a long enough password"_s);
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"),
                  {u"--db"_s, url, u"--user"_s, u"demo.supervisor.ch2"_s, u"tasks"_s, u"list"_s, u"--json"_s});
        ctl.closeWriteChannel();
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonArray tasks = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object().value(u"tasks"_s).toArray();
        QVERIFY(!tasks.isEmpty());
        QCOMPARE(tasks.first().toObject().value(u"object"_s).toString(), order);
        for (const QJsonValue &v : tasks)
            QVERIFY(v.toObject().value(u"kind"_s).toString() != u"rule_notify"_s); // read: gone
        QProcess anonymous;
        anonymous.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), {u"--db"_s, url, u"tasks"_s, u"list"_s});
        QVERIFY(anonymous.waitForFinished(60000));
        QCOMPARE(anonymous.exitCode(), 2);
    }
};

QTEST_MAIN(TestTaskInbox)
#include "tst_task_inbox.moc"
