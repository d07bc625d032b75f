// SPDX-License-Identifier: Apache-2.0
// The worker forms of the Contractors dock (issue #17): a worker added, edited or marked as left, and their
// records (certificates, the site briefing, the portrait). Every call goes through the services on the data
// thread (DataWorker::call); the services check and audit.
#include "modules/admission/ui/WorkerForms.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/admission/ui/ContractorFormParts.h"
#include "modules/hazards/logic/HazardPhotos.h"
#include "modules/hazards/logic/HazardService.h"
#include "platform/auth/Roles.h"
#include "platform/domain/Identifiers.h"
#include "shell/DataWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

using namespace forms;

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


} // namespace ui
} // namespace gl
