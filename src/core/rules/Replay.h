// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Evaluator.h"
#include "core/rules/Timestamp.h"

#include <optional>

class QIODevice;

namespace gl::rules {

/// One alarm of a replay; times keep the zone of the row that produced them.
struct ReplayAlarm {
    int rule = -1;
    qint64 raisedMs = 0;
    Zone raisedZone;
    std::optional<qint64> clearedMs;
    Zone clearedZone;
};

struct ReplayResult {
    qint64 samples = 0;      ///< data rows read
    qint64 unknownTags = 0;  ///< rows whose tag no rule references (still evaluation instants)
    QList<ReplayAlarm> alarms; ///< sorted by raised_at, then rule id
};

/// Streams a samples CSV through `evaluator`: all rows with one timestamp are pushed, then the
/// evaluator runs once at that timestamp. Throws gl::Error(BadInput) for a bad row.
ReplayResult replay(AlarmEvaluator &evaluator, QIODevice &samples, const QString &fileName);

/// The `--json` document of CONTRACTS.md section 4 (keys in the contract's order), one line.
QByteArray replayJson(const RuleSet &rules, const ReplayResult &result);
/// A human summary, one alarm per line.
QString replayText(const RuleSet &rules, const ReplayResult &result);

} // namespace gl::rules
