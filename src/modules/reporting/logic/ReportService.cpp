// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/logic/ReportService.h"
#include "modules/dispatch/logic/OperationsService.h"

#include <cmath>
#include "modules/permits/logic/SiteConflicts.h"
#include "modules/permits/simops/ConflictEngine.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

constexpr int kSeries = 30; ///< days of the trend series
constexpr int kSpan = 60;   ///< days of work areas kept to attribute hazards due in the series

const QString kAuthorised = u"('approved','active','suspended','closed','expired')"_s;

QDate isoDate(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

double weightOf(QDate expires, QDate day)
{
    if (!expires.isValid() || expires >= day.addDays(31))
        return 1.0;
    return expires < day ? 0.0 : 0.5;
}

/// Day boundaries of the span: index i covers [bounds[i], bounds[i+1]).
struct Days {
    QDate first;
    std::vector<qint64> bounds;
    Days(QDate last, int count, const QTimeZone &tz) : first(last.addDays(1 - count))
    {
        for (int i = 0; i <= count; ++i)
            bounds.push_back(QDateTime(first.addDays(i), QTime(0, 0), tz).toMSecsSinceEpoch());
    }
    int count() const { return int(bounds.size()) - 1; }
    int indexOf(qint64 ms) const
    {
        if (ms < bounds.front() || ms >= bounds.back())
            return -1;
        return int(std::upper_bound(bounds.begin(), bounds.end(), ms) - bounds.begin()) - 1;
    }
};

conflicts::Permit toEnginePermit(const QString &code, const QString &type, const QString &contractor, const QString &polygon,
                                 double zMin, double zMax, qint64 start, qint64 end)
{
    conflicts::Permit p;
    p.id = code;
    p.type = conflicts::workTypeFromName(type);
    p.contractor = contractor.isEmpty() ? u"own"_s : contractor;
    std::vector<conflicts::Point> pts;
    const QJsonArray arr = QJsonDocument::fromJson(polygon.toUtf8()).array();
    for (const QJsonValue &v : arr)
        pts.push_back({v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()});
    p.area.polygon = conflicts::Polygon(std::move(pts));
    p.area.zMin = zMin;
    p.area.zMax = zMax;
    p.start.msecs = start;
    p.end.msecs = end;
    return p;
}

} // namespace

QList<QDate> DailyHealthReport::days() const
{
    QList<QDate> out;
    for (int i = kSeries - 1; i >= 0; --i)
        out << day.addDays(-i);
    return out;
}

DailyHealthReport ContractorHealthService::daily(QDate day) const
{
    const PermissionMatrix &m = PermissionMatrix::defaults();
    if (!m.allows(actor().role, u"report.generate"_s) && !m.allows(actor().role, u"data.read"_s))
        requirePermission(actor(), u"report.generate"_s);
    if (!day.isValid())
        fail(ErrorCode::BadInput, u"report: field 'date': not a valid date"_s);

    DailyHealthReport r;
    r.day = day;
    {
        QSqlQuery q = db().exec(u"SELECT code, name, name_zh, timezone FROM sites ORDER BY id LIMIT 1"_s);
        if (!q.next())
            fail(ErrorCode::NotFound, u"report: no site is set up in %1 (run 'guardlinectl demo' or import a layout)"_s.arg(db().describe()));
        r.siteCode = q.value(0).toString();
        r.siteName = q.value(1).toString();
        r.siteNameZh = q.value(2).toString();
        r.timeZone = q.value(3).toString();
    }
    const QTimeZone tz(r.timeZone.toUtf8());
    if (!tz.isValid())
        fail(ErrorCode::BadInput, u"sites: site %1: field 'timezone': unknown time zone '%2'"_s.arg(r.siteCode, r.timeZone));
    const Days span(day, kSpan, tz);
    const int off = kSpan - kSeries; // span index of the first series day
    r.dayStart = span.bounds[kSpan - 1];
    r.dayEnd = span.bounds[kSpan];
    r.asOf = std::min(r.dayEnd, now());
    const QString spanFirst = span.first.toString(Qt::ISODate), dayIso = day.toString(Qt::ISODate);

    // Contractors.
    QHash<qint64, int> indexOf;
    QHash<QString, int> indexOfCode;
    QList<ContractorHealth> &cs = r.contractors;
    {
        QSqlQuery q = db().exec(u"SELECT id, code, name, name_zh FROM contractors ORDER BY code"_s);
        while (q.next()) {
            ContractorHealth c;
            c.code = q.value(1).toString();
            c.name = q.value(2).toString();
            c.nameZh = q.value(3).toString();
            c.qualificationDaily.fill(0.0, kSeries);
            c.violationsDaily.fill(0, kSeries);
            c.dueDaily.fill(0, kSeries);
            c.onTimeDaily.fill(0, kSeries);
            c.conflictsDaily.fill(0, kSeries);
            indexOf.insert(q.value(0).toLongLong(), int(cs.size()));
            indexOfCode.insert(c.code, int(cs.size()));
            cs << c;
        }
    }
    const qsizetype n = cs.size();

    // Qualification: documents and worker certificates, weighed as of each day of the series.
    std::vector<double> weight(size_t(n) * kSeries, 0.0), count(size_t(n) * kSeries, 0.0);
    auto weigh = [&](int c, QDate issued, QDate expires, bool document) {
        for (int i = 0; i < kSeries; ++i) {
            const QDate d = span.first.addDays(off + i);
            if (issued.isValid() && issued > d)
                continue;
            const double w = weightOf(expires, d);
            weight[size_t(c) * kSeries + i] += w;
            count[size_t(c) * kSeries + i] += 1;
            if (i == kSeries - 1) {
                ContractorHealth &h = cs[c];
                (document ? h.docsTotal : h.certsTotal) += 1;
                if (w == 0.0)
                    (document ? h.docsExpired : h.certsExpired) += 1;
                else if (w == 0.5)
                    (document ? h.docsExpiring : h.certsExpiring) += 1;
            }
        }
    };
    QHash<int, QList<ExpiredDocument>> expiredOf;
    {
        // Documents current at the report time: a renewal (issue #5) supersedes the document it replaces.
        QSqlQuery q = db().exec(u"SELECT contractor_id, issued_on, expires_on, kind, file_name FROM contractor_documents "
                                "WHERE superseded_at IS NULL OR superseded_at > ?"_s,
                                {r.asOf});
        QHash<int, QSet<QString>> kindsOf;
        while (q.next()) {
            const int c = indexOf.value(q.value(0).toLongLong(), -1);
            if (c < 0)
                continue;
            const QDate issued = isoDate(q.value(1)), expires = isoDate(q.value(2));
            kindsOf[c].insert(q.value(3).toString());
            weigh(c, issued, expires, true);
            if (expires.isValid() && expires < day && !(issued.isValid() && issued > day))
                expiredOf[c] << ExpiredDocument{cs[c].code, q.value(3).toString(), q.value(4).toString(), expires};
        }
        // A required document that does not exist (issue #5: e.g. an unsigned HSE agreement) weighs as an
        // expired one and is listed with the expired documents, file "(missing)".
        for (int c = 0; c < n; ++c)
            for (const QString &kind : {u"business_licence"_s, u"qualification"_s, u"injury_insurance"_s, u"hse_agreement"_s})
                if (!kindsOf.value(c).contains(kind)) {
                    weigh(c, QDate(), QDate(1970, 1, 1), true);
                    expiredOf[c] << ExpiredDocument{cs[c].code, kind, u"(missing)"_s, QDate()};
                }
    }
    {
        QSqlQuery q = db().exec(u"SELECT p.contractor_id, c.issued_on, c.expires_on FROM certificates c "
                                "JOIN people p ON p.id = c.person_id WHERE p.contractor_id IS NOT NULL"_s);
        while (q.next()) {
            const int c = indexOf.value(q.value(0).toLongLong(), -1);
            if (c >= 0)
                weigh(c, isoDate(q.value(1)), isoDate(q.value(2)), false);
        }
    }
    for (int c = 0; c < n; ++c) {
        for (int i = 0; i < kSeries; ++i) {
            const size_t k = size_t(c) * kSeries + i;
            cs[c].qualificationDaily[i] = count[k] > 0 ? 100.0 * weight[k] / count[k] : 0.0;
        }
        cs[c].qualification = cs[c].qualificationDaily.last();
    }

    // Work areas per day: (span day, area) -> contractors holding a permit there that day. (Rosters are
    // not used: a contractor's crews are spread over most areas, which would attribute every hazard to all.)
    QHash<quint64, QSet<int>> workers;
    auto key = [](int dayIndex, qint64 area) { return (quint64(dayIndex) << 40) | quint64(area); };
    {
        QSqlQuery q = db().exec(u"SELECT p.contractor_id, s.work_date, p.id FROM shift_assignments s "
                                "JOIN people p ON p.id = s.person_id WHERE p.contractor_id IS NOT NULL AND s.work_date >= ? AND s.work_date <= ?"_s,
                                {spanFirst, dayIso});
        QHash<int, QSet<qint64>> onShift;
        while (q.next()) {
            const int c = indexOf.value(q.value(0).toLongLong(), -1);
            const int i = int(span.first.daysTo(isoDate(q.value(1))));
            if (c < 0 || i < 0 || i >= kSpan)
                continue;
            if (i == kSpan - 1)
                onShift[c].insert(q.value(2).toLongLong());
        }
        for (auto it = onShift.cbegin(); it != onShift.cend(); ++it) {
            cs[it.key()].workersOnShift = int(it.value().size());
            r.expiredDocuments << expiredOf.value(it.key());
        }
    }
    std::vector<conflicts::PermitSet> permitsOfDay(kSeries);
    {
        QSqlQuery q = db().exec(u"SELECT p.code, p.type, c.code, p.contractor_id, p.area_id, p.polygon, p.z_min, p.z_max, p.starts_at, p.ends_at "
                                "FROM permits p LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.state IN "_s
                                    + kAuthorised + u" AND p.starts_at < ? AND p.ends_at > ?"_s,
                                {span.bounds.back(), span.bounds.front()});
        while (q.next()) {
            const qint64 start = q.value(8).toLongLong(), end = q.value(9).toLongLong();
            const int c = q.value(3).isNull() ? -1 : indexOf.value(q.value(3).toLongLong(), -1);
            const int first = std::max(0, span.indexOf(std::max(start, span.bounds.front())));
            const int last = end >= span.bounds.back() ? kSpan - 1 : span.indexOf(end - 1);
            std::optional<conflicts::Permit> permit;
            for (int i = first; i <= last && i >= 0; ++i) {
                if (c >= 0)
                    workers[key(i, q.value(4).toLongLong())].insert(c);
                if (i < off)
                    continue;
                if (!permit)
                    permit = toEnginePermit(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(5).toString(),
                                            q.value(6).toDouble(), q.value(7).toDouble(), start, end);
                permitsOfDay[size_t(i - off)].push_back(*permit);
            }
        }
        r.activePermits = int(permitsOfDay.back().size());
    }

    // Hazards: violations by report day, timeliness by deadline day.
    {
        QSqlQuery q = db().exec(u"SELECT category, area_id, reported_at, deadline_at, closed_at FROM hazards "
                                "WHERE (reported_at >= ? AND reported_at < ?) OR (deadline_at >= ? AND deadline_at < ?)"_s,
                                {span.bounds.front(), span.bounds.back(), span.bounds[off], span.bounds.back()});
        while (q.next()) {
            const int ri = span.indexOf(q.value(2).toLongLong());
            if (ri < 0)
                continue;
            const QSet<int> attributed = workers.value(key(ri, q.value(1).toLongLong()));
            if (attributed.isEmpty())
                continue;
            const QString category = q.value(0).toString();
            const bool violation = category == u"behaviour"_s || category == u"ppe"_s;
            const qint64 deadline = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
            const qint64 closed = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
            const int di = deadline < 0 ? -1 : span.indexOf(deadline);
            const bool due = di >= off && (deadline <= r.asOf || (closed >= 0 && closed <= r.asOf));
            const bool onTime = closed >= 0 && closed <= deadline && closed <= r.asOf;
            for (int c : attributed) {
                if (violation && ri >= off)
                    cs[c].violationsDaily[ri - off] += 1;
                if (due) {
                    cs[c].dueDaily[di - off] += 1;
                    cs[c].onTimeDaily[di - off] += onTime ? 1 : 0;
                }
            }
        }
    }

    // Cross-work conflicts of each day's permits.
    for (int i = 0; i < kSeries; ++i) {
        const std::vector<conflicts::Conflict> found = conflicts::findConflicts(permitsOfDay[size_t(i)], siteSimopsRules());
        QHash<QString, QString> contractorOf;
        for (const conflicts::Permit &p : permitsOfDay[size_t(i)])
            contractorOf.insert(p.id, p.contractor);
        for (const conflicts::Conflict &k : found) {
            QSet<int> involved;
            for (const QString &id : {k.a, k.b}) {
                const int c = indexOfCode.value(contractorOf.value(id), -1);
                if (c >= 0)
                    involved.insert(c);
            }
            for (int c : involved) {
                cs[c].conflictsDaily[i] += 1;
                if (i == kSeries - 1)
                    cs[c].conflictPairs << u"%1 × %2 (%3)"_s.arg(k.a, k.b, conflicts::conflictKindName(k.kind));
            }
        }
    }

    auto sum = [](const QList<int> &v, int lastDays) {
        int s = 0;
        for (qsizetype i = v.size() - lastDays; i < v.size(); ++i)
            s += v[i];
        return s;
    };
    for (ContractorHealth &c : cs) {
        c.violations = c.violationsDaily.last();
        c.violations7 = sum(c.violationsDaily, 7);
        c.violations30 = sum(c.violationsDaily, kSeries);
        c.due7 = sum(c.dueDaily, 7);
        c.onTime7 = sum(c.onTimeDaily, 7);
        c.due30 = sum(c.dueDaily, kSeries);
        c.onTime30 = sum(c.onTimeDaily, kSeries);
        c.conflicts = c.conflictsDaily.last();
        const double timely = ContractorHealth::rate(c.onTime30, c.due30);
        c.health = 0.4 * c.qualification + 0.3 * (timely < 0 ? 100.0 : timely) + 0.15 * std::max(0.0, 100.0 - 20.0 * c.violations7)
            + 0.15 * std::max(0.0, 100.0 - 50.0 * c.conflicts);
    }
    std::stable_sort(cs.begin(), cs.end(), [](const ContractorHealth &a, const ContractorHealth &b) { return a.health < b.health; });
    std::sort(r.expiredDocuments.begin(), r.expiredDocuments.end(), [](const ExpiredDocument &a, const ExpiredDocument &b) {
        return std::tie(a.contractor, a.expiresOn) < std::tie(b.contractor, b.expiresOn);
    });

    // Site-day facts as of the end of the day (or now, for today).
    {
        QSqlQuery q = db().exec(u"SELECT h.code, h.category, a.code, h.state, h.deadline_at FROM hazards h JOIN areas a ON a.id = h.area_id "
                                "WHERE h.reported_at < ? AND h.deadline_at IS NOT NULL AND h.deadline_at < ? AND (h.closed_at IS NULL "
                                "OR h.closed_at > ? OR h.state NOT IN ('closed','reinspected')) ORDER BY h.deadline_at, h.code"_s,
                                {r.asOf, r.asOf, r.asOf});
        while (q.next())
            r.overdueHazards << OverdueHazard{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toLongLong()};
    }
    {
        QSqlQuery q = db().exec(u"SELECT o.code, i.target, i.text, i.issued_at, i.ack_due_at FROM instructions i "
                                "LEFT JOIN dispatch_orders o ON o.id = i.order_id WHERE i.issued_at < ? AND (i.acked_at IS NULL OR i.acked_at > ?) "
                                "ORDER BY i.issued_at"_s,
                                {r.asOf, r.asOf});
        while (q.next())
            r.unacknowledged << PendingInstruction{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toLongLong(), q.value(4).toLongLong()};
    }
    {
        // The phases of CONTRACTS.md 6.4, by the one definition (incidentPhases), in ms; -1 until reached.
        auto ms = [](const std::optional<double> &s) -> qint64 { return s ? qint64(std::llround(*s * 1000.0)) : -1; };
        std::vector<double> totals(kSeries, 0.0), counts(kSeries, 0.0);
        QSqlQuery q = db().exec(u"SELECT o.code, a.code, o.title, o.state, o.detected_at, o.raised_at, o.verified_at, o.responded_at, "
                                "o.confirmed_at FROM dispatch_orders o LEFT JOIN areas a ON a.id = o.area_id "
                                "WHERE o.detected_at >= ? AND o.detected_at < ? ORDER BY o.detected_at, o.code"_s,
                                {span.bounds[off], span.bounds.back()});
        while (q.next()) {
            Interruption it{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toLongLong()};
            auto at = [&q](int i) -> std::optional<qint64> {
                return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
            };
            const IncidentPhases p = incidentPhases(IncidentTimes{at(4), at(5), at(6), at(7), at(8)});
            it.detect = ms(p.detect);
            it.verify = ms(p.verify);
            it.respond = ms(p.respond);
            it.confirm = ms(p.confirm);
            it.total = ms(p.total);
            const int i = span.indexOf(it.detectedAt) - off;
            if (it.total >= 0 && i >= 0) {
                totals[size_t(i)] += double(it.total) / 1000.0;
                counts[size_t(i)] += 1;
            }
            if (it.detectedAt >= r.dayStart)
                r.interruptions << it;
        }
        for (int i = 0; i < kSeries; ++i)
            r.meanInterruptionDaily << (counts[size_t(i)] > 0 ? totals[size_t(i)] / counts[size_t(i)] : -1.0);
    }
    {
        QSqlQuery q = db().exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        if (q.next()) {
            r.auditSeq = q.value(0).toLongLong();
            r.auditHash = q.value(1).toString();
        } else {
            r.auditHash = QString::fromLatin1(AuditLog::genesisHash);
        }
    }
    return r;
}

qint64 ContractorHealthService::archive(QDate day, const QString &fileName, const QString &sha256Hex)
{
    require(u"report.generate"_s);
    Transaction tx(db());
    audit(u"report.generate"_s, u"report"_s, u"daily-"_s + day.toString(Qt::ISODate),
          QJsonObject{{u"sha256"_s, sha256Hex}, {u"file"_s, fileName}});
    const qint64 seq = db().scalar(u"SELECT max(seq) FROM audit_log"_s).toLongLong();
    tx.commit();
    return seq;
}

} // namespace gl
