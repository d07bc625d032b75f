// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace gl {

/// A recorded safety incident. Classification (OSHA-style): near_miss, first_aid (not recordable),
/// medical_treatment, restricted_work, lost_time, fatality (recordable; lost_time and fatality are
/// lost-time injuries).
struct SafetyIncident {
    QString code, area, classification, description;
    qint64 occurredAt = 0;
    int lostDays = 0;
};

/// What the dashboards show, computed on the data thread. Series are oldest first.
struct DashboardData {
    QDate today;
    QString timeZone;
    // Weekly series: the 12 ISO weeks ending with this one (week start = Monday).
    QList<QDate> weeks;
    QList<int> hazardsReported, hazardsClosed, nearMisses;
    QList<double> closureRate;        ///< % of the week's reported hazards closed by now; -1 when none reported
    // Overdue ageing as of now: open hazards past their deadline by 1-7, 8-30, 31-90, > 90 days.
    QList<int> overdueAgeing;
    // Interruption time (mean T of confirmed dispatch orders, seconds) per week for the busiest areas.
    QStringList interruptionAreas;
    QList<QList<double>> interruptionByArea; ///< [area][week], -1 when no confirmed order
    // Permit volume by type per month (the 12 months ending with this one).
    QList<QDate> months;
    QStringList permitTypes;
    QList<QList<int>> permitsByType;  ///< [type][month]
    // Leading indicators.
    int people = 0, peopleTrained = 0; ///< people holding at least one unexpired training record today
    double trainingCompletion = -1;    ///< %; -1 when nobody is registered
    // Lagging indicators.
    QDate lastLostTime;                ///< invalid when none on record
    int ltiFreeDays = -1;              ///< days since the last lost-time injury (or since the first hours on record)
    QList<double> hoursMonthly;        ///< hours worked per month
    QList<int> recordablesMonthly, ltisMonthly;
    double hours12 = 0;
    int recordables12 = 0, ltis12 = 0;
    double trir12 = -1, ltifr12 = -1;  ///< rolling 12 months; -1 when no hours are on record
    QList<SafetyIncident> recentIncidents; ///< the last 20
};

/// Hours worked, recorded incidents, and the EHS dashboards' numbers (TRIR, LTIFR, leading indicators).
class SafetyMetricsService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Total recordable incident rate: recordable injuries × 200,000 / hours worked (-1 when hours <= 0).
    static double trir(int recordables, double hoursWorked);
    /// Lost-time injury frequency rate: lost-time injuries × 1,000,000 / hours worked (-1 when hours <= 0).
    static double ltifr(int lostTimeInjuries, double hoursWorked);
    static bool isRecordable(const QString &classification);
    static bool isLostTime(const QString &classification);
    static const QStringList &classifications();

    /// Records the hours worked in [periodStart, periodEnd] (replacing the same period's figure).
    /// Needs 'safety.record'; audited as 'hours.record'.
    void recordHours(QDate periodStart, QDate periodEnd, double hours, int headcount);
    /// Needs 'safety.record'; audited as 'incident.record'. `area` may be empty. Returns the id.
    qint64 recordIncident(const SafetyIncident &incident);

    /// Needs 'data.read'.
    DashboardData dashboard() const;
};

} // namespace gl
