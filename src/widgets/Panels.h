// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/DataWorker.h"

#include <QWidget>

class QLabel;
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

/// The dispatch board: instructions waiting for acknowledgement on top, orders in columns by state
/// with their SLA (due) times.
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
