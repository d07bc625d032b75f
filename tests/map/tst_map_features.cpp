// SPDX-License-Identifier: Apache-2.0
// The plant map's second round under Xvfb: pin clusters (counts when zoomed out, single pins when zoomed in,
// a click zooms), the permit time slider (filter, conflicts at a time, site-local label, Now), structure
// meshes (STL, OBJ, glTF load; broken or missing files rejected with the structure named, the scene kept),
// depth-sorted translucency, and the people layer.
#include "demo/DemoLayout.h"
#include "modules/map/MapRender.h"
#include "modules/map/MapTimeSlider.h"
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
#include <QPushButton>
#include <QRandomGenerator>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gl;
using gl::map::Layer;
using gl::map::PlantMapView;
using gl::map::View;

namespace {

constexpr qint64 Hour = 3600 * 1000;

QColor pixelAt(const QImage &img, QPointF p) { return img.pixelColor(int(std::floor(p.x())), int(std::floor(p.y()))); }

map::PermitVolume permit(const QString &code, const QString &type, QRectF r, double z0, double z1, qint64 from = 0,
                         qint64 to = 0)
{
    map::PermitVolume p;
    p.code = code;
    p.type = type;
    p.polygon = {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    p.zMin = z0;
    p.zMax = z1;
    p.startsAt = from;
    p.endsAt = to;
    return p;
}

/// A box mesh of w × d × h metres standing on z = 0 (or on y = 0 when yUp), centred on the axis.
struct Box {
    QList<std::array<double, 3>> v;
    QList<std::array<int, 3>> tri; // counter-clockwise from outside, 0-based
    explicit Box(double w, double d, double h, bool yUp = false)
    {
        for (int k = 0; k < 8; ++k) {
            const double x = (k & 1 ? 0.5 : -0.5) * w, y = (k & 2 ? 0.5 : -0.5) * d, z = k & 4 ? h : 0;
            v.append(yUp ? std::array<double, 3>{x, z, -y} : std::array<double, 3>{x, y, z});
        }
        const int q[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
        for (const auto &f : q) {
            tri.append({f[0], f[1], f[2]});
            tri.append({f[0], f[2], f[3]});
        }
    }
    QByteArray stl() const
    {
        QByteArray out = "solid box\n";
        for (const auto &t : tri) {
            out += "facet normal 0 0 0\n outer loop\n";
            for (int i : t)
                out += QByteArray("  vertex ") + QByteArray::number(v[i][0]) + ' ' + QByteArray::number(v[i][1]) + ' '
                       + QByteArray::number(v[i][2]) + '\n';
            out += " endloop\nendfacet\n";
        }
        return out + "endsolid box\n";
    }
    QByteArray obj() const
    {
        QByteArray out = "# box\n";
        for (const auto &p : v)
            out += "v " + QByteArray::number(p[0]) + ' ' + QByteArray::number(p[1]) + ' ' + QByteArray::number(p[2]) + '\n';
        for (const auto &t : tri)
            out += "f " + QByteArray::number(t[0] + 1) + ' ' + QByteArray::number(t[1] + 1) + ' ' + QByteArray::number(t[2] + 1) + '\n';
        return out;
    }
    /// glTF 2.0 with the buffer embedded as a data URI (positions float32, indices uint16).
    QByteArray gltf() const
    {
        QByteArray bin;
        std::array<double, 3> lo{1e9, 1e9, 1e9}, hi{-1e9, -1e9, -1e9};
        for (const auto &p : v)
            for (int k = 0; k < 3; ++k) {
                const float f = float(p[k]);
                bin.append(reinterpret_cast<const char *>(&f), 4);
                lo[k] = std::min(lo[k], p[k]);
                hi[k] = std::max(hi[k], p[k]);
            }
        const int posBytes = int(bin.size());
        for (const auto &t : tri)
            for (int i : t) {
                const quint16 s = quint16(i);
                bin.append(reinterpret_cast<const char *>(&s), 2);
            }
        const QJsonObject doc{
            {u"asset"_s, QJsonObject{{u"version"_s, u"2.0"_s}}},
            {u"scene"_s, 0},
            {u"scenes"_s, QJsonArray{QJsonObject{{u"nodes"_s, QJsonArray{0}}}}},
            {u"nodes"_s, QJsonArray{QJsonObject{{u"mesh"_s, 0}}}},
            {u"meshes"_s, QJsonArray{QJsonObject{{u"primitives"_s, QJsonArray{QJsonObject{
                                                       {u"attributes"_s, QJsonObject{{u"POSITION"_s, 0}}}, {u"indices"_s, 1}, {u"mode"_s, 4}}}}}}},
            {u"buffers"_s, QJsonArray{QJsonObject{{u"byteLength"_s, int(bin.size())},
                                                  {u"uri"_s, QString(u"data:application/octet-stream;base64,"_s + QString::fromLatin1(bin.toBase64()))}}}},
            {u"bufferViews"_s, QJsonArray{QJsonObject{{u"buffer"_s, 0}, {u"byteOffset"_s, 0}, {u"byteLength"_s, posBytes}, {u"target"_s, 34962}},
                                          QJsonObject{{u"buffer"_s, 0}, {u"byteOffset"_s, posBytes}, {u"byteLength"_s, int(bin.size()) - posBytes}, {u"target"_s, 34963}}}},
            {u"accessors"_s, QJsonArray{QJsonObject{{u"bufferView"_s, 0}, {u"componentType"_s, 5126}, {u"count"_s, int(v.size())}, {u"type"_s, u"VEC3"_s},
                                                    {u"min"_s, QJsonArray{lo[0], lo[1], lo[2]}}, {u"max"_s, QJsonArray{hi[0], hi[1], hi[2]}}},
                                        QJsonObject{{u"bufferView"_s, 1}, {u"componentType"_s, 5123}, {u"count"_s, int(tri.size()) * 3}, {u"type"_s, u"SCALAR"_s}}}}};
        return QJsonDocument(doc).toJson();
    }
};

} // namespace

class TstMapFeatures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_view.reset(); }
    void clustersWhenZoomedOut();
    void clickOnClusterZoomsIn();
    void timeFilterShowsThePermitsActiveThen();
    void timeSliderDrivesTheFilter();
    void meshImport_data();
    void meshImport();
    void brokenMeshKeepsTheScene_data();
    void brokenMeshKeepsTheScene();
    void sortedTranslucencyDrawsTheNearVolumeOnTop_data();
    void sortedTranslucencyDrawsTheNearVolumeOnTop();
    void peopleLayer();
    void alarmLabelsNeverOverlap();
    void alarmLabelsSpeakTheInterfaceLanguage();

private:
    QImage grab() { return map::renderToImage(*m_view, QSize(1280, 720)); }
    QPointF project(double x, double y, double z) const { return m_view->worldToWidget(x, y, z); }
    /// The demo layout with structure CA1-B1 drawn from `mesh` (a file name or an object), written next to
    /// the mesh files in m_dir.
    QString writeLayout(const QJsonValue &mesh)
    {
        QJsonObject root = QJsonDocument::fromJson(demo::demoLayoutJson()).object();
        QJsonArray structures = root.value(u"structures"_s).toArray();
        for (qsizetype i = 0; i < structures.size(); ++i) {
            QJsonObject o = structures[i].toObject();
            if (o.value(u"code"_s).toString() == u"CA1-B1"_s)
                o.insert(u"mesh"_s, mesh);
            structures[i] = o;
        }
        root.insert(u"structures"_s, structures);
        const QString path = m_dir->filePath(u"plant.json"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(root).toJson());
        return path;
    }
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    site::SiteLayout m_layout;
    std::unique_ptr<PlantMapView> m_view;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstMapFeatures::init()
{
    m_layout = demo::demoLayout();
    m_view = std::make_unique<PlantMapView>();
    m_view->setPulseEnabled(false);
    m_view->resize(1280, 720);
    m_view->setLayout(m_layout);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"meshes"_s));
    QVERIFY(QFile::copy(u":/guardline/demo/meshes/cooling-tower.obj"_s, m_dir->filePath(u"meshes/cooling-tower.obj"_s)));
}

void TstMapFeatures::clustersWhenZoomedOut()
{
    // 150 pins in a 40 m square (one major), and one pin alone at the other end of the site.
    QList<map::HazardPin> pins;
    QRandomGenerator rng(7);
    for (int i = 0; i < 150; ++i)
        pins.append({u"HZ-%1"_s.arg(i, 4, 10, QLatin1Char('0')), 300 + rng.generateDouble() * 40, 150 + rng.generateDouble() * 40, 0,
                     i == 17 ? u"major"_s : u"general"_s, u"open"_s, false});
    pins.append({u"HZ-ALONE"_s, 600, 60, 0, u"general"_s, u"open"_s, false});
    m_view->setView(View::Top);
    m_view->setHazards(pins);
    const QImage img = grab();
    if (qEnvironmentVariableIsSet("GL_MAP_SAVE_DIR")) { // screenshots for the docs
        img.save(qEnvironmentVariable("GL_MAP_SAVE_DIR") % u"/map-clusters-top.png"_s);
        m_view->setView(View::Iso);
        m_view->setPeople({{u"W-1"_s, u"Zhang Wei"_s, 350, 120, 0, u"CT-001"_s}, {u"W-2"_s, u"Li Na"_s, 356, 124, 0, {}}});
        m_view->setPermits({[] {
            map::PermitVolume p = permit(u"HW-1"_s, u"hot_work"_s, {380, 160, 40, 20}, 0, 6);
            p.conflict = true;
            return p;
        }(), permit(u"CS-1"_s, u"confined_space"_s, {240, 265, 22, 25}, 0, 8)});
        grab().save(qEnvironmentVariable("GL_MAP_SAVE_DIR") % u"/map-clusters-iso.png"_s);
        m_view->setPeople({});
        m_view->setPermits({});
        m_view->setView(View::Top);
        grab();
    }

    const QList<map::PinCluster> clusters = m_view->clusters();
    QVERIFY(!clusters.isEmpty());
    int clustered = 0, withMajor = 0;
    for (const map::PinCluster &c : clusters) {
        QCOMPARE(c.codes.size(), c.count);
        QVERIFY(c.count >= 2);
        QVERIFY(!c.codes.contains(u"HZ-ALONE"_s)); // a pin alone in its cell stays a pin
        clustered += c.count;
        withMajor += c.major;
        QVERIFY(c.x >= 299 && c.x <= 341 && c.y >= 149 && c.y <= 191); // drawn among its members
    }
    QVERIFY2(clustered >= 140, qPrintable(QString::number(clustered))); // (a few may sit alone across a cell edge)
    QCOMPARE(withMajor, 1);
    QVERIFY(clusters.size() <= 6);

    // The biggest cluster is drawn as a disc in the pin colours (red when it holds the major pin), and is
    // what a click there finds; its members are not picked one by one.
    int big = 0;
    for (int i = 1; i < int(clusters.size()); ++i)
        if (clusters[i].count > clusters[big].count)
            big = i;
    const QPointF at = project(clusters[big].x, clusters[big].y, clusters[big].z);
    QCOMPARE(m_view->clusterAt(at.toPoint()), big);
    const QColor disc = pixelAt(img, at + QPointF(-8, 0)); // beside the count text
    QVERIFY2(disc.red() > 200 && disc.blue() < 90, qPrintable(disc.name()));
    QVERIFY(m_view->pickAt(at.toPoint()).first != u"hazard"_s || !clusters[big].codes.contains(m_view->pickAt(at.toPoint()).second));
    // The lone pin is still a pin.
    const auto alone = m_view->pickAt(project(600, 60, 1).toPoint());
    QCOMPARE(alone.second, u"HZ-ALONE"_s);

    // Zoomed in on the square: every pin stands alone and picks as itself.
    m_view->zoomToCluster(big);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->clusters().isEmpty(), 10000); // after the 450 ms flight
    QTest::qWait(600); // let the flight end
    grab();
    QVERIFY(m_view->clusters().isEmpty());
    for (int i : {0, 17, 90}) {
        const auto hit = m_view->pickAt(project(pins[i].x, pins[i].y, 1).toPoint());
        QCOMPARE(hit.first, u"hazard"_s);
        QCOMPARE(hit.second, pins[i].code);
    }

    // Clustering off: no clusters at the overview either.
    m_view->setView(View::Top);
    m_view->setClusteringEnabled(false);
    grab();
    QVERIFY(m_view->clusters().isEmpty());
}

void TstMapFeatures::clickOnClusterZoomsIn()
{
    QList<map::HazardPin> pins;
    for (int i = 0; i < 30; ++i)
        pins.append({u"HZ-C%1"_s.arg(i), 200 + (i % 6) * 3.0, 250 + (i / 6) * 3.0, 0, u"general"_s, u"open"_s, false});
    m_view->setView(View::Iso);
    m_view->setHazards(pins);
    grab();
    const QList<map::PinCluster> clusters = m_view->clusters();
    QVERIFY(!clusters.isEmpty());
    QSignalSpy picked(m_view.get(), &PlantMapView::objectPicked);
    const QPointF at = project(clusters[0].x, clusters[0].y, clusters[0].z);
    const QPointF before = project(clusters[0].x + 10, clusters[0].y, clusters[0].z) - at; // 10 m on screen
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, at.toPoint());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->clusters().isEmpty(), 10000); // after the 450 ms flight
    QTest::qWait(600);
    grab();
    const QPointF c = project(clusters[0].x, clusters[0].y, clusters[0].z);
    const QPointF after = project(clusters[0].x + 10, clusters[0].y, clusters[0].z) - c;
    QVERIFY2(std::hypot(after.x(), after.y()) > 2.5 * std::hypot(before.x(), before.y()),
             qPrintable(u"10 m were %1 px, now %2 px"_s.arg(std::hypot(before.x(), before.y())).arg(std::hypot(after.x(), after.y()))));
    QCOMPARE(picked.size(), 0); // a cluster is not an object
    QVERIFY(m_view->clusters().size() < clusters.size() || m_view->clusters().first().count < clusters.first().count);
}

void TstMapFeatures::timeFilterShowsThePermitsActiveThen()
{
    const qint64 t0 = 1772409600000; // 2026-03-02 00:00 UTC
    auto a = permit(u"HW-A"_s, u"hot_work"_s, {380, 160, 40, 20}, 0, 6, t0, t0 + 2 * Hour);
    auto b = permit(u"CS-B"_s, u"confined_space"_s, {240, 265, 22, 25}, 0, 8, t0 + Hour, t0 + 3 * Hour);
    auto always = permit(u"EX-C"_s, u"excavation"_s, {470, 60, 20, 20}, 0, 3);
    a.conflictWindows = {{t0 + Hour, t0 + 2 * Hour}};
    b.conflictWindows = {{t0 + Hour, t0 + 2 * Hour}};
    a.conflict = b.conflict = true;
    m_view->setView(View::Top);
    m_view->setPermits({a, b, always});
    QCOMPARE(m_view->visiblePermitCodes(), (QStringList{u"HW-A"_s, u"CS-B"_s, u"EX-C"_s})); // no time: all

    const QPointF atB = project(251, 277, 8);
    const QColor bare = pixelAt(grab(), atB);
    m_view->setPermitTime(t0 + Hour / 2);
    QCOMPARE(m_view->visiblePermitCodes(), (QStringList{u"HW-A"_s, u"EX-C"_s}));
    QCOMPARE(m_view->conflictingPermitCodes(), QStringList());
    QVERIFY(m_view->pickAt(atB.toPoint()).second != u"CS-B"_s);
    const QColor before = pixelAt(grab(), atB);
    QCOMPARE(before, pixelAt(grab(), atB));

    m_view->setPermitTime(t0 + 90 * 60 * 1000);
    QCOMPARE(m_view->visiblePermitCodes(), (QStringList{u"HW-A"_s, u"CS-B"_s, u"EX-C"_s}));
    QCOMPARE(m_view->conflictingPermitCodes(), (QStringList{u"HW-A"_s, u"CS-B"_s}));
    QCOMPARE(m_view->pickAt(atB.toPoint()), (std::pair{u"permit"_s, u"CS-B"_s}));
    const QColor during = pixelAt(grab(), atB);
    QVERIFY2(during != before, qPrintable(during.name() + u" vs "_s + before.name()));
    QVERIFY(during.blue() > before.blue()); // confined space is purple (#ab47bc) over the ground

    m_view->setPermitTime(t0 + 150 * 60 * 1000); // A has ended: B alone, no conflict any more
    QCOMPARE(m_view->visiblePermitCodes(), (QStringList{u"CS-B"_s, u"EX-C"_s}));
    QCOMPARE(m_view->conflictingPermitCodes(), QStringList());
    m_view->setPermitTime(std::nullopt);
    QCOMPARE(m_view->visiblePermitCodes().size(), 3);
    Q_UNUSED(bare);
}

void TstMapFeatures::timeSliderDrivesTheFilter()
{
    const qint64 t0 = 1772409600000; // 2026-03-02 00:00 UTC = 08:00 in Shanghai
    m_view->setPermits({permit(u"HW-A"_s, u"hot_work"_s, {380, 160, 40, 20}, 0, 6, t0 - Hour, t0 + Hour),
                        permit(u"CS-B"_s, u"confined_space"_s, {240, 265, 22, 25}, 0, 8, t0 + 5 * Hour, t0 + 8 * Hour)});
    map::MapTimeSlider slider;
    connect(&slider, &map::MapTimeSlider::timeChanged, m_view.get(), [this](qint64 t, bool) { m_view->setPermitTime(t); });
    slider.setTimeZone(QTimeZone("Asia/Shanghai"));
    slider.setNow(t0);
    QVERIFY(slider.isLive());
    QCOMPARE(slider.time(), t0);
    QVERIFY2(slider.label().contains(u"08:00"_s) && slider.label().contains(u"+08:00"_s), qPrintable(slider.label()));
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"HW-A"_s});
    QVERIFY(!slider.nowButton()->isEnabled());

    QSignalSpy spy(&slider, &map::MapTimeSlider::timeChanged);
    slider.slider()->setValue(6 * 4); // +6 h in 15-minute steps
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), t0 + 6 * Hour);
    QVERIFY(!slider.isLive());
    QVERIFY2(slider.label().contains(u"14:00"_s), qPrintable(slider.label()));
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"CS-B"_s});
    slider.setNow(t0 + 10 * 60 * 1000); // the clock moves on: the chosen time stays
    QCOMPARE(slider.time(), t0 + 6 * Hour);

    QTest::mouseClick(slider.nowButton(), Qt::LeftButton);
    QVERIFY(slider.isLive());
    QCOMPARE(slider.time(), t0 + 10 * 60 * 1000);
    QCOMPARE(slider.slider()->value(), 0);
    QCOMPARE(m_view->visiblePermitCodes(), QStringList{u"HW-A"_s});
}

void TstMapFeatures::meshImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QJsonValue>("extra");
    // A 10 × 10 × 40 m tower: far taller than the 12 m hall it replaces.
    QTest::newRow("STL") << u"tower.stl"_s << Box(10, 10, 40).stl() << QJsonValue();
    QTest::newRow("OBJ") << u"tower.obj"_s << Box(5, 5, 20).obj() << QJsonValue(QJsonObject{{u"scale"_s, 2}});
    QTest::newRow("glTF (Y up)") << u"tower.gltf"_s << Box(10, 10, 40, true).gltf() << QJsonValue();
}

void TstMapFeatures::meshImport()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QJsonValue, extra);
    writeFile(file, bytes);
    QJsonObject mesh{{u"file"_s, file}, {u"translation"_s, QJsonArray{0, 0, 0}}};
    const QJsonObject more = extra.toObject();
    for (auto it = more.begin(); it != more.end(); ++it)
        mesh.insert(it.key(), it.value());
    const site::Structure *hall = nullptr;
    for (const site::Structure &s : m_layout.structures)
        if (s.code == u"CA1-B1"_s)
            hall = &s;
    QVERIFY(hall);
    const QPointF c = site::centroid(hall->footprint);
    const auto extruded = m_view->structureBounds(u"CA1-B1"_s);
    QVERIFY(extruded);
    QCOMPARE((*extruded)[5], hall->height); // the 12 m hall

    QString error;
    QVERIFY2(m_view->loadLayoutFile(writeLayout(mesh), &error), qPrintable(error));
    QCOMPARE(m_view->meshCount(), 2); // the demo's cooling tower and this one
    QVERIFY(m_view->meshWarnings().isEmpty());
    // Placed at the footprint's centroid, standing on the ground, 10 x 10 x 40 m (glTF turned from Y up).
    const auto b = m_view->structureBounds(u"CA1-B1"_s);
    QVERIFY(b);
    const double expected[6]{c.x() - 5, c.x() + 5, c.y() - 5, c.y() + 5, 0, 40};
    for (int k = 0; k < 6; ++k)
        QVERIFY2(std::abs((*b)[size_t(k)] - expected[k]) < 1e-3,
                 qPrintable(u"bound %1: %2, expected %3"_s.arg(k).arg((*b)[size_t(k)]).arg(expected[k])));
    m_view->setView(View::Top);
    grab();
    QCOMPARE(m_view->pickAt(project(c.x(), c.y(), 40).toPoint()), (std::pair{u"structure"_s, u"CA1-B1"_s}));
    // The demo's own mesh: the cooling tower's hyperbolic shell, 14 m high, about 11 m in radius with its basin.
    const auto tower = m_view->structureBounds(u"UT1-CT1"_s);
    QVERIFY(tower);
    QVERIFY(std::abs((*tower)[5] - 14) < 0.01);
    QVERIFY(std::abs(((*tower)[1] - (*tower)[0]) / 2 - 10.8) < 0.1);
}

void TstMapFeatures::brokenMeshKeepsTheScene_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing file") << u"nowhere.stl"_s << QByteArray() << u"not found"_s;
    QTest::newRow("garbage STL") << u"broken.stl"_s << QByteArray("this is not a mesh\n\x01\x02\x03") << u"cannot read 'broken.stl'"_s;
    QTest::newRow("OBJ without faces") << u"empty.obj"_s << QByteArray("# nothing here\nv 0 0 0\n") << u"cannot read 'empty.obj'"_s;
    QTest::newRow("truncated glTF") << u"broken.gltf"_s << Box(4, 4, 4, true).gltf().left(200) << u"cannot read 'broken.gltf'"_s;
    QTest::newRow("not a mesh format") << u"tower.dwg"_s << QByteArray("AC1018") << u"glTF 2.0"_s;
}

void TstMapFeatures::brokenMeshKeepsTheScene()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    if (!bytes.isEmpty())
        writeFile(file, bytes);
    const QImage before = grab();
    QString error;
    QVERIFY(!m_view->loadLayoutFile(writeLayout(QJsonObject{{u"file"_s, file}}), &error));
    QVERIFY2(error.contains(u"plant.json"_s), qPrintable(error));
    QVERIFY2(error.contains(u"structure 'CA1-B1'"_s), qPrintable(error));
    QVERIFY2(error.contains(u"'mesh.file'"_s), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(m_view->siteLayout().structures.size(), m_layout.structures.size());
    QCOMPARE(grab(), before);

    // The lenient path (a stored layout): the structure keeps its extruded shape and the problem is listed.
    site::SiteLayout layout = m_layout;
    for (site::Structure &s : layout.structures)
        if (s.code == u"CA1-B1"_s) {
            s.mesh.file = file;
            s.mesh.path = m_dir->filePath(file);
        }
    QVERIFY(!m_view->setLayoutStrict(layout, &error));
    QVERIFY2(error.contains(u"CA1-B1"_s), qPrintable(error));
    m_view->setLayout(layout);
    QCOMPARE(m_view->meshWarnings().size(), 1);
    QVERIFY(m_view->meshWarnings().first().contains(u"CA1-B1"_s));
}

void TstMapFeatures::sortedTranslucencyDrawsTheNearVolumeOnTop_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("sorted") << int(map::Translucency::Sorted);
    QTest::newRow("depth peeling") << int(map::Translucency::DepthPeeling);
}

void TstMapFeatures::sortedTranslucencyDrawsTheNearVolumeOnTop()
{
    QFETCH(int, mode);
    // Seen from above, the orange hot-work volume (10–20 m) is in front of the blue temporary-power one
    // (0–6 m). Listed near first, so drawing order alone blends the far one over the near one.
    m_view->setView(View::Top);
    m_view->setPermits({permit(u"HW-NEAR"_s, u"hot_work"_s, {560, 300, 40, 30}, 10, 20),
                        permit(u"TP-FAR"_s, u"temporary_power"_s, {560, 300, 40, 30}, 0, 6)});
    const QPointF at = project(580, 315, 20);
    m_view->setTranslucency(map::Translucency::Unsorted);
    const QColor unsorted = pixelAt(grab(), at);
    m_view->setTranslucency(map::Translucency(mode));
    const QColor sorted = pixelAt(grab(), at);
    // hot_work #ff7043 (red-heavy) vs temporary_power #5c6bc0 (blue-heavy)
    const int u = unsorted.red() - unsorted.blue(), s = sorted.red() - sorted.blue();
    QVERIFY2(s > u + 10, qPrintable(u"unsorted %1 (r-b %2), %3 %4 (r-b %5)"_s.arg(unsorted.name()).arg(u).arg(QLatin1StringView(QTest::currentDataTag()), sorted.name()).arg(s)));
    QCOMPARE(m_view->pickAt(at.toPoint()), (std::pair{u"permit"_s, u"HW-NEAR"_s}));
    m_view->setTranslucency(map::Translucency::Sorted);
}

void TstMapFeatures::peopleLayer()
{
    m_view->setView(View::Top);
    map::PersonMarker p1{u"W-0001"_s, u"Zhang Wei"_s, 350, 120, 0, u"CT-001"_s};
    map::PersonMarker p2{u"W-0002"_s, u"Li Na"_s, 520, 200, 0, QString()};
    m_view->setPeople({p1, p2});
    QCOMPARE(m_view->peopleCount(), 2);
    const QImage img = grab();
    const QPointF at = project(350, 120, 0.9);
    QCOMPARE(m_view->pickAt(at.toPoint()), (std::pair{u"person"_s, u"W-0001"_s}));
    const QColor marker = pixelAt(img, at);
    QVERIFY2(marker.red() > 200 && marker.green() > 200 && marker.blue() > 200, qPrintable(marker.name())); // near-white

    QSignalSpy hovered(m_view.get(), &PlantMapView::hovered);
    // Deliver the move to the view itself: under Xvfb a warped cursor does not always reach the window.
    const QPoint over = project(520, 200, 0.9).toPoint();
    QMouseEvent move(QEvent::MouseMove, QPointF(over), QPointF(m_view->mapToGlobal(over)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view.get(), &move);
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).toString(), u"person"_s);
    QCOMPARE(hovered.last().at(1).toString(), u"W-0002"_s);

    m_view->setLayerVisible(Layer::People, false);
    QVERIFY(m_view->pickAt(at.toPoint()).first != u"person"_s);
    QVERIFY(pixelAt(grab(), at) != marker);
    QVERIFY(m_view->flyTo(u"W-0002"_s));
}

void TstMapFeatures::alarmLabelsNeverOverlap()
{
    // Every sensor of the demo in alarm (severities in turn): in the iso overview their labels would pile up
    // (e.g. TF.LEL_T104 over TF.LVL_T102). Two sensors share a point: the critical one's label must win.
    const QStringList severities{u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
    QList<map::SensorState> states;
    int i = 0;
    for (const site::Sensor &s : m_layout.sensors)
        states.append({s.tag, std::nan(""), s.unit, severities[i++ % 4]});
    for (map::SensorState &st : states) {
        if (st.tag == u"CA1.HCL_R501"_s)
            st.alarm = u"critical"_s;
        if (st.tag == u"CA1.CL2_R501"_s)
            st.alarm = u"low"_s;
    }
    m_view->setView(View::Iso);
    m_view->setSensors(states);
    const QImage withLabels = grab();
    const quint64 frames = m_view->renderCount();
    const QList<PlantMapView::LabelPlacement> labels = m_view->sensorLabels();
    QCOMPARE(m_view->renderCount(), frames); // asking where they are does not render
    QVERIFY(labels.size() >= 30);
    QList<PlantMapView::LabelPlacement> shown;
    int hidden = 0;
    for (const auto &l : labels)
        l.shown ? void(shown.append(l)) : void(++hidden);
    QVERIFY2(shown.size() >= 5, qPrintable(QString::number(shown.size())));
    QVERIFY2(hidden >= 1, "the overview is crowded: some labels must give way");
    for (int a = 0; a < shown.size(); ++a) {
        QVERIFY(QRectF(0, 0, 1280, 720).contains(shown[a].rect));
        for (int b = a + 1; b < shown.size(); ++b)
            QVERIFY2(!shown[a].rect.intersects(shown[b].rect),
                     qPrintable(shown[a].tag + u" overlaps "_s + shown[b].tag));
    }
    const auto find = [&labels](const QString &tag) {
        for (const auto &l : labels)
            if (l.tag == tag)
                return l;
        return PlantMapView::LabelPlacement{};
    };
    QVERIFY(find(u"CA1.HCL_R501"_s).shown);
    // The boxes are where the labels are drawn: inside each, the frame differs from the frame without labels.
    m_view->setLayerVisible(Layer::Sensors, false);
    const QImage without = grab();
    for (const auto &l : m_view->sensorLabels())
        QVERIFY(!l.shown); // a hidden layer shows no label
    for (const auto &l : std::as_const(shown)) {
        const QRect r = l.rect.toAlignedRect().intersected(withLabels.rect());
        int changed = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                changed += withLabels.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
        QVERIFY2(changed > r.width() * r.height() / 2, qPrintable(l.tag));
    }
    // Zoomed in on the tank farm there is room: the labels that gave way there come back, still apart.
    m_view->setLayerVisible(Layer::Sensors, true);
    QVERIFY(m_view->flyTo(u"TF.LEL_T104"_s));
    QTest::qWait(700); // the 450 ms flight
    const QList<PlantMapView::LabelPlacement> near = m_view->sensorLabels();
    QList<QRectF> rects;
    for (const auto &l : near)
        if (l.shown) {
            for (const QRectF &o : std::as_const(rects))
                QVERIFY(!o.intersects(l.rect));
            rects << l.rect;
        }
    QVERIFY(find(u"TF.LEL_T104"_s).shown || std::any_of(near.begin(), near.end(), [](const auto &l) {
        return l.tag == u"TF.LEL_T104"_s && l.shown;
    }));
}

void TstMapFeatures::alarmLabelsSpeakTheInterfaceLanguage()
{
    // Issue 16 item 9: an alarmed sensor without a value shows its alarm's priority, in the interface's
    // language (it was "CRITICAL" in the zh_CN interface). The command center's own zh_CN translation.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(GUARDLINE_BINARY_DIR "/src/shell/guardline_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    auto uninstall = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
    const site::Sensor &s = m_layout.sensors.first();
    m_view->setSensors({{s.tag, std::nan(""), s.unit, u"critical"_s}});
    grab();
    QString text;
    for (const auto &l : m_view->sensorLabels())
        if (l.tag == s.tag)
            text = l.text;
    QVERIFY2(text.contains(u"紧急"_s) && !text.contains(u"CRITICAL"_s), qPrintable(text));
    uninstall.dismiss();
    QCoreApplication::removeTranslator(&zh);
    m_view->setSensors({{s.tag, std::nan(""), s.unit, u"critical"_s}});
    grab();
    for (const auto &l : m_view->sensorLabels())
        if (l.tag == s.tag)
            QVERIFY2(l.text.contains(u"CRITICAL"_s), qPrintable(l.text));
}

int main(int argc, char **argv)
{
    gl::map::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TstMapFeatures test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_map_features.moc"
