// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/reporting/logic/ReportArchiveService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class DataWorker;

/// The daily report archive: one row per site-local day (date, generated at, by whom or the scheduler,
/// language, SHA-256). Opening a report checks its SHA-256 against the audit chain on the data thread
/// and refuses a tampered file; the PDF or HTML then opens in the desktop's viewer.
class ReportsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPanel(QWidget *parent = nullptr);
    void setDataWorker(DataWorker *worker);
    /// Reloads the list and the schedule (off the UI thread).
    void reload();
    int rowCount() const;

Q_SIGNALS:
    void message(const QString &text);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void open(const QString &format);
    void display(const QList<ArchivedReport> &list, const ReportSchedule &schedule, const QString &zone);
    DataWorker *m_worker = nullptr;
    QLabel *m_schedule, *m_status;
    QTableWidget *m_table;
    QPushButton *m_openPdf, *m_openHtml;
};

} // namespace ui
} // namespace gl
