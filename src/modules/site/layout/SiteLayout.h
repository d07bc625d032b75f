// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/Geometry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace gl::site {

/// A point in site metres (x east, y north, z up).
struct Point3 {
    double x = 0, y = 0, z = 0;
};

enum class RiskColour { Unknown = 0, Red, Orange, Yellow, Blue };
QString riskKey(RiskColour c);
RiskColour riskFromKey(const QString &key);

struct Area {
    QString code, name, nameZh, kind;
    RiskColour risk = RiskColour::Unknown;
    Polygon polygon;
    double zMin = 0, zMax = 10;
};

enum class StructureKind { Unknown = 0, Building, Tank, Column, PipeRack, Road, Dike };
QString structureKindKey(StructureKind k);

/// An optional mesh drawn in place of a structure's extruded shape (glTF 2.0 .gltf/.glb, OBJ, STL).
/// Placed at the structure's anchor (tank/column centre, footprint centroid, path midpoint; z = 0):
/// p_site = anchor + translation + Rz·Ry·Rx · up · (scale ⊙ p_mesh), rotations in degrees; `up` "y" turns
/// a Y-up model (glTF's convention, the default for .gltf/.glb) to the site's Z-up.
struct StructureMesh {
    QString file;                                  ///< as written: relative to the layout file
    QString path;                                  ///< resolved (a file or a ":/" resource); empty if unknown
    std::array<double, 3> scale{1, 1, 1}, rotation{0, 0, 0}, translation{0, 0, 0};
    QString up = QStringLiteral("z");              ///< "z" or "y"
    bool isEmpty() const { return file.isEmpty(); }
};

struct Structure {
    QString code, area, name;
    StructureKind kind = StructureKind::Unknown;
    Polygon footprint;     ///< building, dike
    QPointF center;        ///< tank, column
    double radius = 0;     ///< tank, column
    Polygon path;          ///< road, pipe rack (a polyline)
    double width = 0;      ///< road, pipe rack
    double height = 0;
    StructureMesh mesh;    ///< optional glTF/OBJ/STL model, relative to the layout file
    QJsonObject raw;       ///< the element as written, for round-tripping
};

struct Equipment {
    QString code, qr, name, nameZh, kind, area;
    Point3 position;
};

struct Camera {
    QString code, name, area, url;
    Point3 position;
    double yaw = 0, pitch = 0, fov = 60, range = 60;
};

struct Sensor {
    QString tag, kind, unit, area, equipment;
    Point3 position;
    double rangeLo = 0, rangeHi = 0;
};

/// One problem found in a layout file: where (1-based line, the element and field as the errors name
/// them) and what. `line` is 0 when it cannot be placed.
struct LayoutIssue {
    int line = 0;
    QString element, field, message; ///< message: the full text, as SiteLayout::parse throws it
};

/// A site layout (format "guardline-site-layout", version 1; docs/FORMATS.md).
struct SiteLayout {
    QString code, name, nameZh, timezone;
    double originLat = 0, originLon = 0;
    /// Where relative mesh files are found: the layout file's directory (load) or the folder given to parse
    /// (the demo's resources, demo::demoLayout), or empty (a layout read from the store: SiteService::layout
    /// finds the meshes imported with it).
    QString baseDir;
    QList<Area> areas;
    QList<Structure> structures;
    QList<Equipment> equipment;
    QList<Camera> cameras;
    QList<Sensor> sensors;

    /// Parses and validates; throws gl::Error(BadInput) naming `source`, the element and the field,
    /// e.g. "plant.json: equipment 'P-101' (#12): field 'area': unknown area 'CAX'".
    /// With a `baseDir`, every mesh file must exist there ("field 'mesh': file not found").
    static SiteLayout parse(const QByteArray &json, const QString &source, const QString &baseDir = {});
    static SiteLayout load(const QString &path);
    /// Validates like load() but does not stop at the first problem: one issue per faulty element (an
    /// element's first bad field), each placed on its line of the file. Empty when the file is valid. A
    /// file that is not JSON, or not this format and version, gives that one issue.
    static QList<LayoutIssue> validate(const QString &path);
    static QList<LayoutIssue> validate(const QByteArray &json, const QString &source, const QString &baseDir);
    /// The layout JSON with the user info of camera URLs removed (the bytes unchanged when there is none):
    /// what sites.layout keeps, the credentials being sealed apart (CameraService).
    static QByteArray withoutCredentials(const QByteArray &json);

    const Area *area(const QString &code) const;
    /// The area containing a site point (first match), or nullptr.
    const Area *areaAt(QPointF pt) const;
    /// Site metres of a GPS fix (equirectangular around the origin: fine for a site a few km across).
    QPointF toSite(double lat, double lon) const;

private:
    static SiteLayout parseImpl(const QByteArray &json, const QString &source, const QString &baseDir, QList<LayoutIssue> *issues);
};

/// Checks a camera URL: rtsp, rtsps, http, https or file with a host (file: a path), or an absolute file
/// path (drills). Throws gl::Error(BadInput) "camera 'CODE': field 'url': WHY".
void validateCameraUrl(const QString &code, const QString &url);

} // namespace gl::site
