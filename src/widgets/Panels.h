// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/DataWorker.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidgetItem;
class QTimer;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QGridLayout;

namespace gl {
namespace ui {

class TableModel;
class OrderProcedurePanel;

/// A searchable, sortable table over one snapshot table.
class RecordTable : public QWidget {
    Q_OBJECT
public:
    RecordTable(TableModel *model, const QString &searchHint, QWidget *parent = nullptr);
    void focusSearch();
    void setSearch(const QString &text);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    TableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
};

/// Tabs of the records a coordinator and an EHS manager work with: contractors, permits, hazards, people.
class RecordsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecordsPanel(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);
    void focusSearch();
    /// Shows an object picked elsewhere (map, alarm): its tab, filtered to it.
    void showObject(const QString &kind, const QString &code);
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    TableModel *m_contractors, *m_permits, *m_hazards, *m_people;
    QList<RecordTable *> m_tables;
};

/// The alarm list (ISA-18.2): newest first, severity colour and symbol, acknowledge with Space.
class AlarmPanel : public QWidget {
    Q_OBJECT
public:
    explicit AlarmPanel(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s);
Q_SIGNALS:
    void acknowledgeRequested(qint64 alarmId);

private:
    void acknowledgeSelected();
    TableModel *m_model;
    QTableView *m_view;
    QPushButton *m_ack;
    QLabel *m_banner;
};

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

private:
    qint64 currentTime() const;
    void onCardSelected(QListWidgetItem *item);
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
    QLabel *m_instruction;
    QLabel *m_conflicts = nullptr;
    QStringList m_conflictLines;
    QPushButton *m_ackInstruction;
    qint64 m_pendingInstruction = 0;
    QList<QListWidget *> m_columns;
};

} // namespace ui
} // namespace gl
