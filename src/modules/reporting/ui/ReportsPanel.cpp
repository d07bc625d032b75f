// SPDX-License-Identifier: Apache-2.0
#include "modules/reporting/ui/ReportsPanel.h"
#include "shell/CsvExport.h"
#include "shell/DataWorker.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
struct ArchiveView {
    QList<ArchivedReport> list;
    ReportSchedule schedule;
    QString zone;
};
} // namespace

ReportsPanel::ReportsPanel(QWidget *parent)
    : QWidget(parent), m_schedule(new QLabel(this)), m_status(new QLabel(this)), m_table(new QTableWidget(0, 7, this)),
      m_openPdf(new QPushButton(tr("Open PDF"), this)), m_openHtml(new QPushButton(tr("Open HTML"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Generated at"), tr("By"), tr("Language"), tr("Contractors"), tr("Audit entry"),
                                        tr("SHA-256 (PDF)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_schedule->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openPdf);
    buttons->addWidget(m_openHtml);
    buttons->addWidget(refresh);
    buttons->addWidget(makeCsvButton(this, m_table, u"daily-reports"_s));
    buttons->addStretch(1);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    l->addWidget(m_schedule);
    l->addWidget(m_table, 1);
    l->addLayout(buttons);
    l->addWidget(m_status);
    m_openPdf->setEnabled(false);
    m_openHtml->setEnabled(false);
    connect(m_openPdf, &QPushButton::clicked, this, [this] { open(u"pdf"_s); });
    connect(m_openHtml, &QPushButton::clicked, this, [this] { open(u"html"_s); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { open(u"pdf"_s); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = m_table->currentRow() >= 0;
        m_openPdf->setEnabled(any);
        m_openHtml->setEnabled(any);
    });
    connect(refresh, &QPushButton::clicked, this, &ReportsPanel::reload);
    // The scheduler archives on the data thread; the list follows every minute while shown.
    auto *timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    timer->start();
    m_schedule->setText(tr("Loading the report archive…"));
}

void ReportsPanel::setDataWorker(DataWorker *worker) { m_worker = worker; }

int ReportsPanel::rowCount() const { return m_table->rowCount(); }

void ReportsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportsPanel::reload()
{
    if (!m_worker)
        return;
    m_worker->call(
        this,
        [](ServiceContext &ctx) {
            ArchiveView v;
            ReportArchiveService s(ctx);
            v.list = s.list();
            v.schedule = s.schedule();
            v.zone = SiteService(ctx).info().timezone;
            return v;
        },
        [this](ArchiveView v) { display(v.list, v.schedule, v.zone); },
        [this](const QString &err) { m_schedule->setText(tr("The report archive cannot be read: %1").arg(err)); });
}

void ReportsPanel::display(const QList<ArchivedReport> &list, const ReportSchedule &schedule, const QString &zone)
{
    m_schedule->setText(schedule.enabled
                            ? tr("The Contractor Health Daily Report is generated every day at %1 (%2, site time) in %3; days missed "
                                 "while no workstation ran are caught up for %4 days.")
                                  .arg(schedule.at.toString(u"HH:mm"_s), zone, schedule.language)
                                  .arg(schedule.catchUpDays)
                            : tr("The scheduled daily report is switched off (guardlinectl report schedule --enable)."));
    const qint64 selected = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong() : 0;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    const QTimeZone tz(zone.toUtf8());
    for (int r = 0; r < list.size(); ++r) {
        const ArchivedReport &a = list[r];
        const QStringList cells = {a.day.toString(Qt::ISODate),
                                   QDateTime::fromMSecsSinceEpoch(a.generatedAt, tz.isValid() ? tz : QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s),
                                   a.origin == u"schedule"_s ? tr("scheduler (%1)").arg(a.generatedBy) : a.generatedBy,
                                   a.language,
                                   QString::number(a.contractors),
                                   u"#%1"_s.arg(a.auditSeq),
                                   a.pdfSha256};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, a.id);
            if (c == 6)
                item->setToolTip(tr("PDF %1\nHTML %2").arg(a.pdfSha256, a.htmlSha256));
            m_table->setItem(r, c, item);
        }
        if (a.id == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    if (list.isEmpty())
        m_status->setText(tr("No report archived yet: the first one is generated at the scheduled time (or run 'guardlinectl housekeeping')."));
    Q_EMIT loaded();
}

void ReportsPanel::open(const QString &format)
{
    const int row = m_table->currentRow();
    if (!m_worker || row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_status->setText(tr("Checking the report's SHA-256 against the audit chain…"));
    m_status->setStyleSheet(QString());
    m_worker->call(
        this,
        [id, format](ServiceContext &ctx) {
            const OpenedReport r = ReportArchiveService(ctx).open(id, format); // throws when tampered
            const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"guardline-reports"_s);
            QDir().mkpath(dir);
            const QString path = QDir(dir).filePath(r.fileName);
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(r.bytes) != r.bytes.size() || !f.commit())
                fail(ErrorCode::Storage, u"%1: cannot write the report for viewing: %2"_s.arg(path, f.errorString()));
            return QStringList{path, r.sha256};
        },
        [this](const QStringList &out) {
            m_status->setText(tr("SHA-256 verified against the audit chain (%1); opened %2").arg(out.value(1).left(16) + u"…"_s, out.value(0)));
            QDesktopServices::openUrl(QUrl::fromLocalFile(out.value(0)));
        },
        [this](const QString &err) {
            m_status->setText(tr("Not opened: %1 Report this to the EHS manager; the archived copy can no longer be trusted.").arg(err));
            m_status->setStyleSheet(u"QLabel { background: #b71c1c; color: white; padding: 6px; font-weight: bold; }"_s);
            Q_EMIT message(err);
        });
}

} // namespace ui
} // namespace gl
