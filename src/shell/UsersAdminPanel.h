// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/auth/UserService.h"
#include "shell/RoleTitle.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class QMainWindow;

namespace gl {
namespace ui {

class DataWorker;
class PanelHost;

/// User administration (issue #17), a non-modal window opened from Administration → Users…: the accounts
/// (user name, name, role, enabled) and Add…, Disable/Enable, Change role…, Reset password…. Every change
/// is a UserService call on the data thread (DataWorker::call): the service checks 'user.manage' and the
/// rules (the last enabled administrator stays, passwords of UserService::minPasswordLength or more) and
/// writes the audit entry under the signed-in administrator; this window never talks SQL.
class UsersAdminPanel : public QWidget {
    Q_OBJECT
public:
    /// Adds Administration → Users… to the window's menu bar. The action is enabled only once a user whose
    /// role has 'user.manage' has signed in; for anyone else it stays disabled and its tooltip says why.
    static void installMenu(QMainWindow *window, PanelHost *host);
    /// Opens (or raises) the one users window of `window` and reloads it.
    static UsersAdminPanel *open(PanelHost *host);

    /// `signedInUser` is who acts (named when they would disable their own account).
    UsersAdminPanel(DataWorker *worker, const QString &signedInUser, QWidget *parent);

    void reload();
    QTableWidget *table() const { return m_table; }
    /// The user name of the selected row, or empty.
    QString selectedUser() const;
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The list was (re)loaded from the store.
    void loaded();

private:
    void showUsers(const QList<UserInfo> &users);
    void updateButtons();
    void openDialog(int kind);
    void toggleEnabled();
    void changed(const QString &message);
    const UserInfo *selected() const;

    DataWorker *m_worker;
    QString m_me;
    QList<UserInfo> m_users;
    QTableWidget *m_table;
    QPushButton *m_add, *m_enable, *m_role, *m_password, *m_reload;
    QLabel *m_status;
};

/// The small non-modal forms of the users window: add a user, change a role, set a new password, confirm
/// disabling an account. Checks what it can before asking the service (both passwords the same, long
/// enough), shows the service's refusal in place and stays open; closes when the change is stored.
class UserDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { Add, ChangeRole, ResetPassword, Disable };
    UserDialog(Kind kind, DataWorker *worker, const UserInfo &user, const QString &signedInUser, QWidget *parent);
    Kind kind() const { return m_kind; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_roleBox; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The change is stored; `message` says what was done.
    void done(const QString &message);

private:
    void submit();
    /// Empty when the two password fields hold the same password of the minimum length, else what is wrong.
    QString passwordProblem() const;

    Kind m_kind;
    DataWorker *m_worker;
    UserInfo m_user;
    QLineEdit *m_username = nullptr, *m_name = nullptr, *m_password = nullptr, *m_repeat = nullptr;
    QComboBox *m_roleBox = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ui
} // namespace gl
