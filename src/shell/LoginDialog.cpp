// SPDX-License-Identifier: Apache-2.0
#include "shell/LoginDialog.h"
#include "ui_LoginDialog.h"

#include <QPushButton>

namespace gl {
namespace ui {

LoginDialog::LoginDialog(const QString &storeDescription, QWidget *parent) : QDialog(parent), m_ui(new Ui::LoginDialog)
{
    m_ui->setupUi(this);
    m_ui->store->setText(tr("Store: %1").arg(storeDescription));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->username->text().isEmpty()); };
    connect(m_ui->username, &QLineEdit::textChanged, this, update);
    update();
}

LoginDialog::~LoginDialog() { delete m_ui; }
QString LoginDialog::username() const { return m_ui->username->text().trimmed(); }
QString LoginDialog::password() const { return m_ui->password->text(); }

} // namespace ui
} // namespace gl
