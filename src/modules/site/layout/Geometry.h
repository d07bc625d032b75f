// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Geometry.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace gl::site {

using Polygon = QList<QPointF>;

/// The input bounds shared with the conflict engine (docs/conflicts.md): |x|, |y| <= 1e6 m and at
/// most 1,000 points per polygon.
using conflicts::kMaxCoordinateMetres;
using conflicts::kMaxPolygonPoints;

/// True when no two non-adjacent edges intersect (and there are at least 3 distinct points). A ring
/// of more than kMaxPolygonPoints points is not accepted (the check is quadratic).
bool isSimplePolygon(const Polygon &p);
/// Why `p` cannot be a work-area or layout polygon, or empty when it can: fewer than 3 or more than
/// kMaxPolygonPoints points, a coordinate that is not finite or beyond kMaxCoordinateMetres, or a
/// self-intersecting or degenerate ring.
QString polygonProblem(const Polygon &p);
/// True when x and y are finite and within kMaxCoordinateMetres of the origin.
bool withinBounds(QPointF p);
/// Point-in-polygon (even-odd rule; boundary counts as inside).
bool contains(const Polygon &p, QPointF pt);
/// Shoelace area (absolute).
double area(const Polygon &p);
QPointF centroid(const Polygon &p);

} // namespace gl::site
