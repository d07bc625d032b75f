// SPDX-License-Identifier: Apache-2.0
// HazardService's reads: a hazard's detail (photos, tasks, history), its code, the open tasks.
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/logic/HazardJson.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gl {

using namespace hazardjson;

HazardDetail HazardService::detail(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(
        u"SELECT h.code, h.category, h.grade, h.state, a.code, e.code, e.qr_id, h.description, u.username, p.name, rp.code, "
        "h.face_review, h.escalation_order, h.criteria, h.plan, h.defect_region, h.reported_at, h.deadline_at, h.closed_at, "
        "h.overdue_at, h.updated_at, h.reopen_count, h.id, h.row_version FROM hazards h JOIN areas a ON a.id = h.area_id "
        "LEFT JOIN equipment e ON e.id = h.equipment_id LEFT JOIN users u ON u.id = h.reporter_id "
        "LEFT JOIN people p ON p.id = h.assignee_id LEFT JOIN people rp ON rp.id = h.responsible_id WHERE h.code = ?"_s,
        {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"hazard '%1' does not exist"_s.arg(code));
    HazardDetail d;
    d.code = q.value(0).toString();
    d.category = q.value(1).toString();
    d.grade = q.value(2).toString();
    d.state = q.value(3).toString();
    d.rowVersion = q.value(23).toLongLong();
    d.area = q.value(4).toString();
    d.equipment = q.value(5).toString();
    d.equipmentQr = q.value(6).toString();
    d.description = q.value(7).toString();
    d.reporter = q.value(8).toString();
    d.assignee = q.value(9).toString();
    d.responsible = q.value(10).toString();
    d.faceReview = q.value(11).toString();
    d.escalationOrder = q.value(12).toString();
    d.criteria = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
    d.plan = parseObject(q.value(14));
    d.defectRegion = rectFromText(q.value(15).toString());
    d.reportedAt = q.value(16).toLongLong();
    d.deadlineAt = q.value(17).toLongLong();
    d.closedAt = q.value(18).toLongLong();
    d.overdueAt = q.value(19).toLongLong();
    d.updatedAt = q.value(20).toLongLong();
    d.reopenCount = q.value(21).toInt();
    const qint64 id = q.value(22).toLongLong();
    d.actions = actionsFrom(hazardTransitions(), d.state);
    QSqlQuery ph = db().exec(u"SELECT p.kind, p.sha256, p.file_name, p.exif_time, p.added_by, s.format, p.taken_at, p.created_at, "
                             "p.width, p.height, p.check_result FROM hazard_photos p LEFT JOIN photo_store s ON s.sha256 = p.sha256 "
                             "WHERE p.hazard_id = ? ORDER BY p.id"_s, {id});
    while (ph.next()) {
        HazardPhotoInfo i;
        i.kind = ph.value(0).toString();
        i.sha256 = ph.value(1).toString();
        i.fileName = ph.value(2).toString();
        i.exifTime = ph.value(3).toString();
        i.addedBy = ph.value(4).toString();
        i.format = ph.value(5).toString();
        i.takenAt = ph.value(6).toLongLong();
        i.createdAt = ph.value(7).toLongLong();
        i.width = ph.value(8).toInt();
        i.height = ph.value(9).toInt();
        i.check = parseObject(ph.value(10));
        d.photos << i;
    }
    QSqlQuery tq = db().exec(u"SELECT t.id, t.kind, u.username, t.due_at, t.created_at, t.done_at, t.outcome FROM hazard_tasks t "
                             "LEFT JOIN users u ON u.id = t.assignee_id WHERE t.hazard_id = ? ORDER BY t.id"_s, {id});
    while (tq.next())
        d.tasks << HazardTask{tq.value(0).toLongLong(), d.code, tq.value(1).toString(), tq.value(2).toString(),
                              tq.value(3).toLongLong(), tq.value(4).toLongLong(), tq.value(5).toLongLong(), tq.value(6).toString()};
    QSqlQuery aq = db().exec(u"SELECT ts_utc, actor, action, details FROM audit_log WHERE object_type = 'hazard' AND object_id = ? "
                             "ORDER BY seq"_s, {code});
    while (aq.next())
        d.history << HazardDetail::Event{aq.value(0).toLongLong(), aq.value(1).toString(), aq.value(2).toString(), aq.value(3).toString()};
    return d;
}

QString HazardService::codeOf(qint64 id) const
{
    require(u"data.read"_s);
    const QVariant v = db().scalar(u"SELECT code FROM hazards WHERE id = ?"_s, {id});
    if (!v.isValid())
        fail(ErrorCode::NotFound, u"hazard #%1 does not exist"_s.arg(id));
    return v.toString();
}
QList<HazardTask> HazardService::openTasks(const QString &username) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT t.id, h.code, t.kind, u.username, t.due_at, t.created_at FROM hazard_tasks t "
                            "JOIN hazards h ON h.id = t.hazard_id LEFT JOIN users u ON u.id = t.assignee_id "
                            "WHERE t.done_at IS NULL AND (? = '' OR u.username = ?) ORDER BY t.due_at"_s,
                            {username, username});
    QList<HazardTask> out;
    while (q.next())
        out << HazardTask{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toLongLong(), 0, {}};
    return out;
}

} // namespace gl
