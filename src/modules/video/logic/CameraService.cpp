// SPDX-License-Identifier: Apache-2.0
#include "platform/services/SiteTime.h"
#include "modules/video/logic/CameraService.h"
#include "modules/permits/logic/PermitService.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/services/CredentialVault.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace {

[[noreturn]] void bad(const QString &code, const QString &field, const QString &problem)
{
    fail(ErrorCode::BadInput, u"camera '%1': field '%2': %3"_s.arg(code, field, problem));
}

/// What the audit chain may say about a URL: no user info, no query (tokens), no fragment.
QString auditUrl(const QString &url)
{
    if (url.startsWith(u'/'))
        return url;
    QUrl u(url);
    return u.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

/// Splits "rtsp://user:pass@host/…" into the URL without user info and the credentials.
QString stripUserInfo(const QString &url, QString *user, QString *password)
{
    if (url.startsWith(u'/'))
        return url;
    QUrl u(url);
    if (u.userInfo().isEmpty())
        return url;
    *user = u.userName(QUrl::FullyDecoded);
    *password = u.password(QUrl::FullyDecoded);
    u.setUserInfo({});
    return u.toString();
}

CameraRecord recordFrom(const QSqlQuery &q)
{
    CameraRecord c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.area = q.value(2).toString();
    c.url = q.value(3).toString();
    c.position = {q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble()};
    c.yaw = q.value(7).toDouble();
    c.pitch = q.value(8).toDouble();
    c.fov = q.value(9).toDouble();
    c.range = q.value(10).toDouble();
    c.credentialsSet = q.value(11).toInt() > 0;
    return c;
}

const QString kSelect = u"SELECT c.code, c.name, a.code, c.url, c.x, c.y, c.z, c.yaw, c.pitch, c.fov, c.range_m, "
                        "(SELECT count(*) FROM camera_credentials cc WHERE cc.camera_id = c.id), c.id "
                        "FROM cameras c LEFT JOIN areas a ON a.id = c.area_id"_s;

QJsonObject describe(const CameraInput &c)
{
    return {{u"name"_s, c.name}, {u"area"_s, c.area}, {u"url"_s, auditUrl(c.url)},
            {u"position"_s, QJsonArray{c.position.x, c.position.y, c.position.z}}, {u"yaw"_s, c.yaw},
            {u"pitch"_s, c.pitch}, {u"fov"_s, c.fov}, {u"range"_s, c.range},
            {u"covered_areas"_s, QJsonArray::fromStringList(c.coveredAreas)}};
}

} // namespace

void CameraService::validate(const CameraInput &in) const
{
    static const QRegularExpression codeRe(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"_s);
    if (!codeRe.match(in.code).hasMatch())
        bad(in.code, u"code"_s, u"1–32 letters, digits, '-', '_' or '.'"_s);
    if (in.name.trimmed().isEmpty())
        bad(in.code, u"name"_s, u"empty"_s);
    if (in.area.isEmpty())
        bad(in.code, u"area"_s, u"empty"_s);
    site::validateCameraUrl(in.code, in.url);
    for (double v : {in.position.x, in.position.y, in.position.z, in.yaw, in.pitch, in.fov, in.range})
        if (!std::isfinite(v))
            bad(in.code, u"position"_s, u"not a finite number"_s);
    if (in.fov <= 0 || in.fov >= 180)
        bad(in.code, u"fov"_s, u"must be between 0 and 180 degrees"_s);
    if (in.pitch < -90 || in.pitch > 90)
        bad(in.code, u"pitch"_s, u"must be between -90 and 90 degrees"_s);
    if (in.yaw < -360 || in.yaw > 360)
        bad(in.code, u"yaw"_s, u"must be between -360 and 360 degrees"_s);
    if (in.range <= 0)
        bad(in.code, u"range"_s, u"must be more than 0 m"_s);
    if (!db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {in.area}).isValid())
        bad(in.code, u"area"_s, u"unknown area '%1'"_s.arg(in.area));
    for (const QString &a : in.coveredAreas)
        if (!db().scalar(u"SELECT id FROM areas WHERE code = ?"_s, {a}).isValid())
            bad(in.code, u"covered_areas"_s, u"unknown area '%1'"_s.arg(a));
}

QStringList CameraService::coveredAreasOf(qint64 cameraId) const
{
    QStringList out;
    // A camera always covers the area it stands in (cameras imported with a layout have no camera_areas rows).
    QSqlQuery q = db().exec(u"SELECT a.code FROM areas a WHERE a.id IN (SELECT ca.area_id FROM camera_areas ca WHERE ca.camera_id = ? "
                            "UNION SELECT c.area_id FROM cameras c WHERE c.id = ?) ORDER BY a.code"_s, {cameraId, cameraId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<CameraRecord> CameraService::list() const
{
    require(u"data.read"_s);
    QList<CameraRecord> out;
    QSqlQuery q = db().exec(kSelect + u" ORDER BY c.code"_s);
    QList<qint64> ids;
    while (q.next()) {
        out << recordFrom(q);
        ids << q.value(12).toLongLong();
    }
    for (int i = 0; i < out.size(); ++i)
        out[i].coveredAreas = coveredAreasOf(ids[i]);
    return out;
}

CameraRecord CameraService::get(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(kSelect + u" WHERE c.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"camera '%1' does not exist"_s.arg(code));
    CameraRecord c = recordFrom(q);
    c.coveredAreas = coveredAreasOf(q.value(12).toLongLong());
    return c;
}

QList<site::Camera> CameraService::layoutCameras() const
{
    QList<site::Camera> out;
    for (const CameraRecord &r : list()) {
        site::Camera c;
        c.code = r.code;
        c.name = r.name;
        c.area = r.area;
        c.url = r.url;
        c.position = r.position;
        c.yaw = r.yaw;
        c.pitch = r.pitch;
        c.fov = r.fov;
        c.range = r.range;
        out << c;
    }
    return out;
}

void CameraService::writeAreas(qint64 cameraId, const CameraInput &in)
{
    db().exec(u"DELETE FROM camera_areas WHERE camera_id = ?"_s, {cameraId});
    QStringList areas = in.coveredAreas;
    areas << in.area;
    areas.removeDuplicates();
    for (const QString &a : areas)
        db().exec(u"INSERT INTO camera_areas (camera_id, area_id) VALUES (?, ?)"_s, {cameraId, idOf(u"areas"_s, a, u"area"_s)});
}

void CameraService::storeCredentials(qint64 cameraId, const QString &user, const QString &password)
{
    db().exec(u"DELETE FROM camera_credentials WHERE camera_id = ?"_s, {cameraId});
    if (user.isEmpty() && password.isEmpty()) {
        db().exec(u"UPDATE cameras SET credential_ref = NULL WHERE id = ?"_s, {cameraId});
        return;
    }
    QByteArray plain = QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
    const CredentialVault::Sealed s = CredentialVault().seal(plain);
    plain.fill('\0');
    db().exec(u"INSERT INTO camera_credentials (camera_id, key_id, nonce, ciphertext, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
              {cameraId, s.keyId, s.nonce, s.ciphertext, now()});
    db().exec(u"UPDATE cameras SET credential_ref = ? WHERE id = ?"_s, {QString(u"vault:"_s + s.keyId), cameraId});
}

void CameraService::create(const CameraInput &input)
{
    require(u"site.edit"_s);
    CameraInput in = input;
    QString user, password;
    in.url = stripUserInfo(in.url.trimmed(), &user, &password);
    in.coveredAreas << in.area;
    in.coveredAreas.removeDuplicates();
    in.coveredAreas.sort();
    Transaction tx(db());
    validate(in);
    if (db().scalar(u"SELECT id FROM cameras WHERE code = ?"_s, {in.code}).isValid())
        fail(ErrorCode::Conflict, u"camera '%1' already exists"_s.arg(in.code));
    const qint64 id = db().insert(u"cameras"_s, {{u"area_id"_s, idOf(u"areas"_s, in.area, u"area"_s)}, {u"code"_s, in.code},
                                                 {u"name"_s, in.name}, {u"url"_s, in.url}, {u"x"_s, in.position.x},
                                                 {u"y"_s, in.position.y}, {u"z"_s, in.position.z}, {u"yaw"_s, in.yaw},
                                                 {u"pitch"_s, in.pitch}, {u"fov"_s, in.fov}, {u"range_m"_s, in.range}});
    writeAreas(id, in);
    QJsonObject details = describe(in);
    if (!user.isEmpty() || !password.isEmpty()) {
        storeCredentials(id, user, password);
        details[u"credentials"_s] = u"set"_s;
    }
    audit(u"camera.create"_s, u"camera"_s, in.code, details, in.area);
    tx.commit();
}

void CameraService::update(const CameraInput &input)
{
    require(u"site.edit"_s);
    CameraInput in = input;
    QString user, password;
    in.url = stripUserInfo(in.url.trimmed(), &user, &password);
    in.coveredAreas << in.area;
    in.coveredAreas.removeDuplicates();
    in.coveredAreas.sort();
    Transaction tx(db());
    const CameraRecord old = get(in.code);
    validate(in);
    const qint64 id = idOf(u"cameras"_s, in.code, u"camera"_s);
    const QJsonObject before = describe(old), after = describe(in);
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changes[it.key()] = QJsonObject{{u"from"_s, before.value(it.key())}, {u"to"_s, it.value()}};
    if (in.url != old.url && auditUrl(in.url) == auditUrl(old.url))
        changes[u"url"_s] = u"changed (query or fragment)"_s;
    if (!user.isEmpty() || !password.isEmpty()) {
        storeCredentials(id, user, password);
        changes[u"credentials"_s] = u"changed"_s;
    }
    if (changes.isEmpty()) {
        tx.commit();
        return; // nothing to change, nothing to audit
    }
    db().exec(u"UPDATE cameras SET area_id = ?, name = ?, url = ?, x = ?, y = ?, z = ?, yaw = ?, pitch = ?, fov = ?, "
              "range_m = ? WHERE id = ?"_s,
              {idOf(u"areas"_s, in.area, u"area"_s), in.name, in.url, in.position.x, in.position.y, in.position.z, in.yaw,
               in.pitch, in.fov, in.range, id});
    writeAreas(id, in);
    audit(u"camera.update"_s, u"camera"_s, in.code, changes, in.area);
    tx.commit();
}

void CameraService::remove(const QString &code)
{
    require(u"site.edit"_s);
    Transaction tx(db());
    const CameraRecord old = get(code);
    const qint64 id = idOf(u"cameras"_s, code, u"camera"_s);
    if (db().hasTable(u"permit_cameras"_s)) {
        QStringList permits;
        QSqlQuery q = db().exec(u"SELECT p.code FROM permit_cameras pc JOIN permits p ON p.id = pc.permit_id WHERE pc.camera_id = ? "
                                "ORDER BY p.code"_s, {id});
        while (q.next())
            permits << q.value(0).toString();
        if (!permits.isEmpty())
            fail(ErrorCode::Conflict, u"camera '%1' is bound to permit(s) %2 and stays in the registry (edit its URL or place instead)"_s
                                          .arg(code, permits.join(u", "_s)));
    }
    db().exec(u"DELETE FROM camera_areas WHERE camera_id = ?"_s, {id});
    db().exec(u"DELETE FROM camera_credentials WHERE camera_id = ?"_s, {id});
    db().exec(u"UPDATE evidence_snapshots SET camera_id = NULL WHERE camera_id = ?"_s, {id});
    db().exec(u"DELETE FROM cameras WHERE id = ?"_s, {id});
    audit(u"camera.remove"_s, u"camera"_s, code, {{u"name"_s, old.name}, {u"url"_s, auditUrl(old.url)}}, old.area);
    tx.commit();
}

void CameraService::save(const CameraInput &in, bool isNew, const std::optional<std::pair<QString, QString>> &userPassword)
{
    Transaction tx(db());
    if (isNew)
        create(in);
    else
        update(in);
    if (userPassword) // its own audit entry: "credentials changed", never the values
        setCredentials(in.code, userPassword->first, userPassword->second);
    tx.commit();
}

void CameraService::setCredentials(const QString &code, const QString &user, const QString &password)
{
    require(u"site.edit"_s);
    Transaction tx(db());
    const CameraRecord old = get(code);
    storeCredentials(idOf(u"cameras"_s, code, u"camera"_s), user, password);
    audit(u"camera.credentials"_s, u"camera"_s, code,
          {{u"credentials"_s, user.isEmpty() && password.isEmpty() ? u"cleared"_s : u"changed"_s}}, old.area);
    tx.commit();
}

bool CameraService::hasCredentials(const QString &code) const { return get(code).credentialsSet; }

QString CameraService::streamUrl(const QString &code) const
{
    require(u"data.read"_s);
    QSqlQuery q = db().exec(u"SELECT c.url, cc.key_id, cc.nonce, cc.ciphertext FROM cameras c "
                            "LEFT JOIN camera_credentials cc ON cc.camera_id = c.id WHERE c.code = ?"_s, {code});
    if (!q.next())
        fail(ErrorCode::NotFound, u"camera '%1' does not exist"_s.arg(code));
    const QString url = q.value(0).toString();
    if (q.value(1).isNull() || url.startsWith(u'/'))
        return url;
    QByteArray plain;
    try {
        plain = CredentialVault().open({q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toByteArray()});
    } catch (const Error &e) {
        fail(e.code(), u"camera '%1': %2"_s.arg(code, e.message()));
    }
    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    plain.fill('\0');
    QUrl u(url);
    if (u.scheme() == u"file"_s)
        return url;
    u.setUserName(o.value(u"user"_s).toString(), QUrl::DecodedMode);
    u.setPassword(o.value(u"password"_s).toString(), QUrl::DecodedMode);
    return u.toString(QUrl::FullyEncoded);
}

QHash<QString, QString> CameraService::streamUrls(QStringList *problems) const
{
    require(u"data.read"_s);
    QHash<QString, QString> out;
    QSqlQuery q = db().exec(u"SELECT code, url FROM cameras ORDER BY code"_s);
    QList<QPair<QString, QString>> rows;
    while (q.next())
        rows << qMakePair(q.value(0).toString(), q.value(1).toString());
    for (const auto &[code, url] : rows) {
        try {
            out.insert(code, streamUrl(code));
        } catch (const Error &e) {
            out.insert(code, url);
            if (problems)
                *problems << e.message();
        }
    }
    return out;
}

QList<HotWorkCameras> CameraService::specialHotWorkCameras() const
{
    require(u"data.read"_s);
    struct Row {
        HotWorkCameras hw;
        qint64 areaId;
    };
    QList<Row> rows;
    const QByteArray tz = siteTimeZone(db());
    PermitService permitService(m_ctx);
    QSqlQuery q = db().exec(u"SELECT p.code, a.code, p.state, p.area_id, p.grade, p.starts_at, p.ends_at FROM permits p "
                            "JOIN areas a ON a.id = p.area_id WHERE p.type = 'hot_work' AND p.state IN ('active', 'suspended') "
                            "ORDER BY p.code"_s);
    while (q.next()) {
        // The grade the rules apply: level 1 raised to 特级 at night, on rest days and holidays (GB 30871-2022).
        const QString grade = permitService.rules().effectiveGrade(u"hot_work"_s, q.value(4).toString(), q.value(5).toLongLong(),
                                                                   q.value(6).toLongLong(), tz);
        if (grade == u"special"_s)
            rows.push_back({HotWorkCameras{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}},
                            q.value(3).toLongLong()});
    }
    QList<HotWorkCameras> out;
    for (Row &r : rows) {
        // Cameras bound to the permit at approval (PermitService) are the ones that film it; before binding,
        // those whose view covers its volume and those that cover its area in the registry.
        QStringList bound, covering;
        for (const PermitCamera &c : permitService.cameras(r.hw.permit))
            (c.bound ? bound : covering) << c.code;
        if (bound.isEmpty()) {
            QSqlQuery c = db().exec(u"SELECT c.code FROM cameras c WHERE c.area_id = ? OR c.id IN "
                                    "(SELECT ca.camera_id FROM camera_areas ca WHERE ca.area_id = ?)"_s,
                                    {r.areaId, r.areaId});
            while (c.next())
                covering << c.value(0).toString();
        }
        r.hw.cameras = bound.isEmpty() ? covering : bound;
        r.hw.cameras.removeDuplicates();
        r.hw.cameras.sort();
        out << r.hw;
    }
    return out;
}

QStringList CameraService::sealInlineCredentials()
{
    require(u"site.edit"_s);
    QStringList changed;
    QList<std::tuple<qint64, QString, QString, QString>> rows;
    QSqlQuery q = db().exec(u"SELECT c.id, c.code, c.url, a.code FROM cameras c LEFT JOIN areas a ON a.id = c.area_id"_s);
    while (q.next())
        if (q.value(2).toString().contains(u'@') && !QUrl(q.value(2).toString()).userInfo().isEmpty())
            rows << std::tuple{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    // Layouts stored before the import removed them keep the URLs' passwords in sites.layout: scrubbed here.
    {
        Transaction tx(db());
        QSqlQuery s = db().exec(u"SELECT id, code, layout FROM sites"_s);
        QList<std::tuple<qint64, QString, QByteArray>> sites;
        while (s.next())
            sites << std::tuple{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toString().toUtf8()};
        s.finish();
        for (const auto &[id, site, layout] : sites) {
            const QByteArray clean = site::SiteLayout::withoutCredentials(layout);
            if (clean == layout)
                continue;
            db().exec(u"UPDATE sites SET layout = ? WHERE id = ?"_s, {QString::fromUtf8(clean), id});
            audit(u"site.layout.credentials"_s, u"site"_s, site, {{u"credentials"_s, u"removed from the stored layout's camera URLs"_s}});
        }
        tx.commit();
    }
    for (const auto &[id, code, url, area] : rows) {
        Transaction tx(db());
        QString user, password;
        const QString clean = stripUserInfo(url, &user, &password);
        storeCredentials(id, user, password);
        db().exec(u"UPDATE cameras SET url = ? WHERE id = ?"_s, {clean, id});
        audit(u"camera.credentials"_s, u"camera"_s, code, {{u"credentials"_s, u"moved out of the URL"_s}}, area);
        tx.commit();
        changed << code;
    }
    return changed;
}

} // namespace gl
