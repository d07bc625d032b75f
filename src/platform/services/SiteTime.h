// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace gl {

class Database;

/// The site's clock, read by every module that shows or judges a time on the site's calendar (permits'
/// validity, certificates' expiry, check-ins, the inbox): one reading of the stored site's time zone.

/// The IANA time zone of the site (the first site), "UTC" when none is stored.
QByteArray siteTimeZone(Database &db);

/// "2026-03-02 08:00" in the site's zone, for messages.
QString siteTimeText(qint64 ms, const QByteArray &timeZone);

/// Today on the site's clock (the site's time zone; UTC when the store holds no site).
QDate siteDay(Database &db, qint64 nowMs);

} // namespace gl
