// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/AdmissionDocuments.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/store/Database.h"
#include "platform/util/Files.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl {

namespace {

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

qint64 AdmissionDocuments::uploadDocumentFile(const QString &contractorCode, DocumentUpload in, const QString &path, const PdfInspector &inspect)
{
    const QFileInfo file(path);
    in.fileName = file.fileName();
    in.content = readUserFile(path, config().maxPdfBytes + 1);
    // Only the start of an oversized file is read: its size is the file's, not the bytes read (a file that
    // grew since it was looked at is at least as long as what was read).
    return upload(contractorCode, in, inspect, std::max(file.size(), qint64(in.content.size())));
}

qint64 AdmissionDocuments::uploadDocument(const QString &contractorCode, const DocumentUpload &in, const PdfInspector &inspect)
{
    return upload(contractorCode, in, inspect, in.content.size());
}

qint64 AdmissionDocuments::upload(const QString &contractorCode, const DocumentUpload &in, const PdfInspector &inspect, qint64 sizeBytes)
{
    require(u"contractor.edit"_s);
    const QJsonObject what{{u"kind"_s, in.kind}, {u"file"_s, in.fileName}, {u"size_bytes"_s, sizeBytes}};
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
    if (sizeBytes > config().maxPdfBytes)
        no(u"file"_s, u"%1 MB (%2 bytes) is over the limit of %3 MB"_s.arg(double(sizeBytes) / 1048576.0, 0, 'f', 1)
                          .arg(sizeBytes)
                          .arg(double(config().maxPdfBytes) / 1048576.0, 0, 'f', 1));
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

Table AdmissionDocuments::documents(const QString &contractorCode, QDate today) const
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
        const QString state = q.value(8).isNull() ? validityOf(dateOf(q.value(7)), today, config().warnDays) : u"superseded"_s;
        t.rows << QVariantList{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(), state,
                               q.value(9).toInt() > 0};
    }
    return t;
}

QByteArray AdmissionDocuments::documentContent(qint64 documentId) const
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

QStringList AdmissionDocuments::missingDocuments(const QString &contractorCode) const
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

ContractorStanding AdmissionDocuments::standing(const QString &contractorCode) const
{
    require(u"data.read"_s);
    const ContractorStanding s = rule().standing(db(), contractorCode, siteToday());
    if (!s.found)
        fail(ErrorCode::NotFound, u"contractor '%1' does not exist"_s.arg(contractorCode));
    return s;
}

} // namespace gl
