// SPDX-License-Identifier: Apache-2.0
#include "modules/workspace/logic/QueryService.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/ContractorAdmission.h"
#include "platform/store/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
/// `sql`'s rows as a Table of `columns`; with `ids`, each row's id, which the SELECT has after the columns. The partial
/// reads (permitsChanged, ordersChanged…) give their rows the columns, values and order of a full read's, the id
/// breaking ties of the time they are sorted by, so that DataWorker can merge them into one.
Table run(Database &db, const QStringList &columns, const QString &sql, const QVariantList &binds = {}, QList<qint64> *ids = nullptr)
{
    QSqlQuery q = db.exec(sql, binds);
    return tableOf(q, columns, ids);
}
QString worst(const QStringList &states)
{
    if (states.contains(u"expired"_s))
        return u"expired"_s;
    if (states.contains(u"expiring"_s))
        return u"expiring"_s;
    return states.isEmpty() ? u"missing"_s : u"valid"_s;
}
} // namespace


Table QueryService::contractors(QDate today) const
{
    require(u"data.read"_s);
    Table t = run(db(), {u"code"_s, u"name"_s, u"name_zh"_s, u"trade"_s, u"credit_code"_s, u"status"_s, u"workers"_s, u"documents"_s},
                  u"SELECT c.code, c.name, c.name_zh, c.trade, c.credit_code, c.status, "
                  "(SELECT count(*) FROM people p WHERE p.contractor_id = c.id), c.id FROM contractors c ORDER BY c.code"_s);
    for (QVariantList &row : t.rows) {
        QStringList states;
        // Current documents only (a renewal supersedes the old one); a required kind with no document is
        // "missing" (issue #5: an unsigned HSE agreement is as visible as an expired licence).
        QSqlQuery q = db().exec(u"SELECT expires_on, kind FROM contractor_documents WHERE contractor_id = ? AND superseded_at IS NULL"_s, {row[7]});
        QSet<QString> kinds;
        while (q.next()) {
            states << validityOf(QDate::fromString(q.value(0).toString(), Qt::ISODate), today);
            kinds.insert(q.value(1).toString());
        }
        const bool missing = kinds.size() < 4; // ContractorService::documentKinds()
        row[7] = states.contains(u"expired"_s) || !missing ? worst(states) : u"missing"_s;
    }
    // Issue #17: the status is the admission rule's verdict (admitted / not_admitted / suspended) and its reasons.
    const AdmissionConfig config = AdmissionConfig::load();
    const QHash<QString, ContractorStanding> standing = AdmissionRule{config.insuranceMonths, config.warnDays}.all(db(), today);
    t.columns << u"reasons"_s;
    for (QVariantList &row : t.rows) {
        const ContractorStanding s = standing.value(row[0].toString());
        row[5] = s.admitted ? u"admitted"_s : s.suspended ? u"suspended"_s : u"not_admitted"_s;
        row << s.reasons.join(u"; "_s);
    }
    return t;
}

Table QueryService::shifts() const
{
    require(u"data.read"_s);
    return run(db(), {u"code"_s, u"name"_s, u"start"_s, u"end"_s}, u"SELECT code, name, start_time, end_time FROM shifts ORDER BY code"_s);
}

Table QueryService::people(QDate today) const
{
    require(u"data.read"_s);
    Table t = run(db(), {u"code"_s, u"name"_s, u"kind"_s, u"contractor"_s, u"job"_s, u"briefing_on"_s, u"whitelisted"_s, u"certificates"_s, u"left_on"_s},
                  u"SELECT p.code, p.name, p.kind, c.code, p.job, p.briefing_on, p.whitelisted, p.id, p.left_on FROM people p "
                  "LEFT JOIN contractors c ON c.id = p.contractor_id ORDER BY p.code"_s);
    QHash<qint64, QStringList> certs;
    QSqlQuery q = db().exec(u"SELECT person_id, expires_on FROM certificates"_s);
    while (q.next())
        certs[q.value(0).toLongLong()] << validityOf(QDate::fromString(q.value(1).toString(), Qt::ISODate), today);
    // Issue #5: each worker also shows the state of the company's documents (valid / expiring / expired /
    // missing), null for employees.
    QHash<QString, QString> companyDocs;
    const Table c = contractors(today);
    for (const QVariantList &row : c.rows)
        companyDocs.insert(row[0].toString(), row[c.column(u"documents"_s)].toString());
    t.columns << u"company_documents"_s;
    for (QVariantList &row : t.rows) {
        const QStringList s = certs.value(row[7].toLongLong());
        row[7] = s.isEmpty() ? u"none"_s : worst(s);
        row << (row[3].isNull() || row[3].toString().isEmpty() ? QVariant() : QVariant(companyDocs.value(row[3].toString())));
    }
    return t;
}

namespace {
/// `WHERE id > afterId OR code IN (codes)` on `alias`, its values appended to `binds`.
QString changedWhere(const QString &alias, qint64 afterId, const QStringList &codes, QVariantList &binds)
{
    binds << afterId;
    QString where = u"WHERE %1.id > ?"_s.arg(alias);
    if (!codes.isEmpty())
        where += u" OR "_s + sqlIn(alias + u".code"_s, QVariantList(codes.cbegin(), codes.cend()), binds);
    return where;
}

Table runPermits(Database &db, const QString &where, const QVariantList &binds, QList<qint64> *ids)
{
    return run(db, {u"code"_s, u"type"_s, u"grade"_s, u"state"_s, u"contractor"_s, u"area"_s, u"title"_s, u"starts_at"_s,
                           u"ends_at"_s, u"workers"_s, u"polygon"_s, u"z_min"_s, u"z_max"_s, u"row_version"_s},
                      u"SELECT p.code, p.type, p.grade, p.state, COALESCE(c.code, 'own'), a.code, p.title, p.starts_at, p.ends_at, "
                      "(SELECT count(*) FROM permit_workers w WHERE w.permit_id = p.id), p.polygon, p.z_min, p.z_max, p.row_version, p.id "
                      "FROM permits p JOIN areas a ON a.id = p.area_id LEFT JOIN contractors c ON c.id = p.contractor_id "_s
                          + where + u" ORDER BY p.starts_at DESC, p.id DESC"_s,
                      binds, ids);
}

Table runHazards(Database &db, const QString &where, const QVariantList &binds, QList<qint64> *ids)
{
    return run(db, {u"code"_s, u"category"_s, u"grade"_s, u"state"_s, u"area"_s, u"equipment"_s, u"description"_s,
                           u"reported_at"_s, u"deadline_at"_s, u"assignee"_s, u"x"_s, u"y"_s, u"z"_s, u"row_version"_s},
                      u"SELECT h.code, h.category, h.grade, h.state, a.code, e.code, h.description, h.reported_at, h.deadline_at, "
                      "p.name, h.x, h.y, h.z, h.row_version, h.id FROM hazards h JOIN areas a ON a.id = h.area_id "
                      "LEFT JOIN equipment e ON e.id = h.equipment_id LEFT JOIN people p ON p.id = h.assignee_id "_s
                          + where + u" ORDER BY h.reported_at DESC, h.id DESC"_s,
                      binds, ids);
}
} // namespace

Table QueryService::permits(QList<qint64> *ids) const
{
    require(u"data.read"_s);
    return runPermits(db(), {}, {}, ids);
}

Table QueryService::permitsChanged(qint64 afterId, const QStringList &codes, QList<qint64> *ids) const
{
    require(u"data.read"_s);
    QVariantList binds;
    const QString where = changedWhere(u"p"_s, afterId, codes, binds);
    return runPermits(db(), where, binds, ids);
}

Table QueryService::hazards(QList<qint64> *ids) const
{
    require(u"data.read"_s);
    return runHazards(db(), {}, {}, ids);
}

Table QueryService::hazardsChanged(qint64 afterId, const QStringList &codes, QList<qint64> *ids) const
{
    require(u"data.read"_s);
    QVariantList binds;
    const QString where = changedWhere(u"h"_s, afterId, codes, binds);
    return runHazards(db(), where, binds, ids);
}

Table QueryService::alarms(int limit) const
{
    require(u"data.read"_s);
    return run(db(), {u"id"_s, u"severity"_s, u"state"_s, u"rule"_s, u"tag"_s, u"area"_s, u"message"_s, u"raised_at"_s, u"acked_by"_s,
                      u"message_zh"_s, u"row_version"_s},
               u"SELECT al.id, al.severity, al.state, al.rule_id, al.tag, a.code, al.message, al.raised_at, al.acked_by, al.message_zh, al.row_version "
               "FROM alarms al LEFT JOIN areas a ON a.id = al.area_id ORDER BY al.raised_at DESC LIMIT ?"_s, {limit});
}

namespace {
// The columns of QueryService::orders() and the SELECT that reads them, with the row's id after the last column.
const QStringList &orderColumns()
{
    static const QStringList columns{u"code"_s, u"state"_s, u"priority"_s, u"title"_s, u"area"_s, u"assignee"_s, u"created_at"_s, u"due_at"_s,
                                     u"detected_at"_s, u"verified_at"_s, u"responded_at"_s, u"confirmed_at"_s, u"escalation_level"_s,
                                     u"raised_at"_s, u"assigned_at"_s, u"accepted_at"_s, u"resolved_at"_s, u"alarm"_s, u"assignee_user"_s, u"note"_s,
                                     u"title_zh"_s, u"row_version"_s};
    return columns;
}
Table runOrders(Database &db, const QString &where, const QVariantList &binds, QList<qint64> *ids)
{
    // Newest first; the id breaks ties so that rows merged into a read (DataWorker) land where a full read puts them.
    return run(db, orderColumns(),
                      u"SELECT o.code, o.state, o.priority, o.title, a.code, u.display_name, o.created_at, o.due_at, o.detected_at, "
                      "o.verified_at, o.responded_at, o.confirmed_at, o.escalation_level, o.raised_at, o.assigned_at, o.accepted_at, "
                      "o.resolved_at, o.alarm_id, u.username, o.note, o.title_zh, o.row_version, o.id FROM dispatch_orders o "
                      "LEFT JOIN areas a ON a.id = o.area_id LEFT JOIN users u ON u.id = o.assignee_id "_s
                          + where + u" ORDER BY o.created_at DESC, o.id DESC"_s,
                      binds, ids);
}
} // namespace

Table QueryService::orders(QList<qint64> *ids) const
{
    require(u"data.read"_s);
    // Phase times (CONTRACTS.md 6.4): detected_at = the condition began, raised_at = the alarm raised, verified_at =
    // the dispatcher's acknowledgement, responded_at = on scene, confirmed_at = confirmed (incidentPhases).
    return runOrders(db(), {}, {}, ids);
}

Table QueryService::ordersChanged(qint64 afterId, const QStringList &codes, const QList<qint64> &alarmIds, QList<qint64> *ids) const
{
    require(u"data.read"_s);
    QVariantList binds;
    QString where = changedWhere(u"o"_s, afterId, codes, binds);
    if (!alarmIds.isEmpty())
        where += u" OR "_s + sqlIn(u"o.alarm_id"_s, QVariantList(alarmIds.cbegin(), alarmIds.cend()), binds);
    return runOrders(db(), where, binds, ids);
}

namespace {
// The SELECT of QueryService::instructions() with `where` before its order: a partial read (instructionsChanged) gives
// its rows the columns, values and order of a full read's, so that DataWorker can merge them into one.
Table runInstructions(Database &db, const QString &where, const QVariantList &binds)
{
    // The id breaks ties of issued_at: rows merged into a read land where a full read puts them.
    return run(db, {u"id"_s, u"target"_s, u"text"_s, u"issued_at"_s, u"ack_due_at"_s, u"acked_at"_s, u"acked_by"_s, u"kind"_s,
                    u"reason"_s, u"issued_by"_s, u"sent_via"_s, u"send_error"_s, u"sent_at"_s, u"text_zh"_s},
               u"SELECT id, target, text, issued_at, ack_due_at, acked_at, acked_by, kind, reason, issued_by, sent_via, send_error, "
               "sent_at, text_zh FROM instructions "_s
                   + where + u" ORDER BY issued_at DESC, id DESC"_s,
               binds);
}
} // namespace

Table QueryService::instructions() const
{
    require(u"data.read"_s);
    return runInstructions(db(), {}, {});
}

Table QueryService::instructionsChanged(qint64 afterId, const QList<qint64> &ids) const
{
    require(u"data.read"_s);
    QStringList terms{u"id > ?"_s};
    QVariantList binds{afterId};
    if (!ids.isEmpty())
        terms << sqlIn(u"id"_s, QVariantList(ids.cbegin(), ids.cend()), binds);
    return runInstructions(db(), u"WHERE "_s + terms.join(u" OR "_s), binds);
}

Table QueryService::cameras() const
{
    require(u"data.read"_s);
    // The URL is not part of the view: it may carry credentials.
    return run(db(), {u"code"_s, u"name"_s, u"area"_s},
               u"SELECT c.code, c.name, a.code FROM cameras c LEFT JOIN areas a ON a.id = c.area_id ORDER BY c.code"_s);
}

Table QueryService::auditTrail(int limit) const
{
    require(u"audit.read"_s);
    return run(db(), {u"seq"_s, u"ts_utc"_s, u"actor"_s, u"action"_s, u"object_type"_s, u"object_id"_s, u"area"_s, u"details"_s},
               u"SELECT seq, ts_utc, actor, action, object_type, object_id, area, details FROM audit_log ORDER BY seq DESC LIMIT ?"_s,
               {limit});
}

SiteSummary QueryService::summary(QDate today) const
{
    SiteSummary s;
    updateSummary(s, today, SiteSummary::AllCounts);
    return s;
}

void QueryService::updateSummary(SiteSummary &s, QDate today, unsigned counts) const
{
    require(u"data.read"_s);
    if (counts & SiteSummary::Hazards) {
        s.openHazards = db().scalar(u"SELECT count(*) FROM hazards WHERE state NOT IN ('closed','reinspected')"_s).toInt();
        s.overdueHazards = db().scalar(u"SELECT count(*) FROM hazards WHERE state NOT IN ('closed','reinspected') "
                                       "AND deadline_at IS NOT NULL AND deadline_at < ?"_s, {now()}).toInt();
    }
    if (counts & SiteSummary::Permits)
        s.activePermits = db().scalar(u"SELECT count(*) FROM permits WHERE state = 'active'"_s).toInt();
    if (counts & SiteSummary::Alarms)
        s.unackedAlarms = db().scalar(u"SELECT count(*) FROM alarms WHERE state IN ('unacknowledged','returned')"_s).toInt();
    if (counts & SiteSummary::Orders)
        s.openOrders = db().scalar(u"SELECT count(*) FROM dispatch_orders WHERE state NOT IN ('confirmed','cancelled')"_s).toInt();
    if (counts & SiteSummary::Instructions)
        s.pendingInstructions = db().scalar(u"SELECT count(*) FROM instructions WHERE acked_at IS NULL"_s).toInt();
    if (counts & SiteSummary::Contractors)
        s.contractorsWithExpired = db().scalar(u"SELECT count(DISTINCT contractor_id) FROM contractor_documents WHERE superseded_at IS NULL AND expires_on < ?"_s,
                                               {today.toString(Qt::ISODate)}).toInt();
}

Table QueryService::onSite() const
{
    return CheckinService(m_ctx).onSite();
}

} // namespace gl
