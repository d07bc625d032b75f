// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/ui/EvidencePicker.h"
#include "shell/DataWorker.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

class HazardReportDrafts;
class HazardReportPhotos;
class PanelHost;

/// The hazard report form (non-modal window): category, description, equipment picked from the register
/// or by scanning its QR code in a photo, area, responsible person, and the three photos (the panorama
/// from a file or a camera evidence still). Validates as the user types. A half-filled form is kept as a
/// draft per user in the store (HazardDraftService): saved a moment after each change, when the window
/// is left or closed, restored when the form opens again; drafts are listed and deletable, and the
/// submission removes its draft. Every read and write runs through DataWorker::call.
///
/// This class keeps the fields (lists from the snapshot, equipment and area kept consistent, the QR scan),
/// the validation and the submission; the photos are HazardReportPhotos, the drafts HazardReportDrafts.
class HazardReportForm : public QWidget {
    Q_OBJECT
public:
    explicit HazardReportForm(PanelHost *host, QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);

    /// Shows the form; when it holds nothing, the user's newest draft is restored.
    void open();
    /// A new report with a camera evidence still as the panorama and the camera's area (the form's
    /// current content is kept as a draft first).
    void startWithEvidence(qint64 evidenceId, const QString &area);

    // What the user does, callable directly (tests, shortcuts).
    void setPhotoFile(const QString &kind, const QString &path);
    void clearPhoto(const QString &kind);
    void setPanoramaEvidence(const EvidenceThumb &still);
    void scanQrFromFile(const QString &path);
    void scanQrFromDefect();
    void saveDraft();
    void submit();
    void restoreDraft(qint64 id);
    void deleteDraft();
    EvidencePicker *picker();

    qint64 draftId() const;
    QString equipment() const;
    QString area() const;
    bool hasPhoto(const QString &kind) const;
    qint64 panoramaEvidence() const;
    QStringList problems() const; ///< what still keeps the report from being submitted (empty: complete)

    // What the drafts (HazardReportDrafts) read and write.
    const SnapshotPtr &snapshot() const { return m_snapshot; }
    QJsonObject fields() const; ///< the fields as a draft stores them (not the photos)
    void setFields(const QJsonObject &f);
    bool isBlank() const;       ///< nothing entered, no photo
    bool submitting() const { return m_submitting; }
    /// Clears the form: a new, empty report (no draft open).
    void reset();

Q_SIGNALS:
    void submitted(const QString &code);
    void draftSaved(qint64 id);
    void draftRestored(qint64 id);
    void draftsListed(int count);
    void photoLoaded(const QString &kind);
    void qrPicked(const QString &equipment);
    void failed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void changed();
    void validate();
    void showError(const QString &message);
    void fillLists();
    void pickEquipment(const QString &code);
    void scanQr(const QByteArray &bytes, const QString &name);

    PanelHost *m_host;
    SnapshotPtr m_snapshot;
    HazardReportPhotos *m_photos;
    HazardReportDrafts *m_drafts;
    QComboBox *m_category, *m_equipment, *m_area, *m_responsible;
    QLineEdit *m_description;
    QPushButton *m_submit, *m_scan;
    QLabel *m_hint, *m_error;
    QPointer<EvidencePicker> m_picker;
    bool m_loading = false, m_submitting = false;
};

} // namespace ui
} // namespace gl
