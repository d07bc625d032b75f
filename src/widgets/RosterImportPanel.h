// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/services/AdmissionService.h"

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

class MainWindow;

/// The shift kinds the shift roster names (issue #17): the list (code, name, Chinese name, start, end) and
/// a form to define one, through ContractorService::defineShift (contractor.edit, audited `shift.add`; bad
/// input named by field). Part of the imports tab, above the roster import that refers to them.
class ShiftKindsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ShiftKindsPanel(MainWindow *window, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QPushButton *defineButton() const { return m_define; }
    QLabel *statusLabel() const { return m_status; }
Q_SIGNALS:
    /// A kind was defined (true) or refused (false), with the message shown.
    void defined(bool ok, const QString &message);

private:
    void define();
    MainWindow *m_window;
    QTableWidget *m_table;
    QLineEdit *m_code, *m_name, *m_nameZh, *m_start, *m_end;
    QPushButton *m_define;
    QLabel *m_status;
    bool m_askedMayEdit = false;
};

/// Whitelist and shift-roster imports in the app (issue #5, docs/contractors.md): from a CSV file or the
/// access-control system's HTTP endpoint (admission.json access_control.url), through the connector
/// plugin. The fetch runs on its own thread (progress, Cancel); the differences since the last import
/// (added / removed / changed per person, malformed rows with line and field) are shown before anything
/// changes — the preview never writes. Apply imports exactly the rows previewed; with malformed rows it
/// is refused (and audited) unless "Import the good rows" is ticked, as the CLI's --confirm.
class RosterImportPanel : public QWidget {
    Q_OBJECT
public:
    explicit RosterImportPanel(MainWindow *window, QWidget *parent = nullptr);
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

    MainWindow *m_window;
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
