// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/Evaluator.h"
#include "platform/util/Timestamp.h"

#include <optional>

class QIODevice;

namespace gl::rules {

/// One alarm of a replay; times keep the offset of the row that produced them.
struct ReplayAlarm {
    int rule = -1;
    Timestamp raised;
    std::optional<Timestamp> cleared;
};

struct ReplayResult {
    qint64 samples = 0;      ///< data rows read
    qint64 unknownTags = 0;  ///< rows whose tag no rule references (still evaluation instants)
    QList<ReplayAlarm> alarms; ///< sorted by raised_at, then rule id
};

/// Streams a samples CSV through `evaluator`: all rows with one timestamp are pushed, then the
/// evaluator runs once at that timestamp. A timestamp without an offset is read in `zoneWithoutOffset`
/// (the site's zone; `guardlinectl rules replay` has no site and passes UTC). Throws
/// gl::Error(BadInput) for a bad row.
ReplayResult replay(AlarmEvaluator &evaluator, QIODevice &samples, const QString &fileName,
                    const QTimeZone &zoneWithoutOffset);

/// The `--json` document of CONTRACTS.md section 4 (keys in the contract's order), one line.
QByteArray replayJson(const RuleSet &rules, const ReplayResult &result);
/// A human summary, one alarm per line.
QString replayText(const RuleSet &rules, const ReplayResult &result);

} // namespace gl::rules
