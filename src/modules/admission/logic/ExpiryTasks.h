// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

#include <QStringList>

namespace gl {

/// The contractor coordinator's tasks: raised ahead of document and certificate expiries and for missing
/// documents (the housekeeping step 'contractor-expiry'), listed, and closed.
class ExpiryTasks : public AdmissionBase {
public:
    explicit ExpiryTasks(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    /// Raises the tasks due by `today` + taskLeadDays that were not raised before; returns their keys.
    QStringList raiseExpiryTasks(QDate today);
    /// The same, for today on the site's clock (the housekeeping step).
    QStringList raiseExpiryTasks() { return raiseExpiryTasks(siteToday()); }
    /// Columns: id, kind, contractor, person, object, title, due_on, state, created_at, title_zh (the title in
    /// Chinese; empty on tasks raised before schema step 20).
    Table tasks(bool openOnly = true) const;
    void closeTask(qint64 id);
};

} // namespace gl
