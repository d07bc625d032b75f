// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

struct ServiceContext;

/// Domain events: what one capability tells the others instead of calling into them, so that a publisher
/// never depends on its subscribers (the alarms of OperationsService do not know about permits). Who
/// subscribes to what is listed in one place, EventSubscriptions.cpp: a subscription is code there, linked into
/// every program that publishes, never a registration at start-up that a program (the site service, the
/// CLI, a workstation) could forget, for reactions that safety rules depend on.
namespace events {

/// An alarm was stored: raised by a telemetry rule, by hand (a manual alarm), or by housekeeping (a gas
/// log lapse). Published inside the transaction that stores it.
struct AlarmRaised {
    qint64 alarmId = 0;
    QString ruleId, tag, severity, areaCode;
};

/// Runs every subscriber of `event` with the publisher's context: the same store, transaction, actor and
/// clock. A subscriber's changes commit with the publisher's or not at all; an exception from a subscriber
/// reaches the publisher, whose transaction then rolls back (an alarm is never stored without its reactions).
void publish(ServiceContext &ctx, const AlarmRaised &event);

} // namespace events
} // namespace gl
