// SPDX-License-Identifier: Apache-2.0
// The daily report scheduler (due time in the site's zone across DST, catch-up, never twice), the archive
// (SHA-256 in the audit chain, a tampered file refused) and the safety metrics (TRIR/LTIFR formulas,
// the dashboard's numbers), on SQLite and PostgreSQL. Reports are rendered by the real renderer.
#include "modules/engine/logic/Housekeeping.h"
#include "modules/reporting/logic/ReportArchiveService.h"
#include "modules/reporting/logic/SafetyMetricsService.h"
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using gl::test::TestDb;

namespace {

qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }

/// A migrated store with one site in `zone` and two areas.
std::unique_ptr<gl::Database> siteDb(const TestDb &t, const QString &zone)
{
    auto db = t.open();
    gl::Schema::migrate(*db);
    db->exec(u"INSERT INTO sites (code, name, name_zh, timezone, origin_lat, origin_lon) VALUES ('T', 'Test site', '测试厂区', ?, 31.9, 120.9)"_s,
             {zone});
    const qint64 site = db->scalar(u"SELECT id FROM sites"_s).toLongLong();
    for (const char *a : {"A1", "A2"})
        db->exec(u"INSERT INTO areas (site_id, code, name, kind, risk, polygon) VALUES (?, ?, ?, 'process', 'yellow', "
                 "'[[0,0],[10,0],[10,10],[0,10]]')"_s,
                 {site, QString::fromLatin1(a), QString::fromLatin1(a)});
    return db;
}

} // namespace

class TestReportArchive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { gl::reports::registerReportGenerator(); }

    void formulas()
    {
        using S = gl::SafetyMetricsService;
        QCOMPARE(S::trir(3, 600'000.0), 1.0);
        QCOMPARE(S::trir(5, 1'000'000.0), 1.0);
        QCOMPARE(S::ltifr(2, 2'000'000.0), 1.0);
        QCOMPARE(S::ltifr(1, 400'000.0), 2.5);
        QCOMPARE(S::trir(0, 100.0), 0.0);
        QCOMPARE(S::trir(2, 0.0), -1.0);
        QCOMPARE(S::ltifr(2, 0.0), -1.0);
        QVERIFY(!S::isRecordable(u"first_aid"_s));
        QVERIFY(!S::isRecordable(u"near_miss"_s));
        QVERIFY(S::isRecordable(u"medical_treatment"_s));
        QVERIFY(S::isRecordable(u"restricted_work"_s));
        QVERIFY(S::isLostTime(u"lost_time"_s));
        QVERIFY(S::isLostTime(u"fatality"_s));
        QVERIFY(!S::isLostTime(u"restricted_work"_s));
    }

    void dashboard_data() { gl::test::addBackendRows(); }
    void dashboard()
    {
        QFETCH(gl::Backend, backend);
        TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = siteDb(t, u"Asia/Shanghai"_s);
        gl::ManualClock clock(utc("2026-06-15T12:00:00+08:00"));
        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        gl::SafetyMetricsService s(ctx);
        // 12 months (2025-07 .. 2026-06) of 100,000 h each = 1.2 M hours; one older month outside the window.
        s.recordHours(QDate(2025, 6, 1), QDate(2025, 6, 30), 999'999, 500);
        for (int m = 0; m < 12; ++m) {
            const QDate start = QDate(2025, 7, 1).addMonths(m);
            s.recordHours(start, start.addMonths(1).addDays(-1), 90'000, 500);
        }
        s.recordHours(QDate(2026, 6, 1), QDate(2026, 6, 30), 100'000, 520); // replaces June's figure
        QCOMPARE(db->scalar(u"SELECT count(*) FROM hours_worked"_s).toInt(), 13);
        auto incident = [&](const char *code, const char *when, const char *cls, int lostDays = 0) {
            s.recordIncident({QString::fromLatin1(code), u"A1"_s, QString::fromLatin1(cls), u"test incident"_s, utc(when), lostDays});
        };
        incident("I-1", "2025-05-20T10:00:00+08:00", "lost_time", 3);  // before the 12 months: not counted
        incident("I-2", "2025-09-01T10:00:00+08:00", "medical_treatment");
        incident("I-3", "2026-01-10T10:00:00+08:00", "lost_time", 4);
        incident("I-4", "2026-03-03T10:00:00+08:00", "restricted_work");
        incident("I-5", "2026-06-10T10:00:00+08:00", "first_aid");
        incident("I-6", "2026-06-12T10:00:00+08:00", "near_miss");
        incident("I-7", "2026-06-14T10:00:00+08:00", "near_miss");
        // Bad input names the field and stores nothing.
        try {
            incident("I-8", "2026-06-14T10:00:00+08:00", "sprain");
            QFAIL("an unknown classification was accepted");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(u"classification"_s), qPrintable(e.message()));
        }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM safety_incidents"_s).toInt(), 7);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'incident.record'"_s).toInt(), 7);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'hours.record'"_s).toInt(), 14);
        // A viewer may read but not record.
        gl::ServiceContext viewer{*db, gl::Actor{0, u"v"_s, gl::Role::Viewer}, &clock};
        QVERIFY_THROWS_EXCEPTION(gl::Error, gl::SafetyMetricsService(viewer).recordHours(QDate(2026, 7, 1), QDate(2026, 7, 31), 1, 1));

        const gl::DashboardData d = gl::SafetyMetricsService(viewer).dashboard();
        QCOMPARE(d.months.first(), QDate(2025, 7, 1));
        QCOMPARE(d.hours12, 11 * 90'000.0 + 100'000.0);
        QCOMPARE(d.recordables12, 3); // I-2, I-3, I-4
        QCOMPARE(d.ltis12, 1);        // I-3
        QCOMPARE(d.trir12, 3 * 200'000.0 / 1'090'000.0);
        QCOMPARE(d.ltifr12, 1 * 1'000'000.0 / 1'090'000.0);
        QCOMPARE(d.lastLostTime, QDate(2026, 1, 10));
        QCOMPARE(d.ltiFreeDays, int(QDate(2026, 1, 10).daysTo(QDate(2026, 6, 15))));
        QCOMPARE(d.nearMisses.last() + d.nearMisses.value(d.nearMisses.size() - 2), 2);
        QCOMPARE(d.recentIncidents.first().code, u"I-7"_s);
        QCOMPARE(gl::AuditLog::verify(*db).ok, true);
    }

    void dueTimeAcrossDst()
    {
        TestDb t(gl::Backend::Sqlite);
        auto db = siteDb(t, u"Europe/Berlin"_s);
        gl::ManualClock clock(utc("2026-03-29T15:59:59Z"));
        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        gl::ReportArchiveService s(ctx);
        // 18:00 Berlin is 17:00 UTC in winter (CET) and 16:00 UTC from the spring switch (29 March 2026).
        QCOMPARE(s.dueAt(QDate(2026, 3, 28)), utc("2026-03-28T17:00:00Z"));
        QCOMPARE(s.dueAt(QDate(2026, 3, 29)), utc("2026-03-29T16:00:00Z"));
        QCOMPARE(s.dueAt(QDate(2026, 10, 24)), utc("2026-10-24T16:00:00Z"));
        QCOMPARE(s.dueAt(QDate(2026, 10, 25)), utc("2026-10-25T17:00:00Z")); // back to CET
        gl::ReportSchedule sch = s.schedule();
        sch.catchUpDays = 2;
        s.setSchedule(sch);
        QCOMPARE(s.pendingDays(), (QList<QDate>{QDate(2026, 3, 27), QDate(2026, 3, 28)}));
        clock.set(utc("2026-03-29T16:00:00Z")); // 18:00 CEST: the 29th is due (a UTC+1 reading would wait an hour)
        QCOMPARE(s.pendingDays(), (QList<QDate>{QDate(2026, 3, 28), QDate(2026, 3, 29)}));
        // A schedule time inside the DST gap (02:30 does not exist on 29 March) runs when the clock has jumped.
        sch.at = QTime(2, 30);
        s.setSchedule(sch);
        const qint64 gap = s.dueAt(QDate(2026, 3, 29));
        QVERIFY2(gap >= utc("2026-03-29T01:00:00Z") && gap <= utc("2026-03-29T01:30:00Z"),
                 qPrintable(QDateTime::fromMSecsSinceEpoch(gap, QTimeZone::utc()).toString(Qt::ISODate)));
        QCOMPARE(s.dueAt(QDate(2026, 3, 28)), utc("2026-03-28T01:30:00Z"));
        // Bad settings name the field.
        sch.language = u"fr"_s;
        try {
            s.setSchedule(sch);
            QFAIL("language fr accepted");
        } catch (const gl::Error &e) {
            QVERIFY(e.message().contains(u"language"_s));
        }
    }

    void scheduleCatchUpOnce_data() { gl::test::addBackendRows(); }
    void scheduleCatchUpOnce()
    {
        QFETCH(gl::Backend, backend);
        TestDb t(backend);
        GL_REQUIRE_BACKEND(t);
        auto db = siteDb(t, u"Asia/Shanghai"_s);
        // The app was closed from the 7th to the 10th; it starts at 17:59 on the 10th.
        gl::ManualClock clock(utc("2026-03-10T17:59:00+08:00"));
        {
            gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
            gl::ReportSchedule sch;
            sch.catchUpDays = 3;
            sch.language = u"en"_s;
            gl::ReportArchiveService(ctx).setSchedule(sch);
        }
        gl::HousekeepingResult r = gl::Housekeeping::run(*db, clock); // the 9th and the 8th (2 per pass, latest first)
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed.join(u"; "_s)));
        QVERIFY2(r.done.contains(u"daily reports archived: 2026-03-09, 2026-03-08"_s), qPrintable(r.done.join(u"; "_s)));
        r = gl::Housekeeping::run(*db, clock); // the 7th
        QVERIFY2(r.done.contains(u"daily reports archived: 2026-03-07"_s), qPrintable(r.done.join(u"; "_s)));
        r = gl::Housekeeping::run(*db, clock); // nothing: the 10th is not due before 18:00
        QVERIFY2(!r.done.join(u" "_s).contains(u"daily reports"_s), qPrintable(r.done.join(u"; "_s)));
        clock.set(utc("2026-03-10T18:00:00+08:00"));
        r = gl::Housekeeping::run(*db, clock);
        QVERIFY2(r.done.contains(u"daily reports archived: 2026-03-10"_s), qPrintable(r.done.join(u"; "_s)));
        clock.advance(3600'000);
        r = gl::Housekeeping::run(*db, clock); // never twice
        QVERIFY2(!r.done.join(u" "_s).contains(u"daily reports"_s), qPrintable(r.done.join(u"; "_s)));

        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        gl::ReportArchiveService s(ctx);
        QCOMPARE(s.generate(QDate(2026, 3, 10), u"manual"_s), qint64(0)); // a second workstation: already archived
        QCOMPARE(db->scalar(u"SELECT count(*) FROM report_archive"_s).toInt(), 4);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'report.generate'"_s).toInt(), 4);
        QCOMPARE(db->scalar(u"SELECT count(DISTINCT report_date) FROM report_archive"_s).toInt(), 4);

        const QList<gl::ArchivedReport> list = s.list();
        QCOMPARE(list.size(), qsizetype(4));
        QCOMPARE(list.first().day, QDate(2026, 3, 10));
        QCOMPARE(list.first().origin, u"schedule"_s);
        QCOMPARE(list.first().generatedBy, u"system:daily-report"_s);
        QCOMPARE(list.first().language, u"en"_s);
        QVERIFY(list.first().pdfBytes > 1000);
        // The SHA-256 in the audit chain is the archived file's.
        for (const gl::ArchivedReport &a : list) {
            QSqlQuery q = db->exec(u"SELECT object_id, details FROM audit_log WHERE seq = ?"_s, {a.auditSeq});
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"daily-"_s + a.day.toString(Qt::ISODate));
            const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            QCOMPARE(details.value(u"sha256"_s).toString(), a.pdfSha256);
            QCOMPARE(details.value(u"html_sha256"_s).toString(), a.htmlSha256);
            const gl::OpenedReport pdf = s.open(a.id);
            QVERIFY(pdf.bytes.startsWith("%PDF"));
            QCOMPARE(pdf.sha256, a.pdfSha256);
            const gl::OpenedReport html = s.open(a.id, u"html"_s);
            QVERIFY(html.bytes.contains("<html"));
            QCOMPARE(gl::ReportArchiveService::sha256Hex(html.bytes), details.value(u"html_sha256"_s).toString());
        }
        QVERIFY(gl::AuditLog::verify(*db).ok);

        // Tampering: the file replaced, then the file and its recorded hash replaced: both refused.
        const gl::ArchivedReport victim = list.at(1);
        QByteArray forged = s.open(victim.id).bytes;
        forged.append("\n%% an edited copy\n");
        db->exec(u"UPDATE report_archive SET pdf = ? WHERE id = ?"_s, {forged, victim.id});
        try {
            s.open(victim.id);
            QFAIL("a tampered PDF was opened");
        } catch (const gl::Error &e) {
            QCOMPARE(e.code(), gl::ErrorCode::Conflict);
            QVERIFY2(e.message().contains(u"tampered"_s), qPrintable(e.message()));
        }
        db->exec(u"UPDATE report_archive SET pdf_sha256 = ? WHERE id = ?"_s, {gl::ReportArchiveService::sha256Hex(forged), victim.id});
        QVERIFY_THROWS_EXCEPTION(gl::Error, s.open(victim.id));
        QCOMPARE(s.open(list.at(0).id).sha256, list.at(0).pdfSha256); // the others are untouched
    }
};

QTEST_MAIN(TestReportArchive)
#include "tst_report_archive.moc"
