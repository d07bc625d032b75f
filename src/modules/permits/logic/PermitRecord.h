// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Permit.h"
#include "modules/site/layout/Geometry.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace gl {
class Database;
}

namespace gl::permits {

/// A stored permit with its people by code, as the checks see it.
struct PermitRecord {
    qint64 id = 0;
    QString code, type, grade, state;
    QString contractor; ///< contractor code; "own" for in-house crews
    QString area, equipment, title;
    site::Polygon polygon;
    double zMin = 0, zMax = 0;
    qint64 startsAt = 0, endsAt = 0, suspendedAt = 0; ///< UTC ms (suspendedAt 0: not suspended)
    QString suspendReason;          ///< why it was suspended: manual, guardian_left, alarm, gas_log_overdue
    qint64 suspendAlarmId = 0;      ///< the alarm that suspended it (reason "alarm" or "gas_log_overdue")
    QString guardian, coordinator; ///< person codes, empty when none
    QStringList workers;           ///< person codes, sorted

    /// The permit with this code; nothing when it does not exist.
    static std::optional<PermitRecord> load(Database &db, const QString &code);
    /// The permit as the SIMOPS engine sees it (times in UTC).
    conflicts::Permit toConflictPermit() const;
};

} // namespace gl::permits
