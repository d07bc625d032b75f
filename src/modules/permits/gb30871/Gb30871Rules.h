// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
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

/// One signature of the standard's sign-off order (GB 30871-2022 Appendix A tickets).
struct SignOffStep {
    QString step;          ///< key, e.g. "guardian"
    QString name, nameZh;  ///< shown on the ticket and in the UI
    QStringList roles;     ///< user roles that may record it (ignored when rolesByGrade)
    bool rolesByGrade = false; ///< the approver of the permit's effective grade (Table B.1, `approvers`)
    QString signer;        ///< "guardian": the signature is the named guardian's (recorded by a user in `roles`)
    bool onSite = false;   ///< the signer confirms being at the work site
    QString action;        ///< the lifecycle action this signature performs ("submit", "approve"), or empty
};

/// One safety measure of a type's checklist (GB 30871-2022 Appendix A), confirmed before approval.
struct ChecklistItem {
    QString key, text, textZh;
};

/// Which alarms suspend the active permits of their area.
struct AlarmSuspension {
    QStringList sensorKinds; ///< the alarm's tag is a sensor of one of these kinds (sensors.kind)
    QStringList rules;       ///< or the alarm's rule id is one of these
    QString minSeverity = QStringLiteral("high"); ///< and its severity is at least this (critical > high > medium > low)
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

    /// The sign-off order, first to last.
    const QList<SignOffStep> &signOffs() const { return m_signOffs; }
    const SignOffStep *signOff(const QString &step) const;
    /// The roles that may record `step` for a permit of effective grade `grade`.
    QStringList signOffRoles(const SignOffStep &step, const QString &grade) const;
    /// The safety measures of a type (empty list for none).
    QList<ChecklistItem> checklist(const QString &type) const { return m_checklists.value(type); }
    const AlarmSuspension &alarmSuspension() const { return m_alarmSuspension; }
    /// True when an alarm of this severity, rule and sensor kind suspends the active permits of its area.
    bool alarmSuspends(const QString &severity, const QString &ruleId, const QString &sensorKind) const;
    QString gasLogOverdueSeverity() const { return m_gasLogSeverity; }
    bool gasLogOverdueSuspends() const { return m_gasLogSuspend; }
    /// True when a permit of this type and effective grade is bound to the cameras that cover it.
    bool needsCameras(const QString &type, const QString &grade) const { return m_cameraGrades.value(type).contains(grade); }
    int minCameras() const { return m_minCameras; }

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
    QList<SignOffStep> m_signOffs;
    QHash<QString, QList<ChecklistItem>> m_checklists;
    AlarmSuspension m_alarmSuspension;
    QString m_gasLogSeverity = QStringLiteral("high");
    bool m_gasLogSuspend = true;
    QHash<QString, QStringList> m_cameraGrades;
    int m_minCameras = 1;
};

/// The work type as the standard names it in Chinese (动火作业, 受限空间作业…); the key itself when unknown.
/// For the Chinese texts the services store next to the English ones (issue 16 item 9) and the ticket.
QString typeNameZh(const QString &type);

} // namespace gl::permits
