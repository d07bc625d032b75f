// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace gl::conflicts {

/// An instant read from ISO 8601 text. It remembers the offset it was written in, so that times
/// derived from it (an overlap window) are written back the way the input wrote them.
struct Timestamp {
    enum class Zone : quint8 { Local, Utc, Offset };

    qint64 msecs = 0;         ///< milliseconds since the epoch (UTC)
    int offsetSeconds = 0;    ///< the offset the text was written in (Zone::Offset)
    Zone zone = Zone::Utc;

    /// "2026-03-02T08:00:00+08:00", "...Z", "...+0800", optional seconds and fraction; without an
    /// offset the time is the machine's local time. Nothing when the text is not such a date-time.
    static std::optional<Timestamp> parse(QStringView text);
    /// The instant in the zone it was read in: "2026-03-02T08:00:00+08:00" (".zzz" only when needed).
    QString toString() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b) { return a.msecs == b.msecs; }
    friend auto operator<=>(const Timestamp &a, const Timestamp &b) { return a.msecs <=> b.msecs; }
};

} // namespace gl::conflicts
