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
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

/// The camera list: drags a camera's code to the wall.
class CameraList : public QListWidget {
public:
    using QListWidget::QListWidget;

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

int gridFor(int cameras)
{
    for (int n : {1, 4, 9, 16})
        if (cameras <= n)
            return n;
    return 16;
}

/// Drill clips for the demo: ffmpeg test sources, H.264 like a camera (no B-frames, a key frame a second).
struct DrillClip {
    const char *file, *source;
};
constexpr DrillClip kDrillClips[] = {
    {"drill-1.mp4", "testsrc2=size=640x360:rate=25"},
    {"drill-2.mp4", "smptehdbars=size=640x360:rate=25"},
    {"drill-3.mp4", "life=size=640x360:rate=25:mold=10:ratio=0.2:death_color=#202020:life_color=#e0a030"},
    {"drill-4.mp4", "mandelbrot=size=640x360:rate=25"},
};
/// Demo cameras that play a drill clip (index into kDrillClips); the others stay offline on purpose.
const QList<QPair<QString, int>> kDrillCameras = {{u"CAM-01"_s, 0}, {u"CAM-02"_s, 1}, {u"CAM-03"_s, 3},
                                                  {u"CAM-05"_s, 2}, {u"CAM-06"_s, 0}, {u"CAM-07"_s, 1}};

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
    bar->addWidget(new QLabel(tr("Wall layout:"), this));
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

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new CameraList(split);
    m_list->setObjectName(u"wallCameraList"_s);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setToolTip(tr("Drag a camera onto a tile; double-click to open it in full view"));
    auto *gridHost = new QWidget(split);
    m_grid = new QGridLayout(gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    split->addWidget(m_list);
    split->addWidget(gridHost);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({150, 600});
    l->addWidget(split, 1);

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
            auto *item = new QListWidgetItem(u"%1  %2\n%3"_s.arg(c.code, c.name, c.area), m_list);
            item->setData(Qt::UserRole, c.code);
            item->setToolTip(tr("%1 — area %2; drag onto the wall").arg(c.name, c.area));
        }
        if (m_list->count() == 0)
            new QListWidgetItem(tr("No cameras yet: import a site layout or add cameras (Cameras…)"), m_list);
        refreshUrls();
    }
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
        auto *t = new CameraTile(int(m_tileWidgets.size()), this);
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
    const int side = int(std::lround(std::sqrt(double(count))));
    for (int i = 0; i < m_tileWidgets.size(); ++i) {
        m_grid->removeWidget(m_tileWidgets[i]);
        m_grid->addWidget(m_tileWidgets[i], i / side, i % side);
    }
    for (int r = 0; r < 4; ++r) {
        m_grid->setRowStretch(r, r < side ? 1 : 0);
        m_grid->setColumnStretch(r, r < side ? 1 : 0);
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
    m_layoutBox->setEnabled(m_preset == Preset::Custom);
    {
        const QSignalBlocker b1(m_layoutBox), b2(m_presetBox);
        m_layoutBox->setCurrentIndex(m_layoutBox->findData(int(m_tileWidgets.size())));
        m_presetBox->setCurrentIndex(m_presetBox->findData(int(m_preset)));
    }
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
                    self->showAttachDialog(id, code, *snap);
                },
                [self](const QString &e) { Q_EMIT self->message(tr("The snapshot was not saved: %1").arg(e)); });
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
    buttons->addButton(QDialogButtonBox::Close);
    l->addWidget(buttons);
    const QString area = m_cameras.value(code).area;
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
    m_drillStarted = true;
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        Q_EMIT message(tr("Demo drill feeds need ffmpeg (scripts/deps.sh installs it); the demo cameras stay offline"));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drill"_s;
    QDir().mkpath(dir);
    // Generate the missing clips one after another (a few seconds in all), then point the cameras at them.
    auto pending = std::make_shared<QList<int>>();
    for (int i = 0; i < int(std::size(kDrillClips)); ++i)
        if (QFileInfo(dir + u'/' + QString::fromLatin1(kDrillClips[i].file)).size() <= 0)
            *pending << i;
    auto next = std::make_shared<std::function<void()>>();
    QPointer<CameraWall> self(this);
    *next = [self, pending, next, dir, ffmpeg] {
        if (!self)
            return;
        if (pending->isEmpty()) {
            QTimer::singleShot(0, [next] { *next = {}; }); // breaks the closure's reference to itself
            if (!self->m_worker)
                return;
            QList<QPair<QString, QString>> urls;
            for (const auto &[code, clip] : kDrillCameras)
                urls << qMakePair(code, QUrl::fromLocalFile(dir + u'/' + QString::fromLatin1(kDrillClips[clip].file)).toString());
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
        const int i = pending->takeFirst();
        const QString out = dir + u'/' + QString::fromLatin1(kDrillClips[i].file);
        auto *p = new QProcess(self.data());
        QObject::connect(p, &QProcess::finished, self.data(), [p, out, next](int code, QProcess::ExitStatus st) {
            p->deleteLater();
            if (code == 0 && st == QProcess::NormalExit)
                QFile::rename(out + u".part.mp4"_s, out);
            else
                qCWarning(lcServices).noquote() << "demo drill clip" << out << "failed:" << p->readAllStandardError().left(400);
            (*next)();
        });
        p->start(ffmpeg, {u"-nostdin"_s, u"-y"_s, u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                          QString::fromLatin1(kDrillClips[i].source), u"-t"_s, u"8"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s,
                          u"veryfast"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-g"_s, u"25"_s, u"-bf"_s, u"0"_s, u"-b:v"_s, u"800k"_s,
                          out + u".part.mp4"_s});
    };
    (*next)();
}

} // namespace ui
} // namespace gl
