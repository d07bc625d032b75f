// SPDX-License-Identifier: Apache-2.0
// AreaDrawView: drawing a work area on the site plan: corners by click, snapping to objects, the checks.
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/site/layout/SiteExtent.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

/// A free click lands on the decimetre (a pixel is about that at the plan's scale); a point on an edge
/// on the centimetre. Snapped points (equipment, corners, centres) keep their exact coordinates.
double roundTo(double v, double perMetre) { return std::round(v * perMetre) / perMetre + 0.0; }

QString metres(double v) { return QString::number(roundTo(v, 1000), 'g', 12); }

/// The point of segment [a, b] nearest to p.
QPointF nearestOnSegment(QPointF a, QPointF b, QPointF p)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    if (len2 <= 0)
        return a;
    const double u = std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0);
    return a + u * d;
}

} // namespace

QString cornersText(const site::Polygon &corners)
{
    QStringList parts;
    for (const QPointF &pt : corners)
        parts << metres(pt.x()) + u", "_s + metres(pt.y());
    return parts.join(u"; "_s);
}

site::Polygon parseCorners(const QString &text, bool *ok)
{
    site::Polygon out;
    *ok = true;
    for (const QString &pair : text.split(u';', Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty())
            continue; // a trailing "; " while typing
        const QStringList xy = pair.split(u',');
        bool okX = false, okY = false;
        if (xy.size() == 2) {
            const double x = xy.at(0).trimmed().toDouble(&okX), y = xy.at(1).trimmed().toDouble(&okY);
            if (okX && okY) {
                out << QPointF(x, y);
                continue;
            }
        }
        *ok = false;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------

AreaDrawView::AreaDrawView(QWidget *parent) : SitePlanView(parent)
{
    setObjectName(u"areaDrawView"_s);
    setMinimumSize(640, 420);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
}

void AreaDrawView::setPermitCode(const QString &code)
{
    m_permit = code;
    update();
}

void AreaDrawView::setCorners(const site::Polygon &corners, bool closed)
{
    m_corners.clear();
    for (const QPointF &p : corners)
        m_corners << Corner{p, {}};
    m_closed = closed && corners.size() >= 3;
    update();
}

site::Polygon AreaDrawView::corners() const
{
    site::Polygon out;
    for (const Corner &c : m_corners)
        out << c.site;
    return out;
}

bool AreaDrawView::ready() const { return snapshot() && !snapshot()->layout.areas.isEmpty(); }

QString AreaDrawView::problem(const site::Polygon &corners) const
{
    if (corners.size() < 3)
        return tr("a work area needs at least 3 corners (%n drawn)", nullptr, int(corners.size()));
    if (ready()) {
        const QRectF e = siteExtent(snapshot()->layout);
        for (int i = 0; i < corners.size(); ++i)
            if (!e.contains(corners.at(i)))
                return tr("corner %1 (%2, %3) is outside the site (x %4 to %5 m, y %6 to %7 m)")
                    .arg(i + 1)
                    .arg(metres(corners.at(i).x()), metres(corners.at(i).y()), metres(e.left()), metres(e.right()), metres(e.top()),
                         metres(e.bottom()));
    }
    if (corners.size() > site::kMaxWorkAreaCorners) // as PermitService bounds a typed one
        return tr("a work area has at most %1 corners").arg(site::kMaxWorkAreaCorners);
    if (!site::isSimplePolygon(corners))
        return tr("its edges cross (or it has no area): a work area must not intersect itself");
    return {};
}

AreaDrawView::Corner AreaDrawView::snapAt(QPointF widgetPos) const
{
    const QTransform t = worldToScreen();
    const QPointF raw = t.inverted().map(widgetPos);
    if (!ready())
        return {raw, {}};
    const site::SiteLayout &layout = snapshot()->layout;
    std::optional<Corner> best;
    double bestDistance = kSnapPixels;
    auto consider = [&](QPointF site, const QString &what) {
        const double d = QLineF(t.map(site), widgetPos).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = Corner{site, what};
        }
    };
    // Points first: equipment positions, structure corners and centres, path vertices.
    for (const site::Equipment &e : layout.equipment)
        consider(QPointF(e.position.x, e.position.y), tr("equipment %1").arg(e.code));
    for (const site::Structure &st : layout.structures) {
        for (const QPointF &p : st.footprint)
            consider(p, tr("corner of %1").arg(st.code));
        for (const QPointF &p : st.path)
            consider(p, tr("bend of %1").arg(st.code));
        if (st.kind == site::StructureKind::Tank || st.kind == site::StructureKind::Column)
            consider(st.center, tr("centre of %1").arg(st.code));
    }
    if (best)
        return *best;
    // Then edges: footprint sides, path centre lines, tank and column walls.
    auto onEdge = [&](QPointF p, const QString &code) {
        consider(QPointF(roundTo(p.x(), 100), roundTo(p.y(), 100)), tr("edge of %1").arg(code));
    };
    for (const site::Structure &st : layout.structures) {
        for (int i = 0; i < st.footprint.size(); ++i)
            onEdge(nearestOnSegment(st.footprint.at(i), st.footprint.at((i + 1) % st.footprint.size()), raw), st.code);
        for (int i = 0; i + 1 < st.path.size(); ++i)
            onEdge(nearestOnSegment(st.path.at(i), st.path.at(i + 1), raw), st.code);
        if ((st.kind == site::StructureKind::Tank || st.kind == site::StructureKind::Column) && st.radius > 0) {
            const QPointF d = raw - st.center;
            const double len = std::hypot(d.x(), d.y());
            if (len > 0)
                onEdge(st.center + d * (st.radius / len), st.code);
        }
    }
    if (best)
        return *best;
    return {QPointF(roundTo(raw.x(), 10), roundTo(raw.y(), 10)), {}};
}

QPointF AreaDrawView::landing(QPointF widgetPos, QString *snappedTo) const
{
    const Corner c = snapAt(widgetPos);
    if (snappedTo)
        *snappedTo = c.snappedTo;
    return c.site;
}

bool AreaDrawView::nearFirst(QPointF widgetPos) const
{
    return m_corners.size() >= 3 && QLineF(worldToScreen().map(m_corners.first().site), widgetPos).length() <= kSnapPixels;
}

void AreaDrawView::addCorner(const Corner &c)
{
    const QRectF e = siteExtent(snapshot()->layout);
    if (!e.contains(c.site)) {
        Q_EMIT message(tr("(%1, %2) is outside the site (x %3 to %4 m, y %5 to %6 m): no corner added")
                           .arg(metres(c.site.x()), metres(c.site.y()), metres(e.left()), metres(e.right()), metres(e.top()), metres(e.bottom())),
                       true);
        return;
    }
    if (!m_corners.isEmpty() && m_corners.last().site == c.site)
        return; // the second press of a double-click
    m_corners << c;
    update();
    Q_EMIT cornersChanged();
    const QString at = tr("Corner %1 at (%2, %3)").arg(m_corners.size()).arg(metres(c.site.x()), metres(c.site.y()));
    Q_EMIT message(c.snappedTo.isEmpty() ? at : tr("%1, on %2").arg(at, c.snappedTo), false);
}

void AreaDrawView::undoLastCorner()
{
    if (m_corners.isEmpty())
        return;
    m_corners.removeLast();
    m_closed = false;
    update();
    Q_EMIT cornersChanged();
    Q_EMIT message(tr("Last corner undone: %n corner(s) left", nullptr, int(m_corners.size())), false);
}

void AreaDrawView::clearCorners()
{
    m_corners.clear();
    m_closed = false;
    update();
    Q_EMIT cornersChanged();
    Q_EMIT message(tr("Cleared: click the first corner on the plan."), false);
}

void AreaDrawView::closePolygon()
{
    if (m_closed)
        return;
    const site::Polygon pts = corners();
    if (const QString why = problem(pts); !why.isEmpty()) {
        update();
        Q_EMIT message(tr("Not closed: %1. Backspace undoes the last corner.").arg(why), true);
        return;
    }
    m_closed = true;
    update();
    Q_EMIT cornersChanged();
    Q_EMIT message(tr("Work area closed: %n corner(s), %1 m²", nullptr, int(pts.size())).arg(QString::number(site::area(pts), 'f', 1)), false);
}

void AreaDrawView::mousePressEvent(QMouseEvent *event)
{
    if (!ready() || event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    if (m_closed) {
        Q_EMIT message(tr("The work area is closed: Backspace reopens it without its last corner, Clear starts again."), false);
        return;
    }
    if (nearFirst(event->position()))
        closePolygon();
    else
        addCorner(snapAt(event->position()));
}

void AreaDrawView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!ready() || event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    if (m_closed)
        return;
    if (!nearFirst(event->position())) {
        const qsizetype before = m_corners.size();
        const Corner c = snapAt(event->position());
        addCorner(c);
        if (m_corners.size() == before && (m_corners.isEmpty() || m_corners.last().site != c.site))
            return; // refused (outside the site): nothing to close
    }
    closePolygon();
}

void AreaDrawView::mouseMoveEvent(QMouseEvent *event)
{
    if (!ready())
        return;
    m_hoverPos = event->position();
    m_hover = snapAt(m_hoverPos);
    update();
}

void AreaDrawView::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    SitePlanView::leaveEvent(event);
}

void AreaDrawView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        closePolygon();
        break;
    case Qt::Key_Backspace:
        undoLastCorner();
        break;
    case Qt::Key_Escape:
        Q_EMIT cancelRequested();
        break;
    default:
        SitePlanView::keyPressEvent(event);
        return;
    }
    event->accept();
}

QStringList AreaDrawView::neighbours() const
{
    QStringList out;
    if (!snapshot())
        return out;
    for (const PermitRow &r : snapshot()->permitRows)
        if ((r.state == u"approved"_s || r.state == u"active"_s || r.state == u"suspended"_s) && r.code != m_permit)
            out << r.code;
    return out;
}

} // namespace ui
} // namespace gl
