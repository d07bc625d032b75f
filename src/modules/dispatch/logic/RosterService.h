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

/// The on-duty roster for the roster editor: the auto-assignment of dispatch orders reads it
/// (TelemetryService::onDuty: an area entry wins over a site-wide one). Adding goes through
/// TelemetryService::setDuty (roster.edit, audited `roster.set`); ending an entry is `roster.end`.
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
};

} // namespace gl
