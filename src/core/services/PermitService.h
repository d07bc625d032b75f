// SPDX-License-Identifier: Apache-2.0
#pragma once

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
};

/// Special-work permits and their lifecycle (domain/States.cpp). Every step is audited with who,
/// where (area, equipment) and when.
class PermitService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList types();
    /// Creates a draft. Bad input names the permit and the field.
    qint64 createDraft(const PermitInput &in);
    /// Applies a lifecycle action (submit, approve, activate, suspend, resume, close, cancel, expire, reject).
    /// Throws Conflict when the action is not allowed from the current state, Forbidden without permission.
    QString apply(const QString &code, const QString &action, const QString &note = {});
    void recordGasTest(const QString &code, qint64 sampledAt, double lelPct, double o2Pct, double toxicPpm, const QString &tester);
    QString state(const QString &code) const;
};

} // namespace gl
