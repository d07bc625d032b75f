// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"
#include "platform/services/ServiceContext.h"

namespace gl {

/// Step-by-step procedures on dispatch orders (issue #8): when an order opens for an alarm whose rule
/// (or sensor kind) has a procedure (ProcedureCatalog), its steps are copied onto the order. Each step is
/// marked done or skipped (with a reason) by the signed-in user, timestamped and audited (`order.step`);
/// out-of-order completion is allowed and recorded. A skipped step is reported to the area supervisor on
/// duty. An order whose steps are not all done or skipped cannot be confirmed.
class ProcedureService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Copies the procedure of the alarm's rule (else of its tag's sensor kind) onto the order; audited
    /// `order.procedure`. Returns the number of steps (0 when no procedure applies). Called by
    /// OperationsService::openOrder inside its transaction.
    int instantiate(const QString &orderCode, qint64 alarmId, const QString &areaCode);
    /// Marks step `seq` of the order "done" or "skipped" (a skip needs a reason). Needs dispatch.step;
    /// audited `order.step`. A skipped step notifies the area supervisor(s); returns who was notified.
    QStringList markStep(const QString &orderCode, int seq, const QString &outcome, const QString &reason = {});
    /// The steps of the order that are neither done nor skipped, as "seq. text".
    QStringList openSteps(const QString &orderCode) const;
    /// Throws Conflict naming the steps neither done nor skipped (OperationsService::applyOrder "confirm").
    void requireComplete(const QString &orderCode) const;
    /// Who is told of a skipped step in the area: the area supervisor(s) on the duty roster now, else the
    /// active EHS managers (never nobody while one exists).
    QStringList supervisorsFor(const QString &areaCode) const;

    /// Snapshot: steps of the orders still running and of those created in the last 7 days. Columns
    /// order, seq, procedure, title_en, title_zh, key, text_en, text_zh, state, marked_at, marked_by,
    /// reason, out_of_order. Needs data.read.
    Table steps() const;
    /// The rows of steps() that belong to the orders `codes` (a workstation's partial read after those orders
    /// changed): the same columns, values and order. Needs data.read.
    Table stepsOf(const QStringList &codes) const;
    /// Skipped steps, newest first. Columns order, area, order_state, seq, text_en, text_zh, marked_at,
    /// marked_by, reason. Needs data.read.
    Table skippedSteps(int limit = 200) const;
};

} // namespace gl
