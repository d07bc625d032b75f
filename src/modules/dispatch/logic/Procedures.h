// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gl {

/// One step of a response procedure, in both languages.
struct ProcedureStep {
    QString key, en, zh;
};

/// A step-by-step response procedure attached to an alarm type: the alarms of the listed rules, else
/// the alarms whose tag is a sensor of one of the listed kinds.
struct Procedure {
    QString id, titleEn, titleZh;
    QStringList rules, kinds;
    QList<ProcedureStep> steps;
};

/// The procedures as data (resources/config/procedures.json, compiled in), overridden by the site's
/// file named by $GUARDLINE_PROCEDURES: same id replaces, "disabled": true removes, new ids are added.
class ProcedureCatalog {
public:
    /// Built-in procedures merged with the site's file (read once per process).
    static const ProcedureCatalog &current();
    /// Reads the built-in file and the site's override now; throws gl::Error(BadInput) naming the file and field.
    static ProcedureCatalog load();
    /// Parses one procedures file; throws gl::Error(BadInput) naming `source` and the field.
    static ProcedureCatalog parse(const QByteArray &json, const QString &source);
    /// Applies a site's file on top of this catalogue.
    void overrideWith(const QByteArray &json, const QString &source);

    /// The procedure for an alarm of `ruleId` on a sensor of `sensorKind`: a rule match wins over a kind
    /// match; null when there is none.
    const Procedure *find(const QString &ruleId, const QString &sensorKind) const;

    QList<Procedure> procedures;
};

} // namespace gl
