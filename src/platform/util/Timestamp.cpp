// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Timestamp.h"

#include <QDateTime>
#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr const char *kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian): exact for every year here.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

QString latin1(std::string_view s) { return QString::fromLatin1(s.data(), qsizetype(s.size())); }

QString two(int v) { return QString::number(v).rightJustified(2, u'0'); }

QString offsetText(int seconds)
{
    const int a = std::abs(seconds) / 60;
    return (seconds < 0 ? u"-"_s : u"+"_s) + two(a / 60) + u':' + two(a % 60);
}

QString rangeText()
{
    return u"outside the years 1970-9999 (1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z)"_s;
}

/// The offset of `zone` at the instant `ms` (UTC).
int zoneOffsetAt(const QTimeZone &zone, qint64 ms)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

/// The parser proper, on ASCII text; `quoted` gives the text as the message should show it.
template <typename Quote>
TimestampResult parseAscii(std::string_view s, const QTimeZone &zone, EpochMillis epoch, const Quote &quoted)
{
    TimestampResult r;
    auto bad = [&](const QString &why) {
        r.error = quoted() + u": "_s + why;
        return r;
    };
    const QString expected = epoch == EpochMillis::Accepted
        ? u"not an ISO 8601 date-time such as 2026-03-02T08:00:00+08:00, nor integer epoch milliseconds"_s
        : u"not an ISO 8601 date-time such as 2026-03-02T08:00:00+08:00"_s;
    if (s.empty()) {
        r.error = u"empty: expected an ISO 8601 date-time such as 2026-03-02T08:00:00+08:00"_s;
        return r;
    }

    const bool allDigits = s.find_first_not_of("0123456789", s[0] == '-' ? 1 : 0) == std::string_view::npos
        && s.size() > (s[0] == '-' ? 1u : 0u);
    if (allDigits && epoch == EpochMillis::Accepted) {
        qint64 ms = 0;
        const auto fc = std::from_chars(s.data(), s.data() + s.size(), ms);
        if (fc.ec != std::errc() || fc.ptr != s.data() + s.size() || ms < kTimestampMinMs || ms > kTimestampMaxMs)
            return bad(u"epoch milliseconds "_s + rangeText());
        r.value = Timestamp{ms, 0, TimeForm::EpochMs};
        return r;
    }

    if (allDigits)
        return bad(u"epoch milliseconds are not accepted here: expected an ISO 8601 date-time such as "
                   u"2026-03-02T08:00:00+08:00"_s);

    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (s.size() < 16 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hour)
        || s[13] != ':' || !digits(s, 14, 2, minute))
        return bad(expected);
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, second))
            return bad(u"expected two digits of seconds after 'hh:mm:'"_s);
        pos += 3;
    }
    int millis = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        if (pos != 19)
            return bad(u"a fraction needs seconds first (hh:mm:ss.fff)"_s);
        const size_t start = ++pos;
        int scale = 100;
        while (pos < s.size() && isDigit(s[pos])) {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return bad(u"the fraction of a second has no digits"_s);
        if (pos - start > 9)
            return bad(u"the fraction of a second has %1 digits (at most 9)"_s.arg(int(pos - start)));
    }

    if (year < 1970)
        return bad(u"year %1 is "_s.arg(year) + rangeText());
    if (month < 1 || month > 12)
        return bad(u"month %1 is not 01-12"_s.arg(two(month)));
    if (day < 1 || day > daysInMonth(year, month)) {
        const QString date = u"%1-%2-%3"_s.arg(year).arg(two(month), two(day));
        if (month == 2 && day == 29)
            return bad(date + u" is not a date (%1 is not a leap year)"_s.arg(year));
        return bad(date + u" is not a date (%1 has %2 days)"_s.arg(QLatin1StringView(kMonthNames[month - 1]))
                              .arg(daysInMonth(year, month)));
    }
    if (hour > 23)
        return bad(u"hour %1 is not 00-23"_s.arg(two(hour)));
    if (minute > 59)
        return bad(u"minute %1 is not 00-59"_s.arg(two(minute)));
    if (second > 59)
        return bad(u"second %1 is not 00-59 (leap seconds are not written)"_s.arg(two(second)));

    const qint64 localMs = ((daysFromCivil(year, unsigned(month), unsigned(day)) * 24 + hour) * 60 + minute) * 60000LL
        + second * 1000LL + millis;

    Timestamp t;
    if (pos == s.size()) {
        if (!zone.isValid())
            return bad(u"no UTC offset, and no time zone to read it in"_s);
        // The candidate offsets are the zone's offsets a day before and after; a wall time is valid in
        // one whose instant has that offset. None: skipped by a change; two: repeated, take the earlier.
        const int before = zoneOffsetAt(zone, localMs - kDayMs), after = zoneOffsetAt(zone, localMs + kDayMs);
        const bool beforeFits = zoneOffsetAt(zone, localMs - before * 1000LL) == before;
        const bool afterFits = after != before && zoneOffsetAt(zone, localMs - after * 1000LL) == after;
        if (!beforeFits && !afterFits)
            return bad(u"%1:%2 does not exist on %3-%4-%5 in %6 (skipped by a daylight-saving change); write the "
                       u"UTC offset"_s.arg(two(hour), two(minute)).arg(year).arg(two(month), two(day),
                                                                              QString::fromUtf8(zone.id())));
        t.offsetSeconds = beforeFits && afterFits ? std::max(before, after) : beforeFits ? before : after;
        t.form = TimeForm::Zone;
    } else if (s[pos] == 'Z' || s[pos] == 'z') {
        t.form = TimeForm::Zulu;
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        const size_t at = pos;
        bool ok = digits(s, pos + 1, 2, oh);
        pos += 3;
        if (ok && pos < s.size()) {
            if (s[pos] == ':')
                ++pos;
            ok = digits(s, pos, 2, om);
            pos += 2;
        }
        if (!ok)
            return bad(u"offset '%1' is not ±hh, ±hhmm or ±hh:mm"_s.arg(latin1(s.substr(at))));
        if (om > 59)
            return bad(u"offset minutes %1 are not 00-59"_s.arg(two(om)));
        t.offsetSeconds = sign * (oh * 3600 + om * 60);
        if (t.offsetSeconds < kOffsetMinSeconds || t.offsetSeconds > kOffsetMaxSeconds)
            return bad(u"offset %1 is outside -12:00 to +14:00"_s.arg(offsetText(t.offsetSeconds)));
        t.form = TimeForm::Offset;
    } else {
        return bad(u"'%1' after the time is not Z or an offset such as +08:00"_s.arg(latin1(s.substr(pos))));
    }
    if (pos != s.size())
        return bad(u"unexpected '%1' after the offset"_s.arg(latin1(s.substr(pos))));

    t.msecs = localMs - qint64(t.offsetSeconds) * 1000;
    if (t.msecs < kTimestampMinMs || t.msecs > kTimestampMaxMs)
        return bad(rangeText());
    r.value = t;
    return r;
}

QString quote(QString text)
{
    if (text.size() > 48)
        text = text.left(45) + u"..."_s;
    return u"'"_s + text + u"'"_s;
}

} // namespace

TimestampResult parseTimestamp(QByteArrayView text, const QTimeZone &zone, EpochMillis epoch)
{
    return parseAscii(std::string_view(text.data(), size_t(text.size())), zone, epoch,
                      [&] { return quote(QString::fromUtf8(text)); });
}

TimestampResult parseTimestamp(QStringView text, const QTimeZone &zone, EpochMillis epoch)
{
    // The longest valid text has 40 characters: a longer one is read as a single unreadable character,
    // and a character beyond ASCII as one that matches nothing, so the message is the usual one.
    char buf[48];
    const bool tooLong = text.size() > qsizetype(sizeof buf);
    const qsizetype n = tooLong ? 1 : text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = tooLong ? 0 : text[i].unicode();
        buf[i] = c > 0 && c < 0x80 ? char(c) : '\x7f';
    }
    TimestampResult r = parseAscii(std::string_view(buf, size_t(n)), zone, epoch, [&] { return quote(text.toString()); });
    for (qsizetype i = 0; !r.ok() && !tooLong && i < n; ++i) {
        if (buf[i] == '\x7f') {
            r.error = quote(text.toString()) + u": character %1 ('%2') is not part of an ISO 8601 date-time"_s.arg(i + 1).arg(text[i]);
            break;
        }
    }
    return r;
}

TimestampResult timestampFromJson(const QJsonValue &value, const QTimeZone &zone)
{
    if (value.isString())
        return parseTimestamp(QStringView(value.toString()), zone, EpochMillis::Accepted);
    TimestampResult r;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || !std::isfinite(d))
            r.error = u"%1: epoch milliseconds must be a whole number"_s.arg(d, 0, 'g', 17);
        else if (d < double(kTimestampMinMs) || d > double(kTimestampMaxMs))
            r.error = u"%1: epoch milliseconds "_s.arg(d, 0, 'g', 17) + rangeText();
        else
            r.value = Timestamp{qint64(d), 0, TimeForm::EpochMs};
        return r;
    }
    r.error = value.isUndefined() || value.isNull()
        ? u"missing: expected an ISO 8601 date-time or epoch milliseconds"_s
        : u"not a string or a number: expected an ISO 8601 date-time or epoch milliseconds"_s;
    return r;
}

QString formatTimestamp(const Timestamp &t, Millis millis)
{
    const qint64 local = t.msecs + qint64(t.offsetSeconds) * 1000;
    qint64 days = local / kDayMs;
    qint64 rem = local % kDayMs;
    if (rem < 0) {
        rem += kDayMs;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const int h = int(rem / 3600000), mi = int(rem / 60000 % 60), sec = int(rem / 1000 % 60), milli = int(rem % 1000);
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d", static_cast<long long>(y), m, d, h, mi,
                          sec);
    if (millis == Millis::Always || milli != 0)
        n += std::snprintf(buf + n, sizeof buf - size_t(n), ".%03d", milli);
    if (t.form == TimeForm::Zulu) {
        buf[n++] = 'Z';
    } else {
        const int off = std::abs(t.offsetSeconds) / 60;
        n += std::snprintf(buf + n, sizeof buf - size_t(n), "%c%02d:%02d", t.offsetSeconds < 0 ? '-' : '+', off / 60,
                           off % 60);
    }
    return QString::fromLatin1(buf, n);
}

QTimeZone timeZoneOrUtc(const QByteArray &ianaId, bool *known)
{
    const bool ok = !ianaId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaId);
    if (known)
        *known = ok;
    return ok ? QTimeZone(ianaId) : QTimeZone::utc();
}

} // namespace gl
