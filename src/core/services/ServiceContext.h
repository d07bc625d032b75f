// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/audit/AuditLog.h"
#include "core/auth/Roles.h"
#include "core/util/Clock.h"

#include <QDateTime>

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
    /// The id of the row of `table` whose code is `code`; throws NotFound naming `what`.
    qint64 idOf(const QString &table, const QString &code, const QString &what, const QString &column = QStringLiteral("code")) const;

    ServiceContext &m_ctx;
};

} // namespace gl
