// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/audit/AuditLog.h"
#include "platform/auth/Roles.h"
#include "platform/util/Clock.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace gl {

class Database;

/// What every service call runs with: the store, who acts, and the clock.
struct ServiceContext {
    Database &db;
    Actor actor;
    const Clock *clock;
    qint64 now() const { return clock->nowMs(); }
};

/// Shared plumbing of the services: permission checks, audit entries, code → id look-ups.
class ServiceBase {
public:
    explicit ServiceBase(ServiceContext &ctx) : m_ctx(ctx) {}

protected:
    Database &db() const { return m_ctx.db; }
    const Actor &actor() const { return m_ctx.actor; }
    qint64 now() const { return m_ctx.now(); }
    /// Throws Forbidden unless the actor may do `permission`. For a signed-in account (not a system actor) and a
    /// permission that changes data, the account is read again from the store first: one disabled since it signed
    /// in (a long-lived app session) is refused at once, and one given another role acts with that role.
    void require(const QString &permission) const;
    /// Appends an audit entry by the current actor at the current time (inside the caller's transaction).
    void audit(const QString &action, const QString &objectType, const QString &objectId, const QJsonObject &details,
               const QString &area = {}, const QString &equipment = {}) const;
    /// Optimistic concurrency (schema step 21, `row_version` on permits, hazards, dispatch_orders and alarms).
    /// Locks the row of `table` whose `keyColumn` equals `key` for the rest of the caller's transaction
    /// (PostgreSQL: SELECT … FOR UPDATE, so a concurrent change waits for this one and then sees it; SQLite's
    /// BEGIN IMMEDIATE already holds the store's write lock) and returns its row_version, 0 when there is no such
    /// row. Call it first in the transaction, before reading the row's state.
    qint64 lockRowVersion(const QString &table, const QString &keyColumn, const QVariant &key) const;
    /// Throws Conflict when the caller acted on a view showing version `expected` and the row is now at `stored`:
    /// "`label` was changed by ACTOR (ACTION, TIME) since your view was loaded; `nowIs`. Look at it again and retry."
    /// The last change is the newest audit entry of the `objects` (object type, object id: the row's own, and
    /// for an order its alarm, whose acknowledgement writes the order's verification time). Nothing when
    /// `expected` is empty or equal.
    void requireVersion(std::optional<qint64> expected, qint64 stored, const QString &label,
                        const QList<QPair<QString, QString>> &objects, const QString &nowIs) const;
    /// The id of the row of `table` whose code is `code`; throws NotFound naming `what`.
    qint64 idOf(const QString &table, const QString &code, const QString &what, const QString &column = QStringLiteral("code")) const;

    ServiceContext &m_ctx;
};

} // namespace gl
