// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/RuleEngine.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace gl::rules {

void RuleEngine::PointDeque::pushBack(const Point &p)
{
    if (m_size == m_buf.size()) {
        std::vector<Point> grown(m_buf.empty() ? 8 : m_buf.size() * 2);
        for (size_t i = 0; i < m_size; ++i)
            grown[i] = m_buf[(m_head + i) & m_mask];
        m_buf.swap(grown);
        m_head = 0;
        m_mask = m_buf.size() - 1;
    }
    m_buf[(m_head + m_size) & m_mask] = p;
    ++m_size;
}

RuleEngine::RuleEngine(const RuleSet &rules)
    : AlarmEvaluator(rules), m_tags(size_t(rules.tags.size())), m_rulesState(size_t(rules.rules.size()))
{
    std::map<std::pair<int, qint64>, int> windowIds;
    for (qsizetype r = 0; r < m_rules.rules.size(); ++r) {
        const Rule &rule = m_rules.rules.at(r);
        m_rulesState[size_t(r)].conds = int(rule.allOf.size());
        m_rulesState[size_t(r)].forMs = rule.forMs;
        for (const Condition &c : rule.allOf) {
            Cond k;
            k.op = c.op;
            k.rule = int(r);
            k.tag = m_tagIds.value(c.tag);
            k.value = c.value;
            k.by = c.by;
            k.deadband = c.deadband;
            k.windowMs = c.windowMs;
            const int id = int(m_conds.size());
            if (c.op == Op::Rise || c.op == Op::DropPct) {
                auto [it, added] = windowIds.try_emplace({k.tag, c.windowMs}, int(m_windows.size()));
                if (added) {
                    m_windows.emplace_back();
                    m_windows.back().tag = k.tag;
                    m_windows.back().ms = c.windowMs;
                    m_tags[size_t(k.tag)].windows.push_back(it->second);
                }
                Window &w = m_windows[size_t(it->second)];
                (c.op == Op::Rise ? w.needMin : w.needMax) = true;
                w.conds.push_back(id);
                k.window = it->second;
            }
            m_tags[size_t(k.tag)].conds.push_back(id);
            m_conds.push_back(k);
        }
    }
}

bool RuleEngine::push(const Sample &s)
{
    if (s.tag < 0 || size_t(s.tag) >= m_tags.size() || s.ms < m_lastEval || !std::isfinite(s.value))
        return false;
    TagState &tag = m_tags[size_t(s.tag)];
    tag.latestMs = s.ms;
    tag.latest = s.value;
    tag.has = true;
    for (int wi : tag.windows) {
        Window &w = m_windows[size_t(wi)];
        if (w.needMin) {
            while (!w.minQ.empty() && w.minQ.back().value >= s.value)
                w.minQ.popBack();
            w.minQ.pushBack({s.ms, s.value});
        }
        if (w.needMax) {
            while (!w.maxQ.empty() && w.maxQ.back().value <= s.value)
                w.maxQ.popBack();
            w.maxQ.pushBack({s.ms, s.value});
        }
    }
    if (!tag.dirty) {
        tag.dirty = true;
        m_dirtyTags.push_back(s.tag);
    }
    return true;
}

void RuleEngine::evict(Window &w, qint64 t)
{
    const qint64 oldest = satSub(t, w.ms); // the window is [t - window, t], inclusive
    while (!w.minQ.empty() && w.minQ.front().ms < oldest)
        w.minQ.popFront();
    while (!w.maxQ.empty() && w.maxQ.front().ms < oldest)
        w.maxQ.popFront();
}

bool RuleEngine::compute(Cond &c, qint64 t)
{
    const TagState &tag = m_tags[size_t(c.tag)];
    if (!tag.has)
        return false;
    const double current = tag.latest;
    switch (c.op) {
    case Op::Gt:
        return c.truth ? current > c.value - c.deadband : current > c.value;
    case Op::Lt:
        return c.truth ? current < c.value + c.deadband : current < c.value;
    case Op::Stale:
        if (tag.latestMs < satSub(t, c.windowMs))
            return true;
        if (c.scheduled == kNone) {
            c.scheduled = satAdd(satAdd(tag.latestMs, c.windowMs), 1); // kNone when beyond the end of time: never
            if (c.scheduled != kNone)
                m_timers.push({c.scheduled, TimerKind::Stale, int(&c - m_conds.data())});
        }
        return false;
    case Op::Rise: {
        Window &w = m_windows[size_t(c.window)];
        evict(w, t);
        return !w.minQ.empty() && current - w.minQ.front().value >= c.by;
    }
    case Op::DropPct: {
        Window &w = m_windows[size_t(c.window)];
        evict(w, t);
        if (w.maxQ.empty())
            return false;
        const double hi = w.maxQ.front().value;
        return hi > 0 && (hi - current) / hi * 100.0 >= c.by;
    }
    case Op::Unknown:
        break;
    }
    return false;
}

void RuleEngine::reevaluate(int cond, qint64 t)
{
    Cond &c = m_conds[size_t(cond)];
    const bool v = compute(c, t);
    if (v == c.truth)
        return;
    c.truth = v;
    m_rulesState[size_t(c.rule)].trueCount += v ? 1 : -1;
    markRule(c.rule);
}

void RuleEngine::scheduleWindow(int window)
{
    Window &w = m_windows[size_t(window)];
    if (w.scheduled != kNone)
        return; // an earlier (or equal) expiry is already queued: fronts only move forward
    qint64 front = kNone;
    if (w.needMin && !w.minQ.empty())
        front = std::min(front, w.minQ.front().ms);
    if (w.needMax && !w.maxQ.empty())
        front = std::min(front, w.maxQ.front().ms);
    if (front == kNone)
        return;
    w.scheduled = satAdd(satAdd(front, w.ms), 1); // the first instant at which the front is outside the window
    if (w.scheduled != kNone) // saturated: the front never leaves the window
        m_timers.push({w.scheduled, TimerKind::Window, window});
}

void RuleEngine::markRule(int rule)
{
    RuleState &r = m_rulesState[size_t(rule)];
    if (!r.dirty) {
        r.dirty = true;
        m_dirtyRules.push_back(rule);
    }
}

void RuleEngine::evaluate(qint64 t, QList<AlarmEvent> &events)
{
    m_lastEval = t;
    for (int ti : m_dirtyTags) {
        TagState &tag = m_tags[size_t(ti)];
        tag.dirty = false;
        for (int c : tag.conds)
            reevaluate(c, t);
        for (int w : tag.windows)
            scheduleWindow(w);
    }
    m_dirtyTags.clear();

    while (!m_timers.empty() && m_timers.top().due <= t) {
        const Timer timer = m_timers.top();
        m_timers.pop();
        switch (timer.kind) {
        case TimerKind::Window: {
            Window &w = m_windows[size_t(timer.index)];
            if (w.scheduled != timer.due)
                break;
            w.scheduled = kNone;
            for (int c : w.conds)
                reevaluate(c, t);
            scheduleWindow(timer.index);
            break;
        }
        case TimerKind::Stale: {
            Cond &c = m_conds[size_t(timer.index)];
            if (c.scheduled != timer.due)
                break;
            c.scheduled = kNone;
            reevaluate(timer.index, t);
            break;
        }
        case TimerKind::Hold:
            if (m_rulesState[size_t(timer.index)].holdDue == timer.due)
                markRule(timer.index);
            break;
        }
    }

    std::sort(m_dirtyRules.begin(), m_dirtyRules.end());
    for (int ri : m_dirtyRules) {
        RuleState &r = m_rulesState[size_t(ri)];
        r.dirty = false;
        if (r.trueCount == r.conds) {
            if (!r.wasTrue) {
                r.wasTrue = true;
                r.since = t;
            }
            if (r.raised)
                continue;
            if (satSub(t, r.since) >= r.forMs) {
                r.raised = true;
                r.holdDue = kNone;
                events.append({AlarmEvent::Kind::Raised, ri, t, r.since});
            } else if (r.holdDue != satAdd(r.since, r.forMs)) {
                r.holdDue = satAdd(r.since, r.forMs);
                m_timers.push({r.holdDue, TimerKind::Hold, ri});
            }
        } else {
            r.wasTrue = false;
            r.holdDue = kNone;
            if (r.raised) {
                r.raised = false;
                events.append({AlarmEvent::Kind::Cleared, ri, t});
            }
        }
    }
    m_dirtyRules.clear();
}

} // namespace gl::rules
