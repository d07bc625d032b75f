// SPDX-License-Identifier: Apache-2.0
// The camera registry on both backends: edits audited, credentials sealed with libsodium under a key
// file (0600) outside the store, and a password never in the store's clear text, the audit chain or the logs.
#include "modules/site/logic/SiteService.h"
#include "modules/video/logic/CameraService.h"
#include "platform/audit/AuditLog.h"
#include "platform/services/CredentialVault.h"
#include "platform/store/Database.h"
#include "platform/util/Error.h"
#include "VideoDbFixture.h"

#include <QFileInfo>
#include <QMutex>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << msg;
    }
    previousHandler(type, ctx, msg);
}

const QString kSecret = u"Zq9-s3cr#t!"_s;

/// Everything the audit chain says, as one string.
QString auditText(Database &db)
{
    QString all;
    QSqlQuery q = db.exec(u"SELECT action, object_type, object_id, details FROM audit_log ORDER BY seq"_s);
    while (q.next())
        all += q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' ' + q.value(3).toString() + u'\n';
    return all;
}

CameraInput newCamera()
{
    CameraInput c;
    c.code = u"CAM-90"_s;
    c.name = u"Test rig"_s;
    c.area = u"TF1"_s;
    c.url = u"rtsp://operator:"_s + QString::fromLatin1(QUrl::toPercentEncoding(kSecret)) + u"@10.1.2.3:554/h264"_s;
    c.position = {10, 20, 8};
    c.yaw = 45;
    c.pitch = -20;
    c.fov = 70;
    c.range = 80;
    c.coveredAreas = {u"CA1"_s};
    return c;
}
} // namespace

class TestCameraRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureLog); }
    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        for (const QString &l : std::as_const(logLines))
            QVERIFY2(!l.contains(kSecret) && !l.contains(QString::fromLatin1(QUrl::toPercentEncoding(kSecret))), qPrintable(l));
    }

    void vaultRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/sub/key"_s;
        CredentialVault v(path);
        QVERIFY(v.keyId().isEmpty()); // no key until something is sealed
        const QByteArray secret = kSecret.toUtf8();
        const CredentialVault::Sealed a = v.seal(secret), b = v.seal(secret);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(path).size(), 32);
        QVERIFY(a.nonce != b.nonce);                  // a fresh nonce every time
        QVERIFY(a.ciphertext != b.ciphertext);
        QVERIFY(!a.ciphertext.contains(secret));
        QCOMPARE(v.open(a), secret);
        QCOMPARE(a.keyId, v.keyId());

        CredentialVault::Sealed tampered = a;
        tampered.ciphertext[3] = char(tampered.ciphertext[3] ^ 0x01);
        try {
            v.open(tampered);
            QFAIL("a tampered ciphertext opened");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Storage);
        }
        CredentialVault other(dir.path() + u"/other.key"_s);
        try {
            other.open(a);
            QFAIL("opened without the key");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
            QVERIFY(e.message().contains(u"no key file"_s));
        }
        other.seal("x"); // now it has a different key
        try {
            other.open(a);
            QFAIL("opened with another key");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
            QVERIFY(e.message().contains(a.keyId));
        }
    }

    void credentialsNeverLeak_data() { test::addBackendRows(); }
    void credentialsNeverLeak()
    {
        QFETCH(Backend, backend);
        test::VideoDb f(backend);
        GL_REQUIRE_BACKEND(f.db);
        f.as(u"system:test"_s);
        CameraService cams(*f.ctx);
        cams.create(newCamera());

        const CameraRecord r = cams.get(u"CAM-90"_s);
        QCOMPARE(r.url, u"rtsp://10.1.2.3:554/h264"_s); // stored without user info
        QVERIFY(r.credentialsSet);
        QCOMPARE(r.coveredAreas, (QStringList{u"CA1"_s, u"TF1"_s}));
        const QString stream = cams.streamUrl(u"CAM-90"_s);
        QCOMPARE(QUrl(stream).userName(), u"operator"_s);
        QCOMPARE(QUrl(stream).password(QUrl::FullyDecoded), kSecret);
        QCOMPARE(QUrl(stream).host(), u"10.1.2.3"_s);

        // Not in the store's clear text, not in the audit chain.
        QSqlQuery q = f.store->exec(u"SELECT url, credential_ref FROM cameras WHERE code = 'CAM-90'"_s);
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(u"operator"_s));
        QVERIFY(q.value(1).toString().startsWith(u"vault:"_s));
        QSqlQuery c = f.store->exec(u"SELECT ciphertext FROM camera_credentials"_s);
        while (c.next())
            QVERIFY(!c.value(0).toByteArray().contains(kSecret.toUtf8()));
        QString audit = auditText(*f.store);
        QVERIFY(audit.contains(u"camera.create camera CAM-90"_s));
        QVERIFY(audit.contains(u"\"credentials\":\"set\""_s));
        QVERIFY(!audit.contains(kSecret) && !audit.contains(u"operator"_s));

        cams.setCredentials(u"CAM-90"_s, u"viewer2"_s, kSecret + u"2"_s);
        QCOMPARE(QUrl(cams.streamUrl(u"CAM-90"_s)).userName(), u"viewer2"_s);
        cams.setCredentials(u"CAM-90"_s, {}, {});
        QVERIFY(!cams.hasCredentials(u"CAM-90"_s));
        QCOMPARE(cams.streamUrl(u"CAM-90"_s), u"rtsp://10.1.2.3:554/h264"_s);
        audit = auditText(*f.store);
        QVERIFY(audit.contains(u"camera.credentials camera CAM-90 {\"credentials\":\"changed\"}"_s));
        QVERIFY(audit.contains(u"camera.credentials camera CAM-90 {\"credentials\":\"cleared\"}"_s));
        QVERIFY(!audit.contains(kSecret) && !audit.contains(u"viewer2"_s));

        // Another workstation without the key: the URL without credentials and a reason, never garbage.
        cams.setCredentials(u"CAM-90"_s, u"operator"_s, kSecret);
        qputenv("GUARDLINE_CREDENTIAL_KEY", QFile::encodeName(f.keys.path() + u"/elsewhere.key"_s));
        QStringList problems;
        const QHash<QString, QString> urls = cams.streamUrls(&problems);
        qputenv("GUARDLINE_CREDENTIAL_KEY", QFile::encodeName(f.keyPath()));
        QCOMPARE(urls.value(u"CAM-90"_s), u"rtsp://10.1.2.3:554/h264"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(u"CAM-90"_s));
        QCOMPARE(urls.value(u"CAM-01"_s), u"rtsp://127.0.0.1:8554/cam-01"_s);
        QVERIFY(AuditLog::verify(*f.store).ok);
    }

    void editsAreAuditedAndValidated_data() { test::addBackendRows(); }
    void editsAreAuditedAndValidated()
    {
        QFETCH(Backend, backend);
        test::VideoDb f(backend);
        GL_REQUIRE_BACKEND(f.db);
        f.as(u"disp"_s);
        try { // a dispatcher watches cameras but does not edit the registry
            CameraService(*f.ctx).create(newCamera());
            QFAIL("a dispatcher edited the registry");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Forbidden);
        }
        f.as(u"system:test"_s);
        CameraService cams(*f.ctx);
        const int cameras = int(cams.list().size());
        const qint64 entries = f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong();
        const QList<std::pair<std::function<void(CameraInput &)>, QString>> bad = {
            {[](CameraInput &c) { c.url = u"ftp://x/y"_s; }, u"field 'url': unsupported scheme 'ftp'"_s},
            {[](CameraInput &c) { c.url = u"rtsp:///nohost"_s; }, u"field 'url': no host"_s},
            {[](CameraInput &c) { c.fov = 190; }, u"field 'fov'"_s},
            {[](CameraInput &c) { c.pitch = -95; }, u"field 'pitch'"_s},
            {[](CameraInput &c) { c.area = u"XX9"_s; }, u"field 'area': unknown area 'XX9'"_s},
            {[](CameraInput &c) { c.coveredAreas = {u"NOPE"_s}; }, u"field 'covered_areas': unknown area 'NOPE'"_s},
            {[](CameraInput &c) { c.code = u"bad code"_s; }, u"field 'code'"_s},
        };
        for (const auto &[change, expected] : bad) {
            CameraInput c = newCamera();
            change(c);
            try {
                cams.create(c);
                QFAIL(qPrintable(u"accepted: "_s + expected));
            } catch (const Error &e) {
                QCOMPARE(e.code(), ErrorCode::BadInput);
                QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
                QVERIFY2(!e.message().contains(kSecret), qPrintable(e.message()));
            }
        }
        try {
            CameraInput dup = newCamera();
            dup.code = u"CAM-01"_s;
            cams.create(dup);
            QFAIL("duplicate code accepted");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
        }
        // Nothing half-stored.
        QCOMPARE(int(cams.list().size()), cameras);
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong(), entries);
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM camera_credentials"_s).toInt(), 0);

        // Update: only what changed is audited; the map/wall's layout cameras follow the registry.
        CameraInput c = [&] {
            const CameraRecord r = cams.get(u"CAM-05"_s);
            return CameraInput(r);
        }();
        c.yaw = 90;
        c.coveredAreas << u"EL1"_s;
        cams.update(c);
        QSqlQuery q = f.store->exec(u"SELECT details FROM audit_log WHERE action = 'camera.update' AND object_id = 'CAM-05'"_s);
        QVERIFY(q.next());
        const QString details = q.value(0).toString();
        QVERIFY2(details.contains(u"\"yaw\""_s) && details.contains(u"\"covered_areas\""_s), qPrintable(details));
        QVERIFY2(!details.contains(u"\"name\""_s) && !details.contains(u"\"url\""_s), qPrintable(details));
        const qint64 afterUpdate = f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong();
        cams.update(c); // no change, no entry
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM audit_log"_s).toLongLong(), afterUpdate);
        bool found = false;
        for (const site::Camera &lc : cams.layoutCameras())
            if (lc.code == u"CAM-05"_s)
                found = lc.yaw == 90;
        QVERIFY(found);
        QCOMPARE(cams.get(u"CAM-05"_s).coveredAreas, (QStringList{u"EL1"_s, u"TF1"_s}));

        // 特级 hot work: the fixture's special-grade permit in TF1 (HW-T2 is level 2: even raised on a rest day or at night it is level 1, not 特级) and the cameras covering TF1.
        const QList<HotWorkCameras> hw = cams.specialHotWorkCameras();
        QCOMPARE(hw.size(), 1);
        QCOMPARE(hw.first().area, u"TF1"_s);
        // Not bound yet: the cameras of its area (CAM-05, CAM-06) and those whose view covers its volume.
        QVERIFY2(hw.first().cameras.contains(u"CAM-05"_s) && hw.first().cameras.contains(u"CAM-06"_s),
                 qPrintable(hw.first().cameras.join(u","_s)));
        QVERIFY(!hw.first().cameras.contains(u"CAM-03"_s));
        // CAM-03 now covers TF1 too.
        CameraInput c3 = cams.get(u"CAM-03"_s);
        c3.coveredAreas << u"TF1"_s;
        cams.update(c3);
        QVERIFY(cams.specialHotWorkCameras().first().cameras.contains(u"CAM-03"_s));
        // Bound at approval (PermitService's permit_cameras): then exactly those.
        f.store->exec(u"INSERT INTO permit_cameras (permit_id, camera_id, distance_m, bound_at) SELECT p.id, c.id, 12.5, 1 "
                      "FROM permits p, cameras c WHERE p.code = 'HW-T1' AND c.code = 'CAM-06'"_s);
        QCOMPARE(cams.specialHotWorkCameras().first().cameras, QStringList{u"CAM-06"_s});

        try { // a camera bound to a permit is part of its record
            cams.remove(u"CAM-06"_s);
            QFAIL("a bound camera was removed");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QVERIFY2(e.message().contains(u"HW-T1"_s), qPrintable(e.message()));
        }
        cams.remove(u"CAM-04"_s);
        QCOMPARE(int(cams.list().size()), cameras - 1);
        QVERIFY(auditText(*f.store).contains(u"camera.remove camera CAM-04"_s));
        QVERIFY(AuditLog::verify(*f.store).ok);
    }

    void inlineCredentialsAreSealed_data() { test::addBackendRows(); }
    void inlineCredentialsAreSealed()
    {
        QFETCH(Backend, backend);
        test::VideoDb f(backend);
        GL_REQUIRE_BACKEND(f.db);
        // A layout imported with credentials in a URL: housekeeping moves them out.
        f.store->exec(u"UPDATE cameras SET url = ? WHERE code = 'CAM-02'"_s,
                      {QString(u"rtsp://admin:"_s + QString::fromLatin1(QUrl::toPercentEncoding(kSecret)) + u"@192.0.2.7/live"_s)});
        f.as(u"system:camera-credentials"_s);
        CameraService cams(*f.ctx);
        QCOMPARE(cams.sealInlineCredentials(), QStringList{u"CAM-02"_s});
        QCOMPARE(cams.get(u"CAM-02"_s).url, u"rtsp://192.0.2.7/live"_s);
        QCOMPARE(QUrl(cams.streamUrl(u"CAM-02"_s)).password(QUrl::FullyDecoded), kSecret);
        QVERIFY(cams.sealInlineCredentials().isEmpty());
        QVERIFY(!auditText(*f.store).contains(kSecret));
    }

    // Issue #18: a layout stored before the import scrubbed camera passwords keeps them in sites.layout;
    // the sealing pass removes them there too (once), and the layout still reads.
    void storedLayoutLosesInlinePasswords()
    {
        test::VideoDb f(Backend::Sqlite);
        const QString layout = f.store->scalar(u"SELECT layout FROM sites"_s).toString();
        const qsizetype at = layout.indexOf(u"rtsp://"_s);
        QVERIFY(at >= 0);
        QString leaked = layout;
        leaked.insert(at + 7, u"admin:"_s + QString::fromLatin1(QUrl::toPercentEncoding(kSecret)) + u'@');
        f.store->exec(u"UPDATE sites SET layout = ?"_s, {leaked});
        f.as(u"system:camera-credentials"_s);
        CameraService cams(*f.ctx);
        cams.sealInlineCredentials();
        const QString stored = f.store->scalar(u"SELECT layout FROM sites"_s).toString();
        QVERIFY(!stored.contains(u"admin:"_s));
        QVERIFY(!stored.contains(QString::fromLatin1(QUrl::toPercentEncoding(kSecret))));
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'site.layout.credentials'"_s).toInt(), 1);
        cams.sealInlineCredentials();
        QCOMPARE(f.store->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'site.layout.credentials'"_s).toInt(), 1);
        QVERIFY(!SiteService(*f.ctx).layout().cameras.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCameraRegistry)
#include "tst_camera_registry.moc"
