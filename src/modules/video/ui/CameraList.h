// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QListWidget>

namespace gl {
namespace ui {

/// The camera wall's camera list: drags a camera's code (kCameraMime, from the item's Qt::UserRole) to the
/// wall. Narrow: codes and names are elided, the tooltip holds them in full.
class CameraList : public QListWidget {
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace ui
} // namespace gl
