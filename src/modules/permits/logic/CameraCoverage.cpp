// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/logic/CameraCoverage.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::permits {

bool feedUrlOnlineCapable(const QString &url)
{
    const QString u = url.trimmed();
    if (u.isEmpty())
        return false;
    if (u.startsWith(u'/'))
        return true;
    const QString scheme = QUrl(u).scheme().toLower();
    return scheme == u"rtsp"_s || scheme == u"rtsps"_s || scheme == u"http"_s || scheme == u"https"_s || scheme == u"file"_s;
}

QList<CameraCover> camerasCovering(const QList<CameraPlacement> &cameras, const site::Polygon &polygon, double zMin, double zMax)
{
    QList<QPointF> points = polygon;
    if (!polygon.isEmpty())
        points.prepend(site::centroid(polygon));
    const double zMid = (zMin + zMax) / 2.0;
    QList<CameraCover> out;
    for (const CameraPlacement &c : cameras) {
        double best = -1;
        for (const QPointF &p : points) {
            const double dx = p.x() - c.x, dy = p.y() - c.y, dz = zMid - c.z;
            const double d = std::sqrt(dx * dx + dy * dy + dz * dz);
            if (d > c.range)
                continue;
            if (std::hypot(dx, dy) > 1e-6) {
                double diff = std::fmod(std::atan2(dy, dx) * 180.0 / M_PI - c.yaw, 360.0);
                if (diff > 180)
                    diff -= 360;
                if (diff < -180)
                    diff += 360;
                if (std::abs(diff) > c.fov / 2.0)
                    continue;
            }
            if (best < 0 || d < best)
                best = d;
        }
        if (best >= 0)
            out.push_back({c.code, c.name, c.area, best, feedUrlOnlineCapable(c.url)});
    }
    std::sort(out.begin(), out.end(), [](const CameraCover &a, const CameraCover &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.code < b.code;
    });
    return out;
}

} // namespace gl::permits
