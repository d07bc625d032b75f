// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/site/SiteLayout.h"
#include "map/MapData.h"

#include <QOpenGLWidget>
#include <QPointF>

#include <memory>
#include <utility>

class vtkRenderer;

namespace gl::map {

/// The 3D plant map: VTK rendered inside a Qt 6 QOpenGLWidget (vtkGenericOpenGLRenderWindow bridge).
/// The app feeds it plain data; every change only schedules a render, so any number of changes made in
/// one event-loop turn cost one frame. Each layer is batched: hazard pins are three actors (general, major,
/// overdue) whatever their number, permit volumes and risk areas one each. Call
/// gl::map::setDefaultSurfaceFormat() before the QApplication is created. docs/map.md describes the design.
class PlantMapView : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit PlantMapView(QWidget *parent = nullptr);
    ~PlantMapView() override;

    using QWidget::setLayout;
    /// Replaces the site: structures, risk areas, cameras, sensors. Keeps hazards, permits, people.
    void setLayout(const site::SiteLayout &layout);
    /// Parses and shows a layout file; on error keeps the current scene and returns false with the
    /// validator's message (which names the element and field).
    bool loadLayoutFile(const QString &path, QString *error = nullptr);
    const site::SiteLayout &siteLayout() const;

    void setHazards(const QList<HazardPin> &pins);
    /// Adds (or updates, by code) one pin without rebuilding anything else.
    void addHazard(const HazardPin &pin);
    void setPermits(const QList<PermitVolume> &permits);
    void setSensors(const QList<SensorState> &states);
    void setPeople(const QList<PersonMarker> &people);
    int hazardCount() const;
    int permitCount() const;

    void setView(View view);
    View view() const;
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const;
    /// Overdue pins pulse (a timer animates their size). On by default.
    void setPulseEnabled(bool on);

    /// Moves the camera to the object with this code (hazard, permit, structure, area, camera, sensor tag,
    /// equipment code or QR id). Returns false when nothing has that code.
    bool flyTo(const QString &code);

    /// The object drawn at a widget point: {kind, code} (kinds: layerKey()), or two empty strings.
    std::pair<QString, QString> pickAt(QPoint widgetPos);
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

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gl::map
