// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class DataWorker;

/// Registers a contractor or edits one (issue #17, CONTRACTS.md section 6.2): code, name, Chinese name,
/// unified social credit code with the GB 32100 check shown as it is typed, trade, contact. Saved through
/// ContractorService::registerContractor / updateContractor on the data thread (audited there).
class ContractorDialog : public QDialog {
    Q_OBJECT
public:
    /// `code` empty: a new contractor; otherwise the contractor to edit (its data is loaded first).
    ContractorDialog(DataWorker *worker, const QString &code, QWidget *parent = nullptr);
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QLineEdit *creditCodeEdit() const { return m_credit; }
    QLineEdit *tradeEdit() const { return m_trade; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLabel *creditCheck() const { return m_creditCheck; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void saved(const QString &code);

private:
    void checkCredit();
    void save();
    DataWorker *m_worker;
    QString m_editing;
    QLineEdit *m_code, *m_name, *m_nameZh, *m_credit, *m_trade, *m_contact;
    QLabel *m_creditCheck, *m_status;
    QPushButton *m_save;
};

/// Suspends a contractor with a reason (its workers are refused on permits and at the gates), or lifts
/// the suspension. ContractorService::suspend / unsuspend, audited.
class SuspendDialog : public QDialog {
    Q_OBJECT
public:
    SuspendDialog(DataWorker *worker, const QString &code, bool suspended, QWidget *parent = nullptr);
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void done(const QString &code);

private:
    DataWorker *m_worker;
    QString m_code;
    bool m_suspended;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    QLabel *m_status;
};

/// Adds a document of a contractor: kind (the four kinds), the PDF (typed path or a non-native file
/// dialog), issued / expires, and for the injury-insurance payment proof the period it covers.
/// AdmissionDocuments::uploadDocument checks it is a real PDF and stores it with its SHA-256.
class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(DataWorker *worker, const QString &contractor, QDate today, QWidget *parent = nullptr);
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QDateEdit *issuedEdit() const { return m_issued; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QDateEdit *coversFromEdit() const { return m_coversFrom; }
    QDateEdit *coversToEdit() const { return m_coversTo; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void saved(const QString &contractor, const QString &kind);

private:
    void kindChanged();
    void save();
    DataWorker *m_worker;
    QString m_contractor;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QPushButton *m_browse, *m_save;
    QDateEdit *m_issued, *m_expires, *m_coversFrom, *m_coversTo;
    QLabel *m_coversLabel, *m_hint = nullptr, *m_status;
};

/// Adds a worker of a contractor: code, name, resident ID number with the GB 11643 check shown as it is
/// typed, job, phone. ContractorService::addWorker (the audit entry records that the ID was checked,
/// not the number).
class WorkerDialog : public QDialog {
    Q_OBJECT
public:
    WorkerDialog(DataWorker *worker, const QString &contractor, QDate today, QWidget *parent = nullptr);
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *jobEdit() const { return m_job; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *idCheck() const { return m_idCheck; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void saved(const QString &worker);

private:
    void checkId();
    DataWorker *m_worker;
    QString m_contractor;
    QDate m_today;
    QLineEdit *m_code, *m_name, *m_id, *m_job, *m_phone;
    QLabel *m_idCheck, *m_status;
    QPushButton *m_save;
};

/// Edits a worker after creation (issue #17): name, resident ID number (GB 11643 check shown as it is
/// typed), job, phone; and whether the worker has left (the day and why: kept on record, refused on
/// permits). ContractorService::updateWorker / setWorkerLeft, audited `person.edit` / `person.leave` /
/// `person.return`. The code and the contractor stay.
class WorkerEditDialog : public QDialog {
    Q_OBJECT
public:
    WorkerEditDialog(DataWorker *worker, const QString &person, QDate today, QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *jobEdit() const { return m_job; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLabel *idCheck() const { return m_idCheck; }
    QCheckBox *leftBox() const { return m_left; }
    QDateEdit *leftOnEdit() const { return m_leftOn; }
    QLineEdit *leftReasonEdit() const { return m_leftReason; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    /// True once the worker's stored data is in the form.
    bool isLoaded() const { return m_loaded; }
Q_SIGNALS:
    void saved(const QString &worker);

private:
    void checkId();
    void save();
    DataWorker *m_worker;
    QString m_person;
    QDate m_today;
    QString m_before[4]; ///< name, id number, job, phone as loaded
    QDate m_leftBefore;
    bool m_loaded = false;
    QLineEdit *m_name, *m_id, *m_job, *m_phone, *m_leftReason;
    QCheckBox *m_left;
    QDateEdit *m_leftOn;
    QLabel *m_idCheck, *m_status;
    QPushButton *m_save;
};

/// A worker's records: a certificate (kind, number, valid until), the site safety briefing (the day it
/// was given, not after today) and the portrait for the hazard loop's face comparison (a photo with
/// exactly one frontal face, HazardService::setPortrait). Each part is saved by its own button.
class WorkerRecordsDialog : public QDialog {
    Q_OBJECT
public:
    WorkerRecordsDialog(DataWorker *worker, const QString &person, QDate today, QWidget *parent = nullptr);
    QComboBox *certKindBox() const { return m_certKind; }
    QLineEdit *certNumberEdit() const { return m_certNumber; }
    QDateEdit *certUntilEdit() const { return m_certUntil; }
    QPushButton *certButton() const { return m_certSave; }
    QDateEdit *briefingEdit() const { return m_briefing; }
    QPushButton *briefingButton() const { return m_briefSave; }
    QLineEdit *portraitEdit() const { return m_portrait; }
    QPushButton *portraitBrowse() const { return m_portraitBrowse; }
    QPushButton *portraitButton() const { return m_portraitSave; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    void saved(const QString &person, const QString &what);

private:
    void report(const QString &text, bool bad);
    DataWorker *m_worker;
    QString m_person;
    QDate m_today;
    QComboBox *m_certKind;
    QLineEdit *m_certNumber, *m_portrait;
    QDateEdit *m_certUntil, *m_briefing;
    QPushButton *m_certSave, *m_briefSave, *m_portraitBrowse, *m_portraitSave;
    QLabel *m_status;
};

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


/// The buttons of the Contractors dock that open the forms above for the selected contractor and worker;
/// `changed` after anything was stored (the dock reloads; the snapshot follows from the data thread).
class ContractorActions : public QWidget {
    Q_OBJECT
public:
    ContractorActions(DataWorker *worker, QWidget *parent = nullptr);
    void setContractor(const QString &code, bool suspended);
    void setWorker(const QString &code);
    /// The site's today (from the snapshot); the first call also asks whether the signed-in user may edit.
    void setToday(QDate today);
    /// The dialog opened last (for tests and screenshots).
    QDialog *lastDialog() const { return m_last; }
Q_SIGNALS:
    void changed(const QString &contractor);
    void dialogOpened(QDialog *dialog);

private:
    void open(QDialog *d);
    void updateButtons();
    DataWorker *m_worker;
    QString m_contractor, m_person;
    bool m_suspended = false;
    bool m_mayEdit = true, m_askedMayEdit = false; ///< contractor.edit, asked on the data thread once a store is open
    QDate m_today;
    QPushButton *m_register, *m_edit, *m_suspend, *m_document, *m_addWorker, *m_editWorker, *m_records, *m_import, *m_shifts;
    QDialog *m_last = nullptr;
};

} // namespace ui
} // namespace gl
