// SPDX-License-Identifier: Apache-2.0
#include "modules/site/ui/SitePlanView.h"
#include "modules/site/layout/SiteExtent.h"
#include "shell/Theme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

SitePlanView::SitePlanView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 140);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SitePlanView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    update();
}

QRectF SitePlanView::siteExtent(const site::SiteLayout &layout)
{
    return site::extent(layout); // the same extent PermitService bounds typed work areas by
}

QTransform SitePlanView::worldToScreen() const
{
    if (!m_snapshot)
        return {};
    QRectF bounds = siteExtent(m_snapshot->layout);
    if (bounds.width() < 1 || bounds.height() < 1)
        bounds = QRectF(bounds.center() - QPointF(0.5, 0.5), QSizeF(1, 1));
    bounds.adjust(-10, -10, 10, 10);
    const QRectF view = QRectF(rect()).adjusted(16, 40, -16, -16);
    const double s = std::min(view.width() / bounds.width(), view.height() / bounds.height());
    QTransform t;
    t.translate(view.center().x(), view.center().y());
    t.scale(s, -s); // y north = up
    t.translate(-bounds.center().x(), -bounds.center().y());
    return t;
}

void SitePlanView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0x24, 0x26, 0x29));
    if (!m_snapshot || m_snapshot->layout.areas.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("No site layout yet.\nImport the site layout (guardlinectl site import FILE.json) or load the demo plant (guardline --demo)."));
        return;
    }
    const Snapshot &s = *m_snapshot;
    const QTransform t = worldToScreen();
    auto poly = [&](const site::Polygon &pts) {
        QPolygonF q;
        for (const QPointF &pt : pts)
            q << t.map(pt);
        return q;
    };

    // Risk areas: translucent four-colour map, labelled.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (const site::Area &a : s.layout.areas) {
        QColor c = colours::risk(site::riskKey(a.risk));
        c.setAlpha(a.kind == u"road"_s ? 40 : 70);
        p.setPen(QPen(colours::risk(site::riskKey(a.risk)).darker(120), 1.2));
        p.setBrush(c);
        p.drawPolygon(poly(a.polygon));
    }
    // Structures in muted greys (ISA-101).
    for (const site::Structure &st : s.layout.structures) {
        p.setPen(QPen(QColor(0x9a, 0x9d, 0xa1), 1));
        p.setBrush(QColor(0x5c, 0x60, 0x66));
        switch (st.kind) {
        case site::StructureKind::Building:
            p.drawPolygon(poly(st.footprint));
            break;
        case site::StructureKind::Dike:
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(QColor(0x9a, 0x9d, 0xa1), 1.5, Qt::DashLine));
            p.drawPolygon(poly(st.footprint));
            break;
        case site::StructureKind::Tank:
        case site::StructureKind::Column: {
            const QPointF c = t.map(st.center);
            const double r = t.map(QLineF(st.center, st.center + QPointF(st.radius, 0))).length();
            p.drawEllipse(c, r, r);
            break;
        }
        case site::StructureKind::Road:
        case site::StructureKind::PipeRack: {
            const double w = t.map(QLineF(QPointF(0, 0), QPointF(st.width, 0))).length();
            p.setPen(QPen(st.kind == site::StructureKind::Road ? QColor(0x48, 0x4b, 0x50) : QColor(0x80, 0x84, 0x8a), w,
                          Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(poly(st.path));
            break;
        }
        case site::StructureKind::Unknown:
            break;
        }
    }
    p.setFont(small);
    for (const site::Area &a : s.layout.areas) {
        if (a.kind == u"road"_s)
            continue;
        const QRectF b = poly(a.polygon).boundingRect();
        p.setPen(QColor(0xee, 0xee, 0xee));
        p.drawText(b.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft, a.code + u' ' + (a.nameZh.isEmpty() ? a.name : a.nameZh));
    }

    // Cameras: field of view wedges.
    for (const site::Camera &c : s.layout.cameras) {
        const QPointF o = t.map(QPointF(c.position.x, c.position.y));
        const double r = t.map(QLineF(QPointF(0, 0), QPointF(c.range * 0.35, 0))).length();
        QPainterPath wedge(o);
        // Screen y is flipped, so site yaw (counter-clockwise from east) is clockwise on screen.
        wedge.arcTo(QRectF(o.x() - r, o.y() - r, 2 * r, 2 * r), c.yaw - c.fov / 2, c.fov);
        wedge.closeSubpath();
        p.setPen(QPen(QColor(0x90, 0xca, 0xf9, 160), 1));
        p.setBrush(QColor(0x90, 0xca, 0xf9, 35));
        p.drawPath(wedge);
        p.setBrush(QColor(0x90, 0xca, 0xf9));
        p.drawRect(QRectF(o.x() - 3, o.y() - 3, 6, 6));
    }

    // Active and suspended permits: a badge per area (the 3D map draws their volumes).
    QHash<QString, int> activeByArea;
    for (const PermitRow &r : s.permitRows)
        if (r.state == u"active"_s || r.state == u"suspended"_s)
            ++activeByArea[r.area];

    // Alarmed areas: a halo in the alarm's colour.
    QHash<QString, QString> worstAlarm;
    static const QStringList order{u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
    for (const AlarmRow &r : s.alarmRows) {
        if (!r.standing())
            continue;
        if (order.indexOf(r.severity) > order.indexOf(worstAlarm.value(r.area)))
            worstAlarm[r.area] = r.severity;
    }
    for (auto it = worstAlarm.cbegin(); it != worstAlarm.cend(); ++it)
        if (const site::Area *a = s.layout.area(it.key())) {
            p.setPen(QPen(colours::severity(it.value()), 4));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(poly(a->polygon));
        }

    // Open hazards as pins: major red, general orange, overdue with a ring.
    for (const HazardRow &r : s.hazardRows) {
        if (r.state == u"closed"_s || r.state == u"reinspected"_s)
            continue;
        const QPointF pt = t.map(QPointF(r.x, r.y));
        const bool major = r.grade == u"major"_s;
        const bool overdue = r.deadlineAt && *r.deadlineAt < s.takenAt;
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(major ? colours::severity(u"critical"_s) : colours::severity(u"high"_s));
        QPainterPath pin;
        pin.moveTo(pt);
        pin.lineTo(pt + QPointF(-5, -10));
        pin.arcTo(QRectF(pt.x() - 6, pt.y() - 20, 12, 12), 200, -220);
        pin.closeSubpath();
        p.drawPath(pin);
        if (overdue) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(colours::severity(u"critical"_s), 2));
            p.drawEllipse(pt + QPointF(0, -14), 10, 10);
        }
    }
    // Active permit badges.
    p.setFont(small);
    for (auto it = activeByArea.cbegin(); it != activeByArea.cend(); ++it)
        if (const site::Area *a = s.layout.area(it.key())) {
            const QRectF b = poly(a->polygon).boundingRect();
            const QRectF badge(b.right() - 92, b.bottom() - 24, 88, 20);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1e, 0x88, 0xe5, 200));
            p.drawRoundedRect(badge, 4, 4);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, tr("%n permit(s)", nullptr, it.value()));
        }

    // Title and legend.
    p.setPen(QColor(0xdd, 0xdf, 0xe2));
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(16, 8, width() - 32, 24), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Site plan — %1").arg(s.site.nameZh.isEmpty() ? s.site.name : s.site.nameZh));
    p.setFont(small);
    const QList<QPair<QString, QString>> legend = {{u"red"_s, tr("Major risk")}, {u"orange"_s, tr("High risk")},
                                                   {u"yellow"_s, tr("Moderate risk")}, {u"blue"_s, tr("Low risk")}};
    double x = width() - 16;
    for (auto it = legend.crbegin(); it != legend.crend(); ++it) {
        const double w = p.fontMetrics().horizontalAdvance(it->second) + 24;
        x -= w;
        p.setBrush(colours::risk(it->first));
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(x, 14, 12, 12));
        p.setPen(QColor(0xdd, 0xdf, 0xe2));
        p.drawText(QRectF(x + 16, 8, w, 24), Qt::AlignLeft | Qt::AlignVCenter, it->second);
    }
    p.setFont(font());
    paintOverlay(p, t);
}

void SitePlanView::mousePressEvent(QMouseEvent *event)
{
    if (!m_snapshot || m_snapshot->layout.areas.isEmpty())
        return;
    const QTransform inv = worldToScreen().inverted();
    const QPointF w = inv.map(event->position());
    const Snapshot &s = *m_snapshot;
    const double tol = inv.map(QLineF(QPointF(0, 0), QPointF(12, 0))).length();
    for (const HazardRow &r : s.hazardRows)
        if (QLineF(w, QPointF(r.x, r.y)).length() < tol) {
            Q_EMIT objectPicked(u"hazard"_s, r.code);
            return;
        }
    if (const site::Area *a = s.layout.areaAt(w))
        Q_EMIT objectPicked(u"area"_s, a->code);
}

} // namespace ui
} // namespace gl
