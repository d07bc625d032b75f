// SPDX-License-Identifier: Apache-2.0
// Picking on the plant map: markers by projection, surfaces by a ray cast through the batched actors, pin
// clusters; the codes behind an index, where an object is, and hover tooltips.
#include "modules/map/PlantMapView_p.h"

#include "modules/map/SceneBuilder.h"
#include "modules/site/layout/Geometry.h"

#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkIdList.h>
#include <vtkMatrix4x4.h>

#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::map {

std::pair<QString, QString> PlantMapView::pickAt(QPoint widgetPos)
{
    d->prepareFrame(); // clusters and the permit filter as the next frame will draw them
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
    auto scan = [&](vtkPoints *pts, Layer layer, const QList<int> *owners = nullptr, const std::vector<char> *hidden = nullptr) {
        if (!d->visible[int(layer)])
            return;
        const vtkIdType n = pts->GetNumberOfPoints();
        for (vtkIdType i = 0; i < n; ++i) {
            const int owner = owners ? (*owners)[i] : int(i);
            if (hidden && size_t(owner) < hidden->size() && (*hidden)[size_t(owner)])
                continue; // drawn as part of a cluster
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
                hit = std::pair{layer, owner};
            }
        }
    };
    for (const MarkerBatch &b : d->pins)
        scan(b.points, Layer::Hazards, &b.owners, &d->clusteredPin);
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
    // The permit cells are re-ordered when the camera moves (depth sort): the locator follows the data.
    if (d->permitDrawn->GetMTime() != d->permitLocatorTime) {
        d->picker->RemoveAllLocators();
        d->permitLocatorTime = d->permitDrawn->GetMTime();
        if (d->permitDrawn->GetNumberOfCells() > 0) {
            d->permitLocator->SetDataSet(d->permitDrawn);
            d->permitLocator->Modified();
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

int PlantMapView::clusterAt(QPoint widgetPos) const
{
    d->prepareFrame();
    int best = -1;
    double bestD2 = 0;
    for (int i = 0; i < int(d->clusters.size()); ++i) {
        const PinCluster &c = d->clusters[i];
        const QPointF at = worldToWidget(c.x, c.y, c.z);
        const double r = 12.0 + 4.0 * std::log10(double(c.count)); // the disc, plus a little
        const double dx = at.x() - widgetPos.x(), dy = at.y() - widgetPos.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= r * r && (best < 0 || d2 < bestD2)) {
            best = i;
            bestD2 = d2;
        }
    }
    return best;
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

std::optional<site::Point3> PlantMapView::locate(const QString &code) const { return d->locate(code); }

std::optional<QPointF> PlantMapView::groundAt(QPoint widgetPos) const
{
    d->syncSize();
    const double dpr = devicePixelRatioF();
    const double x = widgetPos.x() * dpr, y = d->window->GetSize()[1] - widgetPos.y() * dpr;
    std::array<double, 4> a{}, b{};
    for (auto [depth, out] : {std::pair{0.0, &a}, std::pair{1.0, &b}}) {
        d->renderer->SetDisplayPoint(x, y, depth);
        d->renderer->DisplayToWorld();
        d->renderer->GetWorldPoint(out->data());
        if (std::abs((*out)[3]) < 1e-12)
            return std::nullopt;
        for (int k = 0; k < 3; ++k)
            (*out)[k] /= (*out)[3];
    }
    if (std::abs(b[2] - a[2]) < 1e-9)
        return std::nullopt; // looking along the ground
    const double t = a[2] / (a[2] - b[2]);
    if (t < 0 || t > 1)
        return std::nullopt; // the ground is not in front of the camera there
    return QPointF(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
}

std::optional<std::array<double, 6>> PlantMapView::structureBounds(const QString &code) const
{
    int index = -1;
    for (int i = 0; i < int(d->layout.structures.size()); ++i)
        if (d->layout.structures[i].code == code)
            index = i;
    auto *poly = vtkPolyData::SafeDownCast(d->structureMapper->GetInput());
    auto *ids = poly ? vtkIntArray::SafeDownCast(poly->GetCellData()->GetArray(scene::IndexArray)) : nullptr;
    if (index < 0 || !ids)
        return std::nullopt;
    std::array<double, 6> b{1e300, -1e300, 1e300, -1e300, 1e300, -1e300};
    vtkNew<vtkIdList> pts;
    for (vtkIdType c = 0; c < ids->GetNumberOfTuples(); ++c) {
        if (ids->GetValue(c) != index)
            continue;
        poly->GetCellPoints(c, pts);
        for (vtkIdType k = 0; k < pts->GetNumberOfIds(); ++k) {
            double p[3];
            poly->GetPoint(pts->GetId(k), p);
            for (int a = 0; a < 3; ++a) {
                b[size_t(2 * a)] = std::min(b[size_t(2 * a)], p[a]);
                b[size_t(2 * a + 1)] = std::max(b[size_t(2 * a + 1)], p[a]);
            }
        }
    }
    if (b[0] > b[1])
        return std::nullopt;
    return b;
}

std::optional<site::Point3> PlantMapView::Private::locate(const QString &code) const
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

QString PlantMapView::Private::codeFor(Layer layer, int index) const
{
    auto at = [index](const auto &list, auto field) {
        return index >= 0 && index < int(list.size()) ? field(list[index]) : QString();
    };
    switch (layer) {
    case Layer::Structures: return at(layout.structures, [](const auto &s) { return s.code; });
    case Layer::RiskAreas: return at(layout.areas, [](const auto &a) { return a.code; });
    case Layer::Cameras: return at(layout.cameras, [](const auto &c) { return c.code; });
    case Layer::Sensors: return at(layout.sensors, [](const auto &s) { return s.tag; });
    case Layer::Permits: return at(permits, [](const auto &p) { return p.code; });
    case Layer::Hazards: return at(hazards, [](const auto &h) { return h.code; });
    case Layer::People: return at(peopleData, [](const auto &p) { return p.code; });
    }
    return {};
}

QString PlantMapView::Private::tooltipFor(const QString &kind, const QString &code) const
{
    if (kind == u"person") {
        for (const PersonMarker &p : peopleData)
            if (p.code == code)
                return p.contractor.isEmpty() ? p.name : PlantMapView::tr("%1 (%2)").arg(p.name, p.contractor);
    }
    if (kind == u"hazard") {
        if (const auto it = hazardIndex.constFind(code); it != hazardIndex.cend()) {
            const HazardPin &h = hazards[*it];
            return PlantMapView::tr("Hazard %1 · %2 · %3%4")
                .arg(code, h.grade, h.state, h.overdue ? PlantMapView::tr(" · OVERDUE") : QString());
        }
    }
    if (kind == u"sensor") {
        for (const site::Sensor &s : layout.sensors)
            if (s.tag == code) {
                const auto it = sensorStates.constFind(code);
                if (it == sensorStates.cend() || std::isnan(it->value))
                    return it != sensorStates.cend() && !it->alarm.isEmpty()
                               ? PlantMapView::tr("%1 · no live value · alarm %2").arg(code, it->alarm)
                               : PlantMapView::tr("%1 · no live value").arg(code);
                const QString unit = it->unit.isEmpty() ? s.unit : it->unit;
                QString text = PlantMapView::tr("%1 · %2 %3").arg(code, QString::number(it->value, 'g', 4), unit);
                if (!it->good)
                    text += PlantMapView::tr(" · bad quality");
                if (!it->alarm.isEmpty())
                    text += PlantMapView::tr(" · alarm %1").arg(it->alarm);
                return text;
            }
    }
    if (kind == u"structure") {
        for (const site::Structure &s : layout.structures)
            if (s.code == code)
                return s.name % u" ("_s % code % u")"_s;
    }
    if (kind == u"area") {
        if (const site::Area *a = layout.area(code))
            return (a->nameZh.isEmpty() ? a->name : a->name % u" "_s % a->nameZh) % u" ("_s % code % u")"_s;
    }
    return code % u" ("_s % kind % u")"_s;
}

void PlantMapView::Private::hoverTick()
{
    const int cluster = q->clusterAt(hoverPos);
    if (cluster >= 0) {
        lastHover = {};
        if (cluster == lastHoverCluster)
            return;
        lastHoverCluster = cluster;
        const PinCluster &c = clusters[cluster];
        QToolTip::showText(q->mapToGlobal(hoverPos),
                           PlantMapView::tr("%n hazards here (%1 major, %2 overdue) — click to zoom in", nullptr, c.count)
                               .arg(c.major).arg(c.overdue),
                           q);
        return;
    }
    lastHoverCluster = -1;
    const auto hit = q->pickAt(hoverPos);
    if (hit == lastHover)
        return;
    lastHover = hit;
    Q_EMIT q->hovered(hit.first, hit.second);
    if (hit.second.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(q->mapToGlobal(hoverPos), tooltipFor(hit.first, hit.second), q);
}

} // namespace gl::map
