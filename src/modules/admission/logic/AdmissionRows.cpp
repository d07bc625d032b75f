// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/AdmissionRows.h"
#include "platform/services/TableColumns.h"

using namespace Qt::StringLiterals;

namespace gl {
namespace {
using Columns = TableColumns;
constexpr auto str = &TableColumns::str;
constexpr auto number = &TableColumns::number;
constexpr auto maybe = &TableColumns::maybe;
int integer(const QVariantList &row, int c) { return row.value(c).toInt(); }
} // namespace

QList<ContractorDocumentRow> ContractorDocumentRow::fromTable(const Table &t)
{
    const Columns c(t, u"contractor documents"_s);
    const int id = c(u"id"_s), kind = c(u"kind"_s), fileName = c(u"file_name"_s), sha256 = c(u"sha256"_s), sizeBytes = c(u"size_bytes"_s),
              pages = c(u"pages"_s), issuedOn = c(u"issued_on"_s), expiresOn = c(u"expires_on"_s), state = c(u"state"_s),
              stored = c(u"stored"_s);
    QList<ContractorDocumentRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({number(r, id), str(r, kind), str(r, fileName), str(r, sha256), number(r, sizeBytes), integer(r, pages),
                    str(r, issuedOn), str(r, expiresOn), str(r, state), r.value(stored).toBool()});
    return out;
}

QList<ContractorTaskRow> ContractorTaskRow::fromTable(const Table &t)
{
    const Columns c(t, u"contractor tasks"_s);
    const int id = c(u"id"_s), kind = c(u"kind"_s), contractor = c(u"contractor"_s), person = c(u"person"_s), object = c(u"object"_s),
              title = c(u"title"_s), titleZh = c(u"title_zh"_s), dueOn = c(u"due_on"_s), state = c(u"state"_s), createdAt = c(u"created_at"_s);
    QList<ContractorTaskRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({number(r, id), str(r, kind), str(r, contractor), str(r, person), str(r, object), str(r, title), str(r, titleZh),
                    str(r, dueOn), str(r, state), number(r, createdAt)});
    return out;
}

QList<GateRow> GateRow::fromTable(const Table &t)
{
    const Columns c(t, u"gates"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), nameZh = c(u"name_zh"_s), area = c(u"area"_s), x = c(u"x"_s), y = c(u"y"_s),
              qrPayload = c(u"qr_payload"_s);
    QList<GateRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), str(r, nameZh), str(r, area), r.value(x).toDouble(), r.value(y).toDouble(), str(r, qrPayload)});
    return out;
}

QList<GateDeviceRow> GateDeviceRow::fromTable(const Table &t)
{
    const Columns c(t, u"gate devices"_s);
    const int code = c(u"code"_s), name = c(u"name"_s), createdAt = c(u"created_at"_s), revokedAt = c(u"revoked_at"_s),
              lastSeenAt = c(u"last_seen_at"_s), checkins = c(u"checkins"_s);
    QList<GateDeviceRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({str(r, code), str(r, name), number(r, createdAt), maybe(r, revokedAt), maybe(r, lastSeenAt), integer(r, checkins)});
    return out;
}

QList<RosterImportRow> RosterImportRow::fromTable(const Table &t)
{
    const Columns c(t, u"roster imports"_s);
    const int id = c(u"id"_s), kind = c(u"kind"_s), source = c(u"source"_s), importedAt = c(u"imported_at"_s), actor = c(u"actor"_s),
              added = c(u"added"_s), removed = c(u"removed"_s), changed = c(u"changed"_s), skipped = c(u"skipped"_s);
    QList<RosterImportRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({number(r, id), str(r, kind), str(r, source), str(r, actor), number(r, importedAt), integer(r, added), integer(r, removed),
                    integer(r, changed), integer(r, skipped)});
    return out;
}

} // namespace gl
