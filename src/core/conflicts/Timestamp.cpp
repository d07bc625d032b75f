// SPDX-License-Identifier: Apache-2.0
#include "core/conflicts/Timestamp.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gl::conflicts {

std::optional<Timestamp> Timestamp::parse(QStringView text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto num = [&](int i) { return m.capturedView(i).isEmpty() ? 0 : m.capturedView(i).toInt(); };
    const QDate date(num(1), num(2), num(3));
    int ms = 0;
    if (const QStringView frac = m.capturedView(7); !frac.isEmpty())
        ms = QString(frac.toString() + u"00"_s).left(3).toInt();
    const QTime time(num(4), num(5), num(6), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    Timestamp t;
    const QStringView zone = m.capturedView(8);
    QDateTime dt;
    if (zone.isEmpty()) {
        t.zone = Zone::Local;
        dt = QDateTime(date, time, Qt::LocalTime);
        if (!dt.isValid() || dt.time() != time)
            return std::nullopt; // skipped by a daylight-saving change
        t.offsetSeconds = dt.offsetFromUtc();
    } else if (zone == u"Z") {
        t.zone = Zone::Utc;
        dt = QDateTime(date, time, Qt::UTC);
    } else {
        const int sign = zone.front() == u'-' ? -1 : 1;
        const int hh = zone.mid(1, 2).toInt();
        const QStringView rest = zone.mid(3);
        const int mm = rest.isEmpty() ? 0 : rest.right(2).toInt();
        if (hh > 14 || mm > 59)
            return std::nullopt;
        t.zone = Zone::Offset;
        t.offsetSeconds = sign * (hh * 3600 + mm * 60);
        dt = QDateTime(date, time, Qt::OffsetFromUTC, t.offsetSeconds);
    }
    if (!dt.isValid())
        return std::nullopt;
    t.msecs = dt.toMSecsSinceEpoch();
    return t;
}

QString Timestamp::toString() const
{
    QDateTime dt;
    switch (zone) {
    case Zone::Local: dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime); break;
    case Zone::Utc: dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); break;
    case Zone::Offset:
        dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offsetSeconds);
        break;
    }
    QString s = dt.toString(dt.time().msec() ? u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s : u"yyyy-MM-dd'T'HH:mm:ss"_s);
    if (zone == Zone::Utc) {
        s += u'Z';
    } else if (zone == Zone::Offset) {
        const int a = std::abs(offsetSeconds) / 60;
        s += (offsetSeconds < 0 ? u'-' : u'+') + QString::number(a / 60).rightJustified(2, u'0') + u':'
            + QString::number(a % 60).rightJustified(2, u'0');
    }
    return s;
}

} // namespace gl::conflicts
