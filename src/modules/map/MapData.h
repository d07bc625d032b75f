// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <utility>

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
    bool conflict = false; ///< outlined in red (when no conflict windows are given, or no time is chosen)
    /// The work window, epoch milliseconds (UTC), start inclusive, end exclusive; 0 and 0: always shown.
    qint64 startsAt = 0, endsAt = 0;
    /// When the permit is in conflict (epoch ms windows). With a chosen time (PlantMapView::setPermitTime)
    /// the outline shows only while one of them holds that time; empty: `conflict` decides.
    QList<std::pair<qint64, qint64>> conflictWindows;
};

/// The live state of a layout sensor (matched by tag). alarm: "critical", "high", "medium", "low" or empty.
struct SensorState {
    QString tag;
    double value = 0;
    QString unit;
    QString alarm;
    /// The value's quality as the site service reports it; a bad value is drawn grey, never green.
    bool good = true;
};

/// A person checked in on site.
struct PersonMarker {
    QString code, name;
    double x = 0, y = 0, z = 0;
    QString contractor; ///< shown in the tooltip with the name
};

/// Hazard pins gathered into one marker when zoomed out: where it is drawn (the members' mean, site
/// metres), how many pins it holds and the worst of them (its colour).
struct PinCluster {
    double x = 0, y = 0, z = 0;
    int count = 0;
    int major = 0, overdue = 0;
    QStringList codes; ///< the member pins
};

/// How translucent layers (permit volumes, risk areas) are blended. Sorted (the default): "over" blending
/// with the permit volumes drawn back to front (re-sorted when the camera moves); Unsorted: "over" blending
/// in drawing order; DepthPeeling: VTK's exact order-independent depth peeling; WeightedAverage: VTK's
/// default weighted-blended approximation (order independent, but the near volume does not dominate).
enum class Translucency { Unsorted, Sorted, DepthPeeling, WeightedAverage };

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
