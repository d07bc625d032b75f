// SPDX-License-Identifier: Apache-2.0
#include "modules/site/layout/SiteExtent.h"

#include <algorithm>

namespace gl::site {

QRectF extent(const SiteLayout &layout)
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    auto add = [&](QPointF p, double r = 0) {
        if (!any) {
            x0 = p.x() - r, x1 = p.x() + r, y0 = p.y() - r, y1 = p.y() + r;
            any = true;
            return;
        }
        x0 = std::min(x0, p.x() - r), x1 = std::max(x1, p.x() + r);
        y0 = std::min(y0, p.y() - r), y1 = std::max(y1, p.y() + r);
    };
    for (const Area &a : layout.areas)
        for (const QPointF &p : a.polygon)
            add(p);
    for (const Structure &st : layout.structures) {
        for (const QPointF &p : st.footprint)
            add(p);
        for (const QPointF &p : st.path)
            add(p, st.width / 2);
        if (st.kind == StructureKind::Tank || st.kind == StructureKind::Column)
            add(st.center, st.radius);
    }
    for (const Equipment &e : layout.equipment)
        add(QPointF(e.position.x, e.position.y));
    return any ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
}

} // namespace gl::site
