// SPDX-License-Identifier: Apache-2.0
#include "shell/UsersAdminPanel.h"
#include "shell/DataWorker.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
constexpr auto kPermission = u"user.manage";
enum Column { ColUser, ColName, ColRole, ColEnabled };

void fillRoles(QComboBox *box, Role current)
{
    for (const QString &key : allRoleKeys()) {
        const Role r = roleFromKey(key);
        box->addItem(u"%1 (%2)"_s.arg(roleTitle(r), key), key);
    }
    const int at = box->findData(roleKey(current));
    box->setCurrentIndex(at >= 0 ? at : box->findData(u"viewer"_s));
}
} // namespace

void UsersAdminPanel::installMenu(QMainWindow *window, PanelHost *host)
{
    QMenu *menu = window->menuBar()->findChild<QMenu *>(u"administrationMenu"_s);
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Administration"));
        menu->setObjectName(u"administrationMenu"_s);
    }
    menu->setToolTipsVisible(true); // a disabled entry says why
    QAction *users = menu->addAction(tr("&Users…"));
    users->setObjectName(u"openUsersAdmin"_s);
    users->setEnabled(false);
    users->setToolTip(tr("Sign in first."));
    // Enabled for whom the service would let manage users; the service checks again on every change.
    auto signedIn = [users](const QString &user, const QString &role) {
        const bool admin = PermissionMatrix::defaults().allows(roleFromKey(role), QString::fromUtf16(kPermission));
        users->setEnabled(admin);
        users->setProperty("signedInUser", user);
        users->setToolTip(admin ? tr("Add users, disable or enable them, change their role, reset a password (all audited)")
                                : tr("Only an administrator manages users (permission user.manage); you are signed in as %1 (%2).")
                                      .arg(user, roleTitle(roleFromKey(role))));
        users->setStatusTip(users->toolTip());
    };
    connect(host->dataWorker(), &DataWorker::opened, users,
            [signedIn](const QString &, const QString &user, const QString &role, bool) { signedIn(user, role); });
    connect(host->dataWorker(), &DataWorker::userSwitched, users, signedIn); // File → Switch user…
    connect(users, &QAction::triggered, window, [host, users] {
        if (users->isEnabled())
            UsersAdminPanel::open(host);
    });
}

UsersAdminPanel *UsersAdminPanel::open(PanelHost *host)
{
    QWidget *window = host->hostWidget();
    auto *panel = window->findChild<UsersAdminPanel *>(u"usersAdmin"_s);
    if (!panel) {
        const QAction *action = window->findChild<QAction *>(u"openUsersAdmin"_s);
        panel = new UsersAdminPanel(host->dataWorker(), action ? action->property("signedInUser").toString() : QString(), window);
    }
    panel->show();
    panel->raise();
    panel->activateWindow();
    panel->reload();
    return panel;
}

UsersAdminPanel::UsersAdminPanel(DataWorker *worker, const QString &signedInUser, QWidget *parent)
    : QWidget(parent, Qt::Window), m_worker(worker), m_me(signedInUser),
      m_table(makeReadOnlyTable({tr("User name"), tr("Name"), tr("Role"), tr("Enabled")}, this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_enable(new QPushButton(tr("&Disable…"), this)),
      m_role(new QPushButton(tr("Change &role…"), this)), m_password(new QPushButton(tr("Reset &password…"), this)),
      m_reload(new QPushButton(tr("Re&load"), this)), m_status(new QLabel(this))
{
    setObjectName(u"usersAdmin"_s);
    setWindowTitle(tr("Users — Guardline"));
    resize(820, 480);
    m_table->setObjectName(u"usersTable"_s);
    m_add->setObjectName(u"userAdd"_s);
    m_enable->setObjectName(u"userEnable"_s);
    m_role->setObjectName(u"userRole"_s);
    m_password->setObjectName(u"userPassword"_s);
    m_reload->setObjectName(u"userReload"_s);
    m_status->setObjectName(u"usersStatus"_s);
    m_status->setWordWrap(true);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);

    auto *intro = new QLabel(tr("Every change here is stored in the audit chain under your name. A disabled account "
                                "cannot sign in anywhere (app, guardlinectl, site service) and keeps its name in the history; "
                                "a session it still has open is refused at its next change."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_enable, m_role, m_password})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_add->setToolTip(tr("A new account with its role and first password"));
    m_role->setToolTip(tr("What the account may do; the last enabled administrator keeps the role"));
    m_password->setToolTip(tr("A new password for the account (at least %1 characters); failed sign-ins are forgiven")
                               .arg(UserService::minPasswordLength));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersAdminPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openDialog(UserDialog::ChangeRole); });
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Add); });
    connect(m_role, &QPushButton::clicked, this, [this] { openDialog(UserDialog::ChangeRole); });
    connect(m_password, &QPushButton::clicked, this, [this] { openDialog(UserDialog::ResetPassword); });
    connect(m_enable, &QPushButton::clicked, this, &UsersAdminPanel::toggleEnabled);
    connect(m_reload, &QPushButton::clicked, this, &UsersAdminPanel::reload);
    updateButtons();
}

void UsersAdminPanel::reload()
{
    m_worker->call(
        this, [](ServiceContext &ctx) { return UserService(ctx).list(); },
        [this](QList<UserInfo> users) { showUsers(users); },
        [this](const QString &err) { m_status->setText(tr("Could not read the users: %1").arg(err)); });
}

void UsersAdminPanel::showUsers(const QList<UserInfo> &users)
{
    const QString keep = selectedUser();
    m_users = users;
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(users.size()));
    int select = -1;
    for (int r = 0; r < users.size(); ++r) {
        const UserInfo &u = users[r];
        const QStringList cells{u.username, u.displayName, roleTitle(u.role), u.active ? tr("yes") : tr("no — disabled")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, u.username);
            if (c == ColRole)
                item->setToolTip(roleKey(u.role));
            if (!u.active)
                item->setForeground(QColor(0x9e, 0x9e, 0x9e));
            m_table->setItem(r, c, item);
        }
        if (u.username == keep)
            select = r;
    }
    for (int c : {ColUser, ColRole, ColEnabled}) { // fitted to the rows and the (bold) title, with room to spare
        m_table->resizeColumnToContents(c);
        const int title = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(m_table->horizontalHeaderItem(c)->text());
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), title * 5 / 4) + 16);
    }
    if (select >= 0)
        m_table->selectRow(select);
    updateButtons();
    Q_EMIT loaded();
}

const UserInfo *UsersAdminPanel::selected() const
{
    const QString name = selectedUser();
    for (const UserInfo &u : m_users)
        if (u.username == name)
            return &u;
    return nullptr;
}

QString UsersAdminPanel::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void UsersAdminPanel::updateButtons()
{
    const UserInfo *u = selected();
    m_role->setEnabled(u != nullptr);
    m_password->setEnabled(u != nullptr);
    m_enable->setEnabled(u != nullptr);
    m_enable->setText(u && !u->active ? tr("&Enable") : tr("&Disable…"));
    m_enable->setToolTip(!u ? tr("Select a user first") : u->active ? tr("Disable %1: refused everywhere at once").arg(u->username)
                                                                    : tr("Enable %1 again").arg(u->username));
}

void UsersAdminPanel::openDialog(int kind)
{
    const UserInfo *u = selected();
    if (kind != UserDialog::Add && !u) {
        m_status->setText(tr("Select a user first."));
        return;
    }
    // One form at a time: opening another closes the one still open.
    for (UserDialog *stale : findChildren<UserDialog *>())
        stale->close();
    auto *dialog = new UserDialog(UserDialog::Kind(kind), m_worker, u ? *u : UserInfo{}, m_me, this);
    connect(dialog, &UserDialog::done, this, &UsersAdminPanel::changed);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void UsersAdminPanel::toggleEnabled()
{
    const UserInfo *u = selected();
    if (!u)
        return;
    if (u->active) { // disabling is confirmed first
        openDialog(UserDialog::Disable);
        return;
    }
    const QString name = u->username;
    m_enable->setEnabled(false);
    m_status->setText(tr("Enabling %1…").arg(name));
    m_worker->call(
        this, [name](ServiceContext &ctx) { UserService(ctx).setEnabled(name, true); },
        [this, name] { changed(tr("%1 is enabled again and can sign in.").arg(name)); },
        [this, name](const QString &err) {
            m_status->setText(tr("%1 not enabled: %2").arg(name, err));
            updateButtons();
        });
}

void UsersAdminPanel::changed(const QString &message)
{
    m_status->setText(message);
    reload();
}

UserDialog::UserDialog(Kind kind, DataWorker *worker, const UserInfo &user, const QString &signedInUser, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_worker(worker), m_user(user), m_status(new QLabel(this))
{
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"userDialog"_s);
    m_status->setObjectName(u"userDialogStatus"_s);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    auto passwordPair = [this, form](const QString &first) {
        m_password = new QLineEdit(this);
        m_repeat = new QLineEdit(this);
        m_password->setObjectName(u"userNewPassword"_s);
        m_repeat->setObjectName(u"userRepeatPassword"_s);
        for (QLineEdit *e : {m_password, m_repeat})
            e->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least %1 characters").arg(UserService::minPasswordLength));
        form->addRow(first, m_password);
        form->addRow(tr("Repeat password"), m_repeat);
    };
    QString okText;
    switch (kind) {
    case Add:
        setWindowTitle(tr("Add a user"));
        m_username = new QLineEdit(this);
        m_username->setObjectName(u"userUsername"_s);
        m_username->setPlaceholderText(tr("e.g. li.wei: lower-case letters, digits, '.', '_' or '-'"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"userDisplayName"_s);
        m_name->setPlaceholderText(tr("e.g. 李伟 Li Wei"));
        m_roleBox = new QComboBox(this);
        m_roleBox->setObjectName(u"userRoleBox"_s);
        fillRoles(m_roleBox, Role::Dispatcher);
        form->addRow(tr("User name"), m_username);
        form->addRow(tr("Name"), m_name);
        form->addRow(tr("Role"), m_roleBox);
        passwordPair(tr("Password"));
        okText = tr("Add user");
        break;
    case ChangeRole:
        setWindowTitle(tr("Change the role of %1").arg(user.username));
        m_roleBox = new QComboBox(this);
        m_roleBox->setObjectName(u"userRoleBox"_s);
        fillRoles(m_roleBox, user.role);
        form->addRow(tr("User"), new QLabel(u"%1 — %2"_s.arg(user.username, user.displayName).toHtmlEscaped(), this));
        form->addRow(tr("Current role"), new QLabel(roleTitle(user.role), this));
        form->addRow(tr("New role"), m_roleBox);
        okText = tr("Change role");
        break;
    case ResetPassword:
        setWindowTitle(tr("New password for %1").arg(user.username));
        form->addRow(tr("User"), new QLabel(u"%1 — %2"_s.arg(user.username, user.displayName).toHtmlEscaped(), this));
        passwordPair(tr("New password"));
        okText = tr("Set password");
        break;
    case Disable: {
        setWindowTitle(tr("Disable %1").arg(user.username));
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        QString what = tr("Disable the account <b>%1</b> (%2, %3)? It can no longer sign in anywhere, and a session it "
                          "has open now is refused at its next change. Its name stays in the history; you can enable it again.")
                           .arg(user.username.toHtmlEscaped(), user.displayName.toHtmlEscaped(), roleTitle(user.role));
        if (user.username == signedInUser && !signedInUser.isEmpty())
            what += u"<p><b>"_s + tr("This is your own account: after this you cannot change anything here.") + u"</b></p>"_s;
        text->setText(what);
        layout->addWidget(text);
        okText = tr("Disable");
        break;
    }
    }
    m_ok = new QPushButton(okText, this);
    m_ok->setObjectName(u"userDialogOk"_s);
    m_ok->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(u"userDialogCancel"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    buttons->addWidget(cancel);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ok, &QPushButton::clicked, this, &UserDialog::submit);
    for (QLineEdit *e : {m_username, m_name, m_password, m_repeat})
        if (e) {
            connect(e, &QLineEdit::returnPressed, this, &UserDialog::submit);
            connect(e, &QLineEdit::textEdited, m_status, [this] { // an old complaint goes once the fields change
                if (m_ok->isEnabled())
                    m_status->clear();
            });
        }
    setMinimumWidth(460);
}

QString UserDialog::passwordProblem() const
{
    const QString p = m_password->text();
    if (p.isEmpty())
        return tr("Type the new password twice.");
    if (p.size() < UserService::minPasswordLength)
        return tr("The password is too short: at least %1 characters (typed: %2).").arg(UserService::minPasswordLength).arg(p.size());
    if (m_repeat->text() != p)
        return tr("The two passwords differ: type the same password twice.");
    return {};
}

void UserDialog::submit()
{
    if (!m_ok->isEnabled())
        return; // already on its way
    QString problem;
    if (m_kind == Add && m_username->text().trimmed().isEmpty())
        problem = tr("Give the user name the person signs in with.");
    else if (m_password)
        problem = passwordProblem();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_status->setStyleSheet(u"QLabel { color: #e53935; }"_s);
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Storing…"));
    m_ok->setEnabled(false);
    const QString name = m_kind == Add ? m_username->text().trimmed() : m_user.username;
    const QString password = m_password ? m_password->text() : QString();
    const Role role = m_roleBox ? roleFromKey(m_roleBox->currentData().toString()) : Role::Unknown;
    QString message;
    std::function<void(ServiceContext &)> job;
    switch (m_kind) {
    case Add: {
        const QString display = m_name->text().trimmed();
        job = [name, display, role, password](ServiceContext &ctx) { UserService(ctx).add(name, display, role, password); };
        message = tr("%1 added as %2.").arg(name, roleTitle(role));
        break;
    }
    case ChangeRole:
        job = [name, role](ServiceContext &ctx) { UserService(ctx).setRole(name, role); };
        message = tr("%1 is now %2.").arg(name, roleTitle(role));
        break;
    case ResetPassword:
        job = [name, password](ServiceContext &ctx) { UserService(ctx).resetPassword(name, password); };
        message = tr("New password set for %1: tell it to them in person; they sign in with it from now on.").arg(name);
        break;
    case Disable:
        job = [name](ServiceContext &ctx) { UserService(ctx).setEnabled(name, false); };
        message = tr("%1 is disabled: refused everywhere from now on.").arg(name);
        break;
    }
    m_worker->call(
        this, [job](ServiceContext &ctx) { job(ctx); },
        [this, message] {
            Q_EMIT done(message);
            close();
        },
        [this](const QString &err) {
            m_status->setText(tr("Not stored: %1").arg(err));
            m_status->setStyleSheet(u"QLabel { color: #e53935; }"_s);
            m_ok->setEnabled(true);
        });
}

} // namespace ui
} // namespace gl
