// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

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

} // namespace ui
} // namespace gl
