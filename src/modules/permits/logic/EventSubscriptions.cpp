// SPDX-License-Identifier: Apache-2.0
// The subscribers of each domain event (DomainEvents.h says why they are listed here). This file is the top
// of the logic's dependencies: it knows every subscriber, and no unit depends on it but through the event
// declarations in DomainEvents.h (the linker brings it in with the first publisher).
#include "modules/permits/logic/PermitService.h"
#include "platform/services/DomainEvents.h"

namespace gl::events {

void publish(ServiceContext &ctx, const AlarmRaised &event)
{
    // Permits: gas and related alarms stop the work in the alarm's area (gb30871.json `alarm_suspension`).
    PermitService(ctx).suspendForAlarm(event.alarmId, event.ruleId, event.tag, event.severity, event.areaCode);
}

} // namespace gl::events
