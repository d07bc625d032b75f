// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Timestamp.h"

#include <charconv>
#include <cstdio>

namespace gl::rules {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
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

bool isLeap(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

} // namespace

std::optional<ParsedTime> parseTimestamp(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    const bool epoch = s.find_first_not_of("0123456789", s[0] == '-' ? 1 : 0) == std::string_view::npos;
    if (epoch) {
        qint64 ms = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), ms);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size())
            return std::nullopt;
        return ParsedTime{ms, Zone{}};
    }

    int year, month, day, hour, minute, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hour)
        || s[13] != ':' || !digits(s, 14, 2, minute))
        return std::nullopt;
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, second))
            return std::nullopt;
        pos += 3;
    }
    int millis = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        const size_t start = pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23
        || minute > 59 || second > 59)
        return std::nullopt;

    Zone zone;
    if (pos >= s.size())
        return std::nullopt; // no offset: local time is ambiguous
    if (s[pos] == 'Z' || s[pos] == 'z') {
        zone.zulu = true;
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, pos + 1, 2, oh))
            return std::nullopt;
        pos += 3;
        if (pos < s.size()) {
            if (s[pos] == ':')
                ++pos;
            if (!digits(s, pos, 2, om))
                return std::nullopt;
            pos += 2;
        }
        if (oh > 18 || om > 59)
            return std::nullopt;
        zone.offsetMinutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;

    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 localMs = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + millis;
    return ParsedTime{localMs - qint64(zone.offsetMinutes) * 60000LL, zone};
}

QString formatTimestamp(qint64 ms, Zone zone)
{
    const qint64 local = ms + qint64(zone.offsetMinutes) * 60000LL;
    qint64 days = local / 86400000LL;
    qint64 rem = local % 86400000LL;
    if (rem < 0) {
        rem += 86400000LL;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const int h = int(rem / 3600000), mi = int(rem / 60000 % 60), sec = int(rem / 1000 % 60),
              milli = int(rem % 1000);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03d", static_cast<long long>(y), m, d,
                          h, mi, sec, milli);
    if (zone.zulu) {
        buf[n++] = 'Z';
    } else {
        const int off = zone.offsetMinutes < 0 ? -zone.offsetMinutes : zone.offsetMinutes;
        n += std::snprintf(buf + n, sizeof buf - size_t(n), "%c%02d:%02d", zone.offsetMinutes < 0 ? '-' : '+',
                           off / 60, off % 60);
    }
    return QString::fromLatin1(buf, n);
}

} // namespace gl::rules
