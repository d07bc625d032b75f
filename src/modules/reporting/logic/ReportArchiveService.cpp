// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/logic/ReportArchiveService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

QMutex g_generatorLock;
std::shared_ptr<ReportGenerator> g_generator;

const QString kDaily = u"daily"_s;

QTimeZone siteZone(Database &db)
{
    QSqlQuery q = db.exec(u"SELECT code, timezone FROM sites ORDER BY id LIMIT 1"_s);
    if (!q.next())
        fail(ErrorCode::NotFound, u"report schedule: no site is set up in %1"_s.arg(db.describe()));
    const QTimeZone tz(q.value(1).toString().toUtf8());
    if (!tz.isValid())
        fail(ErrorCode::BadInput, u"sites: site %1: field 'timezone': unknown time zone '%2'"_s.arg(q.value(0).toString(), q.value(1).toString()));
    return tz;
}

} // namespace

void setReportGenerator(std::shared_ptr<ReportGenerator> generator)
{
    QMutexLocker lock(&g_generatorLock);
    g_generator = std::move(generator);
}

std::shared_ptr<ReportGenerator> reportGenerator()
{
    QMutexLocker lock(&g_generatorLock);
    return g_generator;
}

QString ReportArchiveService::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ReportSchedule ReportArchiveService::schedule() const
{
    require(u"data.read"_s);
    ReportSchedule s;
    QSqlQuery q = db().exec(u"SELECT key, value FROM report_settings"_s);
    while (q.next()) {
        const QString key = q.value(0).toString(), value = q.value(1).toString();
        if (key == u"daily.time"_s) {
            const QTime t = QTime::fromString(value, u"HH:mm"_s);
            if (t.isValid())
                s.at = t;
        } else if (key == u"daily.language"_s) {
            s.language = value;
        } else if (key == u"daily.catch_up_days"_s) {
            s.catchUpDays = std::clamp(value.toInt(), 0, 366);
        } else if (key == u"daily.enabled"_s) {
            s.enabled = value != u"0"_s;
        }
    }
    return s;
}

void ReportArchiveService::setSchedule(const ReportSchedule &s)
{
    require(u"report.generate"_s);
    if (!s.at.isValid())
        fail(ErrorCode::BadInput, u"report schedule: field 'time': not a valid time HH:mm"_s);
    if (s.language != u"zh_CN"_s && s.language != u"en"_s)
        fail(ErrorCode::BadInput, u"report schedule: field 'language': '%1' is not zh_CN or en"_s.arg(s.language));
    if (s.catchUpDays < 0 || s.catchUpDays > 366)
        fail(ErrorCode::BadInput, u"report schedule: field 'catch_up_days': %1 is not within 0-366"_s.arg(s.catchUpDays));
    const ReportSchedule before = schedule();
    const QList<std::pair<QString, QString>> values = {{u"daily.time"_s, s.at.toString(u"HH:mm"_s)},
                                                       {u"daily.language"_s, s.language},
                                                       {u"daily.catch_up_days"_s, QString::number(s.catchUpDays)},
                                                       {u"daily.enabled"_s, s.enabled ? u"1"_s : u"0"_s}};
    Transaction tx(db());
    QJsonObject details;
    for (const auto &[key, value] : values) {
        db().exec(u"DELETE FROM report_settings WHERE key = ?"_s, {key});
        db().exec(u"INSERT INTO report_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"_s,
                  {key, value, now(), actor().auditName()});
        details.insert(key, value);
    }
    details.insert(u"previous_time"_s, before.at.toString(u"HH:mm"_s));
    audit(u"report.schedule"_s, u"report"_s, kDaily, details);
    tx.commit();
}

qint64 ReportArchiveService::dueAt(QDate day) const
{
    const QTimeZone tz = siteZone(db());
    const ReportSchedule s = schedule();
    QDateTime at(day, s.at, tz);
    if (!at.isValid()) // inside a DST gap: the first valid minute after it
        at = QDateTime(day, s.at.addSecs(3600), tz);
    return at.toMSecsSinceEpoch();
}

QList<QDate> ReportArchiveService::pendingDays() const
{
    const ReportSchedule s = schedule();
    QList<QDate> out;
    if (!s.enabled)
        return out;
    const QTimeZone tz = siteZone(db());
    const qint64 t = now();
    QDate last = QDateTime::fromMSecsSinceEpoch(t, tz).date();
    if (dueAt(last) > t)
        last = last.addDays(-1);
    const QDate first = last.addDays(-(std::max(1, s.catchUpDays) - 1));
    QSet<QString> done;
    QSqlQuery q = db().exec(u"SELECT report_date FROM report_archive WHERE kind = ? AND report_date >= ? AND report_date <= ?"_s,
                            {kDaily, first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    while (q.next())
        done.insert(q.value(0).toString());
    for (QDate d = first; d <= last; d = d.addDays(1))
        if (!done.contains(d.toString(Qt::ISODate)))
            out << d;
    return out;
}

qint64 ReportArchiveService::generate(QDate day, const QString &origin, const QString &language)
{
    require(u"report.generate"_s);
    if (!day.isValid())
        fail(ErrorCode::BadInput, u"report: field 'date': not a valid date"_s);
    if (origin != u"schedule"_s && origin != u"manual"_s)
        fail(ErrorCode::BadInput, u"report: field 'origin': '%1' is not schedule or manual"_s.arg(origin));
    const QString lang = language.isEmpty() ? schedule().language : language;
    if (lang != u"zh_CN"_s && lang != u"en"_s)
        fail(ErrorCode::BadInput, u"report: field 'language': '%1' is not zh_CN or en"_s.arg(lang));
    const std::shared_ptr<ReportGenerator> generator = reportGenerator();
    if (!generator)
        fail(ErrorCode::Unknown, u"report %1: no report renderer is registered in this process"_s.arg(day.toString(Qt::ISODate)));
    const QString dayIso = day.toString(Qt::ISODate);
    if (db().scalar(u"SELECT id FROM report_archive WHERE kind = ? AND report_date = ?"_s, {kDaily, dayIso}).isValid())
        return 0;

    // Rendered outside the transaction (it takes a while); the unique (kind, report_date) row settles a
    // race with another workstation: the second insert fails and its audit entry rolls back with it.
    const DailyHealthReport report = ContractorHealthService(m_ctx).daily(day);
    const RenderedReport out = generator->render(report, lang);
    if (out.pdf.isEmpty() || out.html.isEmpty())
        fail(ErrorCode::Storage, u"report %1: the renderer produced an empty file"_s.arg(dayIso));
    const QString pdfSha = sha256Hex(out.pdf), htmlSha = sha256Hex(out.html);
    try {
        Transaction tx(db());
        audit(u"report.generate"_s, u"report"_s, u"daily-"_s + dayIso,
              QJsonObject{{u"sha256"_s, pdfSha},
                          {u"file"_s, u"daily-%1.pdf"_s.arg(dayIso)},
                          {u"html_sha256"_s, htmlSha},
                          {u"language"_s, lang},
                          {u"origin"_s, origin},
                          {u"contractors"_s, qint64(report.contractors.size())}});
        const qint64 seq = db().scalar(u"SELECT max(seq) FROM audit_log"_s).toLongLong();
        const qint64 id = db().insert(u"report_archive"_s, {{u"kind"_s, kDaily},
                                                            {u"report_date"_s, dayIso},
                                                            {u"lang"_s, lang},
                                                            {u"origin"_s, origin},
                                                            {u"generated_at"_s, now()},
                                                            {u"generated_by"_s, actor().auditName()},
                                                            {u"contractors"_s, qint64(report.contractors.size())},
                                                            {u"pdf"_s, out.pdf},
                                                            {u"pdf_sha256"_s, pdfSha},
                                                            {u"html"_s, out.html},
                                                            {u"html_sha256"_s, htmlSha},
                                                            {u"audit_seq"_s, seq}});
        tx.commit();
        return id;
    } catch (const Error &e) {
        if (e.code() == ErrorCode::Conflict
            && db().scalar(u"SELECT id FROM report_archive WHERE kind = ? AND report_date = ?"_s, {kDaily, dayIso}).isValid())
            return 0; // archived meanwhile by another workstation
        throw;
    }
}

QList<QDate> ReportArchiveService::runSchedule(int maxPerRun)
{
    QList<QDate> done;
    if (!reportGenerator() || !db().scalar(u"SELECT id FROM sites LIMIT 1"_s).isValid())
        return done;
    QList<QDate> pending = pendingDays();
    std::reverse(pending.begin(), pending.end()); // the latest day first: it is the one people look for
    for (const QDate &day : pending) {
        if (done.size() >= maxPerRun)
            break;
        if (generate(day, u"schedule"_s) > 0)
            done << day;
    }
    return done;
}

QList<ArchivedReport> ReportArchiveService::list(int limit) const
{
    require(u"data.read"_s);
    QList<ArchivedReport> out;
    QSqlQuery q = db().exec(u"SELECT id, report_date, lang, origin, generated_by, pdf_sha256, html_sha256, generated_at, audit_seq, "
                            "length(pdf), length(html), contractors FROM report_archive WHERE kind = ? ORDER BY report_date DESC LIMIT ?"_s,
                            {kDaily, limit});
    while (q.next()) {
        ArchivedReport a;
        a.id = q.value(0).toLongLong();
        a.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        a.language = q.value(2).toString();
        a.origin = q.value(3).toString();
        a.generatedBy = q.value(4).toString();
        a.pdfSha256 = q.value(5).toString();
        a.htmlSha256 = q.value(6).toString();
        a.generatedAt = q.value(7).toLongLong();
        a.auditSeq = q.value(8).toLongLong();
        a.pdfBytes = q.value(9).toLongLong();
        a.htmlBytes = q.value(10).toLongLong();
        a.contractors = q.value(11).toInt();
        out << a;
    }
    return out;
}

OpenedReport ReportArchiveService::open(qint64 id, const QString &format) const
{
    require(u"data.read"_s);
    const bool pdf = format == u"pdf"_s;
    if (!pdf && format != u"html"_s)
        fail(ErrorCode::BadInput, u"report %1: field 'format': '%2' is not pdf or html"_s.arg(id).arg(format));
    QSqlQuery q = db().exec(pdf ? u"SELECT report_date, pdf, pdf_sha256, audit_seq FROM report_archive WHERE id = ?"_s
                                : u"SELECT report_date, html, html_sha256, audit_seq FROM report_archive WHERE id = ?"_s,
                            {id});
    if (!q.next())
        fail(ErrorCode::NotFound, u"archived report %1 does not exist"_s.arg(id));
    OpenedReport r;
    const QString dayIso = q.value(0).toString();
    r.fileName = u"daily-%1.%2"_s.arg(dayIso, format);
    r.bytes = q.value(1).toByteArray();
    r.sha256 = sha256Hex(r.bytes);
    const QString stored = q.value(2).toString();
    const qint64 seq = q.value(3).toLongLong();
    QSqlQuery a = db().exec(u"SELECT action, object_id, details FROM audit_log WHERE seq = ?"_s, {seq});
    QString audited;
    if (a.next() && a.value(0).toString() == u"report.generate"_s && a.value(1).toString() == u"daily-"_s + dayIso) {
        const QJsonObject details = QJsonDocument::fromJson(a.value(2).toString().toUtf8()).object();
        audited = details.value(pdf ? u"sha256"_s : u"html_sha256"_s).toString();
    }
    if (audited.isEmpty())
        fail(ErrorCode::Conflict, u"report %1: audit entry #%2 does not record this report; the archive is not trustworthy"_s.arg(r.fileName).arg(seq));
    if (r.sha256 != audited || stored != audited)
        fail(ErrorCode::Conflict, u"report %1 was tampered with: its SHA-256 is %2 but audit entry #%3 recorded %4; the file is not opened"_s
                                      .arg(r.fileName, r.sha256)
                                      .arg(seq)
                                      .arg(audited));
    return r;
}

} // namespace gl
