// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Permit.h"
#include "modules/permits/simops/SimopsRules.h"

#include <optional>
#include <vector>

namespace gl::conflicts {

/// The kinds of CONTRACTS.md section 3, in order of precedence.
enum class ConflictKind : quint8 { None = 0, Incompatible, Overhead, CrossWork };

/// "incompatible", "overhead", "cross_work".
QString conflictKindName(ConflictKind kind);

/// Two permits that must not run as planned. a < b (string order).
struct Conflict {
    QString a;
    QString b;
    ConflictKind kind = ConflictKind::None;
    double distance = 0.0;  ///< horizontal distance of the areas, metres (not rounded)
    Timestamp overlapStart; ///< the later start, in its permit's offset
    Timestamp overlapEnd;   ///< the earlier end, in its permit's offset
};

/// Distances within this of a clearance count as within it (floating-point noise).
inline constexpr double kDistanceTolerance = 1e-9;

/// The rule of section 3 for one pair: its conflict, or nothing (also when the windows do not overlap).
std::optional<Conflict> checkPair(const Permit &a, const Permit &b, const SimopsRules &rules);

/// Every conflict of the set, sorted by (a, b): a sweep over start times keeps the active permits in a
/// uniform grid of bounding boxes, so only permits that share time and are near are compared.
std::vector<Conflict> findConflicts(const PermitSet &permits, const SimopsRules &rules);

/// The same result by comparing every pair: the reference for tests and the bench baseline.
std::vector<Conflict> findConflictsNaive(const PermitSet &permits, const SimopsRules &rules);

/// Conflicts of one new (or edited) permit with a set, e.g. the permits active around it, sorted by
/// (a, b). A permit of the set with the candidate's id is skipped (the candidate replaces it).
std::vector<Conflict> checkOne(const Permit &candidate, const PermitSet &active, const SimopsRules &rules);

void sortConflicts(std::vector<Conflict> &conflicts);

} // namespace gl::conflicts
