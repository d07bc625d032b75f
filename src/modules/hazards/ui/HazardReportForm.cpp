// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/ui/HazardReportForm.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/util/Clock.h"
#include "shell/PanelHost.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const QStringList kKinds = {u"panorama"_s, u"defect"_s, u"face"_s};
constexpr int kThumbW = 120, kThumbH = 90;

QString kindTitle(const QString &kind)
{
    if (kind == u"panorama"_s)
        return HazardReportForm::tr("Panorama with the area sign");
    if (kind == u"defect"_s)
        return HazardReportForm::tr("Defect close-up with a scale reference");
    return HazardReportForm::tr("Responsible person's frontal face");
}

QString photoFilter() { return HazardReportForm::tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"); }

QString localTime(qint64 ms, const SnapshotPtr &s)
{
    return QDateTime::fromMSecsSinceEpoch(ms, s ? s->timeZone : QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

struct LoadedFile {
    QString kind, name;
    QByteArray bytes;
    QImage thumb;
};

struct LoadedDraft {
    HazardDraft draft;
    QHash<QString, QImage> thumbs;
};

} // namespace


HazardReportForm::HazardReportForm(PanelHost *host, QWidget *parent) : QWidget(parent, Qt::Window), m_host(host)
{
    setObjectName(u"hazardReportForm"_s);
    setWindowTitle(tr("Report a hazard"));
    auto *v = new QVBoxLayout(this);

    auto *draftRow = new QHBoxLayout;
    m_drafts = new QComboBox(this);
    m_drafts->setObjectName(u"hazardDrafts"_s);
    m_drafts->setMinimumContentsLength(40);
    m_deleteDraft = new QPushButton(tr("Delete this draft"), this);
    m_deleteDraft->setObjectName(u"hazardDeleteDraft"_s);
    m_deleteDraft->setEnabled(false);
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(u"hazardDraftStatus"_s);
    draftRow->addWidget(new QLabel(tr("Draft"), this));
    draftRow->addWidget(m_drafts, 1);
    draftRow->addWidget(m_deleteDraft);
    v->addLayout(draftRow);
    v->addWidget(m_draftStatus);

    auto *form = new QFormLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(u"hazardCategory"_s);
    m_category->addItem(tr("— choose —"), QString());
    for (const HazardTerm &t : HazardRules::defaults().categories)
        m_category->addItem(u"%1 %2"_s.arg(t.zh, t.en), t.key);
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"hazardDescription"_s);
    m_description->setPlaceholderText(tr("what is wrong, where exactly"));
    m_equipment = new QComboBox(this);
    m_equipment->setObjectName(u"hazardEquipment"_s);
    m_scan = new QPushButton(tr("Scan QR…"), this);
    m_scan->setObjectName(u"hazardScanQr"_s);
    m_scan->setToolTip(tr("Reads the equipment's QR label in a photo and picks that equipment and its area"));
    auto *scanMenu = new QMenu(m_scan);
    scanMenu->addAction(tr("From the defect close-up attached below"), this, &HazardReportForm::scanQrFromDefect);
    scanMenu->addAction(tr("From a photo file…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Photo of the equipment's QR label"), {}, photoFilter());
        if (!f.isEmpty())
            scanQrFromFile(f);
    });
    m_scan->setMenu(scanMenu);
    auto *eqRow = new QHBoxLayout;
    eqRow->addWidget(m_equipment, 1);
    eqRow->addWidget(m_scan);
    m_area = new QComboBox(this);
    m_area->setObjectName(u"hazardArea"_s);
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(u"hazardResponsible"_s);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Equipment"), eqRow);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Responsible person"), m_responsible);

    for (const QString &kind : kKinds) {
        auto *row = new QHBoxLayout;
        auto *thumb = new QLabel(this);
        thumb->setFixedSize(kThumbW, kThumbH);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setStyleSheet(u"QLabel { background: #202124; color: #9aa0a6; }"_s);
        thumb->setObjectName(u"hazardThumb_"_s + kind);
        auto *name = new QLabel(this);
        name->setWordWrap(true);
        name->setObjectName(u"hazardPhotoName_"_s + kind);
        auto *choose = new QPushButton(tr("Choose file…"), this);
        choose->setObjectName(u"hazardChoose_"_s + kind);
        auto *clear = new QPushButton(tr("Remove"), this);
        clear->setObjectName(u"hazardClear_"_s + kind);
        row->addWidget(thumb);
        row->addWidget(name, 1);
        row->addWidget(choose);
        if (kind == u"panorama"_s) {
            auto *camera = new QPushButton(tr("From camera…"), this);
            camera->setObjectName(u"hazardFromCamera"_s);
            camera->setToolTip(tr("Use a camera evidence still (or take one now) as the panorama"));
            row->addWidget(camera);
            connect(camera, &QPushButton::clicked, this, [this] {
                EvidencePicker *p = picker();
                p->reload(area(), m_snapshot);
                p->show();
                p->raise();
            });
        }
        row->addWidget(clear);
        m_thumbLabels.insert(kind, thumb);
        m_nameLabels.insert(kind, name);
        form->addRow(kindTitle(kind), row);
        connect(choose, &QPushButton::clicked, this, [this, kind] {
            const QString f = QFileDialog::getOpenFileName(this, kindTitle(kind), {}, photoFilter());
            if (!f.isEmpty())
                setPhotoFile(kind, f);
        });
        connect(clear, &QPushButton::clicked, this, [this, kind] { clearPhoto(kind); });
        showPhoto(kind);
    }
    v->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hazardFormHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"QLabel { color: #f9a825; }"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"hazardFormError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { color: #e53935; font-weight: bold; }"_s);
    m_error->hide();
    v->addWidget(m_hint);
    v->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Submit report"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"hazardSubmit"_s);
    QPushButton *later = buttons->addButton(tr("Keep as draft and close"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"hazardKeepDraft"_s);
    v->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, &HazardReportForm::submit);
    connect(later, &QPushButton::clicked, this, &QWidget::close);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &HazardReportForm::saveDraft);

    connect(m_category, &QComboBox::currentIndexChanged, this, &HazardReportForm::changed);
    connect(m_description, &QLineEdit::textEdited, this, &HazardReportForm::changed);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, &HazardReportForm::changed);
    connect(m_equipment, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const QString eqArea = m_equipment->currentData(Qt::UserRole + 1).toString();
        if (!eqArea.isEmpty() && eqArea != area()) { // the equipment decides the area
            QSignalBlocker b(m_area);
            m_area->setCurrentIndex(std::max(0, m_area->findData(eqArea)));
        }
        changed();
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const QString eqArea = m_equipment->currentData(Qt::UserRole + 1).toString();
        if (!eqArea.isEmpty() && eqArea != area()) { // equipment of another area: no longer the one meant
            QSignalBlocker b(m_equipment);
            m_equipment->setCurrentIndex(0);
        }
        changed();
    });
    connect(m_drafts, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_drafts->itemData(index).toLongLong();
        if (id == m_draftId)
            return;
        saveDraft(); // the current form is kept before switching
        reset();
        if (id)
            restoreDraft(id);
        else
            refreshDrafts(false);
    });
    connect(m_deleteDraft, &QPushButton::clicked, this, &HazardReportForm::deleteDraft);
    resize(820, 640);
    validate();
}

EvidencePicker *HazardReportForm::picker()
{
    if (!m_picker) {
        m_picker = new EvidencePicker(m_host, this);
        connect(m_picker, &EvidencePicker::picked, this, &HazardReportForm::setPanoramaEvidence);
    }
    return m_picker;
}

void HazardReportForm::setSnapshot(const SnapshotPtr &s)
{
    const bool first = !m_snapshot;
    m_snapshot = s;
    if (first || m_equipment->count() <= 1)
        fillLists();
}

void HazardReportForm::fillLists()
{
    if (!m_snapshot)
        return;
    m_loading = true;
    const QString eq = equipment(), ar = area(), resp = m_responsible->currentData().toString();
    m_equipment->clear();
    m_equipment->addItem(tr("— none (scan its QR or pick) —"), QString());
    for (const site::Equipment &e : m_snapshot->layout.equipment) {
        m_equipment->addItem(u"%1 — %2 (%3)"_s.arg(e.code, e.name, e.area), e.code);
        m_equipment->setItemData(m_equipment->count() - 1, e.area, Qt::UserRole + 1);
    }
    m_area->clear();
    m_area->addItem(tr("— choose —"), QString());
    for (const site::Area &a : m_snapshot->layout.areas)
        m_area->addItem(u"%1 — %2"_s.arg(a.code, a.name), a.code);
    m_responsible->clear();
    m_responsible->addItem(tr("— not named —"), QString());
    for (const PersonRow &r : m_snapshot->peopleRows)
        m_responsible->addItem(u"%1 — %2"_s.arg(r.code, r.name), r.code);
    m_equipment->setCurrentIndex(std::max(0, m_equipment->findData(eq)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(ar)));
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(resp)));
    m_loading = false;
    validate();
}

QString HazardReportForm::equipment() const { return m_equipment->currentData().toString(); }
QString HazardReportForm::area() const { return m_area->currentData().toString(); }

QJsonObject HazardReportForm::fields() const
{
    return {{u"category"_s, m_category->currentData().toString()}, {u"description"_s, m_description->text()},
            {u"equipment"_s, equipment()}, {u"area"_s, area()}, {u"responsible"_s, m_responsible->currentData().toString()}};
}

void HazardReportForm::setFields(const QJsonObject &f)
{
    m_loading = true;
    m_category->setCurrentIndex(std::max(0, m_category->findData(f.value(u"category"_s).toString())));
    m_description->setText(f.value(u"description"_s).toString());
    m_equipment->setCurrentIndex(std::max(0, m_equipment->findData(f.value(u"equipment"_s).toString())));
    m_area->setCurrentIndex(std::max(0, m_area->findData(f.value(u"area"_s).toString())));
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(f.value(u"responsible"_s).toString())));
    m_loading = false;
}

bool HazardReportForm::isBlank() const
{
    return m_photos.isEmpty() && m_description->text().trimmed().isEmpty() && m_category->currentIndex() <= 0
        && m_equipment->currentIndex() <= 0 && m_area->currentIndex() <= 0 && m_responsible->currentIndex() <= 0;
}

void HazardReportForm::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_error->hide();
    validate();
    m_autosave->start(); // a moment after the last change: nothing typed is lost
}

void HazardReportForm::reset()
{
    m_autosave->stop();
    m_loading = true;
    ++m_generation; // a save still under way no longer belongs to this form's content
    m_draftId = 0;
    m_photos.clear();
    m_removed.clear();
    m_category->setCurrentIndex(0);
    m_description->clear();
    m_equipment->setCurrentIndex(0);
    m_area->setCurrentIndex(0);
    m_responsible->setCurrentIndex(0);
    m_loading = false;
    m_dirty = false;
    for (const QString &k : kKinds)
        showPhoto(k);
    m_error->hide();
    m_draftStatus->clear();
    m_deleteDraft->setEnabled(false);
    validate();
}

QStringList HazardReportForm::problems() const
{
    QStringList p;
    if (m_category->currentData().toString().isEmpty())
        p << tr("Category: choose one");
    if (m_description->text().trimmed().isEmpty())
        p << tr("Description: missing");
    if (area().isEmpty())
        p << tr("Area: pick it, or scan the equipment's QR code");
    for (const QString &k : kKinds)
        if (!m_photos.contains(k))
            p << tr("Photo missing: %1").arg(kindTitle(k));
    return p;
}

void HazardReportForm::validate()
{
    const QStringList p = problems();
    m_hint->setText(p.isEmpty() ? tr("Complete: the photos are checked when you submit (face, QR, pixel limit).")
                                : tr("Still needed: %1").arg(p.join(u" · "_s)));
    m_hint->setStyleSheet(p.isEmpty() ? u"QLabel { color: #43a047; }"_s : u"QLabel { color: #f9a825; }"_s);
    m_submit->setEnabled(p.isEmpty() && !m_submitting);
}

void HazardReportForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT failed(message);
}

void HazardReportForm::showPhoto(const QString &kind)
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

void HazardReportForm::setPhotoFile(const QString &kind, const QString &path)
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
            showPhoto(l.kind);
            if (l.thumb.isNull())
                m_nameLabels.value(l.kind)->setText(tr("%1 — no preview: it may not be an image (checked on submission)").arg(l.name));
            changed();
            Q_EMIT photoLoaded(l.kind);
        },
        [this](const QString &e) { showError(e); });
}

void HazardReportForm::clearPhoto(const QString &kind)
{
    if (!m_photos.remove(kind))
        return;
    m_removed.insert(kind);
    showPhoto(kind);
    changed();
}

void HazardReportForm::setPanoramaEvidence(const EvidenceThumb &still)
{
    Photo p;
    p.evidenceId = still.id;
    p.name = tr("Camera %1 %2 · %3 · evidence #%4").arg(still.camera, still.cameraName, localTime(still.takenAt, m_snapshot)).arg(still.id);
    p.thumb = still.thumb.scaled(kThumbW, kThumbH, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.dirty = true;
    m_photos.insert(u"panorama"_s, p);
    m_removed.remove(u"panorama"_s);
    if (area().isEmpty() && !still.area.isEmpty()) { // the camera's area, unless the user chose one
        QSignalBlocker b(m_area);
        m_area->setCurrentIndex(std::max(0, m_area->findData(still.area)));
    }
    showPhoto(u"panorama"_s);
    changed();
    Q_EMIT photoLoaded(u"panorama"_s);
}

void HazardReportForm::scanQrFromDefect()
{
    const auto it = m_photos.constFind(u"defect"_s);
    if (it == m_photos.cend() || it->bytes.isEmpty()) {
        showError(tr("Attach the defect close-up first (with the equipment's QR label in view), or scan from a photo file."));
        return;
    }
    scanQr(it->bytes, it->name);
}

void HazardReportForm::scanQrFromFile(const QString &path)
{
    m_host->dataWorker()->call(
        this,
        [path](ServiceContext &ctx) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                gl::fail(ErrorCode::BadInput, u"%1: cannot open: %2"_s.arg(path, f.errorString()));
            return HazardService(ctx).equipmentFromQr({f.readAll(), path.section(u'/', -1)});
        },
        [this](EquipmentPick p) { pickEquipment(p.code); },
        [this](const QString &e) { showError(tr("QR scan: %1 — pick the equipment from the list instead.").arg(e)); });
}

void HazardReportForm::scanQr(const QByteArray &bytes, const QString &name)
{
    m_scan->setEnabled(false);
    m_host->dataWorker()->call(
        this, [bytes, name](ServiceContext &ctx) { return HazardService(ctx).equipmentFromQr({bytes, name}); },
        [this](EquipmentPick p) {
            m_scan->setEnabled(true);
            pickEquipment(p.code);
        },
        [this](const QString &e) {
            m_scan->setEnabled(true);
            showError(tr("QR scan: %1 — pick the equipment from the list instead.").arg(e));
        });
}

void HazardReportForm::pickEquipment(const QString &code)
{
    const int i = m_equipment->findData(code);
    if (i < 0) { // on the register but not in the layout this window has loaded
        showError(tr("Equipment %1 is not in this window's site layout yet: pick it from the list after the next refresh.").arg(code));
        return;
    }
    m_equipment->setCurrentIndex(i); // sets the area too
    m_error->hide();
    m_draftStatus->setText(tr("QR code read: equipment %1 in area %2.").arg(code, area()));
    Q_EMIT qrPicked(code);
}

void HazardReportForm::saveDraft()
{
    m_autosave->stop();
    if (!m_dirty || m_submitting)
        return;
    if (m_saving) { // one save at a time: a new draft must get its id before the next save
        m_saveAgain = true;
        return;
    }
    if (m_draftId == 0 && isBlank()) {
        m_dirty = false;
        return;
    }
    HazardDraft d;
    d.id = m_draftId;
    d.fields = fields();
    for (auto it = m_photos.begin(); it != m_photos.end(); ++it)
        if (it->dirty) {
            d.photos << HazardDraftPhoto{it.key(), it->name, it->bytes, it->evidenceId, {}, 0};
            it->dirty = false;
        }
    d.removedPhotos = QStringList(m_removed.cbegin(), m_removed.cend());
    m_removed.clear();
    m_dirty = false;
    m_saving = true;
    const int generation = m_generation;
    m_host->dataWorker()->call(
        this, [d](ServiceContext &ctx) { return HazardDraftService(ctx).save(d); },
        [this, generation](qint64 id) {
            m_saving = false;
            if (generation != m_generation) { // the form moved on (another draft, a new report): it is stored, that is all
                refreshDrafts(false);
                return;
            }
            m_draftId = id;
            m_deleteDraft->setEnabled(true);
            m_draftStatus->setText(tr("Draft saved %1 (kept for you until it is submitted or deleted)")
                                       .arg(processClock().now().toLocalTime().toString(u"HH:mm:ss"_s)));
            Q_EMIT draftSaved(id);
            if (m_saveAgain) {
                m_saveAgain = false;
                saveDraft();
            }
            refreshDrafts(false);
        },
        [this, d, generation](const QString &e) {
            m_saving = false;
            if (generation != m_generation) {
                showError(tr("The previous draft could not be saved: %1").arg(e));
                return;
            }
            m_dirty = true; // try again with the next change or on close
            for (const HazardDraftPhoto &p : d.photos)
                if (m_photos.contains(p.kind))
                    m_photos[p.kind].dirty = true;
            for (const QString &k : d.removedPhotos)
                m_removed.insert(k);
            showError(tr("The draft could not be saved: %1").arg(e));
        });
}

void HazardReportForm::refreshDrafts(bool restoreNewest)
{
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return HazardDraftService(ctx).list(); },
        [this, restoreNewest](QList<HazardDraft> drafts) {
            QSignalBlocker b(m_drafts);
            m_drafts->clear();
            m_drafts->addItem(tr("New report"), qint64(0));
            for (const HazardDraft &d : drafts) {
                const HazardTerm *cat = HazardRules::defaults().category(d.fields.value(u"category"_s).toString());
                QString text = d.fields.value(u"description"_s).toString();
                if (text.size() > 40)
                    text = text.left(39) + u'…';
                m_drafts->addItem(tr("%1 · %2 %3 · %n photo(s)", nullptr, int(d.photos.size()))
                                      .arg(localTime(d.updatedAt, m_snapshot), cat ? cat->zh : QString(), text),
                                  d.id);
            }
            m_drafts->setCurrentIndex(std::max(0, m_drafts->findData(m_draftId)));
            Q_EMIT draftsListed(int(drafts.size()));
            if (restoreNewest && !drafts.isEmpty() && m_draftId == 0 && isBlank())
                restoreDraft(drafts.first().id);
        },
        [this](const QString &e) { showError(e); });
}

void HazardReportForm::restoreDraft(qint64 id)
{
    m_host->dataWorker()->call(
        this,
        [id](ServiceContext &ctx) {
            LoadedDraft l{HazardDraftService(ctx).load(id), {}};
            for (const HazardDraftPhoto &p : l.draft.photos) {
                try {
                    l.thumbs.insert(p.kind, thumbnailOf(p.evidenceId ? EvidenceService(ctx).content(p.evidenceId) : p.bytes));
                } catch (const Error &) {
                    // no preview; the submission checks the photo
                }
            }
            return l;
        },
        [this](LoadedDraft l) {
            reset();
            m_draftId = l.draft.id;
            setFields(l.draft.fields);
            for (const HazardDraftPhoto &p : l.draft.photos) {
                QString name = p.name;
                if (p.evidenceId && m_snapshot)
                    name = tr("Camera still, evidence #%1").arg(p.evidenceId);
                m_photos.insert(p.kind, Photo{name, p.bytes, p.evidenceId, l.thumbs.value(p.kind), false});
                showPhoto(p.kind);
            }
            m_dirty = false;
            m_deleteDraft->setEnabled(true);
            m_draftStatus->setText(tr("Draft of %1 restored.").arg(localTime(l.draft.updatedAt, m_snapshot)));
            validate();
            refreshDrafts(false);
            Q_EMIT draftRestored(l.draft.id);
        },
        [this](const QString &e) { showError(e); });
}

void HazardReportForm::deleteDraft()
{
    const qint64 id = m_draftId;
    if (!id)
        return;
    reset();
    m_host->dataWorker()->call(
        this, [id](ServiceContext &ctx) { HazardDraftService(ctx).remove(id); },
        [this, id] {
            m_draftStatus->setText(tr("Draft deleted."));
            Q_UNUSED(id);
            refreshDrafts(false);
        },
        [this](const QString &e) { showError(e); });
}

void HazardReportForm::open()
{
    show();
    raise();
    activateWindow();
    refreshDrafts(m_draftId == 0 && isBlank());
}

void HazardReportForm::startWithEvidence(qint64 evidenceId, const QString &areaCode)
{
    saveDraft(); // whatever the form held is kept
    reset();
    show();
    raise();
    if (!areaCode.isEmpty()) {
        QSignalBlocker b(m_area);
        m_area->setCurrentIndex(std::max(0, m_area->findData(areaCode)));
    }
    m_host->dataWorker()->call(
        this,
        [evidenceId](ServiceContext &ctx) {
            EvidenceService ev(ctx);
            const EvidenceRecord r = ev.get(evidenceId);
            return EvidenceThumb{r.id, r.cameraCode, r.cameraName, {}, r.sha256, r.takenAt, r.width, r.height,
                                 thumbnailOf(ev.content(evidenceId), 200, 150)};
        },
        [this, areaCode](EvidenceThumb t) {
            t.area = areaCode;
            setPanoramaEvidence(t);
        },
        [this](const QString &e) { showError(e); });
    refreshDrafts(false);
}

void HazardReportForm::submit()
{
    if (!problems().isEmpty() || m_submitting)
        return;
    if (m_saving) { // a new draft is being stored: submit with its id, so the report removes it
        QTimer::singleShot(100, this, &HazardReportForm::submit);
        return;
    }
    HazardInput in;
    in.category = m_category->currentData().toString();
    in.description = m_description->text().trimmed();
    in.equipmentCode = equipment();
    in.areaCode = area();
    in.responsibleCode = m_responsible->currentData().toString();
    const Photo pano = m_photos.value(u"panorama"_s), defect = m_photos.value(u"defect"_s), face = m_photos.value(u"face"_s);
    if (pano.evidenceId)
        in.panoramaEvidenceId = pano.evidenceId;
    else
        in.panorama = {pano.bytes, pano.name};
    in.defect = {defect.bytes, defect.name};
    in.face = {face.bytes, face.name};
    m_autosave->stop();
    m_submitting = true;
    m_submit->setEnabled(false);
    m_error->hide();
    m_draftStatus->setText(tr("Checking the photos and submitting…"));
    // The draft (if any) is removed in the report's transaction; a refused report keeps it.
    const qint64 draftId = m_draftId;
    m_host->dataWorker()->call(
        this,
        [in, draftId](ServiceContext &ctx) mutable {
            in.draftId = draftId;
            HazardService svc(ctx);
            return svc.codeOf(svc.report(in));
        },
        [this](const QString &code) {
            m_submitting = false;
            reset();
            hide();
            refreshDrafts(false);
            Q_EMIT submitted(code);
        },
        [this](const QString &e) {
            m_submitting = false;
            validate();
            m_draftStatus->clear();
            showError(tr("Not reported — %1").arg(e));
            m_dirty = true; // keep what was entered
            saveDraft();
        },
        true);
}

void HazardReportForm::closeEvent(QCloseEvent *event)
{
    saveDraft(); // closing a half-filled form keeps the draft
    if (m_picker)
        m_picker->hide();
    QWidget::closeEvent(event);
    // The next open() restores from the store, like after a restart.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() && !m_saving && !m_submitting)
            reset();
        else if (!isVisible()) // a save still running: clear the form once it has its id
            QTimer::singleShot(500, this, [this] {
                if (!isVisible() && !m_saving && !m_submitting)
                    reset();
            });
    });
}

void HazardReportForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        saveDraft(); // switching away keeps the draft
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace gl
