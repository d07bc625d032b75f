// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/logic/ContractorAdmission.h"
#include "modules/admission/logic/ContractorService.h"
#include "platform/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QString iso(QDate d) { return d.toString(Qt::ISODate); }

/// A document kind as the user reads it: the key in English (scripts and tests match it), its name in Chinese.
QString kindName(const QString &kind)
{
    if (kind == u"business_licence"_s)
        return QCoreApplication::translate("gl::Admission", "business_licence");
    if (kind == u"qualification"_s)
        return QCoreApplication::translate("gl::Admission", "qualification");
    if (kind == u"injury_insurance"_s)
        return QCoreApplication::translate("gl::Admission", "injury_insurance");
    if (kind == u"hse_agreement"_s)
        return QCoreApplication::translate("gl::Admission", "hse_agreement");
    return kind;
}

// The reasons are in the user's language (CONTRACTS.md section 6): translated with the application's
// translator (the app's interface language, guardlinectl's $LANG); English without one.
void judge(ContractorStanding &s, QDate today, const AdmissionRule &rule)
{
    s.reasons.clear();
    if (s.suspended)
        s.reasons << (s.suspendReason.isEmpty() ? QCoreApplication::translate("gl::Admission", "contractor suspended")
                                                : QCoreApplication::translate("gl::Admission", "contractor suspended: %1").arg(s.suspendReason));
    for (const QString &kind : ContractorService::documentKinds()) {
        const AdmissionDocument *doc = nullptr;
        for (const AdmissionDocument &d : std::as_const(s.documents))
            if (d.kind == kind && (!doc || d.expiresOn > doc->expiresOn)) // the best current one
                doc = &d;
        if (!doc) {
            s.reasons << QCoreApplication::translate("gl::Admission", "%1: no document on file").arg(kindName(kind));
            continue;
        }
        const QString what = QCoreApplication::translate("gl::Admission", "%1 '%2'").arg(kindName(kind), doc->fileName);
        if (doc->expiresOn.isValid() && doc->expiresOn < today)
            s.reasons << QCoreApplication::translate("gl::Admission", "%1: expired on %2").arg(what, iso(doc->expiresOn));
        else if (doc->issuedOn.isValid() && doc->issuedOn > today)
            s.reasons << QCoreApplication::translate("gl::Admission", "%1: not valid before %2").arg(what, iso(doc->issuedOn));
        if (kind != u"injury_insurance"_s)
            continue;
        // The payment proof must cover the months before today, up to the last month that can have been paid.
        const QDate needFrom = today.addMonths(-rule.insuranceMonths);
        const QDate needTo = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QDate from = doc->coversFrom.isValid() ? doc->coversFrom : doc->issuedOn;
        const QDate to = doc->coversTo.isValid() ? doc->coversTo : doc->expiresOn;
        const QString unknown = QCoreApplication::translate("gl::Admission", "an unknown day");
        if (!from.isValid() || from > needFrom)
            s.reasons << QCoreApplication::translate("gl::Admission",
                                                     "%1: the payment proof covers from %2, not the %3 months before today (from %4 at the latest)")
                             .arg(what, from.isValid() ? iso(from) : unknown)
                             .arg(rule.insuranceMonths)
                             .arg(iso(needFrom));
        if (!to.isValid() || to < needTo)
            s.reasons << QCoreApplication::translate("gl::Admission",
                                                     "%1: the payment proof covers only to %2, short of the first day of last month (%3)")
                             .arg(what, to.isValid() ? iso(to) : unknown, iso(needTo));
    }
    s.admitted = s.reasons.isEmpty();
}

QHash<QString, ContractorStanding> load(Database &db, const QString &onlyCode, QDate today, const AdmissionRule &rule)
{
    QHash<QString, ContractorStanding> out;
    QHash<qint64, QString> codeOfId;
    {
        const QString where = onlyCode.isNull() ? QString() : u" WHERE code = ?"_s;
        QSqlQuery q = db.exec(u"SELECT id, code, name, name_zh, credit_code, status, suspend_reason FROM contractors"_s + where,
                              onlyCode.isNull() ? QVariantList{} : QVariantList{onlyCode});
        while (q.next()) {
            ContractorStanding s;
            s.found = true;
            s.code = q.value(1).toString();
            s.name = q.value(2).toString();
            s.nameZh = q.value(3).toString();
            s.creditCode = q.value(4).toString();
            s.suspended = q.value(5).toString() == u"suspended"_s;
            s.suspendReason = q.value(6).toString();
            codeOfId.insert(q.value(0).toLongLong(), s.code);
            out.insert(s.code, s);
        }
    }
    if (out.isEmpty())
        return out;
    const QString where = onlyCode.isNull() ? QString() : u" AND contractor_id = %1"_s.arg(codeOfId.constBegin().key());
    QSqlQuery q = db.exec(u"SELECT contractor_id, kind, file_name, sha256, issued_on, expires_on, covers_from, covers_to "
                          "FROM contractor_documents WHERE superseded_at IS NULL"_s + where + u" ORDER BY kind, id"_s);
    while (q.next()) {
        const auto it = out.find(codeOfId.value(q.value(0).toLongLong()));
        if (it == out.end())
            continue;
        AdmissionDocument d{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), dateOf(q.value(4)), dateOf(q.value(5)),
                            dateOf(q.value(6)), dateOf(q.value(7)), {}};
        d.state = validityOf(d.expiresOn, today, rule.warnDays);
        it->documents << d;
    }
    for (ContractorStanding &s : out)
        judge(s, today, rule);
    return out;
}

} // namespace

QString validityOf(QDate expires, QDate today, int warnDays)
{
    if (!expires.isValid())
        return u"valid"_s;
    if (expires < today)
        return u"expired"_s;
    if (today.daysTo(expires) <= warnDays)
        return u"expiring"_s;
    return u"valid"_s;
}

ContractorStanding AdmissionRule::standing(Database &db, const QString &contractorCode, QDate today) const
{
    const QHash<QString, ContractorStanding> one = load(db, contractorCode.isNull() ? u""_s : contractorCode, today, *this);
    ContractorStanding s = one.value(contractorCode);
    if (!s.found)
        s.code = contractorCode;
    return s;
}

QHash<QString, ContractorStanding> AdmissionRule::all(Database &db, QDate today) const { return load(db, QString(), today, *this); }

} // namespace gl
