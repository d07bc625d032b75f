// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace Ui {
class LoginDialog;
}

namespace gl {
namespace ui {

/// Asks for the user name and password of the account that signs in. The password never leaves
/// this dialog except to the data thread, which checks it against its Argon2id hash.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(const QString &storeDescription, QWidget *parent = nullptr);
    ~LoginDialog() override;
    QString username() const;
    QString password() const;

private:
    Ui::LoginDialog *m_ui;
};

} // namespace ui
} // namespace gl
