// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/ui/EvidencePicker.h"
#include "modules/video/logic/EvidenceService.h"
#include "modules/video/ui/CameraWall.h"
#include "shell/PanelHost.h"

#include <QBuffer>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

QImage thumbnailOf(const QByteArray &bytes, int w, int h)
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    QImageReader r(&buf);
    const QSize full = r.size();
    if (full.isValid() && !full.isEmpty())
        r.setScaledSize(full.scaled(w * 2, h * 2, Qt::KeepAspectRatio));
    const QImage img = r.read();
    return img.isNull() ? QImage() : img.scaled(w, h, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

namespace {

QString localTime(qint64 ms, const SnapshotPtr &s)
{
    return QDateTime::fromMSecsSinceEpoch(ms, s ? s->timeZone : QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace


EvidencePicker::EvidencePicker(PanelHost *host, QWidget *parent) : QWidget(parent, Qt::Window), m_host(host)
{
    setObjectName(u"evidencePicker"_s);
    setWindowTitle(tr("Panorama from a camera"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Recent evidence stills, newest first. The still's camera and time are its provenance "
                                "(a video frame has no EXIF); its SHA-256 goes into the audit chain with the report."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"evidenceStills"_s);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(200, 150));
    m_list->setGridSize(QSize(230, 220));
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    v->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    m_camera = new QComboBox(this);
    m_camera->setObjectName(u"evidenceCamera"_s);
    m_take = new QPushButton(tr("Take snapshot now"), this);
    m_take->setObjectName(u"evidenceTakeNow"_s);
    m_take->setToolTip(tr("Saves an evidence still of the chosen camera through the camera wall (the camera must be live)"));
    m_use = new QPushButton(tr("Use as panorama"), this);
    m_use->setObjectName(u"evidenceUse"_s);
    m_use->setEnabled(false);
    row->addWidget(new QLabel(tr("Camera"), this));
    row->addWidget(m_camera, 1);
    row->addWidget(m_take);
    row->addStretch(1);
    row->addWidget(m_use);
    v->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    resize(1000, 640);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) { m_use->setEnabled(r >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *i) { pick(i->data(Qt::UserRole).toLongLong()); });
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *i = m_list->currentItem())
            pick(i->data(Qt::UserRole).toLongLong());
    });
    connect(m_take, &QPushButton::clicked, this, [this] {
        if (!m_camera->currentData().toString().isEmpty())
            takeSnapshot(m_camera->currentData().toString());
    });
    if (auto *wall = m_host->cameraWall()) {
        connect(wall, &CameraWall::evidenceStored, this, [this](qint64 id, const QString &) {
            if (m_waitingFor.isEmpty())
                return;
            m_waitingFor.clear();
            m_take->setEnabled(true);
            m_selectAfterLoad = id;
            reload(m_area, m_snapshot);
        });
        connect(wall, &CameraWall::snapshotFailed, this, [this](const QString &code, const QString &reason) {
            if (code != m_waitingFor)
                return;
            m_waitingFor.clear();
            m_take->setEnabled(true);
            m_status->setText(u"<span style='color:#e53935'>%1</span>"_s.arg(reason.toHtmlEscaped()));
            Q_EMIT snapshotFailed(reason);
        });
    }
}

void EvidencePicker::reload(const QString &area, const SnapshotPtr &snapshot)
{
    m_area = area;
    m_snapshot = snapshot;
    // Cameras covering the report's area first (all cameras when none does).
    const QString current = m_camera->currentData().toString();
    m_camera->clear();
    if (snapshot) {
        QList<const site::Camera *> here, other;
        for (const site::Camera &c : snapshot->layout.cameras)
            (c.area == area ? here : other) << &c;
        for (const site::Camera *c : here)
            m_camera->addItem(u"%1 — %2 (%3)"_s.arg(c->code, c->name, c->area), c->code);
        if (here.isEmpty())
            for (const site::Camera *c : other)
                m_camera->addItem(u"%1 — %2 (%3)"_s.arg(c->code, c->name, c->area), c->code);
    }
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(current)));
    m_take->setEnabled(m_camera->count() > 0 && m_waitingFor.isEmpty());
    if (m_waitingFor.isEmpty())
        m_status->setText(tr("Loading the stills…"));
    m_host->dataWorker()->call(
        this,
        [](ServiceContext &ctx) {
            EvidenceService ev(ctx);
            QList<EvidenceThumb> out;
            for (const EvidenceRecord &r : ev.list({}, {}, 48)) {
                EvidenceThumb t{r.id, r.cameraCode, r.cameraName, {}, r.sha256, r.takenAt, r.width, r.height, {}};
                try {
                    t.thumb = thumbnailOf(ev.content(r.id), 200, 150);
                } catch (const Error &) {
                    // a still whose bytes no longer match its hash is listed without a picture and cannot be used
                }
                out << t;
            }
            return out;
        },
        [this](QList<EvidenceThumb> stills) { showStills(stills); },
        [this](const QString &e) { m_status->setText(u"<span style='color:#e53935'>%1</span>"_s.arg(e.toHtmlEscaped())); });
}

void EvidencePicker::showStills(const QList<EvidenceThumb> &stills)
{
    m_stills = stills;
    m_list->clear();
    QHash<QString, QString> areaOf;
    if (m_snapshot)
        for (const site::Camera &c : m_snapshot->layout.cameras)
            areaOf.insert(c.code, c.area);
    for (EvidenceThumb &t : m_stills) {
        t.area = areaOf.value(t.camera);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(t.thumb)),
                                         u"%1 %2\n%3\n#%4"_s.arg(t.camera, t.cameraName, localTime(t.takenAt, m_snapshot)).arg(t.id));
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(tr("Evidence #%1 · %2 (%3) · %4×%5\nSHA-256 %6").arg(t.id).arg(t.camera, t.area).arg(t.width).arg(t.height).arg(t.sha256));
        if (t.thumb.isNull())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        m_list->addItem(item);
        if (t.id == m_selectAfterLoad)
            m_list->setCurrentItem(item);
    }
    if (m_waitingFor.isEmpty())
        m_status->setText(m_stills.isEmpty() ? tr("No evidence stills yet: take one now from a live camera, or press F9 on the camera wall.")
                                             : tr("%n still(s). Double-click one to use it as the panorama.", nullptr, int(m_stills.size())));
    if (m_selectAfterLoad) {
        m_status->setText(tr("Snapshot #%1 saved and selected: press \"Use as panorama\".").arg(m_selectAfterLoad));
        m_selectAfterLoad = 0;
    }
    Q_EMIT listed(int(m_stills.size()));
}

void EvidencePicker::pick(qint64 id)
{
    for (const EvidenceThumb &t : std::as_const(m_stills))
        if (t.id == id && !t.thumb.isNull()) {
            Q_EMIT picked(t);
            hide();
            return;
        }
}

void EvidencePicker::takeSnapshot(const QString &camera)
{
    auto *wall = m_host->cameraWall();
    if (!wall) {
        m_status->setText(tr("No camera wall in this window: no snapshot"));
        return;
    }
    m_waitingFor = camera;
    m_take->setEnabled(false);
    m_status->setText(tr("Waiting for %1 to be live, then saving a still…").arg(camera));
    if (!wall->snapshotCamera(camera)) {
        m_waitingFor.clear();
        m_take->setEnabled(true);
    }
}

} // namespace ui
} // namespace gl
