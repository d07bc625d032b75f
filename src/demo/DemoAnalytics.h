// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QTimeZone>

namespace gl::demo {

/// How long the people of the demo site take with an incident, in seconds after the condition began:
/// the one model behind both the digitised paper log and the month the site has run Guardline, so the
/// demo's interruption times come out of how the site works, not out of a target number.
/// - Before go-live an incident reaches the dispatcher by phone or radio and is verified by sending
///   someone to look; after it the board shows the alarm with its camera, and responders are paged.
/// - Each phase is lognormal around its median (people are sometimes much slower, rarely much faster).
/// - Practice shortens the live phases over the first weeks (a learning curve of ~2 weeks).
struct ResponseTimes {
    double detect = 0, verify = 0, respond = 0, confirm = 0;
    double total() const { return detect + verify + respond + confirm; }
};
/// `normals` are four independent N(0, 1) draws; `live` is false for the paper era; `daysLive` counts
/// the days since go-live (ignored for the paper era).
ResponseTimes responseTimes(const double normals[4], bool live, double daysLive);

/// Issue #8 (interruption time, safety-quality link): the demo site's history before the month the demo
/// plays through. A year and more of confirmed dispatch orders from the plant's previous dispatch log
/// (responseTimes() of the paper era, imported through AnalyticsService::importOrderHistory), and 14 days
/// of minute aggregates of the casting-house-2 CO, exhaust fan and hot-metal silicon tags in which silicon
/// follows the fan's weak hours by two hours. Deterministic for a given `now`.
void loadAnalyticsHistory(ServiceContext &ctx, qint64 now, const QTimeZone &tz);

} // namespace gl::demo
