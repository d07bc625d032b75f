// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/SimopsRules.h"
#include "platform/services/Table.h"

#include <QList>
#include <QString>

namespace gl {

/// The SIMOPS matrix in force at this site: the built-in one (resources/config/simops-default.json),
/// overridden key by key by the guardline-simops/1 file named in GUARDLINE_SIMOPS_RULES when set (re-read
/// when the file changes). Approval (PermitService), the daily report and the command center's snapshot
/// all use it. A malformed or unreadable site file throws gl::Error(BadInput) naming the file and key.
conflicts::SimopsRules siteSimopsRules();

/// One cross-work (SIMOPS) conflict between two permits, with the window in which both run.
struct PermitConflict {
    QString a, b;    ///< permit codes, a < b
    QString kind;    ///< incompatible | overhead | cross_work (CONTRACTS.md section 3)
    double distance = 0; ///< horizontal distance of the areas, metres
    qint64 from = 0, to = 0; ///< overlap window [from, to), epoch ms
    bool operator==(const PermitConflict &) const = default;
    /// The other permit of the pair, or empty when `code` is neither.
    QString other(const QString &code) const { return code == a ? b : code == b ? a : QString(); }
    bool holds(qint64 t) const { return from <= t && t < to; }
};

/// Every conflict among the permits of `permits` (QueryService::permits() columns: code, type, state,
/// contractor, polygon, z_min, z_max, starts_at, ends_at) by `rules`, sorted by (a, b). Drafts and
/// cancelled permits are left out; an active or suspended permit past its planned end counts as running
/// until `now` + 1 min (it stays on site until closed). Permits without a polygon or window are skipped.
QList<PermitConflict> permitTableConflicts(const Table &permits, qint64 now, const conflicts::SimopsRules &rules);

} // namespace gl
