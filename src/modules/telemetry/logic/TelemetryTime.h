// SPDX-License-Identifier: Apache-2.0
// What the telemetry service's files share: time units.
#pragma once

#include <QtGlobal>

namespace gl::telemetrytime {

inline constexpr qint64 kMinute = 60'000;

} // namespace gl::telemetrytime
