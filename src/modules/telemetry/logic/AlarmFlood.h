// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gl {

class Database;

/// An operator position (a console of the control room): the areas whose alarms it annunciates. No areas =
/// the whole site.
struct OperatorPosition {
    QString code, name;
    QStringList areas;
    bool covers(const QString &area) const { return areas.isEmpty() || areas.contains(area); }
};

/// ISA-18.2 alarm flood settings of a site: more than `alarms` alarms within `windowMs` annunciated to one
/// operator position (or raised in one area) is a flood. From the table telemetry_settings, keys
/// `flood_alarms` (default 10), `flood_window_s` (default 600) and `operator_positions`, a JSON array of
/// {"code", "name", "areas": [area codes]}; without positions the whole site is one position, "site".
struct FloodSettings {
    int alarms = 10;
    qint64 windowMs = 10 * 60 * 1000;
    QList<OperatorPosition> positions{{QStringLiteral("site"), {}, {}}};

    /// From the settings' key → value; throws Error(BadInput) naming the key, the element and the field
    /// (e.g. "telemetry_settings 'operator_positions': position #2: field 'areas': unknown area 'CX9'").
    /// `knownAreas`, when given, are the site's area codes the positions must name.
    static FloodSettings parse(const QHash<QString, QString> &values, const QStringList &knownAreas = {});
    /// The parts, each throwing Error(BadInput) prefixed with `source` (a key of the table, a file name):
    /// the limit (1..10000 alarms), the window (60..86400 s), the positions (a JSON array of {"code", "name",
    /// "areas"}; messages name the position by number and code, and the field).
    static int parseAlarms(const QString &value, const QString &source);
    static qint64 parseWindowSeconds(const QString &value, const QString &source);
    static QList<OperatorPosition> parsePositions(const QByteArray &json, const QStringList &knownAreas, const QString &source);
    /// The positions as stored in `operator_positions` (compact JSON).
    static QByteArray positionsJson(const QList<OperatorPosition> &positions);
    /// {"flood_alarms", "flood_window_s", "operator_positions": [{"code", "name", "areas"}]}: the settings in
    /// effect (without positions of its own the site is the one position "site").
    QJsonObject toJson() const;
    /// The site's settings (defaults when the table or a key is missing); bad values throw as parse() does.
    static FloodSettings load(Database &db);
    const OperatorPosition *position(const QString &code) const;
};

/// An alarm as flood detection counts it.
struct FloodAlarm {
    qint64 raisedAt = 0;
    QString area;
    bool shelved = false;
};

/// How loaded one position is in the window ending now.
struct FloodStatus {
    QString position;
    int count = 0;            ///< alarms annunciated to the position in the window (shelved ones excluded)
    bool flooding = false;    ///< count > the site's limit
    QMap<QString, int> areas; ///< the count per area of the position (areas with alarms only)
    QStringList floodingAreas; ///< areas that are over the limit on their own
};

/// The flood status of every position of `settings` at `now` (in the settings' order).
QList<FloodStatus> floodStatus(const FloodSettings &settings, const QList<FloodAlarm> &alarms, qint64 now);
/// The same for one position (an unknown code counts the whole site).
FloodStatus floodStatusOf(const FloodSettings &settings, const QString &position, const QList<FloodAlarm> &alarms, qint64 now);

} // namespace gl
