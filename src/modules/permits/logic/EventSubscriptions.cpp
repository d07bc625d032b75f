// SPDX-License-Identifier: Apache-2.0
// The permits module's subscriptions to domain events (DomainEvents.h says how they reach every program).
// Not part of the permits' library: its CMake target passes this file to each program that links it (INTERFACE
// sources), so the subscription is linked whenever the permits are and never depends on being referenced.
// Kept to a few lines and light includes: every such program compiles it.
#include "modules/permits/logic/PermitReactions.h"

namespace gl::permits {
namespace {

[[maybe_unused]] const bool subscribed = [] {
    events::subscribe(&suspendPermitsForAlarm);
    return true;
}();

} // namespace
} // namespace gl::permits
