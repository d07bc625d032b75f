// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QObject>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;
class QWidget;

namespace gl {
namespace ui {

class HazardReportForm;
class HazardReportPhotos;
class PanelHost;

/// A time as the site's clock shows it (the snapshot's time zone; UTC without one).
QString hazardLocalTime(qint64 ms, const SnapshotPtr &s);

/// Keeps the hazard report form's content as the user's draft in the store (HazardDraftService).
///
/// Owns the draft row (the user's drafts, "Delete this draft", the status line) added to the form's
/// layout; saves a moment after each change (one save at a time), lists, restores and deletes drafts.
/// Reads and writes the content through the form's fields and its photos; every store call runs through
/// DataWorker::call.
class HazardReportDrafts : public QObject {
    Q_OBJECT
public:
    HazardReportDrafts(PanelHost *host, HazardReportForm *form, HazardReportPhotos *photos, QVBoxLayout *layout);

    qint64 id() const { return m_id; }
    bool saving() const { return m_saving; }
    /// The content changed: saved a moment later (nothing typed is lost).
    void changed();
    /// The content is to be saved with the next save, without waiting (a refused submission).
    void markUnsaved() { m_dirty = true; }
    /// The form was cleared: no draft open, a save still under way no longer belongs to the form's content.
    void forget();
    void setStatus(const QString &text);

    void save();
    /// Lists the user's drafts; with `restoreNewest`, the newest is restored into a blank form.
    void refresh(bool restoreNewest);
    void restore(qint64 id);
    void remove();

Q_SIGNALS:
    void saved(qint64 id);
    void restored(qint64 id);
    void listed(int count);
    void failed(const QString &message);

private:
    PanelHost *m_host;
    HazardReportForm *m_form;
    HazardReportPhotos *m_photos;
    QComboBox *m_list;
    QPushButton *m_delete;
    QLabel *m_status;
    QTimer *m_autosave;
    qint64 m_id = 0;
    int m_generation = 0;
    bool m_dirty = false, m_saving = false, m_saveAgain = false;
};

} // namespace ui
} // namespace gl
