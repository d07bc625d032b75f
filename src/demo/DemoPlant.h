// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace gl {

class Database;

struct DemoResult {
    bool created = false; ///< false when the demo site was already there (the call is idempotent)
    int users = 0, contractors = 0, workers = 0, permits = 0, hazards = 0, alarms = 0, auditEntries = 0;
};

/// The demo plant: a chlor-alkali + metallurgy site with a month of history, loaded through the
/// services so that its history stands in the audit chain as it would on a real site. Deterministic:
/// the same data relative to `now` (the demo's present moment: the process clock unless given, so
/// that $GUARDLINE_NOW pins the demo and the programs that show it to the same instant).
class DemoPlant {
public:
    static constexpr const char *siteCode = "DEMO";
    static constexpr const char *dispatcher = "demo.dispatcher";

    /// Loads the demo into a migrated database unless a site exists. All or nothing.
    static DemoResult load(Database &db, QDateTime now = {});
    static QDateTime defaultNow();
};

} // namespace gl
