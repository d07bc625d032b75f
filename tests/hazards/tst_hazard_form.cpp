// SPDX-License-Identifier: Apache-2.0
// The hazard report form under a real X server, through its widgets (issue #7): a half-filled form kept
// as a draft when closed and restored when opened again; the equipment picked by scanning its QR code in
// a photo (and an unknown code refused with a clear message); a camera evidence still picked as the
// panorama and the report submitted with it (evidence linked, draft gone); the camera wall's "Report
// hazard with this snapshot" opening the form with the still and the camera's area.
#include "demo/DemoLayout.h"
#include "demo/DemoPhotos.h"
#include "modules/hazards/photo/VisionInspector.h"
#include "modules/hazards/ui/HazardPanel.h"
#include "modules/hazards/ui/HazardReportForm.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "modules/video/logic/EvidenceService.h"
#include "modules/video/ui/CameraWall.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QUrl>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const char *kPassword = "correct horse battery";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestHazardForm : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    site::SiteLayout m_layout;
    qint64 m_evidence = 0;
    QString m_evidenceSha, m_camera, m_cameraArea;

    static void shot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("GUARDLINE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QString::fromUtf8(dir) + u'/' + QLatin1String(name));
    }
    QString path(const char *name) const { return m_dir.path() + u'/' + QLatin1String(name); }

    /// A store with the demo site layout, two users, a person and one camera evidence still; the photo files.
    void prepare()
    {
        m_db = path("form.sqlite");
        auto db = Database::open(DbUrl::parse(m_db));
        Schema::migrate(*db);
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
        UserService(ctx).add(u"admin"_s, u"Admin"_s, Role::Admin, QString::fromLatin1(kPassword));
        UserService(ctx).add(u"officer"_s, u"Safety Officer"_s, Role::SafetyOfficer, QString::fromLatin1(kPassword));
        const QByteArray json = demo::demoLayoutJson();
        m_layout = site::SiteLayout::parse(json, u"demo"_s);
        SiteService(ctx).importLayout(m_layout, json);
        db->exec(u"INSERT INTO people (code, name, kind, job) VALUES ('P-001', 'Wang Wei', 'employee', 'fitter')"_s);
        hazards::installVisionInspector();
        const site::Equipment &eq0 = m_layout.equipment.at(0), &eq2 = m_layout.equipment.at(2);
        for (const site::Camera &c : m_layout.cameras)
            if (c.area == eq0.area && m_camera.isEmpty())
                m_camera = c.code;
        if (m_camera.isEmpty())
            m_camera = m_layout.cameras.at(0).code;
        for (const site::Camera &c : m_layout.cameras)
            if (c.code == m_camera)
                m_cameraArea = c.area;
        ctx.actor = UserService::actorFor(*db, u"officer"_s);
        const QByteArray still = demo::demoPhoto(u"panorama"_s, 0, eq0.area, true, 0);
        m_evidenceSha = QString::fromLatin1(QCryptographicHash::hash(still, QCryptographicHash::Sha256).toHex());
        m_evidence = EvidenceService(ctx).store({m_camera, still, m_evidenceSha, clock.nowMs() - 60000, u"Asia/Shanghai"_s, 1600, 1200});
        writeFile(path("defect.jpg"), demo::demoPhoto(u"defect"_s, 0, eq0.qr, true, clock.nowMs() - 30000));
        writeFile(path("label.jpg"), demo::demoPhoto(u"defect"_s, 1, eq2.qr, true, clock.nowMs()));
        writeFile(path("stranger.jpg"), demo::demoPhoto(u"defect"_s, 1, u"QR-NOT-OURS-77"_s, true, clock.nowMs()));
        writeFile(path("face.jpg"), readFile(QStringLiteral(GUARDLINE_TEST_DATA "/vision/face.jpg")));
        // The camera plays a short generated H.264 clip (file://, looped by the feed) so it is live on the wall.
        QProcess ffmpeg;
        ffmpeg.start(u"ffmpeg"_s, {u"-nostdin"_s, u"-y"_s, u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                   u"testsrc2=size=640x360:rate=10"_s, u"-t"_s, u"3"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s,
                                   u"ultrafast"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-g"_s, u"10"_s, u"-bf"_s, u"0"_s, path("clip.mp4")});
        QVERIFY2(ffmpeg.waitForFinished(60'000) && ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());
        db->exec(u"UPDATE cameras SET url = ? WHERE code = ?"_s, {QUrl::fromLocalFile(path("clip.mp4")).toString(), m_camera});
    }
    int count(const QString &sql)
    {
        auto db = Database::open(DbUrl::parse(m_db));
        return db->scalar(sql).toInt();
    }

private Q_SLOTS:
    void initTestCase() { prepare(); }

    void reportThroughTheForm()
    {
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(m_db, false, u"officer"_s, QString::fromLatin1(kPassword));
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(30'000));
        auto *panel = w.findChild<ui::HazardPanel *>();
        QVERIFY(panel);
        auto *reportButton = panel->findChild<QPushButton *>(u"hazardReport"_s);
        QVERIFY(reportButton);

        // 1. A half-filled form: closing it keeps the draft in the store, opening it again restores it.
        reportButton->click();
        ui::HazardReportForm *form = panel->reportForm();
        QTRY_VERIFY(form->isVisible());
        QSignalSpy listed(form, &ui::HazardReportForm::draftsListed);
        QVERIFY(listed.wait(10'000));
        auto *category = form->findChild<QComboBox *>(u"hazardCategory"_s);
        auto *description = form->findChild<QLineEdit *>(u"hazardDescription"_s);
        auto *submit = form->findChild<QPushButton *>(u"hazardSubmit"_s);
        category->setCurrentIndex(category->findData(u"equipment"_s));
        QTest::keyClicks(description, u"Coupling guard missing on the pump"_s);
        QSignalSpy loaded(form, &ui::HazardReportForm::photoLoaded);
        form->setPhotoFile(u"defect"_s, path("defect.jpg"));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(!form->findChild<QLabel *>(u"hazardThumb_defect"_s)->pixmap().isNull());
        QVERIFY(!submit->isEnabled()); // panorama, face, area missing
        QVERIFY(form->findChild<QLabel *>(u"hazardFormHint"_s)->text().contains(u"Panorama"_s));
        const int audit0 = count(u"SELECT count(*) FROM audit_log"_s);
        QSignalSpy saved(form, &ui::HazardReportForm::draftSaved);
        form->close();
        QVERIFY(saved.wait(10'000));
        QCOMPARE(count(u"SELECT count(*) FROM hazard_drafts WHERE owner = 'officer'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM hazard_draft_photos WHERE kind = 'defect'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit0); // a draft is not audited
        QTRY_VERIFY(description->text().isEmpty());                   // the closed form holds nothing now
        QSignalSpy restored(form, &ui::HazardReportForm::draftRestored);
        reportButton->click();
        QVERIFY(restored.wait(10'000));
        QCOMPARE(description->text(), u"Coupling guard missing on the pump"_s);
        QCOMPARE(category->currentData().toString(), u"equipment"_s);
        QVERIFY(form->hasPhoto(u"defect"_s));
        QVERIFY(!form->findChild<QLabel *>(u"hazardThumb_defect"_s)->pixmap().isNull());
        QVERIFY(form->draftId() > 0);
        auto *drafts = form->findChild<QComboBox *>(u"hazardDrafts"_s);
        QTRY_COMPARE(drafts->count(), 2); // "New report" + the draft

        // 2. Equipment by QR: an unknown code is refused clearly; the label photo picks equipment and area.
        QSignalSpy failed(form, &ui::HazardReportForm::failed);
        QSignalSpy picked(form, &ui::HazardReportForm::qrPicked);
        form->scanQrFromFile(path("stranger.jpg"));
        QVERIFY(failed.wait(20'000));
        QVERIFY2(failed.last().first().toString().contains(u"QR-NOT-OURS-77"_s)
                     && failed.last().first().toString().contains(u"not on this site's equipment register"_s),
                 qPrintable(failed.last().first().toString()));
        QVERIFY(form->findChild<QLabel *>(u"hazardFormError"_s)->isVisible());
        QVERIFY(form->equipment().isEmpty());
        form->scanQrFromFile(path("label.jpg"));
        QVERIFY(picked.wait(20'000));
        QCOMPARE(form->equipment(), m_layout.equipment.at(2).code);
        QCOMPARE(form->area(), m_layout.equipment.at(2).area);
        // The defect close-up already attached shows the right equipment: scanned from the form's menu.
        form->scanQrFromDefect();
        QVERIFY(picked.wait(20'000));
        QCOMPARE(form->equipment(), m_layout.equipment.at(0).code);
        QCOMPARE(form->area(), m_layout.equipment.at(0).area);

        // 3. The panorama from a camera: the picker lists the still; "Use as panorama" puts it on the form.
        form->findChild<QPushButton *>(u"hazardFromCamera"_s)->click();
        ui::EvidencePicker *picker = form->picker();
        QSignalSpy stills(picker, &ui::EvidencePicker::listed);
        QVERIFY(stills.wait(10'000));
        QTRY_VERIFY(picker->isVisible());
        QCOMPARE(picker->list()->count(), 1);
        QVERIFY(!picker->list()->item(0)->icon().isNull());
        QVERIFY(picker->list()->item(0)->text().contains(m_camera));
        QVERIFY(picker->findChild<QComboBox *>(u"evidenceCamera"_s)->count() >= 1);
        shot(picker, "hazard-evidence-picker.png");
        picker->list()->setCurrentRow(0);
        picker->findChild<QPushButton *>(u"evidenceUse"_s)->click();
        QCOMPARE(form->panoramaEvidence(), m_evidence);
        QVERIFY(!picker->isVisible());
        form->setPhotoFile(u"face"_s, path("face.jpg"));
        QVERIFY(loaded.wait(10'000));
        auto *responsible = form->findChild<QComboBox *>(u"hazardResponsible"_s);
        responsible->setCurrentIndex(responsible->findData(u"P-001"_s));
        QTRY_VERIFY(submit->isEnabled());
        shot(form, "hazard-report-form.png");
        QSignalSpy submitted(form, &ui::HazardReportForm::submitted);
        submit->click();
        QVERIFY2(submitted.wait(30'000), qPrintable(failed.isEmpty() ? QString() : failed.last().first().toString()));
        const QString code = submitted.first().first().toString();
        QVERIFY(!form->isVisible());

        auto db = Database::open(DbUrl::parse(m_db));
        QCOMPARE(db->scalar(u"SELECT p.sha256 FROM hazard_photos p JOIN hazards h ON h.id = p.hazard_id "
                            "WHERE h.code = ? AND p.kind = 'panorama'"_s, {code}).toString(), m_evidenceSha);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM evidence_links WHERE snapshot_id = ? AND object_type = 'hazard' AND object_code = ?"_s,
                            {m_evidence, code}).toInt(), 1);
        QCOMPARE(db->scalar(u"SELECT e.code FROM hazards h JOIN equipment e ON e.id = h.equipment_id WHERE h.code = ?"_s, {code}).toString(),
                 m_layout.equipment.at(0).code);
        QCOMPARE(db->scalar(u"SELECT count(*) FROM hazard_drafts"_s).toInt(), 0); // submitted: the draft is gone
        QTRY_COMPARE(panel->currentCode(), code);                                  // the new hazard's detail is shown

        // 4. From the camera wall: "Report hazard with this snapshot" opens the form with the still and the camera's area.
        auto *wall = w.findChild<ui::CameraWall *>();
        QVERIFY(wall);
        QSignalSpy photo(form, &ui::HazardReportForm::photoLoaded);
        Q_EMIT wall->reportHazardRequested(m_evidence, m_camera, m_cameraArea);
        QVERIFY(photo.wait(10'000));
        QVERIFY(form->isVisible());
        QCOMPARE(form->panoramaEvidence(), m_evidence);
        QCOMPARE(form->area(), m_cameraArea);
        QVERIFY(!form->findChild<QLabel *>(u"hazardThumb_panorama"_s)->pixmap().isNull());

        // 5. "Take snapshot now" from a camera of the area: the wall saves a still of the live feed (no attach
        //    dialog), the picker lists and selects it, and it becomes the panorama.
        form->findChild<QPushButton *>(u"hazardFromCamera"_s)->click();
        QSignalSpy stored(wall, &ui::CameraWall::evidenceStored);
        QSignalSpy relisted(picker, &ui::EvidencePicker::listed);
        QVERIFY(relisted.wait(10'000));
        auto *cameras = picker->findChild<QComboBox *>(u"evidenceCamera"_s);
        cameras->setCurrentIndex(cameras->findData(m_camera));
        QCOMPARE(cameras->currentData().toString(), m_camera);
        picker->findChild<QPushButton *>(u"evidenceTakeNow"_s)->click();
        QVERIFY(stored.wait(40'000));
        const qint64 fresh = stored.first().first().toLongLong();
        QVERIFY(fresh > m_evidence);
        QTRY_VERIFY_WITH_TIMEOUT(picker->list()->currentItem()
                                     && picker->list()->currentItem()->data(Qt::UserRole).toLongLong() == fresh, 10'000);
        QCOMPARE(picker->list()->count(), 2);
        QVERIFY(!w.findChild<QDialog *>(u"evidenceAttach"_s)); // requested by the form: no attach dialog
        picker->findChild<QPushButton *>(u"evidenceUse"_s)->click();
        QCOMPARE(form->panoramaEvidence(), fresh);
        form->close();

        // 6. The camera wall's own snapshot (F9) → its dialog → "Report hazard with this snapshot…".
        QSignalSpy stored2(wall, &ui::CameraWall::evidenceStored);
        QVERIFY(wall->snapshotSelected());
        QVERIFY(stored2.wait(40'000));
        const qint64 third = stored2.first().first().toLongLong();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<QDialog *>(u"evidenceAttach"_s)) && dialog->isVisible(), 10'000);
        QSignalSpy photo2(form, &ui::HazardReportForm::photoLoaded);
        dialog->findChild<QPushButton *>(u"evidenceReportHazard"_s)->click();
        QVERIFY(photo2.wait(10'000));
        QVERIFY(form->isVisible());
        QCOMPARE(form->panoramaEvidence(), third);
        QCOMPARE(form->area(), m_cameraArea);
        form->close();
        w.close();
    }
};

QTEST_MAIN(TestHazardForm)
#include "tst_hazard_form.moc"
