// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/Geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gl::conflicts {
namespace {

/// Sign of the cross product (b - a) x (c - a): > 0 left turn, < 0 right turn, 0 collinear.
int orientation(Point a, Point b, Point c)
{
    const double v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return (v > 0.0) - (v < 0.0);
}

/// For c collinear with [a,b]: whether c lies within the segment's extent.
bool onSegment(Point a, Point b, Point c)
{
    return std::min(a.x, b.x) <= c.x && c.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= c.y
        && c.y <= std::max(a.y, b.y);
}

} // namespace

double Box::squaredDistanceTo(const Box &o) const
{
    const double dx = std::max({0.0, o.minX - maxX, minX - o.maxX});
    const double dy = std::max({0.0, o.minY - maxY, minY - o.maxY});
    return dx * dx + dy * dy;
}

double Box::distanceTo(const Box &o) const
{
    return std::sqrt(squaredDistanceTo(o));
}

Polygon::Polygon(std::vector<Point> points)
    : m_points(std::move(points))
{
    if (m_points.empty())
        return;
    m_bounds = {m_points.front().x, m_points.front().y, m_points.front().x, m_points.front().y};
    for (const Point &p : m_points) {
        m_bounds.minX = std::min(m_bounds.minX, p.x);
        m_bounds.minY = std::min(m_bounds.minY, p.y);
        m_bounds.maxX = std::max(m_bounds.maxX, p.x);
        m_bounds.maxY = std::max(m_bounds.maxY, p.y);
    }
}

double Polygon::signedArea() const
{
    double twice = 0.0;
    const size_t n = m_points.size();
    for (size_t i = 0; i < n; ++i) {
        const Point &p = m_points[i];
        const Point &q = m_points[(i + 1) % n];
        twice += p.x * q.y - q.x * p.y;
    }
    return twice / 2.0;
}

bool Polygon::contains(Point p) const
{
    const size_t n = m_points.size();
    if (n < 3)
        return false;
    bool inside = false;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point &a = m_points[i];
        const Point &b = m_points[j];
        if (orientation(a, b, p) == 0 && onSegment(a, b, p))
            return true;
        if ((a.y > p.y) != (b.y > p.y)) {
            const double xCross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < xCross)
                inside = !inside;
        }
    }
    return inside;
}

bool segmentsIntersect(Point p1, Point p2, Point q1, Point q2)
{
    const int o1 = orientation(p1, p2, q1);
    const int o2 = orientation(p1, p2, q2);
    const int o3 = orientation(q1, q2, p1);
    const int o4 = orientation(q1, q2, p2);
    if (o1 * o2 < 0 && o3 * o4 < 0)
        return true;
    return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, p2, q2))
        || (o3 == 0 && onSegment(q1, q2, p1)) || (o4 == 0 && onSegment(q1, q2, p2));
}

double squaredPointSegmentDistance(Point p, Point a, Point b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = 0.0;
    if (len2 > 0.0)
        t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    const double ex = p.x - (a.x + t * dx);
    const double ey = p.y - (a.y + t * dy);
    return ex * ex + ey * ey;
}

double pointSegmentDistance(Point p, Point a, Point b)
{
    return std::sqrt(squaredPointSegmentDistance(p, a, b));
}

double segmentDistance(Point p1, Point p2, Point q1, Point q2)
{
    if (segmentsIntersect(p1, p2, q1, q2))
        return 0.0;
    return std::sqrt(std::min({squaredPointSegmentDistance(p1, q1, q2), squaredPointSegmentDistance(p2, q1, q2),
                               squaredPointSegmentDistance(q1, p1, p2), squaredPointSegmentDistance(q2, p1, p2)}));
}

double polygonDistance(const Polygon &a, const Polygon &b)
{
    const auto &pa = a.points();
    const auto &pb = b.points();
    if (pa.empty() || pb.empty())
        return std::numeric_limits<double>::infinity();
    const size_t na = pa.size();
    const size_t nb = pb.size();
    // Apart boxes cannot touch; otherwise a crossing or touching boundary, or one polygon holding a
    // vertex of the other (containment), means distance 0.
    if (a.bounds().intersects(b.bounds())) {
        for (size_t i = 0; i < na; ++i) {
            for (size_t j = 0; j < nb; ++j) {
                if (segmentsIntersect(pa[i], pa[(i + 1) % na], pb[j], pb[(j + 1) % nb]))
                    return 0.0;
            }
        }
        if (a.contains(pb.front()) || b.contains(pa.front()))
            return 0.0;
    }
    // Disjoint boundaries: the closest pair of points has a vertex on one side.
    double best = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < na; ++i) {
        for (size_t j = 0; j < nb; ++j) {
            best = std::min(best, squaredPointSegmentDistance(pa[i], pb[j], pb[(j + 1) % nb]));
            best = std::min(best, squaredPointSegmentDistance(pb[j], pa[i], pa[(i + 1) % na]));
        }
    }
    return std::sqrt(best);
}

std::optional<SelfIntersection> findSelfIntersection(const std::vector<Point> &ring)
{
    const int n = int(ring.size());
    if (n < 3)
        return std::nullopt;
    auto at = [&](int i) { return ring[size_t(i % n)]; };
    for (int i = 0; i < n; ++i) {
        if (at(i) == at(i + 1))
            return SelfIntersection{i, i};
    }
    for (int i = 0; i < n; ++i) {
        const Point a1 = at(i);
        const Point a2 = at(i + 1);
        for (int j = i + 1; j < n; ++j) {
            const Point b1 = at(j);
            const Point b2 = at(j + 1);
            const bool adjacentAfter = (j == i + 1);
            const bool adjacentBefore = (i == 0 && j == n - 1);
            if (adjacentAfter || adjacentBefore) {
                // Neighbours share one vertex; they are defective only when they fold back over each other.
                const Point shared = adjacentAfter ? a2 : a1;
                const Point u = adjacentAfter ? a1 : a2;
                const Point w = adjacentAfter ? b2 : b1;
                if (orientation(u, shared, w) == 0
                    && (u.x - shared.x) * (w.x - shared.x) + (u.y - shared.y) * (w.y - shared.y) > 0.0)
                    return SelfIntersection{i, j};
                continue;
            }
            if (segmentsIntersect(a1, a2, b1, b2))
                return SelfIntersection{i, j};
        }
    }
    return std::nullopt;
}

} // namespace gl::conflicts
