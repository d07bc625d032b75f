// SPDX-License-Identifier: Apache-2.0
// Issue #16 item 4: Administration → Alarm flood settings… with real mouse and keyboard events under Xvfb, on a
// store with the demo site's areas. The EHS manager opens it from the menu, types the limit and the window,
// names the whole-site position as the casting desk over CH2, adds a utilities desk over UT1 and TF1 (areas
// checked in the site's list); a position left without a code is refused by the service and the refusal shows
// in the dialog, nothing saved; after removing it the save is stored and audited under the EHS manager. For a
// dispatcher the entry is disabled, saying why, and the service refuses the dialog's save (rules.edit).
#include "../telemetry/TelemetryFixture.h"
#include "modules/telemetry/logic/AlarmFlood.h"
#include "modules/telemetry/ui/AlarmFloodDialog.h"
#include "platform/store/Database.h"
#include "shell/MainWindow.h"
#include "TestDb.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QString kPassword = u"a long enough password"_s;

/// Signs the window in and waits for its first snapshot.
bool signIn(ui::MainWindow &w, const QString &url, const QString &user)
{
    QSignalSpy failed(&w, &ui::MainWindow::storeFailed), shown(&w, &ui::MainWindow::snapshotShown);
    w.openStore(url, false, user, kPassword);
    w.resize(1400, 860);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    if (!QTest::qWaitFor([&] { return shown.count() > 0 || failed.count() > 0; }, 60'000))
        qWarning() << "no snapshot within 60 s";
    if (failed.count() > 0)
        qWarning() << "sign-in failed:" << failed.at(0).at(0).toString();
    return failed.count() == 0 && shown.count() > 0;
}

/// Opens Administration with the mouse and clicks the flood entry; false if the popup never showed.
bool clickFloodEntry(ui::MainWindow &w)
{
    QMenuBar *bar = w.menuBar();
    auto *menu = bar->findChild<QMenu *>(u"administrationMenu"_s);
    auto *action = w.findChild<QAction *>(u"openAlarmFloodSettings"_s);
    if (!menu || !action)
        return false;
    for (int attempt = 0; attempt < 5 && !menu->isVisible(); ++attempt) { // a loaded machine: click until it shows
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        if (QTest::qWaitFor([menu] { return menu->isVisible(); }, 3000))
            break;
    }
    if (!menu->isVisible())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

/// Types `text` into cell (row, column) of the table: double click opens the editor, Return commits.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    const QRect rect = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QWidget *editor = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (editor = QApplication::focusWidget()) && table->isAncestorOf(editor) && editor != table->viewport(); },
                            5000));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

/// Checks (or unchecks) the site's area `code` in the list with the keyboard: a click selects it, Space toggles.
void toggleArea(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code) {
            const Qt::CheckState before = list->item(i)->checkState();
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            QTRY_COMPARE(list->currentRow(), i);
            if (list->item(i)->checkState() == before) // the click landed on the text, not on the box
                QTest::keyClick(list, Qt::Key_Space);
            QVERIFY(list->item(i)->checkState() != before);
            return;
        }
    QFAIL(qPrintable(u"no area "_s + code));
}

void typeNumber(QSpinBox *box, int value)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}
} // namespace

class TestAlarmFloodUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ehsManagerSetsTheFloodSettings()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        }
        const auto count = [&](const QString &sql) { return t.open()->scalar(sql).toInt(); };
        const int auditsBefore = count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.flood_settings'"_s);
        ui::MainWindow w;
        QAction *entry = w.findChild<QAction *>(u"openAlarmFloodSettings"_s);
        QVERIFY(entry);
        QVERIFY(!entry->isEnabled()); // nobody signed in yet
        QVERIFY(signIn(w, t.url(), u"demo.ehs"_s));
        QTRY_VERIFY(entry->isEnabled());
        QVERIFY(clickFloodEntry(w));
        ui::AlarmFloodDialog *d = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((d = w.findChild<ui::AlarmFloodDialog *>()) && d->isVisible(), 5000);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QTableWidget *table = d->positionsTable();
        QTRY_VERIFY_WITH_TIMEOUT(d->saveButton()->isEnabled(), 10'000); // loaded
        QCOMPARE(d->alarmsBox()->value(), 10);
        QCOMPARE(d->windowBox()->value(), 600);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"site"_s);
        QVERIFY(d->areasList()->count() >= 3); // the site's areas

        typeNumber(d->alarmsBox(), 3);
        typeNumber(d->windowBox(), 300);
        typeInCell(table, 0, 0, u"casting"_s);
        typeInCell(table, 0, 1, u"Casting desk"_s);
        toggleArea(d->areasList(), u"CH2"_s);
        QCOMPARE(table->item(0, 2)->text(), u"CH2"_s);

        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_COMPARE(table->rowCount(), 2);
        QWidget *editor = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (editor = QApplication::focusWidget()) && table->isAncestorOf(editor) && editor != table->viewport(); }, 5000));
        QTest::keyClicks(editor, u"utilities"_s); // Add opens the code for typing
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(1, 0)->text(), u"utilities"_s);
        typeInCell(table, 1, 1, u"Utilities desk"_s);
        toggleArea(d->areasList(), u"UT1"_s);
        toggleArea(d->areasList(), u"TF1"_s);
        QStringList shownAreas = table->item(1, 2)->text().split(u", "_s);
        shownAreas.sort();
        QCOMPARE(shownAreas, (QStringList{u"TF1"_s, u"UT1"_s})); // in the site's order

        // A third position left without a code: the service refuses, the dialog says so and stays open.
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_COMPARE(table->rowCount(), 3);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(u"position #3"_s), 10'000);
        QVERIFY2(d->statusLabel()->text().contains(u"field 'code'"_s), qPrintable(d->statusLabel()->text()));
        QVERIFY(d->isVisible());
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.flood_settings'"_s), auditsBefore);
        QTRY_VERIFY(d->saveButton()->isEnabled());

        const QRect third = table->visualItemRect(table->item(2, 2));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, third.center());
        QTest::mouseClick(d->removeButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QSignalSpy saved(d, &ui::AlarmFloodDialog::saved);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10'000);
        QVERIFY2(d->statusLabel()->text().contains(u"3"_s), qPrintable(d->statusLabel()->text()));

        // In the store, audited under the EHS manager.
        const FloodSettings s = FloodSettings::load(*t.open());
        QCOMPARE(s.alarms, 3);
        QCOMPARE(s.windowMs, 300'000);
        QCOMPARE(s.positions.size(), 2);
        QCOMPARE(s.positions[0].code, u"casting"_s);
        QCOMPARE(s.positions[0].name, u"Casting desk"_s);
        QCOMPARE(s.positions[0].areas, QStringList{u"CH2"_s});
        QCOMPARE(s.positions[1].code, u"utilities"_s);
        QStringList stored = s.positions[1].areas;
        stored.sort();
        QCOMPARE(stored, (QStringList{u"TF1"_s, u"UT1"_s}));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'telemetry.flood_settings' AND actor = 'demo.ehs'"_s),
                 auditsBefore + 1);

        // Opened again, the dialog shows what is stored.
        d->close();
        QVERIFY(clickFloodEntry(w));
        QTRY_VERIFY_WITH_TIMEOUT(d->isVisible() && d->saveButton()->isEnabled() && d->positionsTable()->rowCount() == 2, 10'000);
        QCOMPARE(d->alarmsBox()->value(), 3);
        QCOMPARE(d->positionsTable()->item(1, 1)->text(), u"Utilities desk"_s);
    }

    void dispatcherIsRefused()
    {
        test::TestDb t(Backend::Sqlite);
        QVERIFY(t.available());
        {
            auto db = t.open();
            test::loadTelemetrySite(*db, QDateTime::currentMSecsSinceEpoch());
        }
        ui::MainWindow w;
        QAction *entry = w.findChild<QAction *>(u"openAlarmFloodSettings"_s);
        QVERIFY(entry);
        QVERIFY(signIn(w, t.url(), u"demo.dispatcher"_s));
        QTRY_VERIFY(entry->toolTip().contains(u"rules.edit"_s)); // set once the sign-in is reported
        QVERIFY(!entry->isEnabled());
        // Opened anyway (the service is what decides): the save is refused, in the dialog.
        ui::AlarmFloodDialog *d = ui::AlarmFloodDialog::openFor(&w);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QTRY_VERIFY_WITH_TIMEOUT(d->saveButton()->isEnabled(), 10'000);
        typeNumber(d->alarmsBox(), 4);
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(u"rules.edit"_s), 10'000);
        QCOMPARE(FloodSettings::load(*t.open()).alarms, 10);
    }
};

QTEST_MAIN(TestAlarmFloodUi)
#include "tst_alarm_flood_ui.moc"
