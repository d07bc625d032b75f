// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/hazards/logic/HazardService.h"
#include "shell/DataWorker.h"

#include <QImage>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gl {
namespace ui {

class HazardReportForm;
class PanelHost;
class TableModel;

/// A hazard's detail with its photo thumbnails, read on the data thread.
struct HazardView {
    HazardDetail detail;
    QList<QImage> thumbnails; ///< one per detail.photos entry
};

/// The side-by-side viewer's images, rendered on the data thread.
struct HazardComparison {
    QString title, note;
    QImage left, middle, right;
    QString leftCaption, middleCaption, rightCaption;
};

/// Side-by-side photo viewer (non-modal): before / aligned after / change heat map for a rectification;
/// the re-inspection photo with a red frame over the failing region beside the after-photo "as it should
/// be" for a failed re-inspection.
class HazardViewer : public QWidget {
    Q_OBJECT
public:
    explicit HazardViewer(QWidget *parent = nullptr);
    void show(const HazardComparison &c);

private:
    QLabel *m_title, *m_note;
    QLabel *m_images[3], *m_captions[3];
};

/// The Hazards dock: list with filters (state, grade, area, overdue), the selected hazard's detail with
/// its photo timeline (before, after, re-inspection with times and hashes), and the actions its state
/// allows (report with three photos, grade/plan, assign, start, submit rectification, accept/reject,
/// re-inspect, compare). Every read and write runs through DataWorker::call.
class HazardPanel : public QWidget {
    Q_OBJECT
public:
    explicit HazardPanel(PanelHost *host);
    void setSnapshot(const SnapshotPtr &s);
    /// Selects a hazard and shows its detail.
    void showHazard(const QString &code);
    QString currentCode() const { return m_code; }
    HazardViewer *viewer() const { return m_viewer; }
    /// The detail last shown (for tests).
    const HazardView &view() const { return m_view; }
    /// The report form (created on first use); "Report hazard…" opens it with the user's newest draft.
    HazardReportForm *reportForm();
    /// Opens the report form with a camera evidence still as the panorama (camera wall: "Report hazard
    /// with this snapshot"); `area` is the camera's.
    void reportWithEvidence(qint64 evidenceId, const QString &area);

Q_SIGNALS:
    void detailShown(const QString &code);
    void actionFailed(const QString &message);
    void comparisonShown();

private:
    void applyFilters();
    void loadDetail(const QString &code);
    void showDetail(const HazardView &v);
    void runAction(const QString &action);
    void reportHazard();
    void gradeHazard();
    void assignHazard();
    void submitPhoto(bool reinspection);
    void compare(bool reinspection);
    void fail(const QString &message);

    PanelHost *m_host;
    SnapshotPtr m_snapshot;
    QComboBox *m_state, *m_grade, *m_area;
    QCheckBox *m_overdue;
    QTableView *m_table;
    TableModel *m_model;
    QList<HazardRow> m_shown; ///< the typed rows of m_model's table (the filtered hazards), in its order
    QLabel *m_header, *m_error;
    QListWidget *m_timeline;
    QTextBrowser *m_info;
    QList<QPushButton *> m_actions;
    HazardViewer *m_viewer;
    HazardReportForm *m_form = nullptr;
    QString m_code;
    HazardView m_view;
    QString m_refusal; ///< a refusal shown again over the detail reloaded after it (refusedThenReload)
    /// The hazard's row_version in the detail shown (schema step 21), empty when none is loaded.
    std::optional<qint64> shownVersion() const;
    /// A refused step: the message, then the detail reloaded (the hazard as it is now) with the message kept.
    void refusedThenReload(const QString &message);
};

} // namespace ui
} // namespace gl
