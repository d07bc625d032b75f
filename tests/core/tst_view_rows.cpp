// SPDX-License-Identifier: Apache-2.0
// Typed rows of what the views show (issue #15): built from the read side's real tables on a real store, with
// the values the store holds, and a column the query no longer returns is a clear error, not an empty field.
#include "demo/DemoPlant.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/AdmissionRows.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/ExpiryTasks.h"
#include "modules/admission/logic/GateDevices.h"
#include "modules/admission/logic/RosterImport.h"
#include "modules/dispatch/logic/NotificationService.h"
#include "modules/dispatch/logic/ProcedureService.h"
#include "modules/workspace/logic/QueryService.h"
#include "modules/workspace/logic/ViewRows.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QDateTime kNow = QDateTime::fromString(u"2026-03-02T10:30:00+08:00"_s, Qt::ISODate);

std::optional<qint64> maybe(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

/// The error `fromTable` gives for `t`, or empty when it builds the rows.
template<class Row> QString errorOf(const Table &t)
{
    try {
        Row::fromTable(t);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

/// `t` without its column `key` (as if the query had renamed or dropped it).
Table without(const Table &t, const QString &key)
{
    Table out = t;
    const int c = t.column(key);
    out.columns[c] = key + u"_renamed"_s;
    return out;
}

/// Every column of `t` but `unused` is one `Row::fromTable` needs: without any one of them it says which, by
/// name; without one of `unused` it still builds the rows.
template<class Row> void eachColumnIsNeeded(const Table &t, const QString &what, const QStringList &unused = {})
{
    QVERIFY2(!t.columns.isEmpty(), qPrintable(what));
    QCOMPARE(errorOf<Row>(t), QString());
    for (const QString &key : unused)
        QVERIFY2(t.column(key) >= 0, qPrintable(what + u" has no "_s + key));
    for (const QString &key : t.columns) {
        const QString e = errorOf<Row>(without(t, key));
        if (unused.contains(key))
            QVERIFY2(e.isEmpty(), qPrintable(what + u": "_s + key + u" → "_s + e));
        else
            QVERIFY2(e.contains(u"\""_s + key + u"\""_s) && e.contains(what), qPrintable(what + u": "_s + key + u" → "_s + e));
    }
}
} // namespace

class TestViewRows : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestDb> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceContext> m_ctx;
    ManualClock m_clock{kNow.toMSecsSinceEpoch()}; // the demo's morning: its people are on site

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDb>(Backend::Sqlite);
        m_db = m_store->open();
        Schema::migrate(*m_db);
        QVERIFY(DemoPlant::load(*m_db, kNow).created);
        m_ctx = std::make_unique<ServiceContext>(ServiceContext{*m_db, Actor::system(u"test"_s), &m_clock});
    }
    void cleanupTestCase()
    {
        m_ctx.reset();
        m_db.reset();
        m_store.reset();
    }

    void alarmsAsTheStoreHoldsThem()
    {
        const Table t = QueryService(*m_ctx).alarms();
        const QList<AlarmRow> rows = AlarmRow::fromTable(t);
        QCOMPARE(rows.size(), t.rows.size());
        QVERIFY(rows.size() > 5);
        int waiting = 0;
        for (const AlarmRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT al.severity, al.state, al.tag, al.raised_at, al.row_version, al.message, a.code, al.rule_id "
                                     "FROM alarms al LEFT JOIN areas a ON a.id = al.area_id WHERE al.id = ?"_s, {r.id});
            QVERIFY(q.next());
            QCOMPARE(r.severity, q.value(0).toString());
            QCOMPARE(r.state, q.value(1).toString());
            QCOMPARE(r.tag, q.value(2).toString());
            QCOMPARE(r.raisedAt, q.value(3).toLongLong());
            QCOMPARE(r.rowVersion, q.value(4).toLongLong());
            QCOMPARE(r.message, q.value(5).toString());
            QCOMPARE(r.area, q.value(6).toString());
            QCOMPARE(r.rule, q.value(7).toString());
            QCOMPARE(r.waiting(), r.state == u"unacknowledged"_s || r.state == u"returned"_s);
            waiting += r.waiting();
        }
        QVERIFY(waiting > 0); // the demo has alarms waiting for acknowledgement
    }

    void ordersAsTheStoreHoldsThem()
    {
        const Table t = QueryService(*m_ctx).orders();
        const QList<OrderRow> rows = OrderRow::fromTable(t);
        QCOMPARE(rows.size(), t.rows.size());
        int confirmed = 0, withAlarm = 0;
        for (const OrderRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT state, priority, title, due_at, detected_at, raised_at, verified_at, responded_at, confirmed_at, "
                                     "escalation_level, alarm_id, created_at, row_version FROM dispatch_orders WHERE code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.state, q.value(0).toString());
            QCOMPARE(r.priority, q.value(1).toString());
            QCOMPARE(r.title, q.value(2).toString());
            QCOMPARE(r.dueAt, maybe(q.value(3)));
            QCOMPARE(r.times.began, maybe(q.value(4)));
            QCOMPARE(r.times.raised, maybe(q.value(5)));
            QCOMPARE(r.times.acked, maybe(q.value(6)));
            QCOMPARE(r.times.arrived, maybe(q.value(7)));
            QCOMPARE(r.times.confirmed, maybe(q.value(8)));
            QCOMPARE(r.escalationLevel, q.value(9).toInt());
            QCOMPARE(r.alarmId, maybe(q.value(10)));
            QCOMPARE(r.createdAt, q.value(11).toLongLong());
            QCOMPARE(r.rowVersion, q.value(12).toLongLong());
            confirmed += r.times.confirmed.has_value();
            withAlarm += r.alarmId.has_value();
        }
        QVERIFY(confirmed >= 20); // a month of incidents with every phase
        QVERIFY(withAlarm > 0);
    }

    void permitsAsTheStoreHoldsThem()
    {
        const Table t = QueryService(*m_ctx).permits();
        const QList<PermitRow> rows = PermitRow::fromTable(t);
        QCOMPARE(rows.size(), 30);
        for (const PermitRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT p.type, p.state, a.code, p.starts_at, p.ends_at, p.polygon, p.z_min, p.z_max, "
                                     "(SELECT count(*) FROM permit_workers w WHERE w.permit_id = p.id) "
                                     "FROM permits p JOIN areas a ON a.id = p.area_id WHERE p.code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.type, q.value(0).toString());
            QCOMPARE(r.state, q.value(1).toString());
            QCOMPARE(r.area, q.value(2).toString());
            QCOMPARE(r.startsAt, q.value(3).toLongLong());
            QCOMPARE(r.endsAt, q.value(4).toLongLong());
            const QJsonArray polygon = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
            QCOMPARE(r.polygon.size(), polygon.size());
            if (!polygon.isEmpty())
                QCOMPARE(r.polygon.first(), QPointF(polygon.at(0).toArray().at(0).toDouble(), polygon.at(0).toArray().at(1).toDouble()));
            QCOMPARE(r.zMin, q.value(6).toDouble());
            QCOMPARE(r.zMax, q.value(7).toDouble());
            QCOMPARE(r.workers, q.value(8).toInt());
        }
    }

    void hazardsAsTheStoreHoldsThem()
    {
        const Table t = QueryService(*m_ctx).hazards();
        const QList<HazardRow> rows = HazardRow::fromTable(t);
        QCOMPARE(rows.size(), 50);
        int withDeadline = 0;
        for (const HazardRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT grade, state, description, reported_at, deadline_at, x, y, z, row_version FROM hazards WHERE code = ?"_s,
                                     {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.grade, q.value(0).toString());
            QCOMPARE(r.state, q.value(1).toString());
            QCOMPARE(r.description, q.value(2).toString());
            QCOMPARE(r.reportedAt, q.value(3).toLongLong());
            QCOMPARE(r.deadlineAt, maybe(q.value(4)));
            QCOMPARE(r.x, q.value(5).toDouble());
            QCOMPARE(r.y, q.value(6).toDouble());
            QCOMPARE(r.z, q.value(7).toDouble());
            QCOMPARE(r.rowVersion, q.value(8).toLongLong());
            withDeadline += r.deadlineAt.has_value();
        }
        QVERIFY(withDeadline > 0 && withDeadline < rows.size()); // both kinds: a reported hazard has no deadline yet
    }

    void instructionsAsTheStoreHoldsThem()
    {
        const QList<InstructionRow> rows = InstructionRow::fromTable(QueryService(*m_ctx).instructions());
        QVERIFY(!rows.isEmpty());
        int haltPour = 0;
        for (const InstructionRow &r : rows)
            if (r.text == u"HALT POUR"_s && !r.ackedAt) {
                ++haltPour;
                QVERIFY(!r.target.isEmpty());
                QVERIFY(r.issuedAt > 0);
            }
        QCOMPARE(haltPour, 1); // the demo's unacknowledged HALT POUR
    }

    void peopleOnSiteAsTheStoreHoldsThem()
    {
        const QList<PersonOnSite> rows = PersonOnSite::fromTable(CheckinService(*m_ctx).onSite());
        QVERIFY(rows.size() > 10); // the demo's check-ins of this morning
        for (const PersonOnSite &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT p.name, c.code, k.x, k.y, k.at FROM checkins k JOIN people p ON p.id = k.person_id "
                                     "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ? AND k.direction = 'in' "
                                     "ORDER BY k.at DESC, k.id DESC LIMIT 1"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.contractor, q.value(1).toString());
            QCOMPARE(r.x, std::optional<double>(q.value(2).toDouble()));
            QCOMPARE(r.y, std::optional<double>(q.value(3).toDouble()));
            QCOMPARE(r.at, q.value(4).toLongLong());
        }
    }

    void orderStepsAsTheStoreHoldsThem()
    {
        const QList<OrderStepRow> rows = OrderStepRow::fromTable(ProcedureService(*m_ctx).steps());
        QVERIFY(!rows.isEmpty()); // the demo's running orders have their procedures
        for (const OrderStepRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT s.state, s.text_en, s.text_zh, s.title_en, s.marked_at, s.marked_by, s.skip_reason, s.out_of_order "
                                     "FROM order_steps s JOIN dispatch_orders o ON o.id = s.order_id WHERE o.code = ? AND s.seq = ?"_s,
                                     {r.order, r.seq});
            QVERIFY(q.next());
            QCOMPARE(r.state, q.value(0).toString());
            QCOMPARE(r.textEn, q.value(1).toString());
            QCOMPARE(r.textZh, q.value(2).toString());
            QCOMPARE(r.titleEn, q.value(3).toString());
            QCOMPARE(r.markedAt, maybe(q.value(4)));
            QCOMPARE(r.markedBy, q.value(5).toString());
            QCOMPARE(r.reason, q.value(6).toString());
            QCOMPARE(r.outOfOrder, q.value(7).toInt() != 0);
            QCOMPARE(r.markedAt.has_value(), r.state != u"pending"_s);
        }
    }

    void contractorsAsTheStoreHoldsThem()
    {
        const Table t = QueryService(*m_ctx).contractors(kNow.date());
        const QList<ContractorRow> rows = ContractorRow::fromTable(t);
        QCOMPARE(rows.size(), t.rows.size());
        QVERIFY(rows.size() >= 3);
        int admitted = 0, withZh = 0;
        for (const ContractorRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT c.name, c.name_zh, c.trade, c.credit_code, (SELECT count(*) FROM people p WHERE p.contractor_id = c.id) "
                                     "FROM contractors c WHERE c.code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.nameZh, q.value(1).toString());
            QCOMPARE(r.trade, q.value(2).toString());
            QCOMPARE(r.creditCode, q.value(3).toString());
            QCOMPARE(r.workers, q.value(4).toInt());
            QVERIFY2(QStringList({u"admitted"_s, u"not_admitted"_s, u"suspended"_s}).contains(r.status), qPrintable(r.status));
            QVERIFY2(QStringList({u"valid"_s, u"expiring"_s, u"expired"_s, u"missing"_s}).contains(r.documents), qPrintable(r.documents));
            // The reasons are the admission rule's, one by one (the table joins them with "; ").
            QCOMPARE(r.reasons.join(u"; "_s), t.rows[rows.indexOf(r)][t.column(u"reasons"_s)].toString());
            QCOMPARE(r.reasons.isEmpty(), r.status == u"admitted"_s);
            admitted += r.status == u"admitted"_s;
            withZh += !r.nameZh.isEmpty();
        }
        QVERIFY(admitted > 0 && admitted < rows.size()); // the demo has both
        QVERIFY(withZh > 0);
    }

    void peopleAsTheStoreHoldsThem()
    {
        const QList<PersonRow> rows = PersonRow::fromTable(QueryService(*m_ctx).people(kNow.date()));
        const QList<ContractorRow> contractors = ContractorRow::fromTable(QueryService(*m_ctx).contractors(kNow.date()));
        QVERIFY(rows.size() > 10);
        int employees = 0, notWhitelisted = 0, briefed = 0;
        for (const PersonRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT p.name, p.kind, p.job, p.briefing_on, p.whitelisted, p.left_on, c.code FROM people p "
                                     "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.kind, q.value(1).toString());
            QCOMPARE(r.job, q.value(2).toString());
            QCOMPARE(r.briefingOn, q.value(3).toString());
            QCOMPARE(r.whitelisted, q.value(4).toInt() != 0);
            QCOMPARE(r.leftOn, q.value(5).toString());
            QCOMPARE(r.contractor, q.value(6).toString());
            QVERIFY2(QStringList({u"valid"_s, u"expiring"_s, u"expired"_s, u"none"_s}).contains(r.certificates), qPrintable(r.certificates));
            if (r.contractor.isEmpty()) {
                QCOMPARE(r.companyDocuments, QString());
            } else {
                const auto c = std::find_if(contractors.begin(), contractors.end(), [&](const ContractorRow &c) { return c.code == r.contractor; });
                QVERIFY(c != contractors.end());
                QCOMPARE(r.companyDocuments, c->documents);
            }
            employees += r.kind == u"employee"_s;
            notWhitelisted += !r.whitelisted;
            briefed += !r.briefingOn.isEmpty();
        }
        QVERIFY(employees > 0 && employees < rows.size());
        QVERIFY(briefed > 0);
        QVERIFY(notWhitelisted < rows.size());
    }

    void camerasAsTheStoreHoldsThem()
    {
        const QList<CameraRow> rows = CameraRow::fromTable(QueryService(*m_ctx).cameras());
        QVERIFY(!rows.isEmpty()); // the demo plant's cameras
        int withArea = 0;
        for (const CameraRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT c.name, a.code FROM cameras c LEFT JOIN areas a ON a.id = c.area_id WHERE c.code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.area, q.value(1).toString());
            withArea += !r.area.isEmpty();
        }
        QVERIFY(withArea > 0);
    }

    void notificationsAsTheStoreHoldsThem()
    {
        // Two notifications to the signed-in user, as the services write them; one of them read.
        NotificationService n(*m_ctx);
        const qint64 first = n.notify(m_ctx->actor.auditName(), u"step.skipped"_s, u"order"_s, u"DO-1"_s, u"CH2"_s, u"Step 2 skipped"_s,
                                      u"第2步已跳过"_s);
        n.notify(m_ctx->actor.auditName(), u"rule_notify"_s, u"alarm"_s, u"7"_s, QString(), u"CO trend rising"_s);
        n.markRead(first);
        const Table t = n.mine();
        const QList<NotificationRow> rows = NotificationRow::fromTable(t);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0].unread() && !rows[1].unread()); // unread first
        for (const NotificationRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT kind, object_type, object_id, area, text, created_at, read_at FROM notifications WHERE id = ?"_s, {r.id});
            QVERIFY(q.next());
            QCOMPARE(r.kind, q.value(0).toString());
            QCOMPARE(r.objectType, q.value(1).toString());
            QCOMPARE(r.objectId, q.value(2).toString());
            QCOMPARE(r.area, q.value(3).toString());
            QCOMPARE(r.text, q.value(4).toString());
            QCOMPARE(r.createdAt, q.value(5).toLongLong());
            QCOMPARE(r.readAt, maybe(q.value(6)));
        }
        QCOMPARE(rows[1].id, first);
        QCOMPARE(rows[1].text, u"Step 2 skipped"_s);
        QCOMPARE(rows[0].area, QString());
    }

    void contractorDocumentsAsTheStoreHoldsThem()
    {
        int documents = 0;
        for (const ContractorRow &c : ContractorRow::fromTable(QueryService(*m_ctx).contractors(kNow.date()))) {
            const QList<ContractorDocumentRow> rows = ContractorDocumentRow::fromTable(AdmissionDocuments(*m_ctx).documents(c.code, kNow.date()));
            for (const ContractorDocumentRow &r : rows) {
                QSqlQuery q = m_db->exec(u"SELECT kind, file_name, sha256, size_bytes, pages, issued_on, expires_on, superseded_at "
                                         "FROM contractor_documents WHERE id = ?"_s, {r.id});
                QVERIFY(q.next());
                QCOMPARE(r.kind, q.value(0).toString());
                QCOMPARE(r.fileName, q.value(1).toString());
                QCOMPARE(r.sha256, q.value(2).toString());
                QCOMPARE(r.sizeBytes, q.value(3).toLongLong());
                QCOMPARE(r.pages, q.value(4).toInt());
                QCOMPARE(r.issuedOn, q.value(5).toString());
                QCOMPARE(r.expiresOn, q.value(6).toString());
                QCOMPARE(r.state == u"superseded"_s, !q.value(7).isNull());
                ++documents;
            }
        }
        QVERIFY(documents >= 4); // the demo's contractors have their documents
    }

    void contractorTasksAsTheStoreHoldsThem()
    {
        ExpiryTasks tasks(*m_ctx);
        tasks.raiseExpiryTasks(kNow.date());
        const QList<ContractorTaskRow> rows = ContractorTaskRow::fromTable(tasks.tasks());
        QVERIFY(!rows.isEmpty()); // the demo has documents expiring or expired
        for (const ContractorTaskRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT t.kind, c.code, t.title, t.title_zh, t.due_on, t.state, t.created_at FROM contractor_tasks t "
                                     "LEFT JOIN contractors c ON c.id = t.contractor_id WHERE t.id = ?"_s, {r.id});
            QVERIFY(q.next());
            QCOMPARE(r.kind, q.value(0).toString());
            QCOMPARE(r.contractor, q.value(1).toString());
            QCOMPARE(r.title, q.value(2).toString());
            QCOMPARE(r.titleZh, q.value(3).toString());
            QCOMPARE(r.dueOn, q.value(4).toString());
            QCOMPARE(r.state, u"open"_s);
            QCOMPARE(r.createdAt, q.value(6).toLongLong());
        }
    }

    void gatesAsTheStoreHoldsThem()
    {
        const QList<GateRow> rows = GateRow::fromTable(CheckinService(*m_ctx).gates());
        QVERIFY(!rows.isEmpty()); // the demo plant's gates
        const QString site = m_db->scalar(u"SELECT code FROM sites ORDER BY id LIMIT 1"_s).toString();
        for (const GateRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT e.name, e.name_zh, a.code, e.x, e.y FROM equipment e JOIN areas a ON a.id = e.area_id "
                                     "WHERE e.code = ? AND e.kind = 'gate'"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.nameZh, q.value(1).toString());
            QCOMPARE(r.area, q.value(2).toString());
            QCOMPARE(r.x, q.value(3).toDouble());
            QCOMPARE(r.y, q.value(4).toDouble());
            QCOMPARE(r.qrPayload, CheckinService::gatePayload(site, r.code));
        }
    }

    void gateDevicesAsTheStoreHoldsThem()
    {
        GateDevices devices(*m_ctx);
        devices.addDevice(u"TAB-1"_s, u"North gate tablet"_s);
        devices.addDevice(u"TAB-2"_s, u"Old tablet"_s);
        m_clock.advance(60000);
        devices.revokeDevice(u"TAB-2"_s);
        const QList<GateDeviceRow> rows = GateDeviceRow::fromTable(devices.devices());
        QVERIFY(rows.size() >= 2);
        int revoked = 0;
        for (const GateDeviceRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT d.name, d.created_at, d.revoked_at, d.last_seen_at, (SELECT count(*) FROM checkins k WHERE k.device_id = d.id) "
                                     "FROM checkin_devices d WHERE d.code = ?"_s, {r.code});
            QVERIFY(q.next());
            QCOMPARE(r.name, q.value(0).toString());
            QCOMPARE(r.createdAt, q.value(1).toLongLong());
            QCOMPARE(r.revokedAt, maybe(q.value(2)));
            QCOMPARE(r.lastSeenAt, maybe(q.value(3)));
            QCOMPARE(r.checkins, q.value(4).toInt());
            revoked += r.revokedAt.has_value();
        }
        QCOMPARE(revoked, 1);
        const auto tab2 = std::find_if(rows.begin(), rows.end(), [](const GateDeviceRow &r) { return r.code == u"TAB-2"_s; });
        QVERIFY(tab2 != rows.end() && tab2->revokedAt == m_clock.nowMs());
    }

    void rosterImportsAsTheStoreHoldsThem()
    {
        const auto worker = [&] {
            for (const PersonRow &p : PersonRow::fromTable(QueryService(*m_ctx).people(kNow.date())))
                if (!p.contractor.isEmpty() && p.leftOn.isEmpty())
                    return p;
            return PersonRow{};
        }();
        QVERIFY(!worker.code.isEmpty());
        sdk::RosterRow row;
        row.line = 2;
        row.worker = worker.code;
        row.contractor = worker.contractor;
        row.card = u"4711"_s;
        row.validUntil = QDate(2026, 12, 31);
        RosterImport(*m_ctx).importRoster(u"whitelist"_s, u"acs.csv"_s, {row}, false);
        const QList<RosterImportRow> rows = RosterImportRow::fromTable(RosterImport(*m_ctx).rosterImports());
        QVERIFY(!rows.isEmpty());
        for (const RosterImportRow &r : rows) {
            QSqlQuery q = m_db->exec(u"SELECT kind, source, imported_at, actor, added, removed, changed, skipped FROM roster_imports WHERE id = ?"_s, {r.id});
            QVERIFY(q.next());
            QCOMPARE(r.kind, q.value(0).toString());
            QCOMPARE(r.source, q.value(1).toString());
            QCOMPARE(r.importedAt, q.value(2).toLongLong());
            QCOMPARE(r.actor, q.value(3).toString());
            QCOMPARE(r.added, q.value(4).toInt());
            QCOMPARE(r.removed, q.value(5).toInt());
            QCOMPARE(r.changed, q.value(6).toInt());
            QCOMPARE(r.skipped, q.value(7).toInt());
        }
        QCOMPARE(rows.first().kind, u"whitelist"_s); // newest first: this one
        QCOMPARE(rows.first().source, u"acs.csv"_s);
        QCOMPARE(rows.first().importedAt, m_clock.nowMs());
        QVERIFY(rows.first().added + rows.first().removed + rows.first().changed > 0);
    }

    // A column the query renames or drops is named by the error, for every column of every typed table: the
    // views' rows would otherwise come out empty without a word (what issue #15 is about). The Chinese texts are
    // the only columns the rows leave out: the data thread puts them in the interface language's column first.
    void aMissingColumnIsNamed()
    {
        QueryService q(*m_ctx);
        eachColumnIsNeeded<AlarmRow>(q.alarms(), u"alarms"_s, {u"message_zh"_s});
        eachColumnIsNeeded<OrderRow>(q.orders(), u"orders"_s, {u"title_zh"_s});
        eachColumnIsNeeded<PermitRow>(q.permits(), u"permits"_s);
        eachColumnIsNeeded<HazardRow>(q.hazards(), u"hazards"_s);
        eachColumnIsNeeded<InstructionRow>(q.instructions(), u"instructions"_s, {u"text_zh"_s});
        eachColumnIsNeeded<PersonOnSite>(CheckinService(*m_ctx).onSite(), u"people on site"_s);
        eachColumnIsNeeded<OrderStepRow>(ProcedureService(*m_ctx).steps(), u"order steps"_s);
        eachColumnIsNeeded<ContractorRow>(q.contractors(kNow.date()), u"contractors"_s);
        eachColumnIsNeeded<PersonRow>(q.people(kNow.date()), u"people"_s);
        eachColumnIsNeeded<CameraRow>(q.cameras(), u"cameras"_s);
        eachColumnIsNeeded<NotificationRow>(NotificationService(*m_ctx).mine(), u"notifications"_s, {u"text_zh"_s});
        const QString contractor = ContractorRow::fromTable(q.contractors(kNow.date())).first().code;
        eachColumnIsNeeded<ContractorDocumentRow>(AdmissionDocuments(*m_ctx).documents(contractor, kNow.date()), u"contractor documents"_s);
        eachColumnIsNeeded<ContractorTaskRow>(ExpiryTasks(*m_ctx).tasks(), u"contractor tasks"_s);
        eachColumnIsNeeded<GateRow>(CheckinService(*m_ctx).gates(), u"gates"_s);
        eachColumnIsNeeded<GateDeviceRow>(GateDevices(*m_ctx).devices(), u"gate devices"_s);
        eachColumnIsNeeded<RosterImportRow>(RosterImport(*m_ctx).rosterImports(), u"roster imports"_s);
    }
};

QTEST_GUILESS_MAIN(TestViewRows)
#include "tst_view_rows.moc"
