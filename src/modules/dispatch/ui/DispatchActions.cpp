// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/ui/DispatchActions.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "shell/DataWorker.h"
#include "shell/UiLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

ManualAlarmDialog::ManualAlarmDialog(DataWorker *worker, const QStringList &areas, const QString &area, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_area(new QComboBox(this)), m_priority(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_raise(new QPushButton(tr("&Raise alarm"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Manual alarm"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"manualAlarmDialog"_s);
    m_area->setObjectName(u"manualAlarmArea"_s);
    m_priority->setObjectName(u"manualAlarmPriority"_s);
    m_text->setObjectName(u"manualAlarmText"_s);
    m_raise->setObjectName(u"manualAlarmRaise"_s);
    m_status->setObjectName(u"manualAlarmStatus"_s);
    m_area->addItems(areas);
    if (!area.isEmpty())
        m_area->setCurrentText(area);
    m_priority->addItem(tr("Critical"), u"critical"_s);
    m_priority->addItem(tr("High"), u"high"_s);
    m_priority->addItem(tr("Medium"), u"medium"_s);
    m_priority->addItem(tr("Low"), u"low"_s);
    m_priority->setCurrentIndex(1);
    m_text->setPlaceholderText(tr("What the caller reports, and who called"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Report"), m_text);
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(m_status);
    l->addWidget(m_raise);
    m_raise->setEnabled(false);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &t) { m_raise->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_text, &QLineEdit::returnPressed, m_raise, &QPushButton::click);
    connect(m_raise, &QPushButton::clicked, this, [this] {
        const QString area = m_area->currentText(), priority = m_priority->currentData().toString(), text = m_text->text().trimmed();
        if (text.isEmpty())
            return;
        m_raise->setEnabled(false);
        m_status->setText(tr("Raising…"));
        m_worker->call(
            this, [area, priority, text](ServiceContext &ctx) { return OperationsService(ctx).raiseManualAlarm(area, priority, text); },
            [this](ManualAlarm a) {
                m_status->setText(tr("Alarm %1 raised; order %2 opened.").arg(a.alarmId).arg(a.orderCode));
                Q_EMIT raised(a.alarmId, a.orderCode);
                close();
            },
            [this](const QString &err) {
                m_status->setText(tr("Not raised: %1").arg(err));
                m_raise->setEnabled(true);
            },
            true);
    });
}

InstructionDialog::InstructionDialog(DataWorker *worker, const QString &target, const QString &orderCode, const QString &kind,
                                     QWidget *parent)
    : QDialog(parent), m_worker(worker), m_order(orderCode), m_target(new QLineEdit(target, this)), m_reason(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_review(new QPushButton(tr("&Review"), this)), m_confirm(new QPushButton(tr("&Confirm and send"), this)),
      m_readBack(new QLabel(this)), m_status(new QLabel(this))
{
    setWindowTitle(orderCode.isEmpty() ? tr("Instruction") : tr("Instruction for order %1").arg(orderCode));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"instructionDialog"_s);
    m_target->setObjectName(u"instructionTarget"_s);
    m_reason->setObjectName(u"instructionReason"_s);
    m_kind->setObjectName(u"instructionKind"_s);
    m_review->setObjectName(u"instructionReview"_s);
    m_confirm->setObjectName(u"instructionConfirm"_s);
    m_readBack->setObjectName(u"instructionReadBack"_s);
    m_status->setObjectName(u"instructionStatus"_s);
    for (const QString &k : OperationsService::instructionKinds())
        // In a zh interface the Chinese words, with the text the line receives (issue 16 item 9).
        m_kind->addItem(localized(OperationsService::instructionText(k),
                                  u"%1 (%2)"_s.arg(OperationsService::instructionTextZh(k), OperationsService::instructionText(k))), k);
    if (!kind.isEmpty())
        m_kind->setCurrentIndex(m_kind->findData(kind));
    m_target->setPlaceholderText(tr("line or area as the site's connectors know it, e.g. casting-house-2"));
    m_reason->setPlaceholderText(tr("why (read back and kept in the audit chain)"));
    m_readBack->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Instruction"), m_kind);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(m_confirm);
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(m_readBack);
    l->addLayout(buttons);
    l->addWidget(m_status);
    m_confirm->setEnabled(false);
    connect(m_review, &QPushButton::clicked, this, &InstructionDialog::review);
    connect(m_confirm, &QPushButton::clicked, this, &InstructionDialog::send);
    connect(m_target, &QLineEdit::textEdited, this, &InstructionDialog::edited);
    connect(m_reason, &QLineEdit::textEdited, this, &InstructionDialog::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InstructionDialog::edited);
    connect(m_reason, &QLineEdit::returnPressed, m_review, &QPushButton::click);
}

void InstructionDialog::edited()
{
    m_confirm->setEnabled(false);
    m_readBack->clear();
}

void InstructionDialog::review()
{
    const QString target = m_target->text().trimmed(), reason = m_reason->text().trimmed();
    if (target.isEmpty() || reason.isEmpty()) {
        m_status->setText(target.isEmpty() ? tr("Name the target line or area.") : tr("Give the reason: it is read back to the line."));
        (target.isEmpty() ? m_target : m_reason)->setFocus();
        return;
    }
    m_status->clear();
    m_readBack->setText(tr("Send <b>%1</b> to <b>%2</b> because: %3").arg(m_kind->currentText().toHtmlEscaped(), target.toHtmlEscaped(),
                                                                         reason.toHtmlEscaped()));
    m_confirm->setEnabled(true);
    m_confirm->setFocus();
}

void InstructionDialog::send()
{
    const QString target = m_target->text().trimmed(), reason = m_reason->text().trimmed(), kind = m_kind->currentData().toString(),
                  order = m_order;
    m_confirm->setEnabled(false);
    m_status->setText(tr("Storing…"));
    m_worker->call(
        this, [target, kind, reason, order](ServiceContext &ctx) { return OperationsService(ctx).pushManualInstruction(target, kind, reason, order); },
        [this](qint64 id) {
            m_status->setText(tr("Instruction %1 queued: the site service sends it.").arg(id));
            Q_EMIT sent(id);
            close();
        },
        [this](const QString &err) {
            m_status->setText(tr("Not sent: %1").arg(err));
            m_confirm->setEnabled(true);
        },
        true);
}

} // namespace ui
} // namespace gl
