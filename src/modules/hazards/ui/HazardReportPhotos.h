// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/logic/HazardDraftService.h"
#include "modules/hazards/ui/EvidencePicker.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

class QFormLayout;
class QLabel;
class QWidget;

namespace gl {
namespace ui {

class PanelHost;

/// The hazard report form's three photos: their rows, files read on the data thread, and what the draft lacks.
///
/// Each kind (panorama, defect, face) has a row of thumbnail, name, "Choose file…" and "Remove" (the
/// panorama also "From camera…"), added to the form's layout with the form as parent, so the form
/// finds them by objectName. Remembers which photos changed since the last draft save.
class HazardReportPhotos : public QObject {
    Q_OBJECT
public:
    struct Photo {
        QString name;
        QByteArray bytes;      ///< empty for an evidence still
        qint64 evidenceId = 0;
        QImage thumb;
        bool dirty = false;    ///< not yet in the draft
    };
    static const QStringList &kinds(); ///< panorama, defect, face
    static QString title(const QString &kind);
    static QString fileFilter(); ///< the photo files the dialogs offer

    HazardReportPhotos(PanelHost *host, QWidget *form);
    /// Adds the three photo rows to the form's layout.
    void addRows(QFormLayout *layout);

    bool isEmpty() const { return m_photos.isEmpty(); }
    bool has(const QString &kind) const { return m_photos.contains(kind); }
    Photo value(const QString &kind) const { return m_photos.value(kind); }

    /// Reads the file on the data thread; loaded(kind) when it is on the form, failed() when it cannot be read.
    void setFile(const QString &kind, const QString &path);
    /// Removes the photo; removed(kind) when there was one.
    void clear(const QString &kind);
    /// A camera evidence still as the panorama, `takenAt` as the site's clock shows it (no signal).
    void setPanoramaEvidence(const EvidenceThumb &still, const QString &takenAt);
    /// Puts a draft's photo on the form as stored (no signal).
    void restore(const QString &kind, const Photo &photo);
    /// No photos, nothing left to save.
    void clearAll();

    /// Moves what changed since the last save into `draft` (its photos and removed photos).
    void takeUnsaved(HazardDraft &draft);
    /// The save of `draft` failed: its photos and removals are unsaved again.
    void markUnsaved(const HazardDraft &draft);

Q_SIGNALS:
    void loaded(const QString &kind);
    void removed(const QString &kind);
    void fromCameraRequested();
    void failed(const QString &message);

private:
    void show(const QString &kind);

    PanelHost *m_host;
    QWidget *m_form;
    QHash<QString, QLabel *> m_thumbLabels, m_nameLabels;
    QHash<QString, Photo> m_photos;
    QSet<QString> m_removed;
};

} // namespace ui
} // namespace gl
