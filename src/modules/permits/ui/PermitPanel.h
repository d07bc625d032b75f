// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTreeWidget;

class QMainWindow;

namespace gl {
namespace ui {

class PanelHost;
class PermitEditor;
class PermitTimeline;

/// The Permits dock: the permit board by state (one column per lifecycle state), by area, and a
/// timeline of the permits around now. Double-clicking a permit opens its card (PermitEditor, non-modal);
/// "New permit" opens an empty editor. Reads only the Snapshot; edits go through the editor.
class PermitPanel : public QWidget {
    Q_OBJECT
public:
    PermitPanel(DataWorker *worker, QWidget *parent = nullptr);
    /// Creates the "permits" dock in `window`, tabbed with the records, fed with every snapshot.
    static PermitPanel *install(QMainWindow *window, PanelHost *host);

    void setSnapshot(const SnapshotPtr &s);
    /// Opens (or raises) the card of a permit.
    PermitEditor *openPermit(const QString &code);
    /// Opens an empty editor for a new permit.
    PermitEditor *newPermit();
    QTabWidget *views() const { return m_views; }
    /// The board column of a state (for tests).
    QListWidget *column(const QString &state) const;
    QTreeWidget *areaTree() const { return m_byArea; }

private:
    void rebuild();
    DataWorker *m_worker;
    SnapshotPtr m_snapshot;
    QTabWidget *m_views = nullptr;
    QLineEdit *m_filter = nullptr;
    QHash<QString, QListWidget *> m_columns;
    QHash<QString, QLabel *> m_columnTitles;
    QTreeWidget *m_byArea = nullptr;
    PermitTimeline *m_timeline = nullptr;
    QHash<QString, QPointer<PermitEditor>> m_editors;
};

/// Permits as bars on a time axis (yesterday to the day after tomorrow, site time), one row each,
/// coloured by state, with a line at now. Clicking a bar opens the permit.
class PermitTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PermitTimeline(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &s, const QString &filter);
    QSize sizeHint() const override;
    int rows() const { return int(m_rows.size()); }

Q_SIGNALS:
    void permitActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *e) override;

private:
    struct Row {
        QString code, type, state, title;
        qint64 start = 0, end = 0;
    };
    QList<Row> m_rows;
    SnapshotPtr m_snapshot;
    qint64 m_from = 0, m_to = 0;
};

} // namespace ui
} // namespace gl
