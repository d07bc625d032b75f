// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

#include <QByteArray>
#include <QDate>

#include <functional>

namespace gl {

/// The facts a PDF checker found: `problem` empty when the file is a real, readable, unencrypted PDF.
struct PdfFacts {
    QString problem;
    int pages = 0;
};
/// Opens the bytes as a PDF (Qt PDF in the shells; the core has no PDF engine).
using PdfInspector = std::function<PdfFacts(const QByteArray &content)>;

struct DocumentUpload {
    QString kind; ///< ContractorService::documentKinds()
    QString fileName;
    QByteArray content;
    QDate issuedOn, expiresOn;
    /// injury_insurance only: the period the payment proof covers (both or neither; neither = issued..expires).
    QDate coversFrom = {}, coversTo = {};
};

/// A contractor's documents: validated PDFs stored content-addressed, their validity, the required kinds a
/// contractor lacks, and whether the contractor is admitted (the admission rule over its documents).
class AdmissionDocuments : public AdmissionBase {
public:
    explicit AdmissionDocuments(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    qint64 uploadDocument(const QString &contractorCode, const DocumentUpload &in, const PdfInspector &inspect);
    /// uploadDocument with the PDF a user picked: `in`'s file name and content come from the file at `path`,
    /// read to one byte past maxPdfBytes at most (an oversized file is refused and audited unread).
    qint64 uploadDocumentFile(const QString &contractorCode, DocumentUpload in, const QString &path, const PdfInspector &inspect);
    /// Columns: id, kind, file_name, sha256, size_bytes, pages, issued_on, expires_on, state, stored.
    /// state: valid / expiring / expired / superseded; stored: the PDF bytes are in the store.
    Table documents(const QString &contractorCode, QDate today) const;
    /// The PDF of a document, checked against its SHA-256 (a mismatch is a Storage error).
    QByteArray documentContent(qint64 documentId) const;
    /// Required document kinds a contractor has no current document of.
    QStringList missingDocuments(const QString &contractorCode) const;
    /// Whether the contractor is admitted today (site time) and every reason it is not: the admission
    /// rule of ContractorAdmission.h with this configuration. Throws NotFound for an unknown code.
    ContractorStanding standing(const QString &contractorCode) const;

private:
    /// uploadDocument, with `sizeBytes` the size of what the user handed in: the file's size on disk when
    /// only the start of an oversized file was read (what a refusal reports and audits).
    qint64 upload(const QString &contractorCode, const DocumentUpload &in, const PdfInspector &inspect, qint64 sizeBytes);
};

} // namespace gl
