// SPDX-License-Identifier: Apache-2.0
#include "shell/FirstRunWizard.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/auth/UserService.h"
#include "platform/store/DbUrl.h"
#include "platform/util/Error.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

/// Runs `work` on a thread of its own (opening a PostgreSQL store can wait for its connect timeout) and
/// `done` back on the UI thread with the error text (empty on success), unless `context` is gone by then.
void offUiThread(QObject *context, std::function<void()> work, std::function<void(const QString &)> done)
{
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([work = std::move(work), error] {
        try {
            work();
        } catch (const Error &e) {
            *error = e.message();
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
        }
    });
    QObject::connect(thread, &QThread::finished, context, [done = std::move(done), error] { done(*error); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("error", error);
    label->setStyleSheet(error ? u"color: #ff6b6b;"_s : QString());
}

/// The page's explanation, above its fields (the wizard's subtitle has room for one line only).
QLabel *intro(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

// ---- 1. the store -------------------------------------------------------------------------------------

class StoreStep : public QWizardPage {
public:
    StoreStep(FirstRunWizard *wizard, const QString &initialUrl) : m_wizard(wizard)
    {
        setTitle(FirstRunWizard::tr("Where Guardline keeps its data"));
        setSubTitle(FirstRunWizard::tr("Step 1 of 3: the store"));
        m_sqlite = new QRadioButton(FirstRunWizard::tr("Database file on this computer (SQLite)"));
        m_sqlite->setObjectName(u"storeSqlite"_s);
        m_postgres = new QRadioButton(FirstRunWizard::tr("PostgreSQL server"));
        m_postgres->setObjectName(u"storePostgres"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(m_sqlite);
        group->addButton(m_postgres);
        m_path = new QLineEdit;
        m_path->setObjectName(u"sqlitePath"_s);
        auto *browse = new QPushButton(FirstRunWizard::tr("Browse…"));
        browse->setObjectName(u"browseSqlite"_s);
        m_url = new QLineEdit;
        m_url->setObjectName(u"postgresUrl"_s);
        m_url->setPlaceholderText(u"postgresql://guardline:PASSWORD@db.example:5432/guardline"_s);
        m_test = new QPushButton(FirstRunWizard::tr("Test connection"));
        m_test->setObjectName(u"testConnection"_s);
        m_status = new QLabel;
        m_status->setObjectName(u"storeStatus"_s);
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *demo = new QPushButton(FirstRunWizard::tr("Open the demo plant instead"));
        demo->setObjectName(u"openDemo"_s);
        demo->setToolTip(FirstRunWizard::tr("The built-in demo plant in its own store, as 'guardline --demo' opens it; "
                                            "nothing is written to the store chosen here."));

        const DbUrl initial = [&] {
            try {
                return DbUrl::parse(initialUrl);
            } catch (const Error &) {
                return DbUrl::parse(QString());
            }
        }();
        if (initial.backend == Backend::Postgres) {
            m_postgres->setChecked(true);
            m_url->setText(initialUrl);
            m_path->setText(DbUrl::defaultSqlitePath());
        } else {
            m_sqlite->setChecked(true);
            m_path->setText(QDir::toNativeSeparators(initial.path));
        }

        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        auto *testRow = new QHBoxLayout;
        testRow->addWidget(m_test);
        testRow->addStretch(1);
        m_signIn = new QPushButton(FirstRunWizard::tr("Sign in to this store"));
        m_signIn->setObjectName(u"signInInstead"_s);
        m_signIn->hide();
        auto *demoRow = new QHBoxLayout;
        demoRow->addStretch(1);
        demoRow->addWidget(demo);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro(FirstRunWizard::tr("A database file on this computer, or a PostgreSQL server that several workstations "
                                                   "share. Test the connection: it is kept only once it works.")));
        layout->addSpacing(8);
        layout->addWidget(m_sqlite);
        layout->addLayout(pathRow);
        layout->addSpacing(8);
        layout->addWidget(m_postgres);
        layout->addWidget(m_url);
        layout->addSpacing(8);
        layout->addLayout(testRow);
        layout->addWidget(m_status);
        auto *signInRow = new QHBoxLayout;
        signInRow->addWidget(m_signIn);
        signInRow->addStretch(1);
        layout->addLayout(signInRow);
        layout->addStretch(1);
        layout->addLayout(demoRow);

        auto changed = [this] {
            m_tested.clear();
            m_signIn->hide();
            m_path->setEnabled(m_sqlite->isChecked());
            m_url->setEnabled(m_postgres->isChecked());
            showStatus(m_status, QString(), false);
            Q_EMIT completeChanged();
        };
        connect(m_sqlite, &QRadioButton::toggled, this, changed);
        connect(m_path, &QLineEdit::textEdited, this, changed);
        connect(m_url, &QLineEdit::textEdited, this, changed);
        connect(m_path, &QLineEdit::returnPressed, this, [this] { runTest(); });
        connect(m_url, &QLineEdit::returnPressed, this, [this] { runTest(); });
        connect(browse, &QPushButton::clicked, this, [this, changed] {
            const QString file = QFileDialog::getSaveFileName(this, FirstRunWizard::tr("Database file"), m_path->text(),
                                                              FirstRunWizard::tr("SQLite database (*.sqlite *.db);;All files (*)"),
                                                              nullptr, QFileDialog::DontConfirmOverwrite);
            if (!file.isEmpty()) {
                m_path->setText(QDir::toNativeSeparators(file));
                changed();
            }
        });
        connect(m_test, &QPushButton::clicked, this, [this] { runTest(); });
        connect(m_signIn, &QPushButton::clicked, this, [this] {
            if (!tested())
                return;
            QSettings().setValue(QLatin1String(FirstRunWizard::settingsKey), m_tested);
            m_wizard->finish(FirstRunWizard::Outcome::SignIn);
        });
        connect(demo, &QPushButton::clicked, this, [this] { m_wizard->finish(FirstRunWizard::Outcome::Demo); });
        m_path->setEnabled(m_sqlite->isChecked());
        m_url->setEnabled(m_postgres->isChecked());
    }

    QString currentUrl() const
    {
        if (m_sqlite->isChecked()) {
            const QString path = m_path->text().trimmed();
            return path.isEmpty() ? QString() : u"sqlite:"_s + QDir::fromNativeSeparators(path);
        }
        return m_url->text().trimmed();
    }

    bool tested() const { return !m_busy && !m_tested.isEmpty() && m_tested == currentUrl(); }
    // A store that has accounts needs no set-up: not Next, but "Sign in to this store".
    bool isComplete() const override { return tested() && m_wizard->storeState().needsSetUp(); }

private:
    void runTest()
    {
        const QString url = currentUrl();
        if (url.isEmpty()) {
            showStatus(m_status, m_sqlite->isChecked() ? FirstRunWizard::tr("Enter the database file.")
                                                       : FirstRunWizard::tr("Enter the PostgreSQL URL."), true);
            return;
        }
        try {
            if (m_postgres->isChecked() && DbUrl::parse(url).backend != Backend::Postgres)
                fail(ErrorCode::BadInput, FirstRunWizard::tr("a PostgreSQL URL starts with postgresql://"));
        } catch (const Error &e) {
            showStatus(m_status, FirstRunWizard::tr("Cannot use this store: %1").arg(e.message()), true);
            return;
        }
        m_busy = true;
        m_test->setEnabled(false);
        Q_EMIT completeChanged();
        showStatus(m_status, FirstRunWizard::tr("Connecting to %1…").arg(DbUrl::parse(url).redacted()), false);
        auto state = std::make_shared<StoreState>();
        offUiThread(this, [url, state] { *state = StoreSetup::test(url); }, [this, url, state](const QString &error) {
            m_busy = false;
            m_test->setEnabled(true);
            if (url != currentUrl()) { // edited meanwhile: that answer is about another store
                Q_EMIT completeChanged();
                return;
            }
            if (!error.isEmpty()) {
                m_tested.clear();
                showStatus(m_status, FirstRunWizard::tr("Cannot use this store: %1").arg(error.simplified()), true);
            } else {
                m_tested = url;
                m_wizard->setStore(url, *state);
                QString text;
                if (!state->needsSetUp())
                    text = FirstRunWizard::tr("Connected. This store is set up already (%n account(s)): sign in to it.",
                                              nullptr, state->users);
                else if (!state->siteCode.isEmpty())
                    text = FirstRunWizard::tr("Connected. The store holds the site %1 (%2) and no account yet.")
                               .arg(state->siteCode, state->siteName);
                else if (state->exists && state->schemaVersion > 0)
                    text = FirstRunWizard::tr("Connected. The store is empty.");
                else
                    text = FirstRunWizard::tr("Connected. The store will be created when you finish.");
                showStatus(m_status, text, false);
                m_signIn->setVisible(!state->needsSetUp());
            }
            Q_EMIT completeChanged();
        });
    }

    FirstRunWizard *m_wizard;
    QRadioButton *m_sqlite, *m_postgres;
    QLineEdit *m_path, *m_url;
    QPushButton *m_test, *m_signIn;
    QLabel *m_status;
    QString m_tested; ///< the URL that answered, as typed
    bool m_busy = false;
};

// ---- 2. the site layout -------------------------------------------------------------------------------

class SiteStep : public QWizardPage {
public:
    explicit SiteStep(FirstRunWizard *wizard) : m_wizard(wizard)
    {
        setTitle(FirstRunWizard::tr("The site's layout"));
        setSubTitle(FirstRunWizard::tr("Step 2 of 3: the site's layout file"));
        m_path = new QLineEdit;
        m_path->setObjectName(u"layoutPath"_s);
        m_path->setPlaceholderText(FirstRunWizard::tr("site layout file (.json)"));
        auto *browse = new QPushButton(FirstRunWizard::tr("Browse…"));
        browse->setObjectName(u"browseLayout"_s);
        auto *checkButton = new QPushButton(FirstRunWizard::tr("Check"));
        checkButton->setObjectName(u"validateLayout"_s);
        m_summary = new QLabel;
        m_summary->setObjectName(u"layoutSummary"_s);
        m_summary->setWordWrap(true);
        m_issues = new QTreeWidget;
        m_issues->setObjectName(u"layoutIssues"_s);
        m_issues->setRootIsDecorated(false);
        m_issues->setHeaderLabels({FirstRunWizard::tr("Line"), FirstRunWizard::tr("Element"), FirstRunWizard::tr("Field"),
                                   FirstRunWizard::tr("Problem")});
        m_issues->header()->setSectionResizeMode(3, QHeaderView::Stretch);
        m_issues->setWordWrap(true);
        m_issues->hide();

        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        row->addWidget(checkButton);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro(FirstRunWizard::tr("The layout file (guardline-site-layout, see docs/FORMATS.md) with the areas, "
                                                   "structures, equipment, cameras and sensors; mesh files beside it. It is checked "
                                                   "before it is imported.")));
        layout->addLayout(row);
        layout->addWidget(m_summary);
        layout->addWidget(m_issues, 100);
        layout->addStretch(1); // keeps the rows at the top while the list is hidden

        connect(m_path, &QLineEdit::textEdited, this, [this] {
            m_valid.clear();
            m_issues->clear();
            m_issues->hide();
            showStatus(m_summary, QString(), false);
            Q_EMIT completeChanged();
        });
        connect(m_path, &QLineEdit::returnPressed, this, [this] { check(); });
        connect(checkButton, &QPushButton::clicked, this, [this] { check(); });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this, FirstRunWizard::tr("Site layout"), m_path->text(),
                                                              FirstRunWizard::tr("Site layout (*.json);;All files (*)"));
            if (!file.isEmpty()) {
                m_path->setText(QDir::toNativeSeparators(file));
                check();
            }
        });
    }

    void initializePage() override
    {
        const StoreState st = m_wizard->storeState();
        m_keepSite = !st.siteCode.isEmpty();
        m_path->setEnabled(!m_keepSite);
        if (m_keepSite)
            showStatus(m_summary, FirstRunWizard::tr("The store holds the site %1 (%2) already: it is kept (a store holds one site).")
                                      .arg(st.siteCode, st.siteName), false);
    }
    bool isComplete() const override
    {
        return m_keepSite || (!m_valid.isEmpty() && m_valid == QDir::fromNativeSeparators(m_path->text().trimmed()));
    }
    /// The layout to import: empty when the store's own site is kept.
    QString layoutPath() const { return m_keepSite ? QString() : m_valid; }
    QString siteName() const { return m_siteName; }

private:
    void check()
    {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        m_valid.clear();
        m_issues->clear();
        if (path.isEmpty()) {
            m_issues->hide();
            showStatus(m_summary, FirstRunWizard::tr("Choose the layout file."), true);
            Q_EMIT completeChanged();
            return;
        }
        const QList<site::LayoutIssue> issues = site::SiteLayout::validate(path);
        if (issues.isEmpty()) {
            const site::SiteLayout l = site::SiteLayout::load(path);
            m_valid = path;
            m_siteName = l.name;
            m_issues->hide();
            showStatus(m_summary, FirstRunWizard::tr("Valid: site %1 (%2); areas: %3, structures: %4, equipment: %5, cameras: %6, sensors: %7.")
                                      .arg(l.code, l.name).arg(l.areas.size()).arg(l.structures.size()).arg(l.equipment.size())
                                      .arg(l.cameras.size()).arg(l.sensors.size()), false);
        } else {
            for (const site::LayoutIssue &i : issues) {
                // The problem without the "file: element: field 'x': " the columns already show.
                QString problem = i.message;
                if (const qsizetype at = problem.indexOf(u"field '%1': "_s.arg(i.field)); !i.field.isEmpty() && at >= 0)
                    problem = problem.mid(at + i.field.size() + 10);
                auto *item = new QTreeWidgetItem({i.line > 0 ? QString::number(i.line) : QString(), i.element, i.field, problem});
                for (int c = 0; c < 4; ++c)
                    item->setToolTip(c, i.message);
                m_issues->addTopLevelItem(item);
            }
            for (int c = 0; c < 3; ++c)
                m_issues->resizeColumnToContents(c);
            m_issues->show();
            showStatus(m_summary, FirstRunWizard::tr("%n problem(s) in %1: correct the file and check it again.", nullptr, int(issues.size()))
                                      .arg(QFileInfo(path).fileName()), true);
        }
        Q_EMIT completeChanged();
    }

    FirstRunWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_summary;
    QTreeWidget *m_issues;
    QString m_valid, m_siteName;
    bool m_keepSite = false;
};

// ---- 3. the first administrator -----------------------------------------------------------------------

class AdminStep : public QWizardPage {
public:
    AdminStep(FirstRunWizard *wizard, SiteStep *site) : m_wizard(wizard), m_site(site)
    {
        setTitle(FirstRunWizard::tr("The first administrator"));
        setSubTitle(FirstRunWizard::tr("Step 3 of 3: the first account"));
        m_username = new QLineEdit;
        m_username->setObjectName(u"adminUsername"_s);
        m_username->setPlaceholderText(FirstRunWizard::tr("e.g. zhang.wei"));
        m_name = new QLineEdit;
        m_name->setObjectName(u"adminName"_s);
        m_password = new QLineEdit;
        m_password->setObjectName(u"adminPassword"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(u"adminRepeat"_s);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_status = new QLabel;
        m_status->setObjectName(u"adminStatus"_s);
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *form = new QFormLayout(this);
        form->addRow(intro(FirstRunWizard::tr("This account sets up the others. Finish creates the store, imports the site and "
                                              "signs in as it.")));
        form->addRow(FirstRunWizard::tr("User name"), m_username);
        form->addRow(FirstRunWizard::tr("Full name"), m_name);
        form->addRow(FirstRunWizard::tr("Password"), m_password);
        form->addRow(FirstRunWizard::tr("Password again"), m_repeat);
        form->addRow(m_status);
        for (QLineEdit *e : {m_username, m_name, m_password, m_repeat})
            connect(e, &QLineEdit::textChanged, this, [this] { update(); });
    }

    void initializePage() override { update(); }
    bool isComplete() const override { return !m_busy && problem().isEmpty(); }
    bool validatePage() override
    {
        if (m_done)
            return true;
        const QString url = m_wizard->url();
        const QString layout = m_site->layoutPath();
        const StoreSetup::Admin admin{username(), m_name->text().trimmed(), m_password->text()};
        m_busy = true;
        setEnabled(false);
        Q_EMIT completeChanged();
        showStatus(m_status, FirstRunWizard::tr("Setting up %1…").arg(m_wizard->storeState().describe), false);
        offUiThread(this, [url, layout, admin] { StoreSetup::setUp(url, layout, admin); }, [this, url](const QString &error) {
            m_busy = false;
            setEnabled(true);
            if (!error.isEmpty()) {
                showStatus(m_status, FirstRunWizard::tr("Not set up: %1").arg(error), true);
                Q_EMIT completeChanged();
                return;
            }
            m_done = true;
            QSettings().setValue(QLatin1String(FirstRunWizard::settingsKey), url);
            m_wizard->finish(FirstRunWizard::Outcome::SetUp);
        });
        return false;
    }
    QString username() const { return m_username->text().trimmed(); }
    QString password() const { return m_password->text(); }

private:
    QString problem() const
    {
        if (username().isEmpty())
            return FirstRunWizard::tr("Enter the user name.");
        if (m_password->text().size() < UserService::minPasswordLength)
            return FirstRunWizard::tr("The password needs at least %1 characters.").arg(UserService::minPasswordLength);
        if (m_password->text() != m_repeat->text())
            return FirstRunWizard::tr("The two passwords differ.");
        return {};
    }
    void update()
    {
        if (m_busy)
            return;
        const QString p = problem();
        // Only what is left to do, not an error, until the user has typed something.
        const bool typed = !m_password->text().isEmpty() || !m_repeat->text().isEmpty();
        showStatus(m_status, p.isEmpty() ? FirstRunWizard::tr("Ready: Finish sets up the store.") : (typed ? p : QString()),
                   !p.isEmpty() && typed);
        Q_EMIT completeChanged();
    }

    FirstRunWizard *m_wizard;
    SiteStep *m_site;
    QLineEdit *m_username, *m_name, *m_password, *m_repeat;
    QLabel *m_status;
    bool m_busy = false, m_done = false;
};

} // namespace

FirstRunWizard::FirstRunWizard(const QString &initialUrl, QWidget *parent) : QWizard(parent)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up Guardline"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *site = new SiteStep(this);
    setPage(StorePage, new StoreStep(this, initialUrl));
    setPage(SitePage, site);
    setPage(AdminPage, new AdminStep(this, site));
    setStartId(StorePage);
    resize(760, 560);
}

QString FirstRunWizard::adminUsername() const { return static_cast<AdminStep *>(page(AdminPage))->username(); }
QString FirstRunWizard::adminPassword() const { return static_cast<AdminStep *>(page(AdminPage))->password(); }

void FirstRunWizard::setStore(const QString &url, const StoreState &state)
{
    m_url = url;
    m_state = state;
}

void FirstRunWizard::finish(Outcome outcome)
{
    m_outcome = outcome;
    QDialog::done(QDialog::Accepted); // not QWizard::done(): that would validate the current page again
}

} // namespace ui
} // namespace gl
