// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "platform/services/ServiceContext.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QSqlQuery>
#include <QTimeZone>

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

qint64 ServiceBase::lockRowVersion(const QString &table, const QString &keyColumn, const QVariant &key) const
{
    const QString lock = db().backend() == Backend::Postgres ? u" FOR UPDATE"_s : QString();
    const QVariant v = db().scalar(u"SELECT row_version FROM %1 WHERE %2 = ?%3"_s.arg(table, keyColumn, lock), {key});
    return v.isValid() ? v.toLongLong() : 0;
}

void ServiceBase::requireVersion(std::optional<qint64> expected, qint64 stored, const QString &label,
                                 const QList<QPair<QString, QString>> &objects, const QString &nowIs) const
{
    if (!expected || *expected == stored)
        return;
    QString by;
    QStringList where;
    QVariantList binds;
    for (const auto &[type, id] : objects) {
        where << u"(object_type = ? AND object_id = ?)"_s;
        binds << type << id;
    }
    QSqlQuery q = db().exec(u"SELECT actor, action, ts_utc FROM audit_log WHERE %1 ORDER BY seq DESC LIMIT 1"_s.arg(where.join(u" OR "_s)),
                            binds);
    if (q.next()) {
        QTimeZone tz(siteTimeZone(db()));
        if (!tz.isValid())
            tz = QTimeZone::utc();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), tz);
        const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(now(), tz).date();
        by = u" by %1 (%2, %3)"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                      at.toString(today ? u"HH:mm:ss"_s : u"yyyy-MM-dd HH:mm:ss"_s));
    }
    fail(ErrorCode::Conflict, u"%1 was changed%2 since your view was loaded; %3. Look at it again and retry "
                              "(version %4, your view showed %5)."_s.arg(label, by, nowIs).arg(stored).arg(*expected));
}

} // namespace gl
