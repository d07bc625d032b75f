// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidgetItem;
class QTimer;
class QLineEdit;
class QComboBox;
class QListWidget;
class QPushButton;
class QGridLayout;
class QResizeEvent;

namespace gl {
namespace ui {

class OrderProcedurePanel;

/// The dispatch board: instructions waiting for acknowledgement on top (with the acknowledgement
/// countdown), orders as cards in columns by state with a live SLA countdown and their escalation badge,
/// and the selected order's procedure checklist, the skipped steps and notifications on the side.
class DispatchBoard : public QWidget {
    Q_OBJECT
public:
    explicit DispatchBoard(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);
Q_SIGNALS:
    void acknowledgeInstruction(qint64 instructionId);

public:
    /// The SIMOPS conflicts between permits that are approved, active or suspended now, one line each.
    QStringList currentConflicts() const { return m_conflictLines; }

    /// Dispatch procedures and live timers (issue #8). Writes of the procedure panel go through `worker`.
    void setDataWorker(DataWorker *worker);
    /// The time the countdowns show; by default the snapshot's time plus the time since it arrived.
    void setNowSource(std::function<qint64()> now);
    /// Re-renders the countdowns and the instruction banner from the last snapshot (every second; no DB).
    void updateTimers();
    OrderProcedurePanel *procedurePanel() const { return m_procedure; }
    QListWidget *column(int i) const { return m_columns.value(i); }
    QLabel *instructionBanner() const { return m_instruction; }
    /// Selects an order's card and shows its procedure.
    void selectOrder(const QString &code);
    QString selectedOrder() const { return m_selectedOrder; }

    /// Issue 16: the order's steps worked in place. The buttons (and each card's context menu) run one
    /// step of the selected order through OperationsService::applyOrder on the data thread; the assignee
    /// comes from the picker (on duty first), a note or reason from the text field.
    QPushButton *actionButton(const QString &action) const { return m_actionButtons.value(action); }
    QComboBox *assigneeBox() const { return m_assignee; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *actionStatus() const { return m_actionStatus; }
    /// Runs one step of the selected order (assign, accept, arrive, resolve, confirm, reopen, cancel).
    void runOrderAction(const QString &action);
    /// Issue 16: a card dropped on column `column` (0 open, 1 assigned/accepted, 2 on scene, 3 resolved/confirmed)
    /// takes the step that moves it there, through the same path as the buttons: on "Assigned" the assignee
    /// picker opens and the pick assigns; on "On scene" accept (when not yet accepted) and arrive; on
    /// "Resolved" the note is asked for (typed, then Enter) unless already typed; a resolved order dropped on
    /// "On scene" is reopened with the reason typed. A move that is no step is refused with the reason.
    void dropOrder(const QString &code, int column);
    /// Whether dropping `code` on `column` is a step, and which (or why not): what the drop indicator shows.
    std::pair<bool, QString> dropVerdict(const QString &code, int column) const;
    /// Opens the non-modal manual alarm form (a phone call) / the instruction form for the selected order.
    void openManualAlarm();
    void openInstruction(const QString &kind = {});

private:
    qint64 currentTime() const;
    void onCardSelected(QListWidgetItem *item);
    void updateActions();
    void loadResponders(const QString &area);
    void showCardMenu(QListWidget *list, const QPoint &pos);
    /// The steps of the selected order in sequence, on the data thread (e.g. accept then arrive).
    void runOrderSteps(const QStringList &actions);
    /// The step(s) a drop of an order in `state` on `column` performs; empty with `why` when none.
    QStringList dropSteps(const QString &state, int column, QString *why) const;
    /// The order `code` as the snapshot shows it, or null.
    const OrderRow *order(const QString &code) const;
    /// Why the signed-in person may not take `action` on `code` (whose step it is), or empty (core's orderStepRefusal).
    QString stepNotMine(const QString &code, const QString &action) const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// The step buttons in one row when the board is wide enough, else in two (a narrow dock).
    void reflowSteps();
    QStringList m_columnTitles;
    QGridLayout *m_steps = nullptr;
    QList<QPushButton *> m_stepOrder; ///< the step buttons in their order on screen
    int m_stepRows = 0;
    QString m_assignOnPick; ///< the order a drop on "Assigned" assigns when a responder is picked
    QString m_noteAction;   ///< the step Enter in the note runs after a drop asked for the note or reason
    DataWorker *m_worker = nullptr;
    QHash<QString, QPushButton *> m_actionButtons;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_actionStatus = nullptr;
    QString m_respondersArea;
    SnapshotPtr m_snapshot;
    std::function<qint64()> m_now;
    QElapsedTimer m_since;
    QTimer *m_tick = nullptr;
    OrderProcedurePanel *m_procedure = nullptr;
    QString m_selectedOrder;
    bool m_rebuilding = false;
    qint64 m_pendingAckDue = 0;
    QString m_pendingTarget, m_pendingText;

private:
    void showConflicts(const Snapshot &s);
    /// One order's card as the snapshot shows it (DispatchBoardCards.cpp).
    struct Card;
    /// The orders as cards, updated in place (DispatchBoardCards.cpp).
    void showCards(const Snapshot &s);
    QLabel *m_instruction;
    QLabel *m_conflicts = nullptr;
    QStringList m_conflictLines;
    QPushButton *m_ackInstruction;
    qint64 m_pendingInstruction = 0;
    QList<QListWidget *> m_columns;
};

} // namespace ui
} // namespace gl
