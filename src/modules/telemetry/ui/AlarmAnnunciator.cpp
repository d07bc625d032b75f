// SPDX-License-Identifier: Apache-2.0
#include "AlarmAnnunciator.h"

#include "shell/TableModel.h"

#include <QApplication>
#include <QSettings>
#include <QSoundEffect>
#include <QWidget>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace (the tones, resources/sounds.qrc, in a static library).
static void initSoundResources() { Q_INIT_RESOURCE(sounds); }

namespace gl {
namespace ui {

namespace {
QString settingsKey()
{
    return u"alarms/audible"_s;
}
} // namespace

int AlarmAnnunciator::rank(const QString &priority)
{
    if (priority == u"critical"_s)
        return 4;
    if (priority == u"high"_s)
        return 3;
    if (priority == u"medium"_s)
        return 2;
    if (priority == u"low"_s)
        return 1;
    return 0;
}

AlarmAnnunciator::AlarmAnnunciator(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
    initSoundResources();
    m_audible = QSettings().value(settingsKey(), true).toBool();
}

QSoundEffect *AlarmAnnunciator::effect(const QString &priority)
{
    QSoundEffect *&e = m_effects[priority];
    if (!e) {
        e = new QSoundEffect(this);
        e->setSource(QUrl(u"qrc:/sounds/alarm-%1.wav"_s.arg(priority)));
        e->setVolume(1.0);
    }
    return e;
}

void AlarmAnnunciator::play(const QString &priority)
{
    if (priority == m_sounding)
        return;
    for (QSoundEffect *e : std::as_const(m_effects))
        e->stop();
    m_sounding = priority;
    if (!priority.isEmpty() && m_audible) {
        QSoundEffect *e = effect(priority);
        e->setLoopCount(priority == u"low"_s ? 1 : QSoundEffect::Infinite);
        e->play();
    }
    Q_EMIT changed();
}

void AlarmAnnunciator::update(const QList<Waiting> &waiting)
{
    QSet<qint64> ids;
    bool arrived = false;
    for (const Waiting &w : waiting) {
        ids.insert(w.id);
        if (!m_known.contains(w.id))
            arrived = true;
    }
    m_known = ids;
    m_silenced.intersect(ids); // an acknowledged alarm that comes back later sounds again
    m_waiting = waiting;
    if (arrived && m_window && !m_window->isActiveWindow()) {
        QApplication::alert(m_window->window()); // the taskbar entry flashes until the window is activated
        ++m_alerts;
    }
    int best = 0;
    QString priority;
    for (const Waiting &w : waiting)
        if (!m_silenced.contains(w.id) && rank(w.priority) > best) {
            best = rank(w.priority);
            priority = w.priority;
        }
    // A low alarm chimes once when it arrives; it is not repeated (ISA-18.2 leaves low priority quiet).
    if (priority == u"low"_s && !arrived && m_sounding != u"low"_s)
        priority.clear();
    play(priority);
}

void AlarmAnnunciator::silence()
{
    for (const Waiting &w : std::as_const(m_waiting))
        m_silenced.insert(w.id);
    play({});
}

void AlarmAnnunciator::setAudible(bool on)
{
    if (on == m_audible)
        return;
    m_audible = on;
    QSettings().setValue(settingsKey(), on);
    const QString was = m_sounding;
    m_sounding.clear();
    for (QSoundEffect *e : std::as_const(m_effects))
        e->stop();
    play(was);
}

void AlarmFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AlarmFilterModel::setMinimumPriority(const QString &priority)
{
    m_minimumRank = AlarmAnnunciator::rank(priority);
    invalidateFilter();
}

void AlarmFilterModel::setStates(States states)
{
    m_states = states;
    invalidateFilter();
}

bool AlarmFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceRow < 0 || sourceRow >= m_rows.size())
        return false;
    const AlarmRow &row = m_rows[sourceRow];
    if (m_minimumRank > 0 && AlarmAnnunciator::rank(row.severity) < m_minimumRank)
        return false;
    const QString &state = row.state;
    if (m_states == States::Waiting && state != u"unacknowledged"_s && state != u"returned"_s)
        return false;
    if (m_states == States::Open && state == u"cleared"_s)
        return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (const QString &value : {row.message, row.area, row.tag, QString::number(row.id)})
            found = found || value.contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    Q_UNUSED(sourceParent);
    return true;
}

bool AlarmFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto *model = qobject_cast<const TableModel *>(sourceModel());
    if (model && left.column() == right.column() && model->columnKey(left.column()) == u"severity"_s)
        return AlarmAnnunciator::rank(left.data(Qt::UserRole).toString()) < AlarmAnnunciator::rank(right.data(Qt::UserRole).toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ui
} // namespace gl
