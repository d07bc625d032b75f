// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTime>

#include <optional>

namespace gl::permits {

/// The rules of one special-work type that software can enforce.
struct TypeRules {
    QStringList grades;                      ///< the grades a permit of this type may have
    QHash<QString, double> maxValidityHours; ///< by grade; a missing grade has no limit
    bool gasTest = false;                    ///< gas analysis before start (hot work, confined space)
    QHash<QString, int> retestAfterMin;      ///< by grade: an interruption longer than this needs a new test
    int gasLogIntervalMin = 0;               ///< > 0: the gas is logged at least this often while active
    bool gradeRaise = false;                 ///< raised one grade on rest days, holidays and at night
    bool onePerBlind = false;                ///< one permit per blind (equipment) at a time
    QStringList certificates;                ///< a worker holds at least one valid certificate of these kinds
};

/// GB 30871-2022 as data (resources/config/gb30871.json, compiled in), optionally overridden per site.
class Gb30871Rules {
public:
    /// The built-in defaults (the standard's values).
    static const Gb30871Rules &defaults();
    /// A site override file over `base`: every key it names replaces the base's (types merge per key).
    /// Unknown keys, types, grades or bad values throw gl::Error(BadInput) naming the file and field.
    static Gb30871Rules fromFile(const QString &path, const Gb30871Rules &base = defaults());
    static Gb30871Rules fromJson(const QJsonObject &root, const QString &source, const Gb30871Rules *base);

    /// The rules of a type; nullptr for an unknown type.
    const TypeRules *type(const QString &type) const;
    /// The grade one level up ("level2" → "level1" → "special"); the same grade at the top or outside the ladder.
    QString raised(const QString &grade) const;
    /// True when the work starts or ends (end exclusive) at night, on a rest day or on a holiday, site time.
    bool needsGradeRaise(qint64 startMs, qint64 endMs, const QByteArray &timeZone) const;
    /// The grade the rules apply with: raised when the type raises and the window needs it.
    QString effectiveGrade(const QString &type, const QString &grade, qint64 startMs, qint64 endMs,
                           const QByteArray &timeZone) const;
    QStringList approverRoles(const QString &grade) const { return m_approvers.value(grade); }

    int sampleBeforeStartMin() const { return m_sampleBeforeMin; }
    int briefingValidDays() const { return m_briefingValidDays; }
    /// GB 30871-2022 §5.3: ≤ 0.5 % vol when the gas's LEL ≥ 4 %, ≤ 0.2 % vol below; O₂ 19.5–21 % (23.5 % enriched).
    double combustibleLimit(double gasLelPct) const { return gasLelPct >= 4.0 ? m_limitLel4 : m_limitBelow4; }
    double o2Min() const { return m_o2Min; }
    double o2Max(bool enriched) const { return enriched ? m_o2MaxEnriched : m_o2Max; }
    bool gasPasses(double combustibleVolPct, double o2Pct, double gasLelPct = 4.0, bool enriched = false) const;

private:
    QStringList m_grades;
    QHash<QString, TypeRules> m_types;
    QHash<QString, QStringList> m_approvers;
    QTime m_nightFrom{22, 0}, m_nightTo{6, 0};
    QSet<int> m_restDays{6, 7};
    QSet<QDate> m_holidays;
    int m_briefingValidDays = 365;
    int m_sampleBeforeMin = 30;
    double m_limitLel4 = 0.5, m_limitBelow4 = 0.2;
    double m_o2Min = 19.5, m_o2Max = 21.0, m_o2MaxEnriched = 23.5;
};

} // namespace gl::permits
