// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Permit.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTimeZone>

namespace gl::conflicts {

/// Reads a permit set ({"permits": [...]}, CONTRACTS.md section 3) strictly: a missing field, an
/// unknown type, a polygon with fewer than 3 points, more than kMaxPolygonPoints or that is not
/// simple, a coordinate beyond kMaxCoordinateMetres, z_max < z_min, an
/// unparsable time, end <= start or a duplicate id throws gl::Error(BadInput) naming the file, the
/// permit and the field. Fields the engine does not use are ignored. A polygon written closed (last
/// point = first) is accepted and opened. Times are read by gl::parseTimestamp; one without an offset
/// is read in `zoneWithoutOffset` (the site's zone; the offline CLI has no site and passes UTC).
PermitSet loadPermitFile(const QString &path, const QTimeZone &zoneWithoutOffset);
PermitSet parsePermits(const QByteArray &json, const QString &source, const QTimeZone &zoneWithoutOffset);
PermitSet permitsFromJson(const QJsonObject &root, const QString &source, const QTimeZone &zoneWithoutOffset);

/// The permits whose window contains t (start <= t < end), in input order.
PermitSet permitsActiveAt(const PermitSet &permits, const Timestamp &t);

} // namespace gl::conflicts
