// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/ServiceContext.h"

namespace gl {

struct HazardInput {
    QString code;
    QString category;      ///< one of HazardService::categories()
    QString grade = QStringLiteral("general"); ///< general (一般) / major (重大)
    QString areaCode, equipmentCode, description;
    double x = 0, y = 0, z = 0;
    QJsonObject plan;      ///< major hazards: the six-item rectification plan
};

/// The hazard closed loop (domain/States.cpp): report → assign → rectify → verify → close → re-inspect.
class HazardService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;

    static QStringList categories();
    static QStringList planItems(); ///< goal, measures, funding, responsible, deadline, emergency_plan
    qint64 report(const HazardInput &in);
    /// Assigns to a person with a deadline (UTC ms).
    void assign(const QString &code, const QString &personCode, qint64 deadlineAt);
    /// Applies a lifecycle action: start, submit, accept, reject, reinspect_pass, reinspect_fail.
    QString apply(const QString &code, const QString &action, const QString &note = {});
};

} // namespace gl
