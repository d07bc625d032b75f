// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/NaiveEvaluator.h"

#include <cmath>
#include <limits>

namespace gl::rules {

NaiveEvaluator::NaiveEvaluator(const RuleSet &rules)
    : AlarmEvaluator(rules), m_samples(size_t(rules.tags.size())), m_state(size_t(rules.rules.size())),
      m_lastEval(std::numeric_limits<qint64>::min())
{
    for (size_t i = 0; i < m_state.size(); ++i) {
        for (const Condition &c : m_rules.rules.at(qsizetype(i)).allOf) {
            m_state[i].condTruth.push_back(false);
            m_state[i].condTag.push_back(m_tagIds.value(c.tag));
        }
    }
}

bool NaiveEvaluator::push(const Sample &s)
{
    if (s.tag < 0 || size_t(s.tag) >= m_samples.size() || s.ms < m_lastEval || !std::isfinite(s.value))
        return false;
    m_samples[size_t(s.tag)].push_back({s.ms, s.value});
    return true;
}

bool NaiveEvaluator::condition(const Condition &c, int tag, bool previous, qint64 t) const
{
    const std::vector<Point> &pts = m_samples[size_t(tag)];
    if (pts.empty())
        return false;
    const double current = pts.back().value;
    switch (c.op) {
    case Op::Gt:
        return previous ? current > c.value - c.deadband : current > c.value;
    case Op::Lt:
        return previous ? current < c.value + c.deadband : current < c.value;
    case Op::Stale:
        return pts.back().ms < satSub(t, c.windowMs);
    case Op::Rise:
    case Op::DropPct: {
        bool any = false;
        double lo = 0, hi = 0;
        for (auto it = pts.rbegin(); it != pts.rend() && it->ms >= satSub(t, c.windowMs); ++it) {
            lo = any ? std::min(lo, it->value) : it->value;
            hi = any ? std::max(hi, it->value) : it->value;
            any = true;
        }
        if (!any)
            return false;
        if (c.op == Op::Rise)
            return current - lo >= c.by;
        return hi > 0 && (hi - current) / hi * 100.0 >= c.by;
    }
    case Op::Unknown:
        break;
    }
    return false;
}

void NaiveEvaluator::evaluate(qint64 t, QList<AlarmEvent> &events)
{
    m_lastEval = t;
    for (size_t r = 0; r < m_state.size(); ++r) {
        const Rule &rule = m_rules.rules.at(qsizetype(r));
        RuleState &st = m_state[r];
        bool all = true;
        for (qsizetype i = 0; i < rule.allOf.size(); ++i) {
            const bool v = condition(rule.allOf.at(i), st.condTag[size_t(i)], st.condTruth[size_t(i)], t);
            st.condTruth[size_t(i)] = v;
            all = all && v;
        }
        if (all) {
            if (!st.wasTrue) {
                st.wasTrue = true;
                st.since = t;
            }
            if (!st.raised && satSub(t, st.since) >= rule.forMs) {
                st.raised = true;
                events.append({AlarmEvent::Kind::Raised, int(r), t, st.since});
            }
        } else {
            st.wasTrue = false;
            if (st.raised) {
                st.raised = false;
                events.append({AlarmEvent::Kind::Cleared, int(r), t});
            }
        }
    }
}

} // namespace gl::rules
