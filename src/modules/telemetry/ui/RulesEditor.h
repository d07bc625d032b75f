// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/RuleSetService.h"
#include "shell/DataWorker.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMainWindow;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace gl {
namespace ui {

class PanelHost;
class RuleVersionList;
class RulesDryRun;
class TelemetryPanel;

/// The alarm rules editor (issue #8 item 3), a non-modal window: the saved versions (who, when, SHA-256,
/// rule count) with the diff of any version against the one in force, the rules in force as a table,
/// a JSON editor validated as you type by the engine's own parser (errors name the rule and the field),
/// a dry run replaying the last hours of stored samples through the edited and the in-force rules (on
/// its own thread and connection, cancellable), Save (a new version through TelemetryService::saveRules,
/// audited; the live pipeline switches at once) and Revert (an older version saved as a new one).
/// Read-only for users without `rules.edit`. The unsaved text is kept as a draft across closes.
///
/// This class is the window, the rules in force and the JSON editor with its validation, draft and Save;
/// the saved versions are RuleVersionList, the dry run RulesDryRun.
class RulesEditor : public QWidget {
    Q_OBJECT
public:
    /// Opens (or raises) the one editor of the window. `service` is the Telemetry dock, which reports the
    /// site service's state: the editor follows the rule version in force and asks it to reload after a save
    /// (null: no service is followed).
    static RulesEditor *open(PanelHost *host, TelemetryPanel *service);
    /// Adds "Alarm rules…" and "Duty roster…" to the window's Telemetry menu (created if missing).
    static void installMenu(QMainWindow *window, PanelHost *host, TelemetryPanel *service);

    RulesEditor(PanelHost *host, TelemetryPanel *service);
    ~RulesEditor() override;

    /// Re-reads the versions and the rules in force.
    void reload();
    /// The editor's text (for tests and the draft).
    QString text() const;
    void setText(const QString &json);
    /// Runs the dry run over the last `hours` of stored samples.
    void startDryRun(int hours);

Q_SIGNALS:
    /// A new version was saved (Save or Revert): the telemetry pipeline switches to it.
    void rulesSaved(int version);
    /// The editor finished loading (versions, rules in force) — tests wait for it.
    void loaded();
    void dryRunFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Loaded;
    void showLoaded(const std::shared_ptr<const Loaded> &data);
    void validate();
    void save();
    void revert(int version);
    void highlightError(const QString &message);
    void setLiveVersion(int version);

    PanelHost *m_host;
    std::shared_ptr<const Loaded> m_data;
    bool m_valid = false;
    QString m_error;
    QLabel *m_header, *m_live, *m_readOnly, *m_status;
    RuleVersionList *m_versions;
    QTableWidget *m_inForce, *m_editDiff;
    QPlainTextEdit *m_editor;
    QLineEdit *m_comment;
    QPushButton *m_save, *m_resetText;
    QTabWidget *m_tabs;
    QTimer *m_validateTimer;
    RulesDryRun *m_dryRun;
};

} // namespace ui
} // namespace gl
