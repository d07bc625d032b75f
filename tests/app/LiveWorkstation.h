// SPDX-License-Identifier: Apache-2.0
// What the live-workstation tests share (tst_live_workstations, tst_live_merges): a workstation whose own periodic
// reading is an hour away, the snapshot's rows as comparable text, a watcher's reports and an audit marker.
#pragma once

#include "platform/audit/AuditLog.h"
#include "platform/store/ChangeFeed.h"
#include "platform/store/Database.h"
#include "shell/DataWorker.h"

#include <QSignalSpy>
#include <QTest>

namespace gl::test {

using namespace Qt::StringLiterals;

inline constexpr int kHour = 3600 * 1000;
inline constexpr int kGenerous = 20000; // a loaded CI machine; the feed itself takes well under a second

/// A workstation whose own periodic reading is an hour away: whatever it shows sooner came through the feed.
struct Workstation {
    ui::DataWorker worker;
    ui::SnapshotPtr last;
    Workstation()
    {
        worker.setRefreshInterval(kHour);
        worker.setTimeTickInterval(kHour);
        QObject::connect(&worker, &ui::DataWorker::snapshotReady, &worker, [this](const ui::SnapshotPtr &s) { last = s; });
    }
    ~Workstation() { worker.close(); }
    bool open(const QString &url)
    {
        QSignalSpy failed(&worker, &ui::DataWorker::failed);
        worker.open(url, /*demo*/ true, {}, {});
        if (!last)
            qWarning() << "no snapshot:" << failed;
        return last != nullptr;
    }
};

inline QString alarmState(const ui::SnapshotPtr &s, qint64 id)
{
    for (const AlarmRow &row : s->alarmRows) // the typed rows follow their part's partial reads
        if (row.id == id)
            return row.state;
    return {};
}

inline QString orderState(const ui::SnapshotPtr &s, const QString &code)
{
    for (const OrderRow &row : s->orderRows)
        if (row.code == code)
            return row.state;
    return {};
}

/// The typed order steps as comparable text: every field, in order.
inline QStringList stepKeys(const ui::SnapshotPtr &s)
{
    QStringList out;
    for (const OrderStepRow &r : s->orderStepRows)
        out << QStringList{r.order, QString::number(r.seq), r.procedure, r.titleEn, r.titleZh, r.key, r.textEn, r.textZh, r.state,
                           QString::number(r.markedAt.value_or(-1)), r.markedBy, r.reason, QString::number(r.outOfOrder)}
                   .join(u'|');
    return out;
}

/// The typed orders as comparable text (OrderRow has no ==): code, state, row version, verified time, in order.
inline QStringList orderKeys(const ui::SnapshotPtr &s)
{
    QStringList out;
    for (const OrderRow &r : s->orderRows)
        out << u"%1 %2 %3 %4"_s.arg(r.code, r.state).arg(r.rowVersion).arg(r.times.acked.value_or(-1));
    return out;
}

/// The typed instructions as comparable text (InstructionRow has no ==): every field, in order.
inline QStringList instructionKeys(const ui::SnapshotPtr &s)
{
    QStringList out;
    for (const InstructionRow &r : s->instructionRows)
        out << QStringList{QString::number(r.id), r.target, r.text, r.kind, r.reason, r.issuedBy, QString::number(r.issuedAt),
                           QString::number(r.ackDueAt.value_or(-1)), QString::number(r.ackedAt.value_or(-1)),
                           QString::number(r.sentAt.value_or(-1)), r.ackedBy, r.sentVia, r.sendError}
                   .join(u'|');
    return out;
}

inline const InstructionRow *instruction(const ui::SnapshotPtr &s, qint64 id)
{
    for (const InstructionRow &r : s->instructionRows)
        if (r.id == id)
            return &r;
    return nullptr;
}

/// Collects what a watcher reports.
struct Reports {
    QList<ChangeSet> list;
    explicit Reports(ChangeWatcher &w)
    {
        QObject::connect(&w, &ChangeWatcher::changed, &w, [this](const ChangeSet &c) { list << c; });
    }
    bool sawAction(const QString &action) const
    {
        for (const ChangeSet &c : list)
            if (c.actions.contains(action))
                return true;
        return false;
    }
    bool sawUnknown() const
    {
        for (const ChangeSet &c : list)
            if (c.unknown)
                return true;
        return false;
    }
};

inline void appendMarker(Database &db, const QString &action, const QString &id)
{
    Transaction tx(db);
    AuditLog::append(db, AuditRecord{u"test"_s, action, u"test"_s, id, {}, {}, {}}, 1);
    tx.commit();
}

} // namespace gl::test
