// SPDX-License-Identifier: Apache-2.0
// What a change touches: the parts of the snapshot its audit entries name, and the few rows read again merged
// into the previous snapshot's rows where a full read puts them (DataWorker::refreshParts reads them).
#include "shell/DataWorker.h"
#include "platform/store/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

unsigned DataWorker::partsFor(const QStringList &actions)
{
    // By the kind of thing the action concerns (the word before the first dot, as the services name them). The inbox
    // (InboxService) goes with what makes or closes its tasks, every one of them audited under these kinds: orders
    // (order, dispatch, step), a rule's notifications (alarm.raise), re-inspections (hazard.reinspection_task, the
    // hazard's own entries), sign-offs (permit), contractors' tasks (contractor.task.*, contractor.document.add), the
    // user's notifications read (notification.read) and the user's role (user).
    constexpr unsigned I = InboxPart;
    static const QHash<QString, unsigned> byKind{
        {u"alarm"_s, AlarmsPart | OrdersPart | I}, // acknowledging one verifies its order (instructions have entries of their own)
        {u"telemetry"_s, AlarmsPart},                 // flood settings
        // An instruction an order step pushes has its own entry (instruction.push): an order's entries are the orders'.
        {u"order"_s, OrdersPart | I},
        {u"dispatch"_s, OrdersPart | InstructionsPart | I},
        {u"step"_s, OrdersPart | I},
        {u"instruction"_s, InstructionsPart},
        {u"permit"_s, PermitsPart | I},
        {u"hazard"_s, HazardsPart | I},
        {u"rectification"_s, HazardsPart | I},
        {u"evidence"_s, AlarmsPart | HazardsPart | OrdersPart},
        {u"contractor"_s, ContractorsPart | I},
        {u"person"_s, ContractorsPart | OnSitePart},
        {u"training"_s, ContractorsPart},
        {u"course"_s, ContractorsPart},
        {u"shift"_s, ContractorsPart},
        {u"roster"_s, ContractorsPart},
        {u"admission"_s, ContractorsPart},
        {u"checkin"_s, ContractorsPart | OnSitePart},
        {u"checkout"_s, ContractorsPart | OnSitePart},
        {u"camera"_s, CamerasPart},
        // The signed-in user's notifications and role; the summary's counts, which every partial read takes anyway;
        // or nothing the snapshot shows (reports, rules, audit keying, safety metrics).
        {u"user"_s, I},
        {u"notification"_s, I},
        {u"report"_s, 0u},
        {u"rules"_s, 0u},
        {u"audit"_s, 0u},
        {u"incident"_s, 0u},
        {u"hours"_s, 0u},
        {u"safety"_s, 0u},
    };
    unsigned parts = 0;
    for (const QString &action : actions) {
        const auto it = byKind.constFind(action.section(u'.', 0, 0));
        if (it == byKind.cend())
            return AllParts; // a kind this table does not know (site, area, sensor, a new one): read everything
        parts |= *it;
    }
    return parts;
}

DataWorker::Named DataWorker::namedSince(qint64 seq)
{
    Named out;
    if (seq <= m_seenSeq)
        return out;
    // An indexed range on the chain's key; more entries than this (an import): read everything.
    constexpr int kMaxEntries = 1000;
    QSqlQuery q = m_db->exec(u"SELECT action, object_type, object_id FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT %1"_s.arg(kMaxEntries + 1),
                             {m_seenSeq, seq});
    int n = 0;
    QStringList actions;
    while (q.next()) {
        if (++n > kMaxEntries) {
            out.parts = AllParts;
            out.ordersByName = false;
            out.instructionsByName = false;
            out.permitsByName = false;
            out.hazardsByName = false;
            return out;
        }
        const QString action = q.value(0).toString(), type = q.value(1).toString(), object = q.value(2).toString();
        if (!actions.contains(action))
            actions << action;
        const QString kind = action.section(u'.', 0, 0);
        const unsigned touches = partsFor({action});
        // Every service that writes an instruction's row names it by its id (OperationsService: instruction.push,
        // .issue, .acknowledge; TelemetryService: instruction.send, .overdue). Anything else that can touch the
        // instructions (dispatch, a kind not known) does not say which row: read all of them.
        if (touches & InstructionsPart) {
            bool ok = false;
            const qint64 id = object.toLongLong(&ok);
            if (kind == u"instruction"_s && type == u"instruction"_s && ok) {
                if (!out.instructionIds.contains(id))
                    out.instructionIds << id;
            } else {
                out.instructionsByName = false;
            }
        }
        // Every entry that changes a permit's or a hazard's row names it by its code (PermitService, PermitSignOffs,
        // HazardService, HazardEscalation); a hazard setting or evidence changes no row; anything else: read them all.
        if (touches & PermitsPart) {
            if (kind == u"permit"_s && type == u"permit"_s) {
                if (!out.permitCodes.contains(object))
                    out.permitCodes << object;
            } else {
                out.permitsByName = false;
            }
        }
        if (touches & HazardsPart) {
            if (kind == u"hazard"_s && type == u"hazard"_s) {
                if (!out.hazardCodes.contains(object))
                    out.hazardCodes << object;
            } else if (!(kind == u"hazard"_s && type == u"setting"_s) && kind != u"evidence"_s) {
                out.hazardsByName = false;
            }
        }
        if (!(touches & OrdersPart))
            continue;
        // What may write an order's row names it (OperationsService, ProcedureService, TelemetryService::escalate):
        // the order by its code, or the alarm whose order is verified with it. Evidence adds to an order, not its row.
        if (kind == u"order"_s && type == u"order"_s) {
            if (!out.orderCodes.contains(object))
                out.orderCodes << object;
        } else if (kind == u"alarm"_s && type == u"alarm"_s) {
            bool ok = false;
            const qint64 id = object.toLongLong(&ok);
            if (ok && !out.alarmIds.contains(id))
                out.alarmIds << id;
            else if (!ok)
                out.ordersByName = false;
        } else if (kind != u"evidence"_s) {
            out.ordersByName = false; // a kind that does not name its order's row: read all of them
        }
    }
    out.parts = partsFor(actions);
    return out;
}

namespace {
/// Merges rows read again into a list sorted newest first by a time, the id breaking ties (orders, permits, hazards),
/// in place on the previous lists (their copies share every unchanged row): the rows `drop` names leave (a row read
/// again replaces its old one, a named row not read again is gone), then each row read again goes where a full read
/// puts it. `ids` are the list's row ids beside its rows; no row of the history is converted.
template<class Row, class TimeOf, class Drop>
void mergeNewestFirst(Table &table, QList<Row> &rows, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds,
                      TimeOf timeOf, Drop drop)
{
    QList<qsizetype> gone;
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (drop(rows.at(i), ids.at(i)))
            gone << i;
    for (qsizetype k = gone.size() - 1; k >= 0; --k) {
        table.rows.removeAt(gone.at(k));
        rows.removeAt(gone.at(k));
        ids.removeAt(gone.at(k));
    }
    if (table.columns.isEmpty())
        table.columns = fresh.columns;
    const QList<Row> freshRows = Row::fromTable(fresh);
    for (qsizetype j = 0; j < freshRows.size(); ++j) {
        const qint64 time = timeOf(freshRows.at(j)), id = freshIds.at(j);
        qsizetype lo = 0, hi = ids.size();
        while (lo < hi) { // the first row that goes after this one
            const qsizetype mid = (lo + hi) / 2;
            const qint64 t = timeOf(rows.at(mid));
            if (t > time || (t == time && ids.at(mid) > id))
                lo = mid + 1;
            else
                hi = mid;
        }
        table.rows.insert(lo, fresh.rows.at(j));
        rows.insert(lo, freshRows.at(j));
        ids.insert(lo, id);
    }
}
} // namespace

void DataWorker::mergeOrders(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds,
                             const QStringList &codes, const QList<qint64> &alarmIds)
{
    const QSet<qint64> reread(freshIds.cbegin(), freshIds.cend());
    const QSet<QString> namedCodes(codes.cbegin(), codes.cend());
    const QSet<qint64> namedAlarms(alarmIds.cbegin(), alarmIds.cend());
    mergeNewestFirst(s.orders, s.orderRows, ids, fresh, freshIds, [](const OrderRow &r) { return r.createdAt; },
                     [&](const OrderRow &r, qint64 id) {
                         return reread.contains(id) || namedCodes.contains(r.code) || (r.alarmId && namedAlarms.contains(*r.alarmId));
                     });
}

void DataWorker::mergePermits(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds, const QStringList &codes)
{
    const QSet<qint64> reread(freshIds.cbegin(), freshIds.cend());
    const QSet<QString> named(codes.cbegin(), codes.cend());
    mergeNewestFirst(s.permits, s.permitRows, ids, fresh, freshIds, [](const PermitRow &r) { return r.startsAt; },
                     [&](const PermitRow &r, qint64 id) { return reread.contains(id) || named.contains(r.code); });
}

void DataWorker::mergeHazards(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds, const QStringList &codes)
{
    const QSet<qint64> reread(freshIds.cbegin(), freshIds.cend());
    const QSet<QString> named(codes.cbegin(), codes.cend());
    mergeNewestFirst(s.hazards, s.hazardRows, ids, fresh, freshIds, [](const HazardRow &r) { return r.reportedAt; },
                     [&](const HazardRow &r, qint64 id) { return reread.contains(id) || named.contains(r.code); });
}

void DataWorker::mergeInstructions(Snapshot &s, const Table &fresh, const QList<qint64> &ids)
{
    // As mergeOrders: in place on the previous lists, whose unchanged rows stay shared; the typed rows carry the ids.
    const QList<InstructionRow> freshRows = InstructionRow::fromTable(fresh);
    QSet<qint64> gone(ids.cbegin(), ids.cend());
    for (const InstructionRow &r : freshRows)
        gone.insert(r.id);
    for (qsizetype i = s.instructionRows.size() - 1; i >= 0; --i) { // a row read again replaces its old one; a named row not read again is gone
        if (gone.contains(s.instructionRows.at(i).id)) {
            s.instructions.rows.removeAt(i);
            s.instructionRows.removeAt(i);
        }
    }
    for (qsizetype j = 0; j < freshRows.size(); ++j) {
        // Newest first, the id breaking ties (QueryService::instructions): the first row that goes after this one.
        const qint64 issued = freshRows.at(j).issuedAt, id = freshRows.at(j).id;
        qsizetype lo = 0, hi = s.instructionRows.size();
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            const InstructionRow &m = s.instructionRows.at(mid);
            if (m.issuedAt > issued || (m.issuedAt == issued && m.id > id))
                lo = mid + 1;
            else
                hi = mid;
        }
        s.instructions.rows.insert(lo, fresh.rows.at(j));
        s.instructionRows.insert(lo, freshRows.at(j));
    }
}

void DataWorker::mergeSteps(Snapshot &s, const Table &fresh, const QStringList &codes)
{
    // As mergeOrders: in place on the previous lists, whose unchanged rows stay shared. A full read orders them by the
    // order's code (compared as the store compares it: code points, as QString does for the codes' ASCII), then step.
    const QSet<QString> named(codes.cbegin(), codes.cend());
    for (qsizetype i = s.orderStepRows.size() - 1; i >= 0; --i)
        if (named.contains(s.orderStepRows.at(i).order)) {
            s.orderSteps.rows.removeAt(i);
            s.orderStepRows.removeAt(i);
        }
    if (s.orderSteps.columns.isEmpty())
        s.orderSteps.columns = fresh.columns;
    const QList<OrderStepRow> freshRows = OrderStepRow::fromTable(fresh);
    for (qsizetype j = 0; j < freshRows.size(); ++j) {
        const OrderStepRow &f = freshRows.at(j);
        qsizetype lo = 0, hi = s.orderStepRows.size();
        while (lo < hi) { // the first row that goes after this one
            const qsizetype mid = (lo + hi) / 2;
            const OrderStepRow &m = s.orderStepRows.at(mid);
            const int byOrder = m.order.compare(f.order);
            if (byOrder < 0 || (byOrder == 0 && m.seq < f.seq))
                lo = mid + 1;
            else
                hi = mid;
        }
        s.orderSteps.rows.insert(lo, fresh.rows.at(j));
        s.orderStepRows.insert(lo, f);
    }
}

} // namespace ui
} // namespace gl
