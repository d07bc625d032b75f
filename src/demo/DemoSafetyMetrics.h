// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>
#include <QTimeZone>

namespace gl::demo {

/// A year of the demo site's hours worked (per month) and recorded incidents (near misses, first aid,
/// medical treatment, restricted work, one lost-time injury), recorded through SafetyMetricsService by
/// the EHS manager, so the dashboards' TRIR, LTIFR and LTI-free days have data. Deterministic.
void loadSafetyMetrics(ServiceContext &ctx, QDate today, const QTimeZone &tz);

} // namespace gl::demo
