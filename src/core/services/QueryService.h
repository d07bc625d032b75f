// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

#include <QDate>
#include <QVariantList>

namespace gl {

/// A read-only snapshot of one list view: column keys (stable, untranslated) and rows of values.
/// Times are UTC epoch ms (qint64); the UI formats them in the site's time zone.
struct Table {
    QStringList columns;
    QList<QVariantList> rows;
    int column(const QString &key) const { return int(columns.indexOf(key)); }
};

/// Document/certificate validity as shown everywhere: valid, expiring (within 30 days, amber), expired (red).
QString validityOf(QDate expires, QDate today, int warnDays = 30);

struct SiteSummary {
    int openHazards = 0, overdueHazards = 0, activePermits = 0, unackedAlarms = 0, openOrders = 0,
        contractorsWithExpired = 0, pendingInstructions = 0;
};

/// The read side for views and reports. Needs 'data.read'. The UI never talks SQL: it asks here.
class QueryService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;
    Table contractors(QDate today) const;
    Table people(QDate today) const;
    Table permits() const;
    Table hazards() const;
    Table alarms(int limit = 500) const;
    Table orders() const;
    Table instructions() const;
    Table cameras() const;
    Table auditTrail(int limit = 200) const;
    SiteSummary summary(QDate today) const;
    /// People checked in on site now (accepted check-ins, not yet out; issue #5): columns code, name,
    /// contractor, x, y (site metres), at (epoch ms). Snapshot::onSite.
    Table onSite() const;
    /// The shifts a roster names (code, name, start, end: HH:mm site time), by code.
    Table shifts() const;
};

} // namespace gl
