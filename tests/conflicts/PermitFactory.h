// SPDX-License-Identifier: Apache-2.0
// Small helpers to write permits in tests: rectangles in site metres, times in hours after a base.
#pragma once

#include "modules/permits/simops/Permit.h"

#include <QDateTime>

namespace gl::conflicts::testing {

/// 2026-03-02T00:00:00+08:00 plus `hours`, written in +08:00.
inline Timestamp at(double hours)
{
    Timestamp t;
    t.form = TimeForm::Offset;
    t.offsetSeconds = 8 * 3600;
    t.msecs = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch()
        + qint64(hours * 3600.0 * 1000.0);
    return t;
}

inline Polygon rect(double x0, double y0, double x1, double y1)
{
    return Polygon({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
}

inline Permit permit(const QString &id, WorkType type, const QString &contractor, Polygon polygon,
                     double zMin, double zMax, double startHour = 8, double endHour = 16)
{
    Permit p;
    p.id = id;
    p.type = type;
    p.contractor = contractor;
    p.area.polygon = std::move(polygon);
    p.area.zMin = zMin;
    p.area.zMax = zMax;
    p.start = at(startHour);
    p.end = at(endHour);
    return p;
}

} // namespace gl::conflicts::testing
