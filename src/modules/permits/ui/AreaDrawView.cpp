// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitEditor.h"
#include "modules/site/layout/SiteExtent.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

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

const QColor kDrawn(0xff, 0xca, 0x28);     // amber: the work area being drawn
const QColor kRefused(0xe5, 0x39, 0x35);   // red: a closed drawing that cannot be the work area
const QColor kSnap(0x66, 0xbb, 0x6a);      // green: where a click lands on an object
const QColor kNeighbour(0x64, 0xb5, 0xf6); // blue: the other permits' areas (SIMOPS)

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

// ---------------------------------------------------------------------------------------------------------

AreaDrawDialog::AreaDrawDialog(QLineEdit *target, const QString &permitCode, QWidget *parent) : QDialog(parent), m_target(target)
{
    setObjectName(u"areaDrawDialog"_s);
    setModal(false);
    setWindowTitle(permitCode.isEmpty() ? tr("Draw the work area") : tr("Draw the work area of %1").arg(permitCode));
    resize(1120, 780);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Click the corners of the work area on the plan. A click near equipment or a structure (corner, centre, "
                               "edge) lands exactly on it: the green ring shows where. Close the area with a double-click, a click on the "
                               "first corner or Enter; Backspace undoes the last corner; Esc cancels. The typed corners stay editable "
                               "for precision, and each follows the other."),
                            this);
    hint->setWordWrap(true);
    m_view = new AreaDrawView(this);
    m_view->setPermitCode(permitCode);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"areaDrawCorners"_s);
    m_text->setPlaceholderText(tr("x, y; x, y; x, y (site metres)"));
    m_message = new QLabel(this);
    m_message->setObjectName(u"areaDrawMessage"_s);
    m_message->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo last corner"), this);
    m_clear = new QPushButton(tr("Clear"), this);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_done = new QPushButton(tr("Done"), this);
    m_done->setToolTip(tr("The closed work area is already in the permit's polygon field; this closes the window"));
    cancel->setToolTip(tr("Puts the permit's polygon field back as it was when this window opened"));
    for (QPushButton *b : {m_undo, m_clear, cancel, m_done})
        b->setAutoDefault(false); // Enter closes the polygon, never the window
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(new QLabel(tr("Corners (x, y; … site metres)"), this));
    textRow->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_done);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(textRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_view, &AreaDrawView::cornersChanged, this, &AreaDrawDialog::fromDrawing);
    connect(m_view, &AreaDrawView::message, this, &AreaDrawDialog::showMessage);
    connect(m_view, &AreaDrawView::cancelRequested, this, &AreaDrawDialog::reject);
    // The drawing follows every keystroke; the permit's field takes the typed corners when the edit is done
    // (Enter, or leaving the field) and they make a valid area, so a half-typed pair never reaches it.
    connect(m_text, &QLineEdit::textEdited, this, [this](const QString &text) { fromText(text, false); });
    connect(m_text, &QLineEdit::editingFinished, this, &AreaDrawDialog::applyTyped);
    if (m_target)
        connect(m_target, &QLineEdit::textEdited, this, [this](const QString &text) {
            if (isVisible())
                fromText(text, true);
        });
    connect(m_undo, &QPushButton::clicked, m_view, &AreaDrawView::undoLastCorner);
    connect(m_clear, &QPushButton::clicked, m_view, &AreaDrawView::clearCorners);
    connect(cancel, &QPushButton::clicked, this, &AreaDrawDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &AreaDrawDialog::accept);
}

void AreaDrawDialog::setSnapshot(const SnapshotPtr &s)
{
    m_view->setSnapshot(s);
    updateButtons();
}

void AreaDrawDialog::setPermitCode(const QString &code)
{
    m_view->setPermitCode(code);
    setWindowTitle(code.isEmpty() ? tr("Draw the work area") : tr("Draw the work area of %1").arg(code));
}

void AreaDrawDialog::restart()
{
    m_original = m_target ? m_target->text() : QString();
    fromText(m_original, true);
    if (m_original.trimmed().isEmpty())
        showMessage(tr("Click the first corner on the plan."), false);
    m_view->setFocus(Qt::OtherFocusReason);
}

void AreaDrawDialog::fromText(const QString &text, bool fromEditor)
{
    if (fromEditor)
        m_text->setText(text);
    bool ok = false;
    const site::Polygon pts = parseCorners(text, &ok);
    if (!ok) {
        showMessage(tr("Corners: cannot read \"%1\": write x, y pairs separated by \";\"").arg(text), true);
        updateButtons();
        return;
    }
    m_view->setCorners(pts, pts.size() >= 3);
    const QString why = m_view->problem(pts);
    if (pts.isEmpty())
        showMessage(tr("Click the first corner on the plan."), false);
    else if (!why.isEmpty())
        showMessage(tr("These corners cannot be the work area: %1").arg(why), true);
    else
        showMessage(tr("Work area: %n corner(s), %1 m²", nullptr, int(pts.size())).arg(QString::number(site::area(pts), 'f', 1)), false);
    updateButtons();
}

void AreaDrawDialog::applyTyped()
{
    bool ok = false;
    const site::Polygon pts = parseCorners(m_text->text(), &ok);
    if (ok && m_view->problem(pts).isEmpty() && m_target && m_target->text() != m_text->text().trimmed())
        m_target->setText(m_text->text().trimmed());
}

void AreaDrawDialog::fromDrawing()
{
    const site::Polygon pts = m_view->corners();
    const QString text = cornersText(pts);
    m_text->setText(text);
    if (m_view->isClosed() && m_view->problem(pts).isEmpty() && m_target)
        m_target->setText(text);
    updateButtons();
}

void AreaDrawDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void AreaDrawDialog::updateButtons()
{
    const site::Polygon pts = m_view->corners();
    m_done->setEnabled(m_view->isClosed() && m_view->problem(pts).isEmpty());
    m_undo->setEnabled(!pts.isEmpty());
    m_clear->setEnabled(!pts.isEmpty());
}

void AreaDrawDialog::reject()
{
    if (m_target && m_target->text() != m_original)
        m_target->setText(m_original);
    QDialog::reject();
}

} // namespace ui
} // namespace gl
