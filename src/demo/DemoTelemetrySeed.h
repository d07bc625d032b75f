// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

namespace gl::demo {

/// The demo's on-duty roster (the dispatcher site-wide, the area supervisors for CA1 and CH2, for a week
/// from `now`), so the orders the live rules open are auto-assigned. Recorded by the demo dispatcher.
void loadTelemetrySeed(ServiceContext &ctx, qint64 now);

} // namespace gl::demo
