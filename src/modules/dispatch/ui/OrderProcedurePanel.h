// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace gl {
namespace ui {

class TableModel;

/// The board's side panel (non-modal, issue #8): the procedure checklist of the selected dispatch order
/// (mark a step done, or skipped with a reason, as the signed-in user), the skipped steps the supervisor
/// and EHS manager review, and the signed-in user's notifications. Writes go through DataWorker::call.
class OrderProcedurePanel : public QWidget {
    Q_OBJECT
public:
    explicit OrderProcedurePanel(QWidget *parent = nullptr);
    void setDataWorker(DataWorker *worker) { m_worker = worker; }
    void setSnapshot(const SnapshotPtr &s);
    /// Shows the checklist of this order (empty: none selected).
    void showOrder(const QString &code);
    QString order() const { return m_order; }

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *stepList() const { return m_steps; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *skipButton() const { return m_skip; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// A step was marked (after the store accepted it); `notified` are the supervisors told of a skip.
    void stepMarked(const QString &order, int seq, const QString &outcome, const QStringList &notified);

private:
    void rebuildSteps();
    void mark(const QString &outcome);
    void markNotificationRead();
    void updateButtons();
    int selectedSeq() const;

    QPointer<DataWorker> m_worker;
    SnapshotPtr m_snapshot;
    QString m_order;
    QTabWidget *m_tabs;
    QLabel *m_header;
    QListWidget *m_steps;
    QLineEdit *m_reason;
    QPushButton *m_done, *m_skip;
    QLabel *m_status;
    TableModel *m_skipped;
    QTableView *m_skippedView;
    QListWidget *m_notifications;
    QPushButton *m_markRead;
};

} // namespace ui
} // namespace gl
