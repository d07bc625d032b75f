// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

#include <functional>

namespace gl {
namespace ui {

/// The camera wall's tiles' area: its owner lays the visible tiles out as 16:9 cells (cells()) on every
/// resize, through `relayout`.
class CameraTileArea : public QWidget {
public:
    using QWidget::QWidget;
    std::function<void()> relayout;
    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

    /// Where `count` 16:9 tiles go in `area`: the arrangement (columns × rows) giving the largest tiles,
    /// tiles as large as fit, the block centred (letterboxed), `spacing` pixels between tiles.
    static QList<QRect> cells(const QSize &area, int count, int spacing = 2);
    /// Sets the geometry of `tiles` (in order) to the cells of this area.
    void place(const QList<QWidget *> &tiles) const;

protected:
    void resizeEvent(QResizeEvent *) override;
};

} // namespace ui
} // namespace gl
