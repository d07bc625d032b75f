// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"

#include <QRectF>

namespace gl::site {

/// The site's extent: the bounding box of its areas, structures (paths with half their width, tanks and
/// columns with their radius) and equipment, in site metres; a null rectangle for a layout without any.
QRectF extent(const SiteLayout &layout);

/// A typed work area (a permit's polygon: `permit create`, the permit form) has at most this many corners
/// (a drawn one far fewer), well below the geometry engine's kMaxPolygonPoints.
inline constexpr int kMaxWorkAreaCorners = 256;
/// How far outside the site's extent a typed work-area corner may lie (a fence line, a road at the edge).
inline constexpr double kWorkAreaMarginMetres = 50;

} // namespace gl::site
