// SPDX-License-Identifier: Apache-2.0
// The coordinator's forms of the Contractors dock (issue #17): contractors registered, edited, suspended;
// their documents; workers with their certificates, briefing and portrait; the ledger import. Every call
// goes through the services on the data thread (DataWorker::call); the services check and audit.
#include "widgets/ContractorForms.h"
#include "core/admission/PdfCheck.h"
#include "core/auth/Roles.h"
#include "core/domain/Identifiers.h"
#include "core/services/AdmissionDocuments.h"
#include "core/services/ContractorService.h"
#include "core/services/HazardPhotos.h"
#include "core/services/HazardService.h"
#include "core/services/QueryService.h"
#include "widgets/DataWorker.h"
#include "widgets/ShiftKindsPanel.h"
#include "widgets/TableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

constexpr auto kGood = "QLabel { color: #2e7d32; }";
constexpr auto kBad = "QLabel { color: #e53935; font-weight: bold; }";

void setStatus(QLabel *label, const QString &text, bool bad)
{
    label->setText(text);
    label->setStyleSheet(bad ? QString::fromLatin1(kBad) : QString());
}

QDateEdit *dateEdit(QDate d, QWidget *parent)
{
    auto *e = new QDateEdit(d, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(u"yyyy-MM-dd"_s);
    return e;
}

/// A file chosen by a typed path or by Qt's own (non-native) file dialog, so it works the same everywhere.
QPushButton *browseFor(QLineEdit *edit, const QString &title, const QString &filter, QWidget *parent)
{
    auto *b = new QPushButton(QCoreApplication::translate("ContractorForms", "Browse…"), parent);
    QObject::connect(b, &QPushButton::clicked, parent, [edit, title, filter, parent] {
        const QString f = QFileDialog::getOpenFileName(parent, title, QFileInfo(edit->text()).absolutePath(), filter, nullptr,
                                                       QFileDialog::DontUseNativeDialog);
        if (!f.isEmpty())
            edit->setText(f);
    });
    return b;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
ContractorDialog::ContractorDialog(DataWorker *worker, const QString &code, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_editing(code)
{
    setObjectName(u"contractorDialog"_s);
    setWindowTitle(code.isEmpty() ? tr("Register a contractor") : tr("Edit contractor %1").arg(code));
    auto *form = new QFormLayout;
    m_code = new QLineEdit(code, this);
    m_code->setObjectName(u"contractorCode"_s);
    m_code->setReadOnly(!code.isEmpty());
    m_code->setPlaceholderText(tr("the contractor's code on this site, e.g. C-100"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"contractorName"_s);
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(u"contractorNameZh"_s);
    m_credit = new QLineEdit(this);
    m_credit->setObjectName(u"contractorCreditCode"_s);
    m_credit->setMaxLength(18);
    m_credit->setPlaceholderText(tr("18 characters, GB 32100"));
    m_creditCheck = new QLabel(this);
    m_creditCheck->setObjectName(u"contractorCreditCheck"_s);
    m_creditCheck->setWordWrap(true);
    m_trade = new QLineEdit(this);
    m_trade->setObjectName(u"contractorTrade"_s);
    m_trade->setPlaceholderText(tr("e.g. maintenance, welding, scaffolding"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"contractorContact"_s);
    m_contact->setPlaceholderText(tr("contact person and phone"));
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Company name"), m_name);
    form->addRow(tr("Chinese name"), m_nameZh);
    form->addRow(tr("Unified social credit code"), m_credit);
    form->addRow(QString(), m_creditCheck);
    form->addRow(tr("Trade"), m_trade);
    form->addRow(tr("Contact"), m_contact);
    m_save = new QPushButton(code.isEmpty() ? tr("Register") : tr("Save changes"), this);
    m_save->setObjectName(u"contractorSave"_s);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"contractorDialogStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_status);
    v->addLayout(buttons);
    connect(m_credit, &QLineEdit::textChanged, this, &ContractorDialog::checkCredit);
    connect(m_save, &QPushButton::clicked, this, &ContractorDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    checkCredit();
    setMinimumWidth(560);
    if (!code.isEmpty()) {
        m_save->setEnabled(false);
        m_worker->call(
            this, [code](ServiceContext &ctx) { return ContractorService(ctx).contractor(code); },
            [this](ContractorInput c) {
                m_name->setText(c.name);
                m_nameZh->setText(c.nameZh);
                m_credit->setText(c.creditCode);
                m_trade->setText(c.trade);
                m_contact->setText(c.contact);
                m_save->setEnabled(true);
            },
            [this](const QString &err) { setStatus(m_status, err, true); });
    }
}

void ContractorDialog::checkCredit()
{
    if (m_credit->text() != m_credit->text().toUpper()) { // credit codes are upper case: shown as they are stored
        const int at = m_credit->cursorPosition();
        m_credit->setText(m_credit->text().toUpper());
        m_credit->setCursorPosition(at);
        return; // textChanged comes again
    }
    m_status->clear();
    const QString code = m_credit->text().trimmed().toUpper();
    if (code.isEmpty()) {
        m_creditCheck->setText(tr("Required: the company's unified social credit code."));
        m_creditCheck->setStyleSheet(QString());
        return;
    }
    const QString why = ids::checkCreditCode(code);
    m_creditCheck->setText(why.isEmpty() ? tr("✓ Valid credit code (GB 32100 check character %1)").arg(code.right(1))
                                         : tr("✕ Not a valid credit code: %1").arg(why));
    m_creditCheck->setStyleSheet(QString::fromLatin1(why.isEmpty() ? kGood : kBad));
}

void ContractorDialog::save()
{
    ContractorInput in{m_code->text().trimmed(),       m_name->text().trimmed(),    m_nameZh->text().trimmed(),
                       m_credit->text().trimmed().toUpper(), m_trade->text().trimmed(), m_contact->text().trimmed(), {}};
    if (in.code.isEmpty() || in.name.isEmpty()) {
        setStatus(m_status, tr("Code and company name are required."), true);
        return;
    }
    if (const QString why = ids::checkCreditCode(in.creditCode); !why.isEmpty()) {
        setStatus(m_status, tr("Not saved: the credit code is not valid (%1).").arg(why), true);
        return;
    }
    m_save->setEnabled(false);
    const QString editing = m_editing;
    m_worker->call(
        this,
        [in, editing](ServiceContext &ctx) mutable {
            if (editing.isEmpty()) {
                in.admittedOn = AdmissionDocuments(ctx).siteToday();
                ContractorService(ctx).registerContractor(in);
            } else {
                ContractorService(ctx).updateContractor(editing, in);
            }
            return in.code;
        },
        [this](QString code) {
            m_save->setEnabled(true);
            setStatus(m_status,
                      m_editing.isEmpty() ? tr("Contractor %1 registered. It is not admitted until its four documents are on file.").arg(code)
                                          : tr("Contractor %1 saved.").arg(code),
                      false);
            if (m_editing.isEmpty()) { // further saves edit what was just registered
                m_editing = code;
                m_code->setReadOnly(true);
                m_save->setText(tr("Save changes"));
                setWindowTitle(tr("Edit contractor %1").arg(code));
            }
            Q_EMIT saved(code);
        },
        [this](const QString &err) {
            m_save->setEnabled(true);
            setStatus(m_status, tr("Not saved: %1").arg(err), true);
        },
        true);
}

// ---------------------------------------------------------------------------------------------------------
SuspendDialog::SuspendDialog(DataWorker *worker, const QString &code, bool suspended, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_code(code), m_suspended(suspended)
{
    setObjectName(u"suspendDialog"_s);
    setWindowTitle(suspended ? tr("Lift the suspension of %1").arg(code) : tr("Suspend %1").arg(code));
    auto *v = new QVBoxLayout(this);
    auto *text = new QLabel(suspended ? tr("%1 is suspended. Lifting the suspension admits it again when its documents are in order.").arg(code)
                                      : tr("A suspended contractor is not admitted whatever its documents: its workers are refused on "
                                           "permits and at the gates."),
                            this);
    text->setWordWrap(true);
    v->addWidget(text);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"suspendReason"_s);
    m_reason->setPlaceholderText(suspended ? tr("why (kept in the audit chain)") : tr("why (required; shown as the reason it is not admitted)"));
    v->addWidget(m_reason);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_apply = new QPushButton(suspended ? tr("Lift suspension") : tr("Suspend"), this);
    m_apply->setObjectName(u"suspendApply"_s);
    auto *close = new QPushButton(tr("Close"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_apply);
    h->addWidget(close);
    v->addLayout(h);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QString reason = m_reason->text().trimmed();
        if (!m_suspended && reason.isEmpty()) {
            setStatus(m_status, tr("Give the reason for the suspension."), true);
            return;
        }
        m_apply->setEnabled(false);
        const QString code = m_code;
        const bool lift = m_suspended;
        m_worker->call(
            this,
            [code, lift, reason](ServiceContext &ctx) {
                if (lift)
                    ContractorService(ctx).unsuspend(code, reason);
                else
                    ContractorService(ctx).suspend(code, reason);
            },
            [this] {
                setStatus(m_status, m_suspended ? tr("Suspension of %1 lifted.").arg(m_code) : tr("%1 suspended.").arg(m_code), false);
                Q_EMIT done(m_code);
                accept();
            },
            [this](const QString &err) {
                m_apply->setEnabled(true);
                setStatus(m_status, err, true);
            },
            true);
    });
}

// ---------------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------------
WorkerDialog::WorkerDialog(DataWorker *worker, const QString &contractor, QDate today, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_contractor(contractor), m_today(today)
{
    setObjectName(u"workerDialog"_s);
    setWindowTitle(tr("Add a worker of %1").arg(contractor));
    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"workerCode"_s);
    m_code->setPlaceholderText(tr("the worker's code on this site, e.g. W-100"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"workerName"_s);
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"workerIdNumber"_s);
    m_id->setMaxLength(18);
    m_id->setPlaceholderText(tr("18 characters, GB 11643"));
    m_idCheck = new QLabel(this);
    m_idCheck->setObjectName(u"workerIdCheck"_s);
    m_idCheck->setWordWrap(true);
    m_job = new QLineEdit(this);
    m_job->setObjectName(u"workerJob"_s);
    m_job->setPlaceholderText(tr("e.g. welder, rigger (empty: worker)"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"workerPhone"_s);
    form->addRow(tr("Contractor"), new QLabel(contractor, this));
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Resident ID number"), m_id);
    form->addRow(QString(), m_idCheck);
    form->addRow(tr("Job"), m_job);
    form->addRow(tr("Phone"), m_phone);
    m_status = new QLabel(this);
    m_status->setObjectName(u"workerStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Add worker"), this);
    m_save->setObjectName(u"workerSave"_s);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_save);
    h->addWidget(close);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_status);
    v->addLayout(h);
    connect(m_id, &QLineEdit::textChanged, this, &WorkerDialog::checkId);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const WorkerInput in{m_code->text().trimmed(), m_name->text().trimmed(), m_contractor, m_id->text().trimmed().toUpper(),
                             m_job->text().trimmed().isEmpty() ? u"worker"_s : m_job->text().trimmed(), m_phone->text().trimmed(), {}, false};
        if (in.code.isEmpty() || in.name.isEmpty()) {
            setStatus(m_status, tr("Code and name are required."), true);
            return;
        }
        if (const QString why = ids::checkResidentId(in.idNumber, m_today); !why.isEmpty()) {
            setStatus(m_status, tr("Not saved: the ID number is not valid (%1).").arg(why), true);
            return;
        }
        m_save->setEnabled(false);
        m_worker->call(
            this, [in](ServiceContext &ctx) { ContractorService(ctx).addWorker(in); },
            [this, code = in.code] {
                m_save->setEnabled(true);
                m_code->clear(); // ready for the next worker
                m_name->clear();
                m_id->clear();
                m_phone->clear();
                setStatus(m_status, tr("Worker %1 added to %2. Certify, brief and whitelist the worker before work.").arg(code, m_contractor),
                          false);
                Q_EMIT saved(code);
            },
            [this](const QString &err) {
                m_save->setEnabled(true);
                setStatus(m_status, tr("Not saved: %1").arg(err), true);
            },
            true);
    });
    checkId();
}

void WorkerDialog::checkId()
{
    m_status->clear();
    const QString id = m_id->text().trimmed().toUpper();
    if (id.isEmpty()) {
        m_idCheck->setText(tr("Required: the resident identity card number."));
        m_idCheck->setStyleSheet(QString());
        return;
    }
    const QString why = ids::checkResidentId(id, m_today);
    m_idCheck->setText(why.isEmpty() ? tr("✓ Valid ID number (GB 11643), born %1").arg(QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s)
                                                                                         .toString(Qt::ISODate))
                                     : tr("✕ Not a valid ID number: %1").arg(why));
    m_idCheck->setStyleSheet(QString::fromLatin1(why.isEmpty() ? kGood : kBad));
}

// ---------------------------------------------------------------------------------------------------------
WorkerEditDialog::WorkerEditDialog(DataWorker *worker, const QString &person, QDate today, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_person(person), m_today(today)
{
    setObjectName(u"workerEditDialog"_s);
    setWindowTitle(tr("Edit worker %1").arg(person));
    auto *form = new QFormLayout;
    auto *contractor = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"workerEditName"_s);
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"workerEditIdNumber"_s);
    m_id->setMaxLength(18);
    m_id->setPlaceholderText(tr("18 characters, GB 11643"));
    m_idCheck = new QLabel(this);
    m_idCheck->setObjectName(u"workerEditIdCheck"_s);
    m_idCheck->setWordWrap(true);
    m_job = new QLineEdit(this);
    m_job->setObjectName(u"workerEditJob"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"workerEditPhone"_s);
    m_left = new QCheckBox(tr("Has left the site (kept on record, refused on permits)"), this);
    m_left->setObjectName(u"workerLeft"_s);
    m_leftOn = dateEdit(today, this);
    m_leftOn->setObjectName(u"workerLeftOn"_s);
    m_leftOn->setMaximumDate(today);
    m_leftReason = new QLineEdit(this);
    m_leftReason->setObjectName(u"workerLeftReason"_s);
    m_leftReason->setPlaceholderText(tr("why, e.g. contract ended"));
    form->addRow(tr("Code"), new QLabel(person, this));
    form->addRow(tr("Contractor"), contractor);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Resident ID number"), m_id);
    form->addRow(QString(), m_idCheck);
    form->addRow(tr("Job"), m_job);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_left);
    form->addRow(tr("Left on"), m_leftOn);
    form->addRow(tr("Reason"), m_leftReason);
    m_status = new QLabel(this);
    m_status->setObjectName(u"workerEditStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save changes"), this);
    m_save->setObjectName(u"workerEditSave"_s);
    m_save->setDefault(true);
    m_save->setEnabled(false); // until the worker is loaded
    auto *close = new QPushButton(tr("Close"), this);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_save);
    h->addWidget(close);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_status);
    v->addLayout(h);
    auto leftChanged = [this] {
        m_leftOn->setEnabled(m_left->isChecked());
        m_leftReason->setEnabled(m_left->isChecked());
    };
    connect(m_left, &QCheckBox::toggled, this, leftChanged);
    connect(m_id, &QLineEdit::textChanged, this, &WorkerEditDialog::checkId);
    connect(m_save, &QPushButton::clicked, this, &WorkerEditDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    leftChanged();
    setMinimumWidth(520);
    m_worker->call(
        this, [person](ServiceContext &ctx) { return ContractorService(ctx).worker(person); },
        [this, contractor, leftChanged](WorkerRecord w) {
            contractor->setText(w.contractorCode);
            m_before[0] = w.name;
            m_before[1] = w.idNumber;
            m_before[2] = w.job;
            m_before[3] = w.phone;
            m_leftBefore = w.leftOn;
            m_name->setText(w.name);
            m_id->setText(w.idNumber);
            m_job->setText(w.job);
            m_phone->setText(w.phone);
            m_left->setChecked(w.leftOn.isValid());
            if (w.leftOn.isValid())
                m_leftOn->setDate(w.leftOn);
            m_leftReason->setText(w.leftReason);
            leftChanged();
            m_loaded = true;
            m_save->setEnabled(true);
        },
        [this](const QString &err) { setStatus(m_status, err, true); });
    checkId();
}

void WorkerEditDialog::checkId()
{
    m_status->clear(); // a refusal shown before no longer applies to what is typed now
    const QString id = m_id->text().trimmed().toUpper();
    if (id.isEmpty()) {
        m_idCheck->setText(tr("Required: the resident identity card number."));
        m_idCheck->setStyleSheet(QString());
        return;
    }
    const QString why = ids::checkResidentId(id, m_today);
    m_idCheck->setText(why.isEmpty() ? tr("✓ Valid ID number (GB 11643), born %1").arg(QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s)
                                                                                         .toString(Qt::ISODate))
                                     : tr("✕ Not a valid ID number: %1").arg(why));
    m_idCheck->setStyleSheet(QString::fromLatin1(why.isEmpty() ? kGood : kBad));
}

void WorkerEditDialog::save()
{
    const QString now[4] = {m_name->text().trimmed(), m_id->text().trimmed().toUpper(), m_job->text().trimmed(), m_phone->text().trimmed()};
    if (now[0].isEmpty() || now[2].isEmpty()) {
        setStatus(m_status, tr("Name and job are required."), true);
        return;
    }
    if (const QString why = ids::checkResidentId(now[1], m_today); !why.isEmpty()) {
        setStatus(m_status, tr("Not saved: the ID number is not valid (%1).").arg(why), true);
        return;
    }
    WorkerEdit e;
    std::optional<QString> *fields[4] = {&e.name, &e.idNumber, &e.job, &e.phone};
    for (int i = 0; i < 4; ++i)
        if (now[i] != m_before[i])
            *fields[i] = now[i];
    // Leaving: a new day or reason is stored again; unticking brings the worker back.
    std::optional<WorkerLeave> leave;
    if (m_left->isChecked())
        leave = WorkerLeave{m_leftOn->date(), m_leftReason->text().trimmed()};
    else if (m_leftBefore.isValid())
        leave = WorkerLeave{};
    const QString person = m_person;
    m_save->setEnabled(false);
    m_worker->call(
        this, [=](ServiceContext &ctx) { return ContractorService(ctx).saveWorker(person, e, leave); },
        [this](WorkerRecord w) {
            m_save->setEnabled(true);
            m_before[0] = w.name;
            m_before[1] = w.idNumber;
            m_before[2] = w.job;
            m_before[3] = w.phone;
            m_leftBefore = w.leftOn;
            setStatus(m_status,
                      w.leftOn.isValid() ? tr("Worker %1 saved: left on %2, refused on permits.").arg(w.code, w.leftOn.toString(Qt::ISODate))
                                         : tr("Worker %1 saved.").arg(w.code),
                      false);
            Q_EMIT saved(w.code);
        },
        [this](const QString &err) {
            m_save->setEnabled(true);
            setStatus(m_status, tr("Not saved: %1").arg(err), true);
        },
        true);
}

// ---------------------------------------------------------------------------------------------------------
WorkerRecordsDialog::WorkerRecordsDialog(DataWorker *worker, const QString &person, QDate today, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_person(person), m_today(today)
{
    setObjectName(u"workerRecordsDialog"_s);
    setWindowTitle(tr("Records of worker %1").arg(person));
    auto *v = new QVBoxLayout(this);

    auto *cert = new QGroupBox(tr("Certificate"), this);
    auto *cf = new QFormLayout(cert);
    m_certKind = new QComboBox(cert);
    m_certKind->setObjectName(u"certKind"_s);
    m_certKind->setEditable(true); // a site may use its own kinds (a lower-case key)
    const std::pair<QString, QString> kinds[] = {{u"hot_work"_s, tr("Hot work")},           {u"electrical"_s, tr("Electrical")},
                                                 {u"work_at_height"_s, tr("Work at height")}, {u"lifting"_s, tr("Lifting")},
                                                 {u"confined_space"_s, tr("Confined space")}, {u"guardian"_s, tr("Guardian")}};
    for (const auto &[key, label] : kinds)
        m_certKind->addItem(key, label);
    for (int i = 0; i < m_certKind->count(); ++i)
        m_certKind->setItemData(i, m_certKind->itemData(i), Qt::ToolTipRole);
    m_certNumber = new QLineEdit(cert);
    m_certNumber->setObjectName(u"certNumber"_s);
    m_certUntil = dateEdit(today.addYears(2), cert);
    m_certUntil->setObjectName(u"certUntil"_s);
    m_certSave = new QPushButton(tr("Add certificate"), cert);
    m_certSave->setObjectName(u"certSave"_s);
    cf->addRow(tr("Kind"), m_certKind);
    cf->addRow(tr("Number"), m_certNumber);
    cf->addRow(tr("Valid until"), m_certUntil);
    cf->addRow(QString(), m_certSave);
    v->addWidget(cert);

    auto *brief = new QGroupBox(tr("Site safety briefing"), this);
    auto *bf = new QFormLayout(brief);
    m_briefing = dateEdit(today, brief);
    m_briefing->setObjectName(u"briefingOn"_s);
    m_briefing->setMaximumDate(today); // recorded once it has been given
    m_briefSave = new QPushButton(tr("Record briefing"), brief);
    m_briefSave->setObjectName(u"briefingSave"_s);
    bf->addRow(tr("Given on"), m_briefing);
    bf->addRow(QString(), m_briefSave);
    v->addWidget(brief);

    auto *portrait = new QGroupBox(tr("Portrait for the face check"), this);
    auto *pf = new QVBoxLayout(portrait);
    auto *ph = new QHBoxLayout;
    m_portrait = new QLineEdit(portrait);
    m_portrait->setObjectName(u"portraitFile"_s);
    m_portrait->setPlaceholderText(tr("a JPEG or PNG photo with exactly one frontal face"));
    m_portraitBrowse = browseFor(m_portrait, tr("Portrait"), tr("Photos (*.jpg *.jpeg *.png)"), this);
    m_portraitBrowse->setObjectName(u"portraitBrowse"_s);
    ph->addWidget(m_portrait, 1);
    ph->addWidget(m_portraitBrowse);
    pf->addLayout(ph);
    m_portraitSave = new QPushButton(tr("Put portrait on file"), portrait);
    m_portraitSave->setObjectName(u"portraitSave"_s);
    pf->addWidget(m_portraitSave, 0, Qt::AlignRight);
    v->addWidget(portrait);

    m_status = new QLabel(this);
    m_status->setObjectName(u"workerRecordsStatus"_s);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto *close = new QPushButton(tr("Close"), this);
    v->addWidget(close, 0, Qt::AlignRight);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);

    connect(m_certSave, &QPushButton::clicked, this, [this] {
        const QString kind = m_certKind->currentText().trimmed(), number = m_certNumber->text().trimmed(), person = m_person;
        const QDate until = m_certUntil->date();
        static const QRegularExpression kindRe(u"^[a-z][a-z0-9_]{1,39}$"_s);
        if (!kindRe.match(kind).hasMatch()) {
            report(tr("The certificate kind must be a lower-case key, e.g. hot_work."), true);
            return;
        }
        if (number.isEmpty()) {
            report(tr("The certificate number is required."), true);
            return;
        }
        const QDate issued = std::min(until.addYears(-1), m_today); // as `guardlinectl workers certify` without --issued
        m_certSave->setEnabled(false);
        m_worker->call(
            this, [=](ServiceContext &ctx) { ContractorService(ctx).addCertificate(person, {kind, number, issued, until, {}}); },
            [this, kind, number, until] {
                m_certSave->setEnabled(true);
                report(tr("Certificate %1 %2 valid until %3 recorded.").arg(kind, number, until.toString(Qt::ISODate)), false);
                m_certNumber->clear();
                Q_EMIT saved(m_person, u"certificate"_s);
            },
            [this](const QString &err) {
                m_certSave->setEnabled(true);
                report(tr("Not saved: %1").arg(err), true);
            },
            true);
    });
    connect(m_briefSave, &QPushButton::clicked, this, [this] {
        const QDate on = m_briefing->date();
        const QString person = m_person;
        m_briefSave->setEnabled(false);
        m_worker->call(
            this,
            [=](ServiceContext &ctx) { ContractorService(ctx).recordBriefing(person, on); },
            [this, on] {
                m_briefSave->setEnabled(true);
                report(tr("Site safety briefing on %1 recorded.").arg(on.toString(Qt::ISODate)), false);
                Q_EMIT saved(m_person, u"briefing"_s);
            },
            [this](const QString &err) {
                m_briefSave->setEnabled(true);
                report(tr("Not saved: %1").arg(err), true);
            },
            true);
    });
    connect(m_portraitSave, &QPushButton::clicked, this, [this] {
        const QString path = m_portrait->text().trimmed(), person = m_person;
        if (path.isEmpty()) {
            report(tr("Choose the portrait photo."), true);
            return;
        }
        m_portraitSave->setEnabled(false);
        report(tr("Checking %1 for one frontal face…").arg(QFileInfo(path).fileName()), false);
        m_worker->call(
            this,
            [=](ServiceContext &ctx) { HazardService(ctx).setPortrait(person, photoFromFile(path)); },
            [this, path] {
                m_portraitSave->setEnabled(true);
                report(tr("Portrait %1 on file.").arg(QFileInfo(path).fileName()), false);
                Q_EMIT saved(m_person, u"portrait"_s);
            },
            [this](const QString &err) {
                m_portraitSave->setEnabled(true);
                report(tr("Refused: %1").arg(err), true);
            },
            true);
    });
}

void WorkerRecordsDialog::report(const QString &text, bool bad) { setStatus(m_status, text, bad); }

// ---------------------------------------------------------------------------------------------------------
LedgerImportDialog::LedgerImportDialog(DataWorker *worker, QWidget *parent) : QDialog(parent), m_worker(worker)
{
    setObjectName(u"ledgerImportDialog"_s);
    setWindowTitle(tr("Import the contractor ledger"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One row a contractor: code,name,name_zh,credit_code,trade,contact (UTF-8 or GB18030). Every row is "
                                "checked first; with any error nothing is imported."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *h = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"ledgerFile"_s);
    m_file->setPlaceholderText(tr("path of the CSV file"));
    m_browse = browseFor(m_file, tr("Contractor ledger"), tr("CSV files (*.csv);;All files (*)"), this);
    m_browse->setObjectName(u"ledgerBrowse"_s);
    m_preview = new QPushButton(tr("Preview (nothing is stored)"), this);
    m_preview->setObjectName(u"ledgerPreview"_s);
    h->addWidget(m_file, 1);
    h->addWidget(m_browse);
    h->addWidget(m_preview);
    v->addLayout(h);
    m_result = makeReadOnlyTable({tr("Result"), tr("Contractor / line"), tr("Detail")}, this);
    m_result->setObjectName(u"ledgerResult"_s);
    m_result->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_result, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"ledgerStatus"_s);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_import = new QPushButton(tr("Import all rows"), this);
    m_import->setObjectName(u"ledgerImport"_s);
    m_import->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    auto *b = new QHBoxLayout;
    b->addStretch(1);
    b->addWidget(m_import);
    b->addWidget(close);
    v->addLayout(b);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); }); // a new file needs a new preview
    resize(760, 420);
}

void LedgerImportDialog::run(bool dryRun)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        setStatus(m_status, tr("Choose the ledger file."), true);
        return;
    }
    if (!dryRun && path != m_previewedFile) {
        setStatus(m_status, tr("Preview the file first."), true);
        return;
    }
    m_preview->setEnabled(false);
    m_import->setEnabled(false);
    m_worker->call(
        this, [path, dryRun](ServiceContext &ctx) { return ContractorService(ctx).importLedgerFile(path, dryRun); },
        [this, path, dryRun](LedgerFileImport o) {
            m_preview->setEnabled(true);
            const LedgerImport &r = o.result;
            m_result->setRowCount(0);
            auto add = [this](const QString &what, const QString &who, const QString &detail, const QColor &colour) {
                const int row = m_result->rowCount();
                m_result->insertRow(row);
                const QStringList cells{what, who, detail};
                for (int c = 0; c < 3; ++c) {
                    auto *i = new QTableWidgetItem(cells[c]);
                    if (colour.isValid())
                        i->setForeground(colour);
                    m_result->setItem(row, c, i);
                }
            };
            const QString source = QFileInfo(path).fileName() + u": "_s;
            for (const QString &e : r.errors) {
                QString detail = e.startsWith(source) ? e.mid(source.size()) : e;
                QString where;
                if (detail.startsWith(u"line "_s)) { // "line 4: field 'credit_code': ..."
                    where = detail.section(u':', 0, 0);
                    detail = detail.section(u':', 1, -1).trimmed();
                }
                add(tr("✕ Error"), where, detail, QColor(u"#e53935"_s));
            }
            for (const QString &c : r.added) // with errors nothing is registered: these rows are only checked
                add(!r.errors.isEmpty() ? tr("✓ No error") : dryRun ? tr("+ To register") : tr("+ Registered"), c, QString(), QColor());
            for (const QString &c : r.existing)
                add(tr("= Already registered"), c, tr("same credit code: left as it is"), QColor());
            m_result->resizeColumnsToContents();
            m_result->horizontalHeader()->setStretchLastSection(true);
            if (!r.errors.isEmpty()) {
                m_previewedFile.clear();
                setStatus(m_status, tr("%n error(s) in %1 (%2): nothing was imported. Correct the file and preview it again.", nullptr,
                                       int(r.errors.size()))
                                        .arg(QFileInfo(path).fileName(), o.encoding),
                          true);
                Q_EMIT previewed(int(r.added.size()), int(r.errors.size()));
                return;
            }
            if (dryRun) {
                m_previewedFile = path;
                m_import->setEnabled(!r.added.isEmpty());
                setStatus(m_status, tr("%1 (%2): %3 row(s), %4 to register, %5 already registered. Nothing stored yet.")
                                        .arg(QFileInfo(path).fileName(), o.encoding)
                                        .arg(o.rows)
                                        .arg(r.added.size())
                                        .arg(r.existing.size()),
                          false);
                Q_EMIT previewed(int(r.added.size()), 0);
            } else {
                m_previewedFile.clear();
                setStatus(m_status, tr("%n contractor(s) registered from %1.", nullptr, int(r.added.size())).arg(QFileInfo(path).fileName()),
                          false);
                Q_EMIT imported(int(r.added.size()));
            }
        },
        [this](const QString &err) {
            m_preview->setEnabled(true);
            m_previewedFile.clear();
            m_result->setRowCount(0);
            setStatus(m_status, tr("Refused: %1").arg(err), true);
            Q_EMIT previewed(0, 1);
        },
        !dryRun);
}

// ---------------------------------------------------------------------------------------------------------
ContractorActions::ContractorActions(DataWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"contractorActions"_s);
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    auto button = [this, h](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setProperty("tip", tip); // restored when a user who may edit signs in (File → Switch user…)
        h->addWidget(b);
        return b;
    };
    m_register = button(u"contractorRegister"_s, tr("Register…"), tr("Register a contractor company"));
    m_edit = button(u"contractorEdit"_s, tr("Edit…"), tr("Edit the selected contractor's company data"));
    m_suspend = button(u"contractorSuspend"_s, tr("Suspend…"), tr("Suspend the selected contractor, or lift its suspension"));
    m_document = button(u"contractorAddDocument"_s, tr("Add document…"), tr("Add a licence, qualification, insurance proof or HSE agreement (PDF)"));
    m_addWorker = button(u"contractorAddWorker"_s, tr("Add worker…"), tr("Add a worker of the selected contractor"));
    m_editWorker = button(u"contractorEditWorker"_s, tr("Edit worker…"),
                          tr("Edit the worker selected in the Workers tab, or mark that the worker left"));
    m_records = button(u"contractorWorkerRecords"_s, tr("Certificate, briefing, portrait…"),
                       tr("Records of the worker selected in the Workers tab"));
    m_import = button(u"contractorImportLedger"_s, tr("Import ledger…"), tr("Register contractors from the ledger CSV"));
    m_shifts = button(u"contractorShifts"_s, tr("Shifts…"), tr("The shifts a shift roster names: list and add"));
    h->addStretch(1);
    connect(m_register, &QPushButton::clicked, this, [this] {
        auto *d = new ContractorDialog(m_worker, {}, this);
        connect(d, &ContractorDialog::saved, this, &ContractorActions::changed);
        open(d);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        auto *d = new ContractorDialog(m_worker, m_contractor, this);
        connect(d, &ContractorDialog::saved, this, &ContractorActions::changed);
        open(d);
    });
    connect(m_suspend, &QPushButton::clicked, this, [this] {
        auto *d = new SuspendDialog(m_worker, m_contractor, m_suspended, this);
        connect(d, &SuspendDialog::done, this, &ContractorActions::changed);
        open(d);
    });
    connect(m_document, &QPushButton::clicked, this, [this] {
        auto *d = new DocumentDialog(m_worker, m_contractor, m_today, this);
        connect(d, &DocumentDialog::saved, this, [this](const QString &c) { Q_EMIT changed(c); });
        open(d);
    });
    connect(m_addWorker, &QPushButton::clicked, this, [this] {
        auto *d = new WorkerDialog(m_worker, m_contractor, m_today, this);
        connect(d, &WorkerDialog::saved, this, [this] { Q_EMIT changed(m_contractor); });
        open(d);
    });
    connect(m_editWorker, &QPushButton::clicked, this, [this] {
        auto *d = new WorkerEditDialog(m_worker, m_person, m_today, this);
        connect(d, &WorkerEditDialog::saved, this, [this] { Q_EMIT changed(m_contractor); });
        open(d);
    });
    connect(m_records, &QPushButton::clicked, this, [this] {
        auto *d = new WorkerRecordsDialog(m_worker, m_person, m_today, this);
        connect(d, &WorkerRecordsDialog::saved, this, [this] { Q_EMIT changed(m_contractor); });
        open(d);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *d = new LedgerImportDialog(m_worker, this);
        connect(d, &LedgerImportDialog::imported, this, [this] { Q_EMIT changed(m_contractor); });
        open(d);
    });
    connect(m_shifts, &QPushButton::clicked, this, [this] {
        auto *d = new ShiftsDialog(m_worker, this);
        open(d);
    });
    // Another person signed in at this workstation: what they may do is asked again.
    connect(m_worker, &DataWorker::userSwitched, this, [this] {
        m_askedMayEdit = false;
        setToday(m_today);
    });
    m_today = QDate::currentDate();
    setContractor({}, false);
}

void ContractorActions::open(QDialog *d)
{
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowFlag(Qt::Window);
    d->setModal(false); // nothing in the command center is blocked by a form
    m_last = d;
    d->show();
    d->raise();
    d->activateWindow();
    Q_EMIT dialogOpened(d);
}

void ContractorActions::setToday(QDate today)
{
    m_today = today;
    if (m_askedMayEdit)
        return;
    m_askedMayEdit = true;
    m_worker->call(
        this, [](ServiceContext &ctx) { return PermissionMatrix::defaults().allows(ctx.actor.role, u"contractor.edit"_s); },
        [this](bool may) {
            m_mayEdit = may;
            // the ledger preview only reads: it stays available
            for (QPushButton *b : {m_register, m_edit, m_suspend, m_document, m_addWorker, m_editWorker, m_records, m_shifts})
                b->setToolTip(may ? b->property("tip").toString() : tr("Needs the permission to register contractors (contractor.edit)"));
            updateButtons();
        });
}

void ContractorActions::setContractor(const QString &code, bool suspended)
{
    m_contractor = code;
    m_suspended = suspended;
    m_suspend->setText(suspended ? tr("Lift suspension…") : tr("Suspend…"));
    if (code.isEmpty())
        m_person.clear();
    updateButtons();
}

void ContractorActions::setWorker(const QString &code)
{
    m_person = code;
    updateButtons();
}

void ContractorActions::updateButtons()
{
    m_register->setEnabled(m_mayEdit);
    m_shifts->setEnabled(m_mayEdit);
    for (QPushButton *b : {m_edit, m_suspend, m_document, m_addWorker})
        b->setEnabled(m_mayEdit && !m_contractor.isEmpty());
    m_records->setEnabled(m_mayEdit && !m_person.isEmpty());
    m_editWorker->setEnabled(m_mayEdit && !m_person.isEmpty());
}

} // namespace ui
} // namespace gl
