// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/logic/PermitRecord.h"
#include "platform/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::permits {

std::optional<PermitRecord> PermitRecord::load(Database &db, const QString &code)
{
    QSqlQuery q = db.exec(
        u"SELECT p.id, p.code, p.type, p.grade, p.state, c.code, a.code, e.code, p.title, p.polygon, p.z_min, p.z_max, "
        "p.starts_at, p.ends_at, p.suspended_at, g.code, k.code, p.suspend_reason, p.suspend_alarm_id FROM permits p JOIN areas a ON a.id = p.area_id "
        "LEFT JOIN contractors c ON c.id = p.contractor_id LEFT JOIN equipment e ON e.id = p.equipment_id "
        "LEFT JOIN people g ON g.id = p.guardian_id LEFT JOIN people k ON k.id = p.coordinator_id WHERE p.code = ?"_s,
        {code});
    if (!q.next())
        return std::nullopt;
    PermitRecord r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.type = q.value(2).toString();
    r.grade = q.value(3).toString();
    r.state = q.value(4).toString();
    r.contractor = q.value(5).isNull() ? u"own"_s : q.value(5).toString();
    r.area = q.value(6).toString();
    r.equipment = q.value(7).toString();
    r.title = q.value(8).toString();
    for (const QJsonValue &pt : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
        r.polygon << QPointF(pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble());
    r.zMin = q.value(10).toDouble();
    r.zMax = q.value(11).toDouble();
    r.startsAt = q.value(12).toLongLong();
    r.endsAt = q.value(13).toLongLong();
    r.suspendedAt = q.value(14).toLongLong();
    r.guardian = q.value(15).toString();
    r.coordinator = q.value(16).toString();
    r.suspendReason = q.value(17).toString();
    r.suspendAlarmId = q.value(18).toLongLong();
    q.finish(); // one active result at a time (PostgreSQL)
    QSqlQuery w = db.exec(u"SELECT pe.code FROM permit_workers pw JOIN people pe ON pe.id = pw.person_id "
                          "WHERE pw.permit_id = ? ORDER BY pe.code"_s, {r.id});
    while (w.next())
        r.workers << w.value(0).toString();
    return r;
}

conflicts::Permit PermitRecord::toConflictPermit() const
{
    conflicts::Permit p;
    p.id = code;
    p.type = conflicts::workTypeFromName(type);
    p.contractor = contractor;
    std::vector<conflicts::Point> pts;
    pts.reserve(size_t(polygon.size()));
    for (const QPointF &pt : polygon)
        pts.push_back({pt.x(), pt.y()});
    p.area = {conflicts::Polygon(std::move(pts)), zMin, zMax};
    p.start.msecs = startsAt;
    p.end.msecs = endsAt;
    return p;
}

} // namespace gl::permits
