// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/ServiceContext.h"

#include <QDate>

namespace gl {

/// Courses (tagged with the hazards they address) and who completed them.
class TrainingService : public ServiceBase {
public:
    using ServiceBase::ServiceBase;
    qint64 addCourse(const QString &code, const QString &title, const QString &titleZh, const QStringList &hazardTags,
                     int validityMonths);
    qint64 recordCompletion(const QString &personCode, const QString &courseCode, QDate completedOn, int score);
};

} // namespace gl
