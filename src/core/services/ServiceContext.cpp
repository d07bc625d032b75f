// SPDX-License-Identifier: Apache-2.0
#include "core/services/ServiceContext.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gl {

void ServiceBase::require(const QString &permission) const
{
    const Actor &a = m_ctx.actor;
    // Reading needs no re-check (the snapshot refresh reads every few seconds); every change does.
    if (a.userId <= 0 || permission == u"data.read"_s || permission == u"audit.read"_s) {
        requirePermission(a, permission);
        return;
    }
    QSqlQuery q = db().exec(u"SELECT role, active FROM users WHERE id = ?"_s, {a.userId});
    if (!q.next())
        fail(ErrorCode::Forbidden, u"user '%1' no longer exists: the change is refused"_s.arg(a.username));
    if (!q.value(1).toBool())
        fail(ErrorCode::Forbidden, u"user '%1' is disabled: the change is refused (an administrator disabled the account)"_s.arg(a.username));
    Actor now = a;
    now.role = roleFromKey(q.value(0).toString()); // a role changed since sign-in applies at once
    q.finish();
    requirePermission(now, permission);
}

void ServiceBase::audit(const QString &action, const QString &objectType, const QString &objectId,
                        const QJsonObject &details, const QString &area, const QString &equipment) const
{
    AuditLog::append(db(), AuditRecord{actor().auditName(), action, objectType, objectId, area, equipment, details}, now());
}

qint64 ServiceBase::idOf(const QString &table, const QString &code, const QString &what, const QString &column) const
{
    const QVariant id = db().scalar(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, column), {code});
    if (!id.isValid())
        fail(ErrorCode::NotFound, u"%1 '%2' does not exist"_s.arg(what, code));
    return id.toLongLong();
}


} // namespace gl
