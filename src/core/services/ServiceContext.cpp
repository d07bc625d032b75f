// SPDX-License-Identifier: Apache-2.0
#include "core/services/ServiceContext.h"
#include "core/store/Database.h"
#include "core/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl {

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
