// SPDX-License-Identifier: Apache-2.0
// PermitService: sign-offs in the standard's order, checklists, camera binding, alarm-driven suspension and
// the gas-log lapses raised by housekeeping. (The lifecycle core is in PermitService.cpp, the ticket in PermitTicket.cpp.)
#include "platform/services/SiteTime.h"
#include "modules/dispatch/logic/OperationsService.h"
#include "modules/permits/logic/CameraCoverage.h"
#include "modules/permits/logic/PermitService.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gl {

QString signOrderText(const permits::Gb30871Rules &rules);

namespace {

/// The state a step is signed in: an action step's transition source; otherwise that of the next action step.
QString stateForStep(const permits::Gb30871Rules &rules, const QString &stepKey)
{
    const QList<permits::SignOffStep> &steps = rules.signOffs();
    qsizetype i = 0;
    while (i < steps.size() && steps.at(i).step != stepKey)
        ++i;
    for (; i < steps.size(); ++i) {
        if (steps.at(i).action.isEmpty())
            continue;
        for (const Transition &t : permitTransitions())
            if (QString::fromUtf16(t.action) == steps.at(i).action)
                return QString::fromUtf16(t.from);
    }
    return {};
}

/// Swaps in a system actor for the scope (automatic duties are audited as the system, whoever triggers them).
class SystemActorScope {
public:
    SystemActorScope(ServiceContext &ctx, const QString &name) : m_ctx(ctx), m_saved(ctx.actor) { ctx.actor = Actor::system(name); }
    ~SystemActorScope() { m_ctx.actor = m_saved; }

private:
    ServiceContext &m_ctx;
    Actor m_saved;
};

} // namespace

QStringList PermitService::doneSteps(qint64 permitId) const
{
    QStringList out;
    QSqlQuery q = db().exec(u"SELECT step FROM permit_signoffs WHERE permit_id = ? AND voided_at IS NULL ORDER BY position, id"_s,
                            {permitId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList PermitService::storedChecks(qint64 permitId) const
{
    QStringList out;
    QSqlQuery q = db().exec(u"SELECT item FROM permit_checks WHERE permit_id = ? ORDER BY item"_s, {permitId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void PermitService::signOff(const QString &code, const QString &stepKey, const SignOffInput &in, std::optional<qint64> expectedVersion)
{
    const permits::SignOffStep *step = rules().signOff(stepKey);
    if (!step) {
        fail(ErrorCode::BadInput, u"permit '%1': field 'step': '%2' is not a sign-off step (%3)"_s.arg(code, stepKey,
                                                                                                    signOrderText(rules())));
    }
    if (!in.onSite && !in.place.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"permit '%1': field 'place': a place is recorded with a signature at the work site (on_site); "
                                  "confirm being on site or leave the place empty"_s.arg(code));
    Transaction tx(db());
    const permits::PermitRecord p = loadForChange(code, expectedVersion);
    if (!step->action.isEmpty()) {
        const Transition *t = findTransition(permitTransitions(), p.state, step->action);
        if (!t)
            fail(ErrorCode::Conflict, u"permit '%1' is %2: '%3' is not possible (possible: %4)"_s.arg(
                                          code, p.state, step->action, actionsFrom(permitTransitions(), p.state).join(u", "_s)));
        require(QString::fromUtf16(t->permission));
    } else if (!PermissionMatrix::defaults().allows(actor().role, u"permit.apply"_s)) {
        require(u"permit.approve"_s);
    }
    const QStringList done = doneSteps(p.id);
    QStringList problems;
    if (done.contains(stepKey))
        fail(ErrorCode::Conflict, u"permit '%1': '%2' (%3) has already signed"_s.arg(code, stepKey, step->name));
    for (const permits::SignOffStep &s : rules().signOffs()) {
        if (s.step == stepKey)
            break;
        if (!done.contains(s.step))
            problems << u"sign-off: '%1' is out of order: '%2' (%3) signs first (the standard's order is %4)"_s.arg(
                stepKey, s.step, s.name, signOrderText(rules()));
    }
    const QString needState = stateForStep(rules(), stepKey);
    if (step->action.isEmpty() && !needState.isEmpty() && p.state != needState)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: '%3' (%4) signs while it is %5"_s.arg(code, p.state, stepKey, step->name, needState));
    const QString grade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, siteTimeZone(db()));
    const QStringList roles = rules().signOffRoles(*step, grade);
    if (step->action != u"approve"_s && !roles.contains(roleKey(actor().role))) // the approver's role is in approveProblems
        problems << u"signer: '%1' (%2) is signed by %3, not by '%4' (%5)"_s.arg(stepKey, step->name, roles.join(u" or "_s),
                                                                              actor().username, roleKey(actor().role));
    if (step->signer == u"guardian"_s && p.guardian.isEmpty())
        problems << u"signer: no guardian is named on the permit"_s;
    if (step->onSite && !in.onSite)
        problems << u"on site: '%1' (%2) signs at the work site (area %3): confirm being on site"_s.arg(stepKey, step->name, p.area);
    if (step->action == u"submit"_s)
        problems << readinessProblems(p);
    else if (step->action == u"approve"_s)
        problems << approveProblems(code);
    problems.removeDuplicates();
    if (!problems.isEmpty())
        refuse(code, step->action.isEmpty() ? u"sign-off "_s + stepKey : step->action, problems);

    // Where the signer says they were; nothing is made up when not given (stored as '', the column is NOT NULL).
    const QString place = in.place.trimmed().isEmpty() ? u""_s : in.place.trimmed();
    const QString sha = contentSha256(code);
    const qsizetype position = [&] {
        for (qsizetype i = 0; i < rules().signOffs().size(); ++i)
            if (rules().signOffs().at(i).step == stepKey)
                return i;
        return qsizetype(0);
    }();
    db().insert(u"permit_signoffs"_s, {{u"permit_id"_s, p.id}, {u"step"_s, stepKey}, {u"position"_s, int(position)},
                                       {u"user_id"_s, actor().userId ? QVariant(actor().userId) : QVariant()},
                                       {u"signer"_s, actor().auditName()}, {u"role"_s, roleKey(actor().role)},
                                       {u"person_code"_s, step->signer == u"guardian"_s ? QVariant(p.guardian) : QVariant()},
                                       {u"on_site"_s, in.onSite ? 1 : 0}, {u"place"_s, place},
                                       {u"note"_s, in.note.isEmpty() ? QVariant() : QVariant(in.note)}, {u"signed_at"_s, now()},
                                       {u"content_sha256"_s, sha}});
    const QJsonObject signature{{u"step"_s, stepKey}, {u"role"_s, roleKey(actor().role)}, {u"on_site"_s, in.onSite},
                                {u"place"_s, place}, {u"person"_s, step->signer == u"guardian"_s ? p.guardian : QString()},
                                {u"content_sha256"_s, sha}};
    if (step->action.isEmpty()) {
        // A signature changes what the permit card shows (the next step): a step taken on a view from before it
        // is refused like one after a state change (the trigger raises row_version only on UPDATE).
        db().exec(u"UPDATE permits SET row_version = row_version + 1 WHERE id = ?"_s, {p.id});
        QJsonObject details{{u"sign_off"_s, signature}};
        if (!in.note.isEmpty())
            details.insert(u"note"_s, in.note);
        audit(u"permit.sign_off"_s, u"permit"_s, code, details, p.area, p.equipment);
    } else {
        QJsonObject details{{u"sign_off"_s, signature}};
        if (step->action == u"approve"_s) {
            QJsonArray coordinated;
            conflictProblems(p, &coordinated);
            if (!coordinated.isEmpty())
                details.insert(u"coordinated_conflicts"_s, QJsonObject{{u"coordinator"_s, p.coordinator}, {u"conflicts"_s, coordinated}});
            // Bind the cameras that cover the work now; the ticket and the video wall show them.
            QJsonArray bound;
            db().exec(u"DELETE FROM permit_cameras WHERE permit_id = ?"_s, {p.id});
            for (const PermitCamera &c : coveringCameras(p)) {
                if (!c.onlineCapable)
                    continue;
                const qint64 camId = idOf(u"cameras"_s, c.code, u"camera"_s);
                db().exec(u"INSERT INTO permit_cameras (permit_id, camera_id, distance_m, bound_at) VALUES (?, ?, ?, ?)"_s,
                          {p.id, camId, c.distance, now()});
                bound.append(c.code);
            }
            if (!bound.isEmpty())
                details.insert(u"cameras"_s, bound);
        }
        transition(p, step->action, in.note, details);
    }
    tx.commit();
}

QString PermitService::signNext(const QString &code, const SignOffInput &in, std::optional<qint64> expectedVersion)
{
    const permits::PermitRecord p = load(code);
    const QString next = nextSignOff(code);
    const permits::SignOffStep *step = rules().signOff(next);
    if (!step)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: no sign-off is due (the standard's order is %3)"_s.arg(code, p.state,
                                                                                                          signOrderText(rules())));
    if (!step->action.isEmpty())
        fail(ErrorCode::Conflict, u"permit '%1' is %2: the next signature, '%3' (%4), is the '%5' step itself: %5 the permit"_s.arg(
                                      code, p.state, step->step, step->name, step->action));
    signOff(code, next, in, expectedVersion);
    return next;
}

QList<SignOffRecord> PermitService::signOffs(const QString &code) const
{
    const qint64 id = idOf(u"permits"_s, code, u"permit"_s);
    QList<SignOffRecord> out;
    QSqlQuery q = db().exec(u"SELECT s.step, s.signer, COALESCE(u.display_name, s.signer), s.role, s.person_code, s.on_site, s.place, "
                            "s.note, s.signed_at, s.content_sha256 FROM permit_signoffs s LEFT JOIN users u ON u.id = s.user_id "
                            "WHERE s.permit_id = ? AND s.voided_at IS NULL ORDER BY s.position, s.id"_s, {id});
    while (q.next()) {
        SignOffRecord r;
        r.step = q.value(0).toString();
        if (const permits::SignOffStep *s = rules().signOff(r.step)) {
            r.name = s->name;
            r.nameZh = s->nameZh;
        }
        r.signer = q.value(1).toString();
        r.signerName = q.value(2).toString();
        r.role = q.value(3).toString();
        r.person = q.value(4).toString();
        r.onSite = q.value(5).toInt() != 0;
        r.place = q.value(6).toString();
        r.note = q.value(7).toString();
        r.signedAt = q.value(8).toLongLong();
        r.contentSha256 = q.value(9).toString();
        out << r;
    }
    return out;
}

QString PermitService::nextSignOff(const QString &code) const
{
    const permits::PermitRecord p = load(code);
    const QStringList done = doneSteps(p.id);
    for (const permits::SignOffStep &s : rules().signOffs()) {
        if (done.contains(s.step))
            continue;
        return stateForStep(rules(), s.step) == p.state ? s.step : QString();
    }
    return {};
}

void PermitService::setChecks(const QString &code, const QStringList &itemKeys, std::optional<qint64> expectedVersion)
{
    require(u"permit.apply"_s);
    Transaction tx(db());
    const permits::PermitRecord p = loadForChange(code, expectedVersion);
    if (p.state != u"draft"_s && p.state != u"submitted"_s)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: the safety measures are confirmed before approval"_s.arg(code, p.state));
    QStringList known;
    for (const permits::ChecklistItem &item : rules().checklist(p.type))
        known << item.key;
    for (const QString &k : itemKeys)
        if (!known.contains(k))
            fail(ErrorCode::BadInput, u"permit '%1': field 'checks': '%2' is not an item of the %3 checklist (%4)"_s.arg(
                                          code, k, p.type, known.join(u", "_s)));
    db().exec(u"DELETE FROM permit_checks WHERE permit_id = ?"_s, {p.id});
    for (const QString &k : itemKeys)
        db().exec(u"INSERT INTO permit_checks (permit_id, item, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?)"_s,
                  {p.id, k, actor().auditName(), now()});
    // The card shows the checklist: a step taken on a view from before this change is refused like one after
    // a state change.
    db().exec(u"UPDATE permits SET row_version = row_version + 1 WHERE id = ?"_s, {p.id});
    audit(u"permit.checks"_s, u"permit"_s, code, {{u"checks"_s, QJsonArray::fromStringList(itemKeys)}}, p.area, p.equipment);
    tx.commit();
}

void PermitService::confirmChecksAndSign(const QString &code, const QStringList &itemKeys, const QString &step, const SignOffInput &in,
                                         std::optional<qint64> expectedVersion)
{
    Transaction tx(db());
    const permits::PermitRecord p = loadForChange(code, expectedVersion); // the row stays locked to the commit
    QStringList stored = storedChecks(p.id), wanted = itemKeys;
    stored.sort(); // both in Qt's order: the store's collation may differ (PostgreSQL's locale)
    wanted.sort();
    if (stored != wanted)
        setChecks(code, itemKeys); // raises the version the signature below would otherwise expect
    signOff(code, step, in, std::nullopt); // checked above, in this transaction
    tx.commit();
}

QStringList PermitService::checklistProblems(const permits::PermitRecord &p) const
{
    const QStringList done = storedChecks(p.id);
    QStringList out;
    for (const permits::ChecklistItem &item : rules().checklist(p.type))
        if (!done.contains(item.key))
            out << u"checklist: '%1' (%2) is not confirmed"_s.arg(item.key, item.text);
    return out;
}

QList<PermitCamera> PermitService::coveringCameras(const permits::PermitRecord &p) const
{
    QList<permits::CameraPlacement> all;
    QSqlQuery q = db().exec(u"SELECT c.code, c.name, a.code, c.url, c.x, c.y, c.z, c.yaw, c.pitch, c.fov, c.range_m FROM cameras c "
                            "LEFT JOIN areas a ON a.id = c.area_id ORDER BY c.code"_s);
    while (q.next())
        all.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toDouble(),
                       q.value(8).toDouble(), q.value(9).toDouble(), q.value(10).toDouble()});
    QList<PermitCamera> out;
    for (const permits::CameraCover &c : permits::camerasCovering(all, p.polygon, p.zMin, p.zMax))
        out.push_back({c.code, c.name, c.area, c.distance, c.onlineCapable, false});
    return out;
}

QList<PermitCamera> PermitService::cameras(const QString &code) const
{
    require(u"data.read"_s);
    const permits::PermitRecord p = load(code);
    QList<PermitCamera> out;
    QSqlQuery q = db().exec(u"SELECT c.code, c.name, a.code, pc.distance_m, c.url FROM permit_cameras pc JOIN cameras c ON c.id = pc.camera_id "
                            "LEFT JOIN areas a ON a.id = c.area_id WHERE pc.permit_id = ? ORDER BY pc.distance_m, c.code"_s, {p.id});
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                       permits::feedUrlOnlineCapable(q.value(4).toString()), true});
    return out.isEmpty() ? coveringCameras(p) : out;
}

QStringList PermitService::cameraProblems(const permits::PermitRecord &p) const
{
    const QString grade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, siteTimeZone(db()));
    if (!rules().needsCameras(p.type, grade))
        return {};
    const QList<PermitCamera> covering = coveringCameras(p);
    const auto online = std::count_if(covering.cbegin(), covering.cend(), [](const PermitCamera &c) { return c.onlineCapable; });
    if (online >= rules().minCameras())
        return {};
    QStringList seen;
    for (const PermitCamera &c : covering)
        seen << c.code + (c.onlineCapable ? QString() : u" (no usable feed URL)"_s);
    return {u"cameras: %1 %2 is bound to at least %3 online-capable camera(s) covering its work area; %4"_s
                .arg(grade, p.type).arg(rules().minCameras())
                .arg(seen.isEmpty() ? u"no camera covers it: add or aim a camera, or move the work"_s
                                    : u"covering: "_s + seen.join(u", "_s))};
}

void PermitService::suspendAs(const permits::PermitRecord &p, const QString &reason, qint64 alarmId, const QJsonObject &extra)
{
    db().exec(u"UPDATE permits SET row_version = row_version + 1, state = 'suspended', suspended_at = ?, suspend_reason = ?, suspend_alarm_id = ?, updated_at = ? "
              "WHERE id = ?"_s, {now(), reason, alarmId ? QVariant(alarmId) : QVariant(), now(), p.id});
    QJsonObject details = extra;
    details.insert(u"state"_s, QJsonObject{{u"from"_s, p.state}, {u"to"_s, u"suspended"_s}});
    details.insert(u"reason"_s, reason);
    if (alarmId)
        details.insert(u"alarm"_s, alarmId);
    audit(u"permit.suspend"_s, u"permit"_s, p.code, details, p.area, p.equipment);
}

QStringList PermitService::suspendForAlarm(qint64 alarmId, const QString &ruleId, const QString &tag, const QString &severity,
                                           const QString &areaCode)
{
    if (areaCode.isEmpty())
        return {};
    const QString kind = tag.isEmpty() ? QString() : db().scalar(u"SELECT kind FROM sensors WHERE tag = ?"_s, {tag}).toString();
    if (!rules().alarmSuspends(severity, ruleId, kind))
        return {};
    QStringList codes;
    QSqlQuery q = db().exec(u"SELECT p.code FROM permits p JOIN areas a ON a.id = p.area_id WHERE a.code = ? AND p.state = 'active' "
                            "ORDER BY p.code"_s, {areaCode});
    while (q.next())
        codes << q.value(0).toString();
    if (codes.isEmpty())
        return codes;
    SystemActorScope system(m_ctx, u"alarm-suspension"_s);
    Transaction tx(db());
    for (const QString &code : codes)
        suspendAs(load(code), u"alarm"_s, alarmId,
                  {{u"rule"_s, ruleId}, {u"tag"_s, tag}, {u"severity"_s, severity}, {u"sensor_kind"_s, kind},
                   {u"note"_s, u"%1 alarm %2 (%3) in area %4: work stops until a new passing gas test"_s.arg(severity).arg(alarmId)
                                   .arg(ruleId, areaCode)}});
    tx.commit();
    return codes;
}

QStringList PermitService::raiseGasLogLapses(qint64 nowMs)
{
    QStringList out;
    for (const QString &code : gasLogsOverdue(nowMs)) {
        const permits::PermitRecord p = load(code);
        const permits::TypeRules *type = rules().type(p.type);
        const QVariant last = db().scalar(u"SELECT max(sampled_at) FROM gas_tests WHERE permit_id = ? AND passed = 1"_s, {p.id});
        const qint64 lastAt = last.isNull() ? 0 : last.toLongLong();
        if (db().scalar(u"SELECT count(*) FROM permit_gas_lapses WHERE permit_id = ? AND last_sample_at = ?"_s, {p.id, lastAt}).toInt())
            continue; // this lapse already raised its alarm
        const qint64 dueAt = lastAt ? lastAt + qint64(type->gasLogIntervalMin) * 60'000 : p.startsAt;
        SystemActorScope system(m_ctx, u"permit-gas-log"_s);
        Transaction tx(db());
        const QString message = lastAt
            ? u"permit %1 (%2): gas not logged since %3; GB 30871-2022 logs it every %4 min"_s.arg(
                  code, p.type, siteTimeText(lastAt, siteTimeZone(db()))).arg(type->gasLogIntervalMin)
            : u"permit %1 (%2): no passing gas test logged; GB 30871-2022 logs it every %3 min"_s.arg(code, p.type).arg(type->gasLogIntervalMin);
        // The same in Chinese, the work type by its Chinese name: a zh interface shows it (issue 16 item 9).
        const QString typeZh = permits::typeNameZh(p.type);
        const QString messageZh = lastAt
            ? u"作业票 %1（%2）：自 %3 起未记录气体检测；GB 30871-2022 要求每 %4 分钟记录一次"_s.arg(
                  code, typeZh, siteTimeText(lastAt, siteTimeZone(db()))).arg(type->gasLogIntervalMin)
            : u"作业票 %1（%2）：尚无合格的气体检测记录；GB 30871-2022 要求每 %3 分钟记录一次"_s.arg(code, typeZh).arg(type->gasLogIntervalMin);
        const qint64 alarmId = OperationsService(m_ctx).raiseAlarm(u"permit-gas-log-overdue"_s, code, rules().gasLogOverdueSeverity(),
                                                                   p.area, message, dueAt, 0, messageZh);
        db().exec(u"INSERT INTO permit_gas_lapses (permit_id, last_sample_at, due_at, alarm_id) VALUES (?, ?, ?, ?)"_s,
                  {p.id, lastAt, dueAt, alarmId});
        if (rules().gasLogOverdueSuspends() && state(code) == u"active"_s)
            suspendAs(load(code), u"gas_log_overdue"_s, alarmId,
                      {{u"last_sample_at"_s, lastAt}, {u"due_at"_s, dueAt}, {u"note"_s, message}});
        tx.commit();
        out << code;
    }
    return out;
}

} // namespace gl
