// SPDX-License-Identifier: Apache-2.0
// Hazard intake (issue #7) on SQLite and PostgreSQL: a camera evidence still as the panorama (bytes,
// hash and provenance from the evidence record, linked and audited), the equipment picked by decoding
// its QR code in a photo, and report-form drafts (per user, not audited, removed by the submission).
#include "demo/DemoLayout.h"
#include "demo/DemoPhotos.h"
#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

const qint64 kStart = QDateTime::fromString(u"2026-03-02T08:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray faceJpeg() { return readFile(QStringLiteral(GUARDLINE_TEST_DATA "/vision/face.jpg")); }
QString sha(const QByteArray &b) { return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()); }
int count(Database &db, const QString &sql, const QVariantList &binds = {}) { return db.scalar(sql, binds).toInt(); }

template<class F> QString errorOf(F f, ErrorCode *code = nullptr)
{
    try {
        f();
    } catch (const Error &e) {
        if (code)
            *code = e.code();
        return e.message();
    }
    return {};
}

} // namespace

class TestHazardIntake : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestDb testDb;
        std::unique_ptr<Database> db;
        ManualClock clock{kStart};
        std::unique_ptr<ServiceContext> ctx;
        site::SiteLayout layout;

        explicit Fixture(Backend b) : testDb(b) {}
        bool open()
        {
            if (!testDb.available())
                return false;
            db = testDb.open();
            Schema::migrate(*db);
            ctx = std::make_unique<ServiceContext>(ServiceContext{*db, Actor::system(u"test"_s), &clock});
            UserService users(*ctx);
            users.add(u"admin"_s, u"Admin"_s, Role::Admin, u"correct horse battery"_s);
            users.add(u"officer"_s, u"Safety Officer"_s, Role::SafetyOfficer, u"correct horse battery"_s);
            users.add(u"super"_s, u"Area Supervisor"_s, Role::AreaSupervisor, u"correct horse battery"_s);
            const QByteArray json = demo::demoLayoutJson();
            layout = site::SiteLayout::parse(json, u"demo"_s);
            SiteService(*ctx).importLayout(layout, json);
            db->exec(u"INSERT INTO people (code, name, kind, job) VALUES ('P-001', 'P-001', 'employee', 'fitter')"_s);
            hazards::installVisionInspector();
            return true;
        }
        void as(const char *user) { ctx->actor = UserService::actorFor(*db, QString::fromLatin1(user)); }
        /// A camera of the area of equipment 0 and an evidence still of it (a demo panorama as the frame).
        qint64 evidence(QString *camera = nullptr)
        {
            const site::Equipment &eq = layout.equipment.at(0);
            QString cam;
            for (const site::Camera &c : layout.cameras)
                if (c.area == eq.area && cam.isEmpty())
                    cam = c.code;
            if (cam.isEmpty())
                cam = layout.cameras.at(0).code;
            if (camera)
                *camera = cam;
            const QByteArray jpeg = demo::demoPhoto(u"panorama"_s, 0, eq.area, true, 0); // no EXIF time: a video frame
            return EvidenceService(*ctx).store({cam, jpeg, sha(jpeg), kStart - 120000, u"Asia/Shanghai"_s, 1600, 1200});
        }
        HazardInput input(const QString &code)
        {
            const site::Equipment &eq = layout.equipment.at(0);
            HazardInput in;
            in.code = code;
            in.category = u"equipment"_s;
            in.description = u"Coupling guard missing"_s;
            in.equipmentQr = eq.qr;
            in.responsibleCode = u"P-001"_s;
            in.defectRegion = demo::demoDefectRegion(0);
            in.defect = {demo::demoPhoto(u"defect"_s, 0, eq.qr, true, kStart - 30000), u"defect.jpg"_s};
            in.face = {faceJpeg(), u"face.jpg"_s};
            return in;
        }
    };

private Q_SLOTS:
    void panoramaFromCameraEvidence_data() { test::addBackendRows(); }
    void panoramaFromCameraEvidence()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        QString camera;
        const qint64 ev = f.evidence(&camera);
        const EvidenceRecord rec = EvidenceService(*f.ctx).get(ev);

        // Both a file and a still: refused, nothing stored.
        HazardInput both = f.input(u"HZ-E0"_s);
        both.panoramaEvidenceId = ev;
        both.panorama = {f.input(u"X"_s).defect.bytes, u"pano.jpg"_s};
        ErrorCode ec{};
        QVERIFY(errorOf([&] { HazardService(*f.ctx).report(both); }, &ec).contains(u"photos.panorama"_s));
        QCOMPARE(ec, ErrorCode::BadInput);
        HazardInput missing = f.input(u"HZ-E0"_s);
        missing.panoramaEvidenceId = ev + 100;
        QVERIFY(errorOf([&] { HazardService(*f.ctx).report(missing); }, &ec).contains(u"camera evidence still %1"_s.arg(ev + 100)));
        QCOMPARE(ec, ErrorCode::NotFound);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazards"_s), 0);

        HazardInput in = f.input(u"HZ-E1"_s);
        in.panoramaEvidenceId = ev;
        HazardService(*f.ctx).report(in);
        const HazardDetail d = HazardService(*f.ctx).detail(u"HZ-E1"_s);
        QCOMPARE(d.photos.size(), 3);
        const HazardPhotoInfo &p = d.photos.at(0);
        QCOMPARE(p.kind, u"panorama"_s);
        QCOMPARE(p.sha256, rec.sha256);                       // the still's very bytes
        QCOMPARE(HazardService(*f.ctx).photo(p.sha256), EvidenceService(*f.ctx).content(ev));
        QCOMPARE(p.takenAt, kStart - 120000);                 // the evidence time, not an EXIF time
        QVERIFY(p.exifTime.isEmpty());
        QCOMPARE(p.check.value(u"source"_s).toString(), u"camera_evidence"_s);
        QCOMPARE(p.check.value(u"camera"_s).toString(), camera);
        QCOMPARE(qint64(p.check.value(u"evidence"_s).toDouble()), ev);
        QCOMPARE(p.check.value(u"time_zone"_s).toString(), u"Asia/Shanghai"_s);

        // Linked to the hazard, and both the report and the link are in the audit chain with the hash.
        const QList<EvidenceRecord> linked = EvidenceService(*f.ctx).list(u"hazard"_s, u"HZ-E1"_s);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.at(0).id, ev);
        QCOMPARE(linked.at(0).links.at(0).note, u"panorama"_s);
        QSqlQuery a = f.db->exec(u"SELECT details FROM audit_log WHERE action = 'hazard.report' AND object_id = 'HZ-E1'"_s);
        QVERIFY(a.next());
        const QJsonObject rep = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
        const QJsonObject pano = rep.value(u"photos"_s).toArray().at(0).toObject();
        QCOMPARE(pano.value(u"sha256"_s).toString(), rec.sha256);
        QCOMPARE(pano.value(u"provenance"_s).toObject().value(u"camera"_s).toString(), camera);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log WHERE action = 'evidence.attach' AND object_id = 'HZ-E1' "
                              "AND details LIKE ?"_s, {QString(u'%' + rec.sha256 + u'%')}), 1);
        // The still can be the panorama of another hazard too (one link each).
        HazardInput again = f.input(u"HZ-E2"_s);
        again.panoramaEvidenceId = ev;
        HazardService(*f.ctx).report(again);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM evidence_links WHERE snapshot_id = ?"_s, {ev}), 2);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM photo_store WHERE sha256 = ?"_s, {rec.sha256}), 1);
    }

    void equipmentFromQrPhoto_data() { test::addBackendRows(); }
    void equipmentFromQrPhoto()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        const site::Equipment &eq = f.layout.equipment.at(2);
        const QByteArray label = demo::demoPhoto(u"defect"_s, 1, eq.qr, true, kStart);
        const EquipmentPick pick = HazardService(*f.ctx).equipmentFromQr({label, u"label.jpg"_s});
        QCOMPARE(pick.code, eq.code);
        QCOMPARE(pick.area, eq.area);
        QCOMPARE(pick.qr, eq.qr);
        QVERIFY(pick.found.contains(eq.qr));

        ErrorCode ec{};
        const QByteArray stranger = demo::demoPhoto(u"defect"_s, 1, u"QR-NOT-OURS-77"_s, true, kStart);
        QString msg = errorOf([&] { HazardService(*f.ctx).equipmentFromQr({stranger, u"other.jpg"_s}); }, &ec);
        QVERIFY2(msg.contains(u"QR-NOT-OURS-77"_s) && msg.contains(u"not on this site's equipment register"_s), qPrintable(msg));
        QCOMPARE(ec, ErrorCode::NotFound);
        msg = errorOf([&] { HazardService(*f.ctx).equipmentFromQr({faceJpeg(), u"face.jpg"_s}); }, &ec);
        QVERIFY2(msg.contains(u"no QR code is readable"_s) && msg.contains(u"face.jpg"_s), qPrintable(msg));
        QCOMPARE(ec, ErrorCode::BadInput);
        msg = errorOf([&] { HazardService(*f.ctx).equipmentFromQr({"not a photo", u"notes.txt"_s}); }, &ec);
        QVERIFY2(msg.contains(u"notes.txt"_s), qPrintable(msg));
        QCOMPARE(ec, ErrorCode::BadInput);
    }

    void draftsPerUserUntilSubmitted_data() { test::addBackendRows(); }
    void draftsPerUserUntilSubmitted()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        const qint64 ev = f.evidence();
        const int audit0 = count(*f.db, u"SELECT count(*) FROM audit_log"_s);
        HazardInput in = f.input(u"HZ-D1"_s);

        HazardDraft d;
        d.fields = {{u"category"_s, u"equipment"_s}, {u"description"_s, u"Coupling guard missing"_s}};
        d.photos << HazardDraftPhoto{u"defect"_s, u"defect.jpg"_s, in.defect.bytes, 0, {}, 0};
        const qint64 id = HazardDraftService(*f.ctx).save(d);
        QVERIFY(id > 0);
        // Updated later: a field, the face added, the panorama from a camera still; the defect photo stays.
        f.clock.advance(60000);
        HazardDraft more;
        more.id = id;
        more.fields = {{u"category"_s, u"equipment"_s}, {u"description"_s, u"Coupling guard missing, shaft exposed"_s}};
        more.photos << HazardDraftPhoto{u"face"_s, u"face.jpg"_s, in.face.bytes, 0, {}, 0}
                    << HazardDraftPhoto{u"panorama"_s, {}, {}, ev, {}, 0};
        QCOMPARE(HazardDraftService(*f.ctx).save(more), id);

        const QList<HazardDraft> mine = HazardDraftService(*f.ctx).list();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).photos.size(), 3);
        QVERIFY(mine.at(0).photos.at(0).bytes.isEmpty()); // the list carries no bytes
        const HazardDraft back = HazardDraftService(*f.ctx).load(id);
        QCOMPARE(back.fields.value(u"description"_s).toString(), u"Coupling guard missing, shaft exposed"_s);
        QCOMPARE(back.updatedAt, kStart + 60000);
        for (const HazardDraftPhoto &p : back.photos) {
            if (p.kind == u"defect"_s)
                QCOMPARE(p.bytes, in.defect.bytes);
            if (p.kind == u"face"_s)
                QCOMPARE(p.sha256, sha(in.face.bytes));
            if (p.kind == u"panorama"_s) {
                QCOMPARE(p.evidenceId, ev);
                QVERIFY(p.bytes.isEmpty());
            }
        }
        // Drafts are nobody's record: not audited.
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log"_s), audit0);

        // Per user: another user neither sees nor loads nor deletes it.
        f.as("super");
        QVERIFY(HazardDraftService(*f.ctx).list().isEmpty());
        ErrorCode ec{};
        errorOf([&] { HazardDraftService(*f.ctx).load(id); }, &ec);
        QCOMPARE(ec, ErrorCode::NotFound);
        errorOf([&] { HazardDraftService(*f.ctx).remove(id); }, &ec);
        QCOMPARE(ec, ErrorCode::NotFound);
        // Bad drafts are refused.
        HazardDraft bad;
        bad.photos << HazardDraftPhoto{u"after"_s, u"x.jpg"_s, "x", 0, {}, 0};
        QVERIFY(errorOf([&] { HazardDraftService(*f.ctx).save(bad); }, &ec).contains(u"photos.after"_s));
        QCOMPARE(ec, ErrorCode::BadInput);

        // A refused submission keeps the draft; a successful one removes it in the same transaction.
        f.as("officer");
        HazardInput broken = in;
        broken.draftId = id;
        broken.description.clear();
        errorOf([&] { HazardService(*f.ctx).report(broken); }, &ec);
        QCOMPARE(ec, ErrorCode::BadInput);
        QCOMPARE(HazardDraftService(*f.ctx).list().size(), 1);
        in.draftId = id;
        in.panoramaEvidenceId = ev;
        HazardService(*f.ctx).report(in);
        QVERIFY(HazardDraftService(*f.ctx).list().isEmpty());
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_draft_photos"_s), 0);

        // Deletion by the owner.
        const qint64 other = HazardDraftService(*f.ctx).save(d);
        HazardDraftService(*f.ctx).remove(other);
        QVERIFY(HazardDraftService(*f.ctx).list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHazardIntake)
#include "tst_hazard_intake.moc"
