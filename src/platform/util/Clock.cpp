// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Clock.h"
#include "platform/util/Log.h"

#include <QLoggingCategory>

#include <vector>

namespace gl {

namespace {

Q_LOGGING_CATEGORY(lcClock, "guardline.clock")

std::shared_ptr<const Clock> fromEnvironment()
{
    const QString env = qEnvironmentVariable("GUARDLINE_NOW");
    if (env.isEmpty())
        return std::make_shared<Clock>();
    const QDateTime t = QDateTime::fromString(env, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        qCWarning(lcClock) << "GUARDLINE_NOW is not an ISO 8601 time with an offset (e.g. 2026-03-02T10:30:00+08:00);"
                           << "using the wall clock:" << env;
        return std::make_shared<Clock>();
    }
    qCWarning(lcClock) << "the clock starts at" << t.toUTC().toString(Qt::ISODate)
                       << "($GUARDLINE_NOW), not at the wall-clock time";
    return std::make_shared<ShiftedClock>(t.toMSecsSinceEpoch());
}

std::shared_ptr<const Clock> &slot()
{
    static std::shared_ptr<const Clock> clock = fromEnvironment();
    return clock;
}

} // namespace

const Clock &processClock()
{
    return *slot();
}

void setProcessClock(std::shared_ptr<const Clock> clock)
{
    // Readers hold plain references: the clocks replaced stay alive until the process ends.
    static std::vector<std::shared_ptr<const Clock>> retired;
    retired.push_back(slot());
    slot() = clock ? std::move(clock) : fromEnvironment();
}

} // namespace gl
