// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <vector>

namespace gl::conflicts {

/// The sane bound of an input coordinate in site metres: |x|, |y| and |z| at most 1,000 km from the
/// site origin (docs/conflicts.md). Larger finite numbers are refused as bad input; they are typing
/// or unit errors, and unbounded extents would make the spatial index meaningless.
inline constexpr double kMaxCoordinateMetres = 1.0e6;
/// The most points a work-area polygon may have. The simplicity check and the polygon distance are
/// quadratic in it; real permit areas have a handful of points.
inline constexpr int kMaxPolygonPoints = 1000;

/// A point in site metres (x east, y north).
struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point &, const Point &) = default;
};

/// An axis-aligned box; the bounding box of a polygon.
struct Box {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    Box expanded(double margin) const { return {minX - margin, minY - margin, maxX + margin, maxY + margin}; }
    bool intersects(const Box &o) const
    {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }
    /// Euclidean distance between the boxes (0 when they touch or overlap): a lower bound of the
    /// distance between anything they contain.
    double distanceTo(const Box &o) const;
    double squaredDistanceTo(const Box &o) const;
};

/// A simple polygon, either orientation, not closed. Immutable; keeps its bounding box.
class Polygon {
public:
    Polygon() = default;
    explicit Polygon(std::vector<Point> points);

    const std::vector<Point> &points() const { return m_points; }
    const Box &bounds() const { return m_bounds; }
    bool isEmpty() const { return m_points.empty(); }
    /// Signed area (positive when counter-clockwise).
    double signedArea() const;
    /// True when p is strictly inside or on the boundary.
    bool contains(Point p) const;

private:
    std::vector<Point> m_points;
    Box m_bounds;
};

/// Closed segments [p1,p2] and [q1,q2] share at least one point (touching counts).
bool segmentsIntersect(Point p1, Point p2, Point q1, Point q2);
double pointSegmentDistance(Point p, Point a, Point b);
double squaredPointSegmentDistance(Point p, Point a, Point b);
double segmentDistance(Point p1, Point p2, Point q1, Point q2);

/// Horizontal distance between two polygons: 0 when they touch, overlap or one contains the other,
/// else the smallest distance between their boundaries.
double polygonDistance(const Polygon &a, const Polygon &b);

/// Why a ring of points is not a simple polygon: edge i runs from point i to point i+1 (mod n).
struct SelfIntersection {
    int edgeA = -1;
    int edgeB = -1;
};

/// The first pair of edges that cross, touch or overlap where they should not (O(n^2); permit
/// polygons are small), or nothing when the ring is simple. Zero-length edges count as a defect.
std::optional<SelfIntersection> findSelfIntersection(const std::vector<Point> &ring);

} // namespace gl::conflicts
