// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace gl {

/// A lifecycle as data: the allowed (from, action) → to transitions and the permission each needs.
struct Transition {
    const char16_t *from;
    const char16_t *action;
    const char16_t *to;
    const char16_t *permission;
};

/// Special-work permit lifecycle (GB 30871-2022 workflow):
/// draft → submitted → approved → active ⇄ suspended → closed; cancelled / expired from any open state.
const QList<Transition> &permitTransitions();
QStringList permitStates();

/// Hazard closed loop: reported → assigned → rectifying → pending_verification → closed → reinspected,
/// or reopened (from pending_verification or closed) → assigned again.
const QList<Transition> &hazardTransitions();
QStringList hazardStates();

/// Dispatch order lifecycle (CONTRACTS.md 6.4): open → assigned → accepted → responding (on scene, `arrive`)
/// → resolved → confirmed; reopen (resolved → responding), reassign, cancel from any running state.
const QList<Transition> &orderTransitions();
QStringList orderStates();

/// Finds the transition or returns nullptr.
const Transition *findTransition(const QList<Transition> &table, const QString &from, const QString &action);
/// The actions available from a state.
QStringList actionsFrom(const QList<Transition> &table, const QString &from);

} // namespace gl
