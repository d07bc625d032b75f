// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraWallLayout.h"

#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

QString CameraWallLayout::settingsGroup() { return u"wall/"_s + QSysInfo::machineHostName(); }

CameraWallLayout CameraWallLayout::load(const QStringList &cameraOrder)
{
    CameraWallLayout l;
    QSettings s;
    s.beginGroup(settingsGroup());
    if (s.contains(u"grid"_s)) {
        l.saved = true;
        l.grid = s.value(u"grid"_s).toInt();
        if (l.grid != 1 && l.grid != 4 && l.grid != 9 && l.grid != 16)
            l.grid = 4;
        l.cameras = s.value(u"cameras"_s).toStringList();
        l.hotWork = s.value(u"preset"_s).toString() == u"hot_work"_s;
        l.full = s.value(u"full"_s).toString();
    } else { // first start on this workstation: the first cameras of the registry
        l.grid = 4;
        l.cameras = cameraOrder.mid(0, 16);
    }
    while (l.cameras.size() < 16)
        l.cameras << QString();
    if (s.contains(u"splitter"_s))
        l.splitter = s.value(u"splitter"_s).toByteArray();
    l.listShown = s.value(u"list"_s, true).toBool();
    return l;
}

void CameraWallLayout::save() const
{
    QSettings s;
    s.beginGroup(settingsGroup());
    s.setValue(u"grid"_s, grid);
    s.setValue(u"cameras"_s, cameras);
    s.setValue(u"preset"_s, hotWork ? u"hot_work"_s : u"custom"_s);
    s.setValue(u"full"_s, full);
    s.setValue(u"list"_s, listShown);
    if (!splitter.isEmpty())
        s.setValue(u"splitter"_s, splitter);
}

} // namespace ui
} // namespace gl
