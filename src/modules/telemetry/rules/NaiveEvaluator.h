// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/Evaluator.h"

#include <vector>

namespace gl::rules {

/// The contract read literally: keeps every sample and, at each evaluation, recomputes every condition
/// of every rule by scanning the window. Slow on purpose; the test oracle and the bench baseline.
class NaiveEvaluator final : public AlarmEvaluator {
public:
    explicit NaiveEvaluator(const RuleSet &rules);
    bool push(const Sample &s) override;
    using AlarmEvaluator::evaluate;
    void evaluate(qint64 t, QList<AlarmEvent> &events) override;
    bool isRaised(int rule) const override { return m_state[size_t(rule)].raised; }

private:
    struct Point {
        qint64 ms;
        double value;
    };
    struct RuleState {
        bool wasTrue = false;
        bool raised = false;
        qint64 since = 0;
        std::vector<bool> condTruth; // previous truth, for the deadband
        std::vector<int> condTag;
    };
    bool condition(const Condition &c, int tag, bool previous, qint64 t) const;

    std::vector<std::vector<Point>> m_samples; // per tag, in time order
    std::vector<RuleState> m_state;
    qint64 m_lastEval;
};

} // namespace gl::rules
