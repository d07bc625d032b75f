// SPDX-License-Identifier: Apache-2.0
#include "modules/workspace/logic/ViewRows.h"
#include "platform/services/TableColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
using Columns = TableColumns;
constexpr auto str = &TableColumns::str;
constexpr auto number = &TableColumns::number;
constexpr auto maybe = &TableColumns::maybe;
constexpr auto maybeReal = &TableColumns::maybeReal;
} // namespace

QList<AlarmRow> AlarmRow::fromTable(const Table &t)
{
    const Columns c(t, u"alarms"_s);
    const int id = c(u"id"_s), severity = c(u"severity"_s), state = c(u"state"_s), rule = c(u"rule"_s), tag = c(u"tag"_s),
              area = c(u"area"_s), message = c(u"message"_s), raisedAt = c(u"raised_at"_s), ackedBy = c(u"acked_by"_s),
              rowVersion = c(u"row_version"_s);
    QList<AlarmRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({number(r, id), str(r, severity), str(r, state), str(r, rule), str(r, tag), str(r, area), str(r, message),
                    number(r, raisedAt), str(r, ackedBy), number(r, rowVersion)});
    return out;
}

QList<OrderRow> OrderRow::fromTable(const Table &t)
{
    const Columns c(t, u"orders"_s);
    const int code = c(u"code"_s), state = c(u"state"_s), priority = c(u"priority"_s), title = c(u"title"_s), area = c(u"area"_s),
              assignee = c(u"assignee"_s), assigneeUser = c(u"assignee_user"_s), note = c(u"note"_s), createdAt = c(u"created_at"_s),
              dueAt = c(u"due_at"_s), level = c(u"escalation_level"_s), alarm = c(u"alarm"_s), detectedAt = c(u"detected_at"_s),
              raisedAt = c(u"raised_at"_s), verifiedAt = c(u"verified_at"_s), respondedAt = c(u"responded_at"_s),
              confirmedAt = c(u"confirmed_at"_s), assignedAt = c(u"assigned_at"_s), acceptedAt = c(u"accepted_at"_s),
              resolvedAt = c(u"resolved_at"_s), rowVersion = c(u"row_version"_s);
    QList<OrderRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows) {
        OrderRow o;
        o.code = str(r, code);
        o.state = str(r, state);
        o.priority = str(r, priority);
        o.title = str(r, title);
        o.area = str(r, area);
        o.assignee = str(r, assignee);
        o.assigneeUser = str(r, assigneeUser);
        o.note = str(r, note);
        o.createdAt = number(r, createdAt);
        o.dueAt = maybe(r, dueAt);
        o.escalationLevel = r.value(level).toInt();
        o.alarmId = maybe(r, alarm);
        o.times = IncidentTimes{maybe(r, detectedAt), maybe(r, raisedAt), maybe(r, verifiedAt), maybe(r, respondedAt),
                                maybe(r, confirmedAt)};
        o.assignedAt = maybe(r, assignedAt);
        o.acceptedAt = maybe(r, acceptedAt);
        o.resolvedAt = maybe(r, resolvedAt);
        o.rowVersion = number(r, rowVersion);
        out.append(std::move(o));
    }
    return out;
}

QList<PermitRow> PermitRow::fromTable(const Table &t)
{
    const Columns c(t, u"permits"_s);
    const int code = c(u"code"_s), type = c(u"type"_s), grade = c(u"grade"_s), state = c(u"state"_s), contractor = c(u"contractor"_s),
              area = c(u"area"_s), title = c(u"title"_s), startsAt = c(u"starts_at"_s), endsAt = c(u"ends_at"_s),
              workers = c(u"workers"_s), polygon = c(u"polygon"_s), zMin = c(u"z_min"_s), zMax = c(u"z_max"_s),
              rowVersion = c(u"row_version"_s);
    QList<PermitRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows) {
        PermitRow p;
        p.code = str(r, code);
        p.type = str(r, type);
        p.grade = str(r, grade);
        p.state = str(r, state);
        p.contractor = str(r, contractor);
        p.area = str(r, area);
        p.title = str(r, title);
        p.startsAt = number(r, startsAt);
        p.endsAt = number(r, endsAt);
        p.workers = r.value(workers).toInt();
        for (const QJsonValue &pt : QJsonDocument::fromJson(str(r, polygon).toUtf8()).array())
            p.polygon << QPointF(pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble());
        p.zMin = r.value(zMin).toDouble();
        p.zMax = r.value(zMax).toDouble();
        p.rowVersion = number(r, rowVersion);
        out.append(std::move(p));
    }
    return out;
}

QList<HazardRow> HazardRow::fromTable(const Table &t)
{
    const Columns c(t, u"hazards"_s);
    const int code = c(u"code"_s), category = c(u"category"_s), grade = c(u"grade"_s), state = c(u"state"_s), area = c(u"area"_s),
              equipment = c(u"equipment"_s), description = c(u"description"_s), reportedAt = c(u"reported_at"_s),
              deadlineAt = c(u"deadline_at"_s), assignee = c(u"assignee"_s), x = c(u"x"_s), y = c(u"y"_s), z = c(u"z"_s),
              rowVersion = c(u"row_version"_s);
    QList<HazardRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, category), str(r, grade), str(r, state), str(r, area), str(r, equipment),
                    str(r, description), number(r, reportedAt), maybe(r, deadlineAt), str(r, assignee), r.value(x).toDouble(),
                    r.value(y).toDouble(), r.value(z).toDouble(), number(r, rowVersion)});
    return out;
}

QList<InstructionRow> InstructionRow::fromTable(const Table &t)
{
    const Columns c(t, u"instructions"_s);
    const int id = c(u"id"_s), target = c(u"target"_s), txt = c(u"text"_s), kind = c(u"kind"_s), reason = c(u"reason"_s),
              issuedBy = c(u"issued_by"_s), issuedAt = c(u"issued_at"_s), ackDueAt = c(u"ack_due_at"_s), ackedAt = c(u"acked_at"_s),
              sentAt = c(u"sent_at"_s), ackedBy = c(u"acked_by"_s), sentVia = c(u"sent_via"_s), sendError = c(u"send_error"_s);
    QList<InstructionRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({number(r, id), str(r, target), str(r, txt), str(r, kind), str(r, reason), str(r, issuedBy),
                    number(r, issuedAt), maybe(r, ackDueAt), maybe(r, ackedAt), maybe(r, sentAt), str(r, ackedBy),
                    str(r, sentVia), str(r, sendError)});
    return out;
}

QList<PersonOnSite> PersonOnSite::fromTable(const Table &t)
{
    const Columns c(t, u"people on site"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), contractor = c(u"contractor"_s), x = c(u"x"_s), y = c(u"y"_s), at = c(u"at"_s);
    QList<PersonOnSite> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), str(r, contractor), maybeReal(r, x), maybeReal(r, y), number(r, at)});
    return out;
}

QList<OrderStepRow> OrderStepRow::fromTable(const Table &t)
{
    const Columns c(t, u"order steps"_s);
    const int order = c(u"order"_s), seq = c(u"seq"_s), procedure = c(u"procedure"_s), titleEn = c(u"title_en"_s),
              titleZh = c(u"title_zh"_s), key = c(u"key"_s), textEn = c(u"text_en"_s), textZh = c(u"text_zh"_s), state = c(u"state"_s),
              markedAt = c(u"marked_at"_s), markedBy = c(u"marked_by"_s), reason = c(u"reason"_s), outOfOrder = c(u"out_of_order"_s);
    QList<OrderStepRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, order), r.value(seq).toInt(), str(r, procedure), str(r, titleEn), str(r, titleZh), str(r, key),
                    str(r, textEn), str(r, textZh), str(r, state), maybe(r, markedAt), str(r, markedBy), str(r, reason),
                    r.value(outOfOrder).toInt() != 0});
    return out;
}

QList<ContractorRow> ContractorRow::fromTable(const Table &t)
{
    const Columns c(t, u"contractors"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), nameZh = c(u"name_zh"_s), trade = c(u"trade"_s), creditCode = c(u"credit_code"_s),
              status = c(u"status"_s), workers = c(u"workers"_s), documents = c(u"documents"_s), reasons = c(u"reasons"_s);
    QList<ContractorRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), str(r, nameZh), str(r, trade), str(r, creditCode), str(r, status),
                    r.value(workers).toInt(), str(r, documents), str(r, reasons).split(u"; "_s, Qt::SkipEmptyParts)});
    return out;
}

QList<PersonRow> PersonRow::fromTable(const Table &t)
{
    const Columns c(t, u"people"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), kind = c(u"kind"_s), contractor = c(u"contractor"_s), job = c(u"job"_s),
              briefingOn = c(u"briefing_on"_s), whitelisted = c(u"whitelisted"_s), certificates = c(u"certificates"_s),
              leftOn = c(u"left_on"_s), companyDocuments = c(u"company_documents"_s);
    QList<PersonRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), str(r, kind), str(r, contractor), str(r, job), str(r, briefingOn),
                    r.value(whitelisted).toBool(), str(r, certificates), str(r, leftOn), str(r, companyDocuments)});
    return out;
}

QList<CameraRow> CameraRow::fromTable(const Table &t)
{
    const Columns c(t, u"cameras"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), area = c(u"area"_s);
    QList<CameraRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), str(r, area)});
    return out;
}

} // namespace gl
