// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraWall.h"
#include "modules/video/decode/EvidenceSnapshot.h"
#include "modules/video/logic/EvidenceService.h"
#include "modules/video/ui/CameraList.h"
#include "modules/video/ui/CameraRegistryWindow.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/CameraTileArea.h"
#include "modules/video/ui/CameraWallLayout.h"
#include "modules/video/ui/DemoDrillFeeds.h"
#include "modules/video/ui/EvidenceAttachDialog.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"
#include "shell/Theme.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

int gridFor(int cameras)
{
    for (int n : {1, 4, 9, 16})
        if (cameras <= n)
            return n;
    return 16;
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
    return CameraTileArea::cells(area, count, spacing);
}

void CameraWall::layoutTiles()
{
    if (!m_gridHost)
        return;
    QList<QWidget *> shown;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!t->isHidden())
            shown << t;
    m_gridHost->place(shown);
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
    CameraWallLayout l;
    l.grid = m_tiles;
    l.cameras = m_assignment;
    l.hotWork = m_preset == Preset::HotWork;
    l.full = m_full;
    l.listShown = m_listShown;
    if (m_full.isEmpty() && m_listShown)
        l.splitter = m_split->saveState();
    l.save();
}

void CameraWall::restoreLayout()
{
    const CameraWallLayout l = CameraWallLayout::load(m_cameraOrder);
    m_tiles = l.grid;
    m_assignment = l.cameras;
    if (l.saved) {
        m_preset = l.hotWork ? Preset::HotWork : Preset::Custom;
        m_full = l.full;
    }
    if (!l.splitter.isEmpty())
        m_split->restoreState(l.splitter);
    m_listShown = l.listShown;
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
    auto *d = new EvidenceAttachDialog(id, code, snap, m_cameras.value(code).area, m_last, m_worker, this);
    connect(d, &EvidenceAttachDialog::reportHazardRequested, this, &CameraWall::reportHazardRequested);
    d->show();
}

void CameraWall::startDemoDrill() { m_drill->start(m_cameras); }

} // namespace ui
} // namespace gl
