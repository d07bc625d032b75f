// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class DataWorker;

/// Bulk import of the contractor ledger CSV (`code,name,name_zh,credit_code,trade,contact`, UTF-8 or
/// GB18030): Preview checks every row without storing anything (the same ContractorService::importLedger
/// as `guardlinectl contractors import --dry-run`) and lists each row's errors; Import stores all rows or
/// none, and is offered only after a preview without errors of the same file.
class LedgerImportDialog : public QDialog {
    Q_OBJECT
public:
    LedgerImportDialog(DataWorker *worker, QWidget *parent = nullptr);
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QTableWidget *resultTable() const { return m_result; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void previewed(int added, int errors);
    void imported(int added);

private:
    void run(bool dryRun);
    DataWorker *m_worker;
    QLineEdit *m_file;
    QPushButton *m_browse, *m_preview, *m_import;
    QTableWidget *m_result;
    QLabel *m_status;
    QString m_previewedFile;
};

} // namespace ui
} // namespace gl
