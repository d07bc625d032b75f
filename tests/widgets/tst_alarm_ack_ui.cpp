// SPDX-License-Identifier: Apache-2.0
// Safety regression (issue 16): the alarm list keeps its selection by alarm id across refreshes, and Space
// acknowledges exactly the alarm the dispatcher selected. The list is newest first, so restoring the
// selection by row number moved it to a newly arrived alarm, which Space then acknowledged unseen.
// Real store, real services, real key and mouse events under Xvfb.
#include "../telemetry/TelemetryFixture.h"
#include "core/services/OperationsService.h"
#include "core/services/QueryService.h"
#include "widgets/Panels.h"

#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
constexpr qint64 kNow = 1'772'409'600'000; // 2026-03-02T00:00Z

struct Store {
    test::TestDb t{Backend::Sqlite};
    std::unique_ptr<Database> db;
    ManualClock clock{kNow};
    Store()
    {
        db = t.open();
        test::loadTelemetrySite(*db, kNow);
    }
    ServiceContext as(const QString &user) { return ServiceContext{*db, UserService::actorFor(*db, user), &clock}; }
    ui::SnapshotPtr snapshot()
    {
        ServiceContext ctx = as(u"demo.dispatcher"_s);
        QueryService q(ctx);
        auto s = std::make_shared<ui::Snapshot>();
        s->takenAt = clock.nowMs();
        s->timeZone = QTimeZone("Asia/Shanghai");
        s->today = QDate(2026, 3, 2);
        s->alarms = q.alarms();
        s->summary = q.summary(s->today);
        return s;
    }
    qint64 raise(const QString &message)
    {
        clock.advance(1000); // each newer than the last: the list is newest first
        ServiceContext sys{*db, Actor::system(u"rules"_s), &clock};
        return OperationsService(sys).raiseAlarm(u"r-"_s + message, u"CH2.CO_ppm"_s, u"high"_s, u"CH2"_s, message, clock.nowMs());
    }
    QString state(qint64 id) { return db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {id}).toString(); }
};

int rowOf(ui::AlarmPanel &panel, const QString &message)
{
    QAbstractItemModel *m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->index(r, c).data().toString() == message)
                return r;
    return -1;
}
} // namespace

class TestAlarmAckUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spaceAcknowledgesTheSelectedAlarmAfterANewOneArrives()
    {
        Store st;
        const qint64 first = st.raise(u"CO rise at ladle 1"_s);
        const qint64 second = st.raise(u"fan drop at ladle 2"_s);

        ui::AlarmPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow(); // keyboard shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QList<qint64> requested;
        connect(&panel, &ui::AlarmPanel::acknowledgeRequested, &panel, [&](qint64 id) {
            requested << id;
            ServiceContext d = st.as(u"demo.dispatcher"_s);
            OperationsService(d).acknowledgeAlarm(id); // as the data thread does
        });
        panel.setSnapshot(st.snapshot());

        // The dispatcher clicks the newest alarm (row 0) and reads it.
        const int row = rowOf(panel, u"fan drop at ladle 2"_s);
        QCOMPARE(row, 0);
        QTableView *view = panel.view();
        const QRect cell = view->visualRect(view->model()->index(row, 4));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(panel.selectedAlarmId(), second);

        // Meanwhile a new alarm arrives and the list refreshes: it is now on top.
        const qint64 third = st.raise(u"LEL high at tank farm"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(rowOf(panel, u"LEL high at tank farm"_s), 0);
        QCOMPARE(panel.selectedAlarmId(), second);
        QCOMPARE(view->currentIndex().row(), rowOf(panel, u"fan drop at ladle 2"_s));

        // Space acknowledges the alarm that was selected, not the one that took its row.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(requested, (QList<qint64>{second}));
        QCOMPARE(st.state(second), u"acknowledged"_s);
        QCOMPARE(st.state(third), u"unacknowledged"_s);
        QCOMPARE(st.state(first), u"unacknowledged"_s);

        // After the next refresh the selection is still on the same (now acknowledged) alarm; Space again
        // does nothing (it is acknowledged) and the button does not fall through to another alarm.
        st.raise(u"stale level sensor"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(panel.selectedAlarmId(), second);
        QTest::keyClick(view, Qt::Key_Space);
        QTest::mouseClick(panel.acknowledgeButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(st.state(third), u"unacknowledged"_s);
    }

    void withoutSelectionSpaceOnlySelects()
    {
        Store st;
        st.raise(u"older"_s);
        const qint64 newest = st.raise(u"newest"_s);
        ui::AlarmPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        int requests = 0;
        connect(&panel, &ui::AlarmPanel::acknowledgeRequested, &panel, [&](qint64) { ++requests; });
        panel.setSnapshot(st.snapshot());
        panel.view()->setFocus();
        panel.view()->selectionModel()->clear();
        QCOMPARE(panel.selectedAlarmId(), 0);
        // Nothing is acknowledged unseen: the first Space shows the newest waiting alarm, the second acknowledges it.
        QTest::keyClick(panel.view(), Qt::Key_Space);
        QCOMPARE(requests, 0);
        QCOMPARE(panel.selectedAlarmId(), newest);
        QTest::keyClick(panel.view(), Qt::Key_Space);
        QCOMPARE(requests, 1);
    }
};

QTEST_MAIN(TestAlarmAckUi)
#include "tst_alarm_ack_ui.moc"
