// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QSize>

namespace gl::map {

class PlantMapView;

/// Sets the default QSurfaceFormat VTK needs (OpenGL 3.2 core, depth 24, stencil 8). Call in main()
/// BEFORE the QApplication is created.
void setDefaultSurfaceFormat();

/// Renders the view at `size` (resizing it; shows it off-screen if it is hidden) and returns the frame.
QImage renderToImage(PlantMapView &view, QSize size);

} // namespace gl::map
