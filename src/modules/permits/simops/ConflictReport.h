// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/ConflictEngine.h"

#include <QByteArray>
#include <QString>

namespace gl::conflicts {

/// d rounded to 2 decimals, as distance_m is reported.
double roundedDistance(double metres);

/// The JSON document of CONTRACTS.md section 3, keys in the contract's order:
/// {"permits":N,"conflicts":[{"a":..,"b":..,"kind":..,"distance_m":..,"overlap":{"start":..,"end":..}}]}
QByteArray conflictsToJson(qsizetype permitCount, const std::vector<Conflict> &conflicts);

/// A table for people, one conflict a line, then a summary line.
QString conflictsToTable(qsizetype permitCount, const std::vector<Conflict> &conflicts);

} // namespace gl::conflicts
