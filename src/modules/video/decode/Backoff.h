// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>

namespace gl::video {

/// Reconnect delays: initial, doubled after each failure, capped; reset() after a long good run.
class Backoff {
public:
    Backoff(int initialMs, int maxMs) : m_initial(initialMs), m_max(maxMs), m_next(initialMs) {}
    /// The delay to wait now; the one after it is twice as long (up to the cap).
    int next()
    {
        const int now = m_next;
        m_next = std::min(m_next * 2, m_max);
        return now;
    }
    void reset() { m_next = m_initial; }

private:
    int m_initial;
    int m_max;
    int m_next;
};

} // namespace gl::video
