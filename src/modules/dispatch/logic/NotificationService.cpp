// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/logic/NotificationService.h"
#include "platform/services/TableColumns.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl {

qint64 NotificationService::notify(const QString &recipient, const QString &kind, const QString &objectType,
                                   const QString &objectId, const QString &area, const QString &text, const QString &textZh)
{
    return db().insert(u"notifications"_s, {{u"recipient"_s, recipient}, {u"kind"_s, kind}, {u"object_type"_s, objectType},
                                            {u"object_id"_s, objectId}, {u"area"_s, area.isEmpty() ? QVariant() : QVariant(area)},
                                            {u"text"_s, text}, {u"created_at"_s, now()},
                                            {u"text_zh"_s, textZh.isEmpty() ? QVariant() : QVariant(textZh)}});
}

QList<NotificationRow> NotificationRow::fromTable(const Table &t)
{
    const TableColumns c(t, u"notifications"_s);
    const int id = c(u"id"_s), kind = c(u"kind"_s), objectType = c(u"object_type"_s), objectId = c(u"object_id"_s), area = c(u"area"_s),
              text = c(u"text"_s), createdAt = c(u"created_at"_s), readAt = c(u"read_at"_s);
    QList<NotificationRow> out;
    out.reserve(t.rows.size());
    for (const QVariantList &r : t.rows)
        out.append({TableColumns::number(r, id), TableColumns::str(r, kind), TableColumns::str(r, objectType), TableColumns::str(r, objectId),
                    TableColumns::str(r, area), TableColumns::str(r, text), TableColumns::number(r, createdAt), TableColumns::maybe(r, readAt)});
    return out;
}

Table NotificationService::mine(int limit) const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"object_type"_s, u"object_id"_s, u"area"_s, u"text"_s, u"created_at"_s, u"read_at"_s,
             u"text_zh"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT id, kind, object_type, object_id, area, text, created_at, read_at, text_zh FROM notifications "
                            "WHERE recipient = ? ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC "
                            "LIMIT ?"_s, {actor().auditName(), limit});
    return tableOf(q, t.columns);
}

void NotificationService::markRead(qint64 id)
{
    require(u"data.read"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT recipient, read_at, object_type, object_id, area FROM notifications WHERE id = ?"_s, {id});
    if (!q.next())
        fail(ErrorCode::NotFound, u"notification %1 does not exist"_s.arg(id));
    if (q.value(0).toString() != actor().auditName())
        fail(ErrorCode::Forbidden, u"notification %1 is addressed to %2, not to you"_s.arg(id).arg(q.value(0).toString()));
    if (!q.value(1).isNull())
        return;
    db().exec(u"UPDATE notifications SET read_at = ? WHERE id = ?"_s, {now(), id});
    audit(u"notification.read"_s, u"notification"_s, QString::number(id),
          {{u"about"_s, QString(q.value(2).toString() + u" "_s + q.value(3).toString())}}, q.value(4).toString());
    tx.commit();
}

} // namespace gl
