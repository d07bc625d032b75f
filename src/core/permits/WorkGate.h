// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/permits/Gb30871Rules.h"
#include "core/permits/PermitRecord.h"

namespace gl {
class Database;
}

namespace gl::permits {

/// Gating from contractor admission: may each worker named on a permit work on it? One place that
/// later capabilities (training authorizations) extend with further checks.
class WorkGate {
public:
    WorkGate(Database &db, const Gb30871Rules &rules) : m_db(db), m_rules(rules) {}

    /// Every problem of every worker, one line each ("worker 'W-0001' (name): not whitelisted"),
    /// in worker order; empty when all may work. Checks: whitelisted (by the access-control import, with its
    /// valid-until day covering the end day), a site safety briefing still valid
    /// on the start day, on a shift on the start day (site time), and a certificate of a kind the
    /// work type requires that is valid from the start to the end day.
    QStringList check(const PermitRecord &permit) const;

private:
    Database &m_db;
    const Gb30871Rules &m_rules;
};

} // namespace gl::permits
