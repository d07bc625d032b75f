// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/map/MapData.h"
#include "modules/site/layout/SiteLayout.h"

#include <QHash>
#include <QRectF>

#include <vtkSmartPointer.h>

class vtkPolyData;

/// Geometry of the plant map's layers, built as batched vtkPolyData: one data set (and so one actor) per
/// layer. Every cell carries "gl_index" (the element's index in its input list, for picking) and
/// "colors" (RGB), so a whole layer draws in one call.
namespace gl::map::scene {

/// The name of the per-cell int array that maps a cell back to its element.
inline constexpr const char *IndexArray = "gl_index";
inline constexpr const char *ColorArray = "colors";

/// The ground extent of the layout (areas and structures), in site metres.
QRectF siteBounds(const site::SiteLayout &layout);

/// A flat ground quad under the site, 'margin' metres larger on each side.
vtkSmartPointer<vtkPolyData> ground(const QRectF &bounds, double margin);
/// Buildings and dikes extruded from footprints, tanks and columns as 24-sided cylinders, roads as flat
/// ribbons, pipe racks as a deck on posts. Muted greys (ISA-101). Index: layout.structures. A structure with
/// an entry in `meshes` (its index → placed triangles, MeshLoader) is drawn from the mesh instead.
vtkSmartPointer<vtkPolyData> structures(const site::SiteLayout &layout,
                                        const QHash<int, vtkSmartPointer<vtkPolyData>> &meshes = {});
/// Risk areas as flat polygons just above the ground, coloured by risk. Index: layout.areas.
vtkSmartPointer<vtkPolyData> riskAreas(const site::SiteLayout &layout);
/// Camera frustums as wireframe pyramids (yaw counter-clockwise from east, pitch up from the horizon,
/// horizontal fov, 16:9, drawn to min(range, maxRange)). Index: layout.cameras.
vtkSmartPointer<vtkPolyData> cameraFrustums(const site::SiteLayout &layout, double maxRange = 35);
/// Permit volumes as prisms, coloured by type. Index: permits.
vtkSmartPointer<vtkPolyData> permitVolumes(const QList<PermitVolume> &permits);
/// The edges of the conflicting permits' prisms (lines). Index: permits.
vtkSmartPointer<vtkPolyData> permitConflictOutlines(const QList<PermitVolume> &permits);

} // namespace gl::map::scene
