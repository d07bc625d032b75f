// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Geometry.h"

#include <vector>

namespace gl::conflicts {

/// A uniform grid over a fixed list of bounding boxes, holding a changing subset of them (the permits
/// active at the sweep's current time). The cell size follows the typical box and the search reach;
/// the number of cells is capped by the number of boxes (and never exceeds kMaxGridCells), so outliers
/// far away or a long thin spread only make the cells coarser: the grid never allocates unbounded cells.
class SpatialGrid {
public:
    static constexpr double kMaxGridCells = 1 << 20;

    SpatialGrid(const std::vector<Box> &boxes, double reach);

    void insert(int item);
    void remove(int item);
    /// Appends to `out` each item in a cell that `area` touches, once: `seen[item]` is set to `stamp`.
    void query(const Box &area, int stamp, std::vector<int> &seen, std::vector<int> &out) const;

    double cellSize() const { return m_cell; }
    int cellCount() const { return m_nx * m_ny; }

private:
    struct Range {
        int x0, y0, x1, y1;
    };
    Range cellsOf(const Box &b) const;

    const std::vector<Box> &m_boxes;
    std::vector<Range> m_ranges; ///< the cells of each inserted item, kept for its removal
    Box m_bounds;
    double m_cell = 1.0;
    int m_nx = 1;
    int m_ny = 1;
    std::vector<std::vector<int>> m_cells;
};

} // namespace gl::conflicts
