// SPDX-License-Identifier: Apache-2.0
#include "modules/map/SceneBuilder.h"

#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkIntArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkTriangleFilter.h>
#include <vtkUnsignedCharArray.h>

#include <QtMath>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace gl::map::scene {
namespace {

using Vec3 = std::array<double, 3>;

// Greys for structures: colour is kept for what is abnormal (ISA-101).
constexpr Rgb Building{0x8c, 0x91, 0x96}, Tank{0xa6, 0xab, 0xb0}, Column{0x9a, 0xa0, 0xa6},
    Dike{0x6a, 0x6f, 0x75}, Rack{0x7b, 0x80, 0x86}, Road{0x4a, 0x4e, 0x53}, Ground{0x2e, 0x32, 0x36},
    Frustum{0x90, 0xa4, 0xae};

/// Accumulates cells of one layer with their index and colour, then hands out (triangulated) poly data.
class Builder {
public:
    Builder()
    {
        m_index->SetName(IndexArray);
        m_colors->SetName(ColorArray);
        m_colors->SetNumberOfComponents(3);
    }

    void polygon(const QList<Vec3> &pts, int index, Rgb c)
    {
        if (pts.size() < 3)
            return;
        m_polys->InsertNextCell(vtkIdType(pts.size()));
        for (const Vec3 &p : pts)
            m_polys->InsertCellPoint(m_points->InsertNextPoint(p.data()));
        tag(index, c);
    }

    void line(const QList<Vec3> &pts, int index, Rgb c)
    {
        m_lines->InsertNextCell(vtkIdType(pts.size()));
        for (const Vec3 &p : pts)
            m_lines->InsertCellPoint(m_points->InsertNextPoint(p.data()));
        m_lineTags.push_back({index, c});
    }

    /// A right prism over a 2D outline from z0 to z1: two caps and one quad per edge.
    /// Faces are wound outwards (counter-clockwise seen from outside), so translucent volumes can be
    /// drawn with back-face culling.
    /// With `baked`, faces get a fixed light (top full, sides by their facing, bottom dark) in their colour,
    /// so the actor can be drawn unlit: no per-fragment lighting for large translucent volumes.
    void prism(QList<QPointF> outline, double z0, double z1, int index, Rgb c, bool baked = false)
    {
        if (outline.size() < 3)
            return;
        double twiceArea = 0;
        for (qsizetype i = 0; i < outline.size(); ++i) {
            const QPointF &a = outline[i], &b = outline[(i + 1) % outline.size()];
            twiceArea += a.x() * b.y() - b.x() * a.y();
        }
        if (twiceArea < 0)
            std::reverse(outline.begin(), outline.end());
        QList<Vec3> bottom, top;
        for (const QPointF &p : outline) {
            bottom.append({p.x(), p.y(), z0});
            top.append({p.x(), p.y(), z1});
        }
        polygon(top, index, c);
        std::reverse(bottom.begin(), bottom.end());
        polygon(bottom, index, baked ? shade(c, 0.45) : c);
        std::reverse(bottom.begin(), bottom.end());
        for (qsizetype i = 0; i < outline.size(); ++i) {
            const qsizetype j = (i + 1) % outline.size();
            Rgb side = c;
            if (baked) {
                // Outward normal of a counter-clockwise edge, lit from the south-west.
                const QPointF e = outline[j] - outline[i];
                const double len = std::hypot(e.x(), e.y());
                const double facing = len > 0 ? (e.y() * -0.6 + -e.x() * -0.8) / len : 0;
                side = shade(c, 0.6 + 0.3 * std::max(0.0, facing));
            }
            polygon({bottom[i], bottom[j], top[j], top[i]}, index, side);
        }
    }

    /// The triangles of a placed mesh, as they are.
    void mesh(vtkPolyData *m, int index, Rgb c)
    {
        const vtkIdType base = m_points->GetNumberOfPoints();
        for (vtkIdType i = 0; i < m->GetNumberOfPoints(); ++i)
            m_points->InsertNextPoint(m->GetPoint(i));
        vtkIdType npts;
        const vtkIdType *pts;
        vtkCellArray *polys = m->GetPolys();
        std::vector<vtkIdType> ids;
        for (vtkIdType k = 0; k < polys->GetNumberOfCells(); ++k) {
            polys->GetCellAtId(k, npts, pts);
            ids.assign(pts, pts + npts);
            for (vtkIdType &id : ids)
                id += base;
            m_polys->InsertNextCell(npts, ids.data());
            tag(index, c);
        }
    }

    /// The 12 edges of a prism, as lines.
    void prismEdges(const QList<QPointF> &outline, double z0, double z1, int index, Rgb c)
    {
        QList<Vec3> bottom, top;
        for (const QPointF &p : outline) {
            bottom.append({p.x(), p.y(), z0});
            top.append({p.x(), p.y(), z1});
        }
        if (bottom.isEmpty())
            return;
        bottom.append(bottom.first());
        top.append(top.first());
        line(bottom, index, c);
        line(top, index, c);
        for (qsizetype i = 0; i + 1 < bottom.size(); ++i)
            line({bottom[i], top[i]}, index, c);
    }

    vtkSmartPointer<vtkPolyData> finish(bool triangulate)
    {
        // VTK orders cell data as verts, lines, polys: lines come before polygons.
        vtkNew<vtkIntArray> index;
        index->SetName(IndexArray);
        vtkNew<vtkUnsignedCharArray> colors;
        colors->SetName(ColorArray);
        colors->SetNumberOfComponents(3);
        for (const auto &[i, c] : m_lineTags) {
            index->InsertNextValue(i);
            colors->InsertNextTuple3(c.r, c.g, c.b);
        }
        for (vtkIdType k = 0; k < m_index->GetNumberOfTuples(); ++k) {
            index->InsertNextValue(m_index->GetValue(k));
            colors->InsertNextTuple(m_colors->GetTuple(k));
        }
        auto poly = vtkSmartPointer<vtkPolyData>::New();
        poly->SetPoints(m_points);
        if (m_lines->GetNumberOfCells() > 0)
            poly->SetLines(m_lines);
        if (m_polys->GetNumberOfCells() > 0)
            poly->SetPolys(m_polys);
        poly->GetCellData()->AddArray(index);
        poly->GetCellData()->SetScalars(colors);
        if (!triangulate || m_polys->GetNumberOfCells() == 0)
            return poly;
        // Concave footprints (an L-shaped hall, a U-shaped road area) need a real triangulation: the GL
        // mapper would fan them.
        vtkNew<vtkTriangleFilter> tri;
        tri->SetInputData(poly);
        tri->PassLinesOn();
        tri->PassVertsOff();
        tri->Update();
        vtkSmartPointer<vtkPolyData> out = tri->GetOutput();
        return out;
    }

private:
    static Rgb shade(Rgb c, double f)
    {
        return {static_cast<unsigned char>(c.r * f), static_cast<unsigned char>(c.g * f),
                static_cast<unsigned char>(c.b * f)};
    }

    void tag(int index, Rgb c)
    {
        m_index->InsertNextValue(index);
        m_colors->InsertNextTuple3(c.r, c.g, c.b);
    }

    vtkNew<vtkPoints> m_points;
    vtkNew<vtkCellArray> m_polys, m_lines;
    vtkNew<vtkIntArray> m_index;
    vtkNew<vtkUnsignedCharArray> m_colors;
    std::vector<std::pair<int, Rgb>> m_lineTags;
};

QList<QPointF> circle(QPointF c, double r, int sides = 24)
{
    QList<QPointF> out;
    out.reserve(sides);
    for (int i = 0; i < sides; ++i) {
        const double a = 2 * M_PI * i / sides;
        out.append(c + QPointF(r * std::cos(a), r * std::sin(a)));
    }
    return out;
}

/// The rectangle of width w around segment a-b.
QList<QPointF> ribbon(QPointF a, QPointF b, double w)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len <= 0)
        return {};
    const QPointF n(-d.y() / len * w / 2, d.x() / len * w / 2);
    return {a + n, b + n, b - n, a - n};
}

void addPipeRack(Builder &b, const site::Structure &s, int index)
{
    const double h = s.height > 0 ? s.height : 6;
    const double w = s.width > 0 ? s.width : 4;
    const double deck = std::min(1.2, h / 3);
    for (qsizetype i = 0; i + 1 < s.path.size(); ++i) {
        const QPointF a = s.path[i], c = s.path[i + 1];
        b.prism(ribbon(a, c, w), h - deck, h, index, Rack);
        // Posts every ~10 m on both sides.
        const double len = std::hypot((c - a).x(), (c - a).y());
        const int n = std::max(1, int(len / 10));
        const QPointF d = (c - a) / len;
        const QPointF side(-d.y() * (w / 2 - 0.4), d.x() * (w / 2 - 0.4));
        for (int k = 0; k <= n; ++k) {
            const QPointF p = a + (c - a) * (double(k) / n);
            for (const QPointF &q : {p + side, p - side}) {
                const QList<QPointF> post{q + QPointF(-0.3, -0.3), q + QPointF(0.3, -0.3),
                                          q + QPointF(0.3, 0.3), q + QPointF(-0.3, 0.3)};
                b.prism(post, 0, h - deck, index, Rack);
            }
        }
    }
}

} // namespace

QRectF siteBounds(const site::SiteLayout &layout)
{
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    auto grow = [&](QPointF p) {
        x0 = std::min(x0, p.x());
        y0 = std::min(y0, p.y());
        x1 = std::max(x1, p.x());
        y1 = std::max(y1, p.y());
    };
    for (const auto &a : layout.areas)
        for (const QPointF &p : a.polygon)
            grow(p);
    for (const auto &s : layout.structures) {
        for (const QPointF &p : s.footprint)
            grow(p);
        for (const QPointF &p : s.path)
            grow(p);
        if (s.radius > 0) {
            grow(s.center - QPointF(s.radius, s.radius));
            grow(s.center + QPointF(s.radius, s.radius));
        }
    }
    if (x1 < x0 || y1 < y0)
        return QRectF(0, 0, 100, 100);
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

vtkSmartPointer<vtkPolyData> ground(const QRectF &bounds, double margin)
{
    Builder b;
    const QRectF g = bounds.adjusted(-margin, -margin, margin, margin);
    b.polygon({{g.left(), g.top(), 0}, {g.right(), g.top(), 0}, {g.right(), g.bottom(), 0},
               {g.left(), g.bottom(), 0}},
              -1, Ground);
    return b.finish(false);
}

vtkSmartPointer<vtkPolyData> structures(const site::SiteLayout &layout,
                                        const QHash<int, vtkSmartPointer<vtkPolyData>> &meshes)
{
    Builder b;
    for (int i = 0; i < int(layout.structures.size()); ++i) {
        const site::Structure &s = layout.structures[i];
        if (const auto mesh = meshes.value(i)) {
            b.mesh(mesh, i, s.kind == site::StructureKind::Tank ? Tank : s.kind == site::StructureKind::Column ? Column : Building);
            continue;
        }
        switch (s.kind) {
        case site::StructureKind::Building:
            b.prism(s.footprint, 0, s.height > 0 ? s.height : 6, i, Building);
            break;
        case site::StructureKind::Dike:
            b.prism(s.footprint, 0, s.height > 0 ? s.height : 1.2, i, Dike);
            break;
        case site::StructureKind::Tank:
            b.prism(circle(s.center, s.radius), 0, s.height, i, Tank);
            break;
        case site::StructureKind::Column:
            b.prism(circle(s.center, s.radius, 16), 0, s.height, i, Column);
            break;
        case site::StructureKind::Road:
            for (qsizetype k = 0; k + 1 < s.path.size(); ++k) {
                QList<Vec3> quad;
                for (const QPointF &p : ribbon(s.path[k], s.path[k + 1], s.width > 0 ? s.width : 6))
                    quad.append({p.x(), p.y(), 0.12});
                b.polygon(quad, i, Road);
            }
            break;
        case site::StructureKind::PipeRack:
            addPipeRack(b, s, i);
            break;
        case site::StructureKind::Unknown:
            break;
        }
    }
    return b.finish(true);
}

vtkSmartPointer<vtkPolyData> riskAreas(const site::SiteLayout &layout)
{
    Builder b;
    for (int i = 0; i < int(layout.areas.size()); ++i) {
        const site::Area &a = layout.areas[i];
        QList<Vec3> pts;
        for (const QPointF &p : a.polygon)
            pts.append({p.x(), p.y(), 0.06});
        b.polygon(pts, i, riskRgb(site::riskKey(a.risk)));
    }
    return b.finish(true);
}

vtkSmartPointer<vtkPolyData> cameraFrustums(const site::SiteLayout &layout, double maxRange)
{
    Builder b;
    for (int i = 0; i < int(layout.cameras.size()); ++i) {
        const site::Camera &c = layout.cameras[i];
        const double yaw = qDegreesToRadians(c.yaw), pitch = qDegreesToRadians(c.pitch);
        const Vec3 d{std::cos(pitch) * std::cos(yaw), std::cos(pitch) * std::sin(yaw), std::sin(pitch)};
        // right = d x z, up = right x d
        Vec3 r{d[1], -d[0], 0};
        const double rl = std::hypot(r[0], r[1]);
        r = rl > 1e-9 ? Vec3{r[0] / rl, r[1] / rl, 0} : Vec3{1, 0, 0};
        const Vec3 u{r[1] * d[2] - r[2] * d[1], r[2] * d[0] - r[0] * d[2], r[0] * d[1] - r[1] * d[0]};
        const double range = std::min(c.range, maxRange);
        const double hw = range * std::tan(qDegreesToRadians(c.fov) / 2), hh = hw * 9 / 16;
        const Vec3 apex{c.position.x, c.position.y, c.position.z};
        QList<Vec3> corners;
        for (const auto &[sr, su] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
            Vec3 p;
            for (int k = 0; k < 3; ++k)
                p[k] = apex[k] + d[k] * range + r[k] * hw * sr + u[k] * hh * su;
            corners.append(p);
        }
        for (const Vec3 &p : corners)
            b.line({apex, p}, i, Frustum);
        b.line({corners[0], corners[1], corners[2], corners[3], corners[0]}, i, Frustum);
    }
    return b.finish(false);
}

vtkSmartPointer<vtkPolyData> permitVolumes(const QList<PermitVolume> &permits)
{
    Builder b;
    for (int i = 0; i < int(permits.size()); ++i) {
        const PermitVolume &p = permits[i];
        b.prism(p.polygon, p.zMin, std::max(p.zMax, p.zMin + 0.1), i, permitRgb(p.type), true);
    }
    return b.finish(true);
}

vtkSmartPointer<vtkPolyData> permitConflictOutlines(const QList<PermitVolume> &permits)
{
    Builder b;
    for (int i = 0; i < int(permits.size()); ++i) {
        const PermitVolume &p = permits[i];
        if (p.conflict)
            b.prismEdges(p.polygon, p.zMin, std::max(p.zMax, p.zMin + 0.1), i, Rgb{0xff, 0x17, 0x44});
    }
    return b.finish(false);
}

} // namespace gl::map::scene
