// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

namespace gl::demo {

/// Works through the procedure steps of a demo order before it is confirmed (issue #8): a step every
/// 10–40 s by the signed-in actor; every fifth order skips a step with a reason (reported to the
/// supervisor), every seventh completes one step out of order.
void completeProcedure(ServiceContext &ctx, ManualClock &clock, const QString &orderCode, int variant);

} // namespace gl::demo
