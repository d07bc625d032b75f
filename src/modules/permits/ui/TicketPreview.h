// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;

namespace gl {
namespace ui {

class DataWorker;

/// The permit's electronic work ticket in the app (issue 17 item 5): issued on the data thread through
/// the same PermitService::issueTicket and renderer as `guardlinectl permit ticket` (so the same PDF, its
/// hash recorded and audited `permit.ticket`), previewed page by page, printed (Qt Print Support: the
/// pages rendered at the printer's resolution) or saved as the PDF itself.
class TicketPreview : public QDialog {
    Q_OBJECT
public:
    TicketPreview(DataWorker *worker, const QString &permitCode, QWidget *parent = nullptr);
    ~TicketPreview() override;
    /// The ticket PDF as issued (empty until it arrived, or when it was refused).
    QByteArray pdf() const { return m_pdf; }
    QString sha256() const { return m_sha256; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    int pageCount() const;
    /// Prints every page on `printer` (the Print button does it after the print dialog). False when
    /// nothing could be printed.
    bool printTo(QPrinter &printer) const;
    /// Writes the PDF exactly as issued. False with the reason in the status line when it cannot.
    bool saveTo(const QString &path);

Q_SIGNALS:
    void issued(const QString &sha256);
    void refused(const QString &reason);

private:
    void print();
    void save();
    QString m_code;
    QByteArray m_pdf;
    QString m_sha256;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_status;
    QPushButton *m_print, *m_save;
};

} // namespace ui
} // namespace gl
