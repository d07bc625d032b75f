// SPDX-License-Identifier: Apache-2.0
// The hazard closed loop with photo proof (issue #7) on SQLite and PostgreSQL: report with three
// photos (refusals store nothing), grading, assignment, fake and real closures, the 72 h re-inspection
// task, failed re-inspection and QR mismatch reopening, overdue escalation, the face comparison.
#include "demo/DemoLayout.h"
#include "demo/DemoPhotos.h"
#include "modules/engine/logic/Housekeeping.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/photo/PhotoReview.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "platform/audit/AuditLog.h"
#include "platform/auth/UserService.h"
#include "platform/store/Schema.h"
#include "platform/util/Error.h"
#include "TestDb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {

constexpr qint64 kHour = 3600 * 1000;
const qint64 kStart = QDateTime::fromString(u"2026-03-02T08:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray faceJpeg() { return readFile(QStringLiteral(GUARDLINE_TEST_DATA "/vision/face.jpg")); }

QByteArray twoFacesJpeg()
{
    const QByteArray b = faceJpeg();
    const cv::Mat one = cv::imdecode(cv::Mat(1, int(b.size()), CV_8U, const_cast<char *>(b.constData())), cv::IMREAD_COLOR);
    cv::Mat two;
    cv::hconcat(one, one, two);
    std::vector<uchar> buf;
    cv::imencode(".jpg", two, buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

/// A PNG whose header declares 60000 x 60000 pixels (3.6 GP): refused before any decoding.
QByteArray bombPng()
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray("\0\0\0\x0dIHDR", 8);
    png += QByteArray("\0\0\xea\x60\0\0\xea\x60\x08\x02\0\0\0", 13);
    png += QByteArray("\0\0\0\0", 4); // CRC (not checked before the size)
    png += QByteArray(64, '\0');
    return png;
}

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

class TestHazards : public QObject {
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
            users.add(u"ehs"_s, u"EHS Manager"_s, Role::EhsManager, u"correct horse battery"_s);
            ctx->actor = Actor::system(u"setup"_s);
            const QByteArray json = demo::demoLayoutJson();
            layout = site::SiteLayout::parse(json, u"demo"_s);
            SiteService(*ctx).importLayout(layout, json);
            for (const char *p : {"P-001", "P-002"})
                db->exec(u"INSERT INTO people (code, name, kind, job) VALUES (?, ?, 'employee', 'fitter')"_s,
                         {QString::fromLatin1(p), QString::fromLatin1(p)});
            hazards::installVisionInspector();
            return true;
        }
        void as(const char *user) { ctx->actor = UserService::actorFor(*db, QString::fromLatin1(user)); }
        const site::Equipment &equipment(int i) const { return layout.equipment.at(i); }
        HazardInput input(const QString &code, int variant, int eq = 0)
        {
            HazardInput in;
            in.code = code;
            in.category = u"equipment"_s;
            in.description = u"Coupling guard missing"_s;
            in.equipmentQr = equipment(eq).qr;
            in.responsibleCode = u"P-001"_s;
            in.defectRegion = demo::demoDefectRegion(variant);
            in.panorama = {demo::demoPhoto(u"panorama"_s, variant, equipment(eq).area, true, kStart - 60000), u"pano.jpg"_s};
            in.defect = {demo::demoPhoto(u"defect"_s, variant, equipment(eq).qr, true, kStart - 30000), u"defect.jpg"_s};
            in.face = {faceJpeg(), u"face.jpg"_s};
            return in;
        }
        PhotoInput photo(const QString &kind, int variant, const QString &qr, bool defect)
        {
            return {demo::demoPhoto(kind, variant, qr, defect, clock.nowMs()), kind + u".jpg"_s};
        }
        /// Reports, assigns, starts and closes a hazard on a real after-photo.
        void closeOne(const QString &code, int variant, int eq)
        {
            as("officer");
            HazardService(*ctx).report(input(code, variant, eq));
            HazardService(*ctx).assign(code, u"P-001"_s);
            as("super");
            HazardService(*ctx).apply(code, u"start"_s);
            HazardService(*ctx).submitRectification(code, photo(u"after"_s, variant, equipment(eq).qr, false));
            as("ehs");
            HazardService(*ctx).apply(code, u"accept"_s);
        }
        QString state(const QString &code) { return db->scalar(u"SELECT state FROM hazards WHERE code = ?"_s, {code}).toString(); }
    };

private Q_SLOTS:
    void rulesAreData()
    {
        const HazardRules &r = HazardRules::defaults();
        QVERIFY(r.categoryKeys().contains(u"confined_space"_s));
        QVERIFY(r.categoryKeys().contains(u"ppe"_s));
        QCOMPARE(r.category(u"confined_space"_s)->zh, u"受限空间"_s);
        QCOMPARE(r.planKeys().size(), 6);
        QVERIFY(r.majorCriteria.size() >= 5);
        QCOMPARE(r.settings.value(u"reinspection_hours"_s).toInt(), 72);
        ErrorCode code{};
        const QString msg = errorOf([] { HazardRules::parse(R"({"categories": []})", u"site.json"_s); }, &code);
        QCOMPARE(code, ErrorCode::BadInput);
        QVERIFY2(msg.contains(u"site.json"_s) && msg.contains(u"categories"_s), qPrintable(msg));
    }

    // Issue #15 (optimistic concurrency), on both backends: two workstations (two connections) show the same
    // reported hazard; the first assigns it, the second (stale view) assigns it to someone else and is refused,
    // naming who changed it; the hazard keeps the first assignment and the chain has one hazard.assign.
    void staleViewConflicts_data() { test::addBackendRows(); }
    void staleViewConflicts()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        HazardService(*f.ctx).report(f.input(u"HZ-51"_s, 0));
        auto other = f.testDb.open(); // the second workstation's connection
        ServiceContext ehs{*other, UserService::actorFor(*other, u"ehs"_s), &f.clock};
        const qint64 shownA = HazardService(*f.ctx).detail(u"HZ-51"_s).rowVersion;
        const qint64 shownB = HazardService(ehs).detail(u"HZ-51"_s).rowVersion;
        QVERIFY(shownA > 0);
        QCOMPARE(shownB, shownA);
        f.as("admin");
        HazardService(*f.ctx).assign(u"HZ-51"_s, u"P-001"_s, 0, shownA);
        ErrorCode code{};
        const QString msg = errorOf([&] { HazardService(ehs).assign(u"HZ-51"_s, u"P-002"_s, 0, shownB); }, &code);
        QCOMPARE(code, ErrorCode::Conflict);
        QVERIFY2(msg.startsWith(u"Hazard HZ-51 was changed by admin (hazard.assign, "_s) && msg.contains(u"it is now assigned"_s),
                 qPrintable(msg));
        QCOMPARE(f.db->scalar(u"SELECT p.code FROM hazards h JOIN people p ON p.id = h.assignee_id WHERE h.code = 'HZ-51'"_s).toString(),
                 u"P-001"_s);
        QCOMPARE(f.db->scalar(u"SELECT count(*) FROM audit_log WHERE object_id = 'HZ-51' AND action = 'hazard.assign'"_s).toInt(), 1);
        // A transition on the stale view (the supervisor's start by the EHS workstation's older version) is refused too.
        ServiceContext sup{*other, UserService::actorFor(*other, u"super"_s), &f.clock};
        QCOMPARE(errorOf([&] { HazardService(sup).apply(u"HZ-51"_s, u"start"_s, {}, shownB); }, &code).left(40),
                 u"Hazard HZ-51 was changed by admin (hazar"_s);
        QCOMPARE(f.state(u"HZ-51"_s), u"assigned"_s);
        QCOMPARE(HazardService(sup).apply(u"HZ-51"_s, u"start"_s, {}, HazardService(sup).detail(u"HZ-51"_s).rowVersion),
                 u"rectifying"_s);
    }

    void refusedReportsStoreNothing_data() { test::addBackendRows(); }
    void refusedReportsStoreNothing()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        const int audit0 = count(*f.db, u"SELECT count(*) FROM audit_log"_s);
        struct Case { const char *what; std::function<void(HazardInput &)> spoil; ErrorCode code; const char *needle; };
        const QByteArray defect = f.input(u"X"_s, 0).defect.bytes;
        const QList<Case> cases = {
            {"missing face photo", [](HazardInput &in) { in.face = {}; }, ErrorCode::BadInput, "photos.face"},
            {"missing panorama", [](HazardInput &in) { in.panorama = {}; }, ErrorCode::BadInput, "three photos are required"},
            {"not an image", [](HazardInput &in) { in.panorama = {"GIF89a? no, a shift log\n", u"log.txt"_s}; }, ErrorCode::BadInput, "not an image"},
            {"truncated JPEG", [&](HazardInput &in) { in.defect = {defect.left(defect.size() / 2), u"cut.jpg"_s}; }, ErrorCode::BadInput, "truncated JPEG"},
            {"decompression bomb", [](HazardInput &in) { in.defect = {bombPng(), u"bomb.png"_s}; }, ErrorCode::BadInput, "pixel limit"},
            {"no face", [&](HazardInput &in) { in.face = {defect, u"scene.jpg"_s}; }, ErrorCode::BadInput, "no frontal face"},
            {"two faces", [](HazardInput &in) { in.face = {twoFacesJpeg(), u"two.jpg"_s}; }, ErrorCode::BadInput, "2 faces"},
            {"unknown QR id", [](HazardInput &in) { in.equipmentQr = u"QR-NOPE"_s; }, ErrorCode::NotFound, "QR id 'QR-NOPE'"},
            {"equipment in another area", [](HazardInput &in) { in.areaCode = u"NO-AREA"_s; }, ErrorCode::BadInput, "field 'area'"},
            {"major without criteria", [](HazardInput &in) { in.grade = u"major"_s; }, ErrorCode::BadInput, "criteria"},
            {"unknown category", [](HazardInput &in) { in.category = u"weather"_s; }, ErrorCode::BadInput, "not a category"},
        };
        for (const Case &c : cases) {
            HazardInput in = f.input(u"HZ-BAD"_s, 0);
            c.spoil(in);
            ErrorCode code{};
            const QString msg = errorOf([&] { HazardService(*f.ctx).report(in); }, &code);
            QVERIFY2(msg.contains(QLatin1String(c.needle)), qPrintable(QLatin1String(c.what) + u": "_s + msg));
            QVERIFY2(code == c.code, c.what);
        }
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazards"_s), 0);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_photos"_s), 0);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM photo_store"_s), 0);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log"_s), audit0);
    }

    void closedLoop_data() { test::addBackendRows(); }
    void closedLoop()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        const QString code = u"HZ-1"_s;
        const site::Equipment &eq = f.equipment(0);
        f.as("officer");
        HazardService(*f.ctx).report(f.input(code, 0));
        // Three photos stored content-addressed, their hashes and EXIF times in the audit entry.
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_photos"_s), 3);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM photo_store"_s), 3);
        QSqlQuery a = f.db->exec(u"SELECT details, equipment, area FROM audit_log WHERE action = 'hazard.report'"_s);
        QVERIFY(a.next());
        const QJsonObject rep = QJsonDocument::fromJson(a.value(0).toString().toUtf8()).object();
        QCOMPARE(rep.value(u"photos"_s).toArray().size(), 3);
        const QString defectSha = rep.value(u"photos"_s).toArray().at(1).toObject().value(u"sha256"_s).toString();
        QCOMPARE(defectSha.size(), 64);
        QCOMPARE(rep.value(u"photos"_s).toArray().at(1).toObject().value(u"exif_time"_s).toString(), u"2026-03-02T07:59:30+00:00"_s);
        QCOMPARE(a.value(1).toString(), eq.code);
        QCOMPARE(a.value(2).toString(), eq.area);
        QCOMPARE(HazardService(*f.ctx).photo(defectSha), f.input(code, 0).defect.bytes);
        // No portrait on file for P-001: recorded as unverified, not as a pass.
        QCOMPARE(f.db->scalar(u"SELECT face_review FROM hazards WHERE code = ?"_s, {code}).toString(), u"no_portrait"_s);

        // 重大 needs criteria and the six-item plan before assignment.
        f.as("ehs");
        ErrorCode ec{};
        QVERIFY(errorOf([&] { HazardService(*f.ctx).grade(code, u"major"_s, {u"MC-05"_s}, {}); }, &ec).contains(u"plan.goal"_s));
        QCOMPARE(ec, ErrorCode::BadInput);
        QJsonObject plan;
        for (const QString &k : HazardService::planItems())
            plan.insert(k, QString(u"item "_s + k));
        HazardService(*f.ctx).grade(code, u"major"_s, {u"MC-05"_s}, plan);
        HazardService(*f.ctx).assign(code, u"P-002"_s);
        QCOMPARE(f.db->scalar(u"SELECT deadline_at FROM hazards WHERE code = ?"_s, {code}).toLongLong(), kStart + 30 * 24 * kHour);
        f.as("super");
        QVERIFY(errorOf([&] { HazardService(*f.ctx).apply(code, u"submit"_s); }).contains(u"after-photo"_s));
        HazardService(*f.ctx).apply(code, u"start"_s);

        // Fake closures are refused with the reason, audited, not stored; the hazard stays rectifying.
        const QString copyMsg = errorOf([&] { HazardService(*f.ctx).submitRectification(code, f.input(code, 0).defect); }, &ec);
        QCOMPARE(ec, ErrorCode::Conflict);
        QVERIFY2(copyMsg.contains(u"copy"_s), qPrintable(copyMsg));
        const QString otherMsg = errorOf([&] { HazardService(*f.ctx).submitRectification(code, f.photo(u"after"_s, 1, eq.qr, false)); });
        QVERIFY2(otherMsg.contains(u"does not prove"_s), qPrintable(otherMsg));
        const QString sameMsg = errorOf([&] { HazardService(*f.ctx).submitRectification(code, f.photo(u"after"_s, 0, eq.qr, true)); });
        QVERIFY2(sameMsg.contains(u"did not change"_s), qPrintable(sameMsg));
        QCOMPARE(f.state(code), u"rectifying"_s);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.rectification_refused'"_s), 3);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_photos WHERE kind = 'after'"_s), 0);
        f.as("ehs");
        QVERIFY(!errorOf([&] { HazardService(*f.ctx).apply(code, u"accept"_s); }).isEmpty());

        // The real after-photo passes; the result and both hashes are audited; then it can be closed.
        f.as("super");
        {
            HazardService svc(*f.ctx);
            QVERIFY(!errorOf([&] { hazards::reviewPhotos(svc, code, false); }).isEmpty()); // no after-photo yet: nothing to compare
        }
        const PhotoCheck ok = HazardService(*f.ctx).submitRectification(code, f.photo(u"after"_s, 0, eq.qr, false));
        QVERIFY2(ok.passed, qPrintable(ok.reason));
        QVERIFY(ok.sceneSimilarity >= 0.85);
        {
            // The reviewer's comparison measures what the check measured, on the stored photos.
            HazardService svc(*f.ctx);
            const hazards::PhotoReview review = hazards::reviewPhotos(svc, code, false);
            QCOMPARE(review.kind, hazards::PhotoReview::Kind::Rectification);
            QCOMPARE(review.leftPhoto, defectSha);
            QCOMPARE(review.middlePhoto.size(), 64);
            QVERIFY(!review.left.isNull() && !review.middle.isNull() && !review.right.isNull());
            QCOMPARE(review.middle.size(), review.left.size());
            QCOMPARE(review.reason, ok.reason);
            QVERIFY(qAbs(review.sceneSimilarity - ok.sceneSimilarity) < 1e-6);
            QVERIFY(qAbs(review.regionChange - ok.regionChange) < 1e-6);
        }
        QSqlQuery s = f.db->exec(u"SELECT details FROM audit_log WHERE action = 'hazard.submit'"_s);
        QVERIFY(s.next());
        const QJsonObject sub = QJsonDocument::fromJson(s.value(0).toString().toUtf8()).object();
        QCOMPARE(sub.value(u"before_sha256"_s).toString(), defectSha);
        QCOMPARE(sub.value(u"after"_s).toObject().value(u"sha256"_s).toString().size(), 64);
        QVERIFY(sub.value(u"verification"_s).toObject().value(u"passed"_s).toBool());
        f.as("ehs");
        QCOMPARE(HazardService(*f.ctx).apply(code, u"accept"_s), u"closed"_s);

        // 72 h later (site setting) one re-inspection task for the reporter, created once.
        f.clock.advance(71 * kHour);
        Housekeeping::run(*f.db, f.clock);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_tasks"_s), 0);
        f.clock.advance(2 * kHour);
        Housekeeping::run(*f.db, f.clock);
        Housekeeping::run(*f.db, f.clock);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM hazard_tasks"_s), 1);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.reinspection_task'"_s), 1);
        QCOMPARE(HazardService(*f.ctx).openTasks(u"officer"_s).size(), 1);

        // The defect is back: the re-inspection fails and reopens the hazard, audited, task done.
        f.as("officer");
        const ReinspectionResult r = HazardService(*f.ctx).reinspect(code, f.photo(u"reinspection"_s, 0, eq.qr, true));
        QVERIFY(!r.passed);
        QVERIFY2(r.reason.contains(u"changed again"_s), qPrintable(r.reason));
        QCOMPARE(r.qrFound, eq.qr);
        QCOMPARE(f.state(code), u"reopened"_s);
        QCOMPARE(count(*f.db, u"SELECT reopen_count FROM hazards WHERE code = ?"_s, {code}), 1);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.reinspect_fail'"_s), 1);
        QCOMPARE(HazardService(*f.ctx).openTasks().size(), 0);
        const HazardDetail d = HazardService(*f.ctx).detail(code);
        QCOMPARE(d.photos.size(), 5);
        QCOMPARE(d.photos.last().kind, u"reinspection"_s);
        QVERIFY(!d.photos.last().check.value(u"passed"_s).toBool());
        QVERIFY(!d.photos.last().check.value(u"region"_s).toString().isEmpty());
        QVERIFY(d.actions.contains(u"assign"_s));
        {
            // The failed re-inspection beside the after-photo: the failing region framed red.
            HazardService svc(*f.ctx);
            const hazards::PhotoReview review = hazards::reviewPhotos(svc, code, true);
            QCOMPARE(review.kind, hazards::PhotoReview::Kind::Reinspection);
            QCOMPARE(review.leftPhoto, d.photos.last().sha256);
            QCOMPARE(review.reason, d.photos.last().check.value(u"reason"_s).toString());
            QVERIFY(!review.right.isNull());
            const QRect failing = rectFromText(d.photos.last().check.value(u"second_region"_s).toString());
            const QRect frame = failing.isEmpty() ? review.left.rect().adjusted(4, 4, -4, -4) : failing;
            QCOMPARE(review.left.pixelColor(frame.topLeft()), QColor(0xe5, 0x39, 0x35));
        }
        QVERIFY(AuditLog::verify(*f.db).ok);
    }

    void reinspectionChecksTheQrCode_data() { test::addBackendRows(); }
    void reinspectionChecksTheQrCode()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.closeOne(u"HZ-2"_s, 2, 1);
        f.closeOne(u"HZ-3"_s, 2, 1);
        f.as("officer");
        // Same spot, still fixed, but the label is another equipment's QR code: reopened.
        const ReinspectionResult wrong = HazardService(*f.ctx).reinspect(u"HZ-2"_s, f.photo(u"reinspection"_s, 2, f.equipment(5).qr, false));
        QVERIFY(!wrong.passed);
        QVERIFY2(wrong.reason.contains(u"not the hazard's equipment"_s), qPrintable(wrong.reason));
        QCOMPARE(f.state(u"HZ-2"_s), u"reopened"_s);
        // The right label and the fix still in place: re-inspected.
        const ReinspectionResult good = HazardService(*f.ctx).reinspect(u"HZ-3"_s, f.photo(u"reinspection"_s, 2, f.equipment(1).qr, false));
        QVERIFY2(good.passed, qPrintable(good.reason));
        QCOMPARE(f.state(u"HZ-3"_s), u"reinspected"_s);
    }

    void overdueEscalatesOnce_data() { test::addBackendRows(); }
    void overdueEscalatesOnce()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("officer");
        HazardService(*f.ctx).report(f.input(u"HZ-4"_s, 3, 2));
        ErrorCode ec{};
        QVERIFY(errorOf([&] { HazardService(*f.ctx).assign(u"HZ-4"_s, u"P-001"_s, kStart + 8 * 24 * kHour); }, &ec)
                    .contains(u"within 7 days"_s));
        HazardService(*f.ctx).assign(u"HZ-4"_s, u"P-001"_s, kStart + 2 * kHour);
        Housekeeping::run(*f.db, f.clock);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM dispatch_orders"_s), 0);
        f.clock.advance(3 * kHour);
        Housekeeping::run(*f.db, f.clock);
        Housekeeping::run(*f.db, f.clock);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM dispatch_orders WHERE code = 'ESC-HZ-4'"_s), 1);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.overdue'"_s), 1);
        QCOMPARE(HazardService(*f.ctx).detail(u"HZ-4"_s).escalationOrder, u"ESC-HZ-4"_s);
    }

    void faceComparisonFlagsMismatch_data() { test::addBackendRows(); }
    void faceComparisonFlagsMismatch()
    {
        QFETCH(Backend, backend);
        Fixture f(backend);
        GL_REQUIRE_BACKEND(f.testDb);
        QVERIFY(f.open());
        f.as("ehs");
        HazardService(*f.ctx).setPortrait(u"P-001"_s, {faceJpeg(), u"p1.jpg"_s});
        HazardService(*f.ctx).setPortrait(u"P-002"_s, {readFile(QStringLiteral(GUARDLINE_TEST_DATA "/hazards/other-face.jpg")), u"p2.jpg"_s});
        f.as("officer");
        HazardInput same = f.input(u"HZ-5"_s, 4);
        HazardService(*f.ctx).report(same);
        QCOMPARE(f.db->scalar(u"SELECT face_review FROM hazards WHERE code = 'HZ-5'"_s), QVariant(QMetaType(QMetaType::QString)));
        HazardInput other = f.input(u"HZ-6"_s, 4);
        other.responsibleCode = u"P-002"_s; // the face photo shows P-001
        HazardService(*f.ctx).report(other);
        QCOMPARE(f.db->scalar(u"SELECT face_review FROM hazards WHERE code = 'HZ-6'"_s).toString(), u"mismatch"_s);
        QSqlQuery a = f.db->exec(u"SELECT details FROM audit_log WHERE action = 'hazard.report' AND object_id = 'HZ-6'"_s);
        QVERIFY(a.next());
        QVERIFY(a.value(0).toString().contains(u"\"review\":\"mismatch\""_s));
    }
};

QTEST_GUILESS_MAIN(TestHazards)
#include "tst_hazards.moc"
