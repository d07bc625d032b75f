// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include "modules/workspace/logic/ViewRows.h"

class QSoundEffect;
class QWidget;

namespace gl {
namespace ui {

/// The operator's side of ISA-18.2 annunciation (issue 16): while an alarm waits for acknowledgement,
/// the tone of the highest waiting priority repeats (critical, high and medium repeat until acknowledged
/// or silenced; low chimes once), each priority with its own pattern (resources/sounds, made by
/// scripts/make-alarm-tones.py). Silence quiets the alarms sounding now; any new alarm sounds again.
/// A new alarm also flashes the taskbar entry when the window is not in front (QApplication::alert).
class AlarmAnnunciator : public QObject {
    Q_OBJECT
public:
    struct Waiting {
        qint64 id = 0;
        QString priority; ///< critical, high, medium, low
    };
    explicit AlarmAnnunciator(QWidget *window, QObject *parent = nullptr);

    /// The alarms waiting for acknowledgement now (unacknowledged or returned), from each snapshot.
    void update(const QList<Waiting> &waiting);
    /// Quiets the alarms waiting now; an alarm that arrives later sounds again.
    void silence();
    /// This workstation's choice (saved per user and host in QSettings); off keeps the flash and banner.
    void setAudible(bool on);
    bool isAudible() const { return m_audible; }

    /// The priority whose tone is repeating (or the chime just started for "low"); empty when quiet.
    QString sounding() const { return m_sounding; }
    /// Waiting alarms that were silenced (they stay silent until acknowledged and do not sound again).
    int silencedCount() const { return int(m_silenced.size()); }
    /// How often a new alarm asked the window manager to flash the window (for tests and the log).
    int alerts() const { return m_alerts; }
    static int rank(const QString &priority);

Q_SIGNALS:
    void changed();

private:
    void play(const QString &priority);
    QSoundEffect *effect(const QString &priority);
    QPointer<QWidget> m_window;
    QHash<QString, QSoundEffect *> m_effects;
    QSet<qint64> m_known, m_silenced;
    QList<Waiting> m_waiting;
    QString m_sounding;
    bool m_audible = true;
    int m_alerts = 0;
};

/// The alarm list's filters (issue 16): text (alarm, area, tag), lowest priority shown, and which
/// states; sorting by any column with priority ranked (critical first), not alphabetical.
class AlarmFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class States { All, Waiting, Open };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setMinimumPriority(const QString &priority); ///< empty: every priority
    void setStates(States states);
    /// The typed rows of the source model's table, in its order; before the model gets that table (its reset
    /// filters again by them).
    void setRows(const QList<AlarmRow> &rows) { m_rows = rows; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    int m_minimumRank = 0;
    States m_states = States::All;
    QList<AlarmRow> m_rows;
};

} // namespace ui
} // namespace gl
