// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/logic/StoreSetup.h"

#include <QWizard>

namespace gl {
namespace ui {

/// The set-up assistant shown when `guardline` (without --demo) opens a store that has no account yet
/// (docs/OPERATIONS.md "Going live"): 1. the store (a SQLite file or a PostgreSQL URL, tested before it
/// is kept), 2. the site's layout file (validated, each fault shown with its line), 3. the first
/// administrator. Finish creates all three at once (StoreSetup::setUp) and keeps the store's URL in the
/// settings (`store/url`) for the next start. Page 1 also offers the demo plant instead.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum class Outcome {
        None,   ///< cancelled
        SetUp,  ///< the store was set up: sign in as adminUsername()/adminPassword() on url()
        SignIn, ///< the chosen store has accounts already: the normal sign-in on url()
        Demo,   ///< "Open the demo plant instead": the same as `guardline --demo`
    };
    enum PageId { StorePage, SitePage, AdminPage };

    /// `initialUrl`: the store proposed on page 1 (--db, GUARDLINE_DB, the saved one or the default file).
    explicit FirstRunWizard(const QString &initialUrl, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    QString url() const { return m_url; }
    QString adminUsername() const;
    QString adminPassword() const;

    /// The settings key that holds the store chosen here (QSettings, organisation/application "Guardline").
    static constexpr const char *settingsKey = "store/url";

    // Shared by the pages.
    StoreState storeState() const { return m_state; }
    void setStore(const QString &url, const StoreState &state);
    /// Closes the assistant with that outcome, without validating the current page again.
    void finish(Outcome outcome);

private:
    Outcome m_outcome = Outcome::None;
    QString m_url;
    StoreState m_state;
};

} // namespace ui
} // namespace gl
