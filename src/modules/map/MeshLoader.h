// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/layout/SiteLayout.h"

#include <QPointF>

#include <vtkSmartPointer.h>

class vtkPolyData;

namespace gl::map {

/// Where a structure's mesh is anchored: the tank/column centre, the footprint's centroid, or the middle
/// of a road/pipe rack path (z = 0).
QPointF structureAnchor(const site::Structure &s);

/// Reads a structure's mesh (glTF 2.0 .gltf/.glb through vtkGLTFReader, OBJ through vtkOBJReader, STL
/// through vtkSTLReader) and places it in site metres (StructureMesh: up axis, scale, rotation,
/// anchor + translation). Returns triangles only, without attributes. Throws gl::Error(BadInput) naming
/// `source`, the structure and the field, e.g. "plant.json: structure 'UT1-CT1': field 'mesh.file':
/// cannot read 'tower.stl': no triangles (not an STL file?)".
vtkSmartPointer<vtkPolyData> loadStructureMesh(const site::Structure &s, const QString &source);

} // namespace gl::map
