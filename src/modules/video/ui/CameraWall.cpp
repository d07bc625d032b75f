// SPDX-License-Identifier: Apache-2.0
// CameraWall: the wall's window, its toolbar and camera list, the snapshot's cameras and the hot-work banner.
#include "modules/video/ui/CameraWall.h"
#include "modules/video/ui/CameraList.h"
#include "modules/video/ui/CameraRegistryWindow.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/CameraTileArea.h"
#include "modules/video/ui/CameraWallLayout.h"
#include "modules/video/ui/DemoDrillFeeds.h"
#include "platform/util/Log.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

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
    m_gridHost = new CameraTileArea(m_split);
    m_gridHost->setObjectName(u"wallTileArea"_s);
    m_gridHost->relayout = [this] { layoutTiles(); };
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
    m_drill = new DemoDrillFeeds(this);
    connect(m_drill, &DemoDrillFeeds::message, this, &CameraWall::message);
    rebuild();
}

CameraWall::~CameraWall()
{
    delete m_drill; // a clip still being made must not call back into a half-destroyed wall
}

void CameraWall::setDataWorker(DataWorker *worker)
{
    m_worker = worker;
    m_drill->setDataWorker(worker);
}

QString CameraWall::settingsGroup() { return CameraWallLayout::settingsGroup(); }

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
    if (m_drill->isWaiting() && !cams.isEmpty())
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

void CameraWall::startDemoDrill() { m_drill->start(m_cameras); }

} // namespace ui
} // namespace gl
