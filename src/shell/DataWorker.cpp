// SPDX-License-Identifier: Apache-2.0
#include "shell/DataWorker.h"
#include "demo/DemoPlant.h"
#include "modules/admission/intake/WatermarkOcr.h"
#include "modules/workspace/logic/InboxService.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/video/logic/CameraService.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/ChangeFeed.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"
#include "shell/UiLanguage.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
/// Puts the Chinese text (column `zh`) in column `en` of each row that has one, in a Chinese interface.
void localizeColumn(Table &t, const QString &en, const QString &zh)
{
    const int e = t.column(en), z = t.column(zh);
    if (e < 0 || z < 0 || !chineseUi())
        return;
    for (QVariantList &row : t.rows)
        if (!row.value(z).toString().isEmpty())
            row[e] = row[z];
}
} // namespace

DataWorker::DataWorker()
{
    qRegisterMetaType<SnapshotPtr>();
    hazards::installVisionInspector(); // hazard photo checks (issue #7)
    admission::installWatermarkReader(); // check-in timestamp watermarks, read by OCR (issue #5)
}
DataWorker::~DataWorker()
{
    m_watcher.reset(); // before m_db: both connections belong to this thread
}

void DataWorker::open(const QString &url, bool demo, const QString &username, const QString &password)
{
    try {
        m_db = Database::open(DbUrl::parse(url));
        Schema::migrate(*m_db);
        if (demo)
            DemoPlant::load(*m_db); // refused (BadInput) on a store that holds another site
        m_clock = &processClock();
        // Without a password only on the demo's own store (its site is the demo site): anywhere else the
        // account and its password are asked for like on any store.
        const bool demoStore = m_db->scalar(u"SELECT count(*) FROM sites WHERE code = ?"_s, {QString::fromLatin1(DemoPlant::siteCode)}).toInt() > 0
            && m_db->scalar(u"SELECT count(*) FROM sites"_s).toInt() == 1;
        if (demo && username.isEmpty() && !demoStore)
            fail(ErrorCode::Forbidden, u"sign-in required: %1 is not the demo's store"_s.arg(m_db->describe()));
        const Actor actor = demo && username.isEmpty()
            ? UserService::actorFor(*m_db, QString::fromLatin1(DemoPlant::dispatcher))
            : UserService::authenticate(*m_db, username, password);
        m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, actor, m_clock});
        Q_EMIT opened(m_db->describe(), actor.username, roleKey(actor.role), demo && username.isEmpty());
        // Changes made anywhere (this workstation, another one, guardlinectl, the site service) arrive through the
        // store's change feed; the full refresh is the safety net, and the time tick moves `takenAt` on.
        m_changeTimer = new QTimer(this);
        m_changeTimer->setSingleShot(true);
        connect(m_changeTimer, &QTimer::timeout, this, &DataWorker::refreshPending);
        if (m_useFeed) {
            try {
                m_watcher = std::make_unique<ChangeWatcher>(m_db->url());
                connect(m_watcher.get(), &ChangeWatcher::changed, this, &DataWorker::onChanges);
                m_watcher->start();
            } catch (const Error &e) { // still a workstation, only a slower one
                qCWarning(lcServices).noquote() << "data worker: no change feed, refreshing every" << m_refreshMs << "ms:" << e.message();
                m_watcher.reset();
            }
        }
        m_timer = new QTimer(this);
        m_timer->setInterval(m_refreshMs);
        connect(m_timer, &QTimer::timeout, this, &DataWorker::refresh);
        m_timer->start();
        m_tick = new QTimer(this);
        m_tick->setInterval(m_tickMs);
        connect(m_tick, &QTimer::timeout, this, &DataWorker::timeTick);
        if (m_tickMs > 0)
            m_tick->start();
        // Housekeeping (expiry, escalation, scheduled reports) is the site service's (guardline-server, or the
        // demo's embedded one), not the workstation's: a closed window must not stop it (CONTRACTS.md section 7).
        refresh();
    } catch (const Error &e) {
        m_ctx.reset();
        m_db.reset();
        Q_EMIT failed(e.message());
    } catch (const std::exception &e) { // never let a bug end the data thread (issue #18)
        qCWarning(lcServices).noquote() << "data worker: opening the store:" << internalErrorText(e);
        m_ctx.reset();
        m_db.reset();
        Q_EMIT failed(internalErrorText(e));
    }
}

QString DataWorker::noStoreMessage()
{
    return tr("No store is open.");
}

void DataWorker::switchUser(const QString &username, const QString &password)
{
    if (!m_ctx) {
        Q_EMIT switchRefused(noStoreMessage());
        return;
    }
    try {
        const Actor actor = UserService::authenticate(*m_db, username, password); // counts and audits a refusal
        const QString previous = m_ctx->actor.username;
        {
            Transaction tx(*m_db);
            AuditLog::append(*m_db, AuditRecord{actor.auditName(), u"user.signin"_s, u"user"_s, actor.username, {}, {},
                                                {{u"replaces"_s, previous}, {u"how"_s, u"switch user"_s}}},
                             m_clock->nowMs());
            tx.commit();
        }
        m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, actor, m_clock});
        qCInfo(lcAuth).noquote() << "workstation user switched from" << previous << "to" << actor.username;
        Q_EMIT userSwitched(actor.username, roleKey(actor.role));
    } catch (const Error &e) {
        Q_EMIT switchRefused(e.message());
        return;
    } catch (const std::exception &e) {
        logInternalError("switch user", e);
        Q_EMIT switchRefused(internalErrorText(e));
        return;
    }
    refresh(); // the new user's inbox, notifications and what they may do
}

void DataWorker::refresh()
{
    refreshParts(AllParts);
}

void DataWorker::onChanges(const ChangeSet &changes)
{
    if (!m_ctx)
        return;
    if (!changes.unknown && changes.throughSeq > 0 && changes.throughSeq <= m_seenSeq)
        return; // the snapshot read after this workstation's own change has it already
    m_pendingParts |= changes.unknown ? unsigned(AllParts) : partsFor(changes.actions);
    if (m_changeTimer->isActive())
        return; // a burst: joins the refresh already due
    constexpr qint64 kMinChangeGapMs = 100;
    const qint64 since = m_sinceRead.isValid() ? m_sinceRead.elapsed() : kMinChangeGapMs;
    m_changeTimer->start(int(std::max<qint64>(0, kMinChangeGapMs - since)));
}

void DataWorker::refreshPending()
{
    // Even with no parts (a report written, say): the audit entries since the last read may name some (namedSince).
    refreshParts(std::exchange(m_pendingParts, 0u));
}

void DataWorker::timeTick()
{
    if (!m_ctx || !m_last)
        return;
    const qint64 now = m_clock->nowMs();
    if (QDateTime::fromMSecsSinceEpoch(now, m_last->timeZone).date() != m_last->today) {
        refresh(); // a new day: "today"'s contractors, people and summary
        return;
    }
    auto s = std::make_shared<Snapshot>(*m_last); // the same rows, shared, at a new time
    s->takenAt = now;
    m_last = s;
    Q_EMIT snapshotReady(s);
}

namespace {
/// A list sorted newest first whose rows have ids (`ids` beside them, the highest read `maxId`): with `partial`,
/// the rows a change names and the newer ones read (`changed`) and merged in (`merge`); otherwise all of them
/// (`all`). True when merged.
template<class Row, class Changed, class Merge, class All>
bool readNewestFirst(Table &table, QList<Row> &rows, QList<qint64> &ids, qint64 &maxId, bool partial, Changed changed, Merge merge, All all)
{
    if (partial && ids.size() == table.rows.size() && rows.size() == table.rows.size()) {
        QList<qint64> freshIds;
        const Table fresh = changed(maxId, &freshIds);
        merge(fresh, freshIds);
        for (qint64 id : std::as_const(freshIds))
            maxId = std::max(maxId, id);
        return true;
    }
    table = all(&ids);
    rows = Row::fromTable(table);
    maxId = 0;
    for (qint64 id : std::as_const(ids))
        maxId = std::max(maxId, id);
    return false;
}
} // namespace

void DataWorker::refreshParts(unsigned parts)
{
    if (!m_ctx)
        return;
    try {
        // What the audit chain holds now: the rows read below have at least every change up to it.
        const qint64 seq = m_db->scalar(u"SELECT COALESCE(max(seq), 0) FROM audit_log"_s).toLongLong();
        const qint64 now = m_clock->nowMs();
        // What was appended since the last read, from the chain itself: the feed's report only says that something
        // changed (and may arrive after a read has covered its entries); the entries say what and which rows.
        Named named;
        if (m_last && parts != AllParts) {
            named = namedSince(seq);
            parts |= named.parts;
        }
        if (!m_last || m_last->username != m_ctx->actor.username || m_last->role != m_ctx->actor.role || (parts & SitePart)
            || QDateTime::fromMSecsSinceEpoch(now, m_last->timeZone).date() != m_last->today)
            parts = AllParts;
        const bool full = parts == AllParts;
        // A partial read starts from the previous snapshot (its tables are shared, not copied) and replaces what changed.
        auto s = full ? std::make_shared<Snapshot>() : std::make_shared<Snapshot>(*m_last);
        auto want = [parts](unsigned part) { return (parts & part) != 0; };
        SiteService site(*m_ctx);
        QueryService q(*m_ctx);
        s->username = m_ctx->actor.username;
        s->role = m_ctx->actor.role;
        if (full) {
            s->site = site.info();
            if (s->site.exists && !m_haveLayout) {
                m_layout = site.layout();
                m_haveLayout = true;
            }
            s->layout = m_layout;
            s->timeZone = QTimeZone(s->site.timezone.isEmpty() ? QByteArray("UTC") : s->site.timezone.toUtf8());
        }
        if (want(CamerasPart)) {
            if (s->site.exists) // cameras as the registry holds them now (edited after import; URLs without credentials)
                s->layout.cameras = CameraService(*m_ctx).layoutCameras();
            s->cameras = q.cameras();
            s->cameraRows = CameraRow::fromTable(s->cameras);
        }
        s->takenAt = now;
        s->today = QDateTime::fromMSecsSinceEpoch(s->takenAt, s->timeZone).date();
        if (want(ContractorsPart)) {
            s->contractors = q.contractors(s->today);
            s->people = q.people(s->today);
            s->contractorRows = ContractorRow::fromTable(s->contractors);
            s->peopleRows = PersonRow::fromTable(s->people);
        }
        // Permits and hazards: the rows the changes name and the new ones merged in, or all of them (with their ids).
        QList<qint64> permitIds = m_permitIds, hazardIds = m_hazardIds;
        qint64 permitMaxId = m_permitMaxId, hazardMaxId = m_hazardMaxId;
        if (want(PermitsPart)) {
            const bool merged = readNewestFirst(
                s->permits, s->permitRows, permitIds, permitMaxId, !full && named.permitsByName,
                [&](qint64 after, QList<qint64> *ids) { return q.permitsChanged(after, named.permitCodes, ids); },
                [&](const Table &fresh, const QList<qint64> &ids) { mergePermits(*s, permitIds, fresh, ids, named.permitCodes); },
                [&](QList<qint64> *ids) { return q.permits(ids); });
            m_permitFullReads += merged ? 0 : 1;
        }
        if (want(HazardsPart)) {
            const bool merged = readNewestFirst(
                s->hazards, s->hazardRows, hazardIds, hazardMaxId, !full && named.hazardsByName,
                [&](qint64 after, QList<qint64> *ids) { return q.hazardsChanged(after, named.hazardCodes, ids); },
                [&](const Table &fresh, const QList<qint64> &ids) { mergeHazards(*s, hazardIds, fresh, ids, named.hazardCodes); },
                [&](QList<qint64> *ids) { return q.hazards(ids); });
            m_hazardFullReads += merged ? 0 : 1;
        }
        // The operator's language (issue 16 item 9): the texts the services stored in both languages (alarm
        // messages, order titles, instructions, notifications, the inbox's tasks) in the interface language
        // where a Chinese one was stored; every view of the snapshot follows.
        if (want(AlarmsPart)) {
            s->alarms = q.alarms();
            localizeColumn(s->alarms, u"message"_s, u"message_zh"_s);
            s->alarmRows = AlarmRow::fromTable(s->alarms);
        }
        // The orders' ids, kept by the worker beside m_last's rows; taken over only when the whole read succeeds.
        QList<qint64> orderIds = m_orderIds;
        qint64 orderMaxId = m_orderMaxId;
        std::optional<QStringList> stepOrders; // the orders whose steps are read again (all when none)
        if (want(OrdersPart)) {
            if (!full && named.ordersByName && orderIds.size() == s->orders.rows.size() && s->orderRows.size() == s->orders.rows.size()) {
                // Only the rows the changes name and the new ones (not the whole history), merged into the
                // previous rows where a full read puts them; a row read again replaces its old one.
                QList<qint64> ids;
                Table fresh = q.ordersChanged(orderMaxId, named.orderCodes, named.alarmIds, &ids);
                localizeColumn(fresh, u"title"_s, u"title_zh"_s);
                // An order's steps change only with an entry naming the order (or its alarm), or as a new order's.
                QStringList codes = named.orderCodes;
                if (!named.alarmIds.isEmpty())
                    for (const OrderRow &r : std::as_const(s->orderRows))
                        if (r.alarmId && named.alarmIds.contains(*r.alarmId) && !codes.contains(r.code))
                            codes << r.code;
                mergeOrders(*s, orderIds, fresh, ids, named.orderCodes, named.alarmIds);
                const int codeColumn = fresh.column(u"code"_s);
                for (const QVariantList &row : std::as_const(fresh.rows))
                    if (!codes.contains(row.value(codeColumn).toString()))
                        codes << row.value(codeColumn).toString();
                stepOrders = codes;
                for (qint64 id : std::as_const(ids))
                    orderMaxId = std::max(orderMaxId, id);
            } else {
                s->orders = q.orders(&orderIds);
                localizeColumn(s->orders, u"title"_s, u"title_zh"_s);
                s->orderRows = OrderRow::fromTable(s->orders);
                orderMaxId = 0;
                for (qint64 id : std::as_const(orderIds))
                    orderMaxId = std::max(orderMaxId, id);
            }
        }
        qint64 instructionMaxId = m_instructionMaxId;
        bool instructionsInFull = false;
        if (want(InstructionsPart)) {
            if (!full && named.instructionsByName && s->instructionRows.size() == s->instructions.rows.size()) {
                // Only the instructions the changes name and the new ones (about 10,000 rows on a year-old store, each
                // change touching one), merged into the previous rows where a full read puts them.
                Table fresh = q.instructionsChanged(instructionMaxId, named.instructionIds);
                localizeColumn(fresh, u"text"_s, u"text_zh"_s);
                mergeInstructions(*s, fresh, named.instructionIds);
                const int idColumn = fresh.column(u"id"_s);
                for (const QVariantList &row : std::as_const(fresh.rows))
                    instructionMaxId = std::max(instructionMaxId, row.value(idColumn).toLongLong());
            } else {
                s->instructions = q.instructions();
                localizeColumn(s->instructions, u"text"_s, u"text_zh"_s);
                s->instructionRows = InstructionRow::fromTable(s->instructions);
                instructionMaxId = 0;
                for (const InstructionRow &r : std::as_const(s->instructionRows))
                    instructionMaxId = std::max(instructionMaxId, r.id);
                instructionsInFull = true;
            }
        }
        if (want(OnSitePart)) {
            s->onSite = q.onSite();
            s->onSiteRows = PersonOnSite::fromTable(s->onSite);
        }
        if (want(OrdersPart)) {
            ProcedureService procedures(*m_ctx);
            if (stepOrders && s->orderStepRows.size() == s->orderSteps.rows.size()) {
                // Only the changed orders' steps (those of every running order and of a week's orders otherwise).
                // An order that leaves the week's window unchanged leaves the list at the next full read.
                mergeSteps(*s, procedures.stepsOf(*stepOrders), *stepOrders);
            } else {
                s->orderSteps = procedures.steps();
                s->orderStepRows = OrderStepRow::fromTable(s->orderSteps);
                ++m_stepFullReads;
            }
            s->skippedSteps = procedures.skippedSteps();
            localizeColumn(s->skippedSteps, u"text_en"_s, u"text_zh"_s); // the skipped-steps table shows one step text
        }
        // The signed-in user's notifications and tasks, after the changes that make or close them (partsFor).
        if (want(InboxPart)) {
            s->notifications = NotificationService(*m_ctx).mine();
            localizeColumn(s->notifications, u"text"_s, u"text_zh"_s);
            s->notificationRows = NotificationRow::fromTable(s->notifications);
            s->inboxItems = InboxService(*m_ctx).mine();
            if (chineseUi())
                for (InboxItem &i : s->inboxItems)
                    if (!i.titleZh.isEmpty())
                        i.title = i.titleZh;
            s->inbox = InboxService::table(s->inboxItems);
            ++m_inboxReads;
        }
        // The counts of the tables read again (a full read: all of them), the others from the previous snapshot.
        unsigned counts = full ? unsigned(SiteSummary::AllCounts) : 0u;
        for (const auto &[part, count] : {std::pair{HazardsPart, SiteSummary::Hazards}, {PermitsPart, SiteSummary::Permits},
                                          {AlarmsPart, SiteSummary::Alarms}, {OrdersPart, SiteSummary::Orders},
                                          {InstructionsPart, SiteSummary::Instructions}, {ContractorsPart, SiteSummary::Contractors}})
            if (want(part))
                counts |= count;
        q.updateSummary(s->summary, s->today, counts);
        s->conflicts = conflictsOf(s->permits, s->takenAt);
        if (want(AlarmsPart)) {
            s->flood = {};
            s->floodSettingsError.clear();
            try {
                s->flood = FloodSettings::load(*m_db);
            } catch (const Error &e) { // the defaults, and the reason shown in the alarm panel
                s->floodSettingsError = e.message();
            }
            s->floods = TelemetryService(*m_ctx).floodStatusNow(s->flood);
        }
        ++m_reads;
        if (full)
            ++m_fullReads;
        if (instructionsInFull)
            ++m_instructionFullReads;
        m_seenSeq = std::max(m_seenSeq, seq);
        m_orderIds = std::move(orderIds);
        m_orderMaxId = orderMaxId;
        m_permitIds = std::move(permitIds);
        m_permitMaxId = permitMaxId;
        m_hazardIds = std::move(hazardIds);
        m_hazardMaxId = hazardMaxId;
        m_instructionMaxId = instructionMaxId;
        m_pendingParts &= ~parts;
        if (!m_pendingParts && m_changeTimer)
            m_changeTimer->stop();
        m_sinceRead.start();
        m_last = s;
        Q_EMIT storeHealth(true, m_db->describe());
        Q_EMIT snapshotReady(s);
    } catch (const Error &e) {
        m_sinceRead.start();
        Q_EMIT storeHealth(false, e.message());
    } catch (const std::exception &e) { // e.g. std::length_error from bad data: report it, keep refreshing
        m_sinceRead.start();
        qCWarning(lcServices).noquote() << "data worker: refresh:" << internalErrorText(e);
        Q_EMIT storeHealth(false, internalErrorText(e));
    }
}

QList<PermitConflict> DataWorker::conflictsOf(const Table &permits, qint64 now)
{
    // The site's rules file as it is now: an edit of it counts as a change, like one of the permits.
    const QString rulesPath = qEnvironmentVariable("GUARDLINE_SIMOPS_RULES");
    const QFileInfo rulesFile(rulesPath);
    const QString rulesKey = rulesPath.isEmpty() ? QString()
                                                 : rulesPath + u'|' + QString::number(rulesFile.lastModified().toMSecsSinceEpoch())
                                                       + u'|' + QString::number(rulesFile.size());
    static QString lastRulesKey; // one data worker per process; another one would only recompute once more
    const bool rulesChanged = rulesKey != lastRulesKey;
    lastRulesKey = rulesKey;
    if (permits.rows == m_conflictRows && !rulesChanged && now - m_conflictsAt < 60000)
        return m_conflicts;
    conflicts::SimopsRules rules = conflicts::SimopsRules::defaults();
    try {
        rules = siteSimopsRules();
        m_conflictRulesProblem.clear();
    } catch (const Error &e) { // a broken site file: say so once, and still show the built-in matrix's conflicts
        if (e.message() != m_conflictRulesProblem)
            Q_EMIT failed(tr("The site's SIMOPS rules cannot be read (%1): cross-work conflicts are shown by the built-in rules, "
                             "and permits cannot be approved until the file is fixed.").arg(e.message()));
        m_conflictRulesProblem = e.message();
    }
    m_conflicts = permitTableConflicts(permits, now, rules);
    m_conflictRows = permits.rows;
    m_conflictsAt = now;
    return m_conflicts;
}

template<class Fn> void DataWorker::write(Fn &&fn)
{
    if (!m_ctx)
        return;
    try {
        fn();
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
    } catch (const std::exception &e) {
        qCWarning(lcServices).noquote() << "data worker: write:" << internalErrorText(e);
        Q_EMIT failed(internalErrorText(e));
    }
    refresh();
}

void DataWorker::acknowledgeAlarm(qint64 alarmId, qint64 version)
{
    write([&] { OperationsService(*m_ctx).acknowledgeAlarm(alarmId, version > 0 ? std::optional<qint64>(version) : std::nullopt); });
}

void DataWorker::acknowledgeInstruction(qint64 instructionId)
{
    write([&] { OperationsService(*m_ctx).acknowledgeInstruction(instructionId); });
}

QString DataWorker::internalErrorText(const std::exception &e)
{
    return tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()));
}

void DataWorker::logInternalError(const char *where, const std::exception &e)
{
    qCWarning(lcServices).noquote() << "data worker:" << where << ':' << internalErrorText(e);
}

void DataWorker::deliverError(QObject *receiver, std::function<void(const QString &)> onError, const QString &message)
{
    if (onError && receiver)
        QMetaObject::invokeMethod(receiver, [onError = std::move(onError), message] { onError(message); }, Qt::QueuedConnection);
    else
        Q_EMIT failed(message);
}

void DataWorker::close()
{
    if (m_timer)
        m_timer->stop();
    if (m_tick)
        m_tick->stop();
    if (m_changeTimer)
        m_changeTimer->stop();
    m_watcher.reset(); // its connection closes on this thread, before the worker's
    m_pendingParts = 0;
    m_last.reset();
    m_orderIds.clear();
    m_orderMaxId = 0;
    m_permitIds.clear();
    m_hazardIds.clear();
    m_permitMaxId = m_hazardMaxId = 0;
    m_instructionMaxId = 0;
    m_ctx.reset();
    m_db.reset();
}

} // namespace ui
} // namespace gl
