// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/SpatialGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gl::conflicts {

SpatialGrid::SpatialGrid(const std::vector<Box> &boxes, double reach)
    : m_boxes(boxes)
{
    if (boxes.empty())
        return;
    m_bounds = boxes.front();
    std::vector<double> extents;
    extents.reserve(boxes.size());
    for (const Box &b : boxes) {
        m_bounds.minX = std::min(m_bounds.minX, b.minX);
        m_bounds.minY = std::min(m_bounds.minY, b.minY);
        m_bounds.maxX = std::max(m_bounds.maxX, b.maxX);
        m_bounds.maxY = std::max(m_bounds.maxY, b.maxY);
        extents.push_back(std::max(b.maxX - b.minX, b.maxY - b.minY));
    }
    std::nth_element(extents.begin(), extents.begin() + std::ptrdiff_t(extents.size() / 2), extents.end());
    m_cell = std::max({1.0, reach, extents[extents.size() / 2]});

    const double width = m_bounds.maxX - m_bounds.minX;
    const double height = m_bounds.maxY - m_bounds.minY;
    // The cell count is capped whatever the input: a long thin spread (or coordinates far beyond the
    // loaders' bound, e.g. rows written before the bound existed) only coarsens the cells. Counted in
    // doubles, so nothing overflows an int before the cap applies; a non-finite spread gets one cell.
    const double maxCells = std::min(kMaxGridCells, std::max(4096.0, 4.0 * double(boxes.size())));
    if (!std::isfinite(width) || !std::isfinite(height) || !std::isfinite(m_cell)) {
        m_cell = std::numeric_limits<double>::infinity();
        m_nx = m_ny = 1;
    } else {
        auto count = [&](double cell) { return (std::floor(width / cell) + 1.0) * (std::floor(height / cell) + 1.0); };
        while (count(m_cell) > maxCells && std::isfinite(m_cell))
            m_cell *= 2.0;
        if (!std::isfinite(m_cell)) {
            m_nx = m_ny = 1;
        } else {
            m_nx = int(std::floor(width / m_cell)) + 1;
            m_ny = int(std::floor(height / m_cell)) + 1;
        }
    }
    m_cells.resize(size_t(m_nx) * size_t(m_ny));
    m_ranges.resize(boxes.size());
}

SpatialGrid::Range SpatialGrid::cellsOf(const Box &b) const
{
    // Clamped as doubles before the conversion: a query box far outside the bounds (or NaN from
    // infinite bounds) must not overflow the int.
    auto index = [](double v, int n) {
        if (!(v > 0.0))
            return 0; // also NaN
        return v >= double(n - 1) ? n - 1 : int(v);
    };
    auto clampX = [&](double v) { return index(std::floor((v - m_bounds.minX) / m_cell), m_nx); };
    auto clampY = [&](double v) { return index(std::floor((v - m_bounds.minY) / m_cell), m_ny); };
    return {clampX(b.minX), clampY(b.minY), clampX(b.maxX), clampY(b.maxY)};
}

void SpatialGrid::insert(int item)
{
    if (m_cells.empty())
        return;
    const Range r = m_ranges[size_t(item)] = cellsOf(m_boxes[size_t(item)]);
    for (int y = r.y0; y <= r.y1; ++y)
        for (int x = r.x0; x <= r.x1; ++x)
            m_cells[size_t(y) * size_t(m_nx) + size_t(x)].push_back(item);
}

void SpatialGrid::remove(int item)
{
    if (m_cells.empty())
        return;
    const Range r = m_ranges[size_t(item)];
    for (int y = r.y0; y <= r.y1; ++y) {
        for (int x = r.x0; x <= r.x1; ++x) {
            auto &cell = m_cells[size_t(y) * size_t(m_nx) + size_t(x)];
            const auto it = std::find(cell.begin(), cell.end(), item);
            if (it != cell.end()) {
                *it = cell.back();
                cell.pop_back();
            }
        }
    }
}

void SpatialGrid::query(const Box &area, int stamp, std::vector<int> &seen, std::vector<int> &out) const
{
    if (m_cells.empty())
        return;
    const Range r = cellsOf(area);
    for (int y = r.y0; y <= r.y1; ++y) {
        for (int x = r.x0; x <= r.x1; ++x) {
            for (int item : m_cells[size_t(y) * size_t(m_nx) + size_t(x)]) {
                if (seen[size_t(item)] != stamp) {
                    seen[size_t(item)] = stamp;
                    out.push_back(item);
                }
            }
        }
    }
}

} // namespace gl::conflicts
