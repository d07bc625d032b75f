// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/DomainEvents.h"

namespace gl::permits {

/// events::AlarmRaised → the permits in the alarm's area are suspended when the site's rules say so
/// (PermitService::suspendForAlarm). Subscribed by EventSubscriptions.cpp.
void suspendPermitsForAlarm(ServiceContext &ctx, const events::AlarmRaised &event);

} // namespace gl::permits
