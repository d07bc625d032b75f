// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraTileArea.h"

#include <algorithm>
#include <cmath>

namespace gl {
namespace ui {

void CameraTileArea::resizeEvent(QResizeEvent *)
{
    if (relayout)
        relayout();
}

QList<QRect> CameraTileArea::cells(const QSize &area, int count, int spacing)
{
    QList<QRect> cells;
    if (count <= 0 || area.width() <= 0 || area.height() <= 0)
        return cells;
    // Every arrangement of `count` tiles (columns × rows); the one whose 16:9 tiles come out largest wins.
    int bestColumns = 1;
    double bestWidth = -1;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double w = std::min((area.width() - spacing * (columns - 1)) / double(columns),
                                  (area.height() - spacing * (rows - 1)) / double(rows) * 16.0 / 9.0);
        if (w > bestWidth + 0.5) {
            bestWidth = w;
            bestColumns = columns;
        }
    }
    const int columns = bestColumns, rows = (count + columns - 1) / columns;
    const int w = std::max(1, int(std::floor(bestWidth))), h = std::max(1, int(std::floor(bestWidth * 9.0 / 16.0)));
    const int blockW = columns * w + spacing * (columns - 1), blockH = rows * h + spacing * (rows - 1);
    const int x0 = (area.width() - blockW) / 2, y0 = (area.height() - blockH) / 2;
    for (int i = 0; i < count; ++i)
        cells << QRect(x0 + (i % columns) * (w + spacing), y0 + (i / columns) * (h + spacing), w, h);
    return cells;
}

void CameraTileArea::place(const QList<QWidget *> &tiles) const
{
    const QList<QRect> c = cells(size(), int(tiles.size()));
    for (int i = 0; i < int(tiles.size()) && i < int(c.size()); ++i)
        tiles[i]->setGeometry(c[i]);
}

} // namespace ui
} // namespace gl
