// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/AdmissionConfig.h"
#include "core/services/Table.h"

#include <guardline/Admission.h>

#include <QJsonObject>
#include <QList>

namespace gl {

/// A registry check run over contractors (verifyRegistry): the stored answer per contractor, and why no
/// registry was asked when none was (no connector plugin, or its configuration refused).
struct RegistryRun {
    QString offline; ///< empty when a registry was asked
    QList<QJsonObject> results;
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
    RegistryRun verifyRegistry(QStringList codes, const QString &registryUrl = {});
    /// The latest registry check per contractor: columns contractor, state, licence_status, registered_name, checked_at, detail.
    Table registryChecks() const;
};

} // namespace gl
