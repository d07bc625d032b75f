// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gl {

class Database;

/// Document/certificate validity as shown everywhere: valid, expiring (within `warnDays` days, amber),
/// expired (red). No expiry date: valid.
QString validityOf(QDate expires, QDate today, int warnDays = 30);

/// One current (not superseded) document of a contractor, as the admission rule saw it.
struct AdmissionDocument {
    QString kind, fileName, sha256;
    QDate issuedOn, expiresOn, coversFrom, coversTo;
    QString state; ///< valid, expiring, expired (validityOf)
};

/// Whether a contractor is admitted on a day, and why not (CONTRACTS.md section 6.2).
struct ContractorStanding {
    QString code, name, nameZh, creditCode;
    bool found = false;
    bool suspended = false;
    QString suspendReason;
    bool admitted = false;
    QStringList reasons; ///< one per missing, expired, not-yet-valid or short document (and the suspension)
    QList<AdmissionDocument> documents;
};

/// The admission rule, in one place (used by `contractors show`, the WorkGate of permits, check-ins and
/// the contractor views): a contractor is admitted on `today` (a site-local day) exactly when it is not
/// suspended and holds a current document of each of the four kinds that is valid that day (issued on or
/// before, expiring on or after it), and its injury-insurance payment proof covers the `insuranceMonths`
/// before today: covers_from <= today - insuranceMonths and covers_to >= the first day of last month.
struct AdmissionRule {
    int insuranceMonths = 6;
    int warnDays = 30;

    ContractorStanding standing(Database &db, const QString &contractorCode, QDate today) const;
    /// Every contractor's standing, by code (one query per table, for the views and the WorkGate).
    QHash<QString, ContractorStanding> all(Database &db, QDate today) const;
};

} // namespace gl
