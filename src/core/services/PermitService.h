// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/permits/Gb30871Rules.h"
#include "core/permits/PermitRecord.h"
#include "core/services/ServiceContext.h"
#include "core/site/Geometry.h"

namespace gl {

struct PermitInput {
    QString code;          ///< e.g. "HW-0001"; the type's prefix
    QString type;          ///< one of the eight GB 30871-2022 types (CONTRACTS.md §3)
    QString grade;         ///< special / level1 / level2 (hot work), or "standard"
    QString contractorCode; ///< empty for in-house crews
    QString areaCode, equipmentCode, title;
    site::Polygon polygon;
    double zMin = 0, zMax = 4;
    qint64 startsAt = 0, endsAt = 0; ///< UTC ms
    QString guardianCode;  ///< the certified guardian (person code)
    QStringList workerCodes;
    QString coordinatorCode; ///< the cross-work coordinator (GB 30871 §4.7), a person code; may be empty
};

/// Special-work permits and their lifecycle (domain/States.cpp). Every step is audited with who,
/// where (area, equipment) and when; a refused step changes nothing and is not audited.
///
/// GB 30871-2022 is enforced from data (permits/Gb30871Rules): a draft may be incomplete, but `submit`
/// refuses with every problem listed (validity, guardian, WorkGate), `approve` re-checks, checks the
/// approver's role for the grade and the SIMOPS conflicts with the approved/active/suspended permits,
/// `activate` needs a passing gas test no more than 30 min old (hot work, confined space) and `resume`
/// a new one after a long interruption.
class PermitService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList types();
    /// The site's rules (an override file); the built-in defaults otherwise. Not owned.
    void setRules(const permits::Gb30871Rules *rules) { m_rules = rules; }
    const permits::Gb30871Rules &rules() const { return m_rules ? *m_rules : permits::Gb30871Rules::defaults(); }

    /// Creates a draft. Bad input names the permit and the field.
    qint64 createDraft(const PermitInput &in);
    /// Applies a lifecycle action (submit, approve, activate, suspend, resume, close, cancel, expire, reject).
    /// Throws Conflict when the action is not allowed from the current state or the permit breaks a rule
    /// (the message lists every problem), Forbidden without permission.
    QString apply(const QString &code, const QString &action, const QString &note = {});
    /// Names (or with an empty code clears) the cross-work coordinator of a draft or submitted permit.
    void setCoordinator(const QString &code, const QString &personCode);
    /// Records a gas analysis. combustibleVolPct is % vol; gasLelPct the lower explosive limit of the gas
    /// of concern (decides 0.5 or 0.2 % vol); enriched: oxygen-enriched air (O₂ up to 23.5 %).
    void recordGasTest(const QString &code, qint64 sampledAt, double combustibleVolPct, double o2Pct, double toxicPpm,
                       const QString &tester, double gasLelPct = 4.0, bool enriched = false);
    QString state(const QString &code) const;

    /// What `submit` would refuse for (empty: it may be submitted).
    QStringList submitProblems(const QString &code) const;
    /// What `approve` would refuse for, by the current actor.
    QStringList approveProblems(const QString &code) const;
    /// Moves every approved/active/suspended permit whose end is at or before `now` to expired, audited by
    /// the system actor "system:permit-expiry". Returns the codes, sorted.
    QStringList expireDue(qint64 now);
    /// The guardian of an active permit left the work site: the permit is suspended (audited by the actor).
    void guardianLeft(const QString &code);
    /// Active permits whose gas must be logged periodically (confined space: every 2 h) and is overdue at `now`.
    QStringList gasLogsOverdue(qint64 now) const;

private:
    permits::PermitRecord load(const QString &code) const;
    QStringList readinessProblems(const permits::PermitRecord &p) const;
    QStringList conflictProblems(const permits::PermitRecord &p, QJsonArray *coordinated) const;
    QStringList gasProblems(const permits::PermitRecord &p, const QString &action) const;
    [[noreturn]] void refuse(const QString &code, const QString &action, const QStringList &problems) const;

    const permits::Gb30871Rules *m_rules = nullptr;
};

} // namespace gl
