// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/Geometry.h"

#include <QList>
#include <QString>

namespace gl::permits {

/// A camera as the site layout places it: position in site metres, yaw counter-clockwise from east
/// (degrees), horizontal field of view and useful range.
struct CameraPlacement {
    QString code, name, area, url;
    double x = 0, y = 0, z = 0, yaw = 0, pitch = 0, fov = 60, range = 60;
};

/// A camera that sees a permit's work volume.
struct CameraCover {
    QString code, name, area;
    double distance = 0;        ///< metres from the camera to the nearest covered point of the volume
    bool onlineCapable = false; ///< the feed URL is one the video module can open (rtsp/rtsps/http/https/file)
};

/// True when `url` names a feed the video module can open: rtsp://, rtsps://, http(s)://, file:// or an absolute path.
bool feedUrlOnlineCapable(const QString &url);

/// The cameras whose view (range, horizontal field of view around the yaw) contains a point of the work
/// volume: its centroid and corners at the middle height. Sorted by distance, then code.
QList<CameraCover> camerasCovering(const QList<CameraPlacement> &cameras, const site::Polygon &polygon, double zMin, double zMax);

} // namespace gl::permits
