// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/RuleDiff.h"
#include "platform/services/ServiceContext.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace gl {

/// One saved version of the alarm rules (table rule_sets): who saved it, when, its SHA-256 (the one the
/// audit entry `rules.save` records) and how many rules it holds.
struct RuleSetVersion {
    int version = 0;
    qint64 createdAt = 0;
    QString createdBy, comment, sha256;
    int rules = 0;
};

/// How many alarms each rule raises when stored samples are replayed through it (see RuleSetService::dryRun).
struct DryRunRule {
    QString id;
    int candidate = -1; ///< alarms raised by the edited rule; -1 when the edited set has no rule with this id
    int inForce = -1;   ///< alarms raised by the rule in force; -1 when it has no rule with this id
};

struct DryRunResult {
    qint64 from = 0, to = 0;
    qint64 samples = 0;        ///< good samples replayed (every tag either set uses)
    int inForceVersion = 0;
    int candidateAlarms = 0, inForceAlarms = 0;
    bool cancelled = false;
    QList<DryRunRule> rules;   ///< the edited set's rules in file order, then the in-force ones it lacks
};

/// The alarm rules as versioned data, for the rules editor: the versions, their content, the diff of any
/// version against the one in force, saving (through TelemetryService::saveRules: rules.edit, audited
/// `rules.save`), reverting (an older version saved again as a new one) and the dry run.
class RuleSetService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Whether the signed-in user may save rules (the editor is read-only otherwise).
    bool canEdit() const;
    /// Every saved version, newest first. Needs data.read.
    QList<RuleSetVersion> versions() const;
    /// The content of a version as saved. Needs data.read; NotFound for an unknown version.
    QByteArray content(int version) const;
    /// Validates and saves a new version (rules.edit, audited). Returns the new version.
    int save(const QByteArray &json, const QString &comment);
    /// Saves version `version` again as a new version (rules.edit, audited `rules.save` with the comment
    /// "revert to version N"). Returns the new version.
    int revert(int version, const QString &comment = {});

    /// Replays the good samples stored in tag_samples in [from, to] through `candidate` (a rule file) and
    /// through the rules in force, each in its own RuleEngine, as the live pipeline evaluates (once per
    /// distinct timestamp, plus a clock tick every 500 ms of sample time in between and up to `to`, which
    /// drives stale and for_s), and counts the alarms each rule raises. Needs data.read. Reads the
    /// samples an hour at a time, so memory stays flat; `cancel` is checked between slices, `progress`
    /// gets 0..100. Throws BadInput (naming the rule and field) when `candidate` is not valid.
    DryRunResult dryRun(const QByteArray &candidate, qint64 from, qint64 to, const std::atomic_bool *cancel = nullptr,
                        const std::function<void(int)> &progress = {}) const;
};

} // namespace gl
