// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;
class QPushButton;
class QTableView;
class QWidget;

namespace gl {
namespace ui {

/// The visible columns (their header texts) and the rows of a view's model as shown: sorted and
/// filtered, display text. Hidden header sections are left out, in the header's visual order.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
};
CsvTable csvTableOf(const QAbstractItemModel *model, const QHeaderView *header = nullptr);

/// Asks where to save, then writes `table` as CSV (UTF-8 with BOM, RFC 4180) on a pool thread; the
/// outcome is shown in the window's status bar (or a message box on failure).
void exportCsv(QWidget *parent, const CsvTable &table, const QString &baseName);

/// An "Export CSV…" button that exports what `view` shows.
QPushButton *makeCsvButton(QWidget *parent, QTableView *view, const QString &baseName);

} // namespace ui
} // namespace gl
