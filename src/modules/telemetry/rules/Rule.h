// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gl::rules {

/// A condition operator (CONTRACTS.md section 4).
enum class Op { Unknown = 0, Gt, Lt, Rise, DropPct, Stale };

/// Alarm priority, highest first.
enum class Severity { Unknown = 0, Critical, High, Medium, Low };

/// One term of a rule's `all_of`. Windows are resolved to whole milliseconds when loaded.
struct Condition {
    QString tag;
    Op op = Op::Unknown;
    double value = 0;      ///< gt / lt threshold
    double by = 0;         ///< rise amount / drop_pct percentage
    qint64 windowMs = 0;   ///< rise / drop_pct / stale window
    double deadband = 0;   ///< gt / lt hysteresis: 0 keeps the contract semantics exactly
};

struct Rule {
    QString id;
    Severity severity = Severity::Unknown;
    QString name;                 ///< optional human title
    QString nameZh;               ///< optional title in Chinese (`name_zh`), shown in a zh interface
    QList<Condition> allOf;       ///< never empty
    qint64 forMs = 0;             ///< how long the rule must hold before it raises
    QJsonArray actions;           ///< passed through as written
};

/// A validated rule file: unique ids, known operators and severities, every required field present.
struct RuleSet {
    QList<Rule> rules;
    /// Every tag referenced by a condition, in first-use order; a tag's index is its engine tag id.
    QStringList tags;
};

QString opName(Op op);
Op opFromName(QStringView name);
QString severityName(Severity s);
/// The priority's Chinese name (紧急, 高, 中, 低), as the zh interface shows it, for the Chinese texts the
/// services store next to the English ones (issue 16 item 9).
QString severityNameZh(Severity s);
Severity severityFromName(QStringView name);

/// Reads and validates a rule file; throws gl::Error(BadInput) naming the file, rule id and field.
RuleSet loadRules(const QString &path);
/// Same, from bytes already read; `fileName` is used in the messages.
RuleSet parseRules(const QByteArray &json, const QString &fileName);

} // namespace gl::rules
