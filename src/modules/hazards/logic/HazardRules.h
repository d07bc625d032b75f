// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gl {

/// A named entry of the hazard rules (category, grade, major-hazard criterion, plan item).
struct HazardTerm {
    QString key, en, zh;
};

/// The hazard rules as data (resources/config/hazard-rules.json, compiled in): the category taxonomy,
/// the grades 一般/重大, the criteria that make a hazard 重大, the six items of a major hazard's
/// rectification plan, and the default site settings (deadlines per grade, re-inspection delay, face
/// match threshold). Sites override the settings in the hazard_settings table (HazardService::setSetting).
class HazardRules {
public:
    static const HazardRules &defaults();
    /// Parses a rules file; throws gl::Error(BadInput) naming `source` and the field.
    static HazardRules parse(const QByteArray &json, const QString &source);

    QList<HazardTerm> categories, grades, majorCriteria, planItems;
    QJsonObject settings;

    QStringList categoryKeys() const;
    QStringList criterionIds() const;
    QStringList planKeys() const;
    const HazardTerm *category(const QString &key) const;
};

} // namespace gl
