// SPDX-License-Identifier: Apache-2.0
#include "widgets/CameraWall.h"
#include "core/services/EvidenceService.h"
#include "core/util/Error.h"
#include "core/util/Log.h"
#include "core/video/EvidenceSnapshot.h"
#include "widgets/CameraRegistryWindow.h"
#include "widgets/CameraTile.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

/// The camera list: drags a camera's code to the wall. Narrow: codes and names are elided, the tooltip
/// holds them in full.
class CameraList : public QListWidget {
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return {fontMetrics().horizontalAdvance(u"CAM-00 · Tank farm"_s) + 16, 200}; }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kCameraMime)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *m = new QMimeData;
        m->setData(QString::fromLatin1(kCameraMime), items.first()->data(Qt::UserRole).toString().toUtf8());
        return m;
    }
};

/// The tiles' area: lays the visible tiles out as 16:9 cells (CameraWall::tileCells) on every resize.
class TileArea : public QWidget {
public:
    using QWidget::QWidget;
    std::function<void()> relayout;
    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void resizeEvent(QResizeEvent *) override
    {
        if (relayout)
            relayout();
    }
};

int gridFor(int cameras)
{
    for (int n : {1, 4, 9, 16})
        if (cameras <= n)
            return n;
    return 16;
}

/// Drill clips for the demo: a recognisable synthetic scene per camera (sky, ground, plant silhouettes, a
/// vehicle crossing, a blinking beacon), the camera's code and name and a running clock burned in with
/// drawtext; H.264 like a camera (no B-frames, a key frame a second). ~100 KB per 10 s clip.
struct DrillScene {
    const char *sky, *ground;
    const char *boxes; ///< drawbox filters: the plant's silhouettes
    const char *mover; ///< colour and size of what crosses the picture
    int moverY, speed;
};
constexpr DrillScene kDrillScenes[] = {
    // Process units: columns and a pipe rack.
    {"0x4f6f94", "0x4a4a44",
     "drawbox=x=60:y=60:w=26:h=175:color=0xa8adb2:t=fill,drawbox=x=110:y=90:w=34:h=145:color=0x9aa0a6:t=fill,"
     "drawbox=x=170:y=40:w=22:h=195:color=0xb4b9be:t=fill,drawbox=x=0:y=180:w=640:h=8:color=0xd0a040:t=fill,"
     "drawbox=x=0:y=200:w=640:h=5:color=0x8fa0b0:t=fill,drawbox=x=380:y=130:w=220:h=105:color=0x6e7378:t=fill",
     "0xf0c020:s=60x26", 262, 70},
    // Compressor house: a low building with machines in front.
    {"0x5a7a9e", "0x52504a",
     "drawbox=x=40:y=110:w=560:h=125:color=0x787d82:t=fill,drawbox=x=40:y=100:w=560:h=10:color=0x5c6166:t=fill,"
     "drawbox=x=90:y=170:w=80:h=65:color=0x3f6f8f:t=fill,drawbox=x=230:y=170:w=80:h=65:color=0x3f6f8f:t=fill,"
     "drawbox=x=370:y=170:w=80:h=65:color=0x3f6f8f:t=fill,drawbox=x=500:y=150:w=60:h=85:color=0x9aa0a6:t=fill",
     "0xff7043:s=18x36", 270, 45},
    // Tank farm: storage tanks inside a dike.
    {"0x4f6f94", "0x4a4a44",
     "drawbox=x=0:y=110:w=640:h=125:color=0x7393b8:t=fill,drawbox=x=40:y=140:w=120:h=95:color=0xc8ccd0:t=fill,"
     "drawbox=x=40:y=140:w=120:h=8:color=0x9aa0a6:t=fill,drawbox=x=190:y=165:w=90:h=70:color=0xb4b9be:t=fill,"
     "drawbox=x=330:y=70:w=14:h=165:color=0x8a8f94:t=fill,drawbox=x=400:y=120:w=200:h=115:color=0x6e7378:t=fill,"
     "drawbox=x=0:y=228:w=640:h=7:color=0x8d8678:t=fill",
     "0xf0c020:s=60x26", 262, 70},
    // Casting house: a hall with a glowing pour station.
    {"0x37474f", "0x3e3a36",
     "drawbox=x=20:y=50:w=600:h=185:color=0x5d6468:t=fill,drawbox=x=20:y=40:w=600:h=12:color=0x455a64:t=fill,"
     "drawbox=x=80:y=150:w=110:h=85:color=0x263238:t=fill,drawbox=x=105:y=170:w=60:h=40:color=0xff8f00:t=fill,"
     "drawbox=x=300:y=70:w=8:h=110:color=0x90a4ae:t=fill,drawbox=x=260:y=70:w=200:h=8:color=0x90a4ae:t=fill,"
     "drawbox=x=420:y=150:w=150:h=85:color=0x4e5b61:t=fill",
     "0xfdd835:s=40x22", 258, 55},
};
/// Demo cameras that play a drill clip (index into kDrillScenes); the others stay offline on purpose.
const QList<QPair<QString, int>> kDrillCameras = {{u"CAM-01"_s, 0}, {u"CAM-02"_s, 1}, {u"CAM-03"_s, 3},
                                                  {u"CAM-05"_s, 2}, {u"CAM-06"_s, 2}, {u"CAM-07"_s, 3}};
constexpr int kDrillSeconds = 10;

QString drillFile(const QString &code) { return u"drill-"_s + code + u".mp4"_s; }

/// A font file for drawtext (CJK-capable first, names may be Chinese); empty: fontconfig's default.
QString drillFont(bool mono)
{
    const QStringList candidates = mono ? QStringList{u"/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"_s}
                                        : QStringList{u"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"_s,
                                                      u"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"_s};
    for (const QString &f : candidates)
        if (QFileInfo::exists(f))
            return f;
    return {};
}

/// Escapes a value for an ffmpeg filter graph option (inside single quotes).
QString filterValue(QString v) { return u"'"_s + v.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"'\\''"_s) + u"'"_s; }

/// The filter graph of one clip; the caption is read from `textFile` (no escaping of camera names).
QString drillGraph(const DrillScene &sc, const QString &textFile)
{
    const auto font = [](bool mono) {
        const QString f = drillFont(mono);
        return f.isEmpty() ? QString() : u"fontfile="_s + filterValue(f) + u":"_s;
    };
    return u"color=c=%1:s=640x360:r=25,drawbox=x=0:y=235:w=640:h=125:color=%2:t=fill,%3,"
           "drawbox=x=600:y=20:w=10:h=10:color=0xff2020:t=fill:enable='lt(mod(t\\,1)\\,0.5)'[bg];"
           "color=c=%4:r=25[mover];[bg][mover]overlay=x='mod(t*%5\\,720)-70':y=%6:shortest=0,"
           "drawtext=%7textfile=%8:x=14:y=34:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=6,"
           "drawtext=%9text='DRILL %{pts\\:hms}':x=w-tw-14:y=h-th-34:fontsize=22:fontcolor=white:box=1:"
           "boxcolor=black@0.55:boxborderw=6[v]"_s
        .arg(QString::fromLatin1(sc.sky), QString::fromLatin1(sc.ground), QString::fromLatin1(sc.boxes),
             QString::fromLatin1(sc.mover))
        .arg(sc.speed)
        .arg(sc.moverY)
        .arg(font(false), filterValue(textFile), font(true));
}

} // namespace

CameraWall::CameraWall(QWidget *parent) : QWidget(parent)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_layoutBox = new QComboBox(this);
    m_layoutBox->setObjectName(u"wallLayout"_s);
    for (int n : {1, 4, 9, 16})
        m_layoutBox->addItem(tr("%n camera(s)", nullptr, n), n);
    m_layoutBox->setCurrentIndex(1);
    m_presetBox = new QComboBox(this);
    m_presetBox->setObjectName(u"wallPreset"_s);
    m_presetBox->addItem(tr("My wall"), int(Preset::Custom));
    m_presetBox->addItem(tr("Active 特级 hot work"), int(Preset::HotWork));
    m_snapshotButton = new QPushButton(tr("Snapshot (F9)"), this);
    m_snapshotButton->setToolTip(tr("Save a full-resolution evidence still of the selected camera, with time and camera burned in"));
    auto *registry = new QPushButton(tr("Cameras…"), this);
    registry->setObjectName(u"wallRegistryButton"_s);
    registry->setToolTip(tr("Camera registry: add, edit and remove cameras, set their credentials"));
    m_layoutBox->setToolTip(tr("Wall layout"));
    m_presetBox->setToolTip(tr("Wall preset: your own wall, or the cameras that film active 特级 hot work"));
    // The bar must not make the dock (and the window) wider than a 1280×720 screen allows.
    for (QComboBox *box : {m_layoutBox, m_presetBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    bar->addWidget(m_layoutBox);
    bar->addWidget(m_presetBox);
    bar->addStretch();
    bar->addWidget(m_snapshotButton);
    bar->addWidget(registry);
    l->addLayout(bar);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->hide();
    l->addWidget(m_banner);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(u"wallSplitter"_s);
    m_list = new CameraList(m_split);
    m_list->setObjectName(u"wallCameraList"_s);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setToolTip(tr("Drag a camera onto a tile; double-click to open it in full view"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    auto *area = new TileArea(m_split);
    area->setObjectName(u"wallTileArea"_s);
    area->relayout = [this] { layoutTiles(); };
    m_gridHost = area;
    m_split->addWidget(m_list);
    m_split->addWidget(m_gridHost);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(0, true);
    m_split->setCollapsible(1, false);
    l->addWidget(m_split, 1);
    // The list collapses (toolbar toggle or the splitter dragged to the edge); both are kept per workstation.
    m_listToggle = new QToolButton(this);
    m_listToggle->setObjectName(u"wallListToggle"_s);
    m_listToggle->setText(tr("List"));
    m_listToggle->setCheckable(true);
    m_listToggle->setChecked(true);
    m_listToggle->setToolTip(tr("Show or hide the camera list (drag the divider to resize it)"));
    bar->insertWidget(0, m_listToggle);
    connect(m_listToggle, &QToolButton::toggled, this, &CameraWall::setCameraListShown);
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        if (!m_full.isEmpty())
            return;
        const bool shown = m_split->sizes().value(0) > 0;
        if (shown != m_listShown) {
            m_listShown = shown;
            const QSignalBlocker b(m_listToggle);
            m_listToggle->setChecked(shown);
        }
        saveLayout();
    });

    connect(m_layoutBox, &QComboBox::activated, this, [this](int) { setGrid(m_layoutBox->currentData().toInt()); });
    connect(m_presetBox, &QComboBox::activated, this, [this](int) { setPreset(Preset(m_presetBox->currentData().toInt())); });
    connect(m_snapshotButton, &QPushButton::clicked, this, &CameraWall::snapshotSelected);
    connect(registry, &QPushButton::clicked, this, [this] {
        if (!m_registry) {
            m_registry = new CameraRegistryWindow(m_worker, this);
            m_registry->setWindowFlag(Qt::Window);
            m_registry->setAttribute(Qt::WA_DeleteOnClose);
        }
        if (m_last)
            m_registry->setSnapshot(m_last);
        m_registry->show();
        m_registry->raise();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { showCamera(item->data(Qt::UserRole).toString()); });
    auto shortcut = [this](const QKeySequence &key, auto fn) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(Qt::Key_F9), [this] { snapshotSelected(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { setFullView({}); });
    shortcut(QKeySequence(Qt::Key_Return), [this] {
        if (m_selected < m_tileWidgets.size() && !m_tileWidgets[m_selected]->isEmpty())
            setFullView(m_full.isEmpty() ? m_tileWidgets[m_selected]->code() : QString());
    });
    // Feed health changes without new snapshots: keep the hot-work banner current.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (!m_hotWork.isEmpty())
            refreshHotWork();
    });
    timer->start(1000);
    rebuild();
}

CameraWall::~CameraWall()
{
    // A drill clip still being generated must not call back into a half-destroyed wall, nor into a
    // data thread that has already stopped: cut its connections before killing it.
    for (QProcess *p : findChildren<QProcess *>()) {
        p->disconnect();
        p->kill();
        p->waitForFinished(2000);
    }
}

QString CameraWall::settingsGroup() { return u"wall/"_s + QSysInfo::machineHostName(); }

void CameraWall::setSnapshot(const SnapshotPtr &s)
{
    m_last = s;
    QStringList order;
    QHash<QString, site::Camera> cams;
    QString signature;
    for (const site::Camera &c : s->layout.cameras) {
        order << c.code;
        cams.insert(c.code, c);
        signature += c.code + u'|' + c.name + u'|' + c.url + u'\n';
    }
    const bool changed = signature != m_urlsSignature;
    m_cameras = cams;
    m_cameraOrder = order;
    if (changed) {
        m_urlsSignature = signature;
        m_list->clear();
        for (const site::Camera &c : s->layout.cameras) {
            auto *item = new QListWidgetItem(u"%1 · %2\n%3"_s.arg(c.code, c.area, c.name), m_list);
            item->setData(Qt::UserRole, c.code);
            item->setToolTip(tr("%1 %2 — area %3; drag onto the wall, double-click for full view").arg(c.code, c.name, c.area));
        }
        if (m_list->count() == 0)
            new QListWidgetItem(tr("No cameras yet: import the site layout (guardlinectl site import) or add cameras (Cameras…)"), m_list);
        refreshUrls();
    }
    if (m_drillWaiting && !cams.isEmpty())
        startDemoDrill();
    if (!m_restored && !order.isEmpty())
        restoreLayout();
    else if (changed)
        applyTiles();
    if (m_registry)
        m_registry->setSnapshot(s);
    if (m_worker)
        m_worker->call(
            this, [](ServiceContext &ctx) { return CameraService(ctx).specialHotWorkCameras(); },
            [this](const QList<HotWorkCameras> &list) {
                QHash<QString, QStringList> hw;
                for (const HotWorkCameras &p : list)
                    for (const QString &c : p.cameras)
                        hw[c] << p.permit;
                if (hw != m_hotWork) {
                    m_hotWork = hw;
                    m_presetBox->setItemText(1, tr("Active 特级 hot work (%n camera(s))", nullptr, int(hw.size())));
                    applyTiles();
                }
                refreshHotWork();
            },
            [](const QString &) {});
}

void CameraWall::refreshUrls()
{
    if (!m_worker)
        return;
    m_worker->call(
        this,
        [](ServiceContext &ctx) {
            QStringList problems;
            QHash<QString, QString> urls = CameraService(ctx).streamUrls(&problems);
            return std::pair{urls, problems};
        },
        [this](const std::pair<QHash<QString, QString>, QStringList> &r) {
            m_urls = r.first;
            for (const QString &p : r.second)
                Q_EMIT message(p);
            applyTiles();
        },
        [this](const QString &e) { Q_EMIT message(e); });
}

void CameraWall::refreshHotWork()
{
    // The banner: every camera filming 特级 hot work that is not live, loud; otherwise a quiet summary.
    QStringList down;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!t->isEmpty() && !t->hotWork().isEmpty() && t->stats().state != video::FeedState::Live
            && t->stats().state != video::FeedState::Connecting && t->stats().state != video::FeedState::Unknown)
            down << t->code();
    if (m_hotWork.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList permits;
    for (const QStringList &p : std::as_const(m_hotWork))
        for (const QString &c : p)
            if (!permits.contains(c))
                permits << c;
    permits.sort();
    if (!down.isEmpty()) {
        m_banner->setText(tr("⚠ 特级 hot work %1: camera %2 is not live — the work must be filmed start to finish. "
                             "Restore the feed or stop the work.").arg(permits.join(u", "_s), down.join(u", "_s)));
        m_banner->setStyleSheet(u"QLabel { background: #b71c1c; color: white; padding: 4px; font-weight: bold; }"_s);
    } else {
        m_banner->setText(tr("特级 hot work %1 filmed by %n camera(s) (preset “Active 特级 hot work”)", nullptr, int(m_hotWork.size()))
                              .arg(permits.join(u", "_s)));
        m_banner->setStyleSheet(u"QLabel { color: #ffa726; padding: 2px; }"_s);
    }
    m_banner->show();
}

QStringList CameraWall::visibleCameras() const
{
    if (m_preset == Preset::HotWork) {
        QStringList codes = m_hotWork.keys();
        codes.sort();
        return codes.mid(0, 16);
    }
    return m_assignment.mid(0, m_tiles);
}

void CameraWall::rebuild()
{
    const int count = m_preset == Preset::HotWork ? gridFor(int(visibleCameras().size())) : m_tiles;
    while (m_tileWidgets.size() > count)
        delete m_tileWidgets.takeLast();
    while (m_tileWidgets.size() < count) {
        auto *t = new CameraTile(int(m_tileWidgets.size()), m_gridHost);
        connect(t, &CameraTile::activated, this, [this](const QString &code) { setFullView(m_full == code ? QString() : code); });
        connect(t, &CameraTile::clicked, this, &CameraWall::selectSlot);
        connect(t, &CameraTile::dropped, this, [this](int slot, const QString &code, int from) {
            if (m_preset != Preset::Custom) { // editing the preset starts a custom wall from what is shown
                m_assignment = visibleCameras();
                setPreset(Preset::Custom);
            }
            if (from >= 0 && from < m_assignment.size()) {
                m_assignment[from] = m_assignment.value(slot);
            } else {
                const int was = int(m_assignment.indexOf(code));
                if (was >= 0)
                    m_assignment[was].clear();
            }
            assign(slot, code);
        });
        connect(t, &CameraTile::snapshotRequested, this, [this](int slot) {
            selectSlot(slot);
            snapshotSelected();
        });
        connect(t, &CameraTile::removeRequested, this, [this](int slot) {
            if (m_preset == Preset::Custom)
                assign(slot, {});
        });
        connect(t, &CameraTile::snapshotTaken, this, &CameraWall::onSnapshot);
        m_tileWidgets << t;
    }
    if (m_selected >= count)
        m_selected = 0;
    applyTiles();
}

void CameraWall::applyTiles()
{
    const QStringList codes = visibleCameras();
    const int needed = m_preset == Preset::HotWork ? gridFor(int(codes.size())) : m_tiles;
    if (needed != m_tileWidgets.size()) {
        rebuild();
        return;
    }
    bool fullShown = false;
    for (int i = 0; i < m_tileWidgets.size(); ++i) {
        CameraTile *t = m_tileWidgets[i];
        const QString code = codes.value(i);
        const site::Camera cam = m_cameras.value(code);
        if (code.isEmpty() || cam.code.isEmpty())
            t->setCamera({}, {}, {});
        else
            t->setCamera(code, cam.name, m_urls.value(code, cam.url));
        t->setHotWork(m_hotWork.value(code).join(u", "_s));
        t->setSelected(i == m_selected);
        const bool visible = m_full.isEmpty() || (code == m_full && !fullShown);
        fullShown = fullShown || (visible && !m_full.isEmpty());
        t->setVisible(visible);
    }
    if (!m_full.isEmpty() && !fullShown) { // the full-view camera left the wall
        m_full.clear();
        for (CameraTile *t : std::as_const(m_tileWidgets))
            t->setVisible(true);
    }
    updateListVisibility();
    layoutTiles();
    m_layoutBox->setEnabled(m_preset == Preset::Custom);
    {
        const QSignalBlocker b1(m_layoutBox), b2(m_presetBox);
        m_layoutBox->setCurrentIndex(m_layoutBox->findData(int(m_tileWidgets.size())));
        m_presetBox->setCurrentIndex(m_presetBox->findData(int(m_preset)));
    }
}

QList<QRect> CameraWall::tileCells(const QSize &area, int count, int spacing)
{
    QList<QRect> cells;
    if (count <= 0 || area.width() <= 0 || area.height() <= 0)
        return cells;
    // Every arrangement of `count` tiles (columns × rows); the one whose 16:9 tiles come out largest wins.
    int bestColumns = 1;
    double bestWidth = -1;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double w = std::min((area.width() - spacing * (columns - 1)) / double(columns),
                                  (area.height() - spacing * (rows - 1)) / double(rows) * 16.0 / 9.0);
        if (w > bestWidth + 0.5) {
            bestWidth = w;
            bestColumns = columns;
        }
    }
    const int columns = bestColumns, rows = (count + columns - 1) / columns;
    const int w = std::max(1, int(std::floor(bestWidth))), h = std::max(1, int(std::floor(bestWidth * 9.0 / 16.0)));
    const int blockW = columns * w + spacing * (columns - 1), blockH = rows * h + spacing * (rows - 1);
    const int x0 = (area.width() - blockW) / 2, y0 = (area.height() - blockH) / 2;
    for (int i = 0; i < count; ++i)
        cells << QRect(x0 + (i % columns) * (w + spacing), y0 + (i / columns) * (h + spacing), w, h);
    return cells;
}

void CameraWall::layoutTiles()
{
    if (!m_gridHost)
        return;
    QList<CameraTile *> shown;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!t->isHidden())
            shown << t;
    const QList<QRect> cells = tileCells(m_gridHost->size(), int(shown.size()));
    for (int i = 0; i < int(shown.size()) && i < int(cells.size()); ++i)
        shown[i]->setGeometry(cells[i]);
}

void CameraWall::updateListVisibility()
{
    // Full view takes the whole wall; otherwise the list is where the user left it.
    const bool visible = m_full.isEmpty() && m_listShown;
    if (m_list->isHidden() == visible) {
        m_list->setVisible(visible);
        if (visible && m_split->sizes().value(0) == 0) { // it was collapsed by dragging: give it its width back
            const int total = m_split->width();
            const int list = std::min(m_list->sizeHint().width(), total / 3);
            m_split->setSizes({list, std::max(1, total - list)});
        }
    }
}

void CameraWall::setCameraListShown(bool shown)
{
    m_listShown = shown;
    {
        const QSignalBlocker b(m_listToggle);
        m_listToggle->setChecked(shown);
    }
    if (shown && m_split->sizes().value(0) == 0 && !m_list->isHidden())
        m_list->hide(); // collapsed by the splitter: hide it so that updateListVisibility gives it its width back
    updateListVisibility();
    saveLayout();
}

void CameraWall::selectSlot(int slot)
{
    m_selected = slot;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        t->setSelected(t->slot() == slot);
}

void CameraWall::setGrid(int tiles)
{
    if (tiles != 1 && tiles != 4 && tiles != 9 && tiles != 16)
        return;
    m_tiles = tiles;
    while (m_assignment.size() < 16)
        m_assignment << QString();
    m_preset = Preset::Custom;
    m_full.clear();
    rebuild();
    saveLayout();
}

void CameraWall::assign(int slot, const QString &code)
{
    if (slot < 0 || slot >= 16)
        return;
    while (m_assignment.size() < 16)
        m_assignment << QString();
    m_assignment[slot] = code;
    applyTiles();
    saveLayout();
}

void CameraWall::showCamera(const QString &code)
{
    if (!m_cameras.contains(code)) {
        Q_EMIT message(tr("Camera %1 is not in the registry").arg(code));
        return;
    }
    if (!visibleCameras().contains(code)) {
        if (m_preset != Preset::Custom)
            setPreset(Preset::Custom);
        if (!m_assignment.mid(0, m_tiles).contains(code)) {
            int slot = int(m_assignment.mid(0, m_tiles).indexOf(QString()));
            if (slot < 0)
                slot = m_selected < m_tiles ? m_selected : 0;
            assign(slot, code);
        }
    }
    setFullView(code);
}

void CameraWall::setFullView(const QString &code)
{
    m_full = code;
    applyTiles();
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!code.isEmpty() && t->code() == code)
            selectSlot(t->slot());
    saveLayout();
}

void CameraWall::setPreset(Preset preset)
{
    m_preset = preset;
    m_full.clear();
    rebuild();
    saveLayout();
}

void CameraWall::saveLayout() const
{
    if (!m_restored)
        return; // never overwrite a saved wall with the defaults before it was read
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(u"grid"_s, m_tiles);
    s.setValue(u"cameras"_s, m_assignment);
    s.setValue(u"preset"_s, m_preset == Preset::HotWork ? u"hot_work"_s : u"custom"_s);
    s.setValue(u"full"_s, m_full);
    s.setValue(u"list"_s, m_listShown);
    if (m_full.isEmpty() && m_listShown)
        s.setValue(u"splitter"_s, m_split->saveState());
}

void CameraWall::restoreLayout()
{
    QSettings s;
    s.beginGroup(settingsGroup());
    if (s.contains(u"grid"_s)) {
        m_tiles = s.value(u"grid"_s).toInt();
        if (m_tiles != 1 && m_tiles != 4 && m_tiles != 9 && m_tiles != 16)
            m_tiles = 4;
        m_assignment = s.value(u"cameras"_s).toStringList();
        m_preset = s.value(u"preset"_s).toString() == u"hot_work"_s ? Preset::HotWork : Preset::Custom;
        m_full = s.value(u"full"_s).toString();
    } else { // first start on this workstation: the first cameras of the registry
        m_tiles = 4;
        m_assignment = m_cameraOrder.mid(0, 16);
    }
    while (m_assignment.size() < 16)
        m_assignment << QString();
    if (s.contains(u"splitter"_s))
        m_split->restoreState(s.value(u"splitter"_s).toByteArray());
    m_listShown = s.value(u"list"_s, true).toBool();
    {
        const QSignalBlocker b(m_listToggle);
        m_listToggle->setChecked(m_listShown);
    }
    m_restored = true;
    rebuild();
}

bool CameraWall::snapshotSelected()
{
    CameraTile *tile = nullptr;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if ((!m_full.isEmpty() && t->code() == m_full) || (m_full.isEmpty() && t->slot() == m_selected))
            tile = t;
    if (!tile || tile->isEmpty()) {
        Q_EMIT message(tr("Select a camera tile first (click it), then press F9"));
        return false;
    }
    if (tile->stats().state != video::FeedState::Live) {
        Q_EMIT message(tr("Camera %1 is not live: no snapshot").arg(tile->code()));
        return false;
    }
    tile->requestSnapshot();
    Q_EMIT message(tr("Saving an evidence snapshot of %1…").arg(tile->code()));
    return true;
}

bool CameraWall::snapshotCamera(const QString &code)
{
    if (!m_cameras.contains(code)) {
        Q_EMIT snapshotFailed(code, tr("Camera %1 is not in the registry").arg(code));
        return false;
    }
    showCamera(code);
    m_quietSnapshots << code;
    Q_EMIT message(tr("Waiting for %1 to be live for a snapshot…").arg(code));
    // Poll the tile: a camera just put on the wall needs a moment to connect.
    auto *poll = new QTimer(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(poll, &QTimer::timeout, this, [this, poll, started, code] {
        for (CameraTile *t : std::as_const(m_tileWidgets))
            if (t->code() == code && t->stats().state == video::FeedState::Live) {
                poll->deleteLater();
                t->requestSnapshot();
                return;
            }
        if (started->elapsed() > 15000) {
            poll->deleteLater();
            m_quietSnapshots.removeOne(code);
            const QString why = tr("Camera %1 did not come live within 15 s: no snapshot (check it on the camera wall)").arg(code);
            Q_EMIT message(why);
            Q_EMIT snapshotFailed(code, why);
        }
    });
    poll->start(250);
    return true;
}

void CameraWall::onSnapshot(const QString &code, const QString &name, const QImage &frame, const QDateTime &takenAt)
{
    const QTimeZone zone = m_last ? m_last->timeZone : QTimeZone::utc();
    const QDateTime local = takenAt.toTimeZone(zone);
    QPointer<CameraWall> self(this);
    // JPEG encoding of a full frame takes tens of ms: off the UI thread.
    QThreadPool::globalInstance()->start([self, code, name, frame, local] {
        std::shared_ptr<video::EvidenceSnapshot> snap;
        QString error;
        try {
            snap = std::make_shared<video::EvidenceSnapshot>(video::makeEvidenceSnapshot(frame, code + u"  "_s + name, local));
        } catch (const Error &e) {
            error = e.message();
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, code, snap, error, local] {
            if (!self)
                return;
            if (!snap) {
                Q_EMIT self->message(error);
                if (self->m_quietSnapshots.removeOne(code))
                    Q_EMIT self->snapshotFailed(code, error);
                return;
            }
            if (!self->m_worker) {
                Q_EMIT self->message(tr("No store is open: the snapshot was not saved"));
                return;
            }
            const EvidenceInput in{code, snap->jpeg, QString::fromLatin1(snap->sha256Hex), local.toMSecsSinceEpoch(),
                                   QString::fromUtf8(local.timeZone().id()), snap->size.width(), snap->size.height()};
            self->m_worker->call(
                self.data(), [in](ServiceContext &ctx) { return EvidenceService(ctx).store(in); },
                [self, snap, code](qint64 id) {
                    Q_EMIT self->evidenceStored(id, QString::fromLatin1(snap->sha256Hex));
                    Q_EMIT self->message(tr("Evidence #%1 of %2 saved (SHA-256 %3…)").arg(id).arg(code, QString::fromLatin1(snap->sha256Hex.left(12))));
                    if (!self->m_quietSnapshots.removeOne(code)) // requested by the hazard form: it takes the still itself
                        self->showAttachDialog(id, code, *snap);
                },
                [self, code](const QString &e) {
                    Q_EMIT self->message(tr("The snapshot was not saved: %1").arg(e));
                    if (self->m_quietSnapshots.removeOne(code))
                        Q_EMIT self->snapshotFailed(code, e);
                });
        }, Qt::QueuedConnection);
    });
}

void CameraWall::showAttachDialog(qint64 id, const QString &code, const video::EvidenceSnapshot &snap)
{
    // Non-modal: nothing blocks an alarm. Attach the still to a hazard or permit, or just close.
    auto *d = new QDialog(this);
    d->setObjectName(u"evidenceAttach"_s);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Evidence #%1 — %2").arg(id).arg(code));
    auto *l = new QVBoxLayout(d);
    auto *picture = new QLabel(d);
    picture->setPixmap(QPixmap::fromImage(QImage::fromData(snap.jpeg, "JPEG").scaledToWidth(480, Qt::SmoothTransformation)));
    l->addWidget(picture);
    l->addWidget(new QLabel(tr("%1 · %2×%3 · SHA-256 %4").arg(snap.caption).arg(snap.size.width()).arg(snap.size.height())
                                .arg(QString::fromLatin1(snap.sha256Hex)), d));
    auto *form = new QFormLayout;
    auto *kind = new QComboBox(d);
    kind->addItem(tr("Hazard"), u"hazard"_s);
    kind->addItem(tr("Permit"), u"permit"_s);
    auto *object = new QComboBox(d);
    object->setEditable(true);
    object->setObjectName(u"evidenceObject"_s);
    auto *note = new QLineEdit(d);
    form->addRow(tr("Attach to"), kind);
    form->addRow(tr("Code"), object);
    form->addRow(tr("Note"), note);
    l->addLayout(form);
    auto *status = new QLabel(d);
    status->setWordWrap(true);
    l->addWidget(status);
    auto *buttons = new QDialogButtonBox(d);
    QPushButton *attach = buttons->addButton(tr("Attach"), QDialogButtonBox::AcceptRole);
    QPushButton *report = buttons->addButton(tr("Report hazard with this snapshot…"), QDialogButtonBox::ActionRole);
    report->setObjectName(u"evidenceReportHazard"_s);
    buttons->addButton(QDialogButtonBox::Close);
    l->addWidget(buttons);
    const QString area = m_cameras.value(code).area;
    connect(report, &QPushButton::clicked, d, [this, d, id, code, area] {
        Q_EMIT reportHazardRequested(id, code, area); // the hazard form opens with this still as the panorama
        d->close();
    });
    const SnapshotPtr s = m_last;
    const auto fill = [object, kind, s, area] {
        object->clear();
        if (!s)
            return;
        const Table &t = kind->currentData().toString() == u"hazard"_s ? s->hazards : s->permits;
        QStringList here, elsewhere;
        for (const QVariantList &r : t.rows) {
            const QString state = r.value(t.column(u"state"_s)).toString();
            if (state == u"closed"_s || state == u"cancelled"_s || state == u"expired"_s)
                continue;
            const QString c = r.value(t.column(u"code"_s)).toString();
            (r.value(t.column(u"area"_s)).toString() == area ? here : elsewhere) << c;
        }
        object->addItems(here); // the camera's area first
        object->addItems(elsewhere);
    };
    fill();
    connect(kind, &QComboBox::currentIndexChanged, d, fill);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
    QPointer<DataWorker> worker = m_worker;
    connect(attach, &QPushButton::clicked, d, [d, worker, id, kind, object, note, status, attach] {
        const QString type = kind->currentData().toString(), target = object->currentText().trimmed(), text = note->text();
        if (!worker || target.isEmpty())
            return;
        attach->setEnabled(false);
        worker->call(
            d, [=](ServiceContext &ctx) { EvidenceService(ctx).attach(id, type, target, text); },
            [=] {
                status->setText(tr("Attached to %1 %2 (audited).").arg(type, target));
                attach->setEnabled(true);
            },
            [=](const QString &e) {
                status->setText(u"<span style='color:#e53935'>%1</span>"_s.arg(e.toHtmlEscaped()));
                attach->setEnabled(true);
            },
            true);
    });
    d->show();
}

void CameraWall::startDemoDrill()
{
    if (m_drillStarted)
        return;
    if (m_cameras.isEmpty()) { // the names burned into the clips come from the registry: wait for it
        m_drillWaiting = true;
        return;
    }
    m_drillWaiting = false;
    m_drillStarted = true;
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        Q_EMIT message(tr("Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline"));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drill"_s;
    QDir().mkpath(dir);
    // Generate the missing clips one after another (a second or two each), then point the cameras at them.
    struct Job {
        QString code, caption;
        int scene;
    };
    auto pending = std::make_shared<QList<Job>>();
    for (const auto &[code, scene] : kDrillCameras) {
        // Only cameras still on the demo's placeholder RTSP server get a clip (the others were edited).
        if (!m_cameras.value(code).url.startsWith(u"rtsp://127.0.0.1:8554/"_s))
            continue;
        if (QFileInfo(dir + u'/' + drillFile(code)).size() <= 0)
            *pending << Job{code, code + u"  "_s + m_cameras.value(code).name, scene};
    }
    // The chain holds itself only weakly: what keeps it alive is the connection of the clip being made
    // (destroyed with its process, also when the wall goes first), so nothing is left behind either way.
    auto next = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> weakNext = next;
    QPointer<CameraWall> self(this);
    *next = [self, pending, weakNext, dir, ffmpeg] {
        if (!self)
            return;
        if (pending->isEmpty()) {
            if (!self->m_worker)
                return;
            QList<QPair<QString, QString>> urls;
            for (const auto &[code, scene] : kDrillCameras)
                if (QFileInfo(dir + u'/' + drillFile(code)).size() > 0)
                    urls << qMakePair(code, QUrl::fromLocalFile(dir + u'/' + drillFile(code)).toString());
            self->m_worker->call(
                self.data(),
                [urls](ServiceContext &ctx) {
                    // Only cameras still on the demo's placeholder RTSP server are switched, once, audited.
                    ServiceContext sys{ctx.db, Actor::system(u"demo-drill"_s), ctx.clock};
                    CameraService cams(sys);
                    int changed = 0;
                    for (const auto &[code, url] : urls) {
                        CameraRecord r;
                        try {
                            r = cams.get(code);
                        } catch (const Error &) {
                            continue;
                        }
                        if (!r.url.startsWith(u"rtsp://127.0.0.1:8554/"_s))
                            continue;
                        CameraInput in = r;
                        in.url = url;
                        cams.update(in);
                        ++changed;
                    }
                    return changed;
                },
                [self](int changed) {
                    if (changed)
                        Q_EMIT self->message(tr("Demo: %n camera(s) now play drill clips (file://, marked DRILL)", nullptr, changed));
                },
                [self](const QString &e) { Q_EMIT self->message(e); }, true);
            return;
        }
        const Job job = pending->takeFirst();
        const QString out = dir + u'/' + drillFile(job.code);
        const QString caption = out + u".txt"_s;
        QFile text(caption);
        if (text.open(QIODevice::WriteOnly | QIODevice::Truncate))
            text.write(job.caption.toUtf8());
        text.close();
        auto *p = new QProcess(self.data());
        QObject::connect(p, &QProcess::finished, self.data(), [p, out, caption, next = weakNext.lock()](int code, QProcess::ExitStatus st) {
            p->deleteLater();
            QFile::remove(caption);
            if (code == 0 && st == QProcess::NormalExit)
                QFile::rename(out + u".part.mp4"_s, out);
            else
                qCWarning(lcServices).noquote() << "demo drill clip" << out << "failed:" << p->readAllStandardError().left(400);
            (*next)();
        });
        p->start(ffmpeg, {u"-nostdin"_s, u"-y"_s, u"-v"_s, u"error"_s, u"-filter_complex"_s,
                          drillGraph(kDrillScenes[job.scene], caption), u"-map"_s, u"[v]"_s, u"-t"_s,
                          QString::number(kDrillSeconds), u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"veryfast"_s, u"-pix_fmt"_s,
                          u"yuv420p"_s, u"-g"_s, u"25"_s, u"-bf"_s, u"0"_s, u"-crf"_s, u"26"_s, u"-maxrate"_s, u"600k"_s,
                          u"-bufsize"_s, u"1200k"_s, out + u".part.mp4"_s});
    };
    (*next)();
}

} // namespace ui
} // namespace gl
