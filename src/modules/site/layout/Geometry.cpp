// SPDX-License-Identifier: Apache-2.0
#include "modules/site/layout/Geometry.h"

#include <cmath>

namespace gl::site {
namespace {
double cross(QPointF o, QPointF a, QPointF b) { return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x()); }
bool onSegment(QPointF p, QPointF q, QPointF r)
{
    return q.x() <= std::max(p.x(), r.x()) && q.x() >= std::min(p.x(), r.x()) && q.y() <= std::max(p.y(), r.y())
        && q.y() >= std::min(p.y(), r.y());
}
int orient(QPointF p, QPointF q, QPointF r)
{
    const double v = cross(p, q, r);
    if (std::abs(v) < 1e-12)
        return 0;
    return v > 0 ? 1 : 2;
}
bool segmentsIntersect(QPointF p1, QPointF q1, QPointF p2, QPointF q2)
{
    const int o1 = orient(p1, q1, p2), o2 = orient(p1, q1, q2), o3 = orient(p2, q2, p1), o4 = orient(p2, q2, q1);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, q2, q1))
        || (o3 == 0 && onSegment(p2, p1, q2)) || (o4 == 0 && onSegment(p2, q1, q2));
}
} // namespace

bool withinBounds(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= kMaxCoordinateMetres
        && std::abs(p.y()) <= kMaxCoordinateMetres;
}

QString polygonProblem(const Polygon &p)
{
    using namespace Qt::StringLiterals;
    if (p.size() < 3)
        return u"needs at least 3 points, got %1"_s.arg(p.size());
    if (p.size() > kMaxPolygonPoints)
        return u"has %1 points; at most %2 are accepted"_s.arg(p.size()).arg(kMaxPolygonPoints);
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (!withinBounds(p[i]))
            return u"point %1 (%2, %3) is not within %4 m of the site origin"_s.arg(i)
                .arg(p[i].x(), 0, 'g', 17)
                .arg(p[i].y(), 0, 'g', 17)
                .arg(kMaxCoordinateMetres, 0, 'f', 0);
    }
    if (!isSimplePolygon(p))
        return u"self-intersecting or degenerate polygon"_s;
    return {};
}

bool isSimplePolygon(const Polygon &p)
{
    const int n = int(p.size());
    if (n < 3 || n > kMaxPolygonPoints || area(p) <= 0.0)
        return false;
    for (int i = 0; i < n; ++i) {
        const QPointF a1 = p[i], a2 = p[(i + 1) % n];
        if (a1 == a2)
            return false;
        for (int j = i + 1; j < n; ++j) {
            if (j == i || (j + 1) % n == i || (i + 1) % n == j)
                continue; // adjacent edges share a vertex
            if (segmentsIntersect(a1, a2, p[j], p[(j + 1) % n]))
                return false;
        }
    }
    return true;
}

bool contains(const Polygon &p, QPointF pt)
{
    bool inside = false;
    const int n = int(p.size());
    for (int i = 0, j = n - 1; i < n; j = i++) {
        if (orient(p[j], p[i], pt) == 0 && onSegment(p[j], pt, p[i]))
            return true;
        if (((p[i].y() > pt.y()) != (p[j].y() > pt.y()))
            && (pt.x() < (p[j].x() - p[i].x()) * (pt.y() - p[i].y()) / (p[j].y() - p[i].y()) + p[i].x()))
            inside = !inside;
    }
    return inside;
}

double area(const Polygon &p)
{
    double s = 0;
    const int n = int(p.size());
    for (int i = 0; i < n; ++i)
        s += p[i].x() * p[(i + 1) % n].y() - p[(i + 1) % n].x() * p[i].y();
    return std::abs(s) / 2.0;
}

QPointF centroid(const Polygon &p)
{
    QPointF c;
    for (const QPointF &q : p)
        c += q;
    return p.isEmpty() ? c : c / double(p.size());
}

} // namespace gl::site
