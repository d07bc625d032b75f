// SPDX-License-Identifier: Apache-2.0
// A contractor's document added from a PDF on disk (issue #17), through AdmissionDocuments on the data thread.
#include "modules/admission/ui/DocumentDialog.h"
#include "modules/admission/intake/PdfCheck.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/ui/ContractorFormParts.h"
#include "shell/DataWorker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

using namespace forms;

namespace {
QString documentKindLabel(const QString &kind)
{
    if (kind == u"business_licence"_s)
        return DocumentDialog::tr("Business licence");
    if (kind == u"qualification"_s)
        return DocumentDialog::tr("Qualification certificate");
    if (kind == u"injury_insurance"_s)
        return DocumentDialog::tr("Work-injury insurance payment proof");
    if (kind == u"hse_agreement"_s)
        return DocumentDialog::tr("Signed HSE agreement");
    return kind;
}
} // namespace

DocumentDialog::DocumentDialog(DataWorker *worker, const QString &contractor, QDate today, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_contractor(contractor)
{
    setObjectName(u"documentDialog"_s);
    setWindowTitle(tr("Add a document of %1").arg(contractor));
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"documentKind"_s);
    for (const QString &k : ContractorService::documentKinds())
        m_kind->addItem(documentKindLabel(k), k);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"documentFile"_s);
    m_file->setPlaceholderText(tr("path of the PDF"));
    m_browse = browseFor(m_file, tr("Contractor document"), tr("PDF documents (*.pdf)"), this);
    m_browse->setObjectName(u"documentBrowse"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_issued = dateEdit(today.addYears(-1), this);
    m_issued->setObjectName(u"documentIssued"_s);
    m_expires = dateEdit(today.addYears(1), this);
    m_expires->setObjectName(u"documentExpires"_s);
    m_coversFrom = dateEdit(today.addMonths(-7), this);
    m_coversFrom->setObjectName(u"documentCoversFrom"_s);
    m_coversTo = dateEdit(today.addMonths(-1), this);
    m_coversTo->setObjectName(u"documentCoversTo"_s);
    auto *covers = new QHBoxLayout;
    covers->addWidget(m_coversFrom);
    covers->addWidget(new QLabel(u"—"_s, this));
    covers->addWidget(m_coversTo);
    covers->addStretch(1);
    m_coversLabel = new QLabel(tr("Covers (paid period)"), this);
    form->addRow(tr("Document"), m_kind);
    form->addRow(tr("PDF file"), fileRow);
    form->addRow(tr("Issued"), m_issued);
    form->addRow(tr("Expires"), m_expires);
    form->addRow(m_coversLabel, covers);
    auto *hint = new QLabel(tr("The insurance proof must cover the six months before today (from at most six months ago to at "
                               "least the first day of last month); a shorter proof is stored but the contractor is not admitted."),
                            this);
    hint->setObjectName(u"documentCoversHint"_s);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_status = new QLabel(this);
    m_status->setObjectName(u"documentStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Check and store"), this);
    m_save->setObjectName(u"documentSave"_s);
    m_save->setToolTip(tr("Checked as a real, unencrypted PDF within the size limit, stored with its SHA-256"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_save);
    h->addWidget(close);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_status);
    v->addLayout(h);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentDialog::kindChanged);
    connect(m_save, &QPushButton::clicked, this, &DocumentDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_hint = hint;
    kindChanged();
    resize(560, sizeHint().height());
}

void DocumentDialog::kindChanged()
{
    const bool insurance = m_kind->currentData().toString() == u"injury_insurance"_s;
    for (QWidget *w : {static_cast<QWidget *>(m_coversFrom), static_cast<QWidget *>(m_coversTo), static_cast<QWidget *>(m_coversLabel),
                       static_cast<QWidget *>(m_hint)})
        w->setEnabled(insurance);
}

void DocumentDialog::save()
{
    const QString path = m_file->text().trimmed(), code = m_contractor, kind = m_kind->currentData().toString();
    if (path.isEmpty()) {
        setStatus(m_status, tr("Choose the PDF file."), true);
        return;
    }
    const QDate issued = m_issued->date(), expires = m_expires->date();
    const bool insurance = kind == u"injury_insurance"_s;
    const QDate from = insurance ? m_coversFrom->date() : QDate(), to = insurance ? m_coversTo->date() : QDate();
    m_save->setEnabled(false);
    setStatus(m_status, tr("Checking %1…").arg(QFileInfo(path).fileName()), false);
    m_worker->call(
        this,
        [=](ServiceContext &ctx) {
            AdmissionDocuments a(ctx);
            a.uploadDocumentFile(code, {kind, {}, {}, issued, expires, from, to}, path, admission::pdfInspector());
            return a.standing(code);
        },
        [this, path, kind](ContractorStanding s) {
            m_save->setEnabled(true);
            QString text = tr("%1 stored and verified as a PDF.").arg(QFileInfo(path).fileName());
            text += u' ';
            text += s.admitted ? tr("%1 is admitted.").arg(s.code) : tr("%1 is not admitted: %2").arg(s.code, s.reasons.join(u"; "_s));
            setStatus(m_status, text, false);
            m_file->clear();
            Q_EMIT saved(m_contractor, kind);
        },
        [this](const QString &err) {
            m_save->setEnabled(true);
            setStatus(m_status, tr("Refused: %1").arg(err), true);
        },
        true);
}


} // namespace ui
} // namespace gl
