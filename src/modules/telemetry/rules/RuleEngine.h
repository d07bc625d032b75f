// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/rules/Evaluator.h"

#include <queue>
#include <vector>

namespace gl::rules {

/// Incremental evaluator. A sample re-evaluates only the conditions on its tag; conditions that change
/// with time alone (stale, a rise/drop_pct window losing its oldest extreme, a for_s hold) are driven
/// by a time-ordered timer heap. rise/drop_pct read min/max from monotonic deques kept per
/// (tag, window), so each sample costs O(1) amortized whatever the window length.
/// Produces exactly the events of NaiveEvaluator (the tests check it on random input).
class RuleEngine final : public AlarmEvaluator {
public:
    explicit RuleEngine(const RuleSet &rules);
    bool push(const Sample &s) override;
    using AlarmEvaluator::evaluate;
    void evaluate(qint64 t, QList<AlarmEvent> &events) override;
    bool isRaised(int rule) const override { return m_rulesState[size_t(rule)].raised; }
    /// All of the rule's conditions held at the last evaluation (raised, or holding for for_s).
    bool isTrue(int rule) const { return m_rulesState[size_t(rule)].wasTrue; }

private:
    static constexpr qint64 kNone = std::numeric_limits<qint64>::max();

    struct Point {
        qint64 ms;
        double value;
    };
    /// A growable ring buffer: the monotonic deque of a window.
    class PointDeque {
    public:
        bool empty() const { return m_size == 0; }
        const Point &front() const { return m_buf[m_head]; }
        const Point &back() const { return m_buf[(m_head + m_size - 1) & m_mask]; }
        void popFront() { m_head = (m_head + 1) & m_mask; --m_size; }
        void popBack() { --m_size; }
        void pushBack(const Point &p);

    private:
        std::vector<Point> m_buf;
        size_t m_head = 0, m_size = 0, m_mask = 0;
    };
    struct TagState {
        qint64 latestMs = 0;
        double latest = 0;
        bool has = false;
        bool dirty = false;
        std::vector<int> conds;
        std::vector<int> windows;
    };
    struct Window {
        int tag = -1;
        qint64 ms = 0;
        bool needMin = false, needMax = false;
        PointDeque minQ, maxQ;
        qint64 scheduled = kNone;
        std::vector<int> conds;
    };
    struct Cond {
        Op op = Op::Unknown;
        int rule = -1, tag = -1, window = -1;
        double value = 0, by = 0, deadband = 0;
        qint64 windowMs = 0;
        qint64 scheduled = kNone; // stale deadline
        bool truth = false;
    };
    struct RuleState {
        int conds = 0, trueCount = 0;
        qint64 forMs = 0, since = 0, holdDue = kNone;
        bool wasTrue = false, raised = false, dirty = false;
    };
    enum class TimerKind : quint8 { Window, Stale, Hold };
    struct Timer {
        qint64 due;
        TimerKind kind;
        int index;
        bool operator>(const Timer &o) const { return due > o.due; }
    };

    void evict(Window &w, qint64 t);
    bool compute(Cond &c, qint64 t);
    void reevaluate(int cond, qint64 t);
    void scheduleWindow(int window);
    void markRule(int rule);

    std::vector<TagState> m_tags;
    std::vector<Window> m_windows;
    std::vector<Cond> m_conds;
    std::vector<RuleState> m_rulesState;
    std::vector<int> m_dirtyTags, m_dirtyRules;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> m_timers;
    qint64 m_lastEval = std::numeric_limits<qint64>::min();
};

} // namespace gl::rules
