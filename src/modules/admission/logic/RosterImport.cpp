// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/RosterImport.h"
#include "platform/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

using Dates = AdmissionBase;

QJsonObject rowJson(const QString &kind, const sdk::RosterRow &r)
{
    if (kind == u"whitelist"_s)
        return {{u"worker"_s, r.worker}, {u"contractor"_s, r.contractor}, {u"card"_s, r.card}, {u"valid_until"_s, Dates::iso(r.validUntil)}};
    return {{u"worker"_s, r.worker}, {u"day"_s, Dates::iso(r.day)}, {u"shift"_s, r.shift}, {u"area"_s, r.area}};
}
QString rowKey(const QString &kind, const QJsonObject &o)
{
    return kind == u"whitelist"_s ? o.value(u"worker"_s).toString()
                                  : o.value(u"worker"_s).toString() + u" @ "_s + o.value(u"day"_s).toString();
}

} // namespace

RosterDiff RosterImport::previewRoster(const QString &kind, const QList<sdk::RosterRow> &rows) const
{
    require(u"data.read"_s);
    if (kind != u"whitelist"_s && kind != u"shifts"_s)
        fail(ErrorCode::BadInput, u"roster kind '%1' is not whitelist or shifts"_s.arg(kind));
    RosterDiff diff;
    QMap<QString, QJsonObject> now_;
    for (const sdk::RosterRow &r : rows) {
        QString error = r.error;
        if (error.isEmpty()) {
            QSqlQuery q = db().exec(u"SELECT p.kind, c.code FROM people p LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s,
                                    {r.worker});
            if (!q.next())
                error = u"field 'worker': unknown worker '%1'"_s.arg(r.worker);
            else if (kind == u"whitelist"_s && !r.contractor.isEmpty() && q.value(1).toString() != r.contractor)
                error = u"field 'contractor': worker '%1' belongs to '%2', not '%3'"_s.arg(r.worker, q.value(1).toString(), r.contractor);
            q.finish();
            if (error.isEmpty() && kind == u"shifts"_s) {
                if (!db().scalar(u"SELECT id FROM shifts WHERE code = ?"_s, {r.shift}).isValid())
                    error = u"field 'shift': unknown shift '%1'"_s.arg(r.shift);
                else if (!r.area.isEmpty() && !db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {r.area}).isValid())
                    error = u"field 'area': unknown area '%1'"_s.arg(r.area);
            }
        }
        const QJsonObject o = rowJson(kind, r);
        if (error.isEmpty() && now_.contains(rowKey(kind, o)))
            error = u"field 'worker': '%1' is listed twice"_s.arg(rowKey(kind, o));
        if (!error.isEmpty()) {
            diff.skipped << u"line %1: %2"_s.arg(r.line).arg(error);
            continue;
        }
        now_.insert(rowKey(kind, o), o);
    }
    diff.accepted = int(now_.size());
    diff.hasPrevious = db().scalar(u"SELECT id FROM roster_imports WHERE kind = ? ORDER BY id DESC LIMIT 1"_s, {kind}).isValid();
    // The differences are against the live table, i.e. exactly what the import would change (issue #18:
    // diffing against the last import's rows hid the removals a truncated file would make when the table
    // had changed since). The whitelist: every contractor worker whitelisted now (the import takes the flag
    // off those not listed). Shifts: the assignments of the days the roster lists (the import replaces them).
    QMap<QString, QJsonObject> before;
    if (kind == u"whitelist"_s) {
        QSqlQuery q = db().exec(u"SELECT p.code, c.code, p.card_no, p.whitelist_until FROM people p "
                                "LEFT JOIN contractors c ON c.id = p.contractor_id "
                                "WHERE p.kind = 'contractor_worker' AND p.whitelisted = 1"_s);
        while (q.next()) {
            const QJsonObject o{{u"worker"_s, q.value(0).toString()}, {u"contractor"_s, q.value(1).toString()},
                                {u"card"_s, q.value(2).toString()}, {u"valid_until"_s, q.value(3).toString()}};
            before.insert(rowKey(kind, o), o);
        }
    } else {
        QSet<QString> days;
        for (const QJsonObject &o : std::as_const(now_))
            days.insert(o.value(u"day"_s).toString());
        for (const QString &day : std::as_const(days)) {
            QSqlQuery q = db().exec(u"SELECT p.code, sa.work_date, s.code, a.code FROM shift_assignments sa "
                                    "JOIN people p ON p.id = sa.person_id JOIN shifts s ON s.id = sa.shift_id "
                                    "LEFT JOIN areas a ON a.id = sa.area_id WHERE sa.work_date = ?"_s,
                                    {day});
            while (q.next()) {
                const QJsonObject o{{u"worker"_s, q.value(0).toString()}, {u"day"_s, q.value(1).toString()},
                                    {u"shift"_s, q.value(2).toString()}, {u"area"_s, q.value(3).toString()}};
                before.insert(rowKey(kind, o), o);
            }
        }
    }
    for (auto it = now_.cbegin(); it != now_.cend(); ++it) {
        if (!before.contains(it.key())) {
            diff.added << it.key();
            continue;
        }
        QStringList what;
        const QJsonObject b = before.value(it.key());
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            if (f.key() == u"contractor"_s)
                continue; // a cross-check of the file (a mismatch is a skipped row), not something the import sets
            if (b.value(f.key()) != f.value())
                what << u"%1 %2 → %3"_s.arg(f.key(), b.value(f.key()).toString(), f.value().toString());
        }
        if (!what.isEmpty())
            diff.changed << it.key() + u": "_s + what.join(u", "_s);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now_.contains(it.key()))
            diff.removed << it.key();
    return diff;
}

RosterDiff RosterImport::importRoster(const QString &kind, const QString &source, const QList<sdk::RosterRow> &rows, bool confirmed)
{
    require(u"admission.import"_s);
    const RosterDiff diff = previewRoster(kind, rows);
    const QString object = kind == u"whitelist"_s ? u"whitelist"_s : u"shift-roster"_s;
    if (!diff.skipped.isEmpty() && !confirmed)
        refuse(u"roster.import.refuse"_s, u"roster"_s, object,
               {{u"source"_s, source}, {u"kind"_s, kind}, {u"skipped"_s, QJsonArray::fromStringList(diff.skipped)}}, ErrorCode::BadInput,
               u"%1: %2 malformed row(s), nothing imported (confirm to import the %3 good rows): %4"_s.arg(source)
                   .arg(diff.skipped.size())
                   .arg(diff.accepted)
                   .arg(diff.skipped.join(u"; "_s)));
    if (diff.accepted == 0)
        refuse(u"roster.import.refuse"_s, u"roster"_s, object, {{u"source"_s, source}, {u"kind"_s, kind}}, ErrorCode::BadInput,
               u"%1: no valid rows, nothing imported"_s.arg(source));
    // The good rows, in the shape the diff used.
    QJsonArray entries;
    QSet<QString> seen;
    QList<sdk::RosterRow> good;
    const QSet<QString> skippedLines = [&] {
        QSet<QString> s;
        for (const QString &line : diff.skipped)
            s.insert(line.section(u':', 0, 0));
        return s;
    }();
    for (const sdk::RosterRow &r : rows) {
        if (skippedLines.contains(u"line %1"_s.arg(r.line)))
            continue;
        const QJsonObject o = rowJson(kind, r);
        if (seen.contains(rowKey(kind, o)))
            continue;
        seen.insert(rowKey(kind, o));
        entries.append(o);
        good << r;
    }
    Transaction tx(db());
    if (kind == u"whitelist"_s) {
        // The access-control whitelist is authoritative for contractor workers: those not on it are off.
        db().exec(u"UPDATE people SET whitelisted = 0, card_no = NULL, whitelist_until = NULL WHERE kind = 'contractor_worker'"_s);
        for (const sdk::RosterRow &r : std::as_const(good))
            db().exec(u"UPDATE people SET whitelisted = 1, card_no = ?, whitelist_until = ? WHERE code = ?"_s,
                      {r.card.isEmpty() ? QVariant() : QVariant(r.card), isoOrNull(r.validUntil), r.worker});
    } else {
        // The roster of each imported day replaces that day's assignments.
        QSet<QString> days;
        for (const sdk::RosterRow &r : std::as_const(good))
            days.insert(iso(r.day));
        for (const QString &d : std::as_const(days))
            db().exec(u"DELETE FROM shift_assignments WHERE work_date = ?"_s, {d});
        for (const sdk::RosterRow &r : std::as_const(good)) {
            const QVariant area = r.area.isEmpty() ? QVariant() : db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {r.area});
            db().insert(u"shift_assignments"_s, {{u"shift_id"_s, db().scalar(u"SELECT id FROM shifts WHERE code = ?"_s, {r.shift})},
                                                 {u"person_id"_s, db().scalar(u"SELECT id FROM people WHERE code = ?"_s, {r.worker})},
                                                 {u"work_date"_s, iso(r.day)}, {u"area_id"_s, area}});
        }
    }
    db().insert(u"roster_imports"_s, {{u"kind"_s, kind}, {u"source"_s, source}, {u"imported_at"_s, now()}, {u"actor"_s, actor().auditName()},
                                      {u"entries"_s, QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))},
                                      {u"added"_s, int(diff.added.size())}, {u"removed"_s, int(diff.removed.size())},
                                      {u"changed"_s, int(diff.changed.size())}, {u"skipped"_s, int(diff.skipped.size())}});
    audit(u"roster.import"_s, u"roster"_s, object,
          {{u"source"_s, source}, {u"rows"_s, diff.accepted}, {u"added"_s, QJsonArray::fromStringList(diff.added)},
           {u"removed"_s, QJsonArray::fromStringList(diff.removed)}, {u"changed"_s, QJsonArray::fromStringList(diff.changed)},
           {u"skipped"_s, QJsonArray::fromStringList(diff.skipped)}, {u"confirmed"_s, confirmed}});
    tx.commit();
    return diff;
}

Table RosterImport::rosterImports() const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"source"_s, u"imported_at"_s, u"actor"_s, u"added"_s, u"removed"_s, u"changed"_s, u"skipped"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT id, kind, source, imported_at, actor, added, removed, changed, skipped FROM roster_imports ORDER BY id DESC"_s);
    return tableOf(q, t.columns);
}

} // namespace gl
