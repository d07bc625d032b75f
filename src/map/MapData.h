// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

/// The data the app feeds to the plant map. Plain values: no SQL, no services.
namespace gl::map {

/// An open hazard, drawn as a pin. grade: "general" or "major"; state: "open", "rectifying", "closed"...
struct HazardPin {
    QString code;
    double x = 0, y = 0, z = 0;
    QString grade = QStringLiteral("general");
    QString state = QStringLiteral("open");
    bool overdue = false;
};

/// An active permit's work volume: a ground polygon extruded from zMin to zMax (site metres).
struct PermitVolume {
    QString code, type;   ///< type as in CONTRACTS.md: hot_work, confined_space, work_at_height...
    QList<QPointF> polygon;
    double zMin = 0, zMax = 4;
    bool conflict = false; ///< outlined in red
};

/// The live state of a layout sensor (matched by tag). alarm: "critical", "high", "medium", "low" or empty.
struct SensorState {
    QString tag;
    double value = 0;
    QString unit;
    QString alarm;
};

/// A person checked in on site.
struct PersonMarker {
    QString code, name;
    double x = 0, y = 0, z = 0;
};

enum class View { Top, Iso };

enum class Layer { Structures, RiskAreas, Hazards, Permits, Cameras, Sensors, People };
constexpr int LayerCount = 7;

/// The kinds reported by picking: "structure", "area", "hazard", "permit", "camera", "sensor", "person".
QString layerKey(Layer layer);

/// Colours (RGB 0..255). Risk areas use China's four-colour map; alarms use the control-room priorities.
struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};
Rgb riskRgb(const QString &riskKey);        ///< red/orange/yellow/blue; grey when unknown
Rgb alarmRgb(const QString &severity);      ///< critical/high/medium/low
Rgb hazardRgb(const HazardPin &pin);        ///< major red, general orange, closed green
Rgb permitRgb(const QString &type);         ///< a fixed table by permit type

} // namespace gl::map
