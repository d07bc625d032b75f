// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/logic/SafetyMetricsService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

constexpr int kWeeks = 12, kMonths = 12;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QTimeZone siteZoneOf(Database &db, QString *name)
{
    const QVariant v = db.scalar(u"SELECT timezone FROM sites ORDER BY id LIMIT 1"_s);
    *name = v.isValid() ? v.toString() : u"UTC"_s;
    const QTimeZone tz(name->toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

} // namespace

double SafetyMetricsService::trir(int recordables, double hoursWorked)
{
    return hoursWorked > 0 ? recordables * 200'000.0 / hoursWorked : -1.0;
}

double SafetyMetricsService::ltifr(int lostTimeInjuries, double hoursWorked)
{
    return hoursWorked > 0 ? lostTimeInjuries * 1'000'000.0 / hoursWorked : -1.0;
}

const QStringList &SafetyMetricsService::classifications()
{
    static const QStringList list = {u"near_miss"_s, u"first_aid"_s, u"medical_treatment"_s, u"restricted_work"_s, u"lost_time"_s, u"fatality"_s};
    return list;
}

bool SafetyMetricsService::isRecordable(const QString &c)
{
    return c == u"medical_treatment"_s || c == u"restricted_work"_s || c == u"lost_time"_s || c == u"fatality"_s;
}

bool SafetyMetricsService::isLostTime(const QString &c)
{
    return c == u"lost_time"_s || c == u"fatality"_s;
}

void SafetyMetricsService::recordHours(QDate periodStart, QDate periodEnd, double hours, int headcount)
{
    require(u"safety.record"_s);
    if (!periodStart.isValid())
        fail(ErrorCode::BadInput, u"hours worked: field 'period_start': not a valid date"_s);
    if (!periodEnd.isValid() || periodEnd < periodStart)
        fail(ErrorCode::BadInput, u"hours worked %1: field 'period_end': must be a date on or after the start"_s.arg(periodStart.toString(Qt::ISODate)));
    if (!std::isfinite(hours) || hours < 0 || hours > 1e9)
        fail(ErrorCode::BadInput, u"hours worked %1: field 'hours': %2 is not within 0-1e9"_s.arg(periodStart.toString(Qt::ISODate)).arg(hours));
    if (headcount < 0)
        fail(ErrorCode::BadInput, u"hours worked %1: field 'headcount': must not be negative"_s.arg(periodStart.toString(Qt::ISODate)));
    const QString start = periodStart.toString(Qt::ISODate);
    Transaction tx(db());
    const QVariant before = db().scalar(u"SELECT hours FROM hours_worked WHERE period_start = ?"_s, {start});
    db().exec(u"DELETE FROM hours_worked WHERE period_start = ?"_s, {start});
    db().insert(u"hours_worked"_s, {{u"period_start"_s, start},
                                    {u"period_end"_s, periodEnd.toString(Qt::ISODate)},
                                    {u"hours"_s, hours},
                                    {u"headcount"_s, headcount},
                                    {u"recorded_at"_s, now()},
                                    {u"recorded_by"_s, actor().auditName()}});
    QJsonObject details{{u"period_end"_s, periodEnd.toString(Qt::ISODate)}, {u"hours"_s, hours}, {u"headcount"_s, headcount}};
    if (before.isValid())
        details.insert(u"previous_hours"_s, before.toDouble());
    audit(u"hours.record"_s, u"hours_worked"_s, start, details);
    tx.commit();
}

qint64 SafetyMetricsService::recordIncident(const SafetyIncident &in)
{
    require(u"safety.record"_s);
    const QString who = in.code.isEmpty() ? u"incident"_s : u"incident %1"_s.arg(in.code);
    if (in.code.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"incident: field 'code': must not be empty"_s);
    if (!classifications().contains(in.classification))
        fail(ErrorCode::BadInput, u"%1: field 'classification': '%2' is not one of %3"_s.arg(who, in.classification, classifications().join(u", "_s)));
    if (in.occurredAt <= 0 || in.occurredAt > now())
        fail(ErrorCode::BadInput, u"%1: field 'occurred_at': must be a time in the past"_s.arg(who));
    if (in.lostDays < 0 || (in.lostDays > 0 && !isLostTime(in.classification)))
        fail(ErrorCode::BadInput, u"%1: field 'lost_days': only lost_time or fatality incidents have lost days (>= 0)"_s.arg(who));
    if (in.description.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"%1: field 'description': must not be empty"_s.arg(who));
    QVariant areaId;
    if (!in.area.isEmpty())
        areaId = idOf(u"areas"_s, in.area, u"area"_s);
    Transaction tx(db());
    const qint64 id = db().insert(u"safety_incidents"_s, {{u"code"_s, in.code},
                                                          {u"occurred_at"_s, in.occurredAt},
                                                          {u"area_id"_s, areaId},
                                                          {u"classification"_s, in.classification},
                                                          {u"lost_days"_s, in.lostDays},
                                                          {u"description"_s, in.description},
                                                          {u"recorded_at"_s, now()},
                                                          {u"recorded_by"_s, actor().auditName()}});
    audit(u"incident.record"_s, u"incident"_s, in.code,
          QJsonObject{{u"classification"_s, in.classification}, {u"occurred_at"_s, in.occurredAt}, {u"lost_days"_s, in.lostDays},
                      {u"recordable"_s, isRecordable(in.classification)}},
          in.area);
    tx.commit();
    return id;
}

DashboardData SafetyMetricsService::dashboard() const
{
    require(u"data.read"_s);
    DashboardData d;
    const QTimeZone tz = siteZoneOf(db(), &d.timeZone);
    const qint64 t = now();
    d.today = QDateTime::fromMSecsSinceEpoch(t, tz).date();
    auto startOf = [&](QDate day) { return QDateTime(day, QTime(0, 0), tz).toMSecsSinceEpoch(); };
    auto dateOf = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, tz).date(); };

    // Weeks (Monday first) and months.
    const QDate thisWeek = d.today.addDays(1 - d.today.dayOfWeek());
    for (int i = kWeeks - 1; i >= 0; --i)
        d.weeks << thisWeek.addDays(-7 * i);
    const QDate thisMonth(d.today.year(), d.today.month(), 1);
    for (int i = kMonths - 1; i >= 0; --i)
        d.months << thisMonth.addMonths(-i);
    auto weekIndex = [&](QDate day) {
        const qint64 k = d.weeks.first().daysTo(day);
        return k < 0 ? -1 : int(k / 7) < kWeeks ? int(k / 7) : -1;
    };
    auto monthIndex = [&](QDate day) {
        const int k = (day.year() - d.months.first().year()) * 12 + day.month() - d.months.first().month();
        return k >= 0 && k < kMonths ? k : -1;
    };
    const qint64 weeksFrom = startOf(d.weeks.first()), monthsFrom = startOf(d.months.first());

    // Hazards: reported / closed per week, closure rate, overdue ageing.
    d.hazardsReported.fill(0, kWeeks);
    d.hazardsClosed.fill(0, kWeeks);
    d.nearMisses.fill(0, kWeeks);
    QList<int> closedOfReported(kWeeks, 0);
    {
        QSqlQuery q = db().exec(u"SELECT reported_at, closed_at, state FROM hazards WHERE reported_at >= ? OR closed_at >= ?"_s,
                                {weeksFrom, weeksFrom});
        while (q.next()) {
            const qint64 reported = q.value(0).toLongLong();
            const bool closed = !q.value(1).isNull() && q.value(1).toLongLong() <= t;
            const int wr = reported >= weeksFrom ? weekIndex(dateOf(reported)) : -1;
            if (wr >= 0) {
                d.hazardsReported[wr] += 1;
                closedOfReported[wr] += closed ? 1 : 0;
            }
            if (closed) {
                const int wc = weekIndex(dateOf(q.value(1).toLongLong()));
                if (wc >= 0)
                    d.hazardsClosed[wc] += 1;
            }
        }
    }
    for (int i = 0; i < kWeeks; ++i)
        d.closureRate << (d.hazardsReported[i] > 0 ? 100.0 * closedOfReported[i] / d.hazardsReported[i] : -1.0);
    d.overdueAgeing.fill(0, 4);
    {
        QSqlQuery q = db().exec(u"SELECT deadline_at FROM hazards WHERE deadline_at IS NOT NULL AND deadline_at < ? "
                                "AND state NOT IN ('closed','reinspected')"_s,
                                {t});
        while (q.next()) {
            const qint64 days = (t - q.value(0).toLongLong()) / kDayMs + 1;
            d.overdueAgeing[days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3] += 1;
        }
    }

    // Interruption time per week for the five areas with the most confirmed orders.
    {
        QSqlQuery q = db().exec(u"SELECT a.code, o.detected_at, o.confirmed_at FROM dispatch_orders o JOIN areas a ON a.id = o.area_id "
                                "WHERE o.detected_at >= ? AND o.confirmed_at IS NOT NULL"_s,
                                {weeksFrom});
        QHash<QString, QList<double>> sum, count;
        QHash<QString, int> total;
        while (q.next()) {
            const QString area = q.value(0).toString();
            const int w = weekIndex(dateOf(q.value(1).toLongLong()));
            if (w < 0)
                continue;
            if (!sum.contains(area)) {
                sum[area].fill(0.0, kWeeks);
                count[area].fill(0.0, kWeeks);
            }
            sum[area][w] += double(q.value(2).toLongLong() - q.value(1).toLongLong()) / 1000.0;
            count[area][w] += 1;
            total[area] += 1;
        }
        QStringList areas = total.keys();
        std::sort(areas.begin(), areas.end(), [&](const QString &a, const QString &b) {
            return total[a] != total[b] ? total[a] > total[b] : a < b;
        });
        for (const QString &a : areas.mid(0, 5)) {
            QList<double> series;
            for (int w = 0; w < kWeeks; ++w)
                series << (count[a][w] > 0 ? sum[a][w] / count[a][w] : -1.0);
            d.interruptionAreas << a;
            d.interruptionByArea << series;
        }
    }

    // Permits by type per month (by start).
    {
        QSqlQuery q = db().exec(u"SELECT type, starts_at FROM permits WHERE starts_at >= ? AND state <> 'draft'"_s, {monthsFrom});
        QMap<QString, QList<int>> byType;
        while (q.next()) {
            const int m = monthIndex(dateOf(q.value(1).toLongLong()));
            if (m < 0)
                continue;
            QList<int> &row = byType[q.value(0).toString()];
            if (row.isEmpty())
                row.fill(0, kMonths);
            row[m] += 1;
        }
        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            d.permitTypes << it.key();
            d.permitsByType << it.value();
        }
    }

    // Training: people holding an unexpired training record today.
    d.people = db().scalar(u"SELECT count(*) FROM people"_s).toInt();
    d.peopleTrained = db().scalar(u"SELECT count(DISTINCT person_id) FROM training_records WHERE expires_on >= ?"_s,
                                  {d.today.toString(Qt::ISODate)})
                          .toInt();
    d.trainingCompletion = d.people > 0 ? 100.0 * d.peopleTrained / d.people : -1.0;

    // Hours, incidents, TRIR / LTIFR. A period's hours count in the month it starts.
    d.hoursMonthly.fill(0.0, kMonths);
    d.recordablesMonthly.fill(0, kMonths);
    d.ltisMonthly.fill(0, kMonths);
    QDate firstHours;
    {
        QSqlQuery q = db().exec(u"SELECT period_start, hours FROM hours_worked ORDER BY period_start"_s);
        while (q.next()) {
            const QDate start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (!firstHours.isValid())
                firstHours = start;
            const int m = monthIndex(start);
            if (m >= 0)
                d.hoursMonthly[m] += q.value(1).toDouble();
        }
    }
    {
        QSqlQuery q = db().exec(u"SELECT i.code, a.code, i.classification, i.description, i.occurred_at, i.lost_days FROM safety_incidents i "
                                "LEFT JOIN areas a ON a.id = i.area_id WHERE i.occurred_at <= ? ORDER BY i.occurred_at"_s,
                                {t});
        while (q.next()) {
            SafetyIncident in{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toLongLong(), q.value(5).toInt()};
            const QDate day = dateOf(in.occurredAt);
            if (isLostTime(in.classification))
                d.lastLostTime = day;
            const int m = monthIndex(day);
            if (m >= 0) {
                d.recordablesMonthly[m] += isRecordable(in.classification) ? 1 : 0;
                d.ltisMonthly[m] += isLostTime(in.classification) ? 1 : 0;
            }
            if (in.classification == u"near_miss"_s && in.occurredAt >= weeksFrom) {
                const int w = weekIndex(day);
                if (w >= 0)
                    d.nearMisses[w] += 1;
            }
            d.recentIncidents << in;
        }
        std::reverse(d.recentIncidents.begin(), d.recentIncidents.end());
        if (d.recentIncidents.size() > 20)
            d.recentIncidents.resize(20);
    }
    for (int m = 0; m < kMonths; ++m) {
        d.hours12 += d.hoursMonthly[m];
        d.recordables12 += d.recordablesMonthly[m];
        d.ltis12 += d.ltisMonthly[m];
    }
    d.trir12 = trir(d.recordables12, d.hours12);
    d.ltifr12 = ltifr(d.ltis12, d.hours12);
    const QDate since = d.lastLostTime.isValid() ? d.lastLostTime : firstHours;
    d.ltiFreeDays = since.isValid() ? int(std::max<qint64>(0, since.daysTo(d.today))) : -1;
    return d;
}

} // namespace gl
