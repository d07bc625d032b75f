// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

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
