// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraList.h"
#include "modules/video/ui/CameraTile.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

QSize CameraList::sizeHint() const { return {fontMetrics().horizontalAdvance(u"CAM-00 · Tank farm"_s) + 16, 200}; }

QStringList CameraList::mimeTypes() const { return {QString::fromLatin1(kCameraMime)}; }

QMimeData *CameraList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *m = new QMimeData;
    m->setData(QString::fromLatin1(kCameraMime), items.first()->data(Qt::UserRole).toString().toUtf8());
    return m;
}

} // namespace ui
} // namespace gl
