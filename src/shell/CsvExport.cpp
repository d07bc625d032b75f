// SPDX-License-Identifier: Apache-2.0
#include "shell/CsvExport.h"
#include "platform/domain/Csv.h"
#include "platform/util/Clock.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

CsvTable csvTableOf(const QAbstractItemModel *model, const QHeaderView *header)
{
    CsvTable t;
    if (!model)
        return t;
    QList<int> columns;
    for (int v = 0; v < model->columnCount(); ++v) {
        const int logical = header ? header->logicalIndex(v) : v;
        if (header && header->isSectionHidden(logical))
            continue;
        columns << logical;
        t.header << model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c : columns)
            row << model->data(model->index(r, c), Qt::DisplayRole).toString();
        t.rows << row;
    }
    return t;
}

void exportCsv(QWidget *parent, const CsvTable &table, const QString &baseName)
{
    const QString suggested = QDir::home().filePath(u"%1-%2.csv"_s.arg(baseName, processClock().now().toLocalTime().date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export CSV"), suggested, QObject::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QPointer<QWidget> guard(parent);
    const qsizetype rows = table.rows.size();
    // Encoding and writing happen off the UI thread; the result comes back queued.
    QThreadPool::globalInstance()->start([table, path, guard, rows] {
        const QByteArray bytes = csv::encode(table.header, table.rows);
        QSaveFile f(path);
        QString error;
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            error = f.errorString();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, path, error, rows] {
                if (!guard)
                    return;
                if (!error.isEmpty()) {
                    QMessageBox::warning(guard, QObject::tr("Export CSV"),
                                         QObject::tr("%1 was not written: %2. Choose another folder or free disk space.").arg(path, error));
                    return;
                }
                if (auto *w = qobject_cast<QMainWindow *>(guard->window()))
                    w->statusBar()->showMessage(QObject::tr("%n row(s) exported to %1", nullptr, int(rows)).arg(path), 10000);
            },
            Qt::QueuedConnection);
    });
}

QPushButton *makeCsvButton(QWidget *parent, QTableView *view, const QString &baseName)
{
    auto *b = new QPushButton(QObject::tr("Export CSV…"), parent);
    b->setObjectName(u"exportCsv"_s);
    b->setToolTip(QObject::tr("Save the rows shown (sorted and filtered) with the visible columns as CSV for Excel"));
    QObject::connect(b, &QPushButton::clicked, parent, [parent, view, baseName] {
        exportCsv(parent, csvTableOf(view->model(), view->horizontalHeader()), baseName);
    });
    return b;
}

} // namespace ui
} // namespace gl
