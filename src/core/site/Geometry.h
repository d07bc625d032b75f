// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>

namespace gl::site {

using Polygon = QList<QPointF>;

/// True when no two non-adjacent edges intersect (and there are at least 3 distinct points).
bool isSimplePolygon(const Polygon &p);
/// Point-in-polygon (even-odd rule; boundary counts as inside).
bool contains(const Polygon &p, QPointF pt);
/// Shoelace area (absolute).
double area(const Polygon &p);
QPointF centroid(const Polygon &p);

} // namespace gl::site
