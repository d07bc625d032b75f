// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/ui/ContractorFormParts.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gl::ui::forms {

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

} // namespace gl::ui::forms
