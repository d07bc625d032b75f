// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

class DataWorker;

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

} // namespace ui
} // namespace gl
