// SPDX-License-Identifier: Apache-2.0
#include "modules/training/logic/TrainingService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

using namespace Qt::StringLiterals;

namespace gl {

qint64 TrainingService::addCourse(const QString &code, const QString &title, const QString &titleZh,
                                  const QStringList &hazardTags, int validityMonths)
{
    require(u"training.edit"_s);
    if (validityMonths <= 0)
        fail(ErrorCode::BadInput, u"course '%1': field 'validity_months': must be positive"_s.arg(code));
    Transaction tx(db());
    const qint64 id = db().insert(u"courses"_s, {{u"code"_s, code}, {u"title"_s, title}, {u"title_zh"_s, titleZh},
                                                 {u"hazard_tags"_s, hazardTags.join(u',')}, {u"validity_months"_s, validityMonths}});
    audit(u"course.add"_s, u"course"_s, code, {{u"title"_s, title}, {u"validity_months"_s, validityMonths}});
    tx.commit();
    return id;
}

qint64 TrainingService::recordCompletion(const QString &personCode, const QString &courseCode, QDate completedOn, int score)
{
    require(u"training.edit"_s);
    Transaction tx(db());
    const qint64 pid = idOf(u"people"_s, personCode, u"person"_s);
    const qint64 cid = idOf(u"courses"_s, courseCode, u"course"_s);
    const int months = db().scalar(u"SELECT validity_months FROM courses WHERE id = ?"_s, {cid}).toInt();
    const QDate expires = completedOn.addMonths(months);
    const qint64 id = db().insert(u"training_records"_s, {{u"person_id"_s, pid}, {u"course_id"_s, cid},
                                                          {u"completed_on"_s, completedOn.toString(Qt::ISODate)},
                                                          {u"score"_s, score}, {u"expires_on"_s, expires.toString(Qt::ISODate)}});
    audit(u"training.complete"_s, u"person"_s, personCode,
          {{u"course"_s, courseCode}, {u"score"_s, score}, {u"expires_on"_s, expires.toString(Qt::ISODate)}});
    tx.commit();
    return id;
}

} // namespace gl
