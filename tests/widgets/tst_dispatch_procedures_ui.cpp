// SPDX-License-Identifier: Apache-2.0
// The dispatch board under a real X server (issue #8): the SLA countdown and the instruction's
// acknowledgement countdown change with time without a new snapshot; an escalated order shows its
// badge (shape and colour); the procedure checklist of the selected order is marked through the real
// widgets, written by the data thread into a real store (done, skipped with a reason → supervisor told).
#include "../telemetry/TelemetryFixture.h"
#include "modules/dispatch/ui/DispatchBoard.h"
#include "modules/dispatch/ui/DispatchTimers.h"
#include "modules/dispatch/ui/OrderProcedurePanel.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/rules/Rule.h"
#include "shell/DataWorker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
constexpr qint64 kNow = 1'772'409'600'000; // 2026-03-02T00:00Z
constexpr qint64 kMin = 60'000;

ui::SnapshotPtr snapshot(const QList<QVariantList> &orders, const QList<QVariantList> &instructions = {})
{
    auto s = std::make_shared<ui::Snapshot>();
    s->takenAt = kNow;
    s->timeZone = QTimeZone("Asia/Shanghai");
    s->permits.columns = {u"code"_s, u"type"_s, u"state"_s, u"contractor"_s, u"polygon"_s, u"z_min"_s, u"z_max"_s,
                          u"starts_at"_s, u"ends_at"_s};
    s->instructions.columns = {u"id"_s, u"target"_s, u"text"_s, u"ack_due_at"_s, u"acked_at"_s};
    s->instructions.rows = instructions;
    s->orders.columns = {u"code"_s, u"state"_s, u"priority"_s, u"title"_s, u"area"_s, u"assignee"_s, u"created_at"_s, u"due_at"_s,
                         u"confirmed_at"_s, u"escalation_level"_s};
    s->orders.rows = orders;
    // The typed rows the board reads, as the data thread builds them from these columns.
    for (const QVariantList &r : orders) {
        OrderRow o;
        o.code = r.value(0).toString();
        o.state = r.value(1).toString();
        o.priority = r.value(2).toString();
        o.title = r.value(3).toString();
        o.area = r.value(4).toString();
        o.assignee = r.value(5).toString();
        o.createdAt = r.value(6).toLongLong();
        o.dueAt = r.value(7).isNull() ? std::nullopt : std::optional<qint64>(r.value(7).toLongLong());
        o.times.confirmed = r.value(8).isNull() ? std::nullopt : std::optional<qint64>(r.value(8).toLongLong());
        o.escalationLevel = r.value(9).toInt();
        s->orderRows << o;
    }
    for (const QVariantList &r : instructions) {
        InstructionRow i;
        i.id = r.value(0).toLongLong();
        i.target = r.value(1).toString();
        i.text = r.value(2).toString();
        i.ackDueAt = r.value(3).isNull() ? std::nullopt : std::optional<qint64>(r.value(3).toLongLong());
        i.ackedAt = r.value(4).isNull() ? std::nullopt : std::optional<qint64>(r.value(4).toLongLong());
        s->instructionRows << i;
    }
    return s;
}

QVariantList order(const QString &code, const QString &state, qint64 created, qint64 due, int level)
{
    return {code, state, u"critical"_s, u"Casting house 2: CO rise with fan drop"_s, u"CH2"_s, u"CH2 supervisor"_s, created, due,
            QVariant(), level};
}

QListWidgetItem *card(ui::DispatchBoard &board, const QString &code)
{
    for (int c = 0; c < 4; ++c)
        for (int i = 0; board.column(c) && i < board.column(c)->count(); ++i)
            if (board.column(c)->item(i)->data(Qt::UserRole).toString() == code)
                return board.column(c)->item(i);
    return nullptr;
}
} // namespace

class TestDispatchProceduresUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countdownsChangeWithTime()
    {
        ui::DispatchBoard board;
        board.resize(1400, 500);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        qint64 now = kNow;
        board.setNowSource([&now] { return now; });
        const qint64 due = kNow + 4 * kMin + 12'000;
        board.setSnapshot(snapshot({order(u"DSP-7"_s, u"assigned"_s, kNow - 5 * kMin, due, 0)},
                                   {{qint64(31), u"casting-house-2"_s, u"HALT POUR"_s, kNow + 42'000, QVariant()}}));
        QListWidgetItem *item = card(board, u"DSP-7"_s);
        QVERIFY(item);
        QVERIFY2(item->text().contains(u"due in 04:12"_s), qPrintable(item->text()));
        QVERIFY2(board.instructionBanner()->text().contains(u"acknowledge within 00:42"_s), qPrintable(board.instructionBanner()->text()));
        // The board's own 1-second tick re-renders from the same snapshot.
        now += 1000;
        QTRY_VERIFY2(card(board, u"DSP-7"_s)->text().contains(u"due in 04:11"_s), qPrintable(card(board, u"DSP-7"_s)->text()));
        QTRY_VERIFY(board.instructionBanner()->text().contains(u"acknowledge within 00:41"_s));
        // Past the due time: overdue, counting up; the instruction's acknowledgement is overdue too.
        now = due + 2 * kMin + 31'000;
        board.updateTimers();
        QVERIFY2(card(board, u"DSP-7"_s)->text().contains(u"overdue 02:31"_s), qPrintable(card(board, u"DSP-7"_s)->text()));
        QVERIFY2(board.instructionBanner()->text().contains(u"acknowledgement OVERDUE 06:01"_s), qPrintable(board.instructionBanner()->text()));
        // A confirmed order has no countdown.
        board.setSnapshot(snapshot({order(u"DSP-7"_s, u"confirmed"_s, kNow - 5 * kMin, due, 2)}));
        QVERIFY(!card(board, u"DSP-7"_s)->text().contains(u"overdue"_s));
        QVERIFY(board.instructionBanner()->text().contains(u"No instruction waiting"_s));

        // Without an injected clock: the snapshot's time plus the time since it arrived.
        ui::DispatchBoard live;
        live.show();
        live.setSnapshot(snapshot({order(u"DSP-8"_s, u"open"_s, kNow, kNow + 10 * kMin, 0)}));
        QVERIFY(card(live, u"DSP-8"_s)->text().contains(u"due in 10:00"_s));
        QTRY_VERIFY_WITH_TIMEOUT(card(live, u"DSP-8"_s)->text().contains(u"due in 09:5"_s), 5000);
    }

    void escalationBadges()
    {
        ui::DispatchBoard board;
        board.show();
        board.setNowSource([] { return kNow; });
        board.setSnapshot(snapshot({order(u"DSP-1"_s, u"open"_s, kNow - 9 * kMin, kNow + kMin, 1),
                                    order(u"DSP-2"_s, u"assigned"_s, kNow - 11 * kMin, kNow - kMin, 2),
                                    order(u"DSP-3"_s, u"responding"_s, kNow - 16 * kMin, kNow - 6 * kMin, 3),
                                    order(u"DSP-4"_s, u"assigned"_s, kNow - 30 * kMin, kNow - 20 * kMin, 4),
                                    order(u"DSP-5"_s, u"open"_s, kNow, kNow + 10 * kMin, 0)}));
        const QStringList labels = {u"DUE SOON"_s, u"OVERDUE 1st"_s, u"OVERDUE 2nd"_s, u"OVERDUE 3rd"_s};
        QList<QImage> badges;
        for (int level = 1; level <= 4; ++level) {
            QListWidgetItem *item = card(board, u"DSP-%1"_s.arg(level));
            QVERIFY(item);
            QVERIFY2(item->text().contains(labels[level - 1]), qPrintable(item->text()));
            QVERIFY2(item->text().contains(ui::escalationGlyph(level)), qPrintable(item->text()));
            QVERIFY(!item->icon().isNull());
            QCOMPARE(item->data(Qt::UserRole + 3).toInt(), level);
            badges << item->icon().pixmap(22, 22).toImage();
        }
        for (int i = 0; i < badges.size(); ++i)
            for (int j = i + 1; j < badges.size(); ++j)
                QVERIFY2(badges[i] != badges[j], "every level has its own badge");
        QListWidgetItem *calm = card(board, u"DSP-5"_s);
        QVERIFY(calm->icon().isNull());
        QVERIFY(!calm->text().contains(u"OVERDUE"_s) && !calm->text().contains(u"DUE SOON"_s));
        // The badge's shape differs, not only its colour: the level-2 triangle leaves the top corners empty.
        const QImage tri = badges[1];
        QCOMPARE(tri.pixelColor(2, 2).alpha(), 0);
        QVERIFY(badges[3].pixelColor(11, 2).alpha() > 0); // the octagon reaches the top edge's middle
    }

    void checklistThroughRealWidgets()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString code;
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, now);
            const rules::RuleSet set = rules::loadRules(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/config/rules-default.json"));
            ManualClock clock(now);
            ServiceContext sys{*db, Actor::system(u"telemetry"_s), &clock};
            for (const rules::Rule &r : set.rules)
                if (r.id == u"casting-co-fan"_s)
                    code = TelemetryService(sys).raiseFromRule(r, now, u"CH2.CO_ppm"_s, 70).orderCode;
        }
        QVERIFY(!code.isEmpty());

        QThread thread;
        auto *worker = new ui::DataWorker;
        worker->moveToThread(&thread);
        thread.start();
        ui::DispatchBoard board;
        board.resize(1500, 600);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.setDataWorker(worker);
        int snapshots = 0;
        connect(worker, &ui::DataWorker::snapshotReady, &board, [&](const ui::SnapshotPtr &s) {
            board.setSnapshot(s);
            ++snapshots;
        });
        QString failure;
        connect(worker, &ui::DataWorker::failed, &board, [&](const QString &m) { failure = m; });
        const QString url = t.url();
        QMetaObject::invokeMethod(worker, [worker, url] { worker->open(url, false, u"demo.dispatcher"_s, u"a long enough password"_s); });
        QTRY_VERIFY2_WITH_TIMEOUT(snapshots > 0, qPrintable(failure), 20000);

        // Select the order's card with the mouse: the side panel shows its six steps.
        QListWidgetItem *item = card(board, code);
        QVERIFY(item);
        QListWidget *list = item->listWidget();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        ui::OrderProcedurePanel *panel = board.procedurePanel();
        QCOMPARE(panel->order(), code);
        QCOMPARE(panel->stepList()->count(), 6);
        QCOMPARE(panel->stepList()->currentRow(), 0); // the first open step
        // The step in the workstation's language only (English here), the other language in its tooltip.
        QVERIFY2(panel->stepList()->item(0)->text().contains(u"Stop pouring"_s) && !panel->stepList()->item(0)->text().contains(u"停止浇注"_s),
                 qPrintable(panel->stepList()->item(0)->text()));
        QVERIFY2(panel->stepList()->item(0)->toolTip().contains(u"停止浇注"_s), qPrintable(panel->stepList()->item(0)->toolTip()));
        QVERIFY(panel->doneButton()->isEnabled());
        QVERIFY(!panel->skipButton()->isEnabled()); // no reason yet

        // Step 2 first (out of order), with the Done button.
        QListWidget *steps = panel->stepList();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(steps->item(1)).center());
        QCOMPARE(steps->currentRow(), 1);
        QTest::mouseClick(panel->doneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->stepList()->count() == 6 && panel->stepList()->item(1)->text().contains(u"done"_s), 10000);
        QVERIFY2(panel->stepList()->item(1)->text().contains(u"demo.dispatcher"_s) && panel->stepList()->item(1)->text().contains(u"out of order"_s),
                 qPrintable(panel->stepList()->item(1)->text()));
        QTRY_VERIFY(card(board, code) && card(board, code)->text().contains(u"1/6 steps"_s));

        // Skip step 3 with a reason typed into the panel: the CH2 supervisor is told.
        steps = panel->stepList();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(steps->item(2)).center());
        QTest::keyClicks(panel->reasonEdit(), u"standby fan under maintenance"_s);
        QVERIFY(panel->skipButton()->isEnabled());
        QTest::mouseClick(panel->skipButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->stepList()->item(2)->text().contains(u"SKIPPED"_s), 10000);
        QVERIFY(panel->stepList()->item(2)->text().contains(u"standby fan under maintenance"_s));
        QTRY_VERIFY(panel->statusLabel()->text().contains(u"demo.supervisor.ch2"_s));
        QVERIFY(panel->reasonEdit()->text().isEmpty());
        QTRY_COMPARE(panel->tabs()->tabText(1), u"Skipped steps (1)"_s);

        // What the store holds: written by the data thread, audited, the supervisor notified.
        QMetaObject::invokeMethod(worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        {
            auto db = t.open();
            QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'order.step' AND object_id = ? AND actor = 'demo.dispatcher'"_s,
                                {code}).toInt(), 2);
            QCOMPARE(db->scalar(u"SELECT out_of_order FROM order_steps WHERE seq = 2"_s).toInt(), 1);
            QCOMPARE(db->scalar(u"SELECT skip_reason FROM order_steps WHERE seq = 3"_s).toString(), u"standby fan under maintenance"_s);
            QCOMPARE(db->scalar(u"SELECT recipient FROM notifications WHERE object_id = ?"_s, {code}).toString(), u"demo.supervisor.ch2"_s);
        }
        thread.quit();
        thread.wait();
        delete worker;
    }
};

QTEST_MAIN(TestDispatchProceduresUi)
#include "tst_dispatch_procedures_ui.moc"
