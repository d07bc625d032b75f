// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gl {
namespace ui {

class PanelHost;

/// A small preview of an image's bytes, decoded at reduced size (JPEG scales while decoding): for the
/// data thread. Null when the bytes are not an image.
QImage thumbnailOf(const QByteArray &bytes, int w = 120, int h = 90);

/// A camera evidence still as the picker lists it (thumbnail decoded on the data thread).
struct EvidenceThumb {
    qint64 id = 0;
    QString camera, cameraName, area, sha256;
    qint64 takenAt = 0;
    int width = 0, height = 0;
    QImage thumb;
};

/// "From camera…": the recent evidence stills, newest first, with camera, time and thumbnail, and "Take
/// snapshot now" from a camera covering the report's area (through the camera wall's snapshot path).
/// Non-modal; picked() hands the chosen still to the report form.
class EvidencePicker : public QWidget {
    Q_OBJECT
public:
    EvidencePicker(PanelHost *host, QWidget *parent);
    /// Lists the stills again; cameras of `area` are offered for a new snapshot (all cameras when none cover it).
    void reload(const QString &area, const SnapshotPtr &snapshot);
    QListWidget *list() const { return m_list; }
    /// Uses the still `id` as the panorama (as if double-clicked).
    void pick(qint64 id);
    /// Asks the camera wall for a still of `camera` now; listed and selected when stored.
    void takeSnapshot(const QString &camera);

Q_SIGNALS:
    void picked(const gl::ui::EvidenceThumb &still);
    void listed(int count);
    void snapshotFailed(const QString &message);

private:
    void showStills(const QList<EvidenceThumb> &stills);
    PanelHost *m_host;
    QListWidget *m_list;
    QComboBox *m_camera;
    QPushButton *m_take, *m_use;
    QLabel *m_status;
    QList<EvidenceThumb> m_stills;
    qint64 m_selectAfterLoad = 0;
    QString m_waitingFor;
    QString m_area;
    SnapshotPtr m_snapshot;
};

} // namespace ui
} // namespace gl

Q_DECLARE_METATYPE(gl::ui::EvidenceThumb)
