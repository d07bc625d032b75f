// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/Rule.h"

#include <QHash>
#include <QList>

#include <limits>

namespace gl::rules {

/// Time arithmetic that saturates at the ends of qint64 instead of wrapping: a sample time near the
/// limits (a forged or broken timestamp) must never turn a window or a hold into an instant in the past
/// (which made the timer loop re-fire forever).
constexpr qint64 satAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}
constexpr qint64 satSub(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

/// One reading. `tag` is an index into RuleSet::tags (see AlarmEvaluator::tagId).
struct Sample {
    qint64 ms = 0;
    int tag = -1;
    double value = 0;
};

/// A rule raised or cleared at an evaluation time.
struct AlarmEvent {
    enum class Kind { Raised, Cleared };
    Kind kind = Kind::Raised;
    int rule = -1;  ///< index into RuleSet::rules
    qint64 ms = 0;
    /// Raised: when the rule's condition became true (the first sample that made it true; ms - since is
    /// at least for_s). Informative: events compare by kind, rule and time (CONTRACTS.md section 4).
    qint64 since = 0;
    bool operator==(const AlarmEvent &o) const { return kind == o.kind && rule == o.rule && ms == o.ms; }
};

/// The contract of CONTRACTS.md section 4 as a push/evaluate state machine, usable for replay and live.
/// Usage: push() every sample with timestamp t, then evaluate(t); timestamps never go backwards.
/// evaluate(t) with no new samples is allowed (a live clock tick: drives stale and for_s).
class AlarmEvaluator {
public:
    explicit AlarmEvaluator(const RuleSet &rules);
    virtual ~AlarmEvaluator() = default;
    AlarmEvaluator(const AlarmEvaluator &) = delete;
    AlarmEvaluator &operator=(const AlarmEvaluator &) = delete;

    const RuleSet &ruleSet() const { return m_rules; }
    /// The tag's id, or -1 when no rule references it (such samples can be skipped).
    int tagId(QStringView tag) const { return m_tagIds.value(tag.toString(), -1); }

    /// Applies a sample. Returns false (and ignores it) for an unknown tag id or a timestamp older than
    /// the last evaluate() — a live feed counts those rather than corrupting the windows.
    virtual bool push(const Sample &s) = 0;
    /// Evaluates every rule at `t` (>= every pushed sample and the previous evaluation); appends the
    /// alarms raised and cleared at t, in rule order.
    virtual void evaluate(qint64 t, QList<AlarmEvent> &events) = 0;
    QList<AlarmEvent> evaluate(qint64 t)
    {
        QList<AlarmEvent> e;
        evaluate(t, e);
        return e;
    }
    /// Whether the rule's alarm is currently raised.
    virtual bool isRaised(int rule) const = 0;

protected:
    RuleSet m_rules;
    QHash<QString, int> m_tagIds;
};

} // namespace gl::rules
