// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/dispatch/logic/OperationsService.h"
#include "platform/services/Table.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace gl {

/// Typed rows of what the command center's views show (issue #15): built once on the data thread from
/// the read side's tables (QueryService, AdmissionService, ProcedureService) and handed to the views in
/// the snapshot, so that no view looks a column up by its name. Each `fromTable` is the only place that
/// names its table's columns: a column the query no longer returns (renamed, dropped) is a gl::Error
/// naming the table and the column, at the first read, not an empty field in a view. Times are UTC
/// epoch ms; a value the store may leave empty is a std::optional. The texts stored in two languages are
/// in the interface language already (the data thread localizes the table first).

/// An alarm (QueryService::alarms(), newest first; ISA-18.2 states).
struct AlarmRow {
    qint64 id = 0;
    QString severity;  ///< low, medium, high, critical
    QString state;     ///< unacknowledged, acknowledged, returned, shelved, cleared
    QString rule;      ///< the rule that raised it (empty for one raised by hand)
    QString tag;
    QString area;      ///< the area's code (empty when none)
    QString message;   ///< in the interface language
    qint64 raisedAt = 0;
    QString ackedBy;
    qint64 rowVersion = 0; ///< the version an acknowledgement from this view names

    /// Unacknowledged or returned: waiting for the operator.
    bool waiting() const { return state == u"unacknowledged" || state == u"returned"; }
    /// Unacknowledged or acknowledged: the condition still stands (the map and the site plan mark it).
    bool standing() const { return state == u"unacknowledged" || state == u"acknowledged"; }
    bool operator==(const AlarmRow &) const = default;
    static QList<AlarmRow> fromTable(const Table &alarms);
};

/// A dispatch order (QueryService::orders(), newest first; CONTRACTS.md 6.4).
struct OrderRow {
    QString code;
    QString state;    ///< open, assigned, accepted, responding, resolved, confirmed, cancelled
    QString priority; ///< low, medium, high, critical
    QString title;    ///< in the interface language
    QString area;
    QString assignee;     ///< the assignee's display name (empty when nobody)
    QString assigneeUser; ///< the assignee's user name (empty when nobody)
    QString note;
    qint64 createdAt = 0;
    std::optional<qint64> dueAt;
    int escalationLevel = 0;
    std::optional<qint64> alarmId;
    /// The phase times of the interruption time (detected, raised, verified, responded, confirmed).
    IncidentTimes times;
    std::optional<qint64> assignedAt, acceptedAt, resolvedAt;
    qint64 rowVersion = 0;

    static QList<OrderRow> fromTable(const Table &orders);
};

/// A special-work permit (QueryService::permits(), latest start first).
struct PermitRow {
    QString code;
    QString type, grade;
    QString state; ///< draft, submitted, approved, active, suspended, closed, cancelled, expired
    QString contractor; ///< the contractor's code, or "own"
    QString area;
    QString title;
    qint64 startsAt = 0, endsAt = 0;
    int workers = 0;
    QList<QPointF> polygon; ///< the work area (site metres); empty when the permit has none
    double zMin = 0, zMax = 0;
    qint64 rowVersion = 0;

    bool operator==(const PermitRow &) const = default;
    static QList<PermitRow> fromTable(const Table &permits);
};

/// A hazard report (QueryService::hazards(), newest first).
struct HazardRow {
    QString code;
    QString category, grade; ///< grade: general or major
    QString state; ///< reported, assigned, rectifying, pending_verification, closed, reinspected, reopened
    QString area, equipment; ///< codes (equipment empty when none)
    QString description;
    qint64 reportedAt = 0;
    std::optional<qint64> deadlineAt;
    QString assignee; ///< the responsible person's name (empty when nobody)
    double x = 0, y = 0, z = 0; ///< site metres
    qint64 rowVersion = 0;

    bool operator==(const HazardRow &) const = default;
    static QList<HazardRow> fromTable(const Table &hazards);
};

/// An instruction to a line (QueryService::instructions(), newest first).
struct InstructionRow {
    qint64 id = 0;
    QString target;
    QString text; ///< in the interface language
    QString kind, reason, issuedBy;
    qint64 issuedAt = 0;
    std::optional<qint64> ackDueAt, ackedAt, sentAt;
    QString ackedBy, sentVia, sendError;

    static QList<InstructionRow> fromTable(const Table &instructions);
};

/// A person checked in on site now (QueryService::onSite()).
struct PersonOnSite {
    QString code, name;
    QString contractor;          ///< the contractor's code (empty for an employee)
    std::optional<double> x, y;  ///< site metres; absent when checked in without a position
    qint64 at = 0;               ///< checked in

    bool operator==(const PersonOnSite &) const = default;
    static QList<PersonOnSite> fromTable(const Table &onSite);
};

/// A contractor (QueryService::contractors(today), by code): the contractor panel's companies, the permit editor's
/// choice of contractor.
struct ContractorRow {
    QString code, name;
    QString nameZh;     ///< empty when none was registered
    QString trade;
    QString creditCode; ///< the unified social credit code
    QString status;     ///< the admission verdict (CONTRACTS.md 6.2): admitted, not_admitted, suspended
    int workers = 0;    ///< people registered with it
    QString documents;  ///< the worst state of its current documents: valid, expiring, expired, missing
    QStringList reasons; ///< why it is not admitted (the missing, short or expired document); empty when admitted

    bool operator==(const ContractorRow &) const = default;
    static QList<ContractorRow> fromTable(const Table &contractors);
};

/// A person: an employee or a contractor's worker (QueryService::people(today), by code).
struct PersonRow {
    QString code, name;
    QString kind;        ///< employee, contractor
    QString contractor;  ///< the contractor's code (empty for an employee)
    QString job;
    QString briefingOn;  ///< the safety briefing's day as stored (ISO date; empty when none)
    bool whitelisted = false;
    QString certificates; ///< the worst state of their certificates: valid, expiring, expired, none
    QString leftOn;      ///< the day they left (ISO date); empty while they work here
    QString companyDocuments; ///< their company's document state (ContractorRow::documents); empty for an employee

    bool operator==(const PersonRow &) const = default;
    static QList<PersonRow> fromTable(const Table &people);
};

/// A camera of the registry (QueryService::cameras(), by code; its URL is not part of a view: it may carry credentials).
struct CameraRow {
    QString code, name;
    QString area; ///< the area's code (empty when none)

    bool operator==(const CameraRow &) const = default;
    static QList<CameraRow> fromTable(const Table &cameras);
};

/// A step of an order's procedure (ProcedureService::steps(), by order and step number).
struct OrderStepRow {
    QString order; ///< the order's code
    int seq = 0;
    QString procedure;          ///< the procedure's id
    QString titleEn, titleZh;   ///< the procedure's title in both languages
    QString key;                ///< the step's key in its procedure
    QString textEn, textZh;     ///< the step in both languages
    QString state;              ///< pending, done, skipped
    std::optional<qint64> markedAt; ///< done or skipped at (absent while pending)
    QString markedBy, reason;   ///< reason: why it was skipped
    bool outOfOrder = false;    ///< done before an earlier step

    static QList<OrderStepRow> fromTable(const Table &steps);
};

} // namespace gl
