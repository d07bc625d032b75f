// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/Permit.h"

using namespace Qt::StringLiterals;

namespace gl::conflicts {

QString workTypeName(WorkType type)
{
    switch (type) {
    case WorkType::HotWork: return u"hot_work"_s;
    case WorkType::ConfinedSpace: return u"confined_space"_s;
    case WorkType::BlindPlate: return u"blind_plate"_s;
    case WorkType::WorkAtHeight: return u"work_at_height"_s;
    case WorkType::Lifting: return u"lifting"_s;
    case WorkType::TemporaryPower: return u"temporary_power"_s;
    case WorkType::Excavation: return u"excavation"_s;
    case WorkType::RoadClosure: return u"road_closure"_s;
    case WorkType::Unknown: break;
    }
    return {};
}

WorkType workTypeFromName(QStringView name)
{
    for (WorkType t : allWorkTypes()) {
        if (workTypeName(t) == name)
            return t;
    }
    return WorkType::Unknown;
}

const std::array<WorkType, 8> &allWorkTypes()
{
    static const std::array<WorkType, 8> types = {
        WorkType::HotWork,      WorkType::ConfinedSpace,  WorkType::BlindPlate, WorkType::WorkAtHeight,
        WorkType::Lifting,      WorkType::TemporaryPower, WorkType::Excavation, WorkType::RoadClosure,
    };
    return types;
}

} // namespace gl::conflicts
