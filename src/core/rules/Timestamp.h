// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace gl::rules {

/// How a timestamp was written, so output can be written the same way.
struct Zone {
    int offsetMinutes = 0;  ///< east of UTC
    bool zulu = false;      ///< written as "Z" rather than "+00:00"
    bool operator==(const Zone &) const = default;
};

struct ParsedTime {
    qint64 ms = 0;  ///< milliseconds since 1970-01-01T00:00:00Z
    Zone zone;
};

/// Parses ISO 8601 with an offset ("2026-01-14T10:02:13.250+08:00", "...Z", "+0800", "+08"; a space may
/// replace the 'T'; fractions beyond milliseconds are truncated) or integer epoch milliseconds (written
/// back as "+00:00"). A local time without an offset is rejected. Returns nullopt when malformed.
std::optional<ParsedTime> parseTimestamp(std::string_view text);

/// "2026-01-14T10:02:13.000+08:00" (or "...Z" when the input used Z).
QString formatTimestamp(qint64 ms, Zone zone);

} // namespace gl::rules
