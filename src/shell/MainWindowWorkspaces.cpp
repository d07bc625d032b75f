// SPDX-License-Identifier: Apache-2.0
// The workspaces (issue 16): each role's arrangement of the docks, switched from the toolbar, and each user's
// own arrangement of each, saved and restored.
#include "shell/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLayout>
#include <QSettings>
#include <QSysInfo>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
/// The factory arrangement of a workspace for one 1600×900 screen: groups of docks, each group tabbed
/// in one area; a group with `below` set goes under the previous group of its area. `size` is the
/// group's width (left/right areas) or height (bottom) in pixels.
struct DockGroup {
    Qt::DockWidgetArea area;
    QStringList docks; ///< object names; the first is raised
    int size = 0;
    bool below = false;
};
struct WorkspaceDef {
    QString key;
    bool map; ///< the central 3D map as context
    QList<DockGroup> groups;
};
constexpr int kStateVersion = 2; // the per-workspace states (version 1: one layout per user)

const QList<WorkspaceDef> &workspaceDefs()
{
    static const QList<WorkspaceDef> defs = {
        {u"control"_s, true,
         {{Qt::RightDockWidgetArea, {u"cameraWall"_s}, 560},
          {Qt::RightDockWidgetArea, {u"alarms"_s}, 300, true},
          {Qt::BottomDockWidgetArea, {u"dispatch"_s, u"tasks"_s, u"records"_s}, 280}}},
        {u"permits"_s, true, {{Qt::RightDockWidgetArea, {u"permits"_s, u"tasks"_s}, 1000}}},
        {u"hazards"_s, true,
         {{Qt::RightDockWidgetArea, {u"hazards"_s, u"tasks"_s}, 1000},
          {Qt::BottomDockWidgetArea, {u"sitePlan"_s}, 240}}},
        {u"contractors"_s, false,
         {{Qt::LeftDockWidgetArea, {u"contractors"_s}, 1100}, {Qt::RightDockWidgetArea, {u"tasks"_s, u"records"_s}, 480}}},
        {u"reports"_s, false,
         // One tab group: the dashboards' three charts a row need the whole width of a 1600-pixel screen.
         {{Qt::LeftDockWidgetArea, {u"dashboard"_s, u"interruption"_s, u"correlation"_s, u"reports"_s}, 1600}}},
        {u"admin"_s, false,
         {{Qt::LeftDockWidgetArea, {u"telemetry"_s}, 1000}, {Qt::RightDockWidgetArea, {u"records"_s, u"tasks"_s}, 580}}},
    };
    return defs;
}

const WorkspaceDef *workspaceDef(const QString &key)
{
    for (const WorkspaceDef &d : workspaceDefs())
        if (d.key == key)
            return &d;
    return nullptr;
}
} // namespace

QStringList MainWindow::workspaceKeys()
{
    QStringList keys;
    for (const WorkspaceDef &d : workspaceDefs())
        keys << d.key;
    return keys;
}

QString MainWindow::defaultWorkspaceFor(const QString &roleKey)
{
    static const QHash<QString, QString> byRole = {
        {u"dispatcher"_s, u"control"_s},         {u"viewer"_s, u"control"_s},
        {u"area_supervisor"_s, u"permits"_s},    {u"safety_officer"_s, u"hazards"_s},
        {u"contractor_coordinator"_s, u"contractors"_s}, {u"ehs_manager"_s, u"reports"_s},
        {u"admin"_s, u"admin"_s},
    };
    return byRole.value(roleKey, u"control"_s);
}

QString MainWindow::settingsPrefix() const
{
    return u"workspaces/%1@%2/"_s.arg(m_user, QSysInfo::machineHostName());
}

void MainWindow::showWorkspace(const QString &key)
{
    if (!workspaceDef(key) || key == m_workspace)
        return;
    if (!m_workspace.isEmpty())
        m_workspaceStates[m_workspace] = saveState(kStateVersion); // as the user left it
    applyWorkspace(key, m_workspaceStates.value(key));
}

void MainWindow::applyWorkspace(const QString &key, const QByteArray &state)
{
    const WorkspaceDef *def = workspaceDef(key);
    if (!def)
        return;
    m_workspace = key;
    if (centralWidget())
        centralWidget()->setVisible(def->map); // hidden, the docks take the whole window
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *d : docks)
        d->hide(); // restoreState shows what the workspace had; docks it never saved stay out
    if (state.isEmpty() || !restoreState(state, kStateVersion)) {
        // The factory arrangement: the workspace's groups, everything else hidden.
        QHash<Qt::DockWidgetArea, QDockWidget *> lastInArea;
        struct Placed {
            const DockGroup *group;
            QDockWidget *first, *above;
        };
        QList<Placed> sized; // each group's first dock, and the one above it
        for (const DockGroup &g : def->groups) {
            QDockWidget *first = nullptr;
            for (const QString &name : g.docks) {
                auto *d = findChild<QDockWidget *>(name, Qt::FindDirectChildrenOnly);
                if (!d)
                    continue; // e.g. the site plan dock exists only beside the 3D map
                d->setFloating(false);
                removeDockWidget(d);
                if (!first) {
                    if (g.below && lastInArea.value(g.area)) {
                        addDockWidget(g.area, d);
                        splitDockWidget(lastInArea.value(g.area), d, Qt::Vertical);
                    } else {
                        addDockWidget(g.area, d, g.area == Qt::BottomDockWidgetArea ? Qt::Horizontal : Qt::Vertical);
                    }
                    first = d;
                } else {
                    addDockWidget(g.area, d);
                    tabifyDockWidget(first, d);
                }
                d->show();
            }
            if (!first)
                continue;
            first->raise();
            sized.append({&g, first, g.below ? lastInArea.value(g.area) : nullptr});
            lastInArea[g.area] = first;
        }
        // The sizes once the new places are laid out (else the area keeps the previous workspace's width).
        layout()->activate();
        for (const auto &[group, first, above] : sized) {
            const DockGroup &g = *group;
            if (g.area == Qt::BottomDockWidgetArea)
                resizeDocks({first}, {g.size}, Qt::Vertical);
            else if (above)
                resizeDocks({above, first}, {height() - g.size, g.size}, Qt::Vertical);
            else
                resizeDocks({first}, {g.size}, Qt::Horizontal);
        }
    }
    const int index = workspaceKeys().indexOf(key);
    if (m_workspaceBar)
        m_workspaceBar->setCurrentIndex(index);
    if (m_workspaceActions && index >= 0)
        m_workspaceActions->actions().at(index)->setChecked(true);
}

void MainWindow::saveLayout()
{
    if (m_user.isEmpty() || m_workspace.isEmpty())
        return;
    m_workspaceStates[m_workspace] = saveState(kStateVersion);
    QSettings s;
    const QString prefix = settingsPrefix();
    s.setValue(prefix + u"geometry"_s, saveGeometry());
    s.setValue(prefix + u"current"_s, m_workspace);
    for (auto it = m_workspaceStates.cbegin(); it != m_workspaceStates.cend(); ++it)
        s.setValue(prefix + u"state/"_s + it.key(), it.value());
}

void MainWindow::restoreLayout(const QString &roleKey)
{
    QSettings s;
    const QString prefix = settingsPrefix();
    m_workspaceStates.clear();
    m_workspace.clear();
    QString target = m_startWorkspace;
    if (target.isEmpty()) { // this user's own arrangements on this workstation, else the role's workspace
        restoreGeometry(s.value(prefix + u"geometry"_s).toByteArray());
        for (const QString &key : workspaceKeys())
            if (const QByteArray state = s.value(prefix + u"state/"_s + key).toByteArray(); !state.isEmpty())
                m_workspaceStates.insert(key, state);
        target = s.value(prefix + u"current"_s).toString();
        if (!workspaceDef(target))
            target = defaultWorkspaceFor(roleKey);
    }
    applyWorkspace(target, m_workspaceStates.value(target));
}

} // namespace ui
} // namespace gl
