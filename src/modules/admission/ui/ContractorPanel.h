// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QWidget>

class QBuffer;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace gl {
namespace ui {

class PanelHost;
class ContractorActions;
class GateDevicePanel;
class RosterImportPanel;

/// The contractor coordinator's dock (issue #5): companies with their document state, a company's
/// documents (valid / expiring amber / expired red / missing), upload of a validated PDF, the document
/// viewer (Qt PDF), the coordinator's open tasks, the company's workers (their certificate state and the
/// company's document state), whitelist and shift imports with their differences (RosterImportPanel),
/// gate QR codes and check-in devices (GateDevicePanel), registry verification and the people checked in
/// on site; each company's admission verdict with its reasons; the buttons that register, edit and suspend
/// contractors and add their documents and workers (ContractorForms.h, issue #17). Everything runs
/// through the data thread.
class ContractorPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContractorPanel(PanelHost *host);
    ~ContractorPanel() override;
    void setSnapshot(const SnapshotPtr &s);
    /// Selects a company and loads its documents.
    void showContractor(const QString &code);
    QString selectedContractor() const { return m_selected; }
    QPdfDocument *pdf() const { return m_pdf; }

Q_SIGNALS:
    void documentsLoaded(int rows);
    void documentShown(int pages);
    void taskListLoaded(int rows);
    /// A registry check (Verify credit codes with the registry) is stored and shown: how many contractors.
    void registryChecked(int contractors);

private:
    void loadDocuments();
    void loadTasks();
    void showDocument(qint64 id, const QString &fileName);
    void upload();
    void showWorkers();
    void verifyRegistry();
    void report(const QString &message, bool bad);
    void showAdmission();

    PanelHost *m_host;
    SnapshotPtr m_snapshot;
    QString m_selected;
    QTableWidget *m_companies, *m_documents, *m_tasks, *m_onSite, *m_workers;
    RosterImportPanel *m_imports;
    GateDevicePanel *m_gates;
    QTabWidget *m_tabs;
    QComboBox *m_kind;
    QDateEdit *m_issued, *m_expires;
    QPushButton *m_upload, *m_verify;
    QPlainTextEdit *m_diff;
    QLabel *m_status, *m_docTitle, *m_admission;
    ContractorActions *m_actions;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QBuffer *m_pdfBuffer = nullptr;
};

} // namespace ui
} // namespace gl
