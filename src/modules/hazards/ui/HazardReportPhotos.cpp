// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/ui/HazardReportPhotos.h"
#include "shell/PanelHost.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

constexpr int kThumbW = 120, kThumbH = 90;

struct LoadedFile {
    QString kind, name;
    QByteArray bytes;
    QImage thumb;
};

} // namespace

const QStringList &HazardReportPhotos::kinds()
{
    static const QStringList k = {u"panorama"_s, u"defect"_s, u"face"_s};
    return k;
}

QString HazardReportPhotos::title(const QString &kind)
{
    if (kind == u"panorama"_s)
        return tr("Panorama with the area sign");
    if (kind == u"defect"_s)
        return tr("Defect close-up with a scale reference");
    return tr("Responsible person's frontal face");
}

QString HazardReportPhotos::fileFilter() { return tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"); }

HazardReportPhotos::HazardReportPhotos(PanelHost *host, QWidget *form) : QObject(form), m_host(host), m_form(form) {}

void HazardReportPhotos::addRows(QFormLayout *layout)
{
    QWidget *form = m_form;
    for (const QString &kind : kinds()) {
        auto *row = new QHBoxLayout;
        auto *thumb = new QLabel(form);
        thumb->setFixedSize(kThumbW, kThumbH);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setStyleSheet(u"QLabel { background: #202124; color: #9aa0a6; }"_s);
        thumb->setObjectName(u"hazardThumb_"_s + kind);
        auto *name = new QLabel(form);
        name->setWordWrap(true);
        name->setObjectName(u"hazardPhotoName_"_s + kind);
        auto *choose = new QPushButton(tr("Choose file…"), form);
        choose->setObjectName(u"hazardChoose_"_s + kind);
        auto *clearButton = new QPushButton(tr("Remove"), form);
        clearButton->setObjectName(u"hazardClear_"_s + kind);
        row->addWidget(thumb);
        row->addWidget(name, 1);
        row->addWidget(choose);
        if (kind == u"panorama"_s) {
            auto *camera = new QPushButton(tr("From camera…"), form);
            camera->setObjectName(u"hazardFromCamera"_s);
            camera->setToolTip(tr("Use a camera evidence still (or take one now) as the panorama"));
            row->addWidget(camera);
            connect(camera, &QPushButton::clicked, this, &HazardReportPhotos::fromCameraRequested);
        }
        row->addWidget(clearButton);
        m_thumbLabels.insert(kind, thumb);
        m_nameLabels.insert(kind, name);
        layout->addRow(title(kind), row);
        connect(choose, &QPushButton::clicked, this, [this, form, kind] {
            const QString f = QFileDialog::getOpenFileName(form, title(kind), {}, fileFilter());
            if (!f.isEmpty())
                setFile(kind, f);
        });
        connect(clearButton, &QPushButton::clicked, this, [this, kind] { clear(kind); });
        show(kind);
    }
}

void HazardReportPhotos::show(const QString &kind)
{
    QLabel *thumb = m_thumbLabels.value(kind), *name = m_nameLabels.value(kind);
    if (!thumb)
        return;
    const auto it = m_photos.constFind(kind);
    if (it == m_photos.cend()) {
        thumb->setPixmap({});
        thumb->setText(tr("no photo"));
        name->setText(kind == u"panorama"_s ? tr("a file, or a camera still (\"From camera…\")") : QString());
        return;
    }
    thumb->setPixmap(QPixmap::fromImage(it->thumb));
    name->setText(it->name);
}

void HazardReportPhotos::setFile(const QString &kind, const QString &path)
{
    m_host->dataWorker()->call(
        this,
        [kind, path](ServiceContext &) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                gl::fail(ErrorCode::BadInput, u"%1: cannot open: %2"_s.arg(path, f.errorString()));
            LoadedFile l{kind, path.section(u'/', -1), f.readAll(), {}};
            l.thumb = thumbnailOf(l.bytes);
            return l;
        },
        [this](LoadedFile l) {
            m_photos.insert(l.kind, Photo{l.name, l.bytes, 0, l.thumb, true});
            m_removed.remove(l.kind);
            show(l.kind);
            if (l.thumb.isNull())
                m_nameLabels.value(l.kind)->setText(tr("%1 — no preview: it may not be an image (checked on submission)").arg(l.name));
            Q_EMIT loaded(l.kind);
        },
        [this](const QString &e) { Q_EMIT failed(e); });
}

void HazardReportPhotos::clear(const QString &kind)
{
    if (!m_photos.remove(kind))
        return;
    m_removed.insert(kind);
    show(kind);
    Q_EMIT removed(kind);
}

void HazardReportPhotos::setPanoramaEvidence(const EvidenceThumb &still, const QString &takenAt)
{
    Photo p;
    p.evidenceId = still.id;
    p.name = tr("Camera %1 %2 · %3 · evidence #%4").arg(still.camera, still.cameraName, takenAt).arg(still.id);
    p.thumb = still.thumb.scaled(kThumbW, kThumbH, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.dirty = true;
    m_photos.insert(u"panorama"_s, p);
    m_removed.remove(u"panorama"_s);
    show(u"panorama"_s);
}

void HazardReportPhotos::restore(const QString &kind, const Photo &photo)
{
    m_photos.insert(kind, photo);
    show(kind);
}

void HazardReportPhotos::clearAll()
{
    m_photos.clear();
    m_removed.clear();
    for (const QString &k : kinds())
        show(k);
}

void HazardReportPhotos::takeUnsaved(HazardDraft &draft)
{
    for (auto it = m_photos.begin(); it != m_photos.end(); ++it)
        if (it->dirty) {
            draft.photos << HazardDraftPhoto{it.key(), it->name, it->bytes, it->evidenceId, {}, 0};
            it->dirty = false;
        }
    draft.removedPhotos = QStringList(m_removed.cbegin(), m_removed.cend());
    m_removed.clear();
}

void HazardReportPhotos::markUnsaved(const HazardDraft &draft)
{
    for (const HazardDraftPhoto &p : draft.photos)
        if (m_photos.contains(p.kind))
            m_photos[p.kind].dirty = true;
    for (const QString &k : draft.removedPhotos)
        m_removed.insert(k);
}

} // namespace ui
} // namespace gl
