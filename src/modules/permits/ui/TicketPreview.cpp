// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/permits/ui/TicketPreview.h"

#include "modules/permits/logic/PermitService.h"
#include "modules/permits/ticket/TicketRenderer.h"
#include "shell/DataWorker.h"

#include <QBuffer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

TicketPreview::TicketPreview(DataWorker *worker, const QString &permitCode, QWidget *parent)
    : QDialog(parent), m_code(permitCode), m_document(new QPdfDocument(this)), m_view(new QPdfView(this)),
      m_status(new QLabel(this)), m_print(new QPushButton(tr("&Print…"), this)), m_save(new QPushButton(tr("&Save PDF…"), this))
{
    setObjectName(u"ticketPreview"_s);
    setWindowTitle(tr("Work ticket %1").arg(permitCode));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 900);
    m_view->setObjectName(u"ticketView"_s);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_status->setWordWrap(true);
    m_status->setText(tr("Issuing the ticket…"));
    m_print->setObjectName(u"printTicket"_s);
    m_save->setObjectName(u"saveTicket"_s);
    m_print->setEnabled(false);
    m_save->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_status);
    l->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    l->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_print, &QPushButton::clicked, this, &TicketPreview::print);
    connect(m_save, &QPushButton::clicked, this, &TicketPreview::save);
    if (!worker) {
        m_status->setText(tr("No store is open."));
        return;
    }
    // Issued on the data thread: the service refuses while the worker gate or a conflict fails, records
    // the hash and audits permit.ticket; the renderer is the one `guardlinectl permit ticket` uses.
    worker->call(
        this,
        [code = permitCode](ServiceContext &ctx) {
            const TicketIssue issue = PermitService(ctx).issueTicket(code);
            return std::pair<QByteArray, QString>(tickets::renderTicketPdf(issue, siteTimeZone(ctx.db)), issue.sha256);
        },
        [this](const std::pair<QByteArray, QString> &result) {
            m_pdf = result.first;
            m_sha256 = result.second;
            auto *buffer = new QBuffer(this);
            buffer->setData(m_pdf);
            buffer->open(QIODevice::ReadOnly);
            m_document->load(buffer);
            const bool ok = m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
            m_print->setEnabled(ok);
            m_save->setEnabled(ok);
            m_status->setText(ok ? tr("Ticket of permit %1 issued: %n page(s), SHA-256 %2 (in its QR code; the audit chain "
                                      "records it).", nullptr, m_document->pageCount())
                                       .arg(m_code, m_sha256.left(16) + u"…"_s)
                                 : tr("The ticket could not be shown."));
            if (ok)
                Q_EMIT issued(m_sha256);
        },
        [this](const QString &error) {
            m_status->setText(tr("No ticket: %1").arg(error));
            Q_EMIT refused(error);
        },
        true);
}

TicketPreview::~TicketPreview() = default;

int TicketPreview::pageCount() const { return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0; }

bool TicketPreview::printTo(QPrinter &printer) const
{
    const int pages = pageCount();
    if (pages == 0)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRect target = painter.viewport();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer.newPage())
            return false;
        // Each page rendered at the printer's resolution, fitted to the printable area.
        const QSizeF pt = m_document->pagePointSize(i);
        const double scale = std::min(target.width() / pt.width(), target.height() / pt.height());
        const QSize px(qMax(1, int(pt.width() * scale)), qMax(1, int(pt.height() * scale)));
        const QImage page = m_document->render(i, px);
        painter.drawImage(QRect(target.topLeft(), px), page);
    }
    return painter.end();
}

bool TicketPreview::saveTo(const QString &path)
{
    QSaveFile f(path);
    if (m_pdf.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(m_pdf) != m_pdf.size() || !f.commit()) {
        m_status->setText(tr("%1: cannot write the ticket: %2").arg(path, f.errorString()));
        return false;
    }
    m_status->setText(tr("Ticket saved as %1.").arg(path));
    return true;
}

void TicketPreview::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Work ticket %1").arg(m_code));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(printTo(printer) ? tr("Ticket sent to the printer.") : tr("The ticket could not be printed."));
}

void TicketPreview::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the work ticket"), m_code + u"-ticket.pdf"_s, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace ui
} // namespace gl
