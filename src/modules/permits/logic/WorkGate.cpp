// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/permits/logic/WorkGate.h"
#include "modules/admission/logic/ContractorAdmission.h"
#include "platform/store/Database.h"

#include <QCoreApplication>
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
            problems << QCoreApplication::translate("gl::WorkGate", "worker '%1': does not exist").arg(code);
            continue;
        }
        const qint64 id = q.value(0).toLongLong();
        const QString who = QCoreApplication::translate("gl::WorkGate", "worker '%1' (%2)").arg(code, q.value(1).toString());
        const QDate whitelistUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate); // from the access-control import
        if (q.value(2).toInt() == 0)
            problems << QCoreApplication::translate("gl::WorkGate", "%1: not on the contractor whitelist").arg(who);
        else if (whitelistUntil.isValid() && whitelistUntil < endDay)
            problems << QCoreApplication::translate("gl::WorkGate", "%1: whitelist entry ends on %2, before the end day %3").arg(who, whitelistUntil.toString(Qt::ISODate), end);
        const QDate briefing = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString company = q.value(5).toString();
        if (const QDate leftOn = QDate::fromString(q.value(6).toString(), Qt::ISODate); leftOn.isValid())
            problems << (q.value(7).toString().isEmpty()
                             ? QCoreApplication::translate("gl::WorkGate", "%1: left on %2").arg(who, leftOn.toString(Qt::ISODate))
                             : QCoreApplication::translate("gl::WorkGate", "%1: left on %2 (%3)").arg(who, leftOn.toString(Qt::ISODate), q.value(7).toString()));
        q.finish(); // one active result at a time (PostgreSQL)
        if (!company.isEmpty()) {
            if (!companies.contains(company))
                companies.insert(company, AdmissionRule{m_insuranceMonths}.standing(m_db, company, today));
            const ContractorStanding &s = companies[company];
            if (!s.admitted)
                problems << QCoreApplication::translate("gl::WorkGate", "%1: contractor '%2' is not admitted: %3").arg(who, company, s.reasons.join(u"; "_s));
        }
        if (!briefing.isValid())
            problems << QCoreApplication::translate("gl::WorkGate", "%1: no site safety briefing").arg(who);
        else if (briefing > startDay)
            problems << QCoreApplication::translate("gl::WorkGate", "%1: site safety briefing on %2 is after the start day %3").arg(who, briefing.toString(Qt::ISODate), start);
        else if (briefing.daysTo(startDay) > m_rules.briefingValidDays())
            problems << QCoreApplication::translate("gl::WorkGate", "%1: site safety briefing of %2 is older than %3 days").arg(who, briefing.toString(Qt::ISODate)).arg(m_rules.briefingValidDays());
        if (m_db.scalar(u"SELECT count(*) FROM shift_assignments WHERE person_id = ? AND work_date = ?"_s, {id, start}).toInt() == 0)
            problems << QCoreApplication::translate("gl::WorkGate", "%1: not on a shift on %2").arg(who, start);
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
                problems << QCoreApplication::translate("gl::WorkGate", "%1: no %2 certificate valid from %3 to %4").arg(who, certKinds.join(u" or "_s), start, end);
        }
    }
    return problems;
}

} // namespace gl::permits
