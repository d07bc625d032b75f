// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/workspace/logic/QueryService.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimeZone>

#include <optional>

class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace gl {
namespace ui {

/// A column of a list view: which key of the snapshot table, under which (translated) title.
struct ColumnSpec {
    QString key;
    QString title;
};

/// Shows one snapshot Table: times in the site's zone, states translated, abnormal values coloured
/// (expired red, expiring amber, severity colours). Sorting and filtering happen in a proxy.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);
    /// Shows `table`. With a key (setKey) and the same columns and zone as before, only what changed is
    /// reported: rows gone are removed, new rows inserted, changed rows updated, and a new `now` repaints the
    /// cells that depend on it. The views keep their selection, current row and scroll position, and a sorted
    /// proxy re-sorts only what changed. Otherwise (no key, another table, a duplicate key, rows reordered,
    /// most rows new) the model is reset.
    void setTable(const Table &table, const QTimeZone &zone, qint64 now);
    /// The columns (of the snapshot table) whose values name a row: the key by which setTable matches rows.
    void setKey(QStringList columns)
    {
        m_key = std::move(columns);
        m_rowKeys.reset();
    }
    /// How many times setTable reset the model (the rest were updated in place).
    int resets() const { return m_resets; }
    const Table &table() const { return m_table; }
    /// The snapshot key shown in view column `column` (empty when out of range).
    QString columnKey(int column) const { return column >= 0 && column < m_columns.size() ? m_columns[column].key : QString(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Human text for an enumerated value (state, type, severity...), translated.
    static QString label(const QString &value);

private:
    /// Updates in place towards `table` (same columns and zone); false when it can't (the caller resets).
    bool updateInPlace(const Table &table, qint64 now);
    /// A new time: repaints the colours and tips that compare with it.
    void updateTime(qint64 now);
    QList<ColumnSpec> m_columns;
    QStringList m_key;
    std::optional<QStringList> m_rowKeys; ///< the shown rows' keys, from the last update in place (none after a reset)
    int m_resets = 0;
    QList<int> m_source; ///< column index in m_table for each spec
    Table m_table;
    QTimeZone m_zone;
    qint64 m_now = 0;
};

/// A read-only, row-selecting table for panels that fill their rows by hand: header labels, no
/// row numbers, alternating rows, the last column stretched.
QTableWidget *makeReadOnlyTable(const QStringList &headers, QWidget *parent);
/// A sortable view over a snapshot table (a TableModel behind a filter): rows selected whole, alternating
/// rows, no row numbers, the last column stretched, no word wrap.
QTableView *makeTableView(QWidget *parent);
/// A cell for such a hand-filled table: `text`, in `fg` when that is valid.
QTableWidgetItem *tableCell(const QString &text, const QColor &fg = {});

} // namespace ui
} // namespace gl
