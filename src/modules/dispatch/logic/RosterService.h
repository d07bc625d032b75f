// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QList>
#include <QString>

namespace gl {

/// One row of the on-duty roster (table duty_roster): `area` empty for a site-wide entry.
struct DutyEntry {
    qint64 id = 0;
    QString area, areaName;
    QString username, displayName, role;
    qint64 from = 0, to = 0;
};

/// Who covers an area now: `username` empty when nobody does; `siteWide` when a site-wide entry covers it.
struct OnDutyNow {
    QString area, areaName;
    QString username;
    bool siteWide = false;
};

/// The on-duty roster (table duty_roster): the roster editor changes it, the auto-assignment of dispatch orders
/// (TelemetryService) reads it through whoIsOnDuty (an area entry wins over a site-wide one). Adding is audited
/// `roster.set`, ending an entry `roster.end`; both need roster.edit.
class RosterService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Whether the signed-in user may change the roster.
    bool canEdit() const;
    /// Entries that end after `since`, by start time. Needs data.read.
    QList<DutyEntry> entries(qint64 since) const;
    /// Adds an entry (empty area = site-wide); roster.edit; audited. BadInput/NotFound name the field.
    void add(const QString &areaCode, const QString &username, qint64 from, qint64 to);
    /// Ends entry `id` now (one not started yet is cancelled: it then never covers anything);
    /// roster.edit; audited `roster.end`. NotFound for an unknown id, BadInput for one already over.
    void end(qint64 id);
    /// Every area of the site, and "" for site-wide, with who is on duty at `at`. Needs data.read.
    QList<OnDutyNow> onDuty(qint64 at) const;
    /// Who is on duty for the area at `at` (an area-specific entry wins over a site-wide one; disabled users
    /// never): the engine's auto-assignment asks, so no permission is needed. Empty when nobody is.
    QString whoIsOnDuty(const QString &areaCode, qint64 at) const;
};

} // namespace gl
