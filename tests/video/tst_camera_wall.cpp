// SPDX-License-Identifier: Apache-2.0
// The camera wall under a real X server, on a real store through the data thread: cameras decoding a
// real H.264 file (drill URL), layouts 1/4/9/16, full view and back, the 特级 hot-work preset flagging a
// camera that is not live, an evidence snapshot stored with its hash, and the layout restored per workstation.
#include "demo/DemoLayout.h"
#include "modules/site/layout/SiteLayout.h"
#include "modules/site/logic/SiteService.h"
#include "modules/video/decode/FeedTypes.h"
#include "modules/video/logic/CameraService.h"
#include "modules/video/ui/CameraRegistryWindow.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/CameraWall.h"
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "shell/DataWorker.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QToolButton>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
const QString kPassword = u"a long enough password"_s;

/// The tiles shown, each 16:9 (±1 px), inside the area, apart from each other; returns their bounding box.
QRect checkTiles(const ui::CameraWall &w)
{
    QRect block;
    QList<QRect> seen;
    const QRect area = w.tileArea()->rect();
    for (ui::CameraTile *t : w.tiles()) {
        if (t->isHidden())
            continue;
        const QRect g = t->geometry();
        if (std::abs(g.width() * 9 - g.height() * 16) > 16 || !area.contains(g))
            qWarning() << "tile" << t->slot() << g << "in" << area;
        for (const QRect &o : std::as_const(seen))
            if (o.intersects(g))
                qWarning() << "tiles overlap" << o << g;
        seen << g;
        block |= g;
    }
    return block;
}

/// The block of tiles spans the area along one side (within the spacing and rounding).
bool fillsOneSide(const QRect &block, const QSize &area)
{
    return block.width() >= area.width() - 8 || block.height() >= area.height() - 8;
}

int visibleTiles(const ui::CameraWall &w)
{
    int n = 0;
    for (ui::CameraTile *t : w.tiles())
        n += t->isVisible() ? 1 : 0;
    return n;
}

ui::CameraTile *tileOf(const ui::CameraWall &w, const QString &code)
{
    for (ui::CameraTile *t : w.tiles())
        if (t->code() == code)
            return t;
    return nullptr;
}
} // namespace

class TestCameraWall : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QThread m_thread;
    ui::DataWorker *m_worker = nullptr;
    ui::SnapshotPtr m_last;
    QPointer<ui::CameraWall> m_wall;

    std::unique_ptr<ui::CameraWall> newWall()
    {
        auto w = std::make_unique<ui::CameraWall>();
        w->setDataWorker(m_worker);
        m_wall = w.get();
        w->resize(1200, 800);
        w->show();
        w->activateWindow(); // the wall's shortcuts (F9, Esc) need an active window
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the wall's window did not become active");
        if (m_last)
            w->setSnapshot(m_last);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path() + u"/settings"_s);
        qputenv("GUARDLINE_CREDENTIAL_KEY", QFile::encodeName(m_dir.path() + u"/key"_s));

        // A real H.264 clip, played like a camera (a drill URL).
        const QString clip = m_dir.path() + u"/clip.mp4"_s;
        QProcess ff;
        ff.start(QStringLiteral(GUARDLINE_FFMPEG), {u"-nostdin"_s, u"-y"_s, u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                                                   u"testsrc2=size=640x360:rate=25"_s, u"-t"_s, u"4"_s, u"-c:v"_s, u"libx264"_s,
                                                   u"-preset"_s, u"ultrafast"_s, u"-g"_s, u"25"_s, u"-bf"_s, u"0"_s,
                                                   u"-pix_fmt"_s, u"yuv420p"_s, clip});
        QVERIFY(ff.waitForFinished(60000));
        QCOMPARE(ff.exitCode(), 0);

        // The store: the demo layout, an admin, CAM-01 and CAM-05 on the clip, an active 特级 hot-work permit in TF1.
        m_db = m_dir.path() + u"/wall.sqlite"_s;
        {
            auto db = Database::open(DbUrl::parse(m_db));
            Schema::migrate(*db);
            const Clock &clock = processClock();
            ServiceContext ctx{*db, Actor::system(u"test"_s), &clock};
            UserService(ctx).add(u"root"_s, u"Admin"_s, Role::Admin, kPassword);
            const QByteArray json = demo::demoLayoutJson();
            SiteService(ctx).importLayout(site::SiteLayout::parse(json, u"demo"_s), json);
            CameraService cams(ctx);
            for (const QString &code : {u"CAM-01"_s, u"CAM-05"_s}) {
                CameraInput in = cams.get(code);
                in.url = QUrl::fromLocalFile(clip).toString();
                cams.update(in);
            }
            const qint64 t = clock.nowMs();
            db->exec(u"INSERT INTO permits (code, type, grade, state, area_id, title, polygon, z_min, z_max, starts_at, ends_at, "
                     "created_at, updated_at) VALUES ('HW-T1', 'hot_work', 'special', 'active', "
                     "(SELECT id FROM areas WHERE code = 'TF1'), 'weld', '[[50,200],[60,200],[60,210]]', 0, 4, ?, ?, ?, ?)"_s,
                     {t - 3600000, t + 3600000, t, t});
        }
        m_worker = new ui::DataWorker;
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &ui::DataWorker::snapshotReady, this, [this](const ui::SnapshotPtr &s) {
            m_last = s;
            if (m_wall)
                m_wall->setSnapshot(s);
        });
        m_thread.start();
        QSignalSpy opened(m_worker, &ui::DataWorker::opened);
        QMetaObject::invokeMethod(m_worker, [w = m_worker, url = m_db] { w->open(url, false, u"root"_s, kPassword); },
                                  Qt::QueuedConnection);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_last != nullptr, 30000);
        QCOMPARE(m_last->layout.cameras.size(), 12);
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_worker, &ui::DataWorker::close, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void layoutsAndFullView()
    {
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        QCOMPARE(wall->grid(), 4); // first start: the first four cameras
        QCOMPARE(wall->assignment().mid(0, 4), (QStringList{u"CAM-01"_s, u"CAM-02"_s, u"CAM-03"_s, u"CAM-04"_s}));
        ui::CameraTile *cam1 = tileOf(*wall, u"CAM-01"_s);
        QVERIFY(cam1);
        QTRY_VERIFY_WITH_TIMEOUT(cam1->stats().state == video::FeedState::Live, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cam1->stats().framesDecoded > 5, 10000);

        for (int n : {9, 1, 16, 4}) {
            wall->setGrid(n);
            QCOMPARE(int(wall->tiles().size()), n);
            QCOMPARE(visibleTiles(*wall), n);
        }
        // The feed kept running across layout changes (its tile was kept).
        QCOMPARE(tileOf(*wall, u"CAM-01"_s), cam1);

        // Double-click: full view (the tile takes the whole grid), double-click again: back.
        const QSize small = cam1->size();
        QTest::mouseDClick(cam1, Qt::LeftButton);
        QCOMPARE(wall->fullViewCamera(), u"CAM-01"_s);
        QTRY_COMPARE(visibleTiles(*wall), 1);
        QTRY_VERIFY(cam1->width() > small.width() * 3 / 2 && cam1->height() > small.height() * 3 / 2);
        QTest::mouseDClick(cam1, Qt::LeftButton);
        QVERIFY(wall->fullViewCamera().isEmpty());
        QTRY_COMPARE(visibleTiles(*wall), 4);

        // From the map (MainWindow::showObject("camera", code)): onto the wall and full view; Esc: back.
        wall->showCamera(u"CAM-09"_s);
        QCOMPARE(wall->fullViewCamera(), u"CAM-09"_s);
        QVERIFY(wall->assignment().mid(0, 4).contains(u"CAM-09"_s));
        QCOMPARE(visibleTiles(*wall), 1);
        tileOf(*wall, u"CAM-09"_s)->setFocus();
        QTest::keyClick(tileOf(*wall, u"CAM-09"_s), Qt::Key_Escape);
        QTRY_VERIFY(wall->fullViewCamera().isEmpty());
        QCOMPARE(visibleTiles(*wall), 4);

        // A camera dropped on a tile that holds another: swap (tile to tile) or replace (from the list).
        const int slotOf9 = int(wall->assignment().indexOf(u"CAM-09"_s));
        const int other = slotOf9 == 0 ? 1 : 0;
        const QString was = wall->assignment().at(other);
        Q_EMIT wall->tiles().at(other)->dropped(other, u"CAM-09"_s, slotOf9);
        QCOMPARE(wall->assignment().at(other), u"CAM-09"_s);
        QCOMPARE(wall->assignment().at(slotOf9), was);
    }

    void evidenceSnapshot()
    {
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        ui::CameraTile *cam1 = tileOf(*wall, u"CAM-01"_s);
        QVERIFY(cam1);
        QTRY_VERIFY_WITH_TIMEOUT(cam1->stats().state == video::FeedState::Live, 30000);
        QTest::mouseClick(cam1, Qt::LeftButton);
        QVERIFY(cam1->isSelected());
        QSignalSpy stored(wall.get(), &ui::CameraWall::evidenceStored);
        QTest::keyClick(cam1, Qt::Key_F9); // the wall's shortcut
        QVERIFY(stored.wait(30000));
        const qint64 id = stored.first().at(0).toLongLong();
        const QString sha = stored.first().at(1).toString();

        // Stored with its hash in the audit chain; the JPEG is the full 640×360 frame.
        auto db = Database::open(DbUrl::parse(m_db), Database::Mode::ReadOnly);
        const QByteArray jpeg = db->scalar(u"SELECT content FROM evidence_snapshots WHERE id = ?"_s, {id}).toByteArray();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()), sha);
        QCOMPARE(QImage::fromData(jpeg, "JPEG").size(), QSize(640, 360));
        const QString details =
            db->scalar(u"SELECT details FROM audit_log WHERE action = 'evidence.capture' AND object_id = ?"_s, {QString::number(id)})
                .toString();
        QVERIFY2(details.contains(sha), qPrintable(details));
        QCOMPARE(db->scalar(u"SELECT actor FROM audit_log WHERE action = 'evidence.capture'"_s).toString(), u"root"_s);
        // The attach window is offered, non-modal.
        QTRY_VERIFY(wall->findChild<QDialog *>(u"evidenceAttach"_s) != nullptr);
        QVERIFY(!wall->findChild<QDialog *>(u"evidenceAttach"_s)->isModal());
        if (const QString shot = qEnvironmentVariable("GUARDLINE_WALL_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(500);
            wall->findChild<QDialog *>(u"evidenceAttach"_s)->grab().save(QString(shot).replace(u".png"_s, u"-evidence.png"_s));
            QFile out(QString(shot).replace(u".png"_s, u"-evidence.jpg"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(jpeg);
        }
    }

    void hotWorkPreset()
    {
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        QTRY_VERIFY_WITH_TIMEOUT(wall->hotWorkCameras().contains(u"CAM-05"_s), 20000);
        QCOMPARE(wall->hotWorkCameras().value(u"CAM-06"_s), QStringList{u"HW-T1"_s});
        wall->setPreset(ui::CameraWall::Preset::HotWork);
        QCOMPARE(int(wall->tiles().size()), 4);
        ui::CameraTile *cam5 = tileOf(*wall, u"CAM-05"_s), *cam6 = tileOf(*wall, u"CAM-06"_s);
        QVERIFY(cam5 && cam6);
        QCOMPARE(cam6->hotWork(), u"HW-T1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(cam5->stats().state == video::FeedState::Live, 30000);
        // CAM-06 points at the demo's RTSP placeholder: nobody answers, so the banner says the work is not filmed.
        QTRY_VERIFY_WITH_TIMEOUT(cam6->stats().state == video::FeedState::Offline, 30000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (QLabel *l : wall->findChildren<QLabel *>())
                if (l->isVisible() && l->text().contains(u"CAM-06"_s) && l->text().contains(u"HW-T1"_s))
                    return true;
            return false;
        }(), 5000);
        QVERIFY(!cam5->grab().isNull());
        if (const QString shot = qEnvironmentVariable("GUARDLINE_WALL_SCREENSHOT"); !shot.isEmpty()) { // to look at it
            QTest::qWait(1500);
            wall->grab().save(shot);
        }
    }

    void layoutRestoredPerWorkstation()
    {
        {
            auto wall = newWall();
            wall->setGrid(9);
            wall->assign(8, u"CAM-12"_s);
            wall->assign(0, u"CAM-05"_s);
        }
        QSettings s;
        QCOMPARE(s.value(ui::CameraWall::settingsGroup() + u"/grid"_s).toInt(), 9);
        QVERIFY(ui::CameraWall::settingsGroup().endsWith(QSysInfo::machineHostName()));
        auto wall = newWall(); // a restart of the app on this workstation
        QCOMPARE(wall->grid(), 9);
        QCOMPARE(int(wall->tiles().size()), 9);
        QCOMPARE(wall->assignment().at(8), u"CAM-12"_s);
        QCOMPARE(wall->assignment().at(0), u"CAM-05"_s);
        QCOMPARE(wall->preset(), ui::CameraWall::Preset::Custom);
    }

    void registryWindowNeverShowsCredentials()
    {
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        auto *open = wall->findChild<QPushButton *>(u"wallRegistryButton"_s);
        QVERIFY(open);
        open->click();
        auto *win = wall->findChild<ui::CameraRegistryWindow *>();
        QVERIFY(win && win->isVisible());
        auto *table = win->findChild<QTableWidget *>();
        QTRY_COMPARE(table->rowCount(), 12);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == u"CAM-04"_s)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 4)->text(), u"not set"_s);
        table->selectRow(row);
        const QString secret = u"Wx7!wall-secret"_s;
        auto *user = win->findChild<QLineEdit *>(u"registryUser"_s), *password = win->findChild<QLineEdit *>(u"registryPassword"_s);
        QVERIFY(user && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(win->findChild<QLineEdit *>(u"registryCode"_s)->text(), u"CAM-04"_s);
        user->setText(u"operator"_s);
        password->setText(secret);
        win->findChild<QPushButton *>(u"registrySave"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->item(row, 4)->text(), u"set"_s, 10000);
        // Nowhere in the window's text, nor in the audit chain.
        for (QWidget *w : win->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w))
                QVERIFY(!l->text().contains(secret));
            if (auto *e = qobject_cast<QLineEdit *>(w))
                QVERIFY(!e->text().contains(secret));
        }
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                QVERIFY(!table->item(r, c)->text().contains(secret) && !table->item(r, c)->text().contains(u"operator"_s));
        auto db = Database::open(DbUrl::parse(m_db), Database::Mode::ReadOnly);
        QSqlQuery q = db->exec(u"SELECT details FROM audit_log"_s);
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(secret));
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'camera.credentials' AND object_id = 'CAM-04'"_s).toInt(), 1);
        if (const QString shot = qEnvironmentVariable("GUARDLINE_WALL_SCREENSHOT"); !shot.isEmpty())
            win->grab().save(QString(shot).replace(u".png"_s, u"-registry.png"_s));
        win->close();
    }

    void tileCellsKeep16by9()
    {
        // A wide area: four side by side; a 16:9 area: 2 × 2; a tall one: stacked. Always 16:9, centred, inside.
        for (const auto &[area, count, columns] : QList<std::tuple<QSize, int, int>>{
                 {QSize(1600, 250), 4, 4}, {QSize(1920, 1080), 4, 2}, {QSize(1920, 1080), 9, 3}, {QSize(300, 900), 4, 1},
                 {QSize(560, 200), 1, 1}, {QSize(1200, 700), 16, 4}}) {
            const QList<QRect> cells = ui::CameraWall::tileCells(area, count);
            QCOMPARE(int(cells.size()), count);
            QRect block;
            for (const QRect &c : cells) {
                QVERIFY2(std::abs(c.width() * 9 - c.height() * 16) <= 16, qPrintable(u"%1x%2"_s.arg(c.width()).arg(c.height())));
                QVERIFY(QRect(QPoint(0, 0), area).contains(c));
                block |= c;
            }
            QCOMPARE(int(std::count_if(cells.begin(), cells.end(), [&](const QRect &c) { return c.top() == cells[0].top(); })), columns);
            QVERIFY(fillsOneSide(block, area));
            QVERIFY(std::abs(block.center().x() - area.width() / 2) <= 2 && std::abs(block.center().y() - area.height() / 2) <= 2);
        }
    }

    void wallFillsItsDock()
    {
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        wall->resize(600, 300); // about the wall dock's size in the command center at 1600x900 (its toolbar needs ~575 px)
        QTRY_COMPARE(wall->width(), 600);
        auto *list = wall->findChild<QListWidget *>(u"wallCameraList"_s);
        auto *toggle = wall->findChild<QToolButton *>(u"wallListToggle"_s);
        auto *split = wall->findChild<QSplitter *>(u"wallSplitter"_s);
        QVERIFY(list && toggle && split);
        // The list is narrow; its names are elided with the full text in the tooltip.
        QVERIFY2(list->width() <= wall->width() / 3, qPrintable(QString::number(list->width())));
        QVERIFY(list->item(0)->toolTip().contains(u"Chlor-alkali north"_s));
        QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        // Four tiles: 16:9, as large as fit, spanning the area.
        QRect block = checkTiles(*wall);
        QVERIFY2(fillsOneSide(block, wall->tileArea()->size()), qPrintable(u"%1x%2"_s.arg(block.width()).arg(block.height())));
        QVERIFY(tileOf(*wall, u"CAM-01"_s)->toolTip().contains(u"Chlor-alkali north"_s));

        // Full view: the list steps aside, one tile fills the whole wall (letterboxed 16:9).
        ui::CameraTile *cam1 = tileOf(*wall, u"CAM-01"_s);
        QTest::mouseDClick(cam1, Qt::LeftButton);
        QCOMPARE(wall->fullViewCamera(), u"CAM-01"_s);
        QTRY_VERIFY(list->isHidden());
        QTRY_VERIFY(wall->tileArea()->width() >= wall->width() - 12);
        block = checkTiles(*wall);
        QCOMPARE(block, cam1->geometry());
        QVERIFY2(fillsOneSide(block, wall->tileArea()->size()), qPrintable(u"%1x%2"_s.arg(block.width()).arg(block.height())));
        QVERIFY(cam1->height() >= wall->tileArea()->height() - 8 || cam1->width() >= wall->tileArea()->width() - 8);
        if (const QString shot = qEnvironmentVariable("GUARDLINE_WALL_SCREENSHOT"); !shot.isEmpty())
            wall->grab().save(QString(shot).replace(u".png"_s, u"-full.png"_s));
        QTest::mouseDClick(cam1, Qt::LeftButton);
        QTRY_VERIFY(!list->isHidden());
        QCOMPARE(visibleTiles(*wall), 4);

        // The list collapses (toggle): the tiles take its room; kept per workstation, with the splitter.
        const int before = cam1->width();
        toggle->click();
        QVERIFY(!wall->isCameraListShown());
        QTRY_VERIFY(list->isHidden());
        QTRY_VERIFY(cam1->width() >= before);
        QVERIFY(fillsOneSide(checkTiles(*wall), wall->tileArea()->size()));
        QCOMPARE(QSettings().value(ui::CameraWall::settingsGroup() + u"/list"_s).toBool(), false);
        {
            auto again = newWall();
            QVERIFY(!again->isCameraListShown());
            QVERIFY(again->findChild<QListWidget *>(u"wallCameraList"_s)->isHidden());
        }
        toggle->click();
        QTRY_VERIFY(!list->isHidden());
        QTRY_VERIFY(list->width() > 20);
        // Dragging the divider: the new width is what the next start shows.
        wall->resize(900, 400);
        QTRY_COMPARE(wall->width(), 900);
        split->setSizes({200, 700});
        Q_EMIT split->splitterMoved(200, 1);
        QTRY_COMPARE(list->width(), 200);
        auto again = newWall();
        again->resize(900, 400);
        QTRY_COMPARE(again->width(), 900);
        QTRY_VERIFY(std::abs(again->findChild<QListWidget *>(u"wallCameraList"_s)->width() - 200) <= 4);
    }

    void demoDrillFeeds()
    {
        // The demo's drill: clips generated with ffmpeg into the data folder, placeholder cameras pointed at them.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drill"_s).removeRecursively();
        QSettings().remove(ui::CameraWall::settingsGroup());
        auto wall = newWall();
        QSignalSpy messages(wall.get(), &ui::CameraWall::message);
        wall->startDemoDrill();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const QList<QVariant> &m : messages)
                if (m.at(0).toString().contains(u"drill clips"_s))
                    return true;
            return false;
        }(), 50000);
        auto db = Database::open(DbUrl::parse(m_db), Database::Mode::ReadOnly);
        for (const QString &code : {u"CAM-02"_s, u"CAM-03"_s, u"CAM-06"_s, u"CAM-07"_s}) {
            const QString url = db->scalar(u"SELECT url FROM cameras WHERE code = ?"_s, {code}).toString();
            QVERIFY2(url.startsWith(u"file://"_s) && QFileInfo::exists(QUrl(url).toLocalFile()), qPrintable(code + u' ' + url));
        }
        QCOMPARE(db->scalar(u"SELECT count(*) FROM audit_log WHERE action = 'camera.update' AND actor = 'system:demo-drill'"_s).toInt(), 4);
        QCOMPARE(db->scalar(u"SELECT url FROM cameras WHERE code = 'CAM-04'"_s).toString(), u"rtsp://127.0.0.1:8554/cam-04"_s);
        // The wall picks the new URLs up with the next snapshot and decodes them.
        ui::CameraTile *cam2 = tileOf(*wall, u"CAM-02"_s);
        QVERIFY(cam2);
        QTRY_VERIFY_WITH_TIMEOUT(cam2->isDrill() && cam2->stats().state == video::FeedState::Live, 30000);
    }
};

QTEST_MAIN(TestCameraWall)
#include "tst_camera_wall.moc"
