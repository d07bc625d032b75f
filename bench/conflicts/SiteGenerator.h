// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Permit.h"

namespace gl::conflicts::bench {

/// A year of permits on a large site: ~2 km x 1 km with process units where most work concentrates,
/// long thin road closures, durations per type from hours (hot work, lifting) to days (temporary power,
/// excavation), work starting in day shifts, 60 contractors plus in-house crews.
struct SiteSpec {
    int permits = 50000;
    double width = 2000.0;
    double height = 1000.0;
    int days = 365;
    quint32 seed = 42;
};

PermitSet generateSite(const SiteSpec &spec);

/// One more permit like the generator's, starting at `startMsecs` (for checkOne).
Permit generateCandidate(const SiteSpec &spec, quint32 seed, qint64 startMsecs);

} // namespace gl::conflicts::bench
