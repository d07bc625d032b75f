// SPDX-License-Identifier: Apache-2.0
// Camera control of the plant map: the plan and isometric views, fly-to (objects and pin clusters), and Qt's
// mouse and wheel events forwarded to VTK's trackball interactor.
#include "modules/map/PlantMapView_p.h"

#include <vtkCamera.h>

#include <QApplication>
#include <QEasingCurve>
#include <QMouseEvent>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace gl::map {

void PlantMapView::Private::applyView()
{
    syncSize();
    const int *s = window->GetSize();
    const double aspect = s[1] > 0 ? double(s[0]) / s[1] : 16.0 / 9.0;
    const QPointF c = bounds.center();
    const double extent = std::max(bounds.width(), bounds.height());
    vtkCamera *cam = renderer->GetActiveCamera();
    if (view == View::Top) {
        cam->ParallelProjectionOn();
        cam->SetFocalPoint(c.x(), c.y(), 0);
        cam->SetPosition(c.x(), c.y(), extent * 2);
        cam->SetViewUp(0, 1, 0);
        cam->SetParallelScale(std::max(bounds.height() / 2, bounds.width() / 2 / aspect) * 1.06);
    } else {
        cam->ParallelProjectionOff();
        cam->SetViewAngle(30);
        cam->SetFocalPoint(c.x(), c.y(), 0);
        cam->SetPosition(c.x() - 0.5 * extent, c.y() - 0.9 * extent, 0.8 * extent);
        cam->SetViewUp(0, 0, 1);
        renderer->ResetCamera(bounds.left(), bounds.right(), bounds.top(), bounds.bottom(), 0, 20);
        cam->Zoom(1.45);
    }
    resetClippingRange();
    q->scheduleRender();
    Q_EMIT q->cameraChanged();
}

void PlantMapView::Private::resetClippingRange()
{
    // The two layers share one camera: its near/far planes must hold the props of both.
    double a[6], b[6];
    renderer->ComputeVisiblePropBounds(a);
    overlay->ComputeVisiblePropBounds(b);
    if (b[0] <= b[1])
        for (int i = 0; i < 3; ++i) {
            a[2 * i] = a[2 * i] <= a[2 * i + 1] ? std::min(a[2 * i], b[2 * i]) : b[2 * i];
            a[2 * i + 1] = std::max(a[2 * i + 1], b[2 * i + 1]);
        }
    if (a[0] <= a[1])
        renderer->ResetCameraClippingRange(a);
}

double PlantMapView::Private::metresPerPixel() const
{
    vtkCamera *cam = renderer->GetActiveCamera();
    const int h = std::max(1, window->GetSize()[1]);
    if (cam->GetParallelProjection())
        return 2 * cam->GetParallelScale() / h;
    return 2 * cam->GetDistance() * std::tan(cam->GetViewAngle() * M_PI / 360.0) / h;
}

void PlantMapView::Private::flyToPoint(const std::array<double, 3> &f1, double s1, double distance)
{
    vtkCamera *cam = renderer->GetActiveCamera();
    std::array<double, 3> f0, p0, p1;
    cam->GetFocalPoint(f0.data());
    cam->GetPosition(p0.data());
    const std::array<double, 3> dir{p0[0] - f0[0], p0[1] - f0[1], p0[2] - f0[2]};
    const double len = std::sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
    const double dist = cam->GetParallelProjection() ? len : distance;
    for (int k = 0; k < 3; ++k)
        p1[k] = f1[k] + (len > 0 ? dir[k] / len : (k == 2 ? 1 : 0)) * dist;
    const double s0 = cam->GetParallelScale();
    userCamera = true;
    if (flight)
        flight->stop();
    else
        flight = new QVariantAnimation(q);
    flight->disconnect(q);
    flight->setStartValue(0.0);
    flight->setEndValue(1.0);
    flight->setDuration(450);
    flight->setEasingCurve(QEasingCurve::InOutCubic);
    QObject::connect(flight, &QVariantAnimation::valueChanged, q, [=, this](const QVariant &v) {
        const double t = v.toDouble();
        vtkCamera *c = renderer->GetActiveCamera();
        c->SetFocalPoint(f0[0] + (f1[0] - f0[0]) * t, f0[1] + (f1[1] - f0[1]) * t, f0[2] + (f1[2] - f0[2]) * t);
        c->SetPosition(p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t, p0[2] + (p1[2] - p0[2]) * t);
        c->SetParallelScale(s0 + (s1 - s0) * t);
        resetClippingRange();
        q->scheduleRender();
        Q_EMIT q->cameraChanged();
    });
    flight->start();
}

void PlantMapView::setView(View view)
{
    d->view = view;
    d->userCamera = false;
    d->applyView();
}

View PlantMapView::view() const { return d->view; }

bool PlantMapView::flyTo(const QString &code)
{
    const auto target = d->locate(code);
    if (!target)
        return false;
    d->flyToPoint({target->x, target->y, target->z}, 45.0, 110.0);
    return true;
}

void PlantMapView::zoomToCluster(int index)
{
    if (index < 0 || index >= int(d->clusters.size()))
        return;
    const PinCluster c = d->clusters[index];
    // Fit the members' extent (at least 20 m across) so that they spread into separate pins.
    double x0 = c.x, x1 = c.x, y0 = c.y, y1 = c.y;
    for (const QString &code : c.codes)
        if (const auto it = d->hazardIndex.constFind(code); it != d->hazardIndex.cend()) {
            const HazardPin &p = d->hazards[*it];
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
    const double half = std::max({(x1 - x0) / 2, (y1 - y0) / 2, 10.0}) * 1.3;
    vtkCamera *cam = d->renderer->GetActiveCamera();
    const double scale = std::min(cam->GetParallelScale() / 2.5, half);
    const double distance = std::min(cam->GetDistance() / 2.5, half / std::tan(cam->GetViewAngle() * M_PI / 360.0));
    d->flyToPoint({(x0 + x1) / 2, (y0 + y1) / 2, c.z - PinLift}, scale, distance);
}

// --- input: Qt events forwarded to VTK's interactor ----------------------------------------------------------

namespace {
void setEventInfo(vtkRenderWindowInteractor *iren, QPointF pos, Qt::KeyboardModifiers mods, double dpr,
                  int repeat = 0)
{
    iren->SetEventInformationFlipY(int(std::lround(pos.x() * dpr)), int(std::lround(pos.y() * dpr)),
                                   (mods & Qt::ControlModifier) ? 1 : 0, (mods & Qt::ShiftModifier) ? 1 : 0,
                                   0, repeat);
    iren->SetAltKey((mods & Qt::AltModifier) ? 1 : 0);
}
} // namespace

void PlantMapView::mousePressEvent(QMouseEvent *event)
{
    d->syncSize();
    d->hoverTimer.stop();
    d->pressPos = event->position().toPoint();
    d->dragCode.clear();
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        // A camera can be dragged onto the camera wall: the press does not orbit the view.
        if (const auto [kind, code] = pickAt(d->pressPos); kind == u"camera"_s) {
            d->dragCode = code;
            event->accept();
            return;
        }
    }
    d->userCamera = true;
    if (d->flight)
        d->flight->stop();
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF(),
                 event->type() == QEvent::MouseButtonDblClick ? 1 : 0);
    switch (event->button()) {
    case Qt::LeftButton: d->interactor->LeftButtonPressEvent(); break;
    case Qt::MiddleButton: d->interactor->MiddleButtonPressEvent(); break;
    case Qt::RightButton: d->interactor->RightButtonPressEvent(); break;
    default: break;
    }
    event->accept();
}

void PlantMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->dragCode.isEmpty()) {
        if (!(event->buttons() & Qt::LeftButton)) {
            d->dragCode.clear(); // the release went elsewhere
        } else {
            if ((event->position().toPoint() - d->pressPos).manhattanLength() >= QApplication::startDragDistance())
                Q_EMIT dragRequested(u"camera"_s, std::exchange(d->dragCode, QString())); // the owner's QDrag loop runs here
            event->accept();
            return;
        }
    }
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    d->interactor->MouseMoveEvent();
    if (event->buttons() == Qt::NoButton) {
        d->hoverPos = event->position().toPoint();
        d->hoverTimer.start();
    } else {
        Q_EMIT cameraChanged();
    }
    event->accept();
}

void PlantMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool onCamera = event->button() == Qt::LeftButton && !std::exchange(d->dragCode, QString()).isEmpty();
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    switch (onCamera ? Qt::NoButton : event->button()) { // the interactor never saw that press
    case Qt::LeftButton: d->interactor->LeftButtonReleaseEvent(); break;
    case Qt::MiddleButton: d->interactor->MiddleButtonReleaseEvent(); break;
    case Qt::RightButton: d->interactor->RightButtonReleaseEvent(); break;
    default: break;
    }
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::RightButton && (pos - d->pressPos).manhattanLength() < 4) {
        Q_EMIT contextMenuRequested(pos); // the owner's menu runs its own loop here
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && (pos - d->pressPos).manhattanLength() < 4) {
        if (const int cluster = clusterAt(pos); cluster >= 0) {
            zoomToCluster(cluster);
        } else {
            const auto [kind, code] = pickAt(pos);
            if (!code.isEmpty())
                Q_EMIT objectPicked(kind, code);
        }
    }
    event->accept();
}

void PlantMapView::wheelEvent(QWheelEvent *event)
{
    d->syncSize();
    d->userCamera = true;
    setEventInfo(d->interactor, event->position(), event->modifiers(), devicePixelRatioF());
    const int dy = event->angleDelta().y();
    if (dy > 0)
        d->interactor->MouseWheelForwardEvent();
    else if (dy < 0)
        d->interactor->MouseWheelBackwardEvent();
    Q_EMIT cameraChanged();
    event->accept();
}

} // namespace gl::map
