// SPDX-License-Identifier: Apache-2.0
#include "modules/map/MapRender.h"

#include "modules/map/PlantMapView.h"

#include <QCoreApplication>
#include <QSurfaceFormat>

namespace gl::map {

void setDefaultSurfaceFormat()
{
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 2);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    fmt.setRedBufferSize(8);
    fmt.setGreenBufferSize(8);
    fmt.setBlueBufferSize(8);
    fmt.setAlphaBufferSize(8);
    fmt.setDepthBufferSize(24);
    fmt.setStencilBufferSize(8);
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

QImage renderToImage(PlantMapView &view, QSize size)
{
    if (size.isValid() && view.size() != size)
        view.resize(size);
    if (!view.isVisible()) {
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
    }
    QCoreApplication::processEvents();
    return view.grabFramebuffer();
}

} // namespace gl::map
