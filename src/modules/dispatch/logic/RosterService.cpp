// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/logic/RosterService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gl {

bool RosterService::canEdit() const
{
    return PermissionMatrix::defaults().allows(actor().role, u"roster.edit"_s);
}

QList<DutyEntry> RosterService::entries(qint64 since) const
{
    require(u"data.read"_s);
    QList<DutyEntry> out;
    QSqlQuery q = db().exec(u"SELECT d.id, a.code, a.name, d.username, u.display_name, u.role, d.starts_at, d.ends_at "
                            "FROM duty_roster d LEFT JOIN areas a ON a.id = d.area_id LEFT JOIN users u ON u.username = d.username "
                            "WHERE d.ends_at > ? ORDER BY d.starts_at, d.id"_s,
                            {since});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    return out;
}

void RosterService::add(const QString &areaCode, const QString &username, qint64 from, qint64 to)
{
    require(u"roster.edit"_s);
    if (to <= from)
        fail(ErrorCode::BadInput, u"roster: field 'to': must be after 'from'"_s);
    Transaction tx(db());
    const QVariant active = db().scalar(u"SELECT active FROM users WHERE username = ?"_s, {username});
    if (!active.isValid())
        fail(ErrorCode::NotFound, u"roster: field 'username': user '%1' does not exist"_s.arg(username));
    if (active.toInt() != 1)
        fail(ErrorCode::BadInput, u"roster: field 'username': user '%1' is disabled"_s.arg(username));
    const QVariant areaId = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    const qint64 id = db().insert(u"duty_roster"_s, {{u"area_id"_s, areaId}, {u"username"_s, username},
                                                     {u"starts_at"_s, from}, {u"ends_at"_s, to}});
    audit(u"roster.set"_s, u"roster"_s, QString::number(id), {{u"username"_s, username}, {u"from"_s, from}, {u"to"_s, to}}, areaCode);
    tx.commit();
}

QString RosterService::whoIsOnDuty(const QString &areaCode, qint64 at) const
{
    return db().scalar(u"SELECT d.username FROM duty_roster d LEFT JOIN areas a ON a.id = d.area_id "
                       "JOIN users u ON u.username = d.username AND u.active = 1 "
                       "WHERE d.starts_at <= ? AND d.ends_at > ? AND (a.code = ? OR d.area_id IS NULL) "
                       "ORDER BY CASE WHEN d.area_id IS NULL THEN 1 ELSE 0 END, d.starts_at DESC, d.id DESC LIMIT 1"_s,
                       {at, at, areaCode}).toString();
}

void RosterService::end(qint64 id)
{
    require(u"roster.edit"_s);
    Transaction tx(db());
    QSqlQuery q = db().exec(u"SELECT d.username, d.starts_at, d.ends_at, a.code FROM duty_roster d LEFT JOIN areas a ON a.id = d.area_id "
                            "WHERE d.id = ?"_s, {id});
    if (!q.next())
        fail(ErrorCode::NotFound, u"roster: entry %1 does not exist"_s.arg(id));
    const QString username = q.value(0).toString(), area = q.value(3).toString();
    const qint64 from = q.value(1).toLongLong(), to = q.value(2).toLongLong();
    const qint64 t = now();
    if (to <= t || to <= from)
        fail(ErrorCode::BadInput, u"roster: entry %1 (%2) is already over"_s.arg(id).arg(username));
    const qint64 newEnd = std::max(from, t); // not started yet: cancelled (covers nothing)
    db().exec(u"UPDATE duty_roster SET ends_at = ? WHERE id = ?"_s, {newEnd, id});
    audit(u"roster.end"_s, u"roster"_s, QString::number(id),
          {{u"username"_s, username}, {u"from"_s, from}, {u"to"_s, QJsonObject{{u"from"_s, to}, {u"to"_s, newEnd}}},
           {u"cancelled"_s, newEnd == from}},
          area);
    tx.commit();
}

QList<OnDutyNow> RosterService::onDuty(qint64 at) const
{
    require(u"data.read"_s);
        QList<OnDutyNow> out;
    OnDutyNow site;
    site.username = whoIsOnDuty({}, at);
    site.siteWide = true;
    QSqlQuery q = db().exec(u"SELECT code, name FROM areas ORDER BY code"_s);
    QList<std::pair<QString, QString>> areas;
    while (q.next())
        areas.append({q.value(0).toString(), q.value(1).toString()});
    out.append(site);
    for (const auto &[code, name] : std::as_const(areas)) {
        OnDutyNow o{code, name, whoIsOnDuty(code, at), false};
        o.siteWide = !o.username.isEmpty() && o.username == site.username
                     && !db().scalar(u"SELECT 1 FROM duty_roster d JOIN areas a ON a.id = d.area_id WHERE a.code = ? AND "
                                     "d.username = ? AND d.starts_at <= ? AND d.ends_at > ?"_s,
                                     {code, o.username, at, at}).isValid();
        out.append(o);
    }
    return out;
}

} // namespace gl
