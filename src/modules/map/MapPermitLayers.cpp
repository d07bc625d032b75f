// SPDX-License-Identifier: Apache-2.0
// The plant map's permit volumes: filtered by the time slider and drawn back to front.
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
