// SPDX-License-Identifier: Apache-2.0
// The 3D plant map under Xvfb: a non-blank frame with the risk colours where the areas are, picking at
// projected points, layer toggles, coalesced renders, and a malformed layout leaving the scene intact.
#include "demo/DemoLayout.h"
#include "modules/map/MapRender.h"
#include "modules/map/PlantMapView.h"
#include "modules/site/layout/Geometry.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/util/Error.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gl;
using gl::map::Layer;
using gl::map::PlantMapView;
using gl::map::View;

namespace {

double distToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + ab * t - p;
    return std::hypot(q.x(), q.y());
}

/// Distance from p to the nearest structure (0 inside one).
double clearance(const site::SiteLayout &layout, QPointF p)
{
    double best = 1e9;
    for (const site::Structure &s : layout.structures) {
        if (!s.footprint.isEmpty()) {
            if (site::contains(s.footprint, p))
                return 0;
            for (qsizetype i = 0; i < s.footprint.size(); ++i)
                best = std::min(best, distToSegment(p, s.footprint[i], s.footprint[(i + 1) % s.footprint.size()]));
        } else if (s.radius > 0) {
            best = std::min(best, std::max(0.0, std::hypot(p.x() - s.center.x(), p.y() - s.center.y()) - s.radius));
        }
        for (qsizetype i = 0; i + 1 < s.path.size(); ++i)
            best = std::min(best, std::max(0.0, distToSegment(p, s.path[i], s.path[i + 1]) - s.width / 2));
    }
    return best;
}

/// The point of an area farthest from every structure (on a 2 m grid): where its colour shows.
QPointF freePointIn(const site::SiteLayout &layout, const site::Area &area)
{
    const QRectF box = QPolygonF(area.polygon).boundingRect();
    QPointF best = site::centroid(area.polygon);
    double bestClear = -1;
    for (double x = box.left() + 1; x < box.right(); x += 2)
        for (double y = box.top() + 1; y < box.bottom(); y += 2) {
            if (!site::contains(area.polygon, {x, y}))
                continue;
            const double c = std::min(clearance(layout, {x, y}), 12.0);
            if (c > bestClear) {
                bestClear = c;
                best = {x, y};
            }
        }
    return best;
}

QColor pixelAt(const QImage &img, QPointF p)
{
    return img.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TstMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void frameIsNotBlank();
    void riskColoursShowWhereTheAreasAre_data();
    void riskColoursShowWhereTheAreasAre();
    void pickReturnsTheObject_data();
    void pickReturnsTheObject();
    void clickEmitsObjectPicked();
    void hoverEmitsHovered();
    void overduePinsPulse();
    void hazardLayerToggleHidesPins();
    void addHazardShowsWithoutRebuild();
    void changesCoalesceIntoOneRender();
    void flyToCentresTheObject();
    void malformedLayoutKeepsTheScene_data();
    void malformedLayoutKeepsTheScene();

private:
    QImage grab() { return map::renderToImage(*m_view, QSize(1280, 720)); }
    QPointF project(double x, double y, double z) const { return m_view->worldToWidget(x, y, z); }
    const site::Area &areaWithRisk(site::RiskColour risk) const
    {
        for (const site::Area &a : m_layout.areas)
            if (a.risk == risk && a.polygon.size() <= 4) // a plain rectangle, not the ring road
                return a;
        return m_layout.areas.first();
    }

    site::SiteLayout m_layout;
    std::unique_ptr<PlantMapView> m_view;
};

void TstMapView::init()
{
    m_layout = demo::demoLayout();
    m_view = std::make_unique<PlantMapView>();
    m_view->setPulseEnabled(false);
    m_view->resize(1280, 720);
    m_view->setLayout(m_layout);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstMapView::cleanup() { m_view.reset(); }

void TstMapView::frameIsNotBlank()
{
    const QImage img = grab();
    QCOMPARE(img.size(), QSize(1280, 720));
    if (qEnvironmentVariableIsSet("GL_MAP_SAVE_DIR")) { // screenshots for the docs
        img.save(qEnvironmentVariable("GL_MAP_SAVE_DIR") % u"/map-top.png"_s);
        m_view->setView(View::Iso);
        grab().save(qEnvironmentVariable("GL_MAP_SAVE_DIR") % u"/map-iso.png"_s);
        m_view->setHazards({{u"HZ-1"_s, 120, 105, 0, u"major"_s, u"open"_s, false},
                            {u"HZ-2"_s, 300, 170, 0, u"general"_s, u"open"_s, true},
                            {u"HZ-3"_s, 460, 180, 0, u"general"_s, u"closed"_s, false}});
        m_view->setPermits({{u"HW-1"_s, u"hot_work"_s, {{400, 170}, {440, 170}, {440, 180}, {400, 180}}, 0, 6, true, 0, 0, {}},
                            {u"CS-1"_s, u"confined_space"_s, {{240, 265}, {262, 265}, {262, 290}, {240, 290}}, 0, 8, false, 0, 0, {}}});
        m_view->setSensors({{u"CA1.CL2_K201"_s, 12.5, u"ppm"_s, u"critical"_s}});
        grab().save(qEnvironmentVariable("GL_MAP_SAVE_DIR") % u"/map-iso-live.png"_s);
        m_view->setView(View::Top);
    }
    QSet<QRgb> colours;
    int background = 0;
    const QColor bg = img.pixelColor(2, 2);
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4) {
            colours.insert(img.pixel(x, y));
            if (colourDistance(img.pixelColor(x, y), bg) < 6)
                ++background;
        }
    QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    QVERIFY2(background < (img.width() / 4) * (img.height() / 4) / 2, "mostly background");
    // A building's roof is a muted grey, not a colour (ISA-101).
    const QColor roof = pixelAt(img, project(80, 70, 12));
    QVERIFY2(std::abs(roof.red() - roof.blue()) < 40 && roof.red() > 60, qPrintable(roof.name()));
}

void TstMapView::riskColoursShowWhereTheAreasAre_data()
{
    QTest::addColumn<int>("risk");
    QTest::newRow("red") << int(site::RiskColour::Red);
    QTest::newRow("orange") << int(site::RiskColour::Orange);
    QTest::newRow("yellow") << int(site::RiskColour::Yellow);
    QTest::newRow("blue") << int(site::RiskColour::Blue);
}

void TstMapView::riskColoursShowWhereTheAreasAre()
{
    QFETCH(int, risk);
    for (Layer l : {Layer::Cameras, Layer::Sensors, Layer::Hazards, Layer::People})
        m_view->setLayerVisible(l, false);
    const site::Area &area = areaWithRisk(site::RiskColour(risk));
    QCOMPARE(int(area.risk), risk);
    const QPointF at = freePointIn(m_layout, area);
    const QColor c = pixelAt(grab(), project(at.x(), at.y(), 0.06));
    const QString what = area.code % u" at "_s % QString::number(at.x()) % u","_s % QString::number(at.y())
        % u": "_s % c.name();
    switch (site::RiskColour(risk)) {
    case site::RiskColour::Red:
        QVERIFY2(c.red() > c.green() + 30 && c.red() > c.blue() + 30, qPrintable(what));
        break;
    case site::RiskColour::Orange:
        QVERIFY2(c.red() > c.blue() + 30 && c.red() > c.green() + 8 && c.green() > c.blue(), qPrintable(what));
        break;
    case site::RiskColour::Yellow:
        QVERIFY2(c.red() > c.blue() + 30 && c.green() > c.blue() + 25, qPrintable(what));
        break;
    default:
        QVERIFY2(c.blue() > c.red() + 30 && c.blue() > c.green() + 10, qPrintable(what));
    }
}

void TstMapView::pickReturnsTheObject_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    for (View v : {View::Top, View::Iso}) {
        const char *name = v == View::Top ? "top" : "iso";
        QTest::newRow(qPrintable(u"%1 hazard"_s.arg(QLatin1StringView(name)))) << int(v) << u"hazard"_s << u"HZ-0002"_s;
        QTest::newRow(qPrintable(u"%1 structure"_s.arg(QLatin1StringView(name)))) << int(v) << u"structure"_s << u"WH1-B1"_s;
        QTest::newRow(qPrintable(u"%1 permit"_s.arg(QLatin1StringView(name)))) << int(v) << u"permit"_s << u"HW-0001"_s;
        QTest::newRow(qPrintable(u"%1 sensor"_s.arg(QLatin1StringView(name)))) << int(v) << u"sensor"_s << u"CA1.CL2_K201"_s;
        QTest::newRow(qPrintable(u"%1 area"_s.arg(QLatin1StringView(name)))) << int(v) << u"area"_s << u"UT1"_s;
    }
}

void TstMapView::pickReturnsTheObject()
{
    QFETCH(int, view);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    m_view->setView(View(view));
    m_view->setClusteringEnabled(false); // two of these pins share a cluster cell in the iso overview (see clustersWhenZoomedOut)
    m_view->setHazards({{u"HZ-0001"_s, 150, 120, 0, u"general"_s, u"open"_s, false},
                        {u"HZ-0002"_s, 120, 105, 0, u"major"_s, u"open"_s, false},
                        {u"HZ-0003"_s, 260, 170, 0, u"general"_s, u"closed"_s, false}});
    m_view->setPermits({{u"HW-0001"_s, u"hot_work"_s, {{400, 170}, {440, 170}, {440, 180}, {400, 180}}, 0, 6, true, 0, 0, {}}});
    m_view->setSensors({{u"CA1.CL2_K201"_s, 12.5, u"ppm"_s, u"critical"_s}});
    QPointF at;
    if (kind == u"hazard")
        at = project(120, 105, 1);
    else if (kind == u"structure")
        at = project(455, 250, 11);
    else if (kind == u"permit")
        at = project(420, 175, 6);
    else if (kind == u"sensor")
        at = project(152, 72, 1.5);
    else {
        const site::Area *area = m_layout.area(code);
        QVERIFY(area);
        const QPointF p = freePointIn(m_layout, *area);
        at = project(p.x(), p.y(), 0.06);
    }
    QVERIFY(QRectF(0, 0, 1280, 720).contains(at));
    grab(); // picking works on the drawn scene
    const auto [pickedKind, pickedCode] = m_view->pickAt(at.toPoint());
    QCOMPARE(pickedKind, kind);
    QCOMPARE(pickedCode, code);
}

void TstMapView::clickEmitsObjectPicked()
{
    m_view->setHazards({{u"HZ-0100"_s, 120, 105, 0, u"major"_s, u"open"_s, true}});
    grab();
    QSignalSpy spy(m_view.get(), &PlantMapView::objectPicked);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, project(120, 105, 1).toPoint());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"hazard"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"HZ-0100"_s);
    // Empty ground outside the site picks nothing and emits nothing.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(spy.size(), 1);
}

void TstMapView::hoverEmitsHovered()
{
    m_view->setHazards({{u"HZ-0150"_s, 120, 105, 0, u"general"_s, u"open"_s, false}});
    grab();
    QSignalSpy spy(m_view.get(), &PlantMapView::hovered);
    QTest::mouseMove(m_view.get(), project(120, 105, 1).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000); // the pick runs when the loaded machine gets to it
    QCOMPARE(spy.at(0).at(0).toString(), u"hazard"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"HZ-0150"_s);
    QTest::mouseMove(m_view.get(), QPoint(3, 3)); // off the site: hovering nothing
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(1).toString(), QString());
}

void TstMapView::overduePinsPulse()
{
    m_view->setHazards({{u"HZ-0160"_s, 120, 105, 0, u"major"_s, u"open"_s, true}});
    grab();
    QTest::qWait(50);
    const quint64 before = m_view->renderCount();
    m_view->setPulseEnabled(true);
    QTRY_VERIFY(m_view->renderCount() >= before + 3); // the pulse animates without data changes
    m_view->setPulseEnabled(false);
    QTest::qWait(150);
    const quint64 stopped = m_view->renderCount();
    QTest::qWait(300);
    QCOMPARE(m_view->renderCount(), stopped);
}

void TstMapView::hazardLayerToggleHidesPins()
{
    m_view->setHazards({{u"HZ-0200"_s, 120, 105, 0, u"major"_s, u"open"_s, false}});
    const QPointF at = project(120, 105, 1);
    const QColor shown = pixelAt(grab(), at);
    QVERIFY2(shown.red() > 150 && shown.green() < 110, qPrintable(shown.name())); // a red major pin
    QCOMPARE(m_view->pickAt(at.toPoint()).first, u"hazard"_s);

    m_view->setLayerVisible(Layer::Hazards, false);
    QVERIFY(!m_view->isLayerVisible(Layer::Hazards));
    const QColor hidden = pixelAt(grab(), at);
    QVERIFY2(colourDistance(shown, hidden) > 80, qPrintable(shown.name() % u" vs "_s % hidden.name()));
    QCOMPARE(m_view->pickAt(at.toPoint()).first, u"area"_s); // the red area under it

    m_view->setLayerVisible(Layer::Hazards, true);
    QVERIFY(colourDistance(pixelAt(grab(), at), shown) < 30);
}

void TstMapView::addHazardShowsWithoutRebuild()
{
    m_view->setHazards({{u"HZ-0300"_s, 150, 120, 0, u"general"_s, u"open"_s, false}});
    const QPointF at = project(260, 170, 1);
    const QColor before = pixelAt(grab(), at);
    m_view->addHazard({u"HZ-0301"_s, 260, 170, 0, u"general"_s, u"open"_s, false});
    QCOMPARE(m_view->hazardCount(), 2);
    const QColor after = pixelAt(grab(), at);
    QVERIFY2(colourDistance(before, after) > 80, qPrintable(before.name() % u" vs "_s % after.name()));
    QCOMPARE(m_view->pickAt(at.toPoint()).second, u"HZ-0301"_s);
    // Adding the same code again updates the pin in place: closed pins turn green.
    m_view->addHazard({u"HZ-0301"_s, 260, 170, 0, u"general"_s, u"closed"_s, false});
    QCOMPARE(m_view->hazardCount(), 2);
    const QColor closed = pixelAt(grab(), at);
    QVERIFY2(closed.green() > closed.red() && closed.green() > closed.blue(), qPrintable(closed.name()));

    // A pin changing class (general -> overdue major) moves between batches; every pin keeps its code.
    m_view->addHazard({u"HZ-0302"_s, 300, 170, 0, u"general"_s, u"open"_s, false});
    m_view->addHazard({u"HZ-0300"_s, 150, 120, 0, u"major"_s, u"open"_s, true});
    m_view->addHazard({u"HZ-0301"_s, 260, 170, 0, u"major"_s, u"open"_s, false});
    QCOMPARE(m_view->hazardCount(), 3);
    grab();
    QCOMPARE(m_view->pickAt(project(150, 120, 1).toPoint()).second, u"HZ-0300"_s);
    QCOMPARE(m_view->pickAt(project(260, 170, 1).toPoint()).second, u"HZ-0301"_s);
    QCOMPARE(m_view->pickAt(project(300, 170, 1).toPoint()).second, u"HZ-0302"_s);
    const QColor major = pixelAt(grab(), project(260, 170, 1));
    QVERIFY2(major.red() > 150 && major.green() < 110, qPrintable(major.name()));
}

void TstMapView::changesCoalesceIntoOneRender()
{
    grab();
    QTest::qWait(50);
    const quint64 before = m_view->renderCount();
    m_view->setHazards({{u"HZ-0400"_s, 150, 120, 0, u"general"_s, u"open"_s, false}});
    for (int i = 0; i < 10; ++i)
        m_view->addHazard({u"HZ-05%1"_s.arg(i), 150.0 + i, 125, 0, u"general"_s, u"open"_s, false});
    m_view->setPermits({{u"HW-0002"_s, u"hot_work"_s, {{400, 170}, {440, 170}, {440, 180}}, 0, 4, false, 0, 0, {}}});
    m_view->setSensors({{u"CA1.CL2_K201"_s, 3, u"ppm"_s, {}}});
    m_view->setLayerVisible(Layer::People, false);
    QCOMPARE(m_view->renderCount(), before); // nothing rendered synchronously
    QTRY_VERIFY(m_view->renderCount() > before);
    QTest::qWait(100);
    QCOMPARE(m_view->renderCount(), before + 1);
}

void TstMapView::flyToCentresTheObject()
{
    QVERIFY(!m_view->flyTo(u"NO-SUCH-THING"_s));
    QVERIFY(m_view->flyTo(u"TF1-T104"_s));
    const QPointF centre(640, 360);
    QTRY_VERIFY_WITH_TIMEOUT(QLineF(m_view->worldToWidget(55, 295, 8), centre).length() < 3, 3000);
    m_view->setView(View::Iso);
    QVERIFY(m_view->flyTo(u"P-101"_s)); // equipment by code
    QTRY_VERIFY_WITH_TIMEOUT(QLineF(m_view->worldToWidget(60, 100, 0), centre).length() < 3, 3000);
}

void TstMapView::malformedLayoutKeepsTheScene_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("json");
    const QJsonObject demo = QJsonDocument::fromJson(gl::demo::demoLayoutJson()).object();
    auto edit = [&demo](const QString &list, const QString &key, const QString &code, const QString &field,
                        const QJsonValue &value) {
        QJsonObject root = demo;
        QJsonArray arr = root.value(list).toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            QJsonObject o = arr[i].toObject();
            if (o.value(key).toString() == code) {
                o.insert(field, value);
                arr[i] = o;
            }
        }
        root.insert(list, arr);
        return QJsonDocument(root).toJson();
    };
    QTest::newRow("structure in an unknown area")
        << u"CA1-B1"_s << u"area"_s << edit(u"structures"_s, u"code"_s, u"CA1-B1"_s, u"area"_s, u"NOPE"_s);
    QTest::newRow("area with an unknown risk colour")
        << u"TF1"_s << u"risk"_s << edit(u"areas"_s, u"code"_s, u"TF1"_s, u"risk"_s, u"purple"_s);
    QTest::newRow("camera fov out of range")
        << u"CAM-01"_s << u"fov"_s << edit(u"cameras"_s, u"code"_s, u"CAM-01"_s, u"fov"_s, 270);
    QTest::newRow("truncated file") << QString() << QString() << demo::demoLayoutJson().left(300);
}

void TstMapView::malformedLayoutKeepsTheScene()
{
    QFETCH(QString, element);
    QFETCH(QString, field);
    QFETCH(QByteArray, json);
    const QImage before = grab();
    const auto structures = m_view->siteLayout().structures.size();

    QVERIFY_THROWS_EXCEPTION(gl::Error, site::SiteLayout::parse(json, u"bad-layout.json"_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad-layout.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    // The demo's cooling tower mesh, next to the file as the layout names it: only the edited field is wrong.
    QVERIFY(QDir(dir.path()).mkpath(u"meshes"_s));
    QVERIFY(QFile::copy(u":/guardline/demo/meshes/cooling-tower.obj"_s, dir.filePath(u"meshes/cooling-tower.obj"_s)));
    QString error;
    QVERIFY(!m_view->loadLayoutFile(path, &error));
    QVERIFY2(error.contains(u"bad-layout.json"_s), qPrintable(error));
    if (!element.isEmpty()) {
        QVERIFY2(error.contains(element), qPrintable(error));
        QVERIFY2(error.contains(u"'"_s % field % u"'"_s), qPrintable(error));
    }
    QCOMPARE(m_view->siteLayout().structures.size(), structures);
    QCOMPARE(m_view->siteLayout().code, m_layout.code);
    QCOMPARE(grab(), before);
}

int main(int argc, char **argv)
{
    gl::map::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TstMapView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_map_view.moc"
