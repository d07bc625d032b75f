// SPDX-License-Identifier: Apache-2.0
// Reading the site layout file: the field reader, parse, validate (issues with their lines) and load.
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/layout/SiteLayoutSourcePos.h"
#include "platform/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace gl::site {
namespace {

struct Reader {
    QString source;
    /// The last fault's element and field (for LayoutIssue); the throw carries the full message.
    mutable QString lastElement, lastField;

    [[noreturn]] void bad(const QString &element, const QString &field, const QString &problem) const
    {
        lastElement = element;
        lastField = field;
        fail(ErrorCode::BadInput, u"%1: %2: field '%3': %4"_s.arg(source, element, field, problem));
    }
    QString str(const QJsonObject &o, const QString &element, const QString &field, bool required = true) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                bad(element, field, u"missing"_s);
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            bad(element, field, u"must be a non-empty string"_s);
        return v.toString();
    }
    double num(const QJsonObject &o, const QString &element, const QString &field, std::optional<double> def = {}) const
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() && def)
            return *def;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            bad(element, field, v.isUndefined() ? u"missing"_s : u"must be a number"_s);
        return v.toDouble();
    }
    QPointF point(const QJsonValue &v, const QString &element, const QString &field) const
    {
        const QJsonArray a = v.toArray();
        if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
            bad(element, field, u"a point is [x, y] in site metres"_s);
        const QPointF p(a[0].toDouble(), a[1].toDouble());
        if (!withinBounds(p))
            bad(element, field, u"point (%1, %2) is not within %3 m of the site origin"_s.arg(p.x(), 0, 'g', 17)
                                    .arg(p.y(), 0, 'g', 17).arg(kMaxCoordinateMetres, 0, 'f', 0));
        return p;
    }
    Polygon points(const QJsonObject &o, const QString &element, const QString &field, int minPoints) const
    {
        const QJsonValue v = o.value(field);
        if (!v.isArray())
            bad(element, field, v.isUndefined() ? u"missing"_s : u"must be an array of [x, y] points"_s);
        if (v.toArray().size() > kMaxPolygonPoints + 1)
            bad(element, field, u"has %1 points; at most %2 are accepted"_s.arg(v.toArray().size()).arg(kMaxPolygonPoints));
        Polygon p;
        for (const QJsonValue &pt : v.toArray())
            p << point(pt, element, field);
        if (p.size() < minPoints)
            bad(element, field, u"needs at least %1 points"_s.arg(minPoints));
        return p;
    }
    Polygon polygon(const QJsonObject &o, const QString &element, const QString &field) const
    {
        Polygon p = points(o, element, field, 3);
        if (p.size() > 3 && p.first() == p.last())
            p.removeLast(); // tolerate a closed ring
        if (p.size() > kMaxPolygonPoints)
            bad(element, field, u"has %1 points; at most %2 are accepted"_s.arg(p.size()).arg(kMaxPolygonPoints));
        if (!isSimplePolygon(p))
            bad(element, field, u"the polygon is self-intersecting or degenerate"_s);
        return p;
    }
    Point3 position(const QJsonObject &o, const QString &element) const
    {
        const QJsonArray a = o.value(u"position"_s).toArray();
        if (a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble())
            bad(element, u"position"_s, u"must be [x, y, z] in site metres"_s);
        return Point3{a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
    }
};

QString label(const QString &kind, const QString &code, int index)
{
    return code.isEmpty() ? u"%1 #%2"_s.arg(kind).arg(index + 1) : u"%1 '%2' (#%3)"_s.arg(kind, code).arg(index + 1);
}

} // namespace

namespace {

/// Reads a structure's optional "mesh": a file name, or {"file", "scale", "rotation", "translation", "up"}.
StructureMesh readMesh(const Reader &r, const QJsonObject &o, const QString &el, const QString &baseDir)
{
    const QJsonValue v = o.value(u"mesh"_s);
    StructureMesh m;
    if (v.isUndefined() || v.isNull())
        return m;
    QJsonObject spec;
    if (v.isString())
        spec.insert(u"file"_s, v);
    else if (v.isObject())
        spec = v.toObject();
    else
        r.bad(el, u"mesh"_s, u"must be a file name or {\"file\", \"scale\", \"rotation\", \"translation\", \"up\"}"_s);
    const QString field = v.isString() ? u"mesh"_s : u"mesh.file"_s;
    m.file = r.str(spec, el, u"file"_s, true);
    if (!m.file.contains(QRegularExpression(u"\\.(gltf|glb|obj|stl)$"_s, QRegularExpression::CaseInsensitiveOption)))
        r.bad(el, field, u"mesh files are glTF 2.0 (.gltf/.glb), OBJ or STL"_s);
    for (const QString &key : spec.keys())
        if (!QStringList{u"file"_s, u"scale"_s, u"rotation"_s, u"translation"_s, u"up"_s}.contains(key))
            r.bad(el, u"mesh."_s + key, u"unknown key (file, scale, rotation, translation, up)"_s);
    auto triple = [&](const QString &key, std::array<double, 3> &out, bool scalarAllowed) {
        const QJsonValue t = spec.value(key);
        if (t.isUndefined())
            return;
        if (scalarAllowed && t.isDouble()) {
            out = {t.toDouble(), t.toDouble(), t.toDouble()};
            return;
        }
        const QJsonArray a = t.toArray();
        if (a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble())
            r.bad(el, u"mesh."_s + key, scalarAllowed ? u"must be a number or [x, y, z]"_s : u"must be [x, y, z]"_s);
        out = {a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
    };
    triple(u"scale"_s, m.scale, true);
    triple(u"rotation"_s, m.rotation, false);
    triple(u"translation"_s, m.translation, false);
    for (double f : m.scale)
        if (!(f > 0) || !std::isfinite(f))
            r.bad(el, u"mesh.scale"_s, u"must be positive"_s);
    const bool gltf = m.file.endsWith(u".gltf"_s, Qt::CaseInsensitive) || m.file.endsWith(u".glb"_s, Qt::CaseInsensitive);
    m.up = spec.value(u"up"_s).toString(gltf ? u"y"_s : u"z"_s);
    if (m.up != u"y"_s && m.up != u"z"_s)
        r.bad(el, u"mesh.up"_s, u"must be \"y\" or \"z\""_s);
    if (!baseDir.isEmpty()) {
        // A layout read from a folder (site import): the mesh is a file inside that folder, named by a
        // relative path without '..', reached without symbolic links; otherwise a layout could make the
        // import copy any file the importing user can read (e.g. a 'passwd.stl' link to /etc/passwd) into
        // the store, and every workstation's cache.
        if (QDir::isAbsolutePath(m.file) || m.file.startsWith(u'\\') || m.file.contains(u':'))
            r.bad(el, field, u"'%1': mesh paths are relative to the layout's folder, not absolute"_s.arg(m.file));
        if (m.file.split(QRegularExpression(u"[/\\\\]"_s)).contains(u".."_s))
            r.bad(el, field, u"'%1': mesh paths must stay inside the layout's folder (no '..')"_s.arg(m.file));
        m.path = QDir(baseDir).filePath(m.file);
        const QFileInfo info(m.path);
        if (info.exists() || info.isSymLink()) {
            const QString base = QFileInfo(baseDir).canonicalFilePath();
            const QString expected = QDir::cleanPath(base + u'/' + m.file);
            if (info.isSymLink() || info.canonicalFilePath() != expected)
                r.bad(el, field, u"'%1': a symbolic link (mesh files must be regular files inside the layout's folder)"_s.arg(m.file));
        }
    } else if (QDir::isAbsolutePath(m.file))
        m.path = m.file;
    if (!baseDir.isEmpty() && !QFileInfo(m.path).isFile())
        r.bad(el, field, u"mesh file not found: %1"_s.arg(QDir::toNativeSeparators(m.path)));
    return m;
}

} // namespace

SiteLayout SiteLayout::parse(const QByteArray &json, const QString &source, const QString &baseDir)
{
    return parseImpl(json, source, baseDir, nullptr);
}

QList<LayoutIssue> SiteLayout::validate(const QByteArray &json, const QString &source, const QString &baseDir)
{
    QList<LayoutIssue> issues;
    try {
        parseImpl(json, source, baseDir, &issues);
    } catch (const Error &e) {
        issues << LayoutIssue{0, {}, {}, e.message()};
    }
    return issues;
}

QList<LayoutIssue> SiteLayout::validate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {LayoutIssue{0, {}, {}, u"%1: cannot read (%2)"_s.arg(path, f.errorString())}};
    return validate(f.readAll(), path, QFileInfo(path).absolutePath());
}

SiteLayout SiteLayout::parseImpl(const QByteArray &json, const QString &source, const QString &baseDir, QList<LayoutIssue> *issues)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const int line = lineAt(json, perr.offset);
        const QString message = u"%1: not valid JSON at line %2 (offset %3): %4"_s.arg(source).arg(line).arg(perr.offset).arg(perr.errorString());
        if (!issues)
            fail(ErrorCode::BadInput, message);
        *issues << LayoutIssue{line, {}, {}, message};
        return {};
    }
    const Reader r{source, {}, {}};
    // Each element is read alone: without `issues` the first fault throws (as 'site import' reports it);
    // with it, the element's fault is noted with its line and reading goes on with the next element.
    auto element = [&](const QStringList &at, const std::function<void()> &read) {
        if (!issues) {
            read();
            return;
        }
        try {
            read();
        } catch (const Error &e) {
            qsizetype offset = -1;
            QStringList path = at;
            if (!r.lastField.isEmpty())
                offset = offsetOf(json, path + r.lastField.split(u'.'));
            while (offset < 0 && !path.isEmpty()) {
                offset = offsetOf(json, path);
                path.removeLast();
            }
            issues->append(LayoutIssue{offset < 0 ? 0 : lineAt(json, offset), r.lastElement, r.lastField, e.message()});
            r.lastElement.clear();
            r.lastField.clear();
        }
    };
    const QJsonObject root = doc.object();
    SiteLayout s;
    bool known = false;
    element({}, [&] {
        if (root.value(u"format"_s).toString() != u"guardline-site-layout"_s)
            r.bad(u"document"_s, u"format"_s, u"expected \"guardline-site-layout\""_s);
        const int version = root.value(u"version"_s).toInt(-1);
        if (version != 1)
            r.bad(u"document"_s, u"version"_s, u"version %1 is not supported (this Guardline reads version 1)"_s.arg(version));
        known = true;
    });
    if (!known)
        return s; // another format: its elements mean nothing here

    s.baseDir = baseDir;
    element({u"site"_s}, [&] {
        const QJsonObject site = root.value(u"site"_s).toObject();
        s.code = r.str(site, u"site"_s, u"code"_s);
        s.name = r.str(site, u"site"_s, u"name"_s);
        s.nameZh = r.str(site, u"site"_s, u"name_zh"_s, false);
        s.timezone = r.str(site, u"site"_s, u"timezone"_s);
        if (!QTimeZone(s.timezone.toUtf8()).isValid())
            r.bad(u"site"_s, u"timezone"_s, u"unknown IANA time zone '%1'"_s.arg(s.timezone));
        const QJsonObject origin = site.value(u"origin"_s).toObject();
        s.originLat = r.num(origin, u"site"_s, u"lat"_s);
        s.originLon = r.num(origin, u"site"_s, u"lon"_s);
        if (std::abs(s.originLat) > 90 || std::abs(s.originLon) > 180)
            r.bad(u"site"_s, u"origin"_s, u"latitude/longitude out of range"_s);
    });

    QSet<QString> codes;
    auto unique = [&](const QString &element, const QString &field, const QString &code) {
        if (codes.contains(code))
            r.bad(element, field, u"duplicate code '%1'"_s.arg(code));
        codes.insert(code);
    };
    auto at = [](const char *array, int i) { return QStringList{QString::fromLatin1(array), QString::number(i)}; };

    const QJsonArray areas = root.value(u"areas"_s).toArray();
    element({u"areas"_s}, [&] {
        if (areas.isEmpty())
            r.bad(u"document"_s, u"areas"_s, u"a site needs at least one area"_s);
    });
    for (int i = 0; i < areas.size(); ++i) {
        const QJsonObject o = areas[i].toObject();
        Area a;
        element(at("areas", i), [&] {
            a.code = r.str(o, label(u"area"_s, {}, i), u"code"_s);
            const QString el = label(u"area"_s, a.code, i);
            unique(el, u"code"_s, a.code);
            s.areas << a; // known from here on, so that a fault below is not repeated by every reference to it
            a.name = r.str(o, el, u"name"_s);
            a.nameZh = r.str(o, el, u"name_zh"_s, false);
            a.kind = r.str(o, el, u"kind"_s);
            a.risk = riskFromKey(r.str(o, el, u"risk"_s));
            if (a.risk == RiskColour::Unknown)
                r.bad(el, u"risk"_s, u"must be red, orange, yellow or blue"_s);
            a.polygon = r.polygon(o, el, u"polygon"_s);
            a.zMin = r.num(o, el, u"z_min"_s, 0.0);
            a.zMax = r.num(o, el, u"z_max"_s, 10.0);
            if (a.zMax <= a.zMin)
                r.bad(el, u"z_max"_s, u"must be above z_min"_s);
            s.areas.last() = a;
        });
    }
    auto requireArea = [&](const QString &el, const QString &code) {
        if (!s.area(code))
            r.bad(el, u"area"_s, u"unknown area '%1'"_s.arg(code));
    };

    const QJsonArray structures = root.value(u"structures"_s).toArray();
    for (int i = 0; i < structures.size(); ++i) {
        element(at("structures", i), [&] {
            const QJsonObject o = structures[i].toObject();
            Structure st;
            st.raw = o;
            st.code = r.str(o, label(u"structure"_s, {}, i), u"code"_s);
            const QString el = label(u"structure"_s, st.code, i);
            unique(el, u"code"_s, st.code);
            st.area = r.str(o, el, u"area"_s);
            requireArea(el, st.area);
            st.name = r.str(o, el, u"name"_s);
            const QString kind = r.str(o, el, u"kind"_s);
            for (StructureKind k : {StructureKind::Building, StructureKind::Tank, StructureKind::Column, StructureKind::PipeRack,
                                    StructureKind::Road, StructureKind::Dike})
                if (structureKindKey(k) == kind)
                    st.kind = k;
            switch (st.kind) {
            case StructureKind::Building:
            case StructureKind::Dike:
                st.footprint = r.polygon(o, el, u"footprint"_s);
                st.height = r.num(o, el, u"height"_s);
                break;
            case StructureKind::Tank:
            case StructureKind::Column:
                st.center = r.point(o.value(u"center"_s), el, u"center"_s);
                st.radius = r.num(o, el, u"radius"_s);
                st.height = r.num(o, el, u"height"_s);
                if (st.radius <= 0)
                    r.bad(el, u"radius"_s, u"must be positive"_s);
                break;
            case StructureKind::PipeRack:
            case StructureKind::Road:
                st.path = r.points(o, el, u"path"_s, 2);
                st.width = r.num(o, el, u"width"_s);
                st.height = r.num(o, el, u"height"_s, 0.0);
                if (st.width <= 0)
                    r.bad(el, u"width"_s, u"must be positive"_s);
                break;
            case StructureKind::Unknown:
                r.bad(el, u"kind"_s, u"unknown kind '%1' (building, tank, column, pipe_rack, road, dike)"_s.arg(kind));
            }
            if (st.height < 0)
                r.bad(el, u"height"_s, u"must not be negative"_s);
            st.mesh = readMesh(r, o, el, baseDir);
            s.structures << st;
        });
    }

    const QJsonArray equipment = root.value(u"equipment"_s).toArray();
    QSet<QString> qrs;
    for (int i = 0; i < equipment.size(); ++i) {
        const QJsonObject o = equipment[i].toObject();
        Equipment e;
        element(at("equipment", i), [&] {
            e.code = r.str(o, label(u"equipment"_s, {}, i), u"code"_s);
            const QString el = label(u"equipment"_s, e.code, i);
            unique(el, u"code"_s, e.code);
            s.equipment << e; // known from here on (sensors name it)
            e.qr = r.str(o, el, u"qr"_s);
            if (qrs.contains(e.qr))
                r.bad(el, u"qr"_s, u"duplicate QR id '%1'"_s.arg(e.qr));
            qrs.insert(e.qr);
            e.name = r.str(o, el, u"name"_s);
            e.nameZh = r.str(o, el, u"name_zh"_s, false);
            e.kind = r.str(o, el, u"kind"_s);
            e.area = r.str(o, el, u"area"_s);
            requireArea(el, e.area);
            e.position = r.position(o, el);
            s.equipment.last() = e;
        });
    }

    const QJsonArray cameras = root.value(u"cameras"_s).toArray();
    for (int i = 0; i < cameras.size(); ++i) {
        element(at("cameras", i), [&] {
            const QJsonObject o = cameras[i].toObject();
            Camera c;
            c.code = r.str(o, label(u"camera"_s, {}, i), u"code"_s);
            const QString el = label(u"camera"_s, c.code, i);
            unique(el, u"code"_s, c.code);
            c.name = r.str(o, el, u"name"_s);
            c.area = r.str(o, el, u"area"_s);
            requireArea(el, c.area);
            c.url = r.str(o, el, u"url"_s);
            c.position = r.position(o, el);
            c.yaw = r.num(o, el, u"yaw"_s);
            c.pitch = r.num(o, el, u"pitch"_s);
            c.fov = r.num(o, el, u"fov"_s);
            c.range = r.num(o, el, u"range"_s, 60.0);
            if (c.fov <= 0 || c.fov >= 180)
                r.bad(el, u"fov"_s, u"must be between 0 and 180 degrees"_s);
            if (c.pitch < -90 || c.pitch > 90)
                r.bad(el, u"pitch"_s, u"must be between -90 and 90 degrees"_s);
            s.cameras << c;
        });
    }

    const QJsonArray sensors = root.value(u"sensors"_s).toArray();
    QSet<QString> tags;
    for (int i = 0; i < sensors.size(); ++i) {
        element(at("sensors", i), [&] {
            const QJsonObject o = sensors[i].toObject();
            Sensor se;
            se.tag = r.str(o, label(u"sensor"_s, {}, i), u"tag"_s);
            const QString el = label(u"sensor"_s, se.tag, i);
            if (tags.contains(se.tag))
                r.bad(el, u"tag"_s, u"duplicate tag"_s);
            tags.insert(se.tag);
            se.kind = r.str(o, el, u"kind"_s);
            se.unit = r.str(o, el, u"unit"_s);
            se.area = r.str(o, el, u"area"_s);
            requireArea(el, se.area);
            se.equipment = r.str(o, el, u"equipment"_s, false);
            if (!se.equipment.isEmpty() && std::none_of(s.equipment.cbegin(), s.equipment.cend(),
                                                        [&](const Equipment &e) { return e.code == se.equipment; }))
                r.bad(el, u"equipment"_s, u"unknown equipment '%1'"_s.arg(se.equipment));
            se.position = r.position(o, el);
            const QJsonArray range = o.value(u"range"_s).toArray();
            if (range.size() == 2) {
                se.rangeLo = range[0].toDouble();
                se.rangeHi = range[1].toDouble();
                if (se.rangeHi <= se.rangeLo)
                    r.bad(el, u"range"_s, u"must be [low, high] with high > low"_s);
            }
            s.sensors << se;
        });
    }
    return s;
}

SiteLayout SiteLayout::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot read (%2)"_s.arg(path, f.errorString()));
    return parse(f.readAll(), path, QFileInfo(path).absolutePath());
}

} // namespace gl::site
