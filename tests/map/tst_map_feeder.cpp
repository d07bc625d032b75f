// SPDX-License-Identifier: Apache-2.0
// The map as the command center feeds it (MapFeeder) from synthetic snapshots under Xvfb: a click opens the
// details panel with the object's fields, its actions emit the (kind, code) MainWindow routes to showObject,
// the people layer comes from Snapshot::onSite, a new hazard appears on the next snapshot without a rebuild of
// the scene, permits follow the time slider with their SIMOPS conflicts, alarmed sensors get their halo; the
// map's toolbar (views, layer toggles kept in QSettings, the Ctrl+K code search) and live values on sensors.
#include "../GuiTest.h"
#include "demo/DemoLayout.h"
#include "modules/map/MapDetailsPanel.h"
#include "modules/map/MapRender.h"
#include "modules/map/MapTimeSlider.h"
#include "modules/map/PlantMapView.h"
#include "shell/MapFeeder.h"

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCamera.h>
#include <vtkDataObject.h>
#include <vtkMapper.h>
#include <vtkRenderer.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gl;
using gl::map::PlantMapView;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Now = 1772416800000; // 2026-03-02 02:00 UTC, 10:00 in Shanghai

Table hazards(const QList<QVariantList> &rows)
{
    return {{u"code"_s, u"category"_s, u"grade"_s, u"state"_s, u"area"_s, u"equipment"_s, u"description"_s, u"reported_at"_s,
             u"deadline_at"_s, u"assignee"_s, u"x"_s, u"y"_s, u"z"_s, u"row_version"_s},
            rows};
}

QVariantList hazard(const QString &code, double x, double y, const QString &grade = u"general"_s, qint64 deadline = Now + 24 * Hour)
{
    return {code, u"housekeeping"_s, grade, u"open"_s, u"CA1"_s, QVariant(), QString(u"Leaking flange at "_s + code), Now - 2 * Hour,
            deadline, u"Wang Fang"_s, x, y, 0.0, 1};
}

QVariantList permitRow(const QString &code, const QString &type, const QString &contractor, QRectF r, qint64 from, qint64 to,
                       const QString &state = u"approved"_s)
{
    const QString poly = u"[[%1,%2],[%3,%2],[%3,%4],[%1,%4]]"_s.arg(r.left()).arg(r.top()).arg(r.right()).arg(r.bottom());
    return {code, type, u"special"_s, state, contractor, u"CA1"_s, QString(u"Work "_s + code), from, to, 2, poly, 0.0, 6.0, 1};
}

/// `s` with the typed rows of its tables, as the data thread builds them (what the map reads).
ui::SnapshotPtr typed(std::shared_ptr<ui::Snapshot> s)
{
    s->hazardRows = HazardRow::fromTable(s->hazards);
    s->permitRows = PermitRow::fromTable(s->permits);
    s->alarmRows = AlarmRow::fromTable(s->alarms);
    s->onSiteRows = PersonOnSite::fromTable(s->onSite);
    return s;
}

std::shared_ptr<ui::Snapshot> baseSnapshot()
{
    auto s = std::make_shared<ui::Snapshot>();
    s->layout = demo::demoLayout();
    s->timeZone = QTimeZone("Asia/Shanghai");
    s->takenAt = Now;
    s->hazards = hazards({hazard(u"HZ-0001"_s, 150, 120, u"major"_s, Now - Hour)});
    s->permits = {{u"code"_s, u"type"_s, u"grade"_s, u"state"_s, u"contractor"_s, u"area"_s, u"title"_s, u"starts_at"_s, u"ends_at"_s,
                   u"workers"_s, u"polygon"_s, u"z_min"_s, u"z_max"_s, u"row_version"_s},
                  {permitRow(u"HW-0001"_s, u"hot_work"_s, u"CT-001"_s, {400, 170, 30, 10}, Now - Hour, Now + 3 * Hour, u"active"_s),
                   // 10 m away, other contractor, overlapping only from Now+2h: a SIMOPS conflict then
                   permitRow(u"CS-0002"_s, u"confined_space"_s, u"CT-002"_s, {440, 170, 10, 10}, Now + 2 * Hour, Now + 6 * Hour),
                   permitRow(u"WH-0003"_s, u"work_at_height"_s, u"own"_s, {240, 265, 20, 20}, Now - 30 * Hour, Now - 25 * Hour, u"closed"_s),
                   permitRow(u"DR-0004"_s, u"excavation"_s, u"own"_s, {500, 60, 10, 10}, Now, Now + Hour, u"draft"_s)}};
    s->alarms = {{u"id"_s, u"severity"_s, u"state"_s, u"rule"_s, u"tag"_s, u"area"_s, u"message"_s, u"raised_at"_s, u"acked_by"_s,
                  u"row_version"_s},
                 {{1, u"critical"_s, u"unacknowledged"_s, u"R1"_s, u"CA1.CL2_K201"_s, u"CA1"_s, u"Cl2 12 ppm > 10"_s, Now - 60000, QVariant(), 1}}};
    s->cameras = {{u"code"_s, u"name"_s, u"area"_s}, {}};
    s->onSite = {{u"code"_s, u"name"_s, u"contractor"_s, u"x"_s, u"y"_s, u"at"_s},
                 {{u"W-0001"_s, u"Zhang Wei"_s, u"CT-001"_s, 350.0, 120.0, Now - 3 * Hour},
                  {u"W-0002"_s, u"Li Na"_s, u"CT-002"_s, 520.0, 200.0, Now - Hour},
                  {u"W-0003"_s, u"No Fix"_s, u"CT-002"_s, QVariant(), QVariant(), Now - Hour}}};
    s->conflicts = permitTableConflicts(s->permits, s->takenAt, siteSimopsRules()); // as DataWorker::refresh does
    return s;
}

} // namespace

class TstMapFeeder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_window.reset(); }
    void clickShowsDetailsAndActionsEmitKindAndCode_data();
    void clickShowsDetailsAndActionsEmitKindAndCode();
    void peopleFromTheSnapshot();
    void newHazardAppearsWithoutRebuild();
    void permitsFollowTheSliderWithConflicts();
    void toolbarSwitchesViewsAndKeepsLayers();
    void searchFliesToTheCodeAndSelectsIt_data();
    void searchFliesToTheCodeAndSelectsIt();
    void searchRefusesAnUnknownCode();
    void followFliesToTheNewestUnacknowledgedAlarm();
    void everySensorShowsItsLiveValue();

private:
    QToolButton *toolButton(const QString &name) const
    {
        return m_feeder->widget()->findChild<QToolButton *>(name + u"Button"_s);
    }
    bool centredOn(const QString &code) const
    {
        const auto target = m_view->locate(code);
        if (!target)
            return false;
        const QPointF c = m_view->worldToWidget(target->x, target->y, target->z);
        return std::abs(c.x() - m_view->width() / 2.0) < 3 && std::abs(c.y() - m_view->height() / 2.0) < 3;
    }

    QImage grab() { return map::renderToImage(*m_view, m_view->size()); }

    std::unique_ptr<QWidget> m_window;
    ui::MapFeeder *m_feeder = nullptr;
    PlantMapView *m_view = nullptr;
    map::MapDetailsPanel *m_details = nullptr;
    map::MapTimeSlider *m_slider = nullptr;
};

void TstMapFeeder::init()
{
    QSettings().remove(u"map"_s); // each test starts with every layer shown
    m_window = std::make_unique<QWidget>();
    m_feeder = ui::MapFeeder::create(m_window.get());
    QVERIFY(m_feeder);
    m_feeder->widget()->setParent(m_window.get());
    m_feeder->widget()->resize(1400, 800);
    m_window->resize(1400, 800);
    m_view = m_feeder->widget()->findChild<PlantMapView *>();
    m_details = m_feeder->widget()->findChild<map::MapDetailsPanel *>();
    m_slider = m_feeder->widget()->findChild<map::MapTimeSlider *>();
    QVERIFY(m_view && m_details && m_slider);
    m_view->setPulseEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_feeder->setSnapshot(typed(baseSnapshot()));
    m_feeder->setView(u"top"_s);
    QVERIFY(!m_details->isVisible());
}

void TstMapFeeder::clickShowsDetailsAndActionsEmitKindAndCode_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QPointF>("where"); // site metres
    QTest::addColumn<double>("z");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("emittedKind");
    QTest::addColumn<QString>("emittedCode");
    QTest::newRow("hazard") << u"hazard"_s << u"HZ-0001"_s << QPointF(150, 120) << 1.0 << u"Grade"_s << u"major"_s
                            << u"open"_s << u"hazard"_s << u"HZ-0001"_s;
    QTest::newRow("permit") << u"permit"_s << u"HW-0001"_s << QPointF(415, 175) << 6.0 << u"Contractor"_s << u"CT-001"_s
                            << u"open"_s << u"permit"_s << u"HW-0001"_s;
    QTest::newRow("sensor") << u"sensor"_s << u"CA1.CL2_K201"_s << QPointF(152, 72) << 1.5 << u"Alarm"_s
                            << u"critical · unacknowledged · Cl2 12 ppm > 10"_s << u"open"_s << u"sensor"_s << u"CA1.CL2_K201"_s;
    QTest::newRow("person") << u"person"_s << u"W-0001"_s << QPointF(350, 120) << 0.9 << u"Contractor"_s << u"CT-001"_s
                            << u"open"_s << u"person"_s << u"W-0001"_s;
    QTest::newRow("structure → its area") << u"structure"_s << u"WH1-B1"_s << QPointF(455, 250) << 11.0 << u"Area"_s << u"WH1"_s
                                          << u"area"_s << u"area"_s << u"WH1"_s;
}

void TstMapFeeder::clickShowsDetailsAndActionsEmitKindAndCode()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QPointF, where);
    QFETCH(double, z);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, action);
    QFETCH(QString, emittedKind);
    QFETCH(QString, emittedCode);
    grab();
    QSignalSpy selected(m_feeder, &ui::MapFeeder::selected);
    QSignalSpy opened(m_feeder, &ui::MapFeeder::objectPicked);
    const QPoint at = m_view->worldToWidget(where.x(), where.y(), z).toPoint();
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), kind);
    QCOMPARE(selected.at(0).at(1).toString(), code);
    QCOMPARE(opened.size(), 0); // a click selects; opening is an action
    QVERIFY(m_details->isVisible());
    QCOMPARE(m_details->kind(), kind);
    QCOMPARE(m_details->code(), code);
    QCOMPARE(m_details->field(field), value);

    auto *button = m_details->findChild<QPushButton *>(u"action-"_s + action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), emittedKind);
    QCOMPARE(opened.at(0).at(1).toString(), emittedCode);

    // Fly to: the camera centres the object; no signal.
    auto *fly = m_details->findChild<QPushButton *>(u"action-fly"_s);
    QVERIFY(fly);
    QTest::mouseClick(fly, Qt::LeftButton);
    const auto target = m_view->locate(code);
    QVERIFY(target);
    auto centred = [&] {
        const QPointF c = m_view->worldToWidget(target->x, target->y, target->z);
        return std::abs(c.x() - m_view->width() / 2.0) < 3 && std::abs(c.y() - m_view->height() / 2.0) < 3;
    };
    QTRY_VERIFY_WITH_TIMEOUT(centred(), 10000); // a 450 ms flight; frames are slow on a loaded software renderer
    QCOMPARE(opened.size(), 1);

    // The next snapshot refreshes the panel, keeping its buttons (a click under way when the data refreshes
    // still lands); closing it forgets the object.
    const QPointer<QPushButton> kept(fly);
    m_feeder->setSnapshot(typed(baseSnapshot()));
    QCOMPARE(m_details->code(), code);
    QVERIFY(kept);
    QTest::mouseClick(m_details->findChild<QWidget *>(u"closeDetails"_s), Qt::LeftButton);
    QVERIFY(!m_details->isVisible());
}

void TstMapFeeder::peopleFromTheSnapshot()
{
    QCOMPARE(m_view->peopleCount(), 2); // W-0003 has no position: not drawn
    grab();
    QCOMPARE(m_view->pickAt(m_view->worldToWidget(520, 200, 0.9).toPoint()), (std::pair{u"person"_s, u"W-0002"_s}));
    QVERIFY(m_feeder->select(u"person"_s, u"W-0002"_s));
    QCOMPARE(m_details->title(), u"Li Na"_s);
    QCOMPARE(m_details->field(u"On site since"_s), u"2026-03-02 09:00"_s); // site-local time
    // Checked out: gone on the next snapshot.
    auto s = baseSnapshot();
    s->onSite.rows.removeFirst();
    m_feeder->setSnapshot(typed(s));
    QCOMPARE(m_view->peopleCount(), 1);
}

void TstMapFeeder::newHazardAppearsWithoutRebuild()
{
    grab();
    QCOMPARE(m_view->hazardCount(), 1);
    // The scene's data sets (structures, areas, ground, cameras, permits) before the snapshot.
    QList<vtkDataObject *> before;
    vtkActorCollection *actors = m_view->renderer()->GetActors();
    actors->InitTraversal();
    while (vtkActor *a = actors->GetNextActor())
        before << (a->GetMapper() ? a->GetMapper()->GetInputDataObject(0, 0) : nullptr);
    const vtkMTimeType structuresTime = before.isEmpty() || !before[2] ? 0 : before[2]->GetMTime();

    auto s = baseSnapshot();
    s->hazards = hazards({hazard(u"HZ-0001"_s, 150, 120, u"major"_s, Now - Hour), hazard(u"HZ-0002"_s, 470, 60)});
    m_feeder->setSnapshot(typed(s));
    QCOMPARE(m_view->hazardCount(), 2);
    const QImage img = grab();
    QCOMPARE(m_view->pickAt(m_view->worldToWidget(470, 60, 1).toPoint()), (std::pair{u"hazard"_s, u"HZ-0002"_s}));
    const QColor pin = img.pixelColor(m_view->worldToWidget(470, 60, 1).toPoint());
    QVERIFY2(pin.red() > 200 && pin.green() > 100 && pin.blue() < 80, qPrintable(pin.name())); // general: orange

    QList<vtkDataObject *> after;
    actors->InitTraversal();
    while (vtkActor *a = actors->GetNextActor())
        after << (a->GetMapper() ? a->GetMapper()->GetInputDataObject(0, 0) : nullptr);
    QCOMPARE(after, before);
    QCOMPARE(before[2] ? before[2]->GetMTime() : 0, structuresTime); // the structures were not rebuilt

    // Closed: the pin goes.
    s = baseSnapshot();
    s->hazards = hazards({hazard(u"HZ-0002"_s, 470, 60)});
    m_feeder->setSnapshot(typed(s));
    QCOMPARE(m_view->hazardCount(), 1);
    QVERIFY(!m_view->locate(u"HZ-0001"_s));
}

void TstMapFeeder::permitsFollowTheSliderWithConflicts()
{
    // Now: the active hot work only (the draft is never drawn, the closed one ended yesterday).
    QVERIFY(m_slider->isLive());
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"HW-0001"_s});
    QCOMPARE(m_view->conflictingPermitCodes(), QStringList());
    // In 2.5 h the confined-space entry 10 m away starts: both drawn, in conflict (other contractors).
    m_slider->slider()->setValue(10);
    QCOMPARE(m_slider->time(), Now + 150 * 60 * 1000);
    QCOMPARE(m_view->visiblePermitCodes(), (QStringList{u"HW-0001"_s, u"CS-0002"_s}));
    QCOMPARE(m_view->conflictingPermitCodes(), (QStringList{u"HW-0001"_s, u"CS-0002"_s}));
    QVERIFY(m_feeder->select(u"permit"_s, u"CS-0002"_s));
    QCOMPARE(m_details->field(u"Conflicts at 2026-03-02 12:30"_s), u"HW-0001"_s);
    // Yesterday 20:00 site time: the closed work at height was running then.
    m_slider->setTime(Now - 26 * Hour);
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"WH-0003"_s});
    QTest::mouseClick(m_slider->nowButton(), Qt::LeftButton);
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"HW-0001"_s});
}

void TstMapFeeder::toolbarSwitchesViewsAndKeepsLayers()
{
    QToolButton *iso = toolButton(u"mapViewIso"_s), *top = toolButton(u"mapViewTop"_s);
    QVERIFY(iso && top);
    QTest::mouseClick(iso, Qt::LeftButton);
    QCOMPARE(m_view->view(), map::View::Iso);
    QVERIFY(!m_view->renderer()->GetActiveCamera()->GetParallelProjection());
    QTest::mouseClick(top, Qt::LeftButton);
    QCOMPARE(m_view->view(), map::View::Top);
    QVERIFY(m_view->renderer()->GetActiveCamera()->GetParallelProjection());

    // Every layer has its toggle; hiding hazards hides the pins and is remembered at this workstation.
    for (int i = 0; i < map::LayerCount; ++i) {
        QToolButton *b = toolButton(u"mapLayer_"_s + map::layerKey(map::Layer(i)));
        QVERIFY2(b, qPrintable(map::layerKey(map::Layer(i))));
        QVERIFY(b->isChecked());
    }
    QToolButton *hazards = toolButton(u"mapLayer_hazard"_s);
    QVERIFY(m_view->isLayerVisible(map::Layer::Hazards));
    QVERIFY(!m_view->pickAt(m_view->worldToWidget(150, 120, 1).toPoint()).first.isEmpty());
    QTest::mouseClick(hazards, Qt::LeftButton);
    QVERIFY(!hazards->isChecked());
    QVERIFY(!m_view->isLayerVisible(map::Layer::Hazards));
    QVERIFY(m_view->isLayerVisible(map::Layer::Permits));
    grab();
    QVERIFY(m_view->pickAt(m_view->worldToWidget(150, 120, 1).toPoint()).first != u"hazard"_s); // the pin is gone
    QCOMPARE(QSettings().value(u"map/layers/hazard"_s).toBool(), false);

    // A new map (the next start of the app) starts with the hazards hidden, the rest shown.
    QWidget other;
    ui::MapFeeder *again = ui::MapFeeder::create(&other);
    QVERIFY(again);
    auto *view = again->widget()->findChild<PlantMapView *>();
    QVERIFY(view);
    QVERIFY(!view->isLayerVisible(map::Layer::Hazards));
    QVERIFY(view->isLayerVisible(map::Layer::Sensors));
    QVERIFY(!again->widget()->findChild<QToolButton *>(u"mapLayer_hazardButton"_s)->isChecked());

    QTest::mouseClick(hazards, Qt::LeftButton);
    QVERIFY(m_view->isLayerVisible(map::Layer::Hazards));
    QCOMPARE(QSettings().value(u"map/layers/hazard"_s).toBool(), true);
}

void TstMapFeeder::searchFliesToTheCodeAndSelectsIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("sensor") << u"CA1.CL2_K201"_s << u"sensor"_s << u"CA1.CL2_K201"_s;
    QTest::newRow("permit, other case") << u"hw-0001"_s << u"permit"_s << u"HW-0001"_s;
    QTest::newRow("person on site") << u"W-0002"_s << u"person"_s << u"W-0002"_s;
    QTest::newRow("area") << u"CA1"_s << u"area"_s << u"CA1"_s;
}

void TstMapFeeder::searchFliesToTheCodeAndSelectsIt()
{
    QFETCH(QString, typed);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    auto *search = m_feeder->widget()->findChild<QLineEdit *>(u"mapSearch"_s);
    QVERIFY(search);
    QVERIFY(!centredOn(code));
    m_window->activateWindow();
    QVERIFY(gl::test::activate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->window()->focusWidget() == search); // the focus widget: window activation is up to the X server
    QSignalSpy selected(m_feeder, &ui::MapFeeder::selected);
    QTest::keyClicks(search, typed);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(centredOn(code), 10000); // a 450 ms flight on a loaded software renderer
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toString(), kind);
    QCOMPARE(selected.last().at(1).toString(), code);
    QVERIFY(m_details->isVisible());
    QCOMPARE(m_details->kind(), kind);
    QCOMPARE(m_details->code(), code);
}

void TstMapFeeder::searchRefusesAnUnknownCode()
{
    auto *search = m_feeder->widget()->findChild<QLineEdit *>(u"mapSearch"_s);
    QVERIFY(search);
    double before[3];
    m_view->renderer()->GetActiveCamera()->GetFocalPoint(before);
    QSignalSpy selected(m_feeder, &ui::MapFeeder::selected);
    search->setFocus();
    QTest::keyClicks(search, u"NO-SUCH-9"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(search->toolTip().contains(u"NO-SUCH-9"_s));
    QVERIFY(selected.isEmpty());
    QVERIFY(!m_details->isVisible());
    double after[3];
    m_view->renderer()->GetActiveCamera()->GetFocalPoint(after);
    QCOMPARE(after[0], before[0]);
    QCOMPARE(after[1], before[1]);
}

void TstMapFeeder::followFliesToTheNewestUnacknowledgedAlarm()
{
    QToolButton *follow = toolButton(u"mapFollow"_s);
    QVERIFY(follow);
    // Two alarms: the newest unacknowledged one is in another area than the older one.
    auto s = baseSnapshot();
    const site::Area &other = s->layout.areas.last();
    QVERIFY(other.code != u"CA1"_s);
    s->alarms.rows << QVariantList{2, u"high"_s, u"unacknowledged"_s, u"R2"_s, u"X"_s, other.code, u"newer"_s, Now - 1000, QVariant(), 1}
                   << QVariantList{3, u"high"_s, u"acknowledged"_s, u"R3"_s, u"Y"_s, u"CA1"_s, u"newest but acknowledged"_s, Now, u"ops"_s, 2};
    m_feeder->setSnapshot(typed(s));
    QVERIFY(!centredOn(other.code));
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(follow->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(centredOn(other.code), 10000);
    // "Fly to" in the details panel stops following: a newer alarm elsewhere leaves the camera on the object.
    QVERIFY(m_feeder->select(u"camera"_s, u"CAM-11"_s));
    QTest::mouseClick(m_details->findChild<QPushButton *>(u"action-fly"_s), Qt::LeftButton);
    QVERIFY(!follow->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(centredOn(u"CAM-11"_s), 10000);
    s = std::make_shared<ui::Snapshot>(*s);
    s->alarms.rows << QVariantList{4, u"critical"_s, u"unacknowledged"_s, u"R4"_s, u"Z"_s, u"CA1"_s, u"newest"_s, Now + 1000, QVariant(), 1};
    QSignalSpy moved(m_view, &PlantMapView::cameraChanged);
    m_feeder->setSnapshot(typed(s)); // had Follow stayed on, the flight to CA1 would start here (its first step is synchronous)
    QCOMPARE(moved.size(), 0);
    QVERIFY(centredOn(u"CAM-11"_s));
    QTest::mouseClick(follow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(centredOn(u"CA1"_s), 10000);
    // Top stops following.
    QTest::mouseClick(toolButton(u"mapViewTop"_s), Qt::LeftButton);
    QVERIFY(!follow->isChecked());
}

void TstMapFeeder::everySensorShowsItsLiveValue()
{
    // A sensor with no alarm: before, the map had no value for it.
    QString quiet;
    site::Point3 at;
    for (const site::Sensor &se : m_view->siteLayout().sensors)
        if (se.tag != u"CA1.CL2_K201"_s) {
            quiet = se.tag;
            at = se.position;
            break;
        }
    QVERIFY(!quiet.isEmpty());
    QVERIFY(!m_view->sensorState(quiet));
    m_feeder->setLiveValues({TagLive{quiet, {}, u"ppm"_s, 3.25, Now - 1000, true, {}, {}},
                             TagLive{u"CA1.CL2_K201"_s, u"CA1"_s, u"ppm"_s, 12.5, Now - 1000, true, {}, {}}});
    m_feeder->setSnapshot(typed(baseSnapshot()));
    const auto state = m_view->sensorState(quiet);
    QVERIFY(state);
    QVERIFY(std::isfinite(state->value));
    QCOMPARE(state->value, 3.25);
    QVERIFY(state->alarm.isEmpty());
    const auto alarmed = m_view->sensorState(u"CA1.CL2_K201"_s);
    QVERIFY(alarmed);
    QCOMPARE(alarmed->value, 12.5);
    QCOMPARE(alarmed->alarm, u"critical"_s);

    // Hovering the sensor shows its value.
    grab();
    QSignalSpy hovered(m_view, &PlantMapView::hovered);
    QTest::mouseMove(m_view, m_view->worldToWidget(at.x, at.y, at.z).toPoint());
    QTRY_VERIFY(!hovered.isEmpty() && hovered.last().at(1).toString() == quiet);
    QTRY_VERIFY(QToolTip::text().contains(u"3.25 ppm"_s));

    // The service stops: no stale value stays on the map.
    m_feeder->setLiveValues({});
    QVERIFY(!m_view->sensorState(quiet));
    QVERIFY(std::isnan(m_view->sensorState(u"CA1.CL2_K201"_s)->value));
}

int main(int argc, char **argv)
{
    gl::map::setDefaultSurfaceFormat();
    QStandardPaths::setTestModeEnabled(true); // the layer toggles' QSettings: not the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"GuardlineTests"_s);
    QApplication::setApplicationName(u"tst_map_feeder"_s);
    // The layer toggles' QSettings in a folder of this run only: two runs at once must not share them.
    QTemporaryDir settings;
    for (QSettings::Format f : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(f, QSettings::UserScope, settings.path());
    TstMapFeeder test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_map_feeder.moc"
