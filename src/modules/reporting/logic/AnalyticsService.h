// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/TelemetryService.h"
#include "platform/services/ServiceContext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gl {

/// Period of the interruption-time dashboard (site-local calendar: ISO weeks from Monday, months, quarters).
enum class AnalyticsPeriod { Week, Month, Quarter };
QString periodName(AnalyticsPeriod p);                    ///< "week", "month", "quarter"
std::optional<AnalyticsPeriod> periodFromName(QStringView name);

/// Mean interruption time of the confirmed dispatch orders detected in one period, in seconds, with the
/// same period a year earlier. T = Tdetect + Tverify + Trespond + Tconfirm by incidentPhases (CONTRACTS.md
/// 6.4, as the board, the daily report and `orders show`): Tdetect = alarm raised − condition began,
/// Tverify = the dispatcher's acknowledgement − raised, Trespond = on scene − acknowledgement, Tconfirm =
/// confirmed − on scene. Only orders with all four phases count. An imported historic order (no alarm)
/// counts its opening as the raise and its "verified" time as the acknowledgement.
struct InterruptionBucket {
    QDate start, end;       ///< [start, end) in site-local days
    QString label;          ///< "2026-W05", "2026-01", "2026-Q1"
    int orders = 0;
    double detect = -1, verify = -1, respond = -1, confirm = -1, total = -1; ///< means; -1 when no order
    QDate yearAgoStart, yearAgoEnd; ///< the same period a year earlier (52 weeks for weeks)
    int ordersYearAgo = 0;
    double totalYearAgo = -1;
    std::optional<double> changePct; ///< (total − totalYearAgo) / totalYearAgo × 100; none without both
    double trend = -1;               ///< least-squares line over the buckets with orders (s); -1 without 2 points
};

struct InterruptionTrend {
    AnalyticsPeriod period = AnalyticsPeriod::Month;
    QString area;                  ///< empty: every area
    QString timeZone;
    QDate today;
    QStringList areas;             ///< areas with confirmed orders on record (for the picker), sorted
    QList<InterruptionBucket> buckets; ///< oldest first; the last is the current period (to date)
    int headline = -1;             ///< index of the headline bucket: the current period, or the previous one when
                                   ///< the current has no confirmed order yet; -1 when none has
};

/// Pearson correlation of a safety tag with a quality tag on time-bucketed means (bad samples excluded).
struct CorrelationResult {
    QString safetyTag, qualityTag, safetyUnit, qualityUnit;
    qint64 from = 0, to = 0, lagMs = 0, bucketMs = 0;
    /// Bucket means of each tag over the period (good samples only), bucket start → mean, oldest first.
    QList<std::pair<qint64, double>> safetySeries, qualitySeries;
    /// The pairs used: safety at bucket t, quality at bucket t + lag.
    QList<double> x, y;
    QList<qint64> pairTimes;
    int n = 0;
    double r = 0;                  ///< NaN when n < 3 or a series is constant
    int badSafety = 0, badQuality = 0; ///< bad samples excluded (counted from the minute aggregates and raw)
};

/// What the tag chart shows: the tag, raw samples or minute aggregates, and the alarm thresholds.
struct TagThreshold {
    QString ruleId, op, severity; ///< op: "gt" or "lt"
    double value = 0;
};
struct TagMinute {
    qint64 minute = 0;
    int n = 0, bad = 0;
    double vmin = 0, vmax = 0, vavg = 0; ///< of the good samples; meaningless when n == bad
};
struct TagChartData {
    TagInfo info;
    QString timeZone;
    qint64 from = 0, to = 0;
    bool aggregated = false;       ///< minute aggregates (requested, or the raw samples would be too many)
    QList<StoredSample> raw;       ///< when !aggregated
    QList<TagMinute> minutes;      ///< when aggregated
    QList<TagThreshold> thresholds;
};

/// A dispatch order of the plant's previous system, imported for the year-on-year comparison.
struct HistoricOrder {
    QString code, area, title, priority;
    qint64 detectedAt = 0, createdAt = 0, verifiedAt = 0, respondedAt = 0, confirmedAt = 0;
};

/// Issue #8 parts 2, 7, 8: tag charts, the interruption-time dashboard with the year-earlier comparison,
/// and the safety-quality correlation. Read-only views need 'data.read'.
class AnalyticsService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static constexpr int kMaxRawPoints = 20000;

    /// Pearson's r of paired values; NaN when fewer than 3 pairs or a series has no variance.
    static double pearson(const QList<double> &x, const QList<double> &y);
    /// Least-squares line through (i, v[i]) for v[i] >= 0, evaluated at every index; empty without 2 points.
    static QList<double> linearTrend(const QList<double> &v);

    /// Interruption time per period (week: 26, month: 12, quarter: 6 buckets) for one area or all.
    InterruptionTrend interruptionTrend(AnalyticsPeriod period, const QString &area = {}, int buckets = 0) const;

    /// Correlation over [from, to] on buckets of bucketMs (hour or minute), quality lagged by lagMs
    /// (quality measured lagMs after the safety signal). Unknown tags: NotFound.
    CorrelationResult correlate(const QString &safetyTag, const QString &qualityTag, qint64 from, qint64 to, qint64 lagMs,
                                qint64 bucketMs = 3600'000) const;

    /// Samples of a tag for its chart: raw (when at most kMaxRawPoints) or minute min/avg/max with the bad
    /// counts, and the gt/lt thresholds of the active rules on the tag.
    TagChartData tagChart(const QString &tag, qint64 from, qint64 to, bool aggregates) const;

    /// Imports confirmed orders of a previous dispatch system (all or nothing); needs 'dispatch.manage';
    /// audited once as 'orders.import' with the count, the source and the SHA-256 of the rows.
    int importOrderHistory(const QList<HistoricOrder> &orders, const QString &source);
};

} // namespace gl
