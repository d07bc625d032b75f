// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/ContractorAdmission.h"
#include "platform/services/ServiceContext.h"
#include "platform/util/Error.h"

#include <QDate>
#include <QJsonObject>

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

/// What the contractor-admission services share (issue #15 split the one AdmissionService by job):
/// the site's admission configuration, the site's day, the admission rule, and refusals that are written
/// to the audit chain with their reason (and nothing else is stored) before they are thrown.
/// The services built on it: AdmissionDocuments, ExpiryTasks, RosterImport, RegistryCheck, GateDevices,
/// CheckinService.
class AdmissionBase : public ServiceBase {
public:
    AdmissionBase(ServiceContext &ctx, AdmissionConfig config) : ServiceBase(ctx), m_config(std::move(config)) {}
    const AdmissionConfig &config() const { return m_config; }
    /// Today on the site's clock.
    QDate siteToday() const;
    /// The admission rule with this site's thresholds.
    AdmissionRule rule() const { return AdmissionRule{m_config.insuranceMonths, m_config.warnDays}; }

    /// A date as stored (ISO 8601), empty / NULL for an invalid date.
    static QString iso(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    static QVariant isoOrNull(QDate d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }

    /// Writes a refusal with its reason to the audit chain, then throws BadInput with `message`.
    [[noreturn]] void recordRefusal(const QString &action, const QString &objectType, const QString &objectId, const QJsonObject &details,
                                    const QString &message)
    {
        refuse(action, objectType, objectId, details, ErrorCode::BadInput, message);
    }

protected:
    [[noreturn]] void refuse(const QString &action, const QString &objectType, const QString &objectId, QJsonObject details,
                             ErrorCode code, const QString &message);
    /// Stores `content` once by its SHA-256 (content_blobs) and returns the hash; inside the caller's transaction.
    QString storeBlob(const QByteArray &content, const QString &mediaType);
    static QString sha256Hex(const QByteArray &data);

private:
    AdmissionConfig m_config;
};

} // namespace gl
