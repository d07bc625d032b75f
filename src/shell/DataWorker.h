// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/workspace/logic/InboxService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/permits/logic/SiteConflicts.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/site/logic/SiteService.h"
#include "modules/workspace/logic/ViewRows.h"
#include "modules/telemetry/logic/AlarmFlood.h"
#include "platform/util/Error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <exception>
#include <type_traits>

class QTimer;

namespace gl {
class Database;
class ChangeWatcher;
struct ChangeSet;
}

namespace gl {
namespace ui {

/// Everything the views show, read in one go on the data thread and handed over immutable.
struct Snapshot {
    QString username; ///< who is signed in at this workstation (the views offer the steps that person may take)
    Role role = Role::Viewer;
    SiteInfo site;
    site::SiteLayout layout;
    QTimeZone timeZone;
    QDate today;
    qint64 takenAt = 0;
    /// The read side's tables as the generic list views show them (TableModel, the records panel, CSV export).
    /// The views that read fields of a row read the typed rows below, never a column by its name.
    Table contractors, people, permits, hazards, alarms, orders, instructions, cameras;
    /// People checked in on site now (accepted check-ins, not yet out): columns
    /// code, name, contractor, x, y (site metres), at (epoch ms). Drawn as the map's people layer.
    Table onSite;
    /// Dispatch procedures (issue #8): the steps of running and recent orders (ProcedureService::steps),
    /// the skipped steps for the supervisor/EHS list, and the signed-in user's notifications.
    Table orderSteps, skippedSteps, notifications;
    /// Typed rows (issue #15, modules/workspace/logic/ViewRows.h), built once here from the table of the same name, in its
    /// order (row i of `alarmRows` is row i of `alarms`), and read again with it: a part's rows follow its table.
    QList<AlarmRow> alarmRows;
    QList<OrderRow> orderRows;
    QList<PermitRow> permitRows;
    QList<HazardRow> hazardRows;
    QList<InstructionRow> instructionRows;
    QList<PersonOnSite> onSiteRows;
    QList<OrderStepRow> orderStepRows;
    QList<ContractorRow> contractorRows;
    QList<PersonRow> peopleRows;
    QList<CameraRow> cameraRows;
    /// The signed-in user's notifications as typed rows (NotificationRow::fromTable of `notifications`, in its order).
    QList<NotificationRow> notificationRows;
    /// The signed-in user's task inbox (InboxService::mine), soonest due first, titles in the interface language;
    /// `inbox` is the same as a table (InboxService::table): row i of it is inboxItems[i].
    QList<InboxItem> inboxItems;
    Table inbox;
    SiteSummary summary;
    /// Every cross-work (SIMOPS) conflict among `permits` (drafts and cancelled ones left out) with its
    /// overlap window, by the site's SIMOPS rules (siteSimopsRules): computed once here on the data thread
    /// (permitTableConflicts); the map, its time slider and the dispatch board only read it.
    QList<PermitConflict> conflicts;
    /// ISA-18.2 flood settings of the site (limit, window, operator positions; FloodSettings::load); the
    /// defaults with `floodSettingsError` when the site's settings are bad.
    FloodSettings flood;
    QString floodSettingsError;
    /// The flood status of each of `flood`'s positions at `takenAt`, counted by the service over the whole
    /// window in the store (TelemetryService::floodStatusNow), not over the newest alarms in `alarms`.
    QList<FloodStatus> floods;
};
using SnapshotPtr = std::shared_ptr<const Snapshot>;

/// The command center's data thread: owns the database connection and the services, runs every
/// read and write off the UI thread, and reports back with signals. Its slots are invoked queued.
class DataWorker : public QObject {
    Q_OBJECT
public:
    DataWorker();
    ~DataWorker() override;

    /// The parts of a Snapshot that a change can touch; a refresh after a change re-reads only the parts its
    /// audit actions name (partsFor) and keeps the others from the previous snapshot.
    enum Part : unsigned {
        SitePart = 1u << 0,        ///< site, layout, time zone (and so everything: a full refresh)
        ContractorsPart = 1u << 1, ///< contractors, people
        PermitsPart = 1u << 2,     ///< permits, conflicts
        HazardsPart = 1u << 3,
        AlarmsPart = 1u << 4,      ///< alarms, flood settings and status
        OrdersPart = 1u << 5,      ///< orders, their steps, skipped steps
        InstructionsPart = 1u << 6,
        CamerasPart = 1u << 7,     ///< the camera registry and the layout's cameras
        OnSitePart = 1u << 8,
        InboxPart = 1u << 9,       ///< the signed-in user's task inbox and notifications
        AllParts = (1u << 10) - 1,
    };
    /// The parts that audit `actions` (e.g. "permit.approve") can change; an action of an unknown kind: all.
    /// The inbox follows the kinds whose rows make its tasks (orders, alarms' notifications, hazards' re-inspections,
    /// permits' sign-offs, contractors' tasks) and the user's own (notification, user); the summary's counts follow the
    /// parts read (SiteSummary::Counts).
    static unsigned partsFor(const QStringList &actions);

    /// The full refresh's period (default 30 s, the safety net for what the change feed cannot tell, e.g. a
    /// new day); before open(). Changes made anywhere arrive through the store's change feed (ChangeWatcher).
    void setRefreshInterval(int ms) { m_refreshMs = ms; }
    /// How often the snapshot is handed out again with a new `takenAt` (no reading; countdowns, overdue
    /// marks), default 5 s; before open().
    void setTimeTickInterval(int ms) { m_tickMs = ms; }
    /// Without the change feed the worker sees other workstations' changes only at its full refresh, as before
    /// issue #15 part 2 (bench_live's baseline); before open().
    void setChangeFeed(bool on) { m_useFeed = on; }
    /// How many times the store was read for a snapshot (full or partial), and how many of those were full.
    int readsDone() const { return m_reads; }
    int fullReadsDone() const { return m_fullReads; }
    /// How many of the reads took every instruction (a full read, or a change that did not name its instruction).
    int instructionFullReadsDone() const { return m_instructionFullReads; }
    /// How many of the reads took the steps of every running and recent order (a full read, or an orders' change
    /// that did not name its orders).
    int stepFullReadsDone() const { return m_stepFullReads; }
    /// How many of the reads took every permit, or every hazard (a full read, or a change that did not name its rows).
    int permitFullReadsDone() const { return m_permitFullReads; }
    int hazardFullReadsDone() const { return m_hazardFullReads; }
    /// How many of the reads took the signed-in user's inbox and notifications (InboxPart).
    int inboxReadsDone() const { return m_inboxReads; }

    /// The signed-in user's service context, or null before a store is open. Data thread only.
    ServiceContext *context() const { return m_ctx.get(); }

    /// Runs `job(ServiceContext &)` on the data thread and hands its result to `done` on the thread of
    /// `receiver` (dropped if the receiver is gone). A gl::Error goes to `onError` (or to failed()),
    /// with its message. With `refreshAfter`, a new snapshot follows. This is how panels read and
    /// write through the services without ever blocking the UI thread.
    template<class Job, class Done>
    void call(QObject *receiver, Job job, Done done, std::function<void(const QString &)> onError = {}, bool refreshAfter = false);

public Q_SLOTS:
    /// Opens (and migrates) the store; loads the demo plant first when `demo` is set; signs in as
    /// `username` with `password`, or as the demo dispatcher (no password) for the demo.
    void open(const QString &url, bool demo, const QString &username, const QString &password);
    /// Another person takes over this workstation (File → Switch user…): checks `username` and
    /// `password` on the open store and, when they are right, runs every later call as that user, keeping
    /// the store open. The sign-in is audited (`user.signin`, with the user it replaces); a refused one
    /// is counted and audited by the sign-in check and keeps the current user (switchRefused()).
    void switchUser(const QString &username, const QString &password);
    /// Reads everything again and hands out a new snapshot.
    void refresh();
    /// `version`: the alarm's row_version the view showed (0: not known); a changed alarm is refused (failed()).
    void acknowledgeAlarm(qint64 alarmId, qint64 version = 0);
    void acknowledgeInstruction(qint64 instructionId);
    void close();

Q_SIGNALS:
    void opened(const QString &storeDescription, const QString &username, const QString &role, bool demo);
    /// The workstation's user changed (switchUser()); the store stays open.
    void userSwitched(const QString &username, const QString &role);
    /// A switch of user was refused (wrong name or password, disabled, locked): why; the user stays.
    void switchRefused(const QString &message);
    void snapshotReady(gl::ui::SnapshotPtr snapshot);
    /// A user-facing message: what happened and what it means.
    void failed(const QString &message);
    void storeHealth(bool ok, const QString &detail);

private:
    template<class Fn> void write(Fn &&fn);
    void refreshParts(unsigned parts);
    void onChanges(const ChangeSet &changes);
    void refreshPending();
    void timeTick();
    QList<PermitConflict> conflictsOf(const Table &permits, qint64 now);
    /// What the audit entries after the last read and through `seq` name: the parts they concern, the
    /// dispatch orders they change, by code or by alarm, when every change to the orders names its rows, and the
    /// instructions they change, by id, when every change to the instructions names its row.
    struct Named {
        unsigned parts = 0;
        bool ordersByName = true; ///< every change to the orders' rows is named by `orderCodes` or `alarmIds`
        QStringList orderCodes;
        QList<qint64> alarmIds;
        bool instructionsByName = true; ///< every change to the instructions' rows is named by `instructionIds`
        QList<qint64> instructionIds;
        bool permitsByName = true; ///< every change to the permits' rows is named by `permitCodes`
        QStringList permitCodes;
        bool hazardsByName = true; ///< every change to the hazards' rows is named by `hazardCodes`
        QStringList hazardCodes;
    };
    Named namedSince(qint64 seq);
    /// Merges `fresh` (orders read again, with their ids) into `s`'s orders and typed rows (ids `ids`, updated): a row
    /// read again replaces its old one, a named one (by code or alarm) not read again leaves, the order is orders()'s.
    static void mergeOrders(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds,
                            const QStringList &codes, const QList<qint64> &alarmIds);
    /// As mergeOrders for the permits (by code) and the hazards (by code).
    static void mergePermits(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds, const QStringList &codes);
    static void mergeHazards(Snapshot &s, QList<qint64> &ids, const Table &fresh, const QList<qint64> &freshIds, const QStringList &codes);
    /// Merges `fresh` (instructions read again, localized) into `s`'s instructions and typed rows: a row read again
    /// replaces its old one, a named one (`ids`) not read again leaves, the order is instructions()'s.
    static void mergeInstructions(Snapshot &s, const Table &fresh, const QList<qint64> &ids);
    /// Replaces the order steps of the orders `codes` by `fresh` (ProcedureService::stepsOf), each row where a full
    /// read puts it (by order code, then step); the other rows stay shared.
    static void mergeSteps(Snapshot &s, const Table &fresh, const QStringList &codes);
    std::unique_ptr<Database> m_db;
    const Clock *m_clock = nullptr;
    std::unique_ptr<ServiceContext> m_ctx;
    void deliverError(QObject *receiver, std::function<void(const QString &)> onError, const QString &message);
    /// "No store is open.", translated (here, not in call()'s template: lupdate names a text in the template's
    /// lambda by the wrong context).
    static QString noStoreMessage();
    /// "internal error: WHAT" for an exception that is not a gl::Error (a bug or bad data the services missed).
    static QString internalErrorText(const std::exception &e);
    /// Logs it (guardline.services, warning) with where it happened.
    static void logInternalError(const char *where, const std::exception &e);
    QTimer *m_timer = nullptr;      // the full refresh (m_refreshMs)
    QTimer *m_tick = nullptr;       // the time tick (m_tickMs)
    QTimer *m_changeTimer = nullptr; // a refresh after changes, at most one per kMinChangeGapMs
    std::unique_ptr<ChangeWatcher> m_watcher;
    int m_refreshMs = 30000;
    int m_tickMs = 5000;
    bool m_useFeed = true;
    unsigned m_pendingParts = 0;
    qint64 m_seenSeq = 0;           // the newest audit entry the last snapshot had already seen
    // The ids of m_last->orders' rows (row i has m_orderIds[i]) and the highest of them read: a partial read of the
    // orders reads only the rows the changes name and the new ones, and merges them in (issue #15 part 2).
    QList<qint64> m_orderIds;
    qint64 m_orderMaxId = 0;
    // The highest instruction id m_last->instructions has: a partial read of them takes the named ones and the newer.
    qint64 m_instructionMaxId = 0;
    // As m_orderIds and m_orderMaxId, for the permits and the hazards.
    QList<qint64> m_permitIds, m_hazardIds;
    qint64 m_permitMaxId = 0, m_hazardMaxId = 0;
    SnapshotPtr m_last;
    QElapsedTimer m_sinceRead;
    int m_reads = 0, m_fullReads = 0, m_instructionFullReads = 0, m_stepFullReads = 0, m_inboxReads = 0, m_permitFullReads = 0,
        m_hazardFullReads = 0;
    site::SiteLayout m_layout;
    bool m_haveLayout = false;
    // Snapshot::conflicts, recomputed only when the permits change or a minute has passed.
    QList<QVariantList> m_conflictRows;
    qint64 m_conflictsAt = 0;
    QList<PermitConflict> m_conflicts;
    QString m_conflictRulesProblem;
};

template<class Job, class Done>
void DataWorker::call(QObject *receiver, Job job, Done done, std::function<void(const QString &)> onError, bool refreshAfter)
{
    QMetaObject::invokeMethod(
        this,
        [this, r = QPointer<QObject>(receiver), job = std::move(job), done = std::move(done), onError = std::move(onError),
         refreshAfter]() mutable {
            if (!m_ctx) {
                deliverError(r, onError, noStoreMessage());
                return;
            }
            using R = std::invoke_result_t<Job &, ServiceContext &>;
            try {
                if constexpr (std::is_void_v<R>) {
                    job(*m_ctx);
                    if (r)
                        QMetaObject::invokeMethod(r.data(), [done = std::move(done)]() mutable { done(); }, Qt::QueuedConnection);
                } else {
                    R result = job(*m_ctx);
                    if (r)
                        QMetaObject::invokeMethod(
                            r.data(), [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                            Qt::QueuedConnection);
                }
            } catch (const Error &e) {
                deliverError(r, onError, e.message());
            } catch (const std::exception &e) { // a bug in a job must not end the data thread (issue #18)
                logInternalError("call", e);
                deliverError(r, onError, internalErrorText(e));
            }
            if (refreshAfter)
                refresh();
        },
        Qt::QueuedConnection);
}

} // namespace ui
} // namespace gl

Q_DECLARE_METATYPE(gl::ui::SnapshotPtr)
