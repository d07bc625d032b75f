// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"
#include "platform/services/Table.h"

#include <QDate>
#include <QVariantList>

namespace gl {

struct SiteSummary {
    int openHazards = 0, overdueHazards = 0, activePermits = 0, unackedAlarms = 0, openOrders = 0,
        contractorsWithExpired = 0, pendingInstructions = 0;
    /// The counts by the table they count (QueryService::updateSummary re-counts some of them).
    enum Counts : unsigned {
        Hazards = 1u << 0,      ///< openHazards, overdueHazards
        Permits = 1u << 1,      ///< activePermits
        Alarms = 1u << 2,       ///< unackedAlarms
        Orders = 1u << 3,       ///< openOrders
        Instructions = 1u << 4, ///< pendingInstructions
        Contractors = 1u << 5,  ///< contractorsWithExpired
        AllCounts = (1u << 6) - 1,
    };
    bool operator==(const SiteSummary &) const = default;
};

/// The read side for views and reports. Needs 'data.read'. The UI never talks SQL: it asks here.
class QueryService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;
    Table contractors(QDate today) const;
    Table people(QDate today) const;
    /// Every permit, latest start first (starts_at, then id); with `ids`, each row's id (ids[i] is row i's).
    Table permits(QList<qint64> *ids = nullptr) const;
    /// The rows permits() has for the permits with an id above `afterId` or the codes `codes` (columns and order as
    /// permits()), with their ids: what a change named, read without the rest of the history.
    Table permitsChanged(qint64 afterId, const QStringList &codes, QList<qint64> *ids = nullptr) const;
    /// Every hazard, newest first (reported_at, then id); with `ids`, each row's id (ids[i] is row i's).
    Table hazards(QList<qint64> *ids = nullptr) const;
    /// The rows hazards() has for the hazards with an id above `afterId` or the codes `codes`, as permitsChanged.
    Table hazardsChanged(qint64 afterId, const QStringList &codes, QList<qint64> *ids = nullptr) const;
    Table alarms(int limit = 500) const;
    /// Every dispatch order, newest first (created_at, then id); with `ids`, each row's id (ids[i] is row i's).
    Table orders(QList<qint64> *ids = nullptr) const;
    /// The rows orders() has for the orders with an id above `afterId`, the codes `codes` or of the alarms `alarmIds`
    /// (columns and order as orders()), with their ids: what a change named, read without the rest of the history.
    Table ordersChanged(qint64 afterId, const QStringList &codes, const QList<qint64> &alarmIds, QList<qint64> *ids = nullptr) const;
    /// Every instruction, newest first (issued_at, then id).
    Table instructions() const;
    /// The rows instructions() has for the instructions with an id above `afterId` or in `ids` (columns and order as
    /// instructions()): what a change named, read without the rest of the history.
    Table instructionsChanged(qint64 afterId, const QList<qint64> &ids) const;
    Table cameras() const;
    Table auditTrail(int limit = 200) const;
    SiteSummary summary(QDate today) const;
    /// Counts `counts` (SiteSummary::Counts) of `summary` again, leaving the others: a workstation's partial read
    /// re-counts the tables it read again.
    void updateSummary(SiteSummary &summary, QDate today, unsigned counts) const;
    /// People checked in on site now (accepted check-ins, not yet out; issue #5): columns code, name,
    /// contractor, x, y (site metres), at (epoch ms). Snapshot::onSite.
    Table onSite() const;
    /// The shifts a roster names (code, name, start, end: HH:mm site time), by code.
    Table shifts() const;
};

} // namespace gl
