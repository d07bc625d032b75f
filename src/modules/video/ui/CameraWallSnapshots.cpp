// SPDX-License-Identifier: Apache-2.0
// CameraWall's evidence stills: a tile's full-resolution snapshot, stored with its hash, then attached.
#include "modules/video/ui/CameraWall.h"
#include "modules/video/decode/EvidenceSnapshot.h"
#include "modules/video/logic/EvidenceService.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/EvidenceAttachDialog.h"
#include "platform/util/Error.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

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

} // namespace ui
} // namespace gl
