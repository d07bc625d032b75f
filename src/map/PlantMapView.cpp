// SPDX-License-Identifier: Apache-2.0
#include "map/PlantMapView.h"

#include "core/site/Geometry.h"
#include "core/util/Error.h"
#include "map/SceneBuilder.h"

#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCellPicker.h>
#include <vtkCommand.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkGlyph3DMapper.h>
#include <vtkIntArray.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkOpenGLState.h>
#include <vtkPointData.h>
#include <vtkPointGaussianMapper.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>
#include <vtkStaticCellLocator.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkCoordinate.h>
#include <vtkUnsignedCharArray.h>

#include <QEasingCurve>
#include <QLabel>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <array>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcMap, "guardline.map")

using namespace Qt::StringLiterals;

namespace gl::map {
namespace {

constexpr double PinLift = 1.0;      ///< pins float this far above their point (metres)
constexpr double PickTolerancePx = 8; ///< how far from a marker's centre a click still hits it

// Splat shader for vtkPointGaussianMapper: a ring (alarm halos).
const char *RingShader = "//VTK::Color::Impl\n"
                         "float dist = dot(offsetVCVSOutput.xy, offsetVCVSOutput.xy);\n"
                         "if (dist > 1.0 || dist < 0.55) { discard; }\n";

/// Alarm halos: screen-facing ring splats in one actor, a radius (metres) per point.
struct HaloLayer {
    vtkNew<vtkPoints> points;
    vtkNew<vtkUnsignedCharArray> colors;
    vtkNew<vtkFloatArray> scale;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPointGaussianMapper> mapper;
    vtkNew<vtkActor> actor;

    void init(const char *shader)
    {
        colors->SetName(scene::ColorArray);
        colors->SetNumberOfComponents(3);
        scale->SetName("scale");
        poly->SetPoints(points);
        poly->GetPointData()->SetScalars(colors);
        poly->GetPointData()->AddArray(scale);
        mapper->SetInputData(poly);
        mapper->SetScaleArray("scale");
        mapper->SetScaleFactor(1.0);
        mapper->SetEmissive(false);
        mapper->SetSplatShaderCode(shader);
        mapper->SetTriangleScale(1.05f);
        mapper->SetColorModeToDirectScalars();
        mapper->SetScalarModeToUsePointData();
        actor->SetMapper(mapper);
        actor->PickableOff();
    }
    void clear()
    {
        points->Reset();
        colors->Reset();
        scale->Reset();
    }
    void append(double x, double y, double z, Rgb c, float radius)
    {
        points->InsertNextPoint(x, y, z);
        colors->InsertNextTuple3(c.r, c.g, c.b);
        scale->InsertNextValue(radius);
    }
    void changed()
    {
        points->Modified();
        colors->Modified();
        scale->Modified();
        poly->Modified();
    }
};

/// Markers as GL points of a fixed size in pixels, in one actor: positions, RGB colours, and for each point
/// the index of the element it draws (its owner). Points are removed by moving the last one into the hole.
struct MarkerBatch {
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> verts;
    vtkNew<vtkUnsignedCharArray> colors;
    vtkNew<vtkPolyData> poly;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
    QList<int> owners;

    void init(float pointSize)
    {
        colors->SetName(scene::ColorArray);
        colors->SetNumberOfComponents(3);
        poly->SetPoints(points);
        poly->SetVerts(verts);
        poly->GetPointData()->SetScalars(colors);
        mapper->SetInputData(poly);
        mapper->SetColorModeToDirectScalars();
        mapper->SetScalarModeToUsePointData();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetPointSize(pointSize);
        actor->GetProperty()->LightingOff();
        actor->PickableOff();
    }
    void clear()
    {
        points->Reset();
        verts->Reset();
        colors->Reset();
        owners.clear();
    }
    int append(int owner, double x, double y, double z, Rgb c)
    {
        const vtkIdType id = points->InsertNextPoint(x, y, z);
        verts->InsertNextCell(1, &id);
        colors->InsertNextTuple3(c.r, c.g, c.b);
        owners.append(owner);
        return int(id);
    }
    void set(int slot, double x, double y, double z, Rgb c)
    {
        points->SetPoint(slot, x, y, z);
        colors->SetTuple3(slot, c.r, c.g, c.b);
    }
    /// Removes a slot; returns the owner whose point moved into it (or -1).
    int remove(int slot)
    {
        const int last = int(owners.size()) - 1;
        int moved = -1;
        if (slot != last) {
            double p[3];
            points->GetPoint(last, p);
            points->SetPoint(slot, p);
            colors->SetTuple(slot, colors->GetTuple(last));
            owners[slot] = owners[last];
            moved = owners[slot];
        }
        owners.removeLast();
        points->SetNumberOfPoints(last);
        colors->SetNumberOfTuples(last);
        verts->Reset();
        verts->AllocateExact(last, last);
        for (vtkIdType i = 0; i < last; ++i)
            verts->InsertNextCell(1, &i);
        return moved;
    }
    void changed()
    {
        points->Modified();
        verts->Modified();
        colors->Modified();
        poly->Modified();
    }
};

/// Pins are drawn in three batches: general, major (bigger) and overdue (its point size pulses).
enum PinClass { GeneralPins = 0, MajorPins = 1, OverduePins = 2 };
constexpr std::array<float, 3> PinSize{7, 10, 10};
PinClass pinClass(const HazardPin &p)
{
    if (p.overdue && p.state != u"closed" && p.state != u"verified")
        return OverduePins;
    return p.grade == u"major" ? MajorPins : GeneralPins;
}

void setupPolyActor(vtkPolyDataMapper *mapper, vtkActor *actor)
{
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    actor->SetMapper(mapper);
}

} // namespace

struct PlantMapView::Private {
    PlantMapView *q = nullptr;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkRenderer> overlay; ///< layer 1, same camera: pins, alarm halos and labels stay on top
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    vtkNew<vtkCellPicker> picker;
    vtkNew<vtkStaticCellLocator> permitLocator; ///< 2,000 permits are ~24,000 cells: pick through a locator
    vtkDataSet *permitLocatorData = nullptr;
    bool initialized = false;
    quint64 renders = 0;

    site::SiteLayout layout;
    QRectF bounds{0, 0, 100, 100};

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
    HaloLayer halos;
    std::array<MarkerBatch, 3> pins;
    MarkerBatch people;
    struct PinSlot {
        PinClass batch;
        int slot;
    };
    QList<PinSlot> pinSlots; ///< per hazard

    QList<HazardPin> hazards;
    QHash<QString, int> hazardIndex;
    QList<PermitVolume> permits;
    QList<PersonMarker> peopleData;
    QHash<QString, SensorState> sensorStates;

    std::array<bool, LayerCount> visible{true, true, true, true, true, true, true};
    View view = View::Top;
    bool userCamera = false;
    QTimer pulse;
    double phase = 0;
    bool pulseEnabled = true;
    QTimer hoverTimer;
    QPoint hoverPos, pressPos;
    std::pair<QString, QString> lastHover;
    QLabel *legend = nullptr;
    QVariantAnimation *flight = nullptr;
    QMetaObject::Connection contextConnection;

    void syncSize()
    {
        const double dpr = q->devicePixelRatioF();
        const int w = std::max(1, int(std::lround(q->width() * dpr)));
        const int h = std::max(1, int(std::lround(q->height() * dpr)));
        const int *s = window->GetSize();
        if (s[0] != w || s[1] != h) {
            window->SetSize(w, h);
            interactor->UpdateSize(w, h);
        }
    }

    void applyView()
    {
        syncSize();
        const int *s = window->GetSize();
        const double aspect = s[1] > 0 ? double(s[0]) / s[1] : 16.0 / 9.0;
        const QPointF c = bounds.center();
        const double extent = std::max(bounds.width(), bounds.height());
        vtkCamera *cam = renderer->GetActiveCamera();
        if (view == View::Top) {
            cam->ParallelProjectionOn();
            cam->SetFocalPoint(c.x(), c.y(), 0);
            cam->SetPosition(c.x(), c.y(), extent * 2);
            cam->SetViewUp(0, 1, 0);
            cam->SetParallelScale(std::max(bounds.height() / 2, bounds.width() / 2 / aspect) * 1.06);
        } else {
            cam->ParallelProjectionOff();
            cam->SetViewAngle(30);
            cam->SetFocalPoint(c.x(), c.y(), 0);
            cam->SetPosition(c.x() - 0.5 * extent, c.y() - 0.9 * extent, 0.8 * extent);
            cam->SetViewUp(0, 0, 1);
            renderer->ResetCamera(bounds.left(), bounds.right(), bounds.top(), bounds.bottom(), 0, 20);
            cam->Zoom(1.45);
        }
        resetClippingRange();
        q->scheduleRender();
    }

    /// The two layers share one camera: its near/far planes must hold the props of both.
    void resetClippingRange()
    {
        double a[6], b[6];
        renderer->ComputeVisiblePropBounds(a);
        overlay->ComputeVisiblePropBounds(b);
        if (b[0] <= b[1])
            for (int i = 0; i < 3; ++i) {
                a[2 * i] = a[2 * i] <= a[2 * i + 1] ? std::min(a[2 * i], b[2 * i]) : b[2 * i];
                a[2 * i + 1] = std::max(a[2 * i + 1], b[2 * i + 1]);
            }
        if (a[0] <= a[1])
            renderer->ResetCameraClippingRange(a);
    }

    void placePin(int i)
    {
        const HazardPin &p = hazards[i];
        const PinClass c = pinClass(p);
        pinSlots[i] = {c, pins[c].append(i, p.x, p.y, p.z + PinLift, hazardRgb(p))};
    }

    void updatePin(int i)
    {
        const HazardPin &p = hazards[i];
        PinSlot &at = pinSlots[i];
        if (at.batch == pinClass(p)) {
            pins[at.batch].set(at.slot, p.x, p.y, p.z + PinLift, hazardRgb(p));
            pins[at.batch].changed();
            return;
        }
        MarkerBatch &from = pins[at.batch];
        if (const int moved = from.remove(at.slot); moved >= 0)
            pinSlots[moved].slot = at.slot;
        from.changed();
        placePin(i);
        pins[pinSlots[i].batch].changed();
    }

    void updatePulse()
    {
        const bool on = pulseEnabled && !pins[OverduePins].owners.isEmpty() && visible[int(Layer::Hazards)];
        if (on && !pulse.isActive())
            pulse.start();
        else if (!on && pulse.isActive()) {
            pulse.stop();
            pins[OverduePins].actor->GetProperty()->SetPointSize(PinSize[OverduePins]);
            q->scheduleRender();
        }
    }

    /// The pulse changes one actor property: no buffer is touched.
    void pulseTick()
    {
        phase += 0.45;
        const double f = 1.0 + 0.5 * (0.5 + 0.5 * std::sin(phase));
        pins[OverduePins].actor->GetProperty()->SetPointSize(float(PinSize[OverduePins] * f));
        q->scheduleRender();
    }

    void rebuildSensors()
    {
        sensorPoints->Reset();
        sensorColors->Reset();
        halos.clear();
        for (auto &l : labels)
            overlay->RemoveViewProp(l);
        labels.clear();
        for (const site::Sensor &s : layout.sensors) {
            const auto it = sensorStates.constFind(s.tag);
            const bool alarmed = it != sensorStates.cend() && !it->alarm.isEmpty();
            const Rgb c = alarmed ? alarmRgb(it->alarm) : Rgb{0xb0, 0xbe, 0xc5};
            sensorPoints->InsertNextPoint(s.position.x, s.position.y, s.position.z);
            sensorColors->InsertNextTuple3(c.r, c.g, c.b);
            if (!alarmed)
                continue;
            halos.append(s.position.x, s.position.y, s.position.z, c, 5.0f);
            vtkNew<vtkTextActor> label;
            const QString unit = it->unit.isEmpty() ? s.unit : it->unit;
            // No value yet (telemetry not connected): show the alarm, never a made-up number.
            const QString text = std::isnan(it->value) ? QString(s.tag % u"  ⚠ "_s % it->alarm.toUpper())
                                                       : QString(s.tag % u"  "_s % QString::number(it->value, 'g', 4) % u" "_s % unit);
            label->SetInput(text.toUtf8().constData());
            label->GetPositionCoordinate()->SetCoordinateSystemToWorld();
            label->GetPositionCoordinate()->SetValue(s.position.x, s.position.y, s.position.z + 3);
            label->GetTextProperty()->SetFontSize(14);
            label->GetTextProperty()->SetColor(1, 1, 1);
            label->GetTextProperty()->SetBackgroundColor(0.08, 0.08, 0.09);
            label->GetTextProperty()->SetBackgroundOpacity(0.75);
            label->GetTextProperty()->SetJustificationToCentered();
            label->SetVisibility(visible[int(Layer::Sensors)]);
            label->PickableOff();
            overlay->AddViewProp(label);
            labels.push_back(label);
        }
        sensorPoints->Modified();
        sensorColors->Modified();
        sensorPoly->Modified();
        halos.changed();
        q->scheduleRender();
    }

    std::optional<site::Point3> locate(const QString &code) const
    {
        if (const auto it = hazardIndex.constFind(code); it != hazardIndex.cend()) {
            const HazardPin &p = hazards[*it];
            return site::Point3{p.x, p.y, p.z};
        }
        for (const PermitVolume &p : permits)
            if (p.code == code) {
                const QPointF c = site::centroid(p.polygon);
                return site::Point3{c.x(), c.y(), (p.zMin + p.zMax) / 2};
            }
        for (const site::Structure &s : layout.structures)
            if (s.code == code) {
                QPointF c = s.center;
                if (!s.footprint.isEmpty())
                    c = site::centroid(s.footprint);
                else if (!s.path.isEmpty())
                    c = (s.path.first() + s.path.last()) / 2;
                return site::Point3{c.x(), c.y(), s.height / 2};
            }
        for (const site::Area &a : layout.areas)
            if (a.code == code) {
                const QPointF c = site::centroid(a.polygon);
                return site::Point3{c.x(), c.y(), 0};
            }
        for (const site::Camera &c : layout.cameras)
            if (c.code == code)
                return c.position;
        for (const site::Sensor &s : layout.sensors)
            if (s.tag == code)
                return s.position;
        for (const site::Equipment &e : layout.equipment)
            if (e.code == code || e.qr == code)
                return e.position;
        for (const PersonMarker &p : peopleData)
            if (p.code == code)
                return site::Point3{p.x, p.y, p.z};
        return std::nullopt;
    }

    QString codeFor(Layer layer, int index) const
    {
        switch (layer) {
        case Layer::Structures:
            return index >= 0 && index < int(layout.structures.size()) ? layout.structures[index].code : QString();
        case Layer::RiskAreas:
            return index >= 0 && index < int(layout.areas.size()) ? layout.areas[index].code : QString();
        case Layer::Cameras:
            return index >= 0 && index < int(layout.cameras.size()) ? layout.cameras[index].code : QString();
        case Layer::Sensors:
            return index >= 0 && index < int(layout.sensors.size()) ? layout.sensors[index].tag : QString();
        case Layer::Permits:
            return index >= 0 && index < int(permits.size()) ? permits[index].code : QString();
        case Layer::Hazards:
            return index >= 0 && index < int(hazards.size()) ? hazards[index].code : QString();
        case Layer::People:
            return index >= 0 && index < int(peopleData.size()) ? peopleData[index].code : QString();
        }
        return {};
    }
};

// --- bridge callbacks: VTK asks the Qt widget for its context ---------------------------------------------

static void onMakeCurrent(vtkObject *, unsigned long, void *client, void *)
{
    auto *view = static_cast<PlantMapView *>(client);
    if (view->context() && QOpenGLContext::currentContext() != view->context())
        view->makeCurrent();
}

static void onIsCurrent(vtkObject *, unsigned long, void *client, void *callData)
{
    auto *view = static_cast<PlantMapView *>(client);
    *static_cast<bool *>(callData) = view->context() && QOpenGLContext::currentContext() == view->context();
}

static void onInteractorRender(vtkObject *, unsigned long, void *client, void *)
{
    static_cast<PlantMapView *>(client)->scheduleRender();
}

PlantMapView::PlantMapView(QWidget *parent) : QOpenGLWidget(parent), d(std::make_unique<Private>())
{
    d->q = this;
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);

    d->window->SetMultiSamples(0);
    d->window->SetNumberOfLayers(2);
    d->window->AddRenderer(d->renderer);
    d->window->AddRenderer(d->overlay);
    d->overlay->SetLayer(1);
    d->overlay->SetActiveCamera(d->renderer->GetActiveCamera());
    d->overlay->InteractiveOff();
    d->renderer->SetBackground(0.11, 0.12, 0.13);
    d->renderer->SetBackgroundAlpha(1.0); // else Qt composes the clear colour as transparent
    vtkNew<vtkCallbackCommand> makeCurrent, isCurrent, render;
    makeCurrent->SetCallback(onMakeCurrent);
    makeCurrent->SetClientData(this);
    isCurrent->SetCallback(onIsCurrent);
    isCurrent->SetClientData(this);
    render->SetCallback(onInteractorRender);
    render->SetClientData(this);
    d->window->AddObserver(vtkCommand::WindowMakeCurrentEvent, makeCurrent);
    d->window->AddObserver(vtkCommand::WindowIsCurrentEvent, isCurrent);

    // The interactor never renders itself: its render requests are coalesced like data changes.
    d->interactor->SetRenderWindow(d->window);
    d->interactor->SetInteractorStyle(d->style);
    d->interactor->EnableRenderOff();
    d->interactor->AddObserver(vtkCommand::RenderEvent, render);
    d->interactor->Initialize();

    d->picker->SetTolerance(0.004);
    d->picker->PickFromListOn();

    setupPolyActor(d->groundMapper, d->groundActor);
    d->groundActor->GetProperty()->LightingOff();
    d->groundActor->PickableOff();
    setupPolyActor(d->structureMapper, d->structureActor);
    setupPolyActor(d->areaMapper, d->areaActor);
    d->areaActor->GetProperty()->LightingOff();
    d->areaActor->GetProperty()->SetOpacity(0.35);
    setupPolyActor(d->cameraMapper, d->cameraActor);
    d->cameraActor->GetProperty()->SetLineWidth(1.5);
    d->cameraActor->GetProperty()->LightingOff();
    setupPolyActor(d->permitMapper, d->permitActor);
    d->permitActor->GetProperty()->SetOpacity(0.35);
    d->permitActor->GetProperty()->BackfaceCullingOn(); // closed prisms: half the blended fragments
    d->permitActor->GetProperty()->LightingOff(); // shading is baked into the face colours
    setupPolyActor(d->outlineMapper, d->outlineActor);
    d->outlineActor->GetProperty()->SetLineWidth(3);
    d->outlineActor->GetProperty()->LightingOff();
    d->outlineActor->PickableOff();
    for (vtkPolyDataMapper *m : {d->groundMapper.Get(), d->structureMapper.Get(), d->areaMapper.Get(),
                                 d->cameraMapper.Get(), d->permitMapper.Get(), d->outlineMapper.Get()})
        m->SetInputData(vtkNew<vtkPolyData>());

    d->sensorColors->SetName(scene::ColorArray);
    d->sensorColors->SetNumberOfComponents(3);
    d->sensorPoly->SetPoints(d->sensorPoints);
    d->sensorPoly->GetPointData()->SetScalars(d->sensorColors);
    d->sensorSphere->SetRadius(1.3);
    d->sensorSphere->SetThetaResolution(12);
    d->sensorSphere->SetPhiResolution(8);
    d->sensorMapper->SetSourceConnection(d->sensorSphere->GetOutputPort());
    d->sensorMapper->SetInputData(d->sensorPoly);
    d->sensorMapper->ScalingOff();
    d->sensorMapper->SetColorModeToDirectScalars();
    d->sensorMapper->SetScalarModeToUsePointData();
    d->sensorActor->SetMapper(d->sensorMapper);
    d->sensorActor->PickableOff();

    for (int c = 0; c < 3; ++c)
        d->pins[c].init(PinSize[c]);
    d->halos.init(RingShader);
    d->people.init(6);

    for (vtkProp *p : std::initializer_list<vtkProp *>{d->groundActor, d->areaActor, d->structureActor,
                                                       d->cameraActor, d->sensorActor, d->people.actor,
                                                       d->permitActor, d->outlineActor})
        d->renderer->AddViewProp(p);
    // Markers a dispatcher must never lose behind a building are drawn over the scene.
    d->overlay->AddViewProp(d->halos.actor);
    for (MarkerBatch &b : d->pins)
        d->overlay->AddViewProp(b.actor);

    d->pulse.setInterval(70);
    connect(&d->pulse, &QTimer::timeout, this, [this] { d->pulseTick(); });
    d->hoverTimer.setSingleShot(true);
    d->hoverTimer.setInterval(60);
    connect(&d->hoverTimer, &QTimer::timeout, this, [this] {
        const auto hit = pickAt(d->hoverPos);
        if (hit == d->lastHover)
            return;
        d->lastHover = hit;
        Q_EMIT hovered(hit.first, hit.second);
        if (hit.second.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(mapToGlobal(d->hoverPos), hit.second % u" ("_s % hit.first % u")"_s, this);
    });

    d->legend = new QLabel(this);
    d->legend->setTextFormat(Qt::RichText);
    d->legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    d->legend->setStyleSheet(u"QLabel { background: rgba(20, 22, 24, 210); color: #e0e0e0; padding: 6px; "
                             "border-radius: 4px; }"_s);
    d->legend->setText(
        tr("<b>Risk</b> "
           "<span style='color:#d32f2f'>&#9632;</span> major 重大 "
           "<span style='color:#f57c00'>&#9632;</span> large 较大 "
           "<span style='color:#fbc02d'>&#9632;</span> general 一般 "
           "<span style='color:#1976d2'>&#9632;</span> low 低<br>"
           "<b>Hazards</b> <span style='color:#e53935'>&#9632;</span> major "
           "<span style='color:#fb8c00'>&#9642;</span> general "
           "<span style='color:#43a047'>&#9642;</span> closed (overdue pulse) &nbsp; "
           "<b>Permits</b> <span style='color:#ff1744'>&#9633;</span> conflict"));
    d->legend->adjustSize();
}

PlantMapView::~PlantMapView()
{
    QObject::disconnect(d->contextConnection);
    d->pulse.stop();
    d->hoverTimer.stop();
    if (d->flight)
        d->flight->stop();
    if (d->initialized && context()) {
        makeCurrent();
        d->renderer->RemoveAllViewProps();
        d->overlay->RemoveAllViewProps();
        d->window->Finalize();
        doneCurrent();
    }
    d->window->RemoveAllObservers();
    d->interactor->RemoveAllObservers();
}

void PlantMapView::setLayout(const site::SiteLayout &layout)
{
    d->layout = layout;
    d->bounds = scene::siteBounds(layout);
    d->groundMapper->SetInputData(scene::ground(d->bounds, 30));
    d->structureMapper->SetInputData(scene::structures(layout));
    d->areaMapper->SetInputData(scene::riskAreas(layout));
    d->cameraMapper->SetInputData(scene::cameraFrustums(layout));
    d->cameraApex->Reset();
    for (const site::Camera &c : layout.cameras)
        d->cameraApex->InsertNextPoint(c.position.x, c.position.y, c.position.z);
    d->cameraApex->Modified();
    d->rebuildSensors();
    d->userCamera = false;
    d->applyView();
}

bool PlantMapView::loadLayoutFile(const QString &path, QString *error)
{
    try {
        setLayout(site::SiteLayout::load(path));
        return true;
    } catch (const gl::Error &e) {
        qCWarning(lcMap).noquote() << "layout rejected, keeping the current scene:" << e.message();
        if (error)
            *error = e.message();
        return false;
    }
}

const site::SiteLayout &PlantMapView::siteLayout() const { return d->layout; }

void PlantMapView::setHazards(const QList<HazardPin> &pins)
{
    d->hazards = pins;
    d->hazardIndex.clear();
    d->hazardIndex.reserve(pins.size());
    d->pinSlots.resize(pins.size());
    for (MarkerBatch &b : d->pins)
        b.clear();
    for (int i = 0; i < int(pins.size()); ++i) {
        d->hazardIndex.insert(pins[i].code, i);
        d->placePin(i);
    }
    for (MarkerBatch &b : d->pins)
        b.changed();
    d->updatePulse();
    scheduleRender();
}

void PlantMapView::addHazard(const HazardPin &pin)
{
    if (const auto it = d->hazardIndex.constFind(pin.code); it != d->hazardIndex.cend()) {
        d->hazards[*it] = pin;
        d->updatePin(*it);
    } else {
        const int i = int(d->hazards.size());
        d->hazards.append(pin);
        d->hazardIndex.insert(pin.code, i);
        d->pinSlots.append({GeneralPins, 0});
        d->placePin(i);
        d->pins[d->pinSlots[i].batch].changed();
    }
    d->updatePulse();
    scheduleRender();
}

void PlantMapView::setPermits(const QList<PermitVolume> &permits)
{
    d->permits = permits;
    d->permitMapper->SetInputData(scene::permitVolumes(permits));
    d->outlineMapper->SetInputData(scene::permitConflictOutlines(permits));
    scheduleRender();
}

void PlantMapView::setSensors(const QList<SensorState> &states)
{
    d->sensorStates.clear();
    for (const SensorState &s : states)
        d->sensorStates.insert(s.tag, s);
    d->rebuildSensors();
}

void PlantMapView::setPeople(const QList<PersonMarker> &people)
{
    d->peopleData = people;
    d->people.clear();
    for (int i = 0; i < int(people.size()); ++i)
        d->people.append(i, people[i].x, people[i].y, people[i].z + 0.9, Rgb{0xec, 0xef, 0xf1});
    d->people.changed();
    scheduleRender();
}

int PlantMapView::hazardCount() const { return int(d->hazards.size()); }
int PlantMapView::permitCount() const { return int(d->permits.size()); }

void PlantMapView::setView(View view)
{
    d->view = view;
    d->userCamera = false;
    d->applyView();
}

View PlantMapView::view() const { return d->view; }

void PlantMapView::setLayerVisible(Layer layer, bool visible)
{
    d->visible[int(layer)] = visible;
    const int v = visible ? 1 : 0;
    switch (layer) {
    case Layer::Structures: d->structureActor->SetVisibility(v); break;
    case Layer::RiskAreas: d->areaActor->SetVisibility(v); break;
    case Layer::Hazards:
        for (MarkerBatch &b : d->pins)
            b.actor->SetVisibility(v);
        d->updatePulse();
        break;
    case Layer::Permits:
        d->permitActor->SetVisibility(v);
        d->outlineActor->SetVisibility(v);
        break;
    case Layer::Cameras: d->cameraActor->SetVisibility(v); break;
    case Layer::Sensors:
        d->sensorActor->SetVisibility(v);
        d->halos.actor->SetVisibility(v);
        for (auto &l : d->labels)
            l->SetVisibility(v);
        break;
    case Layer::People: d->people.actor->SetVisibility(v); break;
    }
    scheduleRender();
}

bool PlantMapView::isLayerVisible(Layer layer) const { return d->visible[int(layer)]; }

void PlantMapView::setPulseEnabled(bool on)
{
    d->pulseEnabled = on;
    d->updatePulse();
}

bool PlantMapView::flyTo(const QString &code)
{
    const auto target = d->locate(code);
    if (!target)
        return false;
    vtkCamera *cam = d->renderer->GetActiveCamera();
    std::array<double, 3> f0, p0, f1, p1;
    cam->GetFocalPoint(f0.data());
    cam->GetPosition(p0.data());
    f1 = {target->x, target->y, target->z};
    std::array<double, 3> dir{p0[0] - f0[0], p0[1] - f0[1], p0[2] - f0[2]};
    const double len = std::sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
    const double dist = cam->GetParallelProjection() ? len : 110.0;
    for (int k = 0; k < 3; ++k)
        p1[k] = f1[k] + (len > 0 ? dir[k] / len : (k == 2 ? 1 : 0)) * dist;
    const double s0 = cam->GetParallelScale(), s1 = 45.0;
    d->userCamera = true;
    if (d->flight)
        d->flight->stop();
    else
        d->flight = new QVariantAnimation(this);
    d->flight->disconnect(this);
    d->flight->setStartValue(0.0);
    d->flight->setEndValue(1.0);
    d->flight->setDuration(450);
    d->flight->setEasingCurve(QEasingCurve::InOutCubic);
    connect(d->flight, &QVariantAnimation::valueChanged, this, [=, this](const QVariant &v) {
        const double t = v.toDouble();
        vtkCamera *c = d->renderer->GetActiveCamera();
        c->SetFocalPoint(f0[0] + (f1[0] - f0[0]) * t, f0[1] + (f1[1] - f0[1]) * t, f0[2] + (f1[2] - f0[2]) * t);
        c->SetPosition(p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t, p0[2] + (p1[2] - p0[2]) * t);
        c->SetParallelScale(s0 + (s1 - s0) * t);
        d->resetClippingRange();
        scheduleRender();
    });
    d->flight->start();
    return true;
}

std::pair<QString, QString> PlantMapView::pickAt(QPoint widgetPos)
{
    d->syncSize();
    const double dpr = devicePixelRatioF();
    const int *size = d->window->GetSize();
    const double px = widgetPos.x() * dpr, py = size[1] - widgetPos.y() * dpr;

    // Markers (pins, sensors, people, camera positions): project every point once with the camera's
    // composite matrix and take the nearest within the tolerance. 20,000 pins cost well under 1 ms.
    vtkCamera *cam = d->renderer->GetActiveCamera();
    vtkMatrix4x4 *m = cam->GetCompositeProjectionTransformMatrix(d->renderer->GetTiledAspectRatio(), -1, 1);
    double e[16];
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            e[r * 4 + c] = m->GetElement(r, c);
    double best = PickTolerancePx * dpr * PickTolerancePx * dpr;
    std::optional<std::pair<Layer, int>> hit;
    auto scan = [&](vtkPoints *pts, Layer layer, const QList<int> *owners = nullptr) {
        if (!d->visible[int(layer)])
            return;
        const vtkIdType n = pts->GetNumberOfPoints();
        for (vtkIdType i = 0; i < n; ++i) {
            double p[3];
            pts->GetPoint(i, p);
            const double w = e[12] * p[0] + e[13] * p[1] + e[14] * p[2] + e[15];
            if (w <= 0)
                continue;
            const double x = (e[0] * p[0] + e[1] * p[1] + e[2] * p[2] + e[3]) / w;
            const double y = (e[4] * p[0] + e[5] * p[1] + e[6] * p[2] + e[7]) / w;
            const double dx = (x + 1) / 2 * size[0] - px, dy = (y + 1) / 2 * size[1] - py;
            const double d2 = dx * dx + dy * dy;
            if (d2 < best) {
                best = d2;
                hit = std::pair{layer, owners ? (*owners)[i] : int(i)};
            }
        }
    };
    for (const MarkerBatch &b : d->pins)
        scan(b.points, Layer::Hazards, &b.owners);
    scan(d->sensorPoints, Layer::Sensors);
    scan(d->people.points, Layer::People, &d->people.owners);
    scan(d->cameraApex, Layer::Cameras);
    if (hit)
        return {layerKey(hit->first), d->codeFor(hit->first, hit->second)};

    // Surfaces: a ray cast through the batched actors; the cell's "gl_index" names the element.
    const std::array<std::pair<vtkActor *, Layer>, 4> surfaces{
        {{d->permitActor, Layer::Permits}, {d->structureActor, Layer::Structures},
         {d->cameraActor, Layer::Cameras}, {d->areaActor, Layer::RiskAreas}}};
    d->picker->InitializePickList();
    if (auto *permitData = d->permitMapper->GetInput(); permitData != d->permitLocatorData) {
        d->picker->RemoveAllLocators();
        d->permitLocatorData = permitData;
        if (permitData && permitData->GetNumberOfCells() > 0) {
            d->permitLocator->SetDataSet(permitData);
            d->permitLocator->BuildLocator();
            d->picker->AddLocator(d->permitLocator);
        }
    }
    for (const auto &[actor, layer] : surfaces)
        if (d->visible[int(layer)])
            d->picker->AddPickList(actor);
    if (!d->picker->Pick(px, py, 0, d->renderer))
        return {};
    vtkActor *actor = d->picker->GetActor();
    vtkDataSet *ds = d->picker->GetDataSet();
    const vtkIdType cell = d->picker->GetCellId();
    auto *index = ds ? vtkIntArray::SafeDownCast(ds->GetCellData()->GetArray(scene::IndexArray)) : nullptr;
    if (!index || cell < 0 || cell >= index->GetNumberOfTuples())
        return {};
    for (const auto &[a, layer] : surfaces)
        if (a == actor) {
            const QString code = d->codeFor(layer, index->GetValue(cell));
            return code.isEmpty() ? std::pair<QString, QString>{} : std::pair{layerKey(layer), code};
        }
    return {};
}

QPointF PlantMapView::worldToWidget(double x, double y, double z) const
{
    d->syncSize();
    d->renderer->SetWorldPoint(x, y, z, 1.0);
    d->renderer->WorldToDisplay();
    const double *p = d->renderer->GetDisplayPoint();
    const double dpr = devicePixelRatioF();
    return {p[0] / dpr, (d->window->GetSize()[1] - p[1]) / dpr};
}

void PlantMapView::scheduleRender() { update(); }

quint64 PlantMapView::renderCount() const { return d->renders; }

vtkRenderer *PlantMapView::renderer() const { return d->renderer; }

void PlantMapView::initializeGL()
{
    d->syncSize();
    d->window->SetOwnContext(false);
    d->window->SetFrameBlitModeToBlitToCurrent();
    d->window->InitializeFromCurrentContext();
    d->initialized = true;
    QObject::disconnect(d->contextConnection);
    d->contextConnection = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        if (!d->initialized)
            return;
        makeCurrent();
        d->window->ReleaseGraphicsResources(d->window);
        doneCurrent();
        d->initialized = false;
    }, Qt::DirectConnection);
}

void PlantMapView::resizeGL(int, int)
{
    d->syncSize();
    if (!d->userCamera)
        d->applyView();
    d->legend->move(8, height() - d->legend->height() - 8);
}

void PlantMapView::paintGL()
{
    if (!d->initialized)
        return;
    d->syncSize();
    d->window->SetIsCurrent(true);
    vtkOpenGLState *state = d->window->GetState();
    state->Reset();
    state->Push();
    d->resetClippingRange();
    d->window->Render();
    state->Pop();
    ++d->renders;
}

namespace {
void setEventInfo(vtkRenderWindowInteractor *iren, QPointF pos, Qt::KeyboardModifiers mods, double dpr,
                  int repeat = 0)
{
    iren->SetEventInformationFlipY(int(std::lround(pos.x() * dpr)), int(std::lround(pos.y() * dpr)),
                                   (mods & Qt::ControlModifier) ? 1 : 0, (mods & Qt::ShiftModifier) ? 1 : 0,
                                   0, repeat);
    iren->SetAltKey((mods & Qt::AltModifier) ? 1 : 0);
}
} // namespace

void PlantMapView::mousePressEvent(QMouseEvent *event)
{
    d->syncSize();
    d->hoverTimer.stop();
    d->pressPos = event->position().toPoint();
    d->userCamera = true;
    if (d->flight)
        d->flight->stop();
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF(),
                 event->type() == QEvent::MouseButtonDblClick ? 1 : 0);
    switch (event->button()) {
    case Qt::LeftButton: d->interactor->LeftButtonPressEvent(); break;
    case Qt::MiddleButton: d->interactor->MiddleButtonPressEvent(); break;
    case Qt::RightButton: d->interactor->RightButtonPressEvent(); break;
    default: break;
    }
    event->accept();
}

void PlantMapView::mouseMoveEvent(QMouseEvent *event)
{
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    d->interactor->MouseMoveEvent();
    if (event->buttons() == Qt::NoButton) {
        d->hoverPos = event->position().toPoint();
        d->hoverTimer.start();
    }
    event->accept();
}

void PlantMapView::mouseReleaseEvent(QMouseEvent *event)
{
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    switch (event->button()) {
    case Qt::LeftButton: d->interactor->LeftButtonReleaseEvent(); break;
    case Qt::MiddleButton: d->interactor->MiddleButtonReleaseEvent(); break;
    case Qt::RightButton: d->interactor->RightButtonReleaseEvent(); break;
    default: break;
    }
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && (pos - d->pressPos).manhattanLength() < 4) {
        const auto [kind, code] = pickAt(pos);
        if (!code.isEmpty())
            Q_EMIT objectPicked(kind, code);
    }
    event->accept();
}

void PlantMapView::wheelEvent(QWheelEvent *event)
{
    d->syncSize();
    d->userCamera = true;
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    const int dy = event->angleDelta().y();
    if (dy > 0)
        d->interactor->MouseWheelForwardEvent();
    else if (dy < 0)
        d->interactor->MouseWheelBackwardEvent();
    event->accept();
}

} // namespace gl::map
