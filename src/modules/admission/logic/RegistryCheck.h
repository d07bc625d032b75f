// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

#include <guardline/Admission.h>

#include <QJsonObject>
#include <QList>

#include <functional>

class QObject;

namespace gl {

/// A registry check run over contractors (verifyRegistry): the stored answer per contractor, and why no
/// registry was asked when none was (no connector plugin, or its configuration refused).
struct RegistryRun {
    QString offline; ///< empty when a registry was asked
    QList<QJsonObject> results;
};

/// One contractor of a registry run: read on the store's thread (RegistryCheck::planRegistry), asked off it
/// (RegistryCheck::lookUp), stored back on it (RegistryCheck::storeRegistry).
struct RegistryItem {
    QString code, creditCode, name;
    qint64 contractorId = 0;
    QString invalid;    ///< why the credit code fails GB 32100 (the registry is not asked), empty when it passes
    QJsonObject cached; ///< a stored answer younger than the cache time (the result as is: nothing is asked or stored)
    bool asked = false; ///< `answer` came from the registry
    sdk::RegistryAnswer answer;
};

/// What a registry run needs off the store's thread: the contractors and the verifier's configuration.
struct RegistryPlan {
    QString offline;  ///< why no registry is asked (no connector plugin, its configuration refused), empty when one is
    QString source;   ///< the registry's url as stored with each answer ("none" without one)
    QJsonObject settings;                      ///< the verifier's configuration, accepted by planRegistry
    sdk::AdmissionFactory *factory = nullptr; ///< the connector plugin (loaded for the life of the process); null offline
    QList<RegistryItem> items;
};

/// The company-registry check of contractors (unified social credit code, GB 32100): through the
/// admission connector plugin's registry verifier, with cached answers, and the latest result per contractor.
class RegistryCheck : public AdmissionBase {
public:
    explicit RegistryCheck(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    /// Checks the credit code (GB 32100) first, then uses a cached answer younger than the cache time,
    /// else asks `verifier` (may be null: offline). Returns the stored state: verified / mismatch /
    /// invalid / unverified.
    QJsonObject verifyContractor(const QString &contractorCode, sdk::RegistryVerifier *verifier, const QString &source);
    /// The registry check as users run it (Contractors → Verify registry, `guardlinectl contractors verify`):
    /// the admission connector plugin's verifier configured from the admission configuration (`registryUrl`
    /// replaces its url), asked for each of `codes` (empty: every contractor, by code). Offline, each answer
    /// is the cached or 'unverified' state and `offline` says why.
    /// It is planRegistry, lookUp and storeRegistry in a row, on the caller's thread (the CLI). The command
    /// center runs the same steps with the lookups off its data thread (lookUpInBackground), so that a slow
    /// registry does not hold up every other read and write (issue #15).
    RegistryRun verifyRegistry(QStringList codes, const QString &registryUrl = {});
    /// The first step of verifyRegistry, on the store's thread: reads the contractors, checks their credit codes,
    /// takes the cached answers and accepts the verifier's configuration. Nothing is stored.
    RegistryPlan planRegistry(QStringList codes, const QString &registryUrl = {}) const;
    /// The second step, on any thread (it touches no store): asks the registry for each item that has no
    /// cached answer and a valid credit code, at most `parallel` at once, each with a verifier of its own
    /// (the SDK does not promise that one verifier may be used from two threads). Blocks until all answered.
    static void lookUp(RegistryPlan &plan, int parallel = 4);
    /// lookUp on a thread of its own; then `done` gets the answered plan on the thread of `receiver` (dropped
    /// when the receiver is gone).
    static void lookUpInBackground(RegistryPlan plan, QObject *receiver, std::function<void(RegistryPlan)> done);
    /// The last step, on the store's thread: stores and audits each answer (and each 'invalid' or 'unverified'
    /// state), in the order of the plan; the results are those verifyRegistry returns.
    RegistryRun storeRegistry(const RegistryPlan &plan);
    /// The latest registry check per contractor: columns contractor, state, licence_status, registered_name, checked_at, detail.
    Table registryChecks() const;

private:
    /// The contractor as the registry check sees it (NotFound for an unknown code), with its cached answer.
    RegistryItem readContractor(const QString &contractorCode) const;
    /// Stores the outcome of `item` (its checksum failure, the registry's answer, or 'unverified' when it was
    /// not asked) and returns the result; a cached answer is returned as it is.
    QJsonObject storeItem(const RegistryItem &item, const QString &source);
};

} // namespace gl
