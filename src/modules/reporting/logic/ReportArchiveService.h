// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/ReportService.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QTime>

#include <memory>

namespace gl {

/// The rendered outputs of one daily report.
struct RenderedReport {
    QByteArray pdf, html;
};

/// Renders a computed report to PDF and HTML. The core only knows this interface: rendering needs Qt
/// Gui/Charts, which the core does not link. Guardline::Reports implements it; the app and guardlinectl
/// register it at start-up with setReportGenerator(). Called on the data thread.
class ReportGenerator {
public:
    virtual ~ReportGenerator() = default;
    /// `language` is "zh_CN" or "en".
    virtual RenderedReport render(const DailyHealthReport &report, const QString &language) = 0;
};

/// The process-wide renderer (null until one is registered: the scheduler then does nothing).
void setReportGenerator(std::shared_ptr<ReportGenerator> generator);
std::shared_ptr<ReportGenerator> reportGenerator();

/// The site's report schedule (table report_settings).
struct ReportSchedule {
    QTime at{18, 0};          ///< site-local time of the daily run
    QString language{QStringLiteral("zh_CN")};
    int catchUpDays = 30;     ///< missed days older than this are not generated any more
    bool enabled = true;
};

/// One archived report (without its bytes).
struct ArchivedReport {
    qint64 id = 0;
    QDate day;
    QString language, origin, generatedBy, pdfSha256, htmlSha256;
    qint64 generatedAt = 0, auditSeq = 0, pdfBytes = 0, htmlBytes = 0;
    int contractors = 0;
};

/// An archived report's file, checked against the SHA-256 the audit chain recorded for it.
struct OpenedReport {
    QString fileName; ///< e.g. "daily-2026-03-02.pdf"
    QByteArray bytes;
    QString sha256;
};

/// The daily report archive: one row per site-local day (PDF + HTML as BLOBs), written in the same
/// transaction as its `report.generate` audit entry, so a day is archived at most once. The scheduler
/// (a Housekeeping step) generates each day's report at the configured site-local time and catches up
/// missed days.
class ReportArchiveService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Needs 'data.read'. Defaults when nothing is stored.
    ReportSchedule schedule() const;
    /// Needs 'report.generate'; audited as 'report.schedule'. Throws BadInput naming the field.
    void setSchedule(const ReportSchedule &schedule);

    /// The UTC instant (ms) the report of site-local `day` falls due: `day` at the schedule's time in the
    /// site's time zone (a time inside a DST gap moves forward with the clock).
    qint64 dueAt(QDate day) const;
    /// Days that are due by now, not archived yet and no older than catchUpDays, oldest first.
    QList<QDate> pendingDays() const;

    /// Renders and archives `day` unless it is archived already (then returns 0). Needs 'report.generate'.
    /// Throws Unknown when no ReportGenerator is registered. Returns the archive id.
    qint64 generate(QDate day, const QString &origin = QStringLiteral("manual"), const QString &language = {});

    /// The Housekeeping step: generates the pending days, the latest first, at most `maxPerRun` per call
    /// (a long catch-up never holds the data thread for long). Nothing without a registered generator
    /// or a site. Returns the days generated.
    QList<QDate> runSchedule(int maxPerRun = 3);

    /// Needs 'data.read'. Newest first.
    QList<ArchivedReport> list(int limit = 400) const;
    /// The archived PDF ("pdf") or HTML ("html") of report `id`, after checking its SHA-256 against the
    /// archive row and the audit entry; throws Conflict ("tampered") when they differ. Needs 'data.read'.
    OpenedReport open(qint64 id, const QString &format = QStringLiteral("pdf")) const;

    static QString sha256Hex(const QByteArray &bytes);
};

} // namespace gl
