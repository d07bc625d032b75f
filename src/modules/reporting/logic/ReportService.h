// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace gl {

/// One contractor's health on a site-local day D, with the daily series the trends are drawn from.
/// Series hold 30 values, oldest first: index 29 is D, index 23..29 the last 7 days.
struct ContractorHealth {
    QString code, name, nameZh;
    int workersOnShift = 0;
    int docsTotal = 0, docsExpiring = 0, docsExpired = 0;
    int certsTotal = 0, certsExpiring = 0, certsExpired = 0;
    double qualification = 0;       ///< 0-100: valid = 1, expiring (<= 30 days) = 0.5, expired = 0; none on file = 0
    QList<double> qualificationDaily;
    QList<int> violationsDaily;     ///< behaviour/ppe hazards reported in the contractor's work areas that day
    int violations = 0, violations7 = 0, violations30 = 0;
    int due7 = 0, onTime7 = 0, due30 = 0, onTime30 = 0; ///< hazards attributed to the contractor, due in the window
    QList<int> dueDaily, onTimeDaily;
    QList<int> conflictsDaily;      ///< cross-work conflicts involving the contractor's permits that day
    int conflicts = 0;
    QStringList conflictPairs;      ///< "HW-0101 × LF-0101 (cross_work)" of day D
    double health = 0;              ///< composite 0-100, the table is sorted by it (lowest = riskiest first)

    /// On-time share of the hazards due in the window, 0-100; -1 when none was due.
    static double rate(int onTime, int due) { return due > 0 ? 100.0 * onTime / due : -1.0; }
};

struct ExpiredDocument {
    QString contractor, kind, fileName;
    QDate expiresOn;
};
struct OverdueHazard {
    QString code, category, area, state;
    qint64 deadlineAt = 0;
};
struct PendingInstruction {
    QString orderCode, target, text;
    qint64 issuedAt = 0, ackDueAt = 0;
};
/// One dispatch order detected that day. Phases in ms, -1 when the step has not happened:
/// Tdetect = order opened - first abnormal sample, Tverify = assigned - opened,
/// Trespond = responded - assigned, Tconfirm = confirmed - responded; T = their sum.
struct Interruption {
    QString code, area, title, state;
    qint64 detectedAt = 0;
    qint64 detect = -1, verify = -1, respond = -1, confirm = -1, total = -1;
};

struct DailyHealthReport {
    QString siteCode, siteName, siteNameZh, timeZone;
    QDate day;
    qint64 dayStart = 0, dayEnd = 0, asOf = 0; ///< UTC ms; asOf = min(end of day, now)
    QList<ContractorHealth> contractors;       ///< sorted by health, lowest first
    QList<ExpiredDocument> expiredDocuments;   ///< of contractors with workers on the day's shift
    QList<OverdueHazard> overdueHazards;
    QList<PendingInstruction> unacknowledged;
    QList<Interruption> interruptions;
    QList<double> meanInterruptionDaily;       ///< mean T (s) of confirmed orders detected each day, -1 none
    int activePermits = 0;
    qint64 auditSeq = 0;
    QString auditHash;
    QList<QDate> days() const; ///< the 30 days of the series, oldest first
};

/// Computes the Contractor Health Daily Report and archives rendered reports in the audit chain.
/// Definitions (docs/reports.md): a contractor's work areas on a day are the areas of its permits
/// (approved, active, suspended, closed or expired) whose window overlaps the day. A hazard is
/// attributed to a contractor when it was reported in one of its work areas on the (site-local) day
/// it was reported.
class ContractorHealthService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;
    /// Needs 'report.generate' or 'data.read'. Throws NotFound when no site is set up.
    DailyHealthReport daily(QDate day) const;
    /// Writes 'report.generate' on report 'daily-YYYY-MM-DD' with {sha256, file}. Needs 'report.generate'.
    qint64 archive(QDate day, const QString &fileName, const QString &sha256Hex);
};

} // namespace gl
