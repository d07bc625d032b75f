// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QDialog>
#include <QPointer>

namespace gl::video {
struct EvidenceSnapshot;
}

namespace gl {
namespace ui {

/// The dialog after an evidence still was stored: the picture and its fingerprint, attaching it to a hazard
/// or permit (the camera's area first, audited through the data thread) or reporting a hazard with it.
/// Non-modal: nothing blocks an alarm. Deletes itself when closed.
class EvidenceAttachDialog : public QDialog {
    Q_OBJECT
public:
    /// `area`: the camera's area; `snapshot`: where the open hazards and permits to attach to are read.
    EvidenceAttachDialog(qint64 id, const QString &code, const video::EvidenceSnapshot &snap, const QString &area,
                         const SnapshotPtr &snapshot, DataWorker *worker, QWidget *parent = nullptr);

Q_SIGNALS:
    /// "Report hazard with this snapshot": the hazard form opens with it (issue #7); the dialog closes.
    void reportHazardRequested(qint64 evidenceId, const QString &cameraCode, const QString &area);
};

} // namespace ui
} // namespace gl
