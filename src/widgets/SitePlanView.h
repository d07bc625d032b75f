// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/DataWorker.h"

#include <QWidget>

namespace gl {
namespace ui {

/// A 2D plan of the site (top view): risk areas in the four-colour map, structures, open hazards as
/// pins, active permits as outlines, cameras with their field of view, alarmed areas with a halo.
/// It is the view used when the 3D map is not built in, and the plan view of the docs.
class SitePlanView : public QWidget {
    Q_OBJECT
public:
    explicit SitePlanView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    QSize sizeHint() const override { return {600, 300}; }

Q_SIGNALS:
    void objectPicked(const QString &kind, const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QTransform worldToScreen() const;
    SnapshotPtr m_snapshot;
};

} // namespace ui
} // namespace gl
