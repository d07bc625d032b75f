// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/NaiveEvaluator.h"
#include "modules/telemetry/rules/RuleEngine.h"

#include <QStringList>

#include <memory>

namespace gl::rules::test {

struct Row {
    qint64 ms;
    QString tag;
    double value;
};

inline RuleSet rulesFromJson(const char *json) { return parseRules(QByteArray(json), QStringLiteral("test.json")); }

inline std::unique_ptr<AlarmEvaluator> makeEvaluator(const QString &kind, const RuleSet &rules)
{
    if (kind == QLatin1String("naive"))
        return std::make_unique<NaiveEvaluator>(rules);
    return std::make_unique<RuleEngine>(rules);
}

/// Feeds rows (in time order) grouping equal timestamps, and returns "raise <rule> @<ms>" / "clear ..." lines.
inline QStringList runRows(AlarmEvaluator &eval, const QList<Row> &rows)
{
    QStringList out;
    QList<AlarmEvent> events;
    for (qsizetype i = 0; i < rows.size();) {
        const qint64 t = rows.at(i).ms;
        for (; i < rows.size() && rows.at(i).ms == t; ++i)
            eval.push({t, eval.tagId(rows.at(i).tag), rows.at(i).value});
        events.clear();
        eval.evaluate(t, events);
        for (const AlarmEvent &e : std::as_const(events))
            out << (e.kind == AlarmEvent::Kind::Raised ? QStringLiteral("raise ") : QStringLiteral("clear "))
                    + eval.ruleSet().rules.at(e.rule).id + QStringLiteral(" @") + QString::number(e.ms);
    }
    return out;
}

} // namespace gl::rules::test
