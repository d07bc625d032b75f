// SPDX-License-Identifier: Apache-2.0
// Safety regression (issue 16): the alarm list keeps its selection by alarm id across refreshes, and Space
// acknowledges exactly the alarm the dispatcher selected. The list is newest first, so restoring the
// selection by row number moved it to a newly arrived alarm, which Space then acknowledged unseen.
// Also (issue 16, ISA-18.2 on the operator's side): the tone of the highest waiting priority repeats until
// the alarms are acknowledged or silenced, a new alarm sounds again after a silence, the taskbar flashes
// when the window is not in front; the list filters by text, priority and state and sorts priority by rank.
// Real store, real services, real key and mouse events under Xvfb.
#include "../GuiTest.h"
#include "../telemetry/TelemetryFixture.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/ui/AlarmAnnunciator.h"
#include "modules/telemetry/ui/AlarmPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
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
        s->alarmRows = AlarmRow::fromTable(s->alarms); // as the data thread does
        s->summary = q.summary(s->today);
        s->flood = FloodSettings::load(*db); // as the data thread reads them
        s->floods = TelemetryService(ctx).floodStatusNow(s->flood);
        return s;
    }
    qint64 raise(const QString &message, const QString &priority = u"high"_s, const QString &area = u"CH2"_s)
    {
        clock.advance(1000); // each newer than the last: the list is newest first
        ServiceContext sys{*db, Actor::system(u"rules"_s), &clock};
        return OperationsService(sys).raiseAlarm(u"r-"_s + message, u"CH2.CO_ppm"_s, priority, area, message, clock.nowMs());
    }
    void acknowledge(qint64 id)
    {
        ServiceContext d = as(u"demo.dispatcher"_s);
        OperationsService(d).acknowledgeAlarm(id);
    }
    QString state(qint64 id) { return db->scalar(u"SELECT state FROM alarms WHERE id = ?"_s, {id}).toString(); }
};

QStringList column(ui::AlarmPanel &panel, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    QAbstractItemModel *m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data(role).toString();
    return out;
}

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
        QVERIFY(gl::test::activate(&panel));
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
        QVERIFY(gl::test::activate(&panel));
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
    void tonesFollowThePriorityUntilAcknowledgedOrSilenced()
    {
        Store st;
        ui::AlarmPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(gl::test::activate(&panel));
        ui::AlarmAnnunciator *a = panel.annunciator();
        a->setAudible(true);
        for (const char *priority : {"critical", "high", "medium", "low"}) { // one tone each, in the program
            QFile tone(u":/sounds/alarm-%1.wav"_s.arg(QLatin1String(priority)));
            QVERIFY2(tone.open(QIODevice::ReadOnly) && tone.read(4) == "RIFF", priority);
        }
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), QString()); // nothing waiting: quiet
        QVERIFY(!panel.silenceButton()->isEnabled());

        const qint64 high = st.raise(u"CO rise at ladle 1"_s, u"high"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"high"_s);
        QVERIFY(panel.silenceButton()->isEnabled());
        const qint64 critical = st.raise(u"LEL 52 % at T-101"_s, u"critical"_s, u"TF1"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"critical"_s); // the highest waiting priority
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"critical"_s); // repeats until acknowledged: a refresh does not stop it

        // F8 silences what sounds now; the alarms still wait for acknowledgement.
        QTest::keyClick(&panel, Qt::Key_F8);
        QCOMPARE(a->sounding(), QString());
        QCOMPARE(a->silencedCount(), 2);
        QVERIFY(!panel.silenceButton()->isEnabled());
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), QString()); // still silenced after a refresh
        QCOMPARE(st.state(critical), u"unacknowledged"_s);

        // A new alarm sounds again, with its own priority (the silenced critical one stays quiet).
        const qint64 medium = st.raise(u"transformer oil 86 C"_s, u"medium"_s, u"UT1"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"medium"_s);
        // Acknowledged: quiet again; the button silences as well as F8.
        st.acknowledge(medium);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), QString());
        const qint64 high2 = st.raise(u"fan drop at ladle 2"_s, u"high"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"high"_s);
        QTest::mouseClick(panel.silenceButton(), Qt::LeftButton);
        QCOMPARE(a->sounding(), QString());
        for (qint64 id : {high, critical, high2})
            st.acknowledge(id);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->silencedCount(), 0);

        // A low alarm chimes once when it arrives and is not repeated.
        st.raise(u"level transmitter silent"_s, u"low"_s, u"TF1"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"low"_s);
        st.raise(u"second low"_s, u"low"_s, u"TF1"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->sounding(), u"low"_s);

        // Sound off on this workstation: no tone, but the flash and the banner stay.
        QTest::mouseClick(panel.findChild<QPushButton *>(u"audibleAlarms"_s), Qt::LeftButton);
        QVERIFY(!a->isAudible());
        a->setAudible(true);

        // The window is not in front: a new alarm asks the taskbar to flash.
        QWidget other;
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.activateWindow();
        QVERIFY(gl::test::activate(&other));
        const int alerts = a->alerts();
        st.raise(u"smoke above ladle 2"_s, u"critical"_s);
        panel.setSnapshot(st.snapshot());
        QCOMPARE(a->alerts(), alerts + 1);
        QCOMPARE(a->sounding(), u"critical"_s);
    }

    void filtersAndSortKeepTheSelectedAlarm()
    {
        Store st;
        st.raise(u"CO rise at ladle 1"_s, u"high"_s);
        const qint64 tank = st.raise(u"LEL 52 % at T-101"_s, u"critical"_s, u"TF1"_s);
        const qint64 oil = st.raise(u"transformer oil 86 C"_s, u"medium"_s, u"UT1"_s);
        st.raise(u"level transmitter silent"_s, u"low"_s, u"TF1"_s);
        st.acknowledge(oil);
        ui::AlarmPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(gl::test::activate(&panel));
        panel.setSnapshot(st.snapshot());
        QCOMPARE(panel.view()->model()->rowCount(), 4);

        // Select the tank alarm, then type a filter: it stays selected while it is shown.
        QTableView *view = panel.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(rowOf(panel, u"LEL 52 % at T-101"_s), 4)).center());
        QCOMPARE(panel.selectedAlarmId(), tank);
        panel.filterEdit()->setFocus();
        QTest::keyClicks(panel.filterEdit(), u"tf1"_s); // the area code, case-insensitive
        QCOMPARE(column(panel, 4), (QStringList{u"level transmitter silent"_s, u"LEL 52 % at T-101"_s}));
        QCOMPARE(panel.selectedAlarmId(), tank);
        QCOMPARE(view->currentIndex().row(), rowOf(panel, u"LEL 52 % at T-101"_s));

        // Priority "High and above", chosen with the keyboard: the low alarm goes.
        panel.priorityFilter()->setFocus();
        QTest::keyClick(panel.priorityFilter(), Qt::Key_Down);
        QTest::keyClick(panel.priorityFilter(), Qt::Key_Down);
        QCOMPARE(panel.priorityFilter()->currentData().toString(), u"high"_s);
        QCOMPARE(column(panel, 4), (QStringList{u"LEL 52 % at T-101"_s}));
        QTest::keyClick(panel.filterEdit(), Qt::Key_A, Qt::ControlModifier);
        panel.filterEdit()->clear();
        QCOMPARE(column(panel, 4), (QStringList{u"LEL 52 % at T-101"_s, u"CO rise at ladle 1"_s}));

        // Waiting for acknowledgement only: the acknowledged oil alarm is hidden even at "all priorities".
        panel.priorityFilter()->setCurrentIndex(0);
        panel.stateFilter()->setFocus();
        QTest::keyClick(panel.stateFilter(), Qt::Key_Down);
        QCOMPARE(column(panel, 4).size(), 3);
        QVERIFY(!column(panel, 4).contains(u"transformer oil 86 C"_s));

        // A filter that hides the selected alarm clears the selection: Space then acknowledges nothing unseen.
        QTest::keyClicks(panel.filterEdit(), u"ladle"_s);
        QCOMPARE(panel.selectedAlarmId(), 0);
        panel.filterEdit()->clear();
        panel.stateFilter()->setCurrentIndex(0);

        // Sort by priority with a header click: by rank (critical, high, medium, low), not alphabetically.
        QHeaderView *header = view->horizontalHeader();
        const QPoint priorityHeader(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, priorityHeader);
        QStringList ranks = column(panel, 0, Qt::UserRole);
        if (ranks.first() == u"low"_s) { // the first click sorted ascending: click again
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, priorityHeader);
            ranks = column(panel, 0, Qt::UserRole);
        }
        QCOMPARE(ranks, (QStringList{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s}));
    }

    /// Issue 16 (ISA-18.2): the flood is counted per operator position. Four alarms in CH2 within the window
    /// flood the casting desk (limit 3) but not the utilities desk; the console set to the utilities desk
    /// shows no flood banner, the casting desk's does, naming the area; the position is kept per workstation.
    void floodBannerForTheFloodedPosition()
    {
        QSettings().remove(u"alarms/position"_s);
        struct Forget { ~Forget() { QSettings().remove(u"alarms/position"_s); } } forget;
        Store st;
        {
            ServiceContext root = st.as(u"root"_s);
            TelemetryService svc(root);
            svc.setFloodSetting(u"flood_alarms"_s, u"3"_s);
            svc.setFloodSetting(u"operator_positions"_s, uR"([{"code": "casting", "name": "Casting desk", "areas": ["CH2"]},
                                                             {"code": "utilities", "name": "Utilities desk", "areas": ["UT1", "TF1"]}])"_s);
        }
        for (int i = 0; i < 4; ++i)
            st.raise(u"CO rise at tuyere %1"_s.arg(i), u"medium"_s, u"CH2"_s);
        st.raise(u"pump trip"_s, u"high"_s, u"UT1"_s);

        ui::AlarmPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(gl::test::activate(&panel));
        panel.setSnapshot(st.snapshot());
        QComboBox *position = panel.positionBox();
        QVERIFY(position->isVisible());
        QCOMPARE(position->count(), 2);

        // This console is the utilities desk: one alarm there, no flood, although the site has five.
        position->setFocus();
        QTest::keyClick(position, Qt::Key_Down);
        QCOMPARE(position->currentData().toString(), u"utilities"_s);
        QCOMPARE(panel.flood().count, 1);
        QVERIFY(!panel.floodBanner()->isVisible());
        QCOMPARE(QSettings().value(u"alarms/position"_s).toString(), u"utilities"_s);

        // The casting desk: four in CH2 over the limit of three.
        QTest::keyClick(position, Qt::Key_Up);
        QCOMPARE(position->currentData().toString(), u"casting"_s);
        QVERIFY(panel.flood().flooding);
        QVERIFY(panel.floodBanner()->isVisible());
        const QString text = panel.floodBanner()->text();
        QVERIFY2(text.contains(u"Casting desk"_s) && text.contains(u"4 alarms"_s) && text.contains(u"limit: 3"_s)
                     && text.contains(u"CH2 (4)"_s),
                 qPrintable(text));

        // Another start of this workstation keeps its position.
        ui::AlarmPanel again;
        again.setSnapshot(st.snapshot());
        QCOMPARE(again.positionBox()->currentData().toString(), u"casting"_s);
        QVERIFY(again.flood().flooding);

        // Eleven minutes on, the window holds none of them: the banner goes.
        st.clock.advance(11 * 60'000);
        panel.setSnapshot(st.snapshot());
        QVERIFY(!panel.floodBanner()->isVisible());
    }

    /// The flood is counted by the service over the whole window, not over the alarm list the snapshot holds
    /// (the newest 500): four CH2 alarms followed by 520 at the utilities still flood the casting desk, although
    /// none of the four is among the newest 500 the list shows.
    void floodCountedOverTheWholeWindow()
    {
        QSettings().remove(u"alarms/position"_s);
        struct Forget { ~Forget() { QSettings().remove(u"alarms/position"_s); } } forget;
        Store st;
        {
            ServiceContext root = st.as(u"root"_s);
            TelemetryService svc(root);
            TelemetryService::FloodChange change;
            change.alarms = 3;
            change.windowS = 3600;
            change.positions = R"([{"code": "casting", "name": "Casting desk", "areas": ["CH2"]},
                                  {"code": "utilities", "name": "Utilities desk", "areas": ["UT1"]}])";
            svc.setFloodSettings(change);
        }
        QSettings().setValue(u"alarms/position"_s, u"casting"_s);
        QList<qint64> casting;
        for (int i = 0; i < 4; ++i)
            casting << st.raise(u"CO rise at tuyere %1"_s.arg(i), u"medium"_s, u"CH2"_s);
        for (int i = 0; i < 520; ++i)
            st.raise(u"pump trip %1"_s.arg(i), u"low"_s, u"UT1"_s);
        const ui::SnapshotPtr s = st.snapshot();
        QCOMPARE(s->alarms.rows.size(), 500);
        const int id = s->alarms.column(u"id"_s);
        for (const QVariantList &r : s->alarms.rows)
            QVERIFY(!casting.contains(r.value(id).toLongLong())); // the flooded desk's alarms are not in the list

        ui::AlarmPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSnapshot(s);
        QCOMPARE(panel.positionBox()->currentData().toString(), u"casting"_s);
        QCOMPARE(panel.flood().count, 4);
        QVERIFY(panel.flood().flooding);
        QVERIFY(panel.floodBanner()->isVisible());
        QVERIFY2(panel.floodBanner()->text().contains(u"CH2 (4)"_s), qPrintable(panel.floodBanner()->text()));
        // The utilities desk counts all of its 520, not the 500 shown.
        panel.positionBox()->setFocus();
        QTest::keyClick(panel.positionBox(), Qt::Key_Down);
        QCOMPARE(panel.positionBox()->currentData().toString(), u"utilities"_s);
        QCOMPARE(panel.flood().count, 520);
    }
};

QTEST_MAIN(TestAlarmAckUi)
#include "tst_alarm_ack_ui.moc"
