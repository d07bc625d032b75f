// SPDX-License-Identifier: Apache-2.0
// AreaDrawView::paintOverlay: the drawing on the plan: snap targets, SIMOPS neighbours, corners, cursor.
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitEditor.h"
#include "modules/site/layout/SiteExtent.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

/// A free click lands on the decimetre (a pixel is about that at the plan's scale); a point on an edge
/// on the centimetre. Snapped points (equipment, corners, centres) keep their exact coordinates.
double roundTo(double v, double perMetre) { return std::round(v * perMetre) / perMetre + 0.0; }

QString metres(double v) { return QString::number(roundTo(v, 1000), 'g', 12); }

const QColor kDrawn(0xff, 0xca, 0x28);     // amber: the work area being drawn
const QColor kRefused(0xe5, 0x39, 0x35);   // red: a closed drawing that cannot be the work area
const QColor kSnap(0x66, 0xbb, 0x6a);      // green: where a click lands on an object
const QColor kNeighbour(0x64, 0xb5, 0xf6); // blue: the other permits' areas (SIMOPS)

} // namespace

void AreaDrawView::paintOverlay(QPainter &p, const QTransform &t)
{
    if (!ready())
        return;
    const Snapshot &s = *snapshot();
    auto poly = [&](const site::Polygon &pts) {
        QPolygonF q;
        for (const QPointF &pt : pts)
            q << t.map(pt);
        return q;
    };
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    p.setFont(small);

    // Where a work area may lie: the site's extent.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xb0, 0xb3, 0xb8, 150), 1, Qt::DotLine));
    p.drawRect(t.mapRect(siteExtent(s.layout)));

    // What a click snaps to: the structures named, the equipment as dots (the plain plan leaves them out).
    p.setPen(QColor(0xc8, 0xcb, 0xd0));
    for (const site::Structure &st : s.layout.structures) {
        const QPointF anchor = !st.footprint.isEmpty() ? t.map(site::centroid(st.footprint))
                             : !st.path.isEmpty()      ? t.map(st.path.at(st.path.size() / 2))
                                                       : t.map(st.center);
        p.drawText(QRectF(anchor.x() - 60, anchor.y() - 9, 120, 18), Qt::AlignCenter, st.code);
    }
    for (const site::Equipment &e : s.layout.equipment) {
        const QPointF c = t.map(QPointF(e.position.x, e.position.y));
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(QColor(0xec, 0xef, 0xf1));
        p.drawEllipse(c, 3.5, 3.5);
        p.setPen(QColor(0xec, 0xef, 0xf1));
        p.drawText(QRectF(c.x() + 6, c.y() + 2, 120, 16), Qt::AlignLeft | Qt::AlignTop, e.code);
    }

    // The SIMOPS neighbours: the other approved, active and suspended permits' areas.
    const QStringList others = neighbours();
    for (const PermitRow &r : s.permitRows) {
        if (!others.contains(r.code))
            continue;
        const QPolygonF q = poly(r.polygon);
        if (q.size() < 3)
            continue;
        QColor fill = kNeighbour;
        fill.setAlpha(45);
        p.setBrush(fill);
        p.setPen(QPen(kNeighbour, 1.5, Qt::DashLine));
        p.drawPolygon(q);
        p.setPen(kNeighbour.lighter(130));
        const QRectF b = q.boundingRect();
        p.drawText(QRectF(b.left() + 3, b.top() + 2, 260, 18), Qt::AlignLeft | Qt::AlignTop,
                   u"%1 · %2 · %3"_s.arg(r.code, PermitEditor::typeTitle(r.type), permitStateTitle(r.state)));
    }

    // The drawing.
    const site::Polygon pts = corners();
    const bool refused = m_closed && !problem(pts).isEmpty();
    const QColor line = refused ? kRefused : kDrawn;
    if (!pts.isEmpty()) {
        const QPolygonF q = poly(pts);
        if (m_closed) {
            QColor fill = line;
            fill.setAlpha(80);
            p.setBrush(fill);
            p.setPen(QPen(line, 2.5));
            p.drawPolygon(q);
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(line, 2.5));
            p.drawPolyline(q);
            if (m_hover) { // the next edge, and the closing one in thin
                p.setPen(QPen(line, 1.5, Qt::DashLine));
                p.drawLine(q.last(), t.map(m_hover->site));
                if (q.size() >= 2) {
                    p.setPen(QPen(line, 1, Qt::DotLine));
                    p.drawLine(t.map(m_hover->site), q.first());
                }
            }
        }
        for (int i = 0; i < m_corners.size(); ++i) {
            const QPointF c = q.at(i);
            if (i == 0) {
                const bool closing = !m_closed && m_hover && nearFirst(m_hoverPos);
                p.setPen(QPen(Qt::black, 1.2));
                p.setBrush(closing ? kSnap : line);
                p.drawEllipse(c, closing ? 8 : 6, closing ? 8 : 6);
            } else if (!m_corners.at(i).snappedTo.isEmpty()) {
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(kSnap);
                p.drawPolygon(QPolygonF({c + QPointF(0, -6), c + QPointF(6, 0), c + QPointF(0, 6), c + QPointF(-6, 0)}));
            } else {
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(Qt::white);
                p.drawRect(QRectF(c.x() - 3.5, c.y() - 3.5, 7, 7));
            }
        }
    }

    // Where the next click lands: a green ring with the object's name when it snaps, a cross otherwise.
    if (m_hover && !m_closed) {
        const QPointF h = t.map(m_hover->site);
        if (!m_hover->snappedTo.isEmpty()) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(kSnap, 2.5));
            p.drawEllipse(h, 9, 9);
            const QString label = m_hover->snappedTo;
            const QRectF box(h + QPointF(12, -22), QSizeF(p.fontMetrics().horizontalAdvance(label) + 10, 18));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1b, 0x5e, 0x20, 220));
            p.drawRoundedRect(box, 3, 3);
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, label);
        } else {
            p.setPen(QPen(Qt::white, 1));
            p.drawLine(h + QPointF(-6, 0), h + QPointF(6, 0));
            p.drawLine(h + QPointF(0, -6), h + QPointF(0, 6));
        }
        p.setPen(QColor(0xdd, 0xdf, 0xe2));
        p.drawText(QRectF(width() - 236, height() - 22, 220, 18), Qt::AlignRight | Qt::AlignVCenter,
                   tr("x %1 m, y %2 m").arg(metres(m_hover->site.x()), metres(m_hover->site.y())));
    }

    // Legend of the drawing.
    p.setPen(QColor(0xdd, 0xdf, 0xe2));
    p.drawText(QRectF(16, height() - 22, width() - 270, 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Amber: the work area · green: snapped to an object · dashed blue: other approved or active permits (SIMOPS) · dotted: the site's extent"));
}

} // namespace ui
} // namespace gl
