// SPDX-License-Identifier: Apache-2.0
// PlantMapView: the Qt 6 / VTK bridge (context, paint, resize), the scene's actors, and the public setters.
// The layers live in MapLayers.cpp, MapSensorLayers.cpp and MapPermitLayers.cpp, picking in MapPicking.cpp,
// camera control in MapCamera.cpp.
#include "modules/map/PlantMapView_p.h"

#include "modules/map/MeshLoader.h"
#include "modules/map/SceneBuilder.h"
#include "platform/util/Error.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkOpenGLState.h>
#include <vtkPointData.h>
#include <vtkProperty.h>

#include <QLabel>
#include <QOpenGLContext>
#include <QPainter>
#include <QVariantAnimation>

#include <cmath>

Q_LOGGING_CATEGORY(lcMap, "guardline.map")

using namespace Qt::StringLiterals;

namespace gl::map {
namespace {

// Splat shaders for vtkPointGaussianMapper. A ring (alarm halos); a disc with a light rim (pin clusters).
const char *RingShader = "//VTK::Color::Impl\n"
                         "float dist = dot(offsetVCVSOutput.xy, offsetVCVSOutput.xy);\n"
                         "if (dist > 1.0 || dist < 0.55) { discard; }\n";
const char *DiscShader = "//VTK::Color::Impl\n"
                         "float dist = dot(offsetVCVSOutput.xy, offsetVCVSOutput.xy);\n"
                         "if (dist > 1.0) { discard; }\n"
                         "if (dist > 0.72) { ambientColor = vec3(0.93); diffuseColor = vec3(0.93); }\n";

void setupPolyActor(vtkPolyDataMapper *mapper, vtkActor *actor)
{
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    actor->SetMapper(mapper);
}

// --- bridge callbacks: VTK asks the Qt widget for its context ---------------------------------------------

void onMakeCurrent(vtkObject *, unsigned long, void *client, void *)
{
    auto *view = static_cast<PlantMapView *>(client);
    if (view->context() && QOpenGLContext::currentContext() != view->context())
        view->makeCurrent();
}

void onIsCurrent(vtkObject *, unsigned long, void *client, void *callData)
{
    auto *view = static_cast<PlantMapView *>(client);
    *static_cast<bool *>(callData) = view->context() && QOpenGLContext::currentContext() == view->context();
}

void onInteractorRender(vtkObject *, unsigned long, void *client, void *)
{
    static_cast<PlantMapView *>(client)->scheduleRender();
}

/// The window's StartEvent: every render (ours or a benchmark's) draws an up-to-date frame.
void onRenderStart(vtkObject *, unsigned long, void *client, void *)
{
    static_cast<PlantMapView::Private *>(client)->prepareFrame();
}

} // namespace

PlantMapView::PlantMapView(QWidget *parent) : QOpenGLWidget(parent), d(std::make_unique<Private>())
{
    d->q = this;
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::PreventContextMenu); // a right click is contextMenuRequested on release (a right drag zooms)
    setMinimumSize(200, 150);

    d->window->SetMultiSamples(0);
    d->window->SetAlphaBitPlanes(1); // depth peeling needs destination alpha
    d->window->SetNumberOfLayers(2);
    d->window->AddRenderer(d->renderer);
    d->window->AddRenderer(d->overlay);
    d->overlay->SetLayer(1);
    d->overlay->SetActiveCamera(d->renderer->GetActiveCamera());
    d->overlay->InteractiveOff();
    d->renderer->SetBackground(0.11, 0.12, 0.13);
    d->renderer->SetBackgroundAlpha(1.0); // else Qt composes the clear colour as transparent
    d->renderer->SetMaximumNumberOfPeels(6);
    d->renderer->SetOcclusionRatio(0.0);
    d->renderer->SetPass(d->orderedPass); // Translucency::Sorted
    vtkNew<vtkCallbackCommand> makeCurrent, isCurrent, render, start;
    makeCurrent->SetCallback(onMakeCurrent);
    makeCurrent->SetClientData(this);
    isCurrent->SetCallback(onIsCurrent);
    isCurrent->SetClientData(this);
    render->SetCallback(onInteractorRender);
    render->SetClientData(this);
    start->SetCallback(onRenderStart);
    start->SetClientData(d.get());
    d->window->AddObserver(vtkCommand::WindowMakeCurrentEvent, makeCurrent);
    d->window->AddObserver(vtkCommand::WindowIsCurrentEvent, isCurrent);
    d->window->AddObserver(vtkCommand::StartEvent, start);

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
    d->permitMapper->SetScalarModeToUsePointData(); // see sortPermits()
    setupPolyActor(d->outlineMapper, d->outlineActor);
    d->outlineActor->GetProperty()->SetLineWidth(3);
    d->outlineActor->GetProperty()->LightingOff();
    d->outlineActor->PickableOff();
    // Every conflict outline is the same red: one actor colour, no per-cell colour lookups per fragment.
    d->outlineMapper->ScalarVisibilityOff();
    d->outlineActor->GetProperty()->SetColor(0xff / 255.0, 0x17 / 255.0, 0x44 / 255.0);
    for (vtkPolyDataMapper *m : {d->groundMapper.Get(), d->structureMapper.Get(), d->areaMapper.Get(),
                                 d->cameraMapper.Get(), d->outlineMapper.Get()})
        m->SetInputData(vtkNew<vtkPolyData>());
    d->permitDrawn->SetPoints(vtkNew<vtkPoints>());
    d->permitMapper->SetInputData(d->permitDrawn);

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
    d->clusterSplats.init(DiscShader);
    d->clusterSplats.mapper->SetEmissive(false);
    d->clusterSplats.actor->GetProperty()->LightingOff();
    d->clusterSplats.actor->SetVisibility(false);
    d->people.init(6);

    for (vtkProp *p : std::initializer_list<vtkProp *>{d->groundActor, d->areaActor, d->structureActor,
                                                       d->cameraActor, d->sensorActor, d->people.actor,
                                                       d->permitActor, d->outlineActor})
        d->renderer->AddViewProp(p);
    // Markers a dispatcher must never lose behind a building are drawn over the scene.
    d->overlay->AddViewProp(d->halos.actor);
    for (MarkerBatch &b : d->pins)
        d->overlay->AddViewProp(b.actor);
    d->overlay->AddViewProp(d->clusterSplats.actor);

    d->pulse.setInterval(70);
    connect(&d->pulse, &QTimer::timeout, this, [this] { d->pulseTick(); });
    d->hoverTimer.setSingleShot(true);
    d->hoverTimer.setInterval(60);
    connect(&d->hoverTimer, &QTimer::timeout, this, [this] { d->hoverTick(); });

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
           "<span style='color:#43a047'>&#9642;</span> closed (overdue pulse) "
           "<span style='color:#fb8c00'>&#9679;</span> cluster (count; red if any major) &nbsp; "
           "<b>People</b> <span style='color:#eceff1'>&#9642;</span> on site &nbsp; "
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
    d->window->RemoveObservers(vtkCommand::StartEvent);
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

// --- layout -----------------------------------------------------------------------------------------------

namespace {
/// Reads every structure mesh of a layout. Strict: the first failure throws. Lenient: failures are listed
/// and the structure keeps its extruded shape.
QHash<int, vtkSmartPointer<vtkPolyData>> loadMeshes(const site::SiteLayout &layout, const QString &source, bool strict,
                                                    QStringList *warnings)
{
    QHash<int, vtkSmartPointer<vtkPolyData>> meshes;
    for (int i = 0; i < int(layout.structures.size()); ++i) {
        const site::Structure &s = layout.structures[i];
        if (s.mesh.isEmpty())
            continue;
        try {
            meshes.insert(i, loadStructureMesh(s, source));
        } catch (const gl::Error &e) {
            if (strict)
                throw;
            qCWarning(lcMap).noquote() << "drawing the structure's footprint instead of its mesh:" << e.message();
            warnings->append(e.message());
        }
    }
    return meshes;
}
} // namespace

void PlantMapView::setLayout(const site::SiteLayout &layout)
{
    QStringList warnings;
    const auto meshes = loadMeshes(layout, u"site layout '%1'"_s.arg(layout.code), false, &warnings);
    d->meshWarnings = warnings;
    d->layout = layout;
    d->bounds = scene::siteBounds(layout);
    d->groundMapper->SetInputData(scene::ground(d->bounds, 30));
    d->structureMapper->SetInputData(scene::structures(layout, meshes));
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

bool PlantMapView::setLayoutStrict(const site::SiteLayout &layout, QString *error)
{
    try {
        loadMeshes(layout, u"site layout '%1'"_s.arg(layout.code), true, nullptr); // throws before anything changes
    } catch (const gl::Error &e) {
        qCWarning(lcMap).noquote() << "layout rejected, keeping the current scene:" << e.message();
        if (error)
            *error = e.message();
        return false;
    }
    setLayout(layout);
    return true;
}

bool PlantMapView::loadLayoutFile(const QString &path, QString *error)
{
    try {
        const site::SiteLayout layout = site::SiteLayout::load(path);
        loadMeshes(layout, path, true, nullptr); // every mesh must read before the scene changes
        setLayout(layout);
        return true;
    } catch (const gl::Error &e) {
        qCWarning(lcMap).noquote() << "layout rejected, keeping the current scene:" << e.message();
        if (error)
            *error = e.message();
        return false;
    }
}

const site::SiteLayout &PlantMapView::siteLayout() const { return d->layout; }

int PlantMapView::meshCount() const
{
    int n = 0;
    for (const site::Structure &s : d->layout.structures)
        n += s.mesh.isEmpty() ? 0 : 1;
    return n - int(d->meshWarnings.size());
}

QStringList PlantMapView::meshWarnings() const { return d->meshWarnings; }

// --- data -------------------------------------------------------------------------------------------------

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
    ++d->hazardVersion;
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
    ++d->hazardVersion; // the clusters are recomputed with the next frame
    d->updatePulse();
    scheduleRender();
}

void PlantMapView::setPermits(const QList<PermitVolume> &permits)
{
    d->setPermitData(permits);
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
    d->rebuildPeople();
}

std::optional<SensorState> PlantMapView::sensorState(const QString &tag) const
{
    const auto it = d->sensorStates.constFind(tag);
    return it == d->sensorStates.cend() ? std::nullopt : std::optional<SensorState>(*it);
}

int PlantMapView::hazardCount() const { return int(d->hazards.size()); }
int PlantMapView::permitCount() const { return int(d->permits.size()); }
int PlantMapView::peopleCount() const { return int(d->peopleData.size()); }

void PlantMapView::setPermitTime(std::optional<qint64> msecsSinceEpoch)
{
    if (d->permitTime == msecsSinceEpoch)
        return;
    d->permitTime = msecsSinceEpoch;
    ++d->permitVersion;
    scheduleRender();
}

std::optional<qint64> PlantMapView::permitTime() const { return d->permitTime; }

QStringList PlantMapView::visiblePermitCodes() const
{
    d->updatePermitFilter();
    QStringList out;
    for (int i : std::as_const(d->visiblePermits))
        out << d->permits[i].code;
    return out;
}

QStringList PlantMapView::conflictingPermitCodes() const
{
    d->updatePermitFilter();
    QStringList out;
    for (int i : std::as_const(d->visiblePermits))
        if (d->permitConflictAt(d->permits[i]))
            out << d->permits[i].code;
    return out;
}

void PlantMapView::setTranslucency(Translucency mode)
{
    d->translucency = mode;
    d->renderer->SetUseDepthPeeling(mode == Translucency::DepthPeeling ? 1 : 0);
    // Without a pass VTK 9.1 blends translucent geometry with its weighted-average (order-independent)
    // approximation; the standard render steps blend in drawing order, which the depth sort makes correct.
    const bool ordered = mode == Translucency::Sorted || mode == Translucency::Unsorted;
    d->renderer->SetPass(ordered ? d->orderedPass.Get() : nullptr);
    scheduleRender();
}

Translucency PlantMapView::translucency() const { return d->translucency; }

void PlantMapView::setClusteringEnabled(bool on)
{
    d->clustering = on;
    scheduleRender();
}

bool PlantMapView::clusteringEnabled() const { return d->clustering; }

QList<PinCluster> PlantMapView::clusters() const
{
    d->prepareFrame();
    return d->clusters;
}

// --- layers -----------------------------------------------------------------------------------------------

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
        d->clusterSplats.actor->SetVisibility(v && !d->clusters.isEmpty());
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

// --- frames -----------------------------------------------------------------------------------------------

void PlantMapView::scheduleRender() { update(); }

quint64 PlantMapView::renderCount() const { return d->renders; }

vtkRenderer *PlantMapView::renderer() const { return d->renderer; }

void PlantMapView::Private::syncSize()
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

void PlantMapView::Private::prepareFrame()
{
    syncSize();
    updatePermitFilter();
    sortPermits();
    updateClusters();
    layoutLabels();
    resetClippingRange();
}

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
    d->window->Render(); // StartEvent → prepareFrame: clusters, permit order, clipping range
    state->Pop();
    ++d->renders;

    // Cluster counts: text is Qt's (its glyph cache), drawn over VTK's frame in the same framebuffer.
    if (d->clusters.isEmpty() || !d->visible[int(Layer::Hazards)])
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(12);
    p.setFont(f);
    for (const PinCluster &c : std::as_const(d->clusters)) {
        const QPointF at = worldToWidget(c.x, c.y, c.z);
        const QString text = c.count >= 10000 ? QString::number(c.count / 1000) + u"k"_s
                             : c.count >= 1000 ? QString::number(c.count / 1000.0, 'f', 1) + u"k"_s
                                               : QString::number(c.count);
        p.setPen(c.major > 0 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QRectF(at.x() - 24, at.y() - 10, 48, 20), Qt::AlignCenter, text);
    }
}

} // namespace gl::map
