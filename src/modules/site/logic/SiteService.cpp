// SPDX-License-Identifier: Apache-2.0
#include "modules/site/logic/SiteService.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gl {
namespace {
QString polygonJson(const site::Polygon &p)
{
    QJsonArray a;
    for (const QPointF &pt : p)
        a.append(QJsonArray{pt.x(), pt.y()});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

constexpr qint64 kMaxMeshBytes = 256LL * 1024 * 1024;

/// Where the meshes kept in the store are written for the VTK readers (which read files): a per-user
/// cache, one file per content hash, so every workstation draws the layout's own meshes.
QString meshCacheDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + u"/guardline-cache"_s;
    return base + u"/meshes"_s;
}

} // namespace

void SiteService::importLayout(const site::SiteLayout &l, const QByteArray &json)
{
    require(u"site.edit"_s);
    Transaction tx(db());
    if (db().scalar(u"SELECT count(*) FROM sites"_s).toInt() > 0)
        fail(ErrorCode::Conflict, u"a site is already set up in %1"_s.arg(db().describe()));
    // The cameras' URLs as the registry accepts them (rtsp, rtsps, http, https, file or an absolute path):
    // nothing else reaches FFmpeg (no 'concat:', 'subfile:', 'pipe:' ...).
    for (const site::Camera &c : l.cameras)
        site::validateCameraUrl(c.code, c.url);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    const qint64 siteId = db().insert(u"sites"_s, {{u"code"_s, l.code}, {u"name"_s, l.name}, {u"name_zh"_s, l.nameZh},
                                                   {u"timezone"_s, l.timezone}, {u"origin_lat"_s, l.originLat},
                                                   {u"origin_lon"_s, l.originLon},
                                                   {u"layout"_s, QString::fromUtf8(site::SiteLayout::withoutCredentials(json))}});
    // The layout's mesh files go into the store with it: a layout read back from the store finds no others.
    QJsonObject meshes;
    for (const site::Structure &s : l.structures) {
        const site::StructureMesh &m = s.mesh;
        if (m.isEmpty() || m.path.isEmpty() || meshes.contains(m.file))
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"structure '%1': field 'mesh': cannot read %2 (%3)"_s.arg(s.code, m.path, f.errorString()));
        if (f.size() > kMaxMeshBytes)
            fail(ErrorCode::BadInput, u"structure '%1': field 'mesh': %2 is %3 MiB (at most %4 MiB)"_s
                                          .arg(s.code, m.path).arg(f.size() >> 20).arg(kMaxMeshBytes >> 20));
        const QByteArray bytes = f.readAll();
        const QString meshSha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        db().insert(u"site_meshes"_s, {{u"file"_s, m.file}, {u"sha256"_s, meshSha}, {u"size_bytes"_s, bytes.size()},
                                       {u"content"_s, bytes}, {u"imported_at"_s, now()}});
        meshes.insert(m.file, meshSha);
    }
    audit(u"site.import"_s, u"site"_s, l.code,
          {{u"layout_sha256"_s, sha}, {u"areas"_s, l.areas.size()}, {u"structures"_s, l.structures.size()},
           {u"equipment"_s, l.equipment.size()}, {u"cameras"_s, l.cameras.size()}, {u"sensors"_s, l.sensors.size()},
           {u"meshes"_s, meshes}});
    QHash<QString, qint64> areaIds, equipmentIds;
    for (const site::Area &a : l.areas) {
        areaIds[a.code] = db().insert(u"areas"_s, {{u"site_id"_s, siteId}, {u"code"_s, a.code}, {u"name"_s, a.name},
                                                  {u"name_zh"_s, a.nameZh}, {u"kind"_s, a.kind},
                                                  {u"risk"_s, site::riskKey(a.risk)}, {u"polygon"_s, polygonJson(a.polygon)},
                                                  {u"z_min"_s, a.zMin}, {u"z_max"_s, a.zMax}});
        audit(u"area.create"_s, u"area"_s, a.code, {{u"name"_s, a.name}, {u"risk"_s, site::riskKey(a.risk)}}, a.code);
    }
    for (const site::Structure &s : l.structures)
        db().insert(u"structures"_s, {{u"area_id"_s, areaIds.value(s.area)}, {u"code"_s, s.code}, {u"name"_s, s.name},
                                      {u"kind"_s, site::structureKindKey(s.kind)},
                                      {u"geometry"_s, QString::fromUtf8(QJsonDocument(s.raw).toJson(QJsonDocument::Compact))}});
    for (const site::Equipment &e : l.equipment) {
        equipmentIds[e.code] = db().insert(
            u"equipment"_s, {{u"area_id"_s, areaIds.value(e.area)}, {u"code"_s, e.code}, {u"qr_id"_s, e.qr},
                             {u"name"_s, e.name}, {u"name_zh"_s, e.nameZh}, {u"kind"_s, e.kind},
                             {u"x"_s, e.position.x}, {u"y"_s, e.position.y}, {u"z"_s, e.position.z}});
        audit(u"equipment.create"_s, u"equipment"_s, e.code, {{u"name"_s, e.name}, {u"qr"_s, e.qr}, {u"kind"_s, e.kind}},
              e.area, e.code);
    }
    for (const site::Camera &c : l.cameras) {
        db().insert(u"cameras"_s, {{u"area_id"_s, areaIds.value(c.area)}, {u"code"_s, c.code}, {u"name"_s, c.name},
                                   {u"url"_s, c.url}, {u"x"_s, c.position.x}, {u"y"_s, c.position.y},
                                   {u"z"_s, c.position.z}, {u"yaw"_s, c.yaw}, {u"pitch"_s, c.pitch}, {u"fov"_s, c.fov},
                                   {u"range_m"_s, c.range}});
        audit(u"camera.create"_s, u"camera"_s, c.code, {{u"name"_s, c.name}}, c.area);
    }
    for (const site::Sensor &s : l.sensors) {
        db().insert(u"sensors"_s, {{u"area_id"_s, areaIds.value(s.area)},
                                   {u"equipment_id"_s, s.equipment.isEmpty() ? QVariant() : QVariant(equipmentIds.value(s.equipment))},
                                   {u"tag"_s, s.tag}, {u"kind"_s, s.kind}, {u"unit"_s, s.unit},
                                   {u"range_lo"_s, s.rangeLo}, {u"range_hi"_s, s.rangeHi}, {u"x"_s, s.position.x},
                                   {u"y"_s, s.position.y}, {u"z"_s, s.position.z}});
        audit(u"sensor.create"_s, u"sensor"_s, s.tag, {{u"kind"_s, s.kind}, {u"unit"_s, s.unit}}, s.area, s.equipment);
    }
    tx.commit();
}

SiteInfo SiteService::info() const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT code, name, name_zh, timezone FROM sites ORDER BY id LIMIT 1"_s);
    if (!q.next())
        return {};
    return SiteInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), true};
}

site::SiteLayout SiteService::layout() const
{
    require(u"data.read"_s);
    const QVariant json = db().scalar(u"SELECT layout FROM sites ORDER BY id LIMIT 1"_s);
    if (!json.isValid())
        fail(ErrorCode::NotFound, u"no site is set up in %1 (import a layout or run 'guardlinectl demo')"_s.arg(db().describe()));
    site::SiteLayout layout = site::SiteLayout::parse(json.toString().toUtf8(), u"stored site layout"_s);
    // Meshes imported with the layout are written once per content hash to the cache for the readers.
    for (site::Structure &s : layout.structures) {
        site::StructureMesh &m = s.mesh;
        if (m.isEmpty() || (!m.path.isEmpty() && QFileInfo::exists(m.path)))
            continue;
        QSqlQuery q = db().exec(u"SELECT sha256, content FROM site_meshes WHERE file = ?"_s, {m.file});
        if (!q.next())
            continue; // drawn extruded; the map lists it among its mesh warnings
        const QString meshSha = q.value(0).toString();
        const QString path = meshCacheDir() + u'/' + meshSha + u'.' + QFileInfo(m.file).suffix().toLower();
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(meshCacheDir());
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(q.value(1).toByteArray()) < 0 || !out.commit())
                continue; // an unwritable cache: drawn extruded, reported by the map
        }
        m.path = path;
    }
    return layout;
}

} // namespace gl
