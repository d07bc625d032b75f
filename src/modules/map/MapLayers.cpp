// SPDX-License-Identifier: Apache-2.0
// The plant map's live layers: marker batches (hazard pins, people) and pin clusters recomputed when the camera
// moves. Sensors, their labels and people are in MapSensorLayers.cpp; permit volumes in MapPermitLayers.cpp.
#include "modules/map/PlantMapView_p.h"

#include "modules/map/SceneBuilder.h"
#include "modules/site/layout/Geometry.h"

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

} // namespace gl::map
