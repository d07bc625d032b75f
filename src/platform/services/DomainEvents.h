// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

struct ServiceContext;

/// Domain events: what one capability tells the others instead of calling into them, so that a publisher
/// never depends on its subscribers (the alarms of OperationsService, in the dispatch module, do not know about
/// permits). A module subscribes in its EventSubscriptions.cpp, which its CMake target hands to every program
/// that links it (INTERFACE sources): the subscription is part of linking the module, never a call at start-up
/// that a program (the site service, the CLI, a workstation) could forget. A reaction safety rules depend on
/// is also required: publishing an event nobody in the program reacts to is refused (see publish).
namespace events {

/// An alarm was stored: raised by a telemetry rule, by hand (a manual alarm), or by housekeeping (a gas
/// log lapse). Published inside the transaction that stores it.
struct AlarmRaised {
    qint64 alarmId = 0;
    QString ruleId, tag, severity, areaCode;
};

using AlarmRaisedSubscriber = void (*)(ServiceContext &ctx, const AlarmRaised &event);

/// Adds a subscriber (once: the same function twice is kept once). Called by the subscribing module's
/// EventSubscriptions.cpp while the program starts (static initialization), before any event is published.
void subscribe(AlarmRaisedSubscriber subscriber);

/// Runs every subscriber of `event` with the publisher's context: the same store, transaction, actor and
/// clock. A subscriber's changes commit with the publisher's or not at all; an exception from a subscriber
/// reaches the publisher, whose transaction then rolls back (an alarm is never stored without its reactions).
/// A program without any subscriber (one that links dispatch but not permits) gets an error: the alarm would be
/// stored without suspending the permits in its area, so it is not stored at all.
void publish(ServiceContext &ctx, const AlarmRaised &event);

} // namespace events
} // namespace gl
