// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/Evaluator.h"

namespace gl::rules {

AlarmEvaluator::AlarmEvaluator(const RuleSet &rules) : m_rules(rules)
{
    for (qsizetype i = 0; i < m_rules.tags.size(); ++i)
        m_tagIds.insert(m_rules.tags.at(i), int(i));
}

} // namespace gl::rules
