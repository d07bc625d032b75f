// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>

#include <optional>

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
    QDate coversFrom, coversTo; ///< injury_insurance: the period the payment proof covers (default issued..expires)
};

/// One row of a contractor ledger import (`code,name,name_zh,credit_code,trade,contact`).
struct LedgerRow {
    int line = 0; ///< line of the file, for the messages
    ContractorInput contractor;
};

struct LedgerImport {
    QStringList added;    ///< codes registered (or that would be, on a dry run)
    QStringList existing; ///< codes already registered with the same credit code: left as they are
    QStringList errors;   ///< "line 4: field 'credit_code': ..." — any error and nothing is imported
};

struct WorkerInput {
    QString code, name, contractorCode, idNumber, job, phone;
    QDate briefingOn; ///< site safety briefing; invalid when not done
    bool whitelisted = false;
};

/// A stored worker, for the edit form and `workers edit`: `leftOn` valid when the worker has left.
struct WorkerRecord {
    QString code, name, contractorCode, idNumber, job, phone;
    QDate leftOn;
    QString leftReason;
};

/// The fields of a worker to change; an unset field is left as it is. The code and the contractor stay.
struct WorkerEdit {
    std::optional<QString> name, idNumber, job, phone;
};

/// A worker's leaving as the worker form sets it: `on` (not after today) and the reason, or `on` invalid
/// for a worker who is back on the site.
struct WorkerLeave {
    QDate on;
    QString reason;
};

/// A ledger file imported (or checked) as users run it: which file, how it was encoded, how many rows it
/// held and what the import did with them.
struct LedgerFileImport {
    QString source;   ///< the file's name
    QString encoding; ///< UTF-8 or GB18030
    int rows = 0;
    LedgerImport result;
};

/// A kind of shift (table shifts): the shift roster names it by code. `end` before `start` runs overnight;
/// "24:00" is the end of the day.
struct ShiftKind {
    QString code, name, nameZh, start, end;
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
    /// The stored company data of a contractor (admittedOn left invalid); NotFound for an unknown code.
    ContractorInput contractor(const QString &code) const;
    /// Changes a contractor's company data (name, name_zh, credit code checked by GB 32100, trade, contact;
    /// the code stays). Audited `contractor.edit` with the fields that changed.
    void updateContractor(const QString &code, const ContractorInput &in);
    qint64 addDocument(const QString &contractorCode, const DocumentInput &in);
    qint64 addEmployee(const QString &code, const QString &name, const QString &job);
    qint64 addWorker(const WorkerInput &in);
    /// A contractor's worker; NotFound for an unknown code or an employee. Needs data.read.
    WorkerRecord worker(const QString &code) const;
    /// Changes a worker's name, resident ID number (GB 11643, BadInput naming 'id_number'), job or phone.
    /// contractor.edit; audited `person.edit` with the fields that changed (the ID number only as changed,
    /// never the number). Nothing changed: nothing stored, nothing audited.
    void updateWorker(const QString &code, const WorkerEdit &edit);
    /// Marks a worker as having left on `on` (not after today) with the reason, or, with `on` invalid, as
    /// back on the site. A worker who left stays on record but is refused on permits (WorkGate).
    /// contractor.edit; audited `person.leave` / `person.return`.
    void setWorkerLeft(const QString &code, QDate on, const QString &reason);
    /// The worker form saved: the changed fields (updateWorker) and, when given, the leaving or the return
    /// (setWorkerLeft, only when it differs from what is stored), both or neither. Returns the worker as stored.
    WorkerRecord saveWorker(const QString &code, const WorkerEdit &edit, const std::optional<WorkerLeave> &leave);
    qint64 addCertificate(const QString &personCode, const CertificateInput &in);
    /// Records the site safety briefing given on `on`: a day after the site's today is BadInput (a briefing
    /// is recorded once it has been given). contractor.edit; audited `person.briefing`.
    void recordBriefing(const QString &personCode, QDate on);
    void setWhitelisted(const QString &personCode, bool whitelisted);
    qint64 addShift(const QString &code, const QString &name, const QString &start, const QString &end);
    /// Defines a shift kind: code (letters, digits, '-' and '_', up to 20), name required, start and end
    /// HH:mm (end may be 24:00), not equal. BadInput names the field; Conflict for a code already defined.
    /// contractor.edit; audited `shift.add`.
    qint64 defineShift(const ShiftKind &kind);
    /// The shift kinds, by start time. Needs data.read.
    QList<ShiftKind> shiftKinds() const;
    /// Suspends a contractor (not admitted whatever its documents) with the reason, or lifts it. Audited.
    void suspend(const QString &contractorCode, const QString &reason);
    void unsuspend(const QString &contractorCode, const QString &reason = {});
    /// Imports a contractor ledger: every row is checked first (credit code GB 32100, required fields,
    /// duplicates in the file, a code already registered with another credit code); with any error
    /// nothing is stored and the errors are returned, one per row and field. A dry run only checks.
    LedgerImport importLedger(const QString &source, const QList<LedgerRow> &rows, bool dryRun);
    /// Reads a ledger file's bytes (UTF-8 or GB18030, `encoding` receives which) into rows; a missing
    /// required column or an empty file is BadInput naming `source` and the line. Row checks are importLedger's.
    static QList<LedgerRow> parseLedger(const QByteArray &bytes, const QString &source, QString *encoding = nullptr);
    /// The ledger import as users run it (Records → Contractors → Import ledger…, `guardlinectl contractors
    /// import`): reads the file at `path` (over kMaxLedgerBytes: BadInput), parses it, admits its companies on
    /// the site's today and imports them (importLedger; a dry run only checks).
    LedgerFileImport importLedgerFile(const QString &path, bool dryRun);
    static constexpr qint64 kMaxLedgerBytes = 16ll * 1024 * 1024;
    void assignShift(const QString &shiftCode, const QString &personCode, QDate day, const QString &areaCode = {});
};

} // namespace gl
