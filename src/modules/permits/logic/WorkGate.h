// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/logic/PermitRecord.h"

#include <QDate>

namespace gl {
class Database;
}

namespace gl::permits {

/// Gating from contractor admission: may each worker named on a permit work on it? One place that
/// later capabilities (training authorizations) extend with further checks.
class WorkGate {
public:
    WorkGate(Database &db, const Gb30871Rules &rules, int insuranceMonths = 6)
        : m_db(db), m_rules(rules), m_insuranceMonths(insuranceMonths) {}

    /// Every problem of every worker, one line each ("worker 'W-0001' (name): not whitelisted"),
    /// in worker order; empty when all may work. Checks: whitelisted (by the access-control import, with its
    /// valid-until day covering the end day), a site safety briefing still valid
    /// on the start day, on a shift on the start day (site time), and a certificate of a kind the
    /// work type requires that is valid from the start to the end day; and the worker's contractor is
    /// admitted on `today` (ContractorAdmission.h: not suspended, its four documents valid, the injury
    /// insurance proven paid), the reasons naming each missing, expired or short document.
    QStringList check(const PermitRecord &permit, QDate today) const;

private:
    Database &m_db;
    const Gb30871Rules &m_rules;
    int m_insuranceMonths;
};

} // namespace gl::permits
