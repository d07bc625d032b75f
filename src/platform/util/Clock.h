// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <memory>

namespace gl {

/// Time source of the services: the wall clock in production, a manual clock for the demo's history
/// and for tests. All times are UTC epoch milliseconds.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class ManualClock : public Clock {
public:
    explicit ManualClock(qint64 t = 0) : m_t(t) {}
    qint64 nowMs() const override { return m_t; }
    void set(qint64 t) { m_t = t; }
    void advance(qint64 ms) { m_t += ms; }

private:
    qint64 m_t;
};

/// A clock that starts at a given instant and then runs on at wall-clock speed (timers, timeouts and
/// animations keep working while the date is pinned).
class ShiftedClock : public Clock {
public:
    explicit ShiftedClock(qint64 startMs) : m_shift(startMs - QDateTime::currentMSecsSinceEpoch()) {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_shift; }

private:
    qint64 m_shift;
};

/// The one source of "now" for a process: the command center, guardlinectl, the demo loader and the
/// services all read it. It is the wall clock unless
/// - `$GUARDLINE_NOW` holds an ISO 8601 time with an offset when the process starts: the clock then
///   starts at that instant and runs on (reproducible demos, screenshots and tests; it is logged as a
///   warning, because every audit entry is then stamped with that time), or
/// - a test installs its own clock with setProcessClock().
const Clock &processClock();

/// Replaces the process clock (tests); nullptr restores the wall clock / $GUARDLINE_NOW. Not
/// thread-safe against concurrent readers: call it before the threads that read the clock start.
void setProcessClock(std::shared_ptr<const Clock> clock);

} // namespace gl
