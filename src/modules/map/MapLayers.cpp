// SPDX-License-Identifier: Apache-2.0
// The plant map's live layers: marker batches (hazard pins, people), pin clusters recomputed when the camera
// moves, sensors with their alarm halos and labels, and the permit volumes filtered by time and drawn back
// to front.
#include "modules/map/PlantMapView_p.h"

#include "modules/map/SceneBuilder.h"
#include "modules/site/layout/Geometry.h"
#include "platform/util/Labels.h"

#include <QCoreApplication>
#include <QFile>

#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkIdTypeArray.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkProperty.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gl::map {

namespace {

/// A sensor's alarm priority as the label shows it, in the interface language (the label was English in zh_CN):
/// the tables' word for it (platform/util/Labels), in capitals where the language has them.
QString priorityWord(const QString &priority) { return valueLabel(priority.toLower()).toUpper(); }

/// The labels' font: Noto Sans CJK (fonts-noto-cjk, installed by scripts/deps.sh), since VTK's built-in Arial
/// has no Chinese glyphs; the built-in font when it is not installed.
const QByteArray &labelFontFile()
{
    static const QByteArray path = [] {
        for (const char *p : {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"})
            if (QFile::exists(QString::fromLatin1(p)))
                return QByteArray(p);
        return QByteArray();
    }();
    return path;
}

} // namespace

// --- SplatLayer -------------------------------------------------------------------------------------------

void SplatLayer::init(const char *shader)
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

void SplatLayer::clear()
{
    points->Reset();
    colors->Reset();
    scale->Reset();
}

void SplatLayer::append(double x, double y, double z, Rgb c, float radius)
{
    points->InsertNextPoint(x, y, z);
    colors->InsertNextTuple3(c.r, c.g, c.b);
    scale->InsertNextValue(radius);
}

void SplatLayer::changed()
{
    points->Modified();
    colors->Modified();
    scale->Modified();
    poly->Modified();
}

// --- MarkerBatch ------------------------------------------------------------------------------------------

void MarkerBatch::init(float pointSize)
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

void MarkerBatch::clear()
{
    points->Reset();
    verts->Reset();
    colors->Reset();
    owners.clear();
    masked = false;
}

int MarkerBatch::append(int owner, double x, double y, double z, Rgb c)
{
    const vtkIdType id = points->InsertNextPoint(x, y, z);
    verts->InsertNextCell(1, &id);
    colors->InsertNextTuple3(c.r, c.g, c.b);
    owners.append(owner);
    return int(id);
}

void MarkerBatch::set(int slot, double x, double y, double z, Rgb c)
{
    points->SetPoint(slot, x, y, z);
    colors->SetTuple3(slot, c.r, c.g, c.b);
}

int MarkerBatch::remove(int slot)
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
    setDrawn(nullptr);
    return moved;
}

void MarkerBatch::setDrawn(const std::vector<char> *hiddenOwners)
{
    const vtkIdType n = points->GetNumberOfPoints();
    verts->Reset();
    verts->AllocateExact(n, n);
    bool anyHidden = false;
    for (vtkIdType i = 0; i < n; ++i) {
        const int owner = owners[int(i)];
        if (hiddenOwners && owner >= 0 && size_t(owner) < hiddenOwners->size() && (*hiddenOwners)[size_t(owner)]) {
            anyHidden = true;
            continue;
        }
        verts->InsertNextCell(1, &i);
    }
    masked = anyHidden;
    verts->Modified();
    poly->Modified();
}

void MarkerBatch::changed()
{
    points->Modified();
    verts->Modified();
    colors->Modified();
    poly->Modified();
}

PinClass pinClass(const HazardPin &p)
{
    if (p.overdue && p.state != u"closed" && p.state != u"verified")
        return OverduePins;
    return p.grade == u"major" ? MajorPins : GeneralPins;
}

CameraPose CameraPose::of(vtkCamera *cam)
{
    CameraPose p;
    cam->GetPosition(p.position.data());
    cam->GetFocalPoint(p.focal.data());
    cam->GetViewUp(p.up.data());
    p.parallelScale = cam->GetParallelScale();
    p.viewAngle = cam->GetViewAngle();
    p.parallel = cam->GetParallelProjection();
    return p;
}

bool CameraPose::near(const CameraPose &o, double degrees, double fraction) const
{
    if (parallel != o.parallel || viewAngle != o.viewAngle)
        return false;
    auto sub = [](const std::array<double, 3> &a, const std::array<double, 3> &b) {
        return std::array<double, 3>{a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    };
    auto len = [](const std::array<double, 3> &v) { return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]); };
    const auto d0 = sub(position, focal), d1 = sub(o.position, o.focal);
    const double l0 = len(d0), l1 = len(d1);
    if (l0 <= 0 || l1 <= 0)
        return false;
    const double cosAngle = (d0[0] * d1[0] + d0[1] * d1[1] + d0[2] * d1[2]) / (l0 * l1);
    const double upCos = up[0] * o.up[0] + up[1] * o.up[1] + up[2] * o.up[2];
    const double scale = parallel ? parallelScale : l0;
    return cosAngle >= std::cos(degrees * M_PI / 180.0) && upCos >= std::cos(degrees * M_PI / 180.0)
           && len(sub(position, o.position)) <= fraction * scale && std::abs(l1 - l0) <= fraction * scale
           && std::abs(parallelScale - o.parallelScale) <= fraction * std::max(parallelScale, 1e-9);
}

// --- hazard pins ------------------------------------------------------------------------------------------

void PlantMapView::Private::placePin(int i)
{
    const HazardPin &p = hazards[i];
    const PinClass c = pinClass(p);
    pinSlots[i] = {c, pins[c].append(i, p.x, p.y, p.z + PinLift, hazardRgb(p))};
}

void PlantMapView::Private::updatePin(int i)
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

void PlantMapView::Private::updatePulse()
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

void PlantMapView::Private::pulseTick()
{
    // One actor property: no buffer is touched.
    phase += 0.45;
    const double f = 1.0 + 0.5 * (0.5 + 0.5 * std::sin(phase));
    pins[OverduePins].actor->GetProperty()->SetPointSize(float(PinSize[OverduePins] * f));
    q->scheduleRender();
}

// --- clusters ---------------------------------------------------------------------------------------------

void PlantMapView::Private::updateClusters()
{
    syncSize();
    const int *size = window->GetSize();
    vtkCamera *cam = renderer->GetActiveCamera();
    const bool enabled = clustering && visible[int(Layer::Hazards)] && !hazards.isEmpty();
    const ClusterKey key{size[0], size[1], hazardVersion, enabled};
    const CameraPose pose = CameraPose::of(cam);
    // An orbit of a fraction of a degree does not move pins between cells worth recomputing 20,000 of them.
    if (key == clusterKey && (pose == clusteredFor || (enabled && pose.near(clusteredFor, 0.5, 0.01))))
        return;
    clusteredFor = pose;
    const bool dataChanged = key.hazards != clusterKey.hazards;
    clusterKey = key;

    std::vector<char> hidden(size_t(hazards.size()), 0);
    QList<PinCluster> found;
    const double dpr = q->devicePixelRatioF();
    const double cell = clusterCellPx * dpr;
    // Zoomed in far enough that a grid cell covers only a few metres: every pin stands alone.
    if (enabled && metresPerPixel() * cell >= clusterMinCellM) {
        vtkMatrix4x4 *m = cam->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1, 1);
        double e[16];
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                e[r * 4 + c] = m->GetElement(r, c);
        const int cols = int(std::ceil(size[0] / cell)), rows = int(std::ceil(size[1] / cell));
        struct Acc {
            int count = 0, major = 0, overdue = 0;
            double x = 0, y = 0, z = 0;
        };
        std::vector<Acc> grid(size_t(cols) * size_t(rows));
        std::vector<int> cellOf(size_t(hazards.size()), -1);
        for (int i = 0; i < int(hazards.size()); ++i) {
            const HazardPin &p = hazards[i];
            const double z = p.z + PinLift;
            const double w = e[12] * p.x + e[13] * p.y + e[14] * z + e[15];
            if (w <= 0)
                continue;
            const double sx = ((e[0] * p.x + e[1] * p.y + e[2] * z + e[3]) / w + 1) / 2 * size[0];
            const double sy = ((e[4] * p.x + e[5] * p.y + e[6] * z + e[7]) / w + 1) / 2 * size[1];
            if (sx < 0 || sy < 0 || sx >= size[0] || sy >= size[1])
                continue; // off screen: nothing to gather
            const int c = int(sx / cell) + int(sy / cell) * cols;
            Acc &a = grid[size_t(c)];
            ++a.count;
            a.x += p.x;
            a.y += p.y;
            a.z += z;
            const bool open = p.state != u"closed" && p.state != u"verified";
            a.major += open && p.grade == u"major" ? 1 : 0;
            a.overdue += pinClass(p) == OverduePins ? 1 : 0;
            cellOf[size_t(i)] = c;
        }
        std::vector<int> clusterOf(grid.size(), -1);
        for (size_t c = 0; c < grid.size(); ++c) {
            const Acc &a = grid[c];
            if (a.count < 2)
                continue;
            clusterOf[c] = int(found.size());
            found.append(PinCluster{a.x / a.count, a.y / a.count, a.z / a.count, a.count, a.major, a.overdue, {}});
        }
        for (int i = 0; i < int(hazards.size()); ++i) {
            const int c = cellOf[size_t(i)];
            if (c < 0 || clusterOf[size_t(c)] < 0)
                continue;
            hidden[size_t(i)] = 1;
            found[clusterOf[size_t(c)]].codes.append(hazards[i].code);
        }
    }
    if (dataChanged || hidden != clusteredPin) {
        clusteredPin = std::move(hidden);
        const bool any = std::find(clusteredPin.begin(), clusteredPin.end(), 1) != clusteredPin.end();
        for (MarkerBatch &b : pins)
            if (any || b.masked)
                b.setDrawn(any ? &clusteredPin : nullptr);
    }
    clusters = found;

    // The discs: a radius in pixels growing with the count, turned into metres at each cluster's depth.
    clusterSplats.clear();
    double pos[3], dop[3];
    cam->GetPosition(pos);
    cam->GetDirectionOfProjection(dop);
    const double tanHalf = std::tan(cam->GetViewAngle() * M_PI / 360.0);
    for (const PinCluster &c : std::as_const(clusters)) {
        const double px = (11.0 + 4.0 * std::log10(double(c.count))) * dpr;
        double mpp;
        if (cam->GetParallelProjection())
            mpp = 2 * cam->GetParallelScale() / std::max(1, size[1]);
        else {
            const double depth = (c.x - pos[0]) * dop[0] + (c.y - pos[1]) * dop[1] + (c.z - pos[2]) * dop[2];
            mpp = 2 * std::max(depth, 0.1) * tanHalf / std::max(1, size[1]);
        }
        Rgb colour = c.major > 0 ? Rgb{0xe5, 0x39, 0x35} : Rgb{0xfb, 0x8c, 0x00};
        clusterSplats.append(c.x, c.y, c.z, colour, float(px * mpp));
    }
    clusterSplats.changed();
    clusterSplats.actor->SetVisibility(visible[int(Layer::Hazards)] && !clusters.isEmpty());
}

// --- sensors and people -----------------------------------------------------------------------------------

void PlantMapView::Private::rebuildSensors()
{
    sensorPoints->Reset();
    sensorColors->Reset();
    halos.clear();
    for (auto &l : labels)
        overlay->RemoveViewProp(l);
    labels.clear();
    labelSlots.clear();
    ++labelVersion;
    for (const site::Sensor &s : layout.sensors) {
        const auto it = sensorStates.constFind(s.tag);
        const bool alarmed = it != sensorStates.cend() && !it->alarm.isEmpty();
        // Colour by state: its alarm's priority; a good live value green; bad quality purple-grey;
        // no value yet (no site service, or the tag never reported) light grey.
        const bool live = it != sensorStates.cend() && !std::isnan(it->value);
        const Rgb c = alarmed ? alarmRgb(it->alarm)
                      : !live  ? Rgb{0xb0, 0xbe, 0xc5}
                      : it->good ? Rgb{0x43, 0xa0, 0x47}
                                 : Rgb{0x8e, 0x6f, 0x9e};
        sensorPoints->InsertNextPoint(s.position.x, s.position.y, s.position.z);
        sensorColors->InsertNextTuple3(c.r, c.g, c.b);
        if (!alarmed)
            continue;
        halos.append(s.position.x, s.position.y, s.position.z, c, 5.0f);
        vtkNew<vtkTextActor> label;
        const QString unit = it->unit.isEmpty() ? s.unit : it->unit;
        // No value yet (telemetry not connected): show the alarm, never a made-up number.
        const QString text = std::isnan(it->value) ? QString(s.tag % u"  ⚠ "_s % priorityWord(it->alarm))
                                                   : QString(s.tag % u"  "_s % QString::number(it->value, 'g', 4) % u" "_s % unit);
        label->SetInput(text.toUtf8().constData());
        // Placed in display pixels by layoutLabels (before every frame that needs it), anchored 3 m above.
        label->GetPositionCoordinate()->SetCoordinateSystemToDisplay();
        label->GetTextProperty()->SetFontSize(14);
        if (const QByteArray &font = labelFontFile(); !font.isEmpty()) {
            label->GetTextProperty()->SetFontFamily(VTK_FONT_FILE);
            label->GetTextProperty()->SetFontFile(font.constData());
        }
        label->GetTextProperty()->SetColor(1, 1, 1);
        label->GetTextProperty()->SetBackgroundColor(0.08, 0.08, 0.09);
        label->GetTextProperty()->SetBackgroundOpacity(0.75);
        label->GetTextProperty()->SetJustificationToCentered();
        label->SetVisibility(visible[int(Layer::Sensors)]);
        label->PickableOff();
        overlay->AddViewProp(label);
        labels.push_back(label);
        const QString sev = it->alarm.toLower();
        const int rank = sev == u"critical"_s ? 4 : sev == u"high"_s ? 3 : sev == u"medium"_s ? 2 : 1;
        labelSlots.push_back(LabelSlot{s.tag, rank, {s.position.x, s.position.y, s.position.z + 3}});
    }
    sensorPoints->Modified();
    sensorColors->Modified();
    sensorPoly->Modified();
    halos.changed();
    q->scheduleRender();
}

void PlantMapView::Private::layoutLabels()
{
    if (labels.empty())
        return;
    syncSize();
    const int *size = window->GetSize();
    vtkCamera *cam = renderer->GetActiveCamera();
    const LabelKey key{size[0], size[1], labelVersion, visible[int(Layer::Sensors)]};
    const CameraPose pose = CameraPose::of(cam);
    if (key == labelKey && pose == labelsFor)
        return;
    labelKey = key;
    labelsFor = pose;
    vtkMatrix4x4 *m = cam->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1, 1);
    // Most severe first; among equals by tag, so the layout is stable from frame to frame.
    std::vector<int> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const LabelSlot &x = labelSlots[size_t(a)], &y = labelSlots[size_t(b)];
        return x.rank != y.rank ? x.rank > y.rank : x.tag < y.tag;
    });
    const double dpr = q->devicePixelRatioF();
    const double gap = 3 * dpr; // kept free between two labels
    struct Box {
        double x0, y0, x1, y1;
    };
    std::vector<Box> placed;
    placed.reserve(labels.size());
    for (const int i : order) {
        LabelSlot &slot = labelSlots[size_t(i)];
        vtkTextActor *label = labels[size_t(i)];
        slot.shown = false;
        const double *a = slot.anchor.data();
        double p[4] = {a[0], a[1], a[2], 1.0}, c[4];
        m->MultiplyPoint(p, c);
        if (!key.visible || c[3] <= 0) {
            label->SetVisibility(false);
            continue;
        }
        const double ax = (c[0] / c[3] + 1) / 2 * size[0], ay = (c[1] / c[3] + 1) / 2 * size[1];
        if (!slot.measured) { // relative to the label's position: xmin, xmax, ymin, ymax (centred, bottom-aligned)
            label->GetBoundingBox(overlay, slot.bbox.data());
            slot.measured = true;
        }
        const double *bbox = slot.bbox.data();
        const double w = bbox[1] - bbox[0], h = bbox[3] - bbox[2];
        // Candidate positions of the box's bottom-left corner: above the anchor, below it, right, left, higher up.
        const std::array<std::pair<double, double>, 5> candidates{{{ax - w / 2, ay},
                                                                   {ax - w / 2, ay - h - 10 * dpr},
                                                                   {ax + 10 * dpr, ay - h / 2},
                                                                   {ax - w - 10 * dpr, ay - h / 2},
                                                                   {ax - w / 2, ay + h + gap}}};
        for (const auto &[x, y] : candidates) {
            const Box b{x, y, x + w, y + h};
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > size[0] || b.y1 > size[1])
                continue; // off the view
            const bool clear = std::none_of(placed.begin(), placed.end(), [&](const Box &o) {
                return b.x0 < o.x1 + gap && o.x0 < b.x1 + gap && b.y0 < o.y1 + gap && o.y0 < b.y1 + gap;
            });
            if (!clear)
                continue;
            placed.push_back(b);
            slot.x0 = b.x0;
            slot.y0 = b.y0;
            slot.x1 = b.x1;
            slot.y1 = b.y1;
            slot.shown = true;
            label->GetPositionCoordinate()->SetValue(x - bbox[0], y - bbox[2]);
            break;
        }
        label->SetVisibility(slot.shown);
    }
}

QList<PlantMapView::LabelPlacement> PlantMapView::sensorLabels() const
{
    d->layoutLabels();
    const double dpr = devicePixelRatioF();
    const int h = d->window->GetSize()[1];
    QList<LabelPlacement> out;
    for (int i = 0; i < int(d->labelSlots.size()); ++i) {
        const Private::LabelSlot &s = d->labelSlots[i];
        const QString text = i < int(d->labels.size()) ? QString::fromUtf8(d->labels[i]->GetInput()) : QString();
        out.append({s.tag, QRectF(QPointF(s.x0 / dpr, (h - s.y1) / dpr), QPointF(s.x1 / dpr, (h - s.y0) / dpr)), s.shown, text});
    }
    return out;
}

void PlantMapView::Private::rebuildPeople()
{
    people.clear();
    for (int i = 0; i < int(peopleData.size()); ++i)
        people.append(i, peopleData[i].x, peopleData[i].y, peopleData[i].z + 0.9, Rgb{0xec, 0xef, 0xf1});
    people.changed();
    q->scheduleRender();
}

// --- permit volumes ---------------------------------------------------------------------------------------

void PlantMapView::Private::setPermitData(const QList<PermitVolume> &list)
{
    permits = list;
    permitSource = scene::permitVolumes(list);
    permitCells.assign(size_t(list.size()), {0, 0});
    auto *index = vtkIntArray::SafeDownCast(permitSource->GetCellData()->GetArray(scene::IndexArray));
    // The builder emits each permit's faces together: one run of cells per permit.
    const vtkIdType n = index ? index->GetNumberOfTuples() : 0;
    for (vtkIdType c = 0; c < n;) {
        const int i = index->GetValue(c);
        vtkIdType end = c + 1;
        while (end < n && index->GetValue(end) == i)
            ++end;
        if (i >= 0 && i < int(list.size()))
            permitCells[size_t(i)] = {c, end};
        c = end;
    }
    ++permitVersion;
}

bool PlantMapView::Private::permitConflictAt(const PermitVolume &p) const
{
    if (!permitTime || p.conflictWindows.isEmpty())
        return p.conflict;
    return std::any_of(p.conflictWindows.cbegin(), p.conflictWindows.cend(),
                       [t = *permitTime](const auto &w) { return w.first <= t && t < w.second; });
}

void PlantMapView::Private::updatePermitFilter()
{
    if (filteredVersion == permitVersion)
        return;
    filteredVersion = permitVersion;
    visiblePermits.clear();
    QList<PermitVolume> outlined = permits;
    for (int i = 0; i < int(permits.size()); ++i) {
        const PermitVolume &p = permits[i];
        const bool timeless = p.startsAt == 0 && p.endsAt == 0;
        const bool shown = !permitTime || timeless || (p.startsAt <= *permitTime && *permitTime < p.endsAt);
        if (shown)
            visiblePermits.append(i);
        outlined[i].conflict = shown && permitConflictAt(p);
    }
    outlineMapper->SetInputData(scene::permitConflictOutlines(outlined));
}

void PlantMapView::Private::sortPermits()
{
    vtkCamera *cam = renderer->GetActiveCamera();
    const CameraPose pose = CameraPose::of(cam);
    const SortKey key{permitVersion, translucency};
    if (key == sortKey) {
        // The order of whole volumes changes slowly with the camera: re-sort once the eye has turned by more
        // than two degrees around the focal point or moved by more than 2 % of its distance to it.
        if (translucency != Translucency::Sorted || pose == sortedFor || pose.near(sortedFor, 2.0, 0.02))
            return;
    }
    sortKey = key;
    sortedFor = pose;
    QList<int> order = visiblePermits;
    if (translucency == Translucency::Sorted && order.size() > 1) {
        // Back to front by each volume's centre: the prisms are convex, drawn with back faces culled, so
        // the order of whole volumes is the order that matters.
        double pos[3], dop[3];
        cam->GetPosition(pos);
        cam->GetDirectionOfProjection(dop);
        const bool parallel = cam->GetParallelProjection();
        std::vector<double> depth(size_t(permits.size()), 0);
        for (int i : std::as_const(order)) {
            const PermitVolume &p = permits[i];
            const QPointF c = p.polygon.isEmpty() ? QPointF() : site::centroid(p.polygon);
            const double v[3]{c.x() - pos[0], c.y() - pos[1], (p.zMin + p.zMax) / 2 - pos[2]};
            depth[size_t(i)] = parallel ? v[0] * dop[0] + v[1] * dop[1] + v[2] * dop[2]
                                        : v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return depth[size_t(a)] > depth[size_t(b)]; });
    }
    // Colours go on the points (each face gets its own corners), not on the cells: a cell colour costs every
    // blended fragment a buffer-texture fetch, which on a software rasteriser is most of the translucent pass.
    vtkNew<vtkCellArray> polys;
    vtkNew<vtkIntArray> index;
    index->SetName(scene::IndexArray);
    vtkNew<vtkPoints> points;
    vtkNew<vtkUnsignedCharArray> colors;
    colors->SetName(scene::ColorArray);
    colors->SetNumberOfComponents(3);
    if (permitSource) {
        vtkCellArray *src = permitSource->GetPolys();
        vtkPoints *srcPoints = permitSource->GetPoints();
        auto *srcColors = vtkUnsignedCharArray::SafeDownCast(permitSource->GetCellData()->GetScalars());
        vtkIdType cells = 0, corners = 0;
        vtkIdType npts;
        const vtkIdType *pts;
        for (int i : std::as_const(order))
            for (vtkIdType c = permitCells[size_t(i)].first; c < permitCells[size_t(i)].second; ++c) {
                src->GetCellAtId(c, npts, pts);
                ++cells;
                corners += npts;
            }
        polys->AllocateExact(cells, corners);
        index->SetNumberOfTuples(cells);
        points->SetNumberOfPoints(corners);
        colors->SetNumberOfTuples(corners);
        vtkIdType out = 0, corner = 0;
        std::vector<vtkIdType> ids;
        double xyz[3];
        for (int i : std::as_const(order))
            for (vtkIdType c = permitCells[size_t(i)].first; c < permitCells[size_t(i)].second; ++c, ++out) {
                src->GetCellAtId(c, npts, pts);
                ids.resize(size_t(npts));
                for (vtkIdType k = 0; k < npts; ++k, ++corner) {
                    srcPoints->GetPoint(pts[k], xyz);
                    points->SetPoint(corner, xyz);
                    if (srcColors)
                        colors->SetTypedTuple(corner, srcColors->GetPointer(3 * c));
                    ids[size_t(k)] = corner;
                }
                polys->InsertNextCell(npts, ids.data());
                index->SetValue(out, i);
            }
    }
    permitDrawn->SetPoints(points);
    permitDrawn->SetPolys(polys);
    permitDrawn->GetCellData()->Initialize();
    permitDrawn->GetCellData()->AddArray(index);
    permitDrawn->GetPointData()->Initialize();
    permitDrawn->GetPointData()->SetScalars(colors);
    permitDrawn->Modified();
}

} // namespace gl::map
