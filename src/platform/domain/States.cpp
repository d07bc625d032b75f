// SPDX-License-Identifier: Apache-2.0
#include "platform/domain/States.h"

using namespace Qt::StringLiterals;

namespace gl {

const QList<Transition> &permitTransitions()
{
    static const QList<Transition> t = {
        {u"draft", u"submit", u"submitted", u"permit.apply"},
        {u"draft", u"cancel", u"cancelled", u"permit.apply"},
        {u"submitted", u"approve", u"approved", u"permit.approve"},
        {u"submitted", u"reject", u"draft", u"permit.approve"},
        {u"submitted", u"cancel", u"cancelled", u"permit.approve"},
        {u"approved", u"activate", u"active", u"permit.apply"},
        {u"approved", u"cancel", u"cancelled", u"permit.approve"},
        {u"approved", u"expire", u"expired", u"permit.approve"},
        {u"active", u"suspend", u"suspended", u"permit.approve"},
        {u"active", u"close", u"closed", u"permit.approve"},
        {u"active", u"expire", u"expired", u"permit.approve"},
        {u"suspended", u"resume", u"active", u"permit.approve"},
        {u"suspended", u"close", u"closed", u"permit.approve"},
        {u"suspended", u"cancel", u"cancelled", u"permit.approve"},
        {u"suspended", u"expire", u"expired", u"permit.approve"},
    };
    return t;
}

QStringList permitStates()
{
    return {u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s, u"suspended"_s, u"closed"_s, u"cancelled"_s, u"expired"_s};
}

const QList<Transition> &hazardTransitions()
{
    static const QList<Transition> t = {
        {u"reported", u"assign", u"assigned", u"hazard.manage"},
        {u"assigned", u"start", u"rectifying", u"hazard.rectify"},
        {u"rectifying", u"submit", u"pending_verification", u"hazard.rectify"},
        {u"pending_verification", u"accept", u"closed", u"hazard.manage"},
        {u"pending_verification", u"reject", u"reopened", u"hazard.manage"},
        {u"closed", u"reinspect_pass", u"reinspected", u"hazard.report"},
        {u"closed", u"reinspect_fail", u"reopened", u"hazard.report"},
        {u"reopened", u"assign", u"assigned", u"hazard.manage"},
    };
    return t;
}

QStringList hazardStates()
{
    return {u"reported"_s, u"assigned"_s, u"rectifying"_s, u"pending_verification"_s, u"closed"_s, u"reinspected"_s, u"reopened"_s};
}

const QList<Transition> &orderTransitions()
{
    // dispatch.manage: the dispatcher's steps; dispatch.respond: the assignee's own steps (OperationsService
    // also checks that the actor is the order's assignee). "respond" is the older name of "arrive".
    static const QList<Transition> t = {
        {u"open", u"assign", u"assigned", u"dispatch.manage"},
        {u"assigned", u"assign", u"assigned", u"dispatch.manage"}, // reassign (auto-assigned, or nobody came)
        {u"accepted", u"assign", u"assigned", u"dispatch.manage"},
        {u"assigned", u"accept", u"accepted", u"dispatch.respond"},
        {u"assigned", u"arrive", u"responding", u"dispatch.respond"},
        {u"accepted", u"arrive", u"responding", u"dispatch.respond"},
        {u"assigned", u"respond", u"responding", u"dispatch.respond"},
        {u"accepted", u"respond", u"responding", u"dispatch.respond"},
        {u"responding", u"resolve", u"resolved", u"dispatch.respond"},
        {u"resolved", u"confirm", u"confirmed", u"dispatch.manage"},
        {u"resolved", u"reopen", u"responding", u"dispatch.manage"},
        {u"open", u"cancel", u"cancelled", u"dispatch.manage"},
        {u"assigned", u"cancel", u"cancelled", u"dispatch.manage"},
        {u"accepted", u"cancel", u"cancelled", u"dispatch.manage"},
        {u"responding", u"cancel", u"cancelled", u"dispatch.manage"},
        {u"resolved", u"cancel", u"cancelled", u"dispatch.manage"},
    };
    return t;
}

QStringList orderStates()
{
    return {u"open"_s, u"assigned"_s, u"accepted"_s, u"responding"_s, u"resolved"_s, u"confirmed"_s, u"cancelled"_s};
}

const Transition *findTransition(const QList<Transition> &table, const QString &from, const QString &action)
{
    for (const Transition &t : table)
        if (from == QStringView(t.from) && action == QStringView(t.action))
            return &t;
    return nullptr;
}

QStringList actionsFrom(const QList<Transition> &table, const QString &from)
{
    QStringList out;
    for (const Transition &t : table)
        if (from == QStringView(t.from))
            out << QString::fromUtf16(t.action);
    return out;
}

} // namespace gl
