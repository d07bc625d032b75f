// SPDX-License-Identifier: Apache-2.0
#include "core/permits/WorkGate.h"
#include "core/services/ContractorAdmission.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gl::permits {

QStringList WorkGate::check(const PermitRecord &permit, QDate today) const
{
    QHash<QString, ContractorStanding> companies; // each contractor judged once per check
    const QByteArray tzId = siteTimeZone(m_db);
    const QTimeZone tz = QTimeZone::isTimeZoneIdAvailable(tzId) ? QTimeZone(tzId) : QTimeZone::utc();
    const QDate startDay = QDateTime::fromMSecsSinceEpoch(permit.startsAt, tz).date();
    const QDate endDay = QDateTime::fromMSecsSinceEpoch(permit.endsAt - 1, tz).date();
    const QString start = startDay.toString(Qt::ISODate), end = endDay.toString(Qt::ISODate);
    const TypeRules *type = m_rules.type(permit.type);
    const QStringList certKinds = type ? type->certificates : QStringList();

    QStringList problems;
    for (const QString &code : permit.workers) {
        QSqlQuery q = m_db.exec(u"SELECT p.id, p.name, p.whitelisted, p.briefing_on, p.whitelist_until, c.code, p.left_on, p.left_reason FROM people p "
                                "LEFT JOIN contractors c ON c.id = p.contractor_id WHERE p.code = ?"_s, {code});
        if (!q.next()) {
            problems << u"worker '%1': does not exist"_s.arg(code);
            continue;
        }
        const qint64 id = q.value(0).toLongLong();
        const QString who = u"worker '%1' (%2)"_s.arg(code, q.value(1).toString());
        const QDate whitelistUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate); // from the access-control import
        if (q.value(2).toInt() == 0)
            problems << who + u": not on the contractor whitelist"_s;
        else if (whitelistUntil.isValid() && whitelistUntil < endDay)
            problems << who + u": whitelist entry ends on %1, before the end day %2"_s.arg(whitelistUntil.toString(Qt::ISODate), end);
        const QDate briefing = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString company = q.value(5).toString();
        if (const QDate leftOn = QDate::fromString(q.value(6).toString(), Qt::ISODate); leftOn.isValid())
            problems << who + (q.value(7).toString().isEmpty() ? u": left on %1"_s.arg(leftOn.toString(Qt::ISODate))
                                                                 : u": left on %1 (%2)"_s.arg(leftOn.toString(Qt::ISODate), q.value(7).toString()));
        q.finish(); // one active result at a time (PostgreSQL)
        if (!company.isEmpty()) {
            if (!companies.contains(company))
                companies.insert(company, AdmissionRule{m_insuranceMonths}.standing(m_db, company, today));
            const ContractorStanding &s = companies[company];
            if (!s.admitted)
                problems << who + u": contractor '%1' is not admitted: %2"_s.arg(company, s.reasons.join(u"; "_s));
        }
        if (!briefing.isValid())
            problems << who + u": no site safety briefing"_s;
        else if (briefing > startDay)
            problems << who + u": site safety briefing on %1 is after the start day %2"_s.arg(briefing.toString(Qt::ISODate), start);
        else if (briefing.daysTo(startDay) > m_rules.briefingValidDays())
            problems << who + u": site safety briefing of %1 is older than %2 days"_s.arg(briefing.toString(Qt::ISODate)).arg(m_rules.briefingValidDays());
        if (m_db.scalar(u"SELECT count(*) FROM shift_assignments WHERE person_id = ? AND work_date = ?"_s, {id, start}).toInt() == 0)
            problems << who + u": not on a shift on %1"_s.arg(start);
        if (!certKinds.isEmpty()) {
            QStringList marks;
            for (qsizetype i = 0; i < certKinds.size(); ++i)
                marks << u"?"_s;
            QVariantList binds{id};
            for (const QString &k : certKinds)
                binds << k;
            binds << start << end;
            const int valid = m_db.scalar(u"SELECT count(*) FROM certificates WHERE person_id = ? AND kind IN (%1) "
                                          "AND issued_on <= ? AND expires_on >= ?"_s.arg(marks.join(u", "_s)), binds).toInt();
            if (valid == 0)
                problems << who + u": no %1 certificate valid from %2 to %3"_s.arg(certKinds.join(u" or "_s), start, end);
        }
    }
    return problems;
}

} // namespace gl::permits
