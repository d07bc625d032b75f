// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/Rule.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gl::rules {

/// One field of a rule that differs between two rule sets: `field` is a path such as "severity",
/// "for_s", "all_of[1].by", "all_of[2]" (a whole condition added or removed) or "actions".
/// `before` / `after` are compact JSON; empty when the field is absent on that side.
struct FieldChange {
    QString field, before, after;
};

/// How a rule differs between two rule sets, matched by id (a rule's position does not count).
struct RuleChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString id;
    QList<FieldChange> fields; ///< Changed: every differing field; Added/Removed: empty
};

/// The rules added, removed and changed (field by field) from `before` to `after`, in the order of
/// `after` then the removed ones in the order of `before`. Both must be rule files that parseRules()
/// accepts; throws gl::Error(BadInput) naming `beforeName` / `afterName` otherwise.
QList<RuleChange> diffRuleSets(const QByteArray &before, const QByteArray &after, const QString &beforeName = QStringLiteral("before"),
                               const QString &afterName = QStringLiteral("after"));

/// A one-line summary of a condition, e.g. "CH2.CO_ppm rise ≥ 50 in 60 s", "TF.LEL_T101 > 25 (deadband 2)".
QString summarize(const Condition &c);
/// The rule's conditions joined with " AND ", then " for ≥ N s" when it must hold.
QString summarize(const Rule &r);
/// "instruction → casting-house-2: HALT POUR; dispatch" — the actions of a rule in short.
QString summarizeActions(const Rule &r);

} // namespace gl::rules
