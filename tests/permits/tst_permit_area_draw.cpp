// SPDX-License-Identifier: Apache-2.0
// Issue 17 item 7: the applicant draws the permit's work area on the site plan of a plant's own layout (not
// the demo), with real mouse and key events on the drawing view: clicks a few pixels off equipment and
// structures land exactly on them, a click outside the site is not taken, Backspace undoes, a double-click
// closes; the typed polygon field and the stored draft carry the drawn corners, editing the typed field
// redraws, and a self-intersecting drawing is refused with a message, Esc putting the field back.
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitEditor.h"
#include "modules/permits/ui/PermitPanel.h"
#include "PermitFixture.h"
#include "platform/util/Clock.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;
using test::PermitFixture;

namespace {

// A foundry's own layout: a melt shop (CA1) with a furnace hall B-1 and an argon tank T-1, a yard; a pump
// P-101 at a position no free click would round to, and a ladle car E-2.
const char kLayout[] = R"({
  "format": "guardline-site-layout", "version": 1,
  "site": {"code": "FOUNDRY-3", "name": "River foundry", "timezone": "Asia/Shanghai", "origin": {"lat": 30.2, "lon": 120.1}},
  "areas": [
    {"code": "CA1", "name": "Melt shop", "kind": "process", "risk": "orange",
     "polygon": [[0, 0], [120, 0], [120, 80], [0, 80]], "z_min": 0, "z_max": 20},
    {"code": "YD1", "name": "Scrap yard", "kind": "storage", "risk": "blue",
     "polygon": [[120, 0], [160, 0], [160, 80], [120, 80]], "z_min": 0, "z_max": 10}
  ],
  "structures": [
    {"code": "B-1", "area": "CA1", "name": "Furnace hall", "kind": "building", "footprint": [[20, 20], [40, 20], [40, 35], [20, 35]], "height": 12},
    {"code": "T-1", "area": "CA1", "name": "Argon tank", "kind": "tank", "center": [85, 55], "radius": 6, "height": 10}
  ],
  "equipment": [
    {"code": "P-101", "qr": "FD-0001", "name": "Cooling water pump", "kind": "pump", "area": "CA1", "position": [52.5, 41.25, 0]},
    {"code": "E-2", "qr": "FD-0002", "name": "Ladle car", "kind": "vehicle", "area": "CA1", "position": [60, 20, 0]}
  ],
  "cameras": [], "sensors": []
})";

/// The widget position of a site point, through the view's own transform, moved by `off` pixels.
QPoint screenOf(ui::AreaDrawView *v, double x, double y, QPoint off = {}) { return v->worldToScreen().map(QPointF(x, y)).toPoint() + off; }

void click(ui::AreaDrawView *v, double x, double y, QPoint off = {}) { QTest::mouseClick(v, Qt::LeftButton, {}, screenOf(v, x, y, off)); }

} // namespace

class TestPermitAreaDraw : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drawSnapUndoCloseSaveAndRefuse()
    {
        PermitFixture f(Backend::Sqlite, QByteArray(kLayout));
        // The clock is pinned during HW-1's work, so it is active: a SIMOPS neighbour on the plan.
        gl::setProcessClock(std::make_shared<ManualClock>(f.t0 + 3600'000));
        struct Restore {
            ~Restore() { gl::setProcessClock(nullptr); }
        } restore;
        f.makeActive(f.input(u"HW-1"_s, u"hot_work"_s, u"level2"_s, f.t0, 8, 95, 10));
        const QString expected = u"40, 20; 60, 20; 52.5, 41.25; 40, 35"_s;
        const QString typed = u"40, 20; 60, 20; 52.5, 41.25; 45, 38"_s;

        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(f.url(), false, u"coord"_s, u"a long enough password"_s);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(60'000));
        auto *panel = w.findChild<ui::PermitPanel *>();
        QVERIFY(panel);
        ui::PermitEditor *e = panel->newPermit();
        QVERIFY(QTest::qWaitForWindowExposed(e));
        e->typeBox()->setCurrentIndex(e->typeBox()->findData(u"hot_work"_s));
        e->gradeBox()->setCurrentIndex(e->gradeBox()->findData(u"level2"_s));
        e->areaBox()->setCurrentIndex(e->areaBox()->findData(u"CA1"_s));
        QTest::keyClicks(e->codeEdit(), u"HW-20"_s);
        QTest::keyClicks(e->titleEdit(), u"weld the rail of the ladle car"_s);
        const QDateTime start(QDate(2026, 3, 2), QTime(10, 0));
        e->startEdit()->setDateTime(start);
        e->endEdit()->setDateTime(start.addSecs(4 * 3600));

        // "Draw on plan…" next to the typed field opens the drawing.
        QTRY_VERIFY_WITH_TIMEOUT(e->drawButton()->isEnabled(), 20'000);
        QTest::mouseClick(e->drawButton(), Qt::LeftButton);
        ui::AreaDrawDialog *d = e->areaDrawDialog();
        QVERIFY(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        ui::AreaDrawView *v = d->view();
        QCOMPARE(v->snapshot()->site.name, u"River foundry"_s); // the plant's own layout
        QTRY_VERIFY_WITH_TIMEOUT(v->neighbours().contains(u"HW-1"_s), 20'000);
        QVERIFY(v->corners().isEmpty());

        // A click outside the site (the plan's margin, x < 0) is not a corner, and says why.
        click(v, -6, 86);
        QVERIFY(v->corners().isEmpty());
        QVERIFY2(d->messageLabel()->text().contains(u"outside the site"_s), qPrintable(d->messageLabel()->text()));

        // Clicks a few pixels off a structure's corner and off equipment land exactly on them.
        click(v, 40, 20, QPoint(3, -2)); // B-1's south-east corner
        click(v, 60, 20, QPoint(-3, 3)); // ladle car E-2
        QCOMPARE(v->corners(), site::Polygon({{40, 20}, {60, 20}}));
        QVERIFY2(d->messageLabel()->text().contains(u"E-2"_s), qPrintable(d->messageLabel()->text()));
        // 4 px north of B-1's north wall, mid-way: onto the wall (y exactly 35); Backspace undoes it.
        click(v, 30, 35, QPoint(0, -4));
        QCOMPARE(v->corners().size(), 3);
        QVERIFY2(v->corners().at(2).y() == 35.0, qPrintable(QString::number(v->corners().at(2).y(), 'g', 17)));
        QVERIFY(qAbs(v->corners().at(2).x() - 30) < 0.5);
        QTest::keyClick(v, Qt::Key_Backspace);
        QCOMPARE(v->corners(), site::Polygon({{40, 20}, {60, 20}}));
        // A free click, far from everything: where the view's inverse transform puts it, to the decimetre.
        const QPoint free = screenOf(v, 70, 70);
        click(v, 70, 70);
        const QPointF raw = v->worldToScreen().inverted().map(QPointF(free));
        QCOMPARE(v->corners().size(), 3);
        QVERIFY(qAbs(v->corners().at(2).x() - raw.x()) <= 0.05 + 1e-9 && qAbs(v->corners().at(2).y() - raw.y()) <= 0.05 + 1e-9);
        QTest::keyClick(v, Qt::Key_Backspace);
        click(v, 52.5, 41.25, QPoint(4, 3)); // pump P-101
        QCOMPARE(v->corners().size(), 3);
        QCOMPARE(v->corners().at(2), QPointF(52.5, 41.25));
        QVERIFY(!v->isClosed());
        QCOMPARE(d->cornersEdit()->text(), u"40, 20; 60, 20; 52.5, 41.25"_s); // the drawing fills the typed corners
        QVERIFY(e->polygonEdit()->text().isEmpty());                            // the permit's only once closed

        // Hovering near B-1's north-east corner shows where the click will land (for the screenshot).
        QMouseEvent hover(QEvent::MouseMove, QPointF(screenOf(v, 40, 35, QPoint(2, -3))), v->mapToGlobal(QPointF(screenOf(v, 40, 35, QPoint(2, -3)))),
                          Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(v, &hover);
        if (qEnvironmentVariableIsSet("GUARDLINE_KEEP_SCREENSHOTS"))
            d->grab().save(qEnvironmentVariable("GUARDLINE_KEEP_SCREENSHOTS") + u"/area-draw.png"_s);

        // A double-click a few pixels off B-1's north-east corner: the last corner, and the area is closed.
        QTest::mouseDClick(v, Qt::LeftButton, {}, screenOf(v, 40, 35, QPoint(2, -3)));
        QVERIFY(v->isClosed());
        QCOMPARE(v->corners(), site::Polygon({{40, 20}, {60, 20}, {52.5, 41.25}, {40, 35}}));
        QCOMPARE(d->cornersEdit()->text(), expected);
        QCOMPARE(e->polygonEdit()->text(), expected);
        QVERIFY(d->doneButton()->isEnabled());
        QTest::mouseClick(d->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(!d->isVisible());

        // The draft is stored with the drawn polygon, in the contract's form (CONTRACTS.md 6.3).
        QVERIFY2(e->saveButton()->isEnabled(), qPrintable(e->problemsLabel()->text()));
        QSignalSpy saved(e, &ui::PermitEditor::saved);
        QTest::mouseClick(e->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20'000));
        QCOMPARE(f.permits().card(u"HW-20"_s).permit.polygon, site::Polygon({{40, 20}, {60, 20}, {52.5, 41.25}, {40, 35}}));
        QCOMPARE(f.db().scalar(u"SELECT polygon FROM permits WHERE code = 'HW-20'"_s).toString(), u"[[40,20],[60,20],[52.5,41.25],[40,35]]"_s);
        QTRY_COMPARE_WITH_TIMEOUT(e->card().permit.state, u"draft"_s, 20'000);

        // Drawn again: the typed polygon is the drawing; typing in the permit's field redraws it.
        QTest::mouseClick(e->drawButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QVERIFY(v->isClosed());
        QCOMPARE(v->corners(), site::Polygon({{40, 20}, {60, 20}, {52.5, 41.25}, {40, 35}}));
        QVERIFY(!v->neighbours().contains(u"HW-20"_s));
        e->polygonEdit()->selectAll();
        QTest::keyClicks(e->polygonEdit(), typed);
        QCOMPARE(v->corners(), site::Polygon({{40, 20}, {60, 20}, {52.5, 41.25}, {45, 38}}));
        QVERIFY(v->isClosed());
        QCOMPARE(d->cornersEdit()->text(), typed);

        // A self-intersecting drawing (a bow tie) is refused with a message, and the permit's field keeps its area.
        QTest::mouseClick(d->clearButton(), Qt::LeftButton);
        QVERIFY(v->corners().isEmpty());
        click(v, 70, 64);
        click(v, 100, 76);
        click(v, 100, 64);
        click(v, 70, 76);
        QCOMPARE(v->corners().size(), 4);
        QTest::keyClick(v, Qt::Key_Return);
        QVERIFY(!v->isClosed());
        QVERIFY2(d->messageLabel()->text().contains(u"edges cross"_s), qPrintable(d->messageLabel()->text()));
        QVERIFY(!d->doneButton()->isEnabled());
        QCOMPARE(e->polygonEdit()->text(), typed);
        // Typed in the drawing's field: the same refusal.
        d->cornersEdit()->selectAll();
        QTest::keyClicks(d->cornersEdit(), u"70, 64; 100, 76; 100, 64; 70, 76"_s);
        QVERIFY2(d->messageLabel()->text().contains(u"edges cross"_s), qPrintable(d->messageLabel()->text()));
        QTest::keyClick(d->cornersEdit(), Qt::Key_Return);
        QCOMPARE(e->polygonEdit()->text(), typed);
        QVERIFY(d->isVisible());
        // Valid typed corners redraw at once and reach the permit's field with Enter.
        d->cornersEdit()->selectAll();
        QTest::keyClicks(d->cornersEdit(), u"70, 64; 100, 64; 100, 76; 70, 76"_s);
        QCOMPARE(v->corners(), site::Polygon({{70, 64}, {100, 64}, {100, 76}, {70, 76}}));
        QVERIFY(v->isClosed());
        QCOMPARE(e->polygonEdit()->text(), typed);
        QTest::keyClick(d->cornersEdit(), Qt::Key_Return);
        QCOMPARE(e->polygonEdit()->text(), u"70, 64; 100, 64; 100, 76; 70, 76"_s);
        QVERIFY(d->isVisible());
        // Fewer than 3 corners cannot be closed either.
        QTest::mouseClick(d->clearButton(), Qt::LeftButton);
        click(v, 70, 64);
        click(v, 100, 76);
        QTest::mouseDClick(v, Qt::LeftButton, {}, screenOf(v, 100, 76));
        QVERIFY(!v->isClosed());
        QVERIFY2(d->messageLabel()->text().contains(u"at least 3 corners"_s), qPrintable(d->messageLabel()->text()));
        // A third corner, then a click a few pixels off the first one closes the area without a new corner.
        click(v, 100, 64);
        const site::Polygon triangle = v->corners();
        QCOMPARE(triangle.size(), 3);
        QTest::mouseClick(v, Qt::LeftButton, {}, QTransform(v->worldToScreen()).map(triangle.first()).toPoint() + QPoint(3, 2));
        QVERIFY(v->isClosed());
        QCOMPARE(v->corners(), triangle);
        QCOMPARE(e->polygonEdit()->text(), ui::cornersText(triangle));

        // Esc cancels: the permit's field is back as it was when the drawing opened.
        QTest::keyClick(v, Qt::Key_Escape);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(e->polygonEdit()->text(), expected);
        QCOMPARE(f.permits().card(u"HW-20"_s).permit.polygon, site::Polygon({{40, 20}, {60, 20}, {52.5, 41.25}, {40, 35}}));
        e->close();
    }
};

QTEST_MAIN(TestPermitAreaDraw)
#include "tst_permit_area_draw.moc"
