// SPDX-License-Identifier: Apache-2.0
// The coordinator's company forms of the Contractors dock (issue #17): a contractor registered, edited or
// suspended, and the dock's buttons that open every form (the worker, document and ledger forms have files
// of their own). Every call goes through the services on the data thread (DataWorker::call); the services
// check and audit.
#include "modules/admission/ui/ContractorForms.h"
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/ui/ContractorFormParts.h"
#include "modules/admission/ui/DocumentDialog.h"
#include "modules/admission/ui/LedgerImportDialog.h"
#include "modules/admission/ui/ShiftKindsPanel.h"
#include "modules/admission/ui/WorkerForms.h"
#include "platform/domain/Identifiers.h"
#include "shell/DataWorker.h"

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
