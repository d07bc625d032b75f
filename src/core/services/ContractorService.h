// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

#include <QDate>

namespace gl {

struct ContractorInput {
    QString code, name, nameZh, creditCode, trade, contact;
    QDate admittedOn;
};

struct DocumentInput {
    QString kind; ///< business_licence, qualification, injury_insurance, hse_agreement
    QString fileName;
    QByteArray content; ///< may be empty when only the record is kept (imported history)
    QString sha256;     ///< computed from content when content is given
    QDate issuedOn, expiresOn;
};

struct WorkerInput {
    QString code, name, contractorCode, idNumber, job, phone;
    QDate briefingOn; ///< site safety briefing; invalid when not done
    bool whitelisted = false;
};

struct CertificateInput {
    QString kind; ///< special-operation type, e.g. hot_work, electrical, work_at_height, lifting
    QString number;
    QDate issuedOn, expiresOn, reviewOn;
};

/// Contractor companies, their documents, their workers and certificates, shifts. Validation of
/// identifiers (GB 32100 credit code, GB 11643 resident ID) happens here, before anything is stored.
class ContractorService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList documentKinds();
    qint64 registerContractor(const ContractorInput &in);
    qint64 addDocument(const QString &contractorCode, const DocumentInput &in);
    qint64 addEmployee(const QString &code, const QString &name, const QString &job);
    qint64 addWorker(const WorkerInput &in);
    qint64 addCertificate(const QString &personCode, const CertificateInput &in);
    void recordBriefing(const QString &personCode, QDate on);
    void setWhitelisted(const QString &personCode, bool whitelisted);
    qint64 addShift(const QString &code, const QString &name, const QString &start, const QString &end);
    void assignShift(const QString &shiftCode, const QString &personCode, QDate day, const QString &areaCode = {});
};

} // namespace gl
