// SPDX-License-Identifier: Apache-2.0
#pragma once

// PlantMapView's private state, shared by its units: PlantMapView.cpp (the Qt/VTK bridge and the public
// setters), MapLayers.cpp (marker batches, pins and their clusters), MapSensorLayers.cpp (sensors, their
// labels, people), MapPermitLayers.cpp (sorted permit volumes), MapPicking.cpp (picking, codes, tooltips)
// and MapCamera.cpp (views, fly-to, mouse forwarding).

#include "modules/map/MapData.h"
#include "modules/map/PlantMapView.h"
#include "modules/site/layout/SiteLayout.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellPicker.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkGlyph3DMapper.h>
#include <vtkIntArray.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkPointGaussianMapper.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkRenderStepsPass.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSphereSource.h>
#include <vtkStaticCellLocator.h>
#include <vtkTextActor.h>
#include <vtkUnsignedCharArray.h>

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <array>
#include <optional>
#include <vector>

class QLabel;
class vtkCamera;
class QVariantAnimation;

Q_DECLARE_LOGGING_CATEGORY(lcMap)

namespace gl::map {

inline constexpr double PinLift = 1.0;       ///< pins float this far above their point (metres)
inline constexpr double PickTolerancePx = 8;  ///< how far from a marker's centre a click still hits it

/// Screen-facing splats in one actor (vtkPointGaussianMapper), a radius (metres) per point: alarm halos
/// (a ring shader) and pin clusters (a disc with a light rim).
struct SplatLayer {
    vtkNew<vtkPoints> points;
    vtkNew<vtkUnsignedCharArray> colors;
    vtkNew<vtkFloatArray> scale;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPointGaussianMapper> mapper;
    vtkNew<vtkActor> actor;

    void init(const char *shader);
    void clear();
    void append(double x, double y, double z, Rgb c, float radius);
    void changed();
};

/// Markers as GL points of a fixed size in pixels, in one actor: positions, RGB colours, and for each point
/// the index of the element it draws (its owner). Points are removed by moving the last one into the hole.
/// The vertex cells name the points drawn: clustering hides pins by leaving them out (setDrawn).
struct MarkerBatch {
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> verts;
    vtkNew<vtkUnsignedCharArray> colors;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    QList<int> owners;
    bool masked = false; ///< some points are left out of the vertex cells

    void init(float pointSize);
    void clear();
    int append(int owner, double x, double y, double z, Rgb c);
    void set(int slot, double x, double y, double z, Rgb c);
    /// Removes a slot; returns the owner whose point moved into it (or -1).
    int remove(int slot);
    /// Draws every point (drawAll) or only those whose owner is not hidden.
    void setDrawn(const std::vector<char> *hiddenOwners);
    void changed();
};

/// What the camera shows (not its clipping range, which every frame resets): a change of pose is what
/// re-clusters the pins and re-sorts the translucent volumes.
struct CameraPose {
    std::array<double, 3> position{}, focal{}, up{};
    double parallelScale = 0, viewAngle = 0;
    bool parallel = false;
    static CameraPose of(vtkCamera *cam);
    bool operator==(const CameraPose &) const = default;
    /// Within `degrees` of view direction, and moved or zoomed by less than `fraction` of the view's scale
    /// (the parallel scale, or the distance to the focal point): what is drawn has barely changed.
    bool near(const CameraPose &o, double degrees, double fraction) const;
};

/// Pins are drawn in three batches: general, major (bigger) and overdue (its point size pulses).
enum PinClass { GeneralPins = 0, MajorPins = 1, OverduePins = 2 };
inline constexpr std::array<float, 3> PinSize{7, 10, 10};
PinClass pinClass(const HazardPin &p);

struct PlantMapView::Private {
    PlantMapView *q = nullptr;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkRenderer> overlay; ///< layer 1, same camera: pins, clusters, alarm halos and labels stay on top
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    vtkNew<vtkCellPicker> picker;
    vtkNew<vtkRenderStepsPass> orderedPass; ///< VTK's standard passes, translucency blended in drawing order
    vtkNew<vtkStaticCellLocator> permitLocator; ///< 2,000 permits are ~24,000 cells: pick through a locator
    vtkMTimeType permitLocatorTime = 0;
    bool initialized = false;
    quint64 renders = 0;

    site::SiteLayout layout;
    QRectF bounds{0, 0, 100, 100};
    QStringList meshWarnings; ///< structures drawn without their mesh (setLayout is lenient)

    vtkNew<vtkPolyDataMapper> groundMapper, structureMapper, areaMapper, cameraMapper, permitMapper,
        outlineMapper;
    vtkNew<vtkActor> groundActor, structureActor, areaActor, cameraActor, permitActor, outlineActor;
    vtkNew<vtkPoints> cameraApex;
    vtkNew<vtkPolyData> sensorPoly;
    vtkNew<vtkPoints> sensorPoints;
    vtkNew<vtkUnsignedCharArray> sensorColors;
    vtkNew<vtkSphereSource> sensorSphere;
    vtkNew<vtkGlyph3DMapper> sensorMapper;
    vtkNew<vtkActor> sensorActor;
    std::vector<vtkSmartPointer<vtkTextActor>> labels;
    /// Per label (same order): the sensor tag, its alarm's rank (critical 4 … low 1), its world anchor, and
    /// where the last layout put it (display pixels, y up; shown or not).
    struct LabelSlot {
        QString tag;
        int rank = 0;
        std::array<double, 3> anchor{};
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool shown = false;
        std::array<double, 4> bbox{}; ///< the text's box relative to its position (measured once)
        bool measured = false;
    };
    std::vector<LabelSlot> labelSlots;
    quint64 labelVersion = 0;
    struct LabelKey {
        int w = 0, h = 0;
        quint64 labels = ~0ull;
        bool visible = false;
        bool operator==(const LabelKey &) const = default;
    } labelKey;
    CameraPose labelsFor;
    SplatLayer halos;
    std::array<MarkerBatch, 3> pins;
    MarkerBatch people;
    struct PinSlot {
        PinClass batch;
        int slot;
    };
    QList<PinSlot> pinSlots; ///< per hazard

    QList<HazardPin> hazards;
    QHash<QString, int> hazardIndex;
    quint64 hazardVersion = 0;
    QList<PermitVolume> permits;
    QList<PersonMarker> peopleData;
    QHash<QString, SensorState> sensorStates;

    // --- clustering (MapLayers.cpp) ---
    bool clustering = true;
    double clusterCellPx = 56;     ///< grid cell, logical pixels
    double clusterMinCellM = 6;    ///< no clustering once a cell covers less than this many metres
    SplatLayer clusterSplats;
    QList<PinCluster> clusters;
    std::vector<char> clusteredPin; ///< per hazard: hidden inside a cluster
    struct ClusterKey {
        int w = 0, h = 0;
        quint64 hazards = ~0ull;
        bool enabled = false;
        bool operator==(const ClusterKey &) const = default;
    } clusterKey;
    CameraPose clusteredFor; ///< the pose of the last clustering: tiny moves keep the clusters

    // --- permit volumes: time filter and depth sort (MapPermitLayers.cpp) ---
    vtkSmartPointer<vtkPolyData> permitSource;      ///< all permits, triangulated, cells grouped by permit
    vtkNew<vtkPolyData> permitDrawn;                ///< the visible permits' cells, sorted back to front
    std::vector<std::pair<vtkIdType, vtkIdType>> permitCells; ///< per permit: [first, end) cell in permitSource
    std::optional<qint64> permitTime;               ///< show only permits active at this instant
    quint64 permitVersion = 0;                      ///< data or filter changed
    QList<int> visiblePermits;                      ///< after the time filter, in permit order
    quint64 filteredVersion = ~0ull;
    Translucency translucency = Translucency::Sorted;
    struct SortKey {
        quint64 permits = ~0ull;
        Translucency mode = Translucency::Unsorted;
        bool operator==(const SortKey &) const = default;
    } sortKey;
    CameraPose sortedFor; ///< the pose of the last depth sort: small moves keep the order (sortPermits)

    std::array<bool, LayerCount> visible{true, true, true, true, true, true, true};
    View view = View::Top;
    bool userCamera = false;
    QTimer pulse;
    double phase = 0;
    bool pulseEnabled = true;
    QTimer hoverTimer;
    QPoint hoverPos, pressPos;
    QString dragCode; ///< the camera the left button went down on (a drag may start), else empty
    std::pair<QString, QString> lastHover;
    int lastHoverCluster = -1;
    QLabel *legend = nullptr;
    QVariantAnimation *flight = nullptr;
    QMetaObject::Connection contextConnection;

    // PlantMapView.cpp
    void syncSize();
    /// Everything a frame needs that depends on the camera or on pending changes: the pin clusters, the
    /// time filter and back-to-front order of the permit volumes, the clipping range. Runs at the start of
    /// every render (the window's StartEvent) and before a pick; cheap when nothing changed.
    void prepareFrame();

    // MapCamera.cpp
    void applyView();
    void resetClippingRange();
    void flyToPoint(const std::array<double, 3> &focal, double parallelScale, double distance);
    /// Metres covered by one device pixel at the focal point.
    double metresPerPixel() const;

    // MapLayers.cpp, MapSensorLayers.cpp (sensors, people, labels), MapPermitLayers.cpp (permits)
    void placePin(int i);
    void updatePin(int i);
    void updatePulse();
    void pulseTick();
    void rebuildSensors();
    void rebuildPeople();
    void updateClusters();
    /// Places the alarm labels so that none overlaps another (MapSensorLayers.cpp); cheap when nothing moved.
    void layoutLabels();
    void setPermitData(const QList<PermitVolume> &permits);
    void updatePermitFilter();
    void sortPermits();
    bool permitConflictAt(const PermitVolume &p) const;

    // MapPicking.cpp
    std::optional<site::Point3> locate(const QString &code) const;
    QString codeFor(Layer layer, int index) const;
    int clusterAt(QPoint widgetPos) const;
    QString tooltipFor(const QString &kind, const QString &code) const;
    void hoverTick();
};

} // namespace gl::map
