// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/logic/AnalyticsService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/telemetry/rules/Rule.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

constexpr qint64 kMinute = 60'000;

QTimeZone siteZone(Database &db, QString *name)
{
    const QVariant v = db.scalar(u"SELECT timezone FROM sites ORDER BY id LIMIT 1"_s);
    *name = v.isValid() && !v.toString().isEmpty() ? v.toString() : u"UTC"_s;
    const QTimeZone tz(name->toUtf8());
    return tz.isValid() ? tz : QTimeZone::utc();
}

qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step;
    return (t % step < 0 ? q - 1 : q) * step;
}

/// Good-sample sum and count and the bad count of one tag per minute: the minute aggregates, and the
/// raw samples of the minutes not aggregated yet.
struct MinuteAcc {
    double sum = 0;
    qint64 good = 0, bad = 0;
    double vmin = std::numeric_limits<double>::infinity(), vmax = -std::numeric_limits<double>::infinity();
};

QMap<qint64, MinuteAcc> minutesOf(Database &db, const QString &tag, qint64 from, qint64 to)
{
    QMap<qint64, MinuteAcc> out;
    QSqlQuery q = db.exec(u"SELECT minute, n, bad, vmin, vmax, vavg FROM tag_minutes WHERE tag = ? AND minute >= ? AND minute <= ?"_s,
                          {tag, floorTo(from, kMinute), to});
    while (q.next()) {
        MinuteAcc &a = out[q.value(0).toLongLong()];
        const qint64 n = q.value(1).toLongLong(), bad = q.value(2).toLongLong();
        a.bad += bad;
        if (!q.value(5).isNull() && n > bad) {
            a.good += n - bad;
            a.sum += q.value(5).toDouble() * double(n - bad);
            a.vmin = std::min(a.vmin, q.value(3).toDouble());
            a.vmax = std::max(a.vmax, q.value(4).toDouble());
        }
    }
    const QSet<qint64> aggregated(out.keyBegin(), out.keyEnd());
    QSqlQuery r = db.exec(u"SELECT ts, value, good FROM tag_samples WHERE tag = ? AND ts >= ? AND ts <= ?"_s,
                          {tag, floorTo(from, kMinute), to});
    while (r.next()) {
        const qint64 m = floorTo(r.value(0).toLongLong(), kMinute);
        if (aggregated.contains(m))
            continue; // already in the minute aggregate
        MinuteAcc &a = out[m];
        if (r.value(2).toInt() == 1) {
            const double v = r.value(1).toDouble();
            a.good += 1;
            a.sum += v;
            a.vmin = std::min(a.vmin, v);
            a.vmax = std::max(a.vmax, v);
        } else {
            a.bad += 1;
        }
    }
    return out;
}

TagInfo tagInfo(Database &db, const QString &tag, const QString &field)
{
    QSqlQuery q = db.exec(u"SELECT s.tag, a.code, e.code, s.kind, s.unit, s.range_lo, s.range_hi FROM sensors s "
                          "LEFT JOIN areas a ON a.id = s.area_id LEFT JOIN equipment e ON e.id = s.equipment_id WHERE s.tag = ?"_s,
                          {tag});
    if (!q.next())
        throw Error(ErrorCode::NotFound, u"field '%1': tag '%2' is not a sensor of the site"_s.arg(field, tag));
    TagInfo t{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
              std::nullopt, std::nullopt};
    if (!q.value(5).isNull())
        t.lo = q.value(5).toDouble();
    if (!q.value(6).isNull())
        t.hi = q.value(6).toDouble();
    return t;
}

} // namespace

QString periodName(AnalyticsPeriod p)
{
    switch (p) {
    case AnalyticsPeriod::Week: return u"week"_s;
    case AnalyticsPeriod::Month: return u"month"_s;
    case AnalyticsPeriod::Quarter: return u"quarter"_s;
    }
    return {};
}

std::optional<AnalyticsPeriod> periodFromName(QStringView name)
{
    if (name == u"week")
        return AnalyticsPeriod::Week;
    if (name == u"month")
        return AnalyticsPeriod::Month;
    if (name == u"quarter")
        return AnalyticsPeriod::Quarter;
    return std::nullopt;
}

double AnalyticsService::pearson(const QList<double> &x, const QList<double> &y)
{
    const qsizetype n = std::min(x.size(), y.size());
    if (n < 3)
        return std::numeric_limits<double>::quiet_NaN();
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return sxy / std::sqrt(sxx * syy);
}

QList<double> AnalyticsService::linearTrend(const QList<double> &v)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] < 0)
            continue;
        n += 1;
        sx += double(i);
        sy += v[i];
        sxx += double(i) * double(i);
        sxy += double(i) * v[i];
    }
    if (n < 2 || n * sxx - sx * sx == 0)
        return {};
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx), icept = (sy - slope * sx) / n;
    QList<double> out;
    for (qsizetype i = 0; i < v.size(); ++i)
        out << icept + slope * double(i);
    return out;
}

InterruptionTrend AnalyticsService::interruptionTrend(AnalyticsPeriod period, const QString &area, int buckets) const
{
    require(u"data.read"_s);
    InterruptionTrend out;
    out.period = period;
    out.area = area;
    const QTimeZone tz = siteZone(db(), &out.timeZone);
    out.today = QDateTime::fromMSecsSinceEpoch(now(), tz).date();
    if (buckets <= 0)
        buckets = period == AnalyticsPeriod::Week ? 26 : period == AnalyticsPeriod::Month ? 12 : 6;
    buckets = std::clamp(buckets, 1, 104);
    if (!area.isEmpty())
        (void)idOf(u"areas"_s, area, u"area"_s);

    // The buckets, oldest first, and their year-earlier twins.
    const QDate t = out.today;
    for (int k = buckets - 1; k >= 0; --k) {
        InterruptionBucket b;
        if (period == AnalyticsPeriod::Week) {
            b.start = t.addDays(1 - t.dayOfWeek()).addDays(-7 * k);
            b.end = b.start.addDays(7);
            b.yearAgoStart = b.start.addDays(-364); // 52 weeks: the same weekday
            b.yearAgoEnd = b.yearAgoStart.addDays(7);
            int year = 0;
            const int week = b.start.weekNumber(&year);
            b.label = u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
        } else if (period == AnalyticsPeriod::Month) {
            b.start = QDate(t.year(), t.month(), 1).addMonths(-k);
            b.end = b.start.addMonths(1);
            b.label = b.start.toString(u"yyyy-MM"_s);
        } else {
            b.start = QDate(t.year(), ((t.month() - 1) / 3) * 3 + 1, 1).addMonths(-3 * k);
            b.end = b.start.addMonths(3);
            b.label = u"%1-Q%2"_s.arg(b.start.year()).arg((b.start.month() - 1) / 3 + 1);
        }
        if (period != AnalyticsPeriod::Week) {
            b.yearAgoStart = b.start.addYears(-1);
            b.yearAgoEnd = b.end.addYears(-1);
        }
        out.buckets << b;
    }
    auto ms = [&](QDate d) { return QDateTime(d, QTime(0, 0), tz).toMSecsSinceEpoch(); };
    const qint64 from = ms(out.buckets.first().yearAgoStart);

    // Sums per bucket: [detect, verify, respond, confirm, total] for the period and the year-earlier one.
    const int nb = int(out.buckets.size());
    QList<std::array<double, 5>> sum(nb, {0, 0, 0, 0, 0});
    QList<double> sumAgo(nb, 0.0);
    QList<int> cntAgo(nb, 0);
    QString sql = u"SELECT a.code, o.detected_at, o.raised_at, o.verified_at, o.responded_at, o.confirmed_at "
                  "FROM dispatch_orders o LEFT JOIN areas a ON a.id = o.area_id WHERE o.confirmed_at IS NOT NULL "
                  "AND o.verified_at IS NOT NULL AND o.responded_at IS NOT NULL AND o.detected_at IS NOT NULL "
                  "AND o.raised_at IS NOT NULL AND o.detected_at >= ?"_s;
    QVariantList binds{from};
    if (!area.isEmpty()) {
        sql += u" AND a.code = ?"_s;
        binds << area;
    }
    QSqlQuery q = db().exec(sql, binds);
    while (q.next()) {
        const qint64 detected = q.value(1).toLongLong();
        const QDate day = QDateTime::fromMSecsSinceEpoch(detected, tz).date();
        // The one definition of the phases (CONTRACTS.md 6.4): the query keeps only orders with all of them.
        const IncidentPhases p = incidentPhases(IncidentTimes{detected, q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                              q.value(4).toLongLong(), q.value(5).toLongLong()});
        const double phases[5] = {*p.detect, *p.verify, *p.respond, *p.confirm, *p.total};
        for (int i = 0; i < nb; ++i) {
            InterruptionBucket &b = out.buckets[i];
            if (day >= b.start && day < b.end) {
                for (int p = 0; p < 5; ++p)
                    sum[i][p] += phases[p];
                b.orders += 1;
            }
            if (day >= b.yearAgoStart && day < b.yearAgoEnd) {
                sumAgo[i] += phases[4];
                cntAgo[i] += 1;
            }
        }
    }
    QList<double> totals;
    for (int i = 0; i < nb; ++i) {
        InterruptionBucket &b = out.buckets[i];
        if (b.orders > 0) {
            b.detect = sum[i][0] / b.orders;
            b.verify = sum[i][1] / b.orders;
            b.respond = sum[i][2] / b.orders;
            b.confirm = sum[i][3] / b.orders;
            b.total = sum[i][4] / b.orders;
        }
        b.ordersYearAgo = cntAgo[i];
        if (cntAgo[i] > 0)
            b.totalYearAgo = sumAgo[i] / cntAgo[i];
        if (b.total >= 0 && b.totalYearAgo > 0)
            b.changePct = (b.total - b.totalYearAgo) / b.totalYearAgo * 100.0;
        totals << b.total;
    }
    const QList<double> trend = linearTrend(totals);
    for (int i = 0; i < trend.size(); ++i)
        out.buckets[i].trend = trend[i];
    if (out.buckets.last().orders > 0)
        out.headline = nb - 1;
    else if (nb > 1 && out.buckets[nb - 2].orders > 0)
        out.headline = nb - 2;

    QSqlQuery a = db().exec(u"SELECT DISTINCT a.code FROM dispatch_orders o JOIN areas a ON a.id = o.area_id "
                            "WHERE o.confirmed_at IS NOT NULL ORDER BY a.code"_s);
    while (a.next())
        out.areas << a.value(0).toString();
    return out;
}

CorrelationResult AnalyticsService::correlate(const QString &safetyTag, const QString &qualityTag, qint64 from, qint64 to,
                                              qint64 lagMs, qint64 bucketMs) const
{
    require(u"data.read"_s);
    if (bucketMs != kMinute && bucketMs != 3600'000)
        fail(ErrorCode::BadInput, u"correlation: field 'bucket': %1 ms is neither a minute nor an hour"_s.arg(bucketMs));
    if (to <= from)
        fail(ErrorCode::BadInput, u"correlation: field 'to': the period must end after it starts"_s);
    if (to - from > 400LL * 86400'000)
        fail(ErrorCode::BadInput, u"correlation: field 'from': the period is longer than the 400 days kept"_s);
    if (lagMs < -7LL * 86400'000 || lagMs > 7LL * 86400'000 || lagMs % kMinute)
        fail(ErrorCode::BadInput, u"correlation: field 'lag': whole minutes within ±7 days"_s);
    CorrelationResult r;
    const TagInfo s = tagInfo(db(), safetyTag, u"safety_tag"_s), qual = tagInfo(db(), qualityTag, u"quality_tag"_s);
    r.safetyTag = safetyTag;
    r.qualityTag = qualityTag;
    r.safetyUnit = s.unit;
    r.qualityUnit = qual.unit;
    r.from = from;
    r.to = to;
    r.lagMs = lagMs;
    r.bucketMs = bucketMs;

    struct Bucket {
        double sum = 0;
        qint64 n = 0;
    };
    auto bucketize = [&](const QMap<qint64, MinuteAcc> &minutes, qint64 shift, qint64 lo, qint64 hi, int *bad) {
        QMap<qint64, Bucket> out;
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
            if (it.key() < lo || it.key() >= hi)
                continue;
            *bad += int(it->bad);
            if (it->good == 0)
                continue;
            Bucket &b = out[floorTo(it.key() - shift, bucketMs)];
            b.sum += it->sum;
            b.n += it->good;
        }
        return out;
    };
    const QMap<qint64, MinuteAcc> sm = minutesOf(db(), safetyTag, from, to);
    const QMap<qint64, MinuteAcc> qm = minutesOf(db(), qualityTag, std::min(from, from + lagMs), std::max(to, to + lagMs));
    const QMap<qint64, Bucket> sb = bucketize(sm, 0, from, to, &r.badSafety);
    int ignored = 0;
    const QMap<qint64, Bucket> qb = bucketize(qm, lagMs, from + lagMs, to + lagMs, &r.badQuality);
    const QMap<qint64, Bucket> qShown = bucketize(qm, 0, from, to, &ignored);
    for (auto it = sb.cbegin(); it != sb.cend(); ++it) {
        r.safetySeries.append({it.key(), it->sum / double(it->n)});
        const auto other = qb.constFind(it.key());
        if (other != qb.cend()) {
            r.pairTimes << it.key();
            r.x << it->sum / double(it->n);
            r.y << other->sum / double(other->n);
        }
    }
    for (auto it = qShown.cbegin(); it != qShown.cend(); ++it)
        r.qualitySeries.append({it.key(), it->sum / double(it->n)});
    r.n = int(r.x.size());
    r.r = pearson(r.x, r.y);
    return r;
}

TagChartData AnalyticsService::tagChart(const QString &tag, qint64 from, qint64 to, bool aggregates) const
{
    require(u"data.read"_s);
    if (to <= from)
        fail(ErrorCode::BadInput, u"chart of %1: field 'to': the period must end after it starts"_s.arg(tag));
    TagChartData d;
    d.info = tagInfo(db(), tag, u"tag"_s);
    siteZone(db(), &d.timeZone);
    d.from = from;
    d.to = to;
    d.aggregated = aggregates;
    if (!aggregates) {
        const qint64 rawCount = db().scalar(u"SELECT count(*) FROM tag_samples WHERE tag = ? AND ts >= ? AND ts <= ?"_s, {tag, from, to})
                                    .toLongLong();
        const QVariant oldest = db().scalar(u"SELECT min(ts) FROM tag_samples WHERE tag = ?"_s, {tag});
        const qint64 oldestRaw = oldest.isNull() ? to : oldest.toLongLong();
        // Older minutes only as aggregates (raw retention passed, or history imported as minutes): show those.
        const bool olderAggregates = oldestRaw > from
            && db().scalar(u"SELECT count(*) FROM tag_minutes WHERE tag = ? AND minute >= ? AND minute < ?"_s, {tag, from, oldestRaw})
                       .toLongLong() > 0;
        if (rawCount > kMaxRawPoints || olderAggregates)
            d.aggregated = true;
    }
    if (!d.aggregated) {
        QSqlQuery q = db().exec(u"SELECT ts, value, good FROM tag_samples WHERE tag = ? AND ts >= ? AND ts <= ? ORDER BY ts"_s,
                                {tag, from, to});
        while (q.next())
            d.raw.append({tag, q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toInt() == 1});
    } else {
        const QMap<qint64, MinuteAcc> m = minutesOf(db(), tag, from, to);
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            TagMinute tm;
            tm.minute = it.key();
            tm.n = int(it->good + it->bad);
            tm.bad = int(it->bad);
            if (it->good > 0) {
                tm.vmin = it->vmin;
                tm.vmax = it->vmax;
                tm.vavg = it->sum / double(it->good);
            }
            d.minutes << tm;
        }
    }
    // Thresholds of the active rules on this tag (gt / lt conditions).
    const QVariant content = db().scalar(u"SELECT content FROM rule_sets ORDER BY version DESC LIMIT 1"_s);
    if (content.isValid() && !content.isNull()) {
        try {
            const rules::RuleSet set = rules::parseRules(content.toString().toUtf8(), u"rules"_s);
            for (const rules::Rule &rule : set.rules)
                for (const rules::Condition &c : rule.allOf)
                    if (c.tag == tag && (c.op == rules::Op::Gt || c.op == rules::Op::Lt))
                        d.thresholds.append({rule.id, rules::opName(c.op), rules::severityName(rule.severity), c.value});
        } catch (const Error &) {
            // A stored rule set is validated on save; an unreadable one just shows no thresholds.
        }
    }
    return d;
}

int AnalyticsService::importOrderHistory(const QList<HistoricOrder> &orders, const QString &source)
{
    require(u"dispatch.manage"_s);
    static const QStringList priorities = {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    const QString where = u"orders import%1"_s.arg(source.isEmpty() ? QString() : u" from "_s + source);
    QHash<QString, qint64> areaIds;
    QSet<QString> codes;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 first = 0, last = 0;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const HistoricOrder &o = orders[i];
        const QString who = u"%1: order %2 ('%3')"_s.arg(where).arg(i + 1).arg(o.code);
        if (o.code.trimmed().isEmpty())
            fail(ErrorCode::BadInput, u"%1: field 'code': must not be empty"_s.arg(who));
        if (codes.contains(o.code))
            fail(ErrorCode::BadInput, u"%1: field 'code': appears twice"_s.arg(who));
        codes.insert(o.code);
        if (o.title.trimmed().isEmpty())
            fail(ErrorCode::BadInput, u"%1: field 'title': must not be empty"_s.arg(who));
        if (!priorities.contains(o.priority))
            fail(ErrorCode::BadInput, u"%1: field 'priority': '%2' is not one of %3"_s.arg(who, o.priority, priorities.join(u", "_s)));
        if (o.detectedAt <= 0 || o.createdAt < o.detectedAt || o.verifiedAt < o.createdAt || o.respondedAt < o.verifiedAt
            || o.confirmedAt < o.respondedAt)
            fail(ErrorCode::BadInput, u"%1: field 'detected_at': the phase times must follow detected <= opened <= verified <= "
                                      "responded <= confirmed"_s.arg(who));
        if (o.confirmedAt > now())
            fail(ErrorCode::BadInput, u"%1: field 'confirmed_at': must be in the past"_s.arg(who));
        if (!areaIds.contains(o.area)) {
            const QVariant id = db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {o.area});
            if (!id.isValid())
                fail(ErrorCode::BadInput, u"%1: field 'area': '%2' is not an area of the site"_s.arg(who, o.area));
            areaIds.insert(o.area, id.toLongLong());
        }
        if (db().scalar(u"SELECT count(*) FROM dispatch_orders WHERE code = ?"_s, {o.code}).toInt() > 0)
            fail(ErrorCode::Conflict, u"%1: field 'code': an order with this code exists already"_s.arg(who));
        sha.addData(u"%1|%2|%3|%4|%5|%6|%7|%8\n"_s.arg(o.code, o.area, o.priority).arg(o.detectedAt).arg(o.createdAt).arg(o.verifiedAt)
                        .arg(o.respondedAt).arg(o.confirmedAt).toUtf8());
        first = first ? std::min(first, o.detectedAt) : o.detectedAt;
        last = std::max(last, o.confirmedAt);
    }
    Transaction tx(db());
    for (const HistoricOrder &o : orders)
        db().insert(u"dispatch_orders"_s, {{u"code"_s, o.code}, {u"area_id"_s, areaIds.value(o.area)}, {u"title"_s, o.title},
                                           {u"state"_s, u"confirmed"_s}, {u"priority"_s, o.priority}, {u"created_at"_s, o.createdAt},
                                           {u"due_at"_s, o.createdAt + OperationsService::slaMs(o.priority)},
                                           {u"detected_at"_s, o.detectedAt}, {u"raised_at"_s, o.createdAt},
                                           {u"verified_at"_s, o.verifiedAt},
                                           {u"responded_at"_s, o.respondedAt}, {u"confirmed_at"_s, o.confirmedAt}});
    audit(u"orders.import"_s, u"order"_s, u"history"_s,
          {{u"count"_s, qint64(orders.size())}, {u"source"_s, source}, {u"from"_s, first}, {u"to"_s, last},
           {u"sha256"_s, QString::fromLatin1(sha.result().toHex())}});
    tx.commit();
    return int(orders.size());
}

} // namespace gl
