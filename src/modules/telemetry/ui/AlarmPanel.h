// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gl {
namespace ui {

class TableModel;
class AlarmAnnunciator;
class AlarmFilterModel;

/// The alarm list (ISA-18.2): newest first, severity colour and symbol, acknowledge with Space.
class AlarmPanel : public QWidget {
    Q_OBJECT
public:
    explicit AlarmPanel(QWidget *parent = nullptr);
    /// Refreshes the list; the selection follows the selected alarm's id (never a row number), so a
    /// new alarm arriving above it does not move it to another alarm.
    void setSnapshot(const SnapshotPtr &s);
    /// The id of the selected alarm, 0 when none is selected.
    qint64 selectedAlarmId() const { return m_selectedId; }
    QTableView *view() const { return m_view; }
    QPushButton *acknowledgeButton() const { return m_ack; }
    /// Enables the context menu's "Instruction…" (issue 16), stored through `worker`.
    void setDataWorker(DataWorker *worker) { m_worker = worker; }
    /// Issue 16: tones by priority until acknowledged or silenced, the taskbar flash; filters and sort.
    AlarmAnnunciator *annunciator() const { return m_annunciator; }
    QPushButton *silenceButton() const { return m_silence; }
    QLineEdit *filterEdit() const { return m_filterText; }
    QComboBox *priorityFilter() const { return m_filterPriority; }
    QComboBox *stateFilter() const { return m_filterState; }
    /// Issue 16 (ISA-18.2): this workstation's operator position (the site's positions, QSettings
    /// `alarms/position`; the whole site by default) and the flood banner shown when more alarms than the
    /// site's limit reached that position within the window, naming the areas that flood on their own.
    QComboBox *positionBox() const { return m_position; }
    QLabel *floodBanner() const { return m_floodBanner; }
    const FloodStatus &flood() const { return m_flood; }
    /// The position this workstation is set to ("" = the site's first position).
    static QString workstationPosition();
    /// The flood status of `position` at the snapshot's time, as the service counted it (Snapshot::floods); an
    /// unknown position is the site's first.
    static FloodStatus floodOf(const Snapshot &s, const QString &position);
Q_SIGNALS:
    /// Exactly the alarm the dispatcher selected (Space or the button), with the row version the list showed
    /// (0: unknown); DataWorker::acknowledgeAlarm refuses it when the alarm changed since.
    void acknowledgeRequested(qint64 alarmId, qint64 version);

private:
    void filtersChanged();
    AlarmAnnunciator *m_annunciator = nullptr;
    AlarmFilterModel *m_filter = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_audible = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterPriority = nullptr;
    QComboBox *m_filterState = nullptr;
    void acknowledgeSelected();
    void selectionMoved();
    int rowOfId(qint64 id) const;
    TableModel *m_model;
    QList<AlarmRow> m_rows; ///< the typed rows of m_model's table, in its order
    QSortFilterProxyModel *m_proxy = nullptr;
    qint64 m_selectedId = 0;
    bool m_restoring = false;
    DataWorker *m_worker = nullptr;
    QTableView *m_view;
    QPushButton *m_ack;
    QLabel *m_banner;
    QComboBox *m_position = nullptr;
    QLabel *m_floodBanner = nullptr;
    FloodStatus m_flood;
    SnapshotPtr m_snapshot;
    void showFlood();
};

} // namespace ui
} // namespace gl
