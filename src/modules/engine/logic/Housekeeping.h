// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace gl {

class Clock;
class Database;

/// What one housekeeping pass did, a line per step that changed something, and the steps that failed.
struct HousekeepingResult {
    QStringList done;
    QStringList failed;
};

/// The time-driven duties of the command center, run by its data thread every 30 s (and by
/// `guardlinectl housekeeping` for headless sites): permits expire, overdue work escalates, reports
/// are generated on schedule. Each step acts as a `system:<step>` actor, in its own transaction,
/// so one failing step never blocks the others. Each feature adds its step to Housekeeping.cpp.
class Housekeeping {
public:
    static HousekeepingResult run(Database &db, const Clock &clock);
};

} // namespace gl
