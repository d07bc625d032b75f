// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/map/MapData.h"
#include "modules/site/layout/SiteLayout.h"

#include <QOpenGLWidget>
#include <QPointF>

#include <array>
#include <memory>
#include <optional>
#include <utility>

class vtkRenderer;

namespace gl::map {

/// The 3D plant map: VTK rendered inside a Qt 6 QOpenGLWidget (vtkGenericOpenGLRenderWindow bridge).
/// The app feeds it plain data; every change only schedules a render, so any number of changes made in
/// one event-loop turn cost one frame. Each layer is batched: hazard pins are three actors (general, major,
/// overdue) whatever their number, permit volumes and risk areas one each; pins gather into clusters when
/// zoomed out. Call
/// gl::map::setDefaultSurfaceFormat() before the QApplication is created. docs/map.md describes the design.
class PlantMapView : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit PlantMapView(QWidget *parent = nullptr);
    ~PlantMapView() override;

    using QWidget::setLayout;
    /// Replaces the site: structures, risk areas, cameras, sensors. Keeps hazards, permits, people.
    /// A structure whose mesh cannot be read is drawn from its footprint (meshWarnings() says which).
    void setLayout(const site::SiteLayout &layout);
    /// Like setLayout, but every structure mesh must load: on the first that does not, keeps the current
    /// scene and returns false with a message naming the structure and the field.
    bool setLayoutStrict(const site::SiteLayout &layout, QString *error = nullptr);
    /// Parses and shows a layout file (meshes included, strictly); on error keeps the current scene and
    /// returns false with the validator's message (which names the element and field).
    bool loadLayoutFile(const QString &path, QString *error = nullptr);
    const site::SiteLayout &siteLayout() const;
    /// What is drawn for a structure (its mesh or its extruded shape): {xmin, xmax, ymin, ymax, zmin, zmax}
    /// in site metres, or nothing for an unknown code.
    std::optional<std::array<double, 6>> structureBounds(const QString &code) const;
    /// Structures drawn from their mesh file, and the lenient setLayout's complaints.
    int meshCount() const;
    QStringList meshWarnings() const;

    void setHazards(const QList<HazardPin> &pins);
    /// Adds (or updates, by code) one pin without rebuilding anything else.
    void addHazard(const HazardPin &pin);
    void setPermits(const QList<PermitVolume> &permits);
    void setSensors(const QList<SensorState> &states);
    void setPeople(const QList<PersonMarker> &people);
    /// The state last given for a sensor tag (setSensors), or nothing.
    std::optional<SensorState> sensorState(const QString &tag) const;
    int hazardCount() const;
    int permitCount() const;
    int peopleCount() const;

    /// Shows only the permits whose window holds `msecsSinceEpoch` (and outlines those in conflict then);
    /// std::nullopt shows every permit given. Applied on the next frame.
    void setPermitTime(std::optional<qint64> msecsSinceEpoch);
    std::optional<qint64> permitTime() const;
    /// The permits drawn now (after the time filter), and those outlined as conflicting.
    QStringList visiblePermitCodes() const;
    QStringList conflictingPermitCodes() const;
    void setTranslucency(Translucency mode);
    Translucency translucency() const;

    /// Pins gather into screen-grid clusters (a cell of about 56 px) when zoomed out; on by default.
    void setClusteringEnabled(bool on);
    bool clusteringEnabled() const;
    /// The clusters drawn for the current camera (computed on demand).
    QList<PinCluster> clusters() const;
    /// The cluster drawn at a widget point, or -1.
    int clusterAt(QPoint widgetPos) const;
    /// Flies to a cluster so that its pins spread out (what a click on a cluster does).
    void zoomToCluster(int index);

    /// An alarmed sensor's label as the next frame draws it: its box in widget coordinates (logical
    /// pixels, y down) and whether it is shown. Labels never overlap: the most severe alarm is placed
    /// first (above its sensor, else below, right or left of it); a label that fits nowhere is hidden
    /// until the view has room for it (its sensor's halo and tooltip still say it all).
    struct LabelPlacement {
        QString tag;
        QRectF rect;
        bool shown = false;
        QString text; ///< what it says: the value and unit, or the alarm's priority in the interface language
    };
    QList<LabelPlacement> sensorLabels() const;

    void setView(View view);
    View view() const;
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;
    /// Overdue pins pulse (a timer animates their size). On by default.
    void setPulseEnabled(bool on);

    /// Moves the camera to the object with this code (hazard, permit, structure, area, camera, sensor tag,
    /// equipment code or QR id). Returns false when nothing has that code.
    bool flyTo(const QString &code);
    /// The site point of an object (as flyTo finds it), or nothing.
    std::optional<site::Point3> locate(const QString &code) const;

    /// The object drawn at a widget point: {kind, code} (kinds: layerKey()), or two empty strings.
    std::pair<QString, QString> pickAt(QPoint widgetPos);
    /// The site point on the ground (z = 0) under a widget point, or nothing (the sky above the horizon).
    std::optional<QPointF> groundAt(QPoint widgetPos) const;
    /// The widget point (logical pixels, y down) where a site point is drawn.
    QPointF worldToWidget(double x, double y, double z) const;

    /// Requests one frame on the next event-loop turn (coalesced).
    void scheduleRender();
    /// Frames drawn so far (for tests and the benchmark).
    quint64 renderCount() const;
    /// For the benchmark and advanced overlays; the view owns it.
    vtkRenderer *renderer() const;

Q_SIGNALS:
    void objectPicked(const QString &kind, const QString &code);
    void hovered(const QString &kind, const QString &code);
    /// The camera moved (orbit, zoom, fly-to, view change): overlays that follow objects reposition.
    void cameraChanged();
    /// The left button went down on a camera and the mouse moved past the drag distance: the owner starts a
    /// drag (QDrag) carrying the code, e.g. onto the camera wall. A press on a camera does not orbit the view;
    /// released without moving, it is a click (objectPicked). kind: "camera".
    void dragRequested(const QString &kind, const QString &code);
    /// A right click (pressed and released without moving; a right drag zooms): the owner shows its
    /// context menu for what is there (groundAt(), pickAt()). Widget coordinates, logical pixels.
    void contextMenuRequested(QPoint widgetPos);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

public:
    struct Private; ///< PlantMapView_p.h: shared by the view's units (layers, picking, camera)

private:
    std::unique_ptr<Private> d;
};

} // namespace gl::map
