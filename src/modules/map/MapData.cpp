// SPDX-License-Identifier: Apache-2.0
#include "modules/map/MapData.h"

using namespace Qt::StringLiterals;

namespace gl::map {

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Structures: return u"structure"_s;
    case Layer::RiskAreas: return u"area"_s;
    case Layer::Hazards: return u"hazard"_s;
    case Layer::Permits: return u"permit"_s;
    case Layer::Cameras: return u"camera"_s;
    case Layer::Sensors: return u"sensor"_s;
    case Layer::People: return u"person"_s;
    }
    return {};
}

Rgb riskRgb(const QString &key)
{
    if (key == u"red") return {0xd3, 0x2f, 0x2f};
    if (key == u"orange") return {0xf5, 0x7c, 0x00};
    if (key == u"yellow") return {0xfb, 0xc0, 0x2d};
    if (key == u"blue") return {0x19, 0x76, 0xd2};
    return {0x80, 0x80, 0x80};
}

Rgb alarmRgb(const QString &severity)
{
    if (severity == u"critical") return {0xe5, 0x39, 0x35};
    if (severity == u"high") return {0xfb, 0x8c, 0x00};
    if (severity == u"medium") return {0xfd, 0xd8, 0x35};
    if (severity == u"low") return {0x29, 0xb6, 0xf6};
    return {0x9e, 0x9e, 0x9e};
}

Rgb hazardRgb(const HazardPin &pin)
{
    if (pin.state == u"closed" || pin.state == u"verified") return {0x43, 0xa0, 0x47};
    if (pin.grade == u"major") return {0xe5, 0x39, 0x35};
    return {0xfb, 0x8c, 0x00};
}

Rgb permitRgb(const QString &type)
{
    // The eight special-work types of GB 30871-2022 (CONTRACTS.md section 3).
    if (type == u"hot_work") return {0xff, 0x70, 0x43};
    if (type == u"confined_space") return {0xab, 0x47, 0xbc};
    if (type == u"blind_plate") return {0x66, 0xbb, 0x6a};
    if (type == u"work_at_height") return {0x26, 0xc6, 0xda};
    if (type == u"lifting") return {0xff, 0xca, 0x28};
    if (type == u"temporary_power") return {0x5c, 0x6b, 0xc0};
    if (type == u"excavation") return {0x8d, 0x6e, 0x63};
    if (type == u"road_closure") return {0xec, 0x40, 0x7a};
    return {0xb0, 0xbe, 0xc5};
}

} // namespace gl::map
