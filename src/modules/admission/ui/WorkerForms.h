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

namespace gl {
namespace ui {

class DataWorker;

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

} // namespace ui
} // namespace gl
