// SPDX-License-Identifier: Apache-2.0
#include "core/services/ContractorAdmission.h"
#include "core/permits/PermitRecord.h"
#include "core/services/ContractorService.h"
#include "core/services/QueryService.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QString iso(QDate d) { return d.toString(Qt::ISODate); }

void judge(ContractorStanding &s, QDate today, const AdmissionRule &rule)
{
    s.reasons.clear();
    if (s.suspended)
        s.reasons << (s.suspendReason.isEmpty() ? u"contractor suspended"_s : u"contractor suspended: %1"_s.arg(s.suspendReason));
    for (const QString &kind : ContractorService::documentKinds()) {
        const AdmissionDocument *doc = nullptr;
        for (const AdmissionDocument &d : std::as_const(s.documents))
            if (d.kind == kind && (!doc || d.expiresOn > doc->expiresOn)) // the best current one
                doc = &d;
        if (!doc) {
            s.reasons << u"%1: no document on file"_s.arg(kind);
            continue;
        }
        const QString what = u"%1 '%2'"_s.arg(kind, doc->fileName);
        if (doc->expiresOn.isValid() && doc->expiresOn < today)
            s.reasons << u"%1: expired on %2"_s.arg(what, iso(doc->expiresOn));
        else if (doc->issuedOn.isValid() && doc->issuedOn > today)
            s.reasons << u"%1: not valid before %2"_s.arg(what, iso(doc->issuedOn));
        if (kind != u"injury_insurance"_s)
            continue;
        // The payment proof must cover the months before today, up to the last month that can have been paid.
        const QDate needFrom = today.addMonths(-rule.insuranceMonths);
        const QDate needTo = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QDate from = doc->coversFrom.isValid() ? doc->coversFrom : doc->issuedOn;
        const QDate to = doc->coversTo.isValid() ? doc->coversTo : doc->expiresOn;
        if (!from.isValid() || from > needFrom)
            s.reasons << u"%1: the payment proof covers from %2, not the %3 months before today (from %4 at the latest)"_s
                             .arg(what, from.isValid() ? iso(from) : u"an unknown day"_s)
                             .arg(rule.insuranceMonths)
                             .arg(iso(needFrom));
        if (!to.isValid() || to < needTo)
            s.reasons << u"%1: the payment proof covers only to %2, short of the first day of last month (%3)"_s.arg(
                what, to.isValid() ? iso(to) : u"an unknown day"_s, iso(needTo));
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

ContractorStanding AdmissionRule::standing(Database &db, const QString &contractorCode, QDate today) const
{
    const QHash<QString, ContractorStanding> one = load(db, contractorCode.isNull() ? u""_s : contractorCode, today, *this);
    ContractorStanding s = one.value(contractorCode);
    if (!s.found)
        s.code = contractorCode;
    return s;
}

QHash<QString, ContractorStanding> AdmissionRule::all(Database &db, QDate today) const { return load(db, QString(), today, *this); }

QDate siteDay(Database &db, qint64 nowMs)
{
    const QByteArray tzId = permits::siteTimeZone(db);
    return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::isTimeZoneIdAvailable(tzId) ? QTimeZone(tzId) : QTimeZone::utc()).date();
}

} // namespace gl
