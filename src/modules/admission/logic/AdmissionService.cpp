// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/AdmissionService.h"
#include "modules/admission/logic/AdmissionPlugins.h"
#include "modules/admission/logic/CheckinWatermark.h"
#include "modules/admission/logic/ContractorService.h"
#include "modules/permits/logic/Gb30871Rules.h"
#include "modules/permits/logic/PermitRecord.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Database.h"
#include "platform/util/Files.h"
#include "platform/util/Log.h"
#include "platform/util/Timestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
QString iso(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QVariant isoOrNull(QDate d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QJsonObject readJsonObject(const QByteArray &bytes, const QString &source)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        fail(ErrorCode::BadInput, u"%1: not a JSON object (%2 at offset %3)"_s.arg(source, e.errorString()).arg(e.offset));
    return doc.object();
}

// Convex hull (Andrew's monotone chain), counter-clockwise.
QList<QPointF> convexHull(QList<QPointF> pts)
{
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    if (pts.size() < 3)
        return pts;
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> h(2 * pts.size());
    qsizetype k = 0;
    for (qsizetype i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (qsizetype i = pts.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    h.resize(k - 1);
    return h;
}

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

/// Distance from p to the polygon (0 inside).
double distanceToPolygon(const QList<QPointF> &poly, QPointF p)
{
    if (poly.size() < 3)
        return 1e12;
    if (site::contains(poly, p))
        return 0;
    double d = 1e12;
    for (qsizetype i = 0; i < poly.size(); ++i)
        d = std::min(d, segmentDistance(p, poly[i], poly[(i + 1) % poly.size()]));
    return d;
}

QString registryStateKey(sdk::RegistryAnswer::State s)
{
    switch (s) {
    case sdk::RegistryAnswer::State::Verified: return u"verified"_s;
    case sdk::RegistryAnswer::State::Mismatch: return u"mismatch"_s;
    case sdk::RegistryAnswer::State::NotFound: return u"mismatch"_s;
    case sdk::RegistryAnswer::State::Unverified: break;
    }
    return u"unverified"_s;
}

} // namespace

// ---------------------------------------------------------------------------------------------- config

AdmissionConfig AdmissionConfig::fromJson(const QJsonObject &o, const QString &source)
{
    AdmissionConfig c;
    auto number = [&](const QJsonObject &sec, const QString &secName, const QString &key, double def, double min, double max) {
        const QJsonValue v = sec.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            fail(ErrorCode::BadInput, u"%1: field '%2.%3': must be a number from %4 to %5"_s.arg(source, secName, key).arg(min).arg(max));
        return v.toDouble();
    };
    const QJsonObject d = o.value(u"documents"_s).toObject(), k = o.value(u"checkin"_s).toObject(), r = o.value(u"registry"_s).toObject();
    c.maxPdfBytes = qint64(number(d, u"documents"_s, u"max_pdf_mb"_s, 20, 0.01, 1024) * 1024 * 1024);
    c.warnDays = int(number(d, u"documents"_s, u"warn_days"_s, 30, 0, 365));
    c.taskLeadDays = int(number(d, u"documents"_s, u"task_lead_days"_s, 45, 0, 365));
    c.insuranceMonths = int(number(d, u"documents"_s, u"insurance_months"_s, 6, 0, 60));
    c.maxAccuracyM = number(k, u"checkin"_s, u"max_accuracy_m"_s, 15, 1, 1000);
    c.photoSkewS = int(number(k, u"checkin"_s, u"photo_skew_s"_s, 300, 1, 86400));
    c.geofenceMarginM = number(k, u"checkin"_s, u"geofence_margin_m"_s, 25, 0, 5000);
    c.onSiteHours = int(number(k, u"checkin"_s, u"on_site_hours"_s, 14, 1, 72));
    c.maxPhotoBytes = qint64(number(k, u"checkin"_s, u"max_photo_mb"_s, 12, 0.01, 256) * 1024 * 1024);
    c.registryCacheHours = int(number(r, u"registry"_s, u"cache_hours"_s, 24, 0, 24 * 365));
    c.registry = r;
    c.accessControl = o.value(u"access_control"_s).toObject();
    return c;
}

AdmissionConfig AdmissionConfig::load()
{
    QFile def(u":/guardline/config/admission.json"_s);
    QJsonObject o;
    if (def.open(QIODevice::ReadOnly))
        o = readJsonObject(def.readAll(), u"admission.json"_s);
    const QString path = qEnvironmentVariable("GUARDLINE_ADMISSION_CONFIG");
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"%1: cannot read the admission configuration (%2)"_s.arg(path, f.errorString()));
        const QJsonObject site = readJsonObject(f.readAll(), path);
        for (auto it = site.begin(); it != site.end(); ++it) {
            QJsonObject merged = o.value(it.key()).toObject();
            const QJsonObject sec = it.value().toObject();
            for (auto s = sec.begin(); s != sec.end(); ++s)
                merged.insert(s.key(), s.value());
            o.insert(it.key(), merged);
        }
        return fromJson(o, path);
    }
    return fromJson(o, u"admission.json"_s);
}

// ---------------------------------------------------------------------------------------------- common

void AdmissionService::refuse(const QString &action, const QString &objectType, const QString &objectId, QJsonObject details,
                              ErrorCode code, const QString &message)
{
    details.insert(u"reason"_s, message);
    try {
        Transaction tx(db());
        audit(action, objectType, objectId, details);
        tx.commit();
    } catch (const Error &e) {
        qCWarning(lcServices).noquote() << "could not audit the refusal" << action << objectId << ":" << e.message();
    }
    fail(code, message);
}

QString AdmissionService::storeBlob(const QByteArray &content, const QString &mediaType)
{
    const QString sha = sha256Hex(content);
    if (db().scalar(u"SELECT count(*) FROM content_blobs WHERE sha256 = ?"_s, {sha}).toInt() == 0)
        db().exec(u"INSERT INTO content_blobs (sha256, media_type, size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {sha, mediaType, qint64(content.size()), content, now()});
    return sha;
}

// ---------------------------------------------------------------------------------------------- documents

qint64 AdmissionService::uploadDocumentFile(const QString &contractorCode, DocumentUpload in, const QString &path, const PdfInspector &inspect)
{
    in.fileName = QFileInfo(path).fileName();
    in.content = readUserFile(path, m_config.maxPdfBytes + 1);
    return uploadDocument(contractorCode, in, inspect);
}

qint64 AdmissionService::uploadDocument(const QString &contractorCode, const DocumentUpload &in, const PdfInspector &inspect)
{
    require(u"contractor.edit"_s);
    const QJsonObject what{{u"kind"_s, in.kind}, {u"file"_s, in.fileName}, {u"size_bytes"_s, qint64(in.content.size())}};
    auto no = [&](const QString &field, const QString &why) {
        refuse(u"contractor.document.refuse"_s, u"contractor"_s, contractorCode, what, ErrorCode::BadInput,
               u"%1: field '%2': %3"_s.arg(in.fileName.isEmpty() ? contractorCode : in.fileName, field, why));
    };
    if (!db().scalar(u"SELECT id FROM contractors WHERE code = ?"_s, {contractorCode}).isValid())
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    if (!ContractorService::documentKinds().contains(in.kind))
        no(u"kind"_s, u"'%1' is not one of %2"_s.arg(in.kind, ContractorService::documentKinds().join(u", "_s)));
    if (in.content.isEmpty())
        no(u"file"_s, u"the file is empty"_s);
    if (in.content.size() > m_config.maxPdfBytes)
        no(u"file"_s, u"%1 MB is over the limit of %2 MB"_s.arg(double(in.content.size()) / 1048576.0, 0, 'f', 1)
                          .arg(double(m_config.maxPdfBytes) / 1048576.0, 0, 'f', 1));
    if (!in.content.startsWith("%PDF-"))
        no(u"file"_s, u"not a PDF (it does not start with %PDF-)"_s);
    if (!in.issuedOn.isValid())
        no(u"issued_on"_s, u"the issue date is required"_s);
    if (!in.expiresOn.isValid())
        no(u"expires_on"_s, u"the expiry date is required"_s);
    if (in.expiresOn < in.issuedOn)
        no(u"expires_on"_s, u"%1 is before the issue date %2"_s.arg(iso(in.expiresOn), iso(in.issuedOn)));
    // An expired document or a short insurance proof is stored: it is the record of what the company
    // handed in, and the admission rule (ContractorAdmission.h) names it as the reason it is not admitted.
    QDate coversFrom = in.coversFrom, coversTo = in.coversTo;
    if (in.kind != u"injury_insurance"_s && (coversFrom.isValid() || coversTo.isValid()))
        no(u"covers_from"_s, u"only an injury_insurance payment proof states the period it covers"_s);
    if (in.kind == u"injury_insurance"_s) {
        if (coversFrom.isValid() != coversTo.isValid())
            no(coversFrom.isValid() ? u"covers_to"_s : u"covers_from"_s, u"give both ends of the covered period"_s);
        if (!coversFrom.isValid()) { // without a stated period, the proof covers its issue..expiry days
            coversFrom = in.issuedOn;
            coversTo = in.expiresOn;
        }
        if (coversTo < coversFrom)
            no(u"covers_to"_s, u"%1 is before covers_from %2"_s.arg(iso(coversTo), iso(coversFrom)));
    }
    if (!inspect)
        fail(ErrorCode::Storage, u"no PDF checker is available to validate '%1'"_s.arg(in.fileName));
    const PdfFacts facts = inspect(in.content);
    if (!facts.problem.isEmpty())
        no(u"file"_s, facts.problem);

    Transaction tx(db());
    const qint64 cid = idOf(u"contractors"_s, contractorCode, u"contractor"_s);
    const QString sha = storeBlob(in.content, u"application/pdf"_s);
    db().exec(u"UPDATE contractor_documents SET superseded_at = ? WHERE contractor_id = ? AND kind = ? AND superseded_at IS NULL"_s,
              {now(), cid, in.kind});
    const qint64 id = db().insert(u"contractor_documents"_s,
                                  {{u"contractor_id"_s, cid}, {u"kind"_s, in.kind}, {u"file_name"_s, in.fileName}, {u"sha256"_s, sha},
                                   {u"size_bytes"_s, qint64(in.content.size())}, {u"pages"_s, facts.pages},
                                   {u"issued_on"_s, iso(in.issuedOn)}, {u"expires_on"_s, iso(in.expiresOn)},
                                   {u"covers_from"_s, isoOrNull(coversFrom)}, {u"covers_to"_s, isoOrNull(coversTo)}, {u"created_at"_s, now()}});
    // Renewal closes the coordinator's open tasks about this kind of document.
    db().exec(u"UPDATE contractor_tasks SET state = 'done', closed_at = ? WHERE state = 'open' AND contractor_id = ? "
              "AND kind IN ('document_expiry','document_missing') AND object_ref = ?"_s,
              {now(), cid, in.kind});
    audit(u"contractor.document.add"_s, u"contractor"_s, contractorCode,
          {{u"kind"_s, in.kind}, {u"file"_s, in.fileName}, {u"sha256"_s, sha}, {u"pages"_s, facts.pages},
           {u"issued_on"_s, iso(in.issuedOn)}, {u"expires_on"_s, iso(in.expiresOn)}, {u"covers_from"_s, iso(coversFrom)},
           {u"covers_to"_s, iso(coversTo)}});
    tx.commit();
    return id;
}

Table AdmissionService::documents(const QString &contractorCode, QDate today) const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"file_name"_s, u"sha256"_s, u"size_bytes"_s, u"pages"_s, u"issued_on"_s, u"expires_on"_s, u"state"_s,
             u"stored"_s},
            {}};
    QSqlQuery q = db().exec(u"SELECT d.id, d.kind, d.file_name, d.sha256, d.size_bytes, d.pages, d.issued_on, d.expires_on, "
                            "d.superseded_at, (SELECT count(*) FROM content_blobs b WHERE b.sha256 = d.sha256) + "
                            "(CASE WHEN d.content IS NULL THEN 0 ELSE 1 END) FROM contractor_documents d "
                            "JOIN contractors c ON c.id = d.contractor_id WHERE c.code = ? ORDER BY d.superseded_at IS NOT NULL, d.kind, d.id DESC"_s,
                            {contractorCode});
    while (q.next()) {
        const QString state = q.value(8).isNull() ? validityOf(dateOf(q.value(7)), today, m_config.warnDays) : u"superseded"_s;
        t.rows << QVariantList{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(), state,
                               q.value(9).toInt() > 0};
    }
    return t;
}

QByteArray AdmissionService::documentContent(qint64 documentId) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT d.sha256, b.content, d.content, d.file_name FROM contractor_documents d "
                            "LEFT JOIN content_blobs b ON b.sha256 = d.sha256 WHERE d.id = ?"_s,
                            {documentId});
    if (!q.next())
        fail(ErrorCode::NotFound, u"document %1 does not exist"_s.arg(documentId));
    const QString sha = q.value(0).toString(), file = q.value(3).toString();
    const QByteArray content = !q.value(1).isNull() ? q.value(1).toByteArray() : q.value(2).toByteArray();
    if (content.isEmpty())
        fail(ErrorCode::NotFound, u"document '%1': only its record is kept (no file in the store)"_s.arg(file));
    if (sha256Hex(content) != sha)
        fail(ErrorCode::Storage, u"document '%1': the stored file does not match its SHA-256 %2"_s.arg(file, sha));
    return content;
}

QStringList AdmissionService::missingDocuments(const QString &contractorCode) const
{
    QStringList missing;
    for (const QString &kind : ContractorService::documentKinds())
        if (db().scalar(u"SELECT count(*) FROM contractor_documents d JOIN contractors c ON c.id = d.contractor_id "
                        "WHERE c.code = ? AND d.kind = ? AND d.superseded_at IS NULL"_s,
                        {contractorCode, kind})
                .toInt()
            == 0)
            missing << kind;
    return missing;
}

ContractorStanding AdmissionService::standing(const QString &contractorCode) const
{
    require(u"data.read"_s);
    const ContractorStanding s = rule().standing(db(), contractorCode, siteToday());
    if (!s.found)
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    return s;
}

// ---------------------------------------------------------------------------------------------- tasks

QDate AdmissionService::siteToday() const { return siteDay(db(), now()); }

QStringList AdmissionService::raiseExpiryTasks(QDate today)
{
    require(u"contractor.edit"_s);
    const QString horizon = iso(today.addDays(m_config.taskLeadDays));
    struct Due {
        QString key, kind, object, title, dueOn, contractorCode, personCode;
        QVariant contractorId, personId;
        QString titleZh; ///< the title in Chinese, shown in a zh interface (issue 16 item 9)
    };
    QList<Due> due;
    // The Chinese names of document kinds and of certificate kinds (the work types of GB 30871).
    auto documentZh = [](const QString &kind) {
        static const QHash<QString, QString> names{{u"business_licence"_s, u"营业执照"_s}, {u"qualification"_s, u"资质证书"_s},
                                                   {u"injury_insurance"_s, u"工伤保险缴费证明"_s}, {u"hse_agreement"_s, u"安全生产(HSE)协议"_s}};
        return names.value(kind, kind);
    };
    auto certificateZh = [](const QString &kind) { return permits::typeNameZh(kind); };
    {
        QSqlQuery q = db().exec(u"SELECT d.id, d.kind, d.expires_on, c.id, c.code, d.file_name FROM contractor_documents d "
                                "JOIN contractors c ON c.id = d.contractor_id WHERE d.superseded_at IS NULL AND d.expires_on IS NOT NULL "
                                "AND d.expires_on <= ? AND c.status <> 'suspended'"_s,
                                {horizon});
        while (q.next())
            due << Due{u"doc:%1:%2"_s.arg(q.value(0).toLongLong()).arg(q.value(2).toString()), u"document_expiry"_s, q.value(1).toString(),
                       u"Renew the %1 of %2 (%3 expires %4)"_s.arg(q.value(1).toString(), q.value(4).toString(), q.value(5).toString(),
                                                                   q.value(2).toString()),
                       q.value(2).toString(), q.value(4).toString(), {}, q.value(3), {},
                       u"更新 %2 的%1（%3 于 %4 到期）"_s.arg(documentZh(q.value(1).toString()), q.value(4).toString(), q.value(5).toString(),
                                                         q.value(2).toString())};
    }
    {
        QSqlQuery q = db().exec(u"SELECT c.id, c.code FROM contractors c WHERE c.status <> 'suspended' ORDER BY c.code"_s);
        QList<std::pair<qint64, QString>> cs;
        while (q.next())
            cs << std::pair{q.value(0).toLongLong(), q.value(1).toString()};
        q.finish();
        for (const auto &[id, code] : cs)
            for (const QString &kind : missingDocuments(code))
                due << Due{u"missing:%1:%2"_s.arg(code, kind), u"document_missing"_s, kind,
                           u"%1 has no %2 document: upload it before its workers may work"_s.arg(code, kind), iso(today), code, {}, id, {},
                           u"%1 缺少%2：上传后其人员方可作业"_s.arg(code, documentZh(kind))};
    }
    {
        QSqlQuery q = db().exec(u"SELECT ce.id, ce.kind, ce.number, ce.expires_on, p.id, p.code, c.id, c.code FROM certificates ce "
                                "JOIN people p ON p.id = ce.person_id JOIN contractors c ON c.id = p.contractor_id "
                                "WHERE ce.expires_on <= ? AND ce.expires_on >= ?"_s,
                                {horizon, iso(today.addDays(-m_config.taskLeadDays))});
        while (q.next())
            due << Due{u"cert:%1:%2"_s.arg(q.value(0).toLongLong()).arg(q.value(3).toString()), u"certificate_expiry"_s,
                       q.value(1).toString(),
                       u"Certificate %1 (%2) of %3 (%4) expires %5"_s.arg(q.value(2).toString(), q.value(1).toString(), q.value(5).toString(),
                                                                        q.value(7).toString(), q.value(3).toString()),
                       q.value(3).toString(), q.value(7).toString(), q.value(5).toString(), q.value(6), q.value(4),
                       u"%3（%4）的%2证书 %1 于 %5 到期"_s.arg(q.value(2).toString(), certificateZh(q.value(1).toString()), q.value(5).toString(),
                                                          q.value(7).toString(), q.value(3).toString())};
    }
    QStringList raised;
    for (const Due &d : std::as_const(due)) {
        if (db().scalar(u"SELECT count(*) FROM contractor_tasks WHERE task_key = ?"_s, {d.key}).toInt() > 0)
            continue;
        Transaction tx(db());
        db().insert(u"contractor_tasks"_s, {{u"task_key"_s, d.key}, {u"kind"_s, d.kind}, {u"contractor_id"_s, d.contractorId},
                                            {u"person_id"_s, d.personId}, {u"object_ref"_s, d.object}, {u"title"_s, d.title},
                                            {u"due_on"_s, d.dueOn}, {u"state"_s, u"open"_s}, {u"created_at"_s, now()},
                                            {u"title_zh"_s, d.titleZh.isEmpty() ? QVariant() : QVariant(d.titleZh)}});
        audit(u"contractor.task.raise"_s, d.personCode.isEmpty() ? u"contractor"_s : u"person"_s,
              d.personCode.isEmpty() ? d.contractorCode : d.personCode,
              {{u"kind"_s, d.kind}, {u"object"_s, d.object}, {u"due_on"_s, d.dueOn}, {u"title"_s, d.title}});
        tx.commit();
        raised << d.key;
    }
    return raised;
}

Table AdmissionService::tasks(bool openOnly) const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"contractor"_s, u"person"_s, u"object"_s, u"title"_s, u"due_on"_s, u"state"_s, u"created_at"_s,
             u"title_zh"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT t.id, t.kind, c.code, p.code, t.object_ref, t.title, t.due_on, t.state, t.created_at, t.title_zh "
                            "FROM contractor_tasks t LEFT JOIN contractors c ON c.id = t.contractor_id "
                            "LEFT JOIN people p ON p.id = t.person_id %1 ORDER BY t.due_on, t.id"_s
                                .arg(openOnly ? u"WHERE t.state = 'open'"_s : QString()));
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < t.columns.size(); ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

void AdmissionService::closeTask(qint64 id)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const QString key = db().scalar(u"SELECT task_key FROM contractor_tasks WHERE id = ?"_s, {id}).toString();
    if (key.isEmpty())
        fail(ErrorCode::NotFound, u"task %1 does not exist"_s.arg(id));
    db().exec(u"UPDATE contractor_tasks SET state = 'done', closed_at = ? WHERE id = ?"_s, {now(), id});
    audit(u"contractor.task.close"_s, u"task"_s, key, {});
    tx.commit();
}

// ---------------------------------------------------------------------------------------------- roster

namespace {
QJsonObject rowJson(const QString &kind, const sdk::RosterRow &r)
{
    if (kind == u"whitelist"_s)
        return {{u"worker"_s, r.worker}, {u"contractor"_s, r.contractor}, {u"card"_s, r.card}, {u"valid_until"_s, iso(r.validUntil)}};
    return {{u"worker"_s, r.worker}, {u"day"_s, iso(r.day)}, {u"shift"_s, r.shift}, {u"area"_s, r.area}};
}
QString rowKey(const QString &kind, const QJsonObject &o)
{
    return kind == u"whitelist"_s ? o.value(u"worker"_s).toString()
                                  : o.value(u"worker"_s).toString() + u" @ "_s + o.value(u"day"_s).toString();
}
} // namespace

RosterDiff AdmissionService::previewRoster(const QString &kind, const QList<sdk::RosterRow> &rows) const
{
    require(u"data.read"_s);
    if (kind != u"whitelist"_s && kind != u"shifts"_s)
        fail(ErrorCode::BadInput, u"roster kind '%1' is not whitelist or shifts"_s.arg(kind));
    RosterDiff diff;
    QMap<QString, QJsonObject> now_;
    for (const sdk::RosterRow &r : rows) {
        QString error = r.error;
        if (error.isEmpty()) {
            QSqlQuery q = db().exec(u"SELECT p.kind, c.code FROM people p LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s,
                                    {r.worker});
            if (!q.next())
                error = u"field 'worker': unknown worker '%1'"_s.arg(r.worker);
            else if (kind == u"whitelist"_s && !r.contractor.isEmpty() && q.value(1).toString() != r.contractor)
                error = u"field 'contractor': worker '%1' belongs to '%2', not '%3'"_s.arg(r.worker, q.value(1).toString(), r.contractor);
            q.finish();
            if (error.isEmpty() && kind == u"shifts"_s) {
                if (!db().scalar(u"SELECT id FROM shifts WHERE code = ?"_s, {r.shift}).isValid())
                    error = u"field 'shift': unknown shift '%1'"_s.arg(r.shift);
                else if (!r.area.isEmpty() && !db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {r.area}).isValid())
                    error = u"field 'area': unknown area '%1'"_s.arg(r.area);
            }
        }
        const QJsonObject o = rowJson(kind, r);
        if (error.isEmpty() && now_.contains(rowKey(kind, o)))
            error = u"field 'worker': '%1' is listed twice"_s.arg(rowKey(kind, o));
        if (!error.isEmpty()) {
            diff.skipped << u"line %1: %2"_s.arg(r.line).arg(error);
            continue;
        }
        now_.insert(rowKey(kind, o), o);
    }
    diff.accepted = int(now_.size());
    diff.hasPrevious = db().scalar(u"SELECT id FROM roster_imports WHERE kind = ? ORDER BY id DESC LIMIT 1"_s, {kind}).isValid();
    // The differences are against the live table, i.e. exactly what the import would change (issue #18:
    // diffing against the last import's rows hid the removals a truncated file would make when the table
    // had changed since). The whitelist: every contractor worker whitelisted now (the import takes the flag
    // off those not listed). Shifts: the assignments of the days the roster lists (the import replaces them).
    QMap<QString, QJsonObject> before;
    if (kind == u"whitelist"_s) {
        QSqlQuery q = db().exec(u"SELECT p.code, c.code, p.card_no, p.whitelist_until FROM people p "
                                "LEFT JOIN contractors c ON c.id = p.contractor_id "
                                "WHERE p.kind = 'contractor_worker' AND p.whitelisted = 1"_s);
        while (q.next()) {
            const QJsonObject o{{u"worker"_s, q.value(0).toString()}, {u"contractor"_s, q.value(1).toString()},
                                {u"card"_s, q.value(2).toString()}, {u"valid_until"_s, q.value(3).toString()}};
            before.insert(rowKey(kind, o), o);
        }
    } else {
        QSet<QString> days;
        for (const QJsonObject &o : std::as_const(now_))
            days.insert(o.value(u"day"_s).toString());
        for (const QString &day : std::as_const(days)) {
            QSqlQuery q = db().exec(u"SELECT p.code, sa.work_date, s.code, a.code FROM shift_assignments sa "
                                    "JOIN people p ON p.id = sa.person_id JOIN shifts s ON s.id = sa.shift_id "
                                    "LEFT JOIN areas a ON a.id = sa.area_id WHERE sa.work_date = ?"_s,
                                    {day});
            while (q.next()) {
                const QJsonObject o{{u"worker"_s, q.value(0).toString()}, {u"day"_s, q.value(1).toString()},
                                    {u"shift"_s, q.value(2).toString()}, {u"area"_s, q.value(3).toString()}};
                before.insert(rowKey(kind, o), o);
            }
        }
    }
    for (auto it = now_.cbegin(); it != now_.cend(); ++it) {
        if (!before.contains(it.key())) {
            diff.added << it.key();
            continue;
        }
        QStringList what;
        const QJsonObject b = before.value(it.key());
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            if (f.key() == u"contractor"_s)
                continue; // a cross-check of the file (a mismatch is a skipped row), not something the import sets
            if (b.value(f.key()) != f.value())
                what << u"%1 %2 → %3"_s.arg(f.key(), b.value(f.key()).toString(), f.value().toString());
        }
        if (!what.isEmpty())
            diff.changed << it.key() + u": "_s + what.join(u", "_s);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now_.contains(it.key()))
            diff.removed << it.key();
    return diff;
}

RosterDiff AdmissionService::importRoster(const QString &kind, const QString &source, const QList<sdk::RosterRow> &rows, bool confirmed)
{
    require(u"admission.import"_s);
    const RosterDiff diff = previewRoster(kind, rows);
    const QString object = kind == u"whitelist"_s ? u"whitelist"_s : u"shift-roster"_s;
    if (!diff.skipped.isEmpty() && !confirmed)
        refuse(u"roster.import.refuse"_s, u"roster"_s, object,
               {{u"source"_s, source}, {u"kind"_s, kind}, {u"skipped"_s, QJsonArray::fromStringList(diff.skipped)}}, ErrorCode::BadInput,
               u"%1: %2 malformed row(s), nothing imported (confirm to import the %3 good rows): %4"_s.arg(source)
                   .arg(diff.skipped.size())
                   .arg(diff.accepted)
                   .arg(diff.skipped.join(u"; "_s)));
    if (diff.accepted == 0)
        refuse(u"roster.import.refuse"_s, u"roster"_s, object, {{u"source"_s, source}, {u"kind"_s, kind}}, ErrorCode::BadInput,
               u"%1: no valid rows, nothing imported"_s.arg(source));
    // The good rows, in the shape the diff used.
    QJsonArray entries;
    QSet<QString> seen;
    QList<sdk::RosterRow> good;
    const QSet<QString> skippedLines = [&] {
        QSet<QString> s;
        for (const QString &line : diff.skipped)
            s.insert(line.section(u':', 0, 0));
        return s;
    }();
    for (const sdk::RosterRow &r : rows) {
        if (skippedLines.contains(u"line %1"_s.arg(r.line)))
            continue;
        const QJsonObject o = rowJson(kind, r);
        if (seen.contains(rowKey(kind, o)))
            continue;
        seen.insert(rowKey(kind, o));
        entries.append(o);
        good << r;
    }
    Transaction tx(db());
    if (kind == u"whitelist"_s) {
        // The access-control whitelist is authoritative for contractor workers: those not on it are off.
        db().exec(u"UPDATE people SET whitelisted = 0, card_no = NULL, whitelist_until = NULL WHERE kind = 'contractor_worker'"_s);
        for (const sdk::RosterRow &r : std::as_const(good))
            db().exec(u"UPDATE people SET whitelisted = 1, card_no = ?, whitelist_until = ? WHERE code = ?"_s,
                      {r.card.isEmpty() ? QVariant() : QVariant(r.card), isoOrNull(r.validUntil), r.worker});
    } else {
        // The roster of each imported day replaces that day's assignments.
        QSet<QString> days;
        for (const sdk::RosterRow &r : std::as_const(good))
            days.insert(iso(r.day));
        for (const QString &d : std::as_const(days))
            db().exec(u"DELETE FROM shift_assignments WHERE work_date = ?"_s, {d});
        for (const sdk::RosterRow &r : std::as_const(good)) {
            const QVariant area = r.area.isEmpty() ? QVariant() : db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {r.area});
            db().insert(u"shift_assignments"_s, {{u"shift_id"_s, db().scalar(u"SELECT id FROM shifts WHERE code = ?"_s, {r.shift})},
                                                 {u"person_id"_s, db().scalar(u"SELECT id FROM people WHERE code = ?"_s, {r.worker})},
                                                 {u"work_date"_s, iso(r.day)}, {u"area_id"_s, area}});
        }
    }
    db().insert(u"roster_imports"_s, {{u"kind"_s, kind}, {u"source"_s, source}, {u"imported_at"_s, now()}, {u"actor"_s, actor().auditName()},
                                      {u"entries"_s, QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))},
                                      {u"added"_s, int(diff.added.size())}, {u"removed"_s, int(diff.removed.size())},
                                      {u"changed"_s, int(diff.changed.size())}, {u"skipped"_s, int(diff.skipped.size())}});
    audit(u"roster.import"_s, u"roster"_s, object,
          {{u"source"_s, source}, {u"rows"_s, diff.accepted}, {u"added"_s, QJsonArray::fromStringList(diff.added)},
           {u"removed"_s, QJsonArray::fromStringList(diff.removed)}, {u"changed"_s, QJsonArray::fromStringList(diff.changed)},
           {u"skipped"_s, QJsonArray::fromStringList(diff.skipped)}, {u"confirmed"_s, confirmed}});
    tx.commit();
    return diff;
}

Table AdmissionService::rosterImports() const
{
    require(u"data.read"_s);
    Table t{{u"id"_s, u"kind"_s, u"source"_s, u"imported_at"_s, u"actor"_s, u"added"_s, u"removed"_s, u"changed"_s, u"skipped"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT id, kind, source, imported_at, actor, added, removed, changed, skipped FROM roster_imports ORDER BY id DESC"_s);
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < t.columns.size(); ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

// ---------------------------------------------------------------------------------------------- registry

RegistryRun AdmissionService::verifyRegistry(QStringList codes, const QString &registryUrl)
{
    require(u"contractor.edit"_s);
    QJsonObject config = m_config.registry;
    if (!registryUrl.isEmpty())
        config.insert(u"url"_s, registryUrl);
    RegistryRun run;
    std::unique_ptr<sdk::RegistryVerifier> verifier;
    if (sdk::AdmissionFactory *factory = admissionFactory(&run.offline)) {
        verifier.reset(factory->createRegistryVerifier());
        if (const QString bad = verifier->configure(config); !bad.isEmpty()) {
            run.offline = bad;
            verifier.reset();
        }
    }
    if (codes.isEmpty())
        for (QSqlQuery q = db().exec(u"SELECT code FROM contractors ORDER BY code"_s); q.next();)
            codes << q.value(0).toString();
    const QString source = config.value(u"url"_s).toString();
    for (const QString &c : std::as_const(codes))
        run.results << verifyContractor(c, verifier.get(), source.isEmpty() ? u"none"_s : source);
    return run;
}

QJsonObject AdmissionService::verifyContractor(const QString &contractorCode, sdk::RegistryVerifier *verifier, const QString &source)
{
    require(u"contractor.edit"_s);
    QSqlQuery q = db().exec(u"SELECT id, credit_code, name FROM contractors WHERE code = ?"_s, {contractorCode});
    if (!q.next())
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    const qint64 cid = q.value(0).toLongLong();
    const QString credit = q.value(1).toString(), name = q.value(2).toString();
    q.finish();
    QJsonObject out{{u"contractor"_s, contractorCode}, {u"credit_code"_s, credit}};
    auto store = [&](const QString &state, const QString &licence, const QString &registered, const QString &detail, const QString &from) {
        Transaction tx(db());
        db().insert(u"registry_checks"_s, {{u"contractor_id"_s, cid}, {u"credit_code"_s, credit}, {u"state"_s, state},
                                           {u"licence_status"_s, licence}, {u"registered_name"_s, registered}, {u"source"_s, from},
                                           {u"checked_at"_s, now()}, {u"detail"_s, detail}});
        audit(u"contractor.registry.check"_s, u"contractor"_s, contractorCode,
              {{u"state"_s, state}, {u"licence_status"_s, licence}, {u"source"_s, from}, {u"detail"_s, detail}});
        tx.commit();
        out.insert(u"state"_s, state);
        out.insert(u"licence_status"_s, licence);
        out.insert(u"registered_name"_s, registered);
        out.insert(u"detail"_s, detail);
        out.insert(u"checked_at"_s, now());
        out.insert(u"cached"_s, false);
    };
    if (const QString why = ids::checkCreditCode(credit); !why.isEmpty()) {
        store(u"invalid"_s, {}, {}, u"credit code fails GB 32100: %1 (the registry was not asked)"_s.arg(why), u"checksum"_s);
        return out;
    }
    QSqlQuery c = db().exec(u"SELECT state, licence_status, registered_name, checked_at, detail FROM registry_checks "
                            "WHERE contractor_id = ? AND state IN ('verified','mismatch') AND checked_at >= ? ORDER BY checked_at DESC LIMIT 1"_s,
                            {cid, now() - qint64(m_config.registryCacheHours) * 3600000});
    if (c.next()) {
        out.insert(u"state"_s, c.value(0).toString());
        out.insert(u"licence_status"_s, c.value(1).toString());
        out.insert(u"registered_name"_s, c.value(2).toString());
        out.insert(u"checked_at"_s, c.value(3).toLongLong());
        out.insert(u"detail"_s, c.value(4).toString());
        out.insert(u"cached"_s, true);
        return out;
    }
    c.finish();
    if (!verifier) {
        store(u"unverified"_s, {}, {}, u"no registry service is configured or reachable"_s, source);
        return out;
    }
    const sdk::RegistryAnswer a = verifier->verify(credit, name);
    QString state = registryStateKey(a.state), detail = a.detail;
    if (a.state == sdk::RegistryAnswer::State::Verified && !a.licenceStatus.isEmpty() && a.licenceStatus != u"active"_s) {
        state = u"mismatch"_s;
        detail = u"the registry lists the licence as '%1'"_s.arg(a.licenceStatus);
    }
    store(state, a.licenceStatus, a.registeredName, detail, source);
    out.insert(u"attempts"_s, a.attempts);
    return out;
}

Table AdmissionService::registryChecks() const
{
    require(u"data.read"_s);
    Table t{{u"contractor"_s, u"state"_s, u"licence_status"_s, u"registered_name"_s, u"checked_at"_s, u"detail"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT c.code, r.state, r.licence_status, r.registered_name, r.checked_at, r.detail FROM registry_checks r "
                            "JOIN contractors c ON c.id = r.contractor_id WHERE r.id = (SELECT max(r2.id) FROM registry_checks r2 "
                            "WHERE r2.contractor_id = r.contractor_id) ORDER BY c.code"_s);
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < 6; ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

// ---------------------------------------------------------------------------------------------- devices, check-ins

QString AdmissionService::addDevice(const QString &code, const QString &name)
{
    require(u"admission.devices"_s);
    if (code.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"device: field 'code' is required"_s);
    QByteArray raw(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()), reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token = u"gld_"_s + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM checkin_devices WHERE code = ?"_s, {code}).toInt() > 0)
        fail(ErrorCode::Conflict, u"device '%1' already exists (revoke it and add a new code)"_s.arg(code));
    db().insert(u"checkin_devices"_s, {{u"code"_s, code}, {u"name"_s, name.isEmpty() ? code : name},
                                       {u"token_hash"_s, sha256Hex(token.toUtf8())}, {u"created_at"_s, now()}});
    audit(u"checkin.device.add"_s, u"device"_s, code, {{u"name"_s, name}}); // never the token
    tx.commit();
    return token;
}

void AdmissionService::revokeDevice(const QString &code)
{
    require(u"admission.devices"_s);
    Transaction tx(db());
    idOf(u"checkin_devices"_s, code, u"device"_s);
    db().exec(u"UPDATE checkin_devices SET revoked_at = ? WHERE code = ? AND revoked_at IS NULL"_s, {now(), code});
    audit(u"checkin.device.revoke"_s, u"device"_s, code, {});
    tx.commit();
}

Table AdmissionService::devices() const
{
    require(u"data.read"_s);
    Table t{{u"code"_s, u"name"_s, u"created_at"_s, u"revoked_at"_s, u"last_seen_at"_s, u"checkins"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT d.code, d.name, d.created_at, d.revoked_at, d.last_seen_at, "
                            "(SELECT count(*) FROM checkins k WHERE k.device_id = d.id) FROM checkin_devices d ORDER BY d.code"_s);
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3), q.value(4), q.value(5).toInt()};
    return t;
}

QString AdmissionService::authenticateDevice(const QString &token)
{
    QSqlQuery q = db().exec(u"SELECT code, revoked_at FROM checkin_devices WHERE token_hash = ?"_s, {sha256Hex(token.toUtf8())});
    if (!q.next() || !q.value(1).isNull()) {
        const bool revoked = q.isValid() && !q.value(1).isNull();
        const QString code = q.isValid() ? q.value(0).toString() : u"unknown"_s;
        q.finish();
        refuse(u"checkin.auth.refuse"_s, u"device"_s, code, {}, ErrorCode::Forbidden,
               revoked ? u"device '%1': its token was revoked"_s.arg(code) : u"unknown device token"_s);
    }
    return q.value(0).toString();
}

QString AdmissionService::deviceOfToken(const QString &token, QString *why, QString *revoked) const
{
    QSqlQuery q = db().exec(u"SELECT code, revoked_at FROM checkin_devices WHERE token_hash = ?"_s, {sha256Hex(token.toUtf8())});
    if (!q.next()) {
        *why = u"unknown device token"_s;
        return {};
    }
    const QString code = q.value(0).toString();
    if (!q.value(1).isNull()) {
        *why = u"device '%1': its token was revoked"_s.arg(code);
        if (revoked)
            *revoked = code;
        return {};
    }
    return code;
}

CheckinResult AdmissionService::checkIn(const QString &deviceCode, const CheckinInput &in, const site::SiteLayout &layout)
{
    const QJsonObject what{{u"worker"_s, in.worker}, {u"gate"_s, in.gate}, {u"device"_s, deviceCode}, {u"direction"_s, in.direction},
                           {u"accuracy_m"_s, in.accuracyM}, {u"at"_s, QDateTime::fromMSecsSinceEpoch(in.at, QTimeZone::utc()).toString(Qt::ISODate)}};
    auto no = [&](const QString &field, const QString &why) {
        refuse(u"checkin.refuse"_s, u"person"_s, in.worker.isEmpty() ? u"unknown"_s : in.worker, what, ErrorCode::BadInput,
               u"check-in of '%1' at '%2': field '%3': %4"_s.arg(in.worker, in.gate, field, why));
    };
    if (in.worker.isEmpty())
        no(u"worker"_s, u"is required"_s);
    QSqlQuery q = db().exec(u"SELECT p.id, p.name, c.code FROM people p LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s,
                            {in.worker});
    if (!q.next()) {
        q.finish();
        no(u"worker"_s, u"unknown worker"_s);
    }
    const qint64 pid = q.value(0).toLongLong();
    CheckinResult r{0, 0, 0, in.worker, q.value(1).toString(), q.value(2).toString()};
    q.finish();
    if (db().scalar(u"SELECT count(*) FROM equipment WHERE code = ? AND kind = 'gate'"_s, {in.gate}).toInt() == 0)
        no(u"gate"_s, u"unknown gate"_s);
    if (in.direction != u"in"_s && in.direction != u"out"_s)
        no(u"direction"_s, u"must be 'in' or 'out'"_s);
    if (in.at <= 0)
        no(u"time"_s, u"is required (ISO 8601, e.g. 2026-03-02T08:00:00+08:00, or epoch milliseconds)"_s);
    if (std::abs(in.at - now()) > 24ll * 3600 * 1000)
        no(u"time"_s, u"more than 24 h away from the server's clock"_s);
    if (!(in.lat >= -90 && in.lat <= 90 && in.lon >= -180 && in.lon <= 180))
        no(u"lat/lon"_s, u"not a position"_s);
    if (!(in.accuracyM >= 0))
        no(u"accuracy_m"_s, u"is required"_s);
    if (in.accuracyM > m_config.maxAccuracyM)
        no(u"accuracy_m"_s, u"GPS accuracy %1 m is worse than the %2 m required"_s.arg(in.accuracyM).arg(m_config.maxAccuracyM));
    const QPointF pt = layout.toSite(in.lat, in.lon);
    r.x = pt.x();
    r.y = pt.y();
    QList<QPointF> fence;
    for (const site::Area &a : layout.areas)
        fence << a.polygon;
    for (const site::Equipment &e : layout.equipment)
        fence << QPointF(e.position.x, e.position.y);
    const QList<QPointF> hull = convexHull(fence);
    const double outside = distanceToPolygon(hull, pt);
    if (outside > m_config.geofenceMarginM)
        no(u"lat/lon"_s, u"position (%1, %2) m is %3 m outside the site geofence (margin %4 m)"_s.arg(pt.x(), 0, 'f', 1)
                             .arg(pt.y(), 0, 'f', 1)
                             .arg(outside, 0, 'f', 0)
                             .arg(m_config.geofenceMarginM));
    if (in.photo.isEmpty())
        no(u"photo"_s, u"the panorama photo is required"_s);
    if (in.photo.size() > m_config.maxPhotoBytes)
        no(u"photo"_s, u"%1 bytes is over the limit"_s.arg(in.photo.size()));
    if (!in.photo.startsWith("\xFF\xD8\xFF"))
        no(u"photo"_s, u"not a JPEG"_s);
    if (in.exifTime.isEmpty())
        no(u"photo"_s, u"the photo has no EXIF capture time (DateTimeOriginal)"_s);
    const QTimeZone siteZone = timeZoneOrUtc(permits::siteTimeZone(db()));
    // Without OffsetTimeOriginal the camera's clock is in site time: the rule of every timestamp without an offset.
    const TimestampResult exif = parseTimestamp(QStringView(in.exifTime), siteZone);
    if (!exif)
        no(u"photo"_s, u"unreadable EXIF capture time: %1"_s.arg(exif.error));
    const qint64 skew = (exif->msecs - in.at) / 1000;
    if (std::abs(skew) > m_config.photoSkewS)
        no(u"photo"_s, u"EXIF capture time %1 is %2 s from the check-in time (allowed ±%3 s)"_s.arg(in.exifTime).arg(skew).arg(m_config.photoSkewS));
    // The timestamp watermark, read from the pixels (Tesseract on the bottom/top bands), in site time.
    const std::shared_ptr<const WatermarkReader> reader = watermarkReader();
    if (!reader)
        no(u"photo"_s, u"no OCR engine is installed to read the timestamp watermark"_s);
    const WatermarkReading reading = reader->read(in.photo);
    if (reading.times.isEmpty())
        no(u"photo"_s, u"no timestamp watermark found in the panorama"_s);
    const WatermarkTime *best = nullptr;
    qint64 bestAt = 0;
    for (const WatermarkTime &w : reading.times) {
        const qint64 t = QDateTime(w.date, w.time, siteZone).toMSecsSinceEpoch();
        if (!best || std::abs(t - in.at) < std::abs(bestAt - in.at)) {
            best = &w;
            bestAt = t;
        }
    }
    // A watermark without seconds stands for the whole minute.
    const qint64 wmSkew = (bestAt - in.at) / 1000, wmSlack = best->hasSeconds ? 0 : 59;
    if (wmSkew > m_config.photoSkewS || wmSkew < -m_config.photoSkewS - wmSlack)
        no(u"photo"_s, u"the timestamp watermark %1 is %2 s from the check-in time (allowed ±%3 s)"_s.arg(best->text)
                           .arg(wmSkew)
                           .arg(m_config.photoSkewS));
    // The time the capture app declares it burnt in is only a cross-check of what the pixels say.
    if (in.watermarkAt != 0) {
        const qint64 d = (in.watermarkAt - bestAt) / 1000;
        if (d < -60 || d > 60 + wmSlack)
            no(u"watermark_time"_s, u"the declared watermark_time %1 does not match the timestamp watermark %2 read from the panorama"_s
                                        .arg(QDateTime::fromMSecsSinceEpoch(in.watermarkAt, siteZone).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                             best->text));
    }
    r.watermark = best->text;
    // After the checks of the request itself: a worker of a contractor that is not admitted does not come in (leaving is always recorded).
    if (in.direction == u"in"_s && !r.contractor.isEmpty()) {
        const ContractorStanding company = rule().standing(db(), r.contractor, siteToday());
        if (!company.admitted)
            no(u"contractor"_s, u"contractor '%1' is not admitted: %2"_s.arg(r.contractor, company.reasons.join(u"; "_s)));
    }

    Transaction tx(db());
    const qint64 did = idOf(u"checkin_devices"_s, deviceCode, u"device"_s);
    const QString sha = storeBlob(in.photo, u"image/jpeg"_s);
    r.id = db().insert(u"checkins"_s, {{u"person_id"_s, pid}, {u"gate"_s, in.gate}, {u"device_id"_s, did}, {u"direction"_s, in.direction},
                                       {u"lat"_s, in.lat}, {u"lon"_s, in.lon}, {u"accuracy_m"_s, in.accuracyM}, {u"x"_s, r.x}, {u"y"_s, r.y},
                                       {u"at"_s, in.at}, {u"exif_at"_s, exif->msecs}, {u"photo_sha256"_s, sha},
                                       {u"watermark_at"_s, bestAt}, {u"watermark_text"_s, best->text}, {u"created_at"_s, now()}});
    db().exec(u"UPDATE checkin_devices SET last_seen_at = ? WHERE id = ?"_s, {now(), did});
    QJsonObject details = what;
    details.insert(u"x"_s, std::round(r.x * 10) / 10);
    details.insert(u"y"_s, std::round(r.y * 10) / 10);
    details.insert(u"photo_sha256"_s, sha);
    details.insert(u"watermark"_s, best->text);
    details.insert(u"watermark_band"_s, reading.band);
    audit(in.direction == u"in"_s ? u"checkin.accept"_s : u"checkout.accept"_s, u"person"_s, in.worker, details);
    tx.commit();
    return r;
}

Table AdmissionService::onSite() const
{
    require(u"data.read"_s);
    Table t{{u"code"_s, u"name"_s, u"contractor"_s, u"x"_s, u"y"_s, u"at"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT p.code, p.name, c.code, k.x, k.y, k.at FROM checkins k JOIN people p ON p.id = k.person_id "
                            "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE k.direction = 'in' AND k.at >= ? AND k.id = "
                            "(SELECT k2.id FROM checkins k2 WHERE k2.person_id = k.person_id ORDER BY k2.at DESC, k2.id DESC LIMIT 1) "
                            "ORDER BY p.code"_s,
                            {now() - qint64(m_config.onSiteHours) * 3600000});
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                               q.value(4).toDouble(), q.value(5).toLongLong()};
    return t;
}

QString AdmissionService::gatePayload(const QString &siteCode, const QString &gateCode)
{
    return u"guardline:gate:%1:%2"_s.arg(siteCode, gateCode);
}

Table AdmissionService::gates() const
{
    require(u"data.read"_s);
    const QString site = db().scalar(u"SELECT code FROM sites ORDER BY id LIMIT 1"_s).toString();
    Table t{{u"code"_s, u"name"_s, u"name_zh"_s, u"area"_s, u"x"_s, u"y"_s, u"qr_payload"_s}, {}};
    QSqlQuery q = db().exec(u"SELECT e.code, e.name, e.name_zh, a.code, e.x, e.y FROM equipment e JOIN areas a ON a.id = e.area_id "
                            "WHERE e.kind = 'gate' ORDER BY e.code"_s);
    while (q.next())
        t.rows << QVariantList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toDouble(), q.value(5).toDouble(), gatePayload(site, q.value(0).toString())};
    return t;
}

} // namespace gl
