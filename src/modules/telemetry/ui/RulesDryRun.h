// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/RuleSetService.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace gl {
namespace ui {

class PanelHost;

/// The rules editor's dry run page: replays the stored samples through the edited rules and those in force, on a thread of its own.
///
/// The replay runs on its own thread and database connection (the data thread only hands over the store
/// and the signed-in user), reports its progress, can be cancelled, and shows per rule how many alarms
/// each side would have raised. Nothing is saved.
class RulesDryRun : public QWidget {
    Q_OBJECT
public:
    RulesDryRun(PanelHost *host, QWidget *parent);
    ~RulesDryRun() override; ///< cancels a replay still running and waits for its thread

    /// Replays the last `hours` of stored samples through `json` and the rules in force (ignored while one runs).
    void start(const QByteArray &json, int hours);
    void cancel();

Q_SIGNALS:
    /// "Dry run" was clicked: the editor starts it with its text.
    void runRequested(int hours);
    void finished();

private:
    void showResult(const DryRunResult &r);

    PanelHost *m_host;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_run, *m_cancel;
    QSpinBox *m_hours;
    QProgressBar *m_progress;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace ui
} // namespace gl
