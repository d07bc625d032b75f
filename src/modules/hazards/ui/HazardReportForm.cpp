// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/ui/HazardReportForm.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/logic/HazardService.h"
#include "modules/hazards/ui/HazardReportDrafts.h"
#include "modules/hazards/ui/HazardReportPhotos.h"
#include "modules/video/logic/EvidenceService.h"
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
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

HazardReportForm::HazardReportForm(PanelHost *host, QWidget *parent) : QWidget(parent, Qt::Window), m_host(host)
{
    setObjectName(u"hazardReportForm"_s);
    setWindowTitle(tr("Report a hazard"));
    auto *v = new QVBoxLayout(this);
    m_photos = new HazardReportPhotos(m_host, this);
    m_drafts = new HazardReportDrafts(m_host, this, m_photos, v);

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
        const QString f = QFileDialog::getOpenFileName(this, tr("Photo of the equipment's QR label"), {}, HazardReportPhotos::fileFilter());
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

    m_photos->addRows(form);
    connect(m_photos, &HazardReportPhotos::fromCameraRequested, this, [this] {
        EvidencePicker *p = picker();
        p->reload(area(), m_snapshot);
        p->show();
        p->raise();
    });
    connect(m_photos, &HazardReportPhotos::loaded, this, [this](const QString &kind) {
        changed();
        Q_EMIT photoLoaded(kind);
    });
    connect(m_photos, &HazardReportPhotos::removed, this, &HazardReportForm::changed);
    connect(m_photos, &HazardReportPhotos::failed, this, &HazardReportForm::showError);
    connect(m_drafts, &HazardReportDrafts::saved, this, &HazardReportForm::draftSaved);
    connect(m_drafts, &HazardReportDrafts::restored, this, [this](qint64 id) {
        validate();
        Q_EMIT draftRestored(id);
    });
    connect(m_drafts, &HazardReportDrafts::listed, this, &HazardReportForm::draftsListed);
    connect(m_drafts, &HazardReportDrafts::failed, this, &HazardReportForm::showError);
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
qint64 HazardReportForm::draftId() const { return m_drafts->id(); }
bool HazardReportForm::hasPhoto(const QString &kind) const { return m_photos->has(kind); }
qint64 HazardReportForm::panoramaEvidence() const { return m_photos->value(u"panorama"_s).evidenceId; }

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
    return m_photos->isEmpty() && m_description->text().trimmed().isEmpty() && m_category->currentIndex() <= 0
        && m_equipment->currentIndex() <= 0 && m_area->currentIndex() <= 0 && m_responsible->currentIndex() <= 0;
}

void HazardReportForm::changed()
{
    if (m_loading)
        return;
    m_error->hide();
    validate();
    m_drafts->changed();
}

void HazardReportForm::reset()
{
    m_drafts->forget();
    m_photos->clearAll();
    m_loading = true;
    m_category->setCurrentIndex(0);
    m_description->clear();
    m_equipment->setCurrentIndex(0);
    m_area->setCurrentIndex(0);
    m_responsible->setCurrentIndex(0);
    m_loading = false;
    m_error->hide();
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
    for (const QString &k : HazardReportPhotos::kinds())
        if (!m_photos->has(k))
            p << tr("Photo missing: %1").arg(HazardReportPhotos::title(k));
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

void HazardReportForm::setPhotoFile(const QString &kind, const QString &path) { m_photos->setFile(kind, path); }
void HazardReportForm::clearPhoto(const QString &kind) { m_photos->clear(kind); }

void HazardReportForm::setPanoramaEvidence(const EvidenceThumb &still)
{
    m_photos->setPanoramaEvidence(still, hazardLocalTime(still.takenAt, m_snapshot));
    if (area().isEmpty() && !still.area.isEmpty()) { // the camera's area, unless the user chose one
        QSignalBlocker b(m_area);
        m_area->setCurrentIndex(std::max(0, m_area->findData(still.area)));
    }
    changed();
    Q_EMIT photoLoaded(u"panorama"_s);
}

void HazardReportForm::scanQrFromDefect()
{
    const HazardReportPhotos::Photo defect = m_photos->value(u"defect"_s);
    if (defect.bytes.isEmpty()) {
        showError(tr("Attach the defect close-up first (with the equipment's QR label in view), or scan from a photo file."));
        return;
    }
    scanQr(defect.bytes, defect.name);
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
    m_drafts->setStatus(tr("QR code read: equipment %1 in area %2.").arg(code, area()));
    Q_EMIT qrPicked(code);
}

void HazardReportForm::saveDraft() { m_drafts->save(); }
void HazardReportForm::restoreDraft(qint64 id) { m_drafts->restore(id); }
void HazardReportForm::deleteDraft() { m_drafts->remove(); }

void HazardReportForm::open()
{
    show();
    raise();
    activateWindow();
    m_drafts->refresh(m_drafts->id() == 0 && isBlank());
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
    m_drafts->refresh(false);
}

void HazardReportForm::submit()
{
    if (!problems().isEmpty() || m_submitting)
        return;
    if (m_drafts->saving()) { // a new draft is being stored: submit with its id, so the report removes it
        QTimer::singleShot(100, this, &HazardReportForm::submit);
        return;
    }
    HazardInput in;
    in.category = m_category->currentData().toString();
    in.description = m_description->text().trimmed();
    in.equipmentCode = equipment();
    in.areaCode = area();
    in.responsibleCode = m_responsible->currentData().toString();
    const HazardReportPhotos::Photo pano = m_photos->value(u"panorama"_s), defect = m_photos->value(u"defect"_s),
                                    face = m_photos->value(u"face"_s);
    if (pano.evidenceId)
        in.panoramaEvidenceId = pano.evidenceId;
    else
        in.panorama = {pano.bytes, pano.name};
    in.defect = {defect.bytes, defect.name};
    in.face = {face.bytes, face.name};
    m_submitting = true;
    m_submit->setEnabled(false);
    m_error->hide();
    m_drafts->setStatus(tr("Checking the photos and submitting…"));
    // The draft (if any) is removed in the report's transaction; a refused report keeps it.
    const qint64 draftId = m_drafts->id();
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
            m_drafts->refresh(false);
            Q_EMIT submitted(code);
        },
        [this](const QString &e) {
            m_submitting = false;
            validate();
            m_drafts->setStatus({});
            showError(tr("Not reported — %1").arg(e));
            m_drafts->markUnsaved(); // keep what was entered
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
        if (!isVisible() && !m_drafts->saving() && !m_submitting)
            reset();
        else if (!isVisible()) // a save still running: clear the form once it has its id
            QTimer::singleShot(500, this, [this] {
                if (!isVisible() && !m_drafts->saving() && !m_submitting)
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
