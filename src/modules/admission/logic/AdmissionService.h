// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/ContractorAdmission.h"
#include "platform/services/ServiceContext.h"
#include "platform/services/Table.h"
#include "platform/util/Error.h"

#include <guardline/Admission.h>

#include <QDate>
#include <QJsonObject>

#include <functional>

namespace gl::site {
struct SiteLayout;
}

namespace gl {

/// Site-configurable thresholds of contractor admission (resources/config/admission.json; a site may
/// point $GUARDLINE_ADMISSION_CONFIG at its own file, whose keys override the defaults).
struct AdmissionConfig {
    qint64 maxPdfBytes = 20ll * 1024 * 1024;
    int warnDays = 30;      ///< "expiring" (amber) within this many days
    int taskLeadDays = 45;  ///< coordinator tasks raised this many days before an expiry
    int insuranceMonths = 6; ///< work-injury insurance must be proven paid for this many months
    double maxAccuracyM = 15;
    int photoSkewS = 300;
    double geofenceMarginM = 25;
    int onSiteHours = 14;
    qint64 maxPhotoBytes = 12ll * 1024 * 1024;
    int registryCacheHours = 24;
    QJsonObject registry; ///< the registry verifier's configuration (url, timeout_ms, retries)
    /// The access-control system's roster endpoint (url, timeout_ms, retries; the bearer token comes from
    /// $GUARDLINE_ACS_TOKEN, or "token" here): the app's "HTTP endpoint" import source.
    QJsonObject accessControl;

    static AdmissionConfig load();
    static AdmissionConfig fromJson(const QJsonObject &o, const QString &source);
};

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
    QDate coversFrom, coversTo;
};

/// A registry check run over contractors (verifyRegistry): the stored answer per contractor, and why no
/// registry was asked when none was (no connector plugin, or its configuration refused).
struct RegistryRun {
    QString offline; ///< empty when a registry was asked
    QList<QJsonObject> results;
};

struct RosterDiff {
    QStringList added, removed, changed; ///< worker codes ("W-0001: card 123 → 456" for changed)
    QStringList skipped;                 ///< "line 4: field 'worker': ..." for malformed or unknown rows
    int accepted = 0;
    bool hasPrevious = false; ///< false for the first import (everything is "added")
};

struct CheckinInput {
    QString worker, gate;
    QString direction = QStringLiteral("in"); ///< "in" or "out"
    double lat = 0, lon = 0, accuracyM = -1;
    qint64 at = 0;             ///< check-in time, UTC epoch ms
    QByteArray photo;          ///< the panorama JPEG
    QString exifTime;          ///< DateTimeOriginal as read from the photo ("YYYY-MM-DDTHH:MM:SS[±HH:MM]"), empty when absent
    qint64 watermarkAt = 0;    ///< the time the capture app declares it burnt into the photo, epoch ms; 0 when not declared
                               ///< (only a cross-check: the watermark is read from the pixels, CheckinWatermark.h)
};

struct CheckinResult {
    qint64 id = 0;
    double x = 0, y = 0;
    QString worker, name, contractor;
    QString watermark; ///< the timestamp read from the panorama ("2026-03-02 08:01:30")
};

/// Contractor admission: documents (validated PDFs, content-addressed), expiry tasks, whitelist and shift
/// imports with differences, registry verification results, check-in devices and check-ins.
/// Every refusal is written to the audit chain with its reason (and nothing else is stored), then thrown.
class AdmissionService : public ServiceBase {
public:
    AdmissionService(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : ServiceBase(ctx), m_config(std::move(config)) {}
    const AdmissionConfig &config() const { return m_config; }

    // Documents
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
    /// The admission rule with this site's thresholds.
    AdmissionRule rule() const { return AdmissionRule{m_config.insuranceMonths, m_config.warnDays}; }

    // Coordinator tasks (raised by the housekeeping step 'contractor-expiry')
    QStringList raiseExpiryTasks(QDate today);
    /// The same, for today on the site's clock (the housekeeping step).
    QStringList raiseExpiryTasks() { return raiseExpiryTasks(siteToday()); }
    QDate siteToday() const;
    /// Columns: id, kind, contractor, person, object, title, due_on, state, created_at, title_zh (the title in
    /// Chinese; empty on tasks raised before schema step 20).
    Table tasks(bool openOnly = true) const;
    void closeTask(qint64 id);

    // Whitelist and shifts
    RosterDiff previewRoster(const QString &kind, const QList<sdk::RosterRow> &rows) const;
    /// Applies an import. With malformed rows it is refused (audited) unless `confirmed`; then the
    /// good rows are applied and the skipped lines recorded.
    RosterDiff importRoster(const QString &kind, const QString &source, const QList<sdk::RosterRow> &rows, bool confirmed);
    /// Columns: id, kind, source, imported_at, actor, added, removed, changed, skipped.
    Table rosterImports() const;

    // Registry verification
    /// Checks the credit code (GB 32100) first, then uses a cached answer younger than the cache time,
    /// else asks `verifier` (may be null: offline). Returns the stored state: verified / mismatch /
    /// invalid / unverified.
    QJsonObject verifyContractor(const QString &contractorCode, sdk::RegistryVerifier *verifier, const QString &source);
    /// The registry check as users run it (Contractors → Verify registry, `guardlinectl contractors verify`):
    /// the admission connector plugin's verifier configured from the admission configuration (`registryUrl`
    /// replaces its url), asked for each of `codes` (empty: every contractor, by code). Offline, each answer
    /// is the cached or 'unverified' state and `offline` says why.
    RegistryRun verifyRegistry(QStringList codes, const QString &registryUrl = {});
    /// The latest registry check per contractor: columns contractor, state, licence_status, registered_name, checked_at, detail.
    Table registryChecks() const;

    // Check-in devices and check-ins
    /// Registers a device and returns its bearer token (shown once; only its SHA-256 is stored).
    QString addDevice(const QString &code, const QString &name);
    void revokeDevice(const QString &code);
    /// Check-in devices: columns code, name, created_at, revoked_at, last_seen_at, checkins (never the token).
    Table devices() const;
    /// The device code of a valid token; throws Forbidden (audited) otherwise.
    QString authenticateDevice(const QString &token);
    /// The device code of a valid token, or empty with the reason in `why` (and a revoked token's device in
    /// `revoked`); nothing is audited (the intake counts refused requests instead: an unauthenticated
    /// client must not be able to grow the audit chain).
    QString deviceOfToken(const QString &token, QString *why, QString *revoked = nullptr) const;
    CheckinResult checkIn(const QString &deviceCode, const CheckinInput &in, const site::SiteLayout &layout);
    /// People on site now: columns code, name, contractor, x, y, at.
    Table onSite() const;
    /// Gates of the site (equipment of kind 'gate'): columns code, name, name_zh, area, x, y, qr_payload.
    Table gates() const;
    static QString gatePayload(const QString &siteCode, const QString &gateCode);

    /// Writes a refusal with its reason to the audit chain, then throws BadInput with `message`.
    [[noreturn]] void recordRefusal(const QString &action, const QString &objectType, const QString &objectId, const QJsonObject &details,
                                    const QString &message)
    {
        refuse(action, objectType, objectId, details, ErrorCode::BadInput, message);
    }

private:
    [[noreturn]] void refuse(const QString &action, const QString &objectType, const QString &objectId, QJsonObject details,
                             ErrorCode code, const QString &message);
    QString storeBlob(const QByteArray &content, const QString &mediaType);
    AdmissionConfig m_config;
};

} // namespace gl
