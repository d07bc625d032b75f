// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitSignOffs.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "shell/UiLanguage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

const permits::Gb30871Rules &rules() { return permits::Gb30871Rules::defaults(); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

PermitSignOffs::PermitSignOffs(QWidget *parent) : QWidget(parent)
{
    auto *signLayout = new QVBoxLayout(this);
    m_signOffs = new QLabel;
    m_signOffs->setTextFormat(Qt::RichText);
    m_signOffs->setWordWrap(true);
    m_nextStep = new QLabel;
    m_nextStep->setWordWrap(true);
    m_onSite = new QCheckBox(tr("I am at the work site"));
    m_onSite->setObjectName(u"signOnSite"_s);
    m_place = new QLineEdit;
    m_place->setObjectName(u"signPlace"_s);
    m_place->setPlaceholderText(tr("where exactly you are (optional)"));
    m_place->setEnabled(false); // a place is recorded only with an on-site signature
    connect(m_onSite, &QCheckBox::toggled, m_place, &QWidget::setEnabled);
    m_sign = new QPushButton(tr("Sign"));
    m_sign->setObjectName(u"signNext"_s);
    m_ticket = new QPushButton(tr("Work &ticket…"));
    m_ticket->setObjectName(u"permitTicket"_s);
    m_ticket->setToolTip(tr("Issue the electronic work ticket (the same PDF as guardlinectl permit ticket): preview, print or save"));
    m_ticket->setEnabled(false);
    connect(m_ticket, &QPushButton::clicked, this, &PermitSignOffs::ticketRequested);
    auto *signRow = new QHBoxLayout;
    signRow->addWidget(m_onSite);
    signRow->addWidget(m_place, 1);
    signRow->addWidget(m_sign);
    m_actionBar = new QWidget;
    new QHBoxLayout(m_actionBar);
    signLayout->addWidget(new QLabel(tr("<b>Sign-offs in the standard's order</b>")));
    signLayout->addWidget(m_signOffs);
    signLayout->addWidget(m_nextStep);
    signLayout->addLayout(signRow);
    signLayout->addWidget(new QLabel(tr("<b>Lifecycle</b>")));
    signLayout->addWidget(m_actionBar);
    auto *ticketRow = new QHBoxLayout;
    ticketRow->addWidget(m_ticket);
    ticketRow->addStretch(1);
    signLayout->addLayout(ticketRow);
    signLayout->addStretch(1);
    connect(m_sign, &QPushButton::clicked, this, &PermitSignOffs::signRequested);
}

SignOffInput PermitSignOffs::signature() const
{
    return {m_onSite->isChecked(), m_onSite->isChecked() ? m_place->text().trimmed() : QString(), {}};
}

void PermitSignOffs::showCard(const PermitCard &card, const QString &role, const std::function<QString(qint64)> &when)
{
    const permits::PermitRecord &p = card.permit;
    m_ticket->setEnabled(p.state == u"approved"_s || p.state == u"active"_s); // the service refuses the rest

    // Sign-offs, done and next.
    const bool zh = chineseUi();
    QString html = u"<table cellpadding='3' border='1' style='border-collapse:collapse'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s
                       .arg(esc(tr("Step")), esc(tr("Signed by")), esc(tr("On site")), esc(tr("Place")), esc(tr("Time")));
    QStringList done;
    for (const SignOffRecord &r : card.signOffs) {
        done << r.step;
        html += u"<tr><td>%1</td><td>%2 (%3)%4</td><td>%5</td><td>%6</td><td>%7</td></tr>"_s.arg(
            esc(zh ? r.nameZh : r.name), esc(r.signerName), esc(r.role), r.person.isEmpty() ? QString() : esc(u" · "_s + r.person),
            r.onSite ? tr("yes") : tr("no"), esc(r.place), when(r.signedAt));
    }
    for (const permits::SignOffStep &s : rules().signOffs())
        if (!done.contains(s.step))
            html += u"<tr><td>%1</td><td colspan='4' style='color:gray'>%2</td></tr>"_s.arg(esc(zh ? s.nameZh : s.name), esc(tr("not signed")));
    m_signOffs->setText(html + u"</table>"_s);
    const permits::SignOffStep *next = rules().signOff(card.nextStep);
    const bool mayAct = next && card.nextStepRoles.contains(role);
    m_sign->setVisible(next != nullptr);
    m_onSite->setVisible(next && next->onSite);
    m_place->setVisible(next && next->onSite);
    m_sign->setEnabled(mayAct);
    if (next) {
        m_sign->setText(tr("Sign as %1").arg(zh ? next->nameZh : next->name));
        m_nextStep->setText(mayAct ? tr("Next: %1. Signed by %2%3.").arg(zh ? next->nameZh : next->name, card.nextStepRoles.join(u", "_s),
                                                                         next->onSite ? tr(" at the work site") : QString())
                                   : tr("Next: %1, signed by %2 (you are %3).").arg(zh ? next->nameZh : next->name,
                                                                                    card.nextStepRoles.join(u", "_s), role));
    } else {
        m_nextStep->setText(p.state == u"draft"_s ? tr("Submit the permit to start the sign-offs.") : QString());
    }

    // Lifecycle actions by state (submit and approve are signatures).
    QLayout *bar = m_actionBar->layout();
    while (QLayoutItem *item = bar->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &action : card.actions) {
        if (action == u"submit"_s || action == u"approve"_s || action == u"expire"_s)
            continue;
        auto *b = new QPushButton(action == u"activate"_s ? tr("Start work")
                                  : action == u"suspend"_s ? tr("Suspend")
                                  : action == u"resume"_s  ? tr("Resume")
                                  : action == u"close"_s   ? tr("Close (work finished)")
                                  : action == u"cancel"_s  ? tr("Cancel")
                                  : action == u"reject"_s  ? tr("Reject (back to draft)")
                                                           : action,
                                  m_actionBar);
        b->setObjectName(u"action_"_s + action);
        connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        bar->addWidget(b);
    }
    if (p.state == u"active"_s) {
        auto *b = new QPushButton(tr("Guardian left the site"), m_actionBar);
        connect(b, &QPushButton::clicked, this, [this] { Q_EMIT actionRequested(u"guardian_left"_s); });
        bar->addWidget(b);
    }
}

} // namespace ui
} // namespace gl
