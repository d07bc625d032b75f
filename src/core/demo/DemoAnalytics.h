// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

#include <QTimeZone>

namespace gl::demo {

/// Issue #8 (interruption time, safety-quality link): the demo site's history before the month the demo
/// plays through. A year and more of confirmed dispatch orders from the plant's previous dispatch log
/// (mean interruption time ~12.4 min a year ago falling to ~5 min, imported through
/// AnalyticsService::importOrderHistory), and 14 days of minute aggregates of the casting-house-2 CO,
/// exhaust fan and hot-metal silicon tags in which silicon follows the fan's weak hours by two hours.
/// Deterministic for a given `now`.
void loadAnalyticsHistory(ServiceContext &ctx, qint64 now, const QTimeZone &tz);

} // namespace gl::demo
