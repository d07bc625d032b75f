// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"
#include "platform/services/ServiceContext.h"

#include <QJsonObject>

#include <optional>

namespace gl {

/// The stored moments of an incident (UTC epoch ms), absent until reached (CONTRACTS.md 6.4).
struct IncidentTimes {
    std::optional<qint64> began;     ///< the condition began: the first sample that made the rule true, or --observed-at
    std::optional<qint64> raised;    ///< the alarm was raised
    std::optional<qint64> acked;     ///< the dispatcher acknowledged (verified) the alarm
    std::optional<qint64> arrived;   ///< the responder arrived on scene
    std::optional<qint64> confirmed; ///< the dispatcher confirmed the situation is back to normal
};

/// The interruption time T = Tdetect + Tverify + Trespond + Tconfirm of one incident, in seconds (ms
/// resolution). A phase is absent until both its ends are reached; total only when all four are.
struct IncidentPhases {
    std::optional<double> detect, verify, respond, confirm, total;
    QJsonObject toJson() const; ///< {"detect_s","verify_s","respond_s","confirm_s","total_s"}, null until reached
};

/// The one definition of the phases, used by the dispatch board, the analytics dashboard, the daily
/// report and `guardlinectl orders show`: detect = raised − began, verify = acked − raised, respond =
/// arrived − acked, confirm = confirmed − arrived, total = their sum (unrounded).
IncidentPhases incidentPhases(const IncidentTimes &t);

/// What `alarms raise` returns.
struct ManualAlarm {
    qint64 alarmId = 0;
    QString orderCode;
};

/// Alarms (ISA-18.2 states: unacknowledged, acknowledged, returned, shelved, cleared), dispatch orders
/// with the four phase times of the interruption time T = Tdetect + Tverify + Trespond + Tconfirm, and
/// instructions to the lines that must be acknowledged in time.
/// Why `user` (of `role`) may not take `action` on order `code`, now `state` and assigned to `assignee` (empty
/// when nobody), by who the step is for (CONTRACTS.md 6.4): the dispatcher's steps (assign, confirm, reopen,
/// cancel) need `dispatch.manage`, the responder's (accept, arrive, resolve) are the assignee's; an administrator
/// may take all. Empty when they may, or when the state allows no such step (that refusal is the state's).
/// One rule for the service (applyOrder) and the board's buttons, menus and drops.
QString orderStepRefusal(const QString &code, const QString &state, const QString &action, Role role, const QString &user,
                         const QString &assignee);

class OperationsService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    /// SLA of a dispatch order by priority (critical 10 min, high 30 min, medium 2 h, low 8 h).
    static qint64 slaMs(const QString &priority);
    /// Acknowledgement window of an instruction unless its action says "ack_s".
    static constexpr qint64 kDefaultAckMs = 60'000;

    /// Raises an alarm at `raisedAt` whose condition began at `beganAt` (0: the same moment). Returns its id.
    /// `messageZh`: the message in Chinese when the rule has a `name_zh` (shown in a zh interface).
    qint64 raiseAlarm(const QString &ruleId, const QString &tag, const QString &severity, const QString &areaCode,
                      const QString &message, qint64 raisedAt, qint64 beganAt = 0, const QString &messageZh = {});
    /// A manual alarm (a phone call, a patrol) raised now by the signed-in dispatcher, unacknowledged, with
    /// its dispatch order opened like a rule's alarm ("DSP-<id>", due by the priority's SLA, not assigned).
    /// `observedAt` (0: now) is when the caller saw the condition; a time in the future is bad input.
    /// Needs dispatch.manage.
    ManualAlarm raiseManualAlarm(const QString &areaCode, const QString &priority, const QString &text, qint64 observedAt = 0);
    /// The dispatcher's acknowledgement: the end of Tverify of the alarm's order. `expectedVersion`: the alarm's
    /// row_version the dispatcher's view showed; when the alarm changed since, Conflict naming who changed it.
    void acknowledgeAlarm(qint64 alarmId, std::optional<qint64> expectedVersion = std::nullopt);
    void clearAlarm(qint64 alarmId);

    /// Opens a dispatch order (optionally for an alarm), due in `dueInMs`.
    /// `titleZh`: the title in Chinese when the rule or procedure has one (each workstation shows its
    /// interface language's text).
    QString openOrder(const QString &code, qint64 alarmId, const QString &areaCode, const QString &title,
                      const QString &priority, qint64 dueInMs, const QString &titleZh = {});
    /// One step of an order (CONTRACTS.md 6.4): assign (to `assignee`, a user whose role can respond),
    /// accept, arrive (alias respond), resolve (with a note), confirm, reopen (with a reason), cancel
    /// (with a reason). The dispatcher's steps need dispatch.manage; accept, arrive and resolve only the
    /// order's assignee (or an administrator). A step by the wrong person, or one the state or a rule
    /// forbids, throws Conflict naming why. Returns the new state. Audited `order.<action>`.
    /// `expectedVersion`: the order's row_version the person's view showed (schema step 21); when the order
    /// changed since, the step is refused (Conflict) naming who changed it, how and when, and what it is now.
    QString applyOrder(const QString &code, const QString &action, const QString &assigneeUsername = {},
                       const QString &text = {}, std::optional<qint64> expectedVersion = std::nullopt);
    /// The order with its steps and phases, as `orders show --json` prints it.
    QJsonObject orderDetails(const QString &code) const;
    /// Who may be assigned an order of `area`: enabled users whose role can respond (dispatch.respond),
    /// those on duty in the area now first. Pairs of username and a label ("Name (role), on duty").
    QList<QPair<QString, QString>> responders(const QString &area) const;
    /// `alarms list --json`: {"alarms": [{"id","rule","area","priority","state","raised_at","text"}]}, newest
    /// first; `rule` null for a manual alarm; openOnly: not cleared. Needs data.read.
    QJsonObject alarmsJson(bool openOnly) const;
    /// `orders list --json`: {"orders": [{"code","state","alarm","area","assignee","opened_at"}]}, newest first;
    /// openOnly: neither confirmed nor cancelled. Needs data.read.
    QJsonObject ordersJson(bool openOnly) const;
    /// `instructions list --json`: {"instructions": [{"id","target","kind","state","issued_at","sent_at",
    /// "acknowledged_at"}]} (plus "text", "reason"), newest first. Needs data.read.
    QJsonObject instructionsJson() const;

    /// Pushes an instruction (e.g. "HALT POUR") to the board; it must be acknowledged within ackWithinMs.
    /// `textZh`: its text in Chinese when known (a rule action's `text_zh`), shown in a zh interface.
    qint64 pushInstruction(const QString &orderCode, const QString &target, const QString &text, qint64 ackWithinMs,
                           const QString &textZh = {});
    /// A dispatcher's instruction by hand: kind halt_pour, stop_hot_work, evacuate or resume, to a line or
    /// area `target` as the connectors know it, with the reason. Stored queued; the site service sends it.
    qint64 pushManualInstruction(const QString &target, const QString &kind, const QString &reason,
                                 const QString &orderCode = {});
    void acknowledgeInstruction(qint64 instructionId);

    /// The kinds of instruction a dispatcher may push and the text the line receives for each.
    static QStringList instructionKinds();
    static QString instructionText(const QString &kind);
    /// The same in Chinese, as a zh interface shows it (the line receives instructionText).
    static QString instructionTextZh(const QString &kind);
    /// The state of an instruction row: queued, sent, acknowledged or failed.
    static QString instructionState(const QVariant &sentVia, const QVariant &sendError, const QVariant &ackedAt);
};

} // namespace gl
