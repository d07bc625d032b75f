// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

namespace gl {

/// Alarms (ISA-18.2 states: unacknowledged, acknowledged, returned, shelved, cleared), dispatch orders
/// with the four phase times of the interruption time T = Tdetect + Tverify + Trespond + Tconfirm, and
/// instructions pushed to the dispatch board that must be acknowledged in time.
class OperationsService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// Raises an alarm at detectedAt (the first abnormal sample). Returns its id.
    qint64 raiseAlarm(const QString &ruleId, const QString &tag, const QString &severity, const QString &areaCode,
                      const QString &message, qint64 detectedAt);
    void acknowledgeAlarm(qint64 alarmId);
    void clearAlarm(qint64 alarmId);

    /// Opens a dispatch order (optionally for an alarm), due in `dueInMs`.
    QString openOrder(const QString &code, qint64 alarmId, const QString &areaCode, const QString &title,
                      const QString &priority, qint64 dueInMs);
    /// Lifecycle actions: assign (with assignee), respond, resolve, confirm, cancel. Records the phase times:
    /// assign → verified_at, respond → responded_at, confirm → confirmed_at.
    QString applyOrder(const QString &code, const QString &action, const QString &assigneeUsername = {});
    /// Pushes an instruction (e.g. "HALT POUR") to the board; it must be acknowledged within ackWithinMs.
    qint64 pushInstruction(const QString &orderCode, const QString &target, const QString &text, qint64 ackWithinMs);
    void acknowledgeInstruction(qint64 instructionId);
};

} // namespace gl
