// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/domain/Identifiers.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "platform/util/Files.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTime>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
QVariant dateOrNull(QDate d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
} // namespace

QStringList ContractorService::documentKinds()
{
    return {u"business_licence"_s, u"qualification"_s, u"injury_insurance"_s, u"hse_agreement"_s};
}

qint64 ContractorService::registerContractor(const ContractorInput &in)
{
    require(u"contractor.edit"_s);
    if (in.code.trimmed().isEmpty() || in.name.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"contractor: code and name are required"_s);
    if (const QString why = ids::checkCreditCode(in.creditCode); !why.isEmpty())
        fail(ErrorCode::BadInput, u"contractor '%1': field 'credit_code': %2"_s.arg(in.code, why));
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM contractors WHERE code = ?"_s, {in.code}).toInt() > 0)
        fail(ErrorCode::Conflict, u"contractor '%1' already exists"_s.arg(in.code));
    // 'active' = not suspended. Whether it is admitted is a rule over its documents (ContractorAdmission.h).
    const qint64 id = db().insert(u"contractors"_s, {{u"code"_s, in.code}, {u"name"_s, in.name}, {u"name_zh"_s, in.nameZh},
                                                     {u"credit_code"_s, in.creditCode}, {u"trade"_s, in.trade.isEmpty() ? u""_s : in.trade},
                                                     {u"status"_s, u"active"_s}, {u"contact"_s, in.contact},
                                                     {u"admitted_on"_s, dateOrNull(in.admittedOn)}});
    audit(u"contractor.register"_s, u"contractor"_s, in.code,
          {{u"name"_s, in.name}, {u"credit_code"_s, in.creditCode}, {u"trade"_s, in.trade}});
    tx.commit();
    return id;
}

ContractorInput ContractorService::contractor(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT code, name, name_zh, credit_code, trade, contact FROM contractors WHERE code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"contractor '%1' not found"_s.arg(code));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), {}};
}

void ContractorService::updateContractor(const QString &code, const ContractorInput &in)
{
    require(u"contractor.edit"_s);
    if (in.name.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"contractor '%1': field 'name' is required"_s.arg(code));
    if (const QString why = ids::checkCreditCode(in.creditCode); !why.isEmpty())
        fail(ErrorCode::BadInput, u"contractor '%1': field 'credit_code': %2"_s.arg(code, why));
    Transaction tx(db());
    const ContractorInput before = contractor(code);
    QJsonObject changed;
    auto note = [&](const char16_t *field, const QString &from, const QString &to) {
        if (from != to)
            changed.insert(QString::fromUtf16(field), QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    };
    note(u"name", before.name, in.name);
    note(u"name_zh", before.nameZh, in.nameZh);
    note(u"credit_code", before.creditCode, in.creditCode);
    note(u"trade", before.trade, in.trade);
    note(u"contact", before.contact, in.contact);
    if (changed.isEmpty())
        return; // nothing to store, nothing to audit
    db().exec(u"UPDATE contractors SET name = ?, name_zh = ?, credit_code = ?, trade = ?, contact = ? WHERE code = ?"_s,
              {in.name, in.nameZh, in.creditCode, in.trade, in.contact, code});
    audit(u"contractor.edit"_s, u"contractor"_s, code, changed);
    tx.commit();
}

qint64 ContractorService::addDocument(const QString &contractorCode, const DocumentInput &in)
{
    require(u"contractor.edit"_s);
    if (!documentKinds().contains(in.kind))
        fail(ErrorCode::BadInput, u"document for '%1': field 'kind': '%2' is not one of %3"_s.arg(contractorCode, in.kind,
                                                                                              documentKinds().join(u", "_s)));
    if (!in.issuedOn.isValid())
        fail(ErrorCode::BadInput, u"document '%1': field 'issued_on' is required"_s.arg(in.fileName));
    if (in.expiresOn.isValid() && in.expiresOn <= in.issuedOn)
        fail(ErrorCode::BadInput, u"document '%1': field 'expires_on' must be after 'issued_on'"_s.arg(in.fileName));
    QDate coversFrom = in.coversFrom, coversTo = in.coversTo;
    if (in.kind == u"injury_insurance"_s && !coversFrom.isValid() && !coversTo.isValid()) {
        coversFrom = in.issuedOn;
        coversTo = in.expiresOn;
    }
    if (coversFrom.isValid() && coversTo.isValid() && coversTo < coversFrom)
        fail(ErrorCode::BadInput, u"document '%1': field 'covers_to' is before 'covers_from'"_s.arg(in.fileName));
    const QString sha = in.content.isEmpty()
        ? in.sha256
        : QString::fromLatin1(QCryptographicHash::hash(in.content, QCryptographicHash::Sha256).toHex());
    Transaction tx(db());
    const qint64 cid = idOf(u"contractors"_s, contractorCode, u"contractor"_s);
    const qint64 id = db().insert(u"contractor_documents"_s,
                                  {{u"contractor_id"_s, cid}, {u"kind"_s, in.kind}, {u"file_name"_s, in.fileName},
                                   {u"sha256"_s, sha}, {u"size_bytes"_s, qint64(in.content.size())},
                                   {u"content"_s, in.content.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(in.content)},
                                   {u"issued_on"_s, dateOrNull(in.issuedOn)}, {u"expires_on"_s, dateOrNull(in.expiresOn)},
                                   {u"covers_from"_s, dateOrNull(coversFrom)}, {u"covers_to"_s, dateOrNull(coversTo)},
                                   {u"created_at"_s, now()}});
    audit(u"contractor.document.add"_s, u"contractor"_s, contractorCode,
          {{u"kind"_s, in.kind}, {u"file"_s, in.fileName}, {u"sha256"_s, sha},
           {u"expires_on"_s, in.expiresOn.toString(Qt::ISODate)}});
    tx.commit();
    return id;
}

qint64 ContractorService::addEmployee(const QString &code, const QString &name, const QString &job)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const qint64 id = db().insert(u"people"_s, {{u"code"_s, code}, {u"name"_s, name}, {u"kind"_s, u"employee"_s},
                                                {u"job"_s, job}, {u"whitelisted"_s, 1}});
    audit(u"person.add"_s, u"person"_s, code, {{u"name"_s, name}, {u"kind"_s, u"employee"_s}, {u"job"_s, job}});
    tx.commit();
    return id;
}

qint64 ContractorService::addWorker(const WorkerInput &in)
{
    require(u"contractor.edit"_s);
    if (const QString why = ids::checkResidentId(in.idNumber, QDateTime::fromMSecsSinceEpoch(now()).date()); !why.isEmpty())
        fail(ErrorCode::BadInput, u"worker '%1': field 'id_number': %2"_s.arg(in.code, why));
    if (in.code.trimmed().isEmpty() || in.name.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"worker: code and name are required"_s);
    Transaction tx(db());
    const qint64 cid = idOf(u"contractors"_s, in.contractorCode, u"contractor"_s);
    if (db().scalar(u"SELECT count(*) FROM people WHERE code = ?"_s, {in.code}).toInt() > 0)
        fail(ErrorCode::Conflict, u"person '%1' already exists"_s.arg(in.code));
    const qint64 id = db().insert(u"people"_s, {{u"code"_s, in.code}, {u"name"_s, in.name}, {u"kind"_s, u"contractor_worker"_s},
                                                {u"contractor_id"_s, cid}, {u"id_number"_s, in.idNumber}, {u"job"_s, in.job},
                                                {u"phone"_s, in.phone}, {u"briefing_on"_s, dateOrNull(in.briefingOn)},
                                                {u"whitelisted"_s, in.whitelisted ? 1 : 0}});
    // The ID number is personal data: the audit entry records that it was checked, not the number.
    audit(u"person.add"_s, u"person"_s, in.code,
          {{u"name"_s, in.name}, {u"kind"_s, u"contractor_worker"_s}, {u"contractor"_s, in.contractorCode},
           {u"job"_s, in.job}, {u"id_number_checked"_s, true}});
    tx.commit();
    return id;
}

WorkerRecord ContractorService::worker(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT p.code, p.name, c.code, p.id_number, p.job, p.phone, p.left_on, p.left_reason FROM people p "
                            "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ? AND p.kind = 'contractor_worker'"_s,
                            {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"worker '%1' not found"_s.arg(code));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString()};
}

void ContractorService::updateWorker(const QString &code, const WorkerEdit &edit)
{
    require(u"contractor.edit"_s);
    if (edit.name && edit.name->trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"worker '%1': field 'name' must not be empty"_s.arg(code));
    if (edit.job && edit.job->trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"worker '%1': field 'job' must not be empty"_s.arg(code));
    if (edit.idNumber)
        if (const QString why = ids::checkResidentId(*edit.idNumber, QDateTime::fromMSecsSinceEpoch(now()).date()); !why.isEmpty())
            fail(ErrorCode::BadInput, u"worker '%1': field 'id_number': %2"_s.arg(code, why));
    Transaction tx(db());
    const WorkerRecord before = worker(code);
    WorkerRecord after = before;
    QJsonObject changed;
    auto apply = [&](const char16_t *field, const std::optional<QString> &to, QString &value) {
        if (!to || *to == value)
            return;
        changed.insert(QString::fromUtf16(field), QJsonObject{{u"from"_s, value}, {u"to"_s, *to}});
        value = *to;
    };
    apply(u"name", edit.name, after.name);
    apply(u"job", edit.job, after.job);
    apply(u"phone", edit.phone, after.phone);
    if (edit.idNumber && *edit.idNumber != before.idNumber) {
        // Personal data: the audit entry records that the number changed and was checked, not the numbers.
        changed.insert(u"id_number"_s, QJsonObject{{u"changed"_s, true}, {u"checked"_s, true}});
        after.idNumber = *edit.idNumber;
    }
    if (changed.isEmpty()) {
        tx.commit(); // nothing to store; inside saveWorker's transaction a rollback here would undo the whole form
        return;
    }
    db().exec(u"UPDATE people SET name = ?, id_number = ?, job = ?, phone = ? WHERE code = ?"_s,
              {after.name, after.idNumber, after.job, after.phone, code});
    audit(u"person.edit"_s, u"person"_s, code, changed);
    tx.commit();
}

void ContractorService::setWorkerLeft(const QString &code, QDate on, const QString &reason)
{
    require(u"contractor.edit"_s);
    if (on.isValid() && on > siteDay(db(), now()))
        fail(ErrorCode::BadInput, u"worker '%1': field 'left_on': %2 is after today"_s.arg(code, on.toString(Qt::ISODate)));
    Transaction tx(db());
    const WorkerRecord before = worker(code);
    if (!on.isValid() && !before.leftOn.isValid())
        fail(ErrorCode::Conflict, u"worker '%1' has not left"_s.arg(code));
    db().exec(u"UPDATE people SET left_on = ?, left_reason = ? WHERE code = ?"_s,
              {dateOrNull(on), on.isValid() && !reason.trimmed().isEmpty() ? QVariant(reason.trimmed()) : QVariant(), code});
    if (on.isValid())
        audit(u"person.leave"_s, u"person"_s, code, {{u"left_on"_s, on.toString(Qt::ISODate)}, {u"reason"_s, reason.trimmed()}});
    else
        audit(u"person.return"_s, u"person"_s, code, {{u"left_on"_s, before.leftOn.toString(Qt::ISODate)}});
    tx.commit();
}

WorkerRecord ContractorService::saveWorker(const QString &code, const WorkerEdit &edit, const std::optional<WorkerLeave> &leave)
{
    Transaction tx(db());
    updateWorker(code, edit);
    if (leave) {
        const WorkerRecord w = worker(code);
        const bool differs = leave->on.isValid() ? w.leftOn != leave->on || w.leftReason != leave->reason.trimmed() : w.leftOn.isValid();
        if (differs)
            setWorkerLeft(code, leave->on, leave->reason);
    }
    tx.commit();
    return worker(code);
}

qint64 ContractorService::addCertificate(const QString &personCode, const CertificateInput &in)
{
    require(u"contractor.edit"_s);
    if (!in.issuedOn.isValid() || !in.expiresOn.isValid() || in.expiresOn <= in.issuedOn)
        fail(ErrorCode::BadInput, u"certificate '%1' of '%2': issue and expiry dates are required, expiry after issue"_s
                                      .arg(in.number, personCode));
    Transaction tx(db());
    const qint64 pid = idOf(u"people"_s, personCode, u"person"_s);
    const qint64 id = db().insert(u"certificates"_s, {{u"person_id"_s, pid}, {u"kind"_s, in.kind}, {u"number"_s, in.number},
                                                      {u"issued_on"_s, dateOrNull(in.issuedOn)},
                                                      {u"review_on"_s, dateOrNull(in.reviewOn)},
                                                      {u"expires_on"_s, dateOrNull(in.expiresOn)}});
    audit(u"person.certificate.add"_s, u"person"_s, personCode,
          {{u"kind"_s, in.kind}, {u"number"_s, in.number}, {u"expires_on"_s, in.expiresOn.toString(Qt::ISODate)}});
    tx.commit();
    return id;
}

void ContractorService::recordBriefing(const QString &personCode, QDate on)
{
    require(u"contractor.edit"_s);
    if (!on.isValid())
        fail(ErrorCode::BadInput, u"worker '%1': field 'briefing_on': a day is required"_s.arg(personCode));
    if (on > siteDay(db(), now()))
        fail(ErrorCode::BadInput, u"worker '%1': field 'briefing_on': %2 is after today: record a briefing once it has been given"_s
                                      .arg(personCode, on.toString(Qt::ISODate)));
    Transaction tx(db());
    const qint64 pid = idOf(u"people"_s, personCode, u"person"_s);
    db().exec(u"UPDATE people SET briefing_on = ? WHERE id = ?"_s, {on.toString(Qt::ISODate), pid});
    audit(u"person.briefing"_s, u"person"_s, personCode, {{u"briefing_on"_s, on.toString(Qt::ISODate)}});
    tx.commit();
}

void ContractorService::setWhitelisted(const QString &personCode, bool whitelisted)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const qint64 pid = idOf(u"people"_s, personCode, u"person"_s);
    db().exec(u"UPDATE people SET whitelisted = ? WHERE id = ?"_s, {whitelisted ? 1 : 0, pid});
    audit(u"person.whitelist"_s, u"person"_s, personCode, {{u"whitelisted"_s, whitelisted}});
    tx.commit();
}

qint64 ContractorService::addShift(const QString &code, const QString &name, const QString &start, const QString &end)
{
    return defineShift({code, name, {}, start, end});
}

qint64 ContractorService::defineShift(const ShiftKind &k)
{
    require(u"contractor.edit"_s);
    static const QRegularExpression codeRe(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$"_s), timeRe(u"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"_s);
    if (!codeRe.match(k.code).hasMatch())
        fail(ErrorCode::BadInput, u"shift kind: field 'code': '%1' is not a code (letters, digits, '-' and '_', up to 20)"_s.arg(k.code));
    if (k.name.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"shift kind '%1': field 'name' is required"_s.arg(k.code));
    if (!timeRe.match(k.start).hasMatch() || k.start == u"24:00"_s)
        fail(ErrorCode::BadInput, u"shift kind '%1': field 'start': '%2' is not a time HH:mm (00:00 to 23:59)"_s.arg(k.code, k.start));
    if (!timeRe.match(k.end).hasMatch())
        fail(ErrorCode::BadInput, u"shift kind '%1': field 'end': '%2' is not a time HH:mm (00:00 to 24:00)"_s.arg(k.code, k.end));
    if (k.start == k.end)
        fail(ErrorCode::BadInput, u"shift kind '%1': field 'end': the shift ends when it starts (%2)"_s.arg(k.code, k.start));
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM shifts WHERE code = ?"_s, {k.code}).toInt() > 0)
        fail(ErrorCode::Conflict, u"shift kind '%1' already exists"_s.arg(k.code));
    const qint64 id = db().insert(u"shifts"_s, {{u"code"_s, k.code}, {u"name"_s, k.name.trimmed()},
                                                {u"name_zh"_s, k.nameZh.trimmed().isEmpty() ? QVariant() : QVariant(k.nameZh.trimmed())},
                                                {u"start_time"_s, k.start}, {u"end_time"_s, k.end}});
    QJsonObject details{{u"name"_s, k.name.trimmed()}, {u"start"_s, k.start}, {u"end"_s, k.end}};
    if (!k.nameZh.trimmed().isEmpty())
        details.insert(u"name_zh"_s, k.nameZh.trimmed());
    audit(u"shift.add"_s, u"shift"_s, k.code, details);
    tx.commit();
    return id;
}

QList<ShiftKind> ContractorService::shiftKinds() const
{
    require(u"data.read"_s);
    QList<ShiftKind> out;
    QSqlQuery q = db().exec(u"SELECT code, name, name_zh, start_time, end_time FROM shifts ORDER BY start_time, code"_s);
    while (q.next())
        out << ShiftKind{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    return out;
}

void ContractorService::assignShift(const QString &shiftCode, const QString &personCode, QDate day, const QString &areaCode)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const qint64 sid = idOf(u"shifts"_s, shiftCode, u"shift"_s);
    const qint64 pid = idOf(u"people"_s, personCode, u"person"_s);
    const QVariant aid = areaCode.isEmpty() ? QVariant() : QVariant(idOf(u"areas"_s, areaCode, u"area"_s));
    db().insert(u"shift_assignments"_s, {{u"shift_id"_s, sid}, {u"person_id"_s, pid}, {u"work_date"_s, day.toString(Qt::ISODate)}, {u"area_id"_s, aid}});
    audit(u"shift.assign"_s, u"person"_s, personCode, {{u"shift"_s, shiftCode}, {u"date"_s, day.toString(Qt::ISODate)}}, areaCode);
    tx.commit();
}

void ContractorService::suspend(const QString &contractorCode, const QString &reason)
{
    require(u"contractor.edit"_s);
    if (reason.trimmed().isEmpty())
        fail(ErrorCode::BadInput, u"suspending contractor '%1': field 'reason' is required"_s.arg(contractorCode));
    Transaction tx(db());
    const qint64 cid = idOf(u"contractors"_s, contractorCode, u"contractor"_s);
    db().exec(u"UPDATE contractors SET status = 'suspended', suspend_reason = ?, suspended_at = ? WHERE id = ?"_s, {reason, now(), cid});
    audit(u"contractor.suspend"_s, u"contractor"_s, contractorCode, {{u"reason"_s, reason}});
    tx.commit();
}

void ContractorService::unsuspend(const QString &contractorCode, const QString &reason)
{
    require(u"contractor.edit"_s);
    Transaction tx(db());
    const qint64 cid = idOf(u"contractors"_s, contractorCode, u"contractor"_s);
    if (db().scalar(u"SELECT status FROM contractors WHERE id = ?"_s, {cid}).toString() != u"suspended"_s)
        fail(ErrorCode::Conflict, u"contractor '%1' is not suspended"_s.arg(contractorCode));
    db().exec(u"UPDATE contractors SET status = 'active', suspend_reason = NULL, suspended_at = NULL WHERE id = ?"_s, {cid});
    audit(u"contractor.unsuspend"_s, u"contractor"_s, contractorCode, {{u"reason"_s, reason}});
    tx.commit();
}

LedgerFileImport ContractorService::importLedgerFile(const QString &path, bool dryRun)
{
    LedgerFileImport out;
    out.source = QFileInfo(path).fileName();
    const QByteArray bytes = readUserFile(path, kMaxLedgerBytes + 1);
    if (bytes.size() > kMaxLedgerBytes)
        fail(ErrorCode::BadInput, u"%1: over %2 MiB: not a contractor ledger"_s.arg(out.source).arg(kMaxLedgerBytes / (1024 * 1024)));
    QList<LedgerRow> rows = parseLedger(bytes, out.source, &out.encoding);
    const QDate today = siteDay(db(), now());
    for (LedgerRow &r : rows)
        r.contractor.admittedOn = today;
    out.rows = int(rows.size());
    out.result = importLedger(out.source, rows, dryRun);
    return out;
}

LedgerImport ContractorService::importLedger(const QString &source, const QList<LedgerRow> &rows, bool dryRun)
{
    require(dryRun ? u"data.read"_s : u"contractor.edit"_s);
    LedgerImport out;
    QHash<QString, int> seen;
    for (const LedgerRow &r : rows) {
        const ContractorInput &c = r.contractor;
        auto bad = [&](const QString &field, const QString &why) { out.errors << u"%1: line %2: field '%3': %4"_s.arg(source).arg(r.line).arg(field, why); };
        if (c.code.isEmpty())
            bad(u"code"_s, u"is required"_s);
        if (c.name.isEmpty())
            bad(u"name"_s, u"is required"_s);
        if (const QString why = ids::checkCreditCode(c.creditCode); !why.isEmpty())
            bad(u"credit_code"_s, why);
        if (c.code.isEmpty())
            continue;
        if (seen.contains(c.code)) {
            bad(u"code"_s, u"'%1' is also on line %2"_s.arg(c.code).arg(seen.value(c.code)));
            continue;
        }
        seen.insert(c.code, r.line);
        const QVariant known = db().scalar(u"SELECT credit_code FROM contractors WHERE code = ?"_s, {c.code});
        if (!known.isValid())
            out.added << c.code;
        else if (known.toString() == c.creditCode)
            out.existing << c.code;
        else
            bad(u"credit_code"_s, u"contractor '%1' is registered with credit code %2"_s.arg(c.code, known.toString()));
    }
    if (rows.isEmpty())
        out.errors << u"%1: no contractor rows"_s.arg(source);
    if (dryRun || !out.errors.isEmpty())
        return out;
    Transaction tx(db()); // all rows or none
    for (const LedgerRow &r : rows)
        if (out.added.contains(r.contractor.code))
            registerContractor(r.contractor);
    audit(u"contractor.import"_s, u"contractor"_s, source,
          {{u"added"_s, QJsonArray::fromStringList(out.added)}, {u"existing"_s, QJsonArray::fromStringList(out.existing)}});
    tx.commit();
    return out;
}

} // namespace gl
