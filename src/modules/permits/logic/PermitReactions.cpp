// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/logic/PermitReactions.h"
#include "modules/permits/logic/PermitService.h"

namespace gl::permits {

void suspendPermitsForAlarm(ServiceContext &ctx, const events::AlarmRaised &event)
{
    // Gas and related alarms stop the work in the alarm's area (gb30871.json `alarm_suspension`).
    PermitService(ctx).suspendForAlarm(event.alarmId, event.ruleId, event.tag, event.severity, event.areaCode);
}

} // namespace gl::permits
