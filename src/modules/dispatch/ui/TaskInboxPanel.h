// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

class QMainWindow;

namespace gl {
namespace ui {

class PanelHost;
class TableModel;

/// The task inbox per user (issue 16 item 5): what the signed-in person has to do, soonest due first
/// (InboxService: assigned orders, escalations, re-inspections, permit sign-offs, contractor document
/// tasks, unread notifications). Overdue rows are red. Enter or a double click opens the object where it
/// is worked (PanelHost::showObject); a notification is marked read there. The dock's title counts.
class TaskInboxPanel : public QWidget {
    Q_OBJECT
public:
    explicit TaskInboxPanel(DataWorker *worker, QWidget *parent = nullptr);
    static TaskInboxPanel *install(QMainWindow *window, PanelHost *host);
    void setSnapshot(const SnapshotPtr &s);
    QTableView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *markReadButton() const { return m_read; }
    int count() const;

Q_SIGNALS:
    /// Open an object where it is worked: ("order", code), ("hazard", code), ("permit", code)…
    void openRequested(const QString &objectType, const QString &objectId);

private:
    void openCurrent();
    void markCurrentRead();
    int currentRow() const;
    DataWorker *m_worker;
    TableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_open, *m_read;
    SnapshotPtr m_snapshot;
    QList<InboxItem> m_items; ///< the shown rows as typed items (the snapshot's inboxItems; the model holds the kind in words)
};

} // namespace ui
} // namespace gl
