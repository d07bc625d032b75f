// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/RosterImport.h"
#include "modules/admission/ui/ShiftKindsPanel.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class PanelHost;


/// Whitelist and shift-roster imports in the app (issue #5, docs/contractors.md): from a CSV file or the
/// access-control system's HTTP endpoint (admission.json access_control.url), through the connector
/// plugin. The fetch runs on its own thread (progress, Cancel); the differences since the last import
/// (added / removed / changed per person, malformed rows with line and field) are shown before anything
/// changes — the preview never writes. Apply imports exactly the rows previewed; with malformed rows it
/// is refused (and audited) unless "Import the good rows" is ticked, as the CLI's --confirm.
class RosterImportPanel : public QWidget {
    Q_OBJECT
public:
    explicit RosterImportPanel(PanelHost *host, QWidget *parent = nullptr);
    ~RosterImportPanel() override;

    /// Programmatic entry points (the buttons call them; tests too): kind "whitelist"/"shifts",
    /// source "csv" (location = file) or "http" (location = URL).
    void preview(const QString &kind, const QString &source, const QString &location);
    void apply();
    void cancel();
    bool busy() const { return m_busy; }
    /// Reloads the list of previous imports and the shift kinds.
    void reload();

Q_SIGNALS:
    /// A preview is on screen: rows accepted, malformed rows.
    void previewShown(int accepted, int malformed);
    /// An import was applied (true) or refused / failed (false), with the message shown.
    void applied(bool ok, const QString &message);
    void failed(const QString &message);

private:
    void browse();
    void previewClicked();
    void showPreview(const RosterDiff &d, const QString &source);
    void loadHistory();
    void setBusy(bool busy, const QString &what = {});
    void report(const QString &message, bool bad);
    QString kind() const;

    PanelHost *m_host;
    QComboBox *m_kind, *m_source;
    QLineEdit *m_location;
    QPushButton *m_browse, *m_preview, *m_apply, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary, *m_status;
    QTableWidget *m_diff, *m_history;
    QCheckBox *m_keepGood;
    ShiftKindsPanel *m_kinds;
    bool m_busy = false;
    quint64 m_generation = 0; ///< a cancelled or superseded fetch's result is dropped
    // What the preview showed: Apply imports exactly these rows.
    QString m_previewKind, m_previewSource;
    QList<sdk::RosterRow> m_rows;
};

} // namespace ui
} // namespace gl
