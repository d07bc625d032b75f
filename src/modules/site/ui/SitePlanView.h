// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "shell/DataWorker.h"

#include <QTransform>
#include <QWidget>

class QPainter;

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
    const SnapshotPtr &snapshot() const { return m_snapshot; }
    QSize sizeHint() const override { return {600, 300}; }
    /// Site metres to widget pixels (y north = up): the site's extent with a 10 m margin, fitted below the
    /// title. Only meaningful with a layout (snapshot with areas).
    QTransform worldToScreen() const;
    /// The rectangle (site metres) holding every area, structure and equipment of the layout: what the plan
    /// shows, and where a work area drawn on it may lie (AreaDrawView).
    static QRectF siteExtent(const site::SiteLayout &layout);

Q_SIGNALS:
    void objectPicked(const QString &kind, const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    /// Drawn last, over the plan, with the world-to-screen transform (AreaDrawView draws the work area).
    virtual void paintOverlay(QPainter &, const QTransform &) {}

private:
    SnapshotPtr m_snapshot;
};

} // namespace ui
} // namespace gl
