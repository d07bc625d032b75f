// SPDX-License-Identifier: Apache-2.0
#include "modules/map/MeshLoader.h"

#include "modules/site/layout/Geometry.h"
#include "platform/util/Error.h"

#include <vtkAlgorithm.h>
#include <vtkCallbackCommand.h>
#include <vtkCellArray.h>
#include <vtkCommand.h>
#include <vtkCompositeDataGeometryFilter.h>
#include <vtkGLTFReader.h>
#include <vtkLogger.h>
#include <vtkOBJReader.h>
#include <vtkPolyData.h>
#include <vtkSTLReader.h>
#include <vtkTransform.h>
#include <vtkTransformPolyDataFilter.h>
#include <vtkTriangleFilter.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <string>

using namespace Qt::StringLiterals;

namespace gl::map {
namespace {

/// VTK reports read errors through its output window; an observer keeps them (and off stderr).
void collectErrors(vtkObject *, unsigned long, void *client, void *callData)
{
    auto *out = static_cast<std::string *>(client);
    if (out->empty() && callData)
        *out = static_cast<const char *>(callData);
}

/// VTK's readers (the glTF loader in particular) also log straight to stderr: quiet while a mesh is read,
/// the problem is reported once, by us, with the structure named.
struct QuietVtk {
    int warnings = vtkObject::GetGlobalWarningDisplay();
    vtkLogger::Verbosity verbosity = vtkLogger::GetCurrentVerbosityCutoff();
    QuietVtk()
    {
        vtkObject::GlobalWarningDisplayOff();
        vtkLogger::SetStderrVerbosity(vtkLogger::VERBOSITY_OFF);
    }
    ~QuietVtk()
    {
        vtkObject::SetGlobalWarningDisplay(warnings);
        vtkLogger::SetStderrVerbosity(verbosity);
    }
};

QString firstLine(const std::string &vtkMessage)
{
    // "ERROR: In .../vtkSTLReader.cxx, line 123\nvtkSTLReader (0x...): the problem": keep the problem.
    QString m = QString::fromStdString(vtkMessage).trimmed();
    const qsizetype colon = m.lastIndexOf(u"): "_s);
    if (colon >= 0)
        m = m.mid(colon + 3);
    return m.section(u'\n', 0, 0).trimmed();
}

} // namespace

QPointF structureAnchor(const site::Structure &s)
{
    if (!s.footprint.isEmpty())
        return site::centroid(s.footprint);
    if (!s.path.isEmpty())
        return (s.path.first() + s.path.last()) / 2;
    return s.center;
}

vtkSmartPointer<vtkPolyData> loadStructureMesh(const site::Structure &s, const QString &source)
{
    const site::StructureMesh &m = s.mesh;
    const QString field = u"mesh.file"_s;
    auto bad = [&](const QString &problem) {
        fail(ErrorCode::BadInput, u"%1: structure '%2': field '%3': %4"_s.arg(source, s.code, field, problem));
    };
    if (m.path.isEmpty())
        bad(u"mesh '%1' cannot be found (no layout directory to resolve it against)"_s.arg(m.file));
    if (!QFileInfo(m.path).isFile())
        bad(u"mesh file not found: %1"_s.arg(m.path));

    // VTK's readers take file names: a mesh compiled into the resources is copied out first.
    QString path = m.path;
    QTemporaryDir tmp;
    if (path.startsWith(u':')) {
        const QString copy = tmp.filePath(QFileInfo(path).fileName());
        if (!tmp.isValid() || !QFile::copy(path, copy))
            bad(u"cannot extract the built-in mesh %1"_s.arg(path));
        path = copy;
    }
    const QByteArray file = QFile::encodeName(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::string error;
    vtkNew<vtkCallbackCommand> onError;
    onError->SetCallback(collectErrors);
    onError->SetClientData(&error);

    vtkSmartPointer<vtkAlgorithm> reader;
    QString format;
    if (suffix == u"stl") {
        auto r = vtkSmartPointer<vtkSTLReader>::New();
        r->SetFileName(file.constData());
        reader = r;
        format = u"STL"_s;
    } else if (suffix == u"obj") {
        auto r = vtkSmartPointer<vtkOBJReader>::New();
        r->SetFileName(file.constData());
        reader = r;
        format = u"OBJ"_s;
    } else if (suffix == u"gltf" || suffix == u"glb") {
        auto r = vtkSmartPointer<vtkGLTFReader>::New();
        r->SetFileName(file.constData());
        r->AddObserver(vtkCommand::ErrorEvent, onError);
        r->AddObserver(vtkCommand::WarningEvent, onError);
        auto geometry = vtkSmartPointer<vtkCompositeDataGeometryFilter>::New();
        geometry->SetInputConnection(r->GetOutputPort());
        reader = geometry;
        format = u"glTF 2.0"_s;
    } else {
        bad(u"mesh files are glTF 2.0 (.gltf/.glb), OBJ or STL"_s);
    }
    reader->AddObserver(vtkCommand::ErrorEvent, onError);
    reader->AddObserver(vtkCommand::WarningEvent, onError);
    {
        const QuietVtk quiet;
        reader->Update();
    }
    auto *read = vtkPolyData::SafeDownCast(reader->GetOutputDataObject(0));

    vtkNew<vtkTriangleFilter> triangles;
    triangles->SetInputData(read ? read : vtkNew<vtkPolyData>().Get());
    triangles->PassVertsOff();
    triangles->PassLinesOff();
    triangles->AddObserver(vtkCommand::ErrorEvent, onError);
    triangles->Update();
    vtkPolyData *tri = triangles->GetOutput();
    if (!tri || tri->GetNumberOfPolys() == 0) {
        const QString why = error.empty() ? u"no triangles (not a valid %1 file?)"_s.arg(format) : firstLine(error);
        bad(u"cannot read '%1' as %2: %3"_s.arg(m.file, format, why));
    }
    double b[6];
    tri->GetBounds(b);
    for (double v : b)
        if (!std::isfinite(v))
            bad(u"cannot read '%1': coordinates are not finite numbers"_s.arg(m.file));

    // p_site = anchor + translation + Rz·Ry·Rx · up · (scale ⊙ p); VTK's transform pre-multiplies, so the
    // calls read left to right.
    const QPointF anchor = structureAnchor(s);
    vtkNew<vtkTransform> t;
    t->Translate(anchor.x() + m.translation[0], anchor.y() + m.translation[1], m.translation[2]);
    t->RotateZ(m.rotation[2]);
    t->RotateY(m.rotation[1]);
    t->RotateX(m.rotation[0]);
    if (m.up == u"y")
        t->RotateX(90);
    t->Scale(m.scale[0], m.scale[1], m.scale[2]);
    vtkNew<vtkTransformPolyDataFilter> place;
    place->SetTransform(t);
    place->SetInputData(tri);
    place->Update();

    // Geometry only: the layer adds its own per-cell index and colour.
    auto out = vtkSmartPointer<vtkPolyData>::New();
    out->SetPoints(place->GetOutput()->GetPoints());
    out->SetPolys(place->GetOutput()->GetPolys());
    return out;
}

} // namespace gl::map
