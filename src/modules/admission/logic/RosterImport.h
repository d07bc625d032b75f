// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

#include <guardline/Admission.h>

#include <QStringList>

namespace gl {

struct RosterDiff {
    QStringList added, removed, changed; ///< worker codes ("W-0001: card 123 → 456" for changed)
    QStringList skipped;                 ///< "line 4: field 'worker': ..." for malformed or unknown rows
    int accepted = 0;
    bool hasPrevious = false; ///< false for the first import (everything is "added")
};

/// Imports of the access-control whitelist and of the shift roster, with their differences to the live tables.
class RosterImport : public AdmissionBase {
public:
    explicit RosterImport(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    /// What importing `rows` would change (kind "whitelist" or "shifts"); nothing is stored.
    RosterDiff previewRoster(const QString &kind, const QList<sdk::RosterRow> &rows) const;
    /// Applies an import. With malformed rows it is refused (audited) unless `confirmed`; then the
    /// good rows are applied and the skipped lines recorded.
    RosterDiff importRoster(const QString &kind, const QString &source, const QList<sdk::RosterRow> &rows, bool confirmed);
    /// Columns: id, kind, source, imported_at, actor, added, removed, changed, skipped.
    Table rosterImports() const;
};

} // namespace gl
