// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "platform/store/Database.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {

QByteArray siteTimeZone(Database &db)
{
    const QVariant tz = db.scalar(u"SELECT timezone FROM sites ORDER BY id LIMIT 1"_s);
    return tz.isValid() && !tz.toString().isEmpty() ? tz.toString().toUtf8() : QByteArray("UTC");
}

QString siteTimeText(qint64 ms, const QByteArray &timeZone)
{
    const QTimeZone tz = QTimeZone::isTimeZoneIdAvailable(timeZone) ? QTimeZone(timeZone) : QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, tz).toString(u"yyyy-MM-dd HH:mm"_s);
}

QDate siteDay(Database &db, qint64 nowMs)
{
    const QByteArray tzId = siteTimeZone(db);
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::isTimeZoneIdAvailable(tzId) ? QTimeZone(tzId) : QTimeZone::utc()).date();
}

} // namespace gl
