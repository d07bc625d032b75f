// SPDX-License-Identifier: Apache-2.0
// The Contractor Health Daily Report on the demo plant: metrics against hand-written SQL, the PDF and
// HTML outputs, the exit codes and the audit entry of the archived report.
#include "modules/reporting/logic/ReportService.h"
#include "platform/audit/AuditLog.h"
#include "platform/store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kNow = u"2026-03-02T10:30:00+08:00"_s;
const QString kDay = u"2026-03-02"_s;
const QString kAuthorised = u"('approved','active','suspended','closed','expired')"_s;
}

class TestReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    Run ctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUARDLINE_NOW"_s, kNow);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"GUARDLINE_USER"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardlinectl"), QStringList{u"--db"_s, m_db} + args);
        // 'demo' takes up to 6 minutes on the instrumented build (asan preset) on a loaded machine.
        if (!p.waitForFinished(600000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static qint64 count(gl::Database &db, const QString &sql, const QVariantList &binds)
    {
        return db.scalar(sql, binds).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.sqlite"_s);
        const Run r = ctl({u"demo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void metricsMatchSql_data()
    {
        QTest::addColumn<QString>("contractor");
        for (const char *c : {"C-001", "C-002", "C-003", "C-005", "C-006", "C-008"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void metricsMatchSql()
    {
        QFETCH(QString, contractor);
        auto db = gl::Database::open(gl::DbUrl::parse(m_db));
        const gl::Clock &clock = gl::processClock();
        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        const gl::DailyHealthReport r = gl::ContractorHealthService(ctx).daily(QDate::fromString(kDay, Qt::ISODate));
        QCOMPARE(r.contractors.size(), qsizetype(8));
        for (qsizetype i = 1; i < r.contractors.size(); ++i)
            QVERIFY(r.contractors[i - 1].health <= r.contractors[i].health);
        const auto it = std::find_if(r.contractors.cbegin(), r.contractors.cend(), [&](const gl::ContractorHealth &c) { return c.code == contractor; });
        QVERIFY(it != r.contractors.cend());
        const qint64 id = db->scalar(u"SELECT id FROM contractors WHERE code = ?"_s, {contractor}).toLongLong();

        // Qualification: valid 1, expiring within 30 days 0.5, expired 0, over documents and certificates issued by D.
        const QString weights = u"SELECT sum(w), count(*) FROM (SELECT CASE WHEN expires_on < :d THEN 0.0 WHEN expires_on <= date(:d, '+30 days') "
                                "THEN 0.5 ELSE 1.0 END AS w FROM (SELECT issued_on, expires_on FROM contractor_documents WHERE contractor_id = :c "
                                "UNION ALL SELECT c.issued_on, c.expires_on FROM certificates c JOIN people p ON p.id = c.person_id "
                                "WHERE p.contractor_id = :c) WHERE issued_on <= :d)"_s;
        QSqlQuery q = db->exec(QString(weights).replace(u":d"_s, u"'"_s + kDay + u"'"_s).replace(u":c"_s, QString::number(id)));
        QVERIFY(q.next());
        const double expected = q.value(1).toDouble() > 0 ? 100.0 * q.value(0).toDouble() / q.value(1).toDouble() : 0.0;
        QCOMPARE(qRound(it->qualification * 100), qRound(expected * 100));
        QCOMPARE(qint64(it->docsExpired), count(*db, u"SELECT count(*) FROM contractor_documents WHERE contractor_id = ? AND issued_on <= ? AND expires_on < ?"_s,
                                        {id, kDay, kDay}));
        QCOMPARE(qint64(it->workersOnShift), count(*db, u"SELECT count(DISTINCT s.person_id) FROM shift_assignments s JOIN people p ON p.id = s.person_id "
                                                "WHERE p.contractor_id = ? AND s.work_date = ?"_s, {id, kDay}));

        // Violations over 30 days: behaviour/ppe hazards reported on a day the contractor held a permit
        // overlapping that day in that area. The site is at +08:00 all year.
        const QString worked =
            u"(EXISTS (SELECT 1 FROM permits p WHERE p.contractor_id = :c AND p.state IN "_s + kAuthorised
            + u" AND p.area_id = h.area_id AND p.starts_at < (strftime('%s', hd, '+1 day') - 28800) * 1000 "
              "AND p.ends_at > (strftime('%s', hd) - 28800) * 1000))"_s;
        const QString violations = u"SELECT count(*) FROM (SELECT h.*, date(h.reported_at / 1000, 'unixepoch', '+8 hours') AS hd FROM hazards h) h "
                                   "WHERE h.category IN ('behaviour','ppe') AND hd > date(:d, '-30 days') AND hd <= :d AND "_s + worked;
        const qint64 v30 = db->scalar(QString(violations).replace(u":d"_s, u"'"_s + kDay + u"'"_s).replace(u":c"_s, QString::number(id))).toLongLong();
        QCOMPARE(qint64(it->violations30), v30);

        // Rectification timeliness over 30 days: attributed hazards due in the window, closed by the deadline.
        const QString due = u"SELECT count(*), sum(closed_at IS NOT NULL AND closed_at <= deadline_at) FROM "
                            "(SELECT h.*, date(h.reported_at / 1000, 'unixepoch', '+8 hours') AS hd, "
                            "date(h.deadline_at / 1000, 'unixepoch', '+8 hours') AS dd FROM hazards h) h "
                            "WHERE h.deadline_at IS NOT NULL AND dd > date(:d, '-30 days') AND dd <= :d AND hd > date(:d, '-60 days') "
                            "AND (h.deadline_at <= :now OR h.closed_at <= :now) AND "_s + worked;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        q = db->exec(QString(due).replace(u":d"_s, u"'"_s + kDay + u"'"_s).replace(u":c"_s, QString::number(id))
                         .replace(u":now"_s, QString::number(std::min(nowMs, r.dayEnd))));
        QVERIFY(q.next());
        QCOMPARE(qint64(it->due30), q.value(0).toLongLong());
        QCOMPARE(qint64(it->onTime30), q.value(1).toLongLong());
        QCOMPARE(it->conflicts, int(it->conflictPairs.size()));
    }

    void siteFactsMatchSql()
    {
        auto db = gl::Database::open(gl::DbUrl::parse(m_db));
        const gl::Clock &clock = gl::processClock();
        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        const gl::DailyHealthReport r = gl::ContractorHealthService(ctx).daily(QDate::fromString(kDay, Qt::ISODate));
        QCOMPARE(r.timeZone, u"Asia/Shanghai"_s);
        QCOMPARE(r.dayStart, QDateTime::fromString(kDay + u"T00:00:00+08:00"_s, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(qint64(r.interruptions.size()),
                 count(*db, u"SELECT count(*) FROM dispatch_orders WHERE detected_at >= ? AND detected_at < ?"_s, {r.dayStart, r.dayEnd}));
        QCOMPARE(qint64(r.unacknowledged.size()), count(*db, u"SELECT count(*) FROM instructions WHERE acked_at IS NULL"_s, {}));
        QCOMPARE(qint64(r.activePermits), count(*db, u"SELECT count(*) FROM permits WHERE state IN "_s + kAuthorised
                                                         + u" AND starts_at < ? AND ends_at > ?"_s, {r.dayEnd, r.dayStart}));
        QCOMPARE(r.auditSeq, count(*db, u"SELECT max(seq) FROM audit_log"_s, {}));
        QVERIFY(!r.expiredDocuments.isEmpty()); // C-008 carries expired documents (and is not admitted) and is on shift
    }

    void conflictsCountPerContractor()
    {
        // Blind-plate work next to hot work is incompatible (CONTRACTS.md section 3): two permits of two
        // contractors on a day without other permits give each of them one warning.
        auto db = gl::Database::open(gl::DbUrl::parse(m_db));
        const QDate day(2026, 2, 20);
        const qint64 dayStart = QDateTime(day, QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        const qint64 start = dayStart + 9 * 3'600'000LL;
        QCOMPARE(count(*db, u"SELECT count(*) FROM permits WHERE starts_at < ? AND ends_at > ?"_s, {dayStart + 86'400'000, dayStart}), 0);
        const QString insert = u"INSERT INTO permits (code, type, grade, state, contractor_id, area_id, title, polygon, z_min, z_max, "
                               "starts_at, ends_at, created_at, updated_at) SELECT ?, ?, 'standard', 'closed', c.id, a.id, 'test', "
                               "'[[100,100],[106,100],[106,106],[100,106]]', 0, 3, ?, ?, 0, 0 FROM contractors c, areas a "
                               "WHERE c.code = ? AND a.code = 'CA1'"_s;
        db->exec(insert, {u"TST-BP"_s, u"blind_plate"_s, start, start + 4 * 3'600'000LL, u"C-007"_s});
        db->exec(insert, {u"TST-HW"_s, u"hot_work"_s, start + 3'600'000LL, start + 5 * 3'600'000LL, u"C-004"_s});
        const gl::Clock &clock = gl::processClock();
        gl::ServiceContext ctx{*db, gl::Actor::system(u"test"_s), &clock};
        const gl::DailyHealthReport r = gl::ContractorHealthService(ctx).daily(day);
        for (const gl::ContractorHealth &c : r.contractors) {
            const bool involved = c.code == u"C-007"_s || c.code == u"C-004"_s;
            QCOMPARE(c.conflicts, involved ? 1 : 0);
            if (involved) {
                QCOMPARE(c.conflictPairs, QStringList{u"TST-BP × TST-HW (incompatible)"_s});
                QCOMPARE(c.conflictsDaily.last(), 1);
            }
        }
    }

    void pdfIsReadable_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        // Codes, the report date and numbers must come out of the text layer as printed: an EHS manager
        // searches the archived PDF for "C-003" or "2026-03-02" and copies numbers out of it.
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"Contractor Health Daily Report"_s, u"Huatai Maintenance Engineering"_s,
                                           u"Ruike Instrumentation"_s, u"Day: "_s + kDay, u"C-001"_s, u"C-003"_s, u"C-008"_s,
                                           u"Qualification validity"_s};
        QTest::newRow("zh_CN") << u"zh_CN"_s
                               << QStringList{u"承包商健康日报"_s, u"华泰检修工程有限公司"_s, u"瑞科仪表自动化有限公司"_s,
                                              u"日期: "_s + kDay, u"C-001"_s, u"C-003"_s, u"C-008"_s, u"资质有效性"_s};
    }
    void pdfIsReadable()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils, scripts/deps.sh) is not installed");
        const QString pdf = path(u"daily-"_s + lang + u".pdf"_s);
        const Run r = ctl({u"report"_s, u"daily"_s, u"--date"_s, kDay, u"--out"_s, pdf, u"--lang"_s, lang});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        // Taken as extracted (no normalisation): wrapped table cells come out on several lines only.
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const QString &s : expected)
            QVERIFY2(extracted.contains(s), qPrintable(u"missing from the PDF text: "_s + s));
        // Every glyph maps back to its character: no ligature (ﬁ), no CJK radical standing for an
        // ideograph (⽇ for 日), no digit lost.
        for (const QChar c : extracted) {
            const char16_t u = c.unicode();
            QVERIFY2(!(u >= 0xfb00 && u <= 0xfb06), qPrintable(u"a ligature in the PDF text: "_s + c));
            QVERIFY2(!(u >= 0x2e80 && u <= 0x2fdf), qPrintable(u"a CJK radical in the PDF text: "_s + c));
        }
        // The audit chain's head as `audit verify --expect-head` takes it: the printed report keeps it
        // outside the store, and the chain still carries it.
        static const QRegularExpression headRe(u"\\b(\\d+):([0-9a-f]{64})\\b"_s);
        const QRegularExpressionMatch head = headRe.match(extracted);
        QVERIFY2(head.hasMatch(), qPrintable(extracted.right(800)));
        const Run anchored = ctl({u"audit"_s, u"verify"_s, u"--expect-head"_s, head.captured(0)});
        QVERIFY2(anchored.code == 0, anchored.out.constData());
        // The day and the "as of" time (GUARDLINE_DEMO_NOW, 10:30 that day).
        static const QRegularExpression dates(u"\\b"_s + kDay + u"\\b"_s);
        QVERIFY2(extracted.count(dates) >= 2, qPrintable(extracted.left(600)));
    }

    void htmlHasTableAndCharts()
    {
        const QString html = path(u"daily.html"_s);
        const Run r = ctl({u"report"_s, u"daily"_s, u"--date"_s, kDay, u"--out"_s, html, u"--lang"_s, u"en"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"contractors"_s).toInt(), 8);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<table"_s));
        for (int i = 1; i <= 8; ++i)
            QVERIFY(page.contains(u"<td>C-00%1 "_s.arg(i)));
        QCOMPARE(page.count(u"data:image/png;base64,"_s), qsizetype(5));
        // The audit chain's head at generation, as `audit verify --expect-head` takes it.
        const QRegularExpressionMatch head = QRegularExpression(u"<tt>(\\d+):([0-9a-f]{64})</tt>"_s).match(page);
        QVERIFY2(head.hasMatch(), "no SEQ:HASH audit head in the HTML report");
        QVERIFY(page.contains(u"--expect-head"_s));
        QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--expect-head"_s, head.captured(1) + u':' + head.captured(2)}).code, 0);
        QCOMPARE(ctl({u"audit"_s, u"verify"_s, u"--expect-head"_s, head.captured(1) + u':' + QString(64, u'0')}).code, 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("impossible date") << QStringList{u"--date"_s, u"2026-02-30"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("compact date") << QStringList{u"--date"_s, u"20260302"_s, u"--out"_s, u"x.pdf"_s};
        QTest::newRow("no date") << QStringList{u"--out"_s, u"x.pdf"_s};
        QTest::newRow("txt") << QStringList{u"--date"_s, kDay, u"--out"_s, u"x.txt"_s};
        QTest::newRow("no out") << QStringList{u"--date"_s, kDay};
        QTest::newRow("lang") << QStringList{u"--date"_s, kDay, u"--out"_s, u"x.pdf"_s, u"--lang"_s, u"fr"_s};
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        for (QString &a : args)
            if (a.startsWith(u"x."_s))
                a = path(a);
        const Run r = ctl(QStringList{u"report"_s, u"daily"_s} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
        QVERIFY(!r.err.isEmpty());
    }

    void auditHasReport()
    {
        const QString pdf = path(u"archived.pdf"_s);
        const Run r = ctl({u"report"_s, u"daily"_s, u"--date"_s, u"2026-02-28"_s, u"--out"_s, pdf, u"--lang"_s, u"en"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        {
            auto db = gl::Database::open(gl::DbUrl::parse(m_db));
            QSqlQuery q = db->exec(u"SELECT actor, object_type, details FROM audit_log WHERE action = 'report.generate' "
                                   "AND object_id = 'daily-2026-02-28' ORDER BY seq DESC"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"system:report"_s);
            QCOMPARE(q.value(1).toString(), u"report"_s);
            const QJsonObject details = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            QCOMPARE(details.value(u"sha256"_s).toString(), sha);
            QCOMPARE(details.value(u"file"_s).toString(), u"archived.pdf"_s);
        }
        const Run v = ctl({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(v.code, 0);
        QCOMPARE(QJsonDocument::fromJson(v.out).object().value(u"ok"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
