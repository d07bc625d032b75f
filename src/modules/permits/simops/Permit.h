// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Geometry.h"
#include "platform/util/Timestamp.h"

#include <QString>

#include <array>
#include <vector>

namespace gl::conflicts {

/// The eight special-work types of GB 30871-2022.
enum class WorkType : quint8 {
    Unknown = 0,
    HotWork,
    ConfinedSpace,
    BlindPlate,
    WorkAtHeight,
    Lifting,
    TemporaryPower,
    Excavation,
    RoadClosure,
};
inline constexpr int kWorkTypeSlots = 9; ///< array size indexed by int(WorkType), Unknown included

/// "hot_work", "confined_space", ... (the names of CONTRACTS.md section 3); empty for Unknown.
QString workTypeName(WorkType type);
/// WorkType::Unknown when the name is not one of the eight.
WorkType workTypeFromName(QStringView name);
/// The eight types, in the standard's order.
const std::array<WorkType, 8> &allWorkTypes();

/// Where the work happens: a horizontal polygon and a height band (site metres, z up).
struct Area {
    Polygon polygon;
    double zMin = 0.0;
    double zMax = 0.0;
};

/// One permit as the conflict engine sees it.
struct Permit {
    QString id;
    WorkType type = WorkType::Unknown;
    QString contractor; ///< the organisation doing the work; "own" for in-house crews
    Area area;
    Timestamp start;
    Timestamp end;

    /// Time windows overlap: a.start < b.end and b.start < a.end (touching windows do not).
    bool overlapsInTime(const Permit &o) const { return start < o.end && o.start < end; }
    /// start <= t < end
    bool activeAt(const Timestamp &t) const { return start <= t && t < end; }
};

using PermitSet = std::vector<Permit>;

} // namespace gl::conflicts
