// SPDX-License-Identifier: Apache-2.0
// PermitService: the permit card (everything a view or the ticket shows) and the electronic work ticket's
// canonical content, hash and verification.
#include "platform/services/SiteTime.h"
#include "modules/permits/logic/PermitService.h"
#include "platform/domain/States.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

QList<PermitWorkerInfo> workersOf(Database &db, qint64 permitId)
{
    QList<PermitWorkerInfo> out;
    QSqlQuery q = db.exec(u"SELECT pe.id, pe.code, pe.name, COALESCE(c.code, 'own') FROM permit_workers pw "
                          "JOIN people pe ON pe.id = pw.person_id LEFT JOIN contractors c ON c.id = pe.contractor_id "
                          "WHERE pw.permit_id = ? ORDER BY pe.code"_s, {permitId});
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        out.push_back({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QSqlQuery c = db.exec(u"SELECT kind, number, expires_on FROM certificates WHERE person_id = ? ORDER BY kind, number"_s, {ids.at(i)});
        while (c.next())
            out[i].certificates << u"%1 %2 (valid to %3)"_s.arg(c.value(0).toString(), c.value(1).toString(), c.value(2).toString());
    }
    return out;
}

} // namespace

QByteArray PermitService::canonicalContent(const QString &code) const
{
    const permits::PermitRecord p = load(code);
    QJsonArray polygon;
    for (const QPointF &pt : p.polygon)
        polygon.append(QJsonArray{pt.x(), pt.y()});
    QJsonArray workers;
    for (const PermitWorkerInfo &w : workersOf(db(), p.id))
        workers.append(QJsonObject{{u"code"_s, w.code}, {u"name"_s, w.name}, {u"contractor"_s, w.contractor},
                                   {u"certificates"_s, QJsonArray::fromStringList(w.certificates)}});
    const QStringList checks = storedChecks(p.id);
    QJsonArray signatures;
    QSqlQuery s = db().exec(u"SELECT step, signer, role, person_code, on_site, place, signed_at FROM permit_signoffs "
                            "WHERE permit_id = ? AND voided_at IS NULL ORDER BY position, id"_s, {p.id});
    while (s.next())
        signatures.append(QJsonObject{{u"step"_s, s.value(0).toString()}, {u"signer"_s, s.value(1).toString()},
                                      {u"role"_s, s.value(2).toString()}, {u"person"_s, s.value(3).toString()},
                                      {u"on_site"_s, s.value(4).toInt() != 0}, {u"place"_s, s.value(5).toString()},
                                      {u"signed_at"_s, s.value(6).toLongLong()}});
    QStringList cams;
    QSqlQuery k = db().exec(u"SELECT c.code FROM permit_cameras pc JOIN cameras c ON c.id = pc.camera_id WHERE pc.permit_id = ? "
                            "ORDER BY c.code"_s, {p.id});
    while (k.next())
        cams << k.value(0).toString();
    const QJsonObject o{{u"format"_s, u"guardline-permit-content"_s}, {u"version"_s, 1},
                        {u"code"_s, p.code}, {u"type"_s, p.type}, {u"grade"_s, p.grade}, {u"contractor"_s, p.contractor},
                        {u"area"_s, p.area}, {u"equipment"_s, p.equipment}, {u"title"_s, p.title}, {u"polygon"_s, polygon},
                        {u"z_min"_s, p.zMin}, {u"z_max"_s, p.zMax}, {u"starts_at"_s, p.startsAt}, {u"ends_at"_s, p.endsAt},
                        {u"guardian"_s, p.guardian}, {u"coordinator"_s, p.coordinator}, {u"workers"_s, workers},
                        {u"checks"_s, QJsonArray::fromStringList(checks)}, {u"sign_offs"_s, signatures},
                        {u"cameras"_s, QJsonArray::fromStringList(cams)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

QString PermitService::contentSha256(const QString &code) const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalContent(code), QCryptographicHash::Sha256).toHex());
}

PermitCard PermitService::card(const QString &code) const
{
    require(u"data.read"_s);
    PermitCard c;
    c.permit = load(code);
    const permits::PermitRecord &p = c.permit;
    c.rowVersion = db().scalar(u"SELECT row_version FROM permits WHERE id = ?"_s, {p.id}).toLongLong();
    c.effectiveGrade = rules().effectiveGrade(p.type, p.grade, p.startsAt, p.endsAt, siteTimeZone(db()));
    QSqlQuery q = db().exec(u"SELECT COALESCE(a.name_zh, a.name), COALESCE(k.name_zh, k.name), COALESCE(e.name_zh, e.name), g.name, "
                            "co.name, ua.display_name, uv.display_name FROM permits p JOIN areas a ON a.id = p.area_id "
                            "LEFT JOIN contractors k ON k.id = p.contractor_id LEFT JOIN equipment e ON e.id = p.equipment_id "
                            "LEFT JOIN people g ON g.id = p.guardian_id LEFT JOIN people co ON co.id = p.coordinator_id "
                            "LEFT JOIN users ua ON ua.id = p.applicant_id LEFT JOIN users uv ON uv.id = p.approver_id "
                            "WHERE p.id = ?"_s, {p.id});
    if (q.next()) {
        c.areaName = q.value(0).toString();
        c.contractorName = q.value(1).toString();
        c.equipmentName = q.value(2).toString();
        c.guardianName = q.value(3).toString();
        c.coordinatorName = q.value(4).toString();
        c.applicant = q.value(5).toString();
        c.approver = q.value(6).toString();
    }
    q.finish();
    c.checklist = rules().checklist(p.type);
    c.checksDone = storedChecks(p.id);
    c.signOffs = signOffs(code);
    c.nextStep = nextSignOff(code);
    if (const permits::SignOffStep *s = rules().signOff(c.nextStep))
        c.nextStepRoles = rules().signOffRoles(*s, c.effectiveGrade);
    QSqlQuery g = db().exec(u"SELECT sampled_at, lel_pct, o2_pct, toxic_ppm, passed, tester FROM gas_tests WHERE permit_id = ? "
                            "ORDER BY sampled_at DESC, id DESC"_s, {p.id});
    while (g.next())
        c.gasTests.push_back({g.value(0).toLongLong(), g.value(1).toDouble(), g.value(2).toDouble(), g.value(3).toDouble(),
                              g.value(4).toInt() != 0, g.value(5).toString()});
    c.workers = workersOf(db(), p.id);
    c.cameras = cameras(code);
    c.conflicts = conflictProblems(p, nullptr);
    if (p.state == u"draft"_s)
        c.problems = readinessProblems(p);
    else if (p.state == u"submitted"_s)
        c.problems = approveProblems(code);
    c.actions = actionsFrom(permitTransitions(), p.state);
    c.contentSha256 = contentSha256(code);
    QSqlQuery t = db().exec(u"SELECT issued_at, sha256 FROM permit_tickets WHERE permit_id = ? ORDER BY issued_at DESC, id DESC"_s, {p.id});
    if (t.next()) {
        c.lastTicketAt = t.value(0).toLongLong();
        c.lastTicketSha256 = t.value(1).toString();
    }
    return c;
}

TicketIssue PermitService::issueTicket(const QString &code)
{
    require(u"data.read"_s);
    Transaction tx(db());
    const permits::PermitRecord p = load(code);
    if (p.state != u"approved"_s && p.state != u"active"_s)
        fail(ErrorCode::Conflict, u"permit '%1' is %2: a work ticket is issued for an approved or active permit"_s.arg(code, p.state));
    QStringList problems = readinessProblems(p);
    problems << conflictProblems(p, nullptr);
    if (!problems.isEmpty())
        refuse(code, u"ticket"_s, problems);
    TicketIssue t;
    t.sha256 = contentSha256(code);
    t.qrText = u"guardline-permit:%1:%2"_s.arg(code, t.sha256);
    t.issuedAt = now();
    db().insert(u"permit_tickets"_s, {{u"permit_id"_s, p.id}, {u"sha256"_s, t.sha256}, {u"issued_at"_s, t.issuedAt},
                                      {u"issued_by"_s, actor().auditName()}});
    audit(u"permit.ticket"_s, u"permit"_s, code, {{u"sha256"_s, t.sha256}, {u"state"_s, p.state}}, p.area, p.equipment);
    t.card = card(code);
    tx.commit();
    return t;
}

bool PermitService::parseQrText(const QString &text, QString *code, QString *sha256)
{
    static const QRegularExpression re(u"^guardline-permit:([^:\\s]+):([0-9a-fA-F]{64})$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *code = m.captured(1);
    *sha256 = m.captured(2).toLower();
    return true;
}

TicketCheck PermitService::verifyTicket(const QString &code, const QString &sha256) const
{
    require(u"data.read"_s);
    TicketCheck r;
    r.code = code;
    const QString hash = sha256.trimmed().toLower();
    if (!QRegularExpression(u"^[0-9a-f]{64}$"_s).match(hash).hasMatch())
        fail(ErrorCode::BadInput, u"permit '%1': field 'hash': '%2' is not a SHA-256 (64 hex digits)"_s.arg(code, sha256));
    const permits::PermitRecord p = load(code);
    r.state = p.state;
    const QVariant issued = db().scalar(u"SELECT max(issued_at) FROM permit_tickets WHERE permit_id = ? AND sha256 = ?"_s, {p.id, hash});
    r.issuedAt = issued.isNull() ? 0 : issued.toLongLong();
    if (!r.issuedAt) {
        r.reason = u"not issued: no ticket of permit %1 carries this hash"_s.arg(code);
        return r;
    }
    if (contentSha256(code) != hash) {
        r.reason = u"changed since issue: the permit's content no longer matches the ticket"_s;
        return r;
    }
    if (p.state != u"approved"_s && p.state != u"active"_s) {
        r.reason = u"not valid for work: the permit is %1"_s.arg(p.state);
        return r;
    }
    r.valid = true;
    r.reason = u"valid"_s;
    return r;
}

} // namespace gl
