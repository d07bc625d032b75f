// SPDX-License-Identifier: Apache-2.0
// The one timestamp reader of Guardline (docs/FORMATS.md, "Timestamps"): permits, alarm-rule samples,
// check-ins and the connector plugins all read ISO 8601 through it, so they agree on what a time means.
// Qt Core only; plugins link it as Guardline::Timestamp without the rest of the core.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QTimeZone>

class QJsonValue;

namespace gl {

/// How a time was written, so that times derived from it are written back the same way.
enum class TimeForm : quint8 {
    Zulu,    ///< "...Z": written back with "Z"
    Offset,  ///< "...+08:00", "+0800", "+08": written back as "+08:00"
    Zone,    ///< no offset: read in the zone the caller gave (the site's); offsetSeconds is that zone's offset then
    EpochMs, ///< integer epoch milliseconds: written back as "+00:00"
};

/// An instant and the offset it was written in.
struct Timestamp {
    qint64 msecs = 0;      ///< milliseconds since 1970-01-01T00:00:00Z
    int offsetSeconds = 0; ///< east of UTC, the offset the text was written in (or the zone's offset then)
    TimeForm form = TimeForm::Zulu;

    /// The same instant comparisons as msecs: the written form does not change the time.
    friend bool operator==(const Timestamp &a, const Timestamp &b) { return a.msecs == b.msecs; }
    friend auto operator<=>(const Timestamp &a, const Timestamp &b) { return a.msecs <=> b.msecs; }
};

/// A Timestamp, or the reason the text is not one ("'2026-02-29T08:00:00Z': 2026-02-29 is not a date
/// (2026 is not a leap year)"). The reason quotes the text; callers prepend the file and field.
struct TimestampResult {
    Timestamp value;
    QString error; ///< empty when the text was read

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Timestamp &operator*() const { return value; }
    const Timestamp *operator->() const { return &value; }
};

/// Whether a bare integer is read as epoch milliseconds (where the contracts allow it: samples CSV,
/// MQTT payloads, check-ins) or refused (permit sets, command-line times).
enum class EpochMillis : bool { Refused, Accepted };

/// Limits: instants from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z; offsets from -12:00 to +14:00.
inline constexpr qint64 kTimestampMinMs = 0;
inline constexpr qint64 kTimestampMaxMs = 253402300799999; // 9999-12-31T23:59:59.999Z
inline constexpr int kOffsetMinSeconds = -12 * 3600;
inline constexpr int kOffsetMaxSeconds = 14 * 3600;

/// Reads `YYYY-MM-DD(T|t| )hh:mm[:ss[(.|,)f{1,9}]][Z|z|±hh[[:]mm]]` (fractions beyond milliseconds are
/// truncated), or, with EpochMillis::Accepted, an integer of epoch milliseconds.
/// A time without an offset is read in `zoneWithoutOffset` (the site's zone; callers without a site
/// pass QTimeZone::utc() and say so): a wall time skipped by a daylight-saving change is refused, a
/// wall time that occurs twice is the earlier instant (the offset before the change).
/// No surrounding spaces are skipped; the text is ASCII (other bytes are refused).
TimestampResult parseTimestamp(QByteArrayView text, const QTimeZone &zoneWithoutOffset,
                               EpochMillis epoch = EpochMillis::Refused);
TimestampResult parseTimestamp(QStringView text, const QTimeZone &zoneWithoutOffset,
                               EpochMillis epoch = EpochMillis::Refused);

/// A JSON time: a string as parseTimestamp(EpochMillis::Accepted), or a JSON number of whole epoch
/// milliseconds. Anything else (null, a fraction, an object) is refused.
TimestampResult timestampFromJson(const QJsonValue &value, const QTimeZone &zoneWithoutOffset);

/// Whether milliseconds are always written (".000") or only when not zero.
enum class Millis : bool { Always, WhenNonZero };

/// The instant in the offset it was written in: "2026-01-14T10:02:13.250+08:00", "...Z" for TimeForm::Zulu.
QString formatTimestamp(const Timestamp &t, Millis millis = Millis::Always);

/// The zone named by an IANA id, or UTC when the id is empty or unknown (`known`, if given, says which).
QTimeZone timeZoneOrUtc(const QByteArray &ianaId, bool *known = nullptr);

} // namespace gl
