// SPDX-License-Identifier: Apache-2.0
// The plant map's sensor layer, with the alarm halos and the labels placed so that none overlaps another, and
// the people layer.
#include "modules/map/PlantMapView_p.h"

#include "modules/map/SceneBuilder.h"
#include "modules/site/layout/Geometry.h"
#include "platform/util/Labels.h"

#include <QCoreApplication>
#include <QFile>

#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkIdTypeArray.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>
#include <vtkProperty.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gl::map {

namespace {

/// A sensor's alarm priority as the label shows it, in the interface language (the label was English in zh_CN):
/// the tables' word for it (platform/util/Labels), in capitals where the language has them.
QString priorityWord(const QString &priority) { return valueLabel(priority.toLower()).toUpper(); }

/// The labels' font: Noto Sans CJK (fonts-noto-cjk, installed by scripts/deps.sh), since VTK's built-in Arial
/// has no Chinese glyphs; the built-in font when it is not installed.
const QByteArray &labelFontFile()
{
    static const QByteArray path = [] {
        for (const char *p : {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"})
            if (QFile::exists(QString::fromLatin1(p)))
                return QByteArray(p);
        return QByteArray();
    }();
    return path;
}

} // namespace

// --- sensors and people -----------------------------------------------------------------------------------

void PlantMapView::Private::rebuildSensors()
{
    sensorPoints->Reset();
    sensorColors->Reset();
    halos.clear();
    for (auto &l : labels)
        overlay->RemoveViewProp(l);
    labels.clear();
    labelSlots.clear();
    ++labelVersion;
    for (const site::Sensor &s : layout.sensors) {
        const auto it = sensorStates.constFind(s.tag);
        const bool alarmed = it != sensorStates.cend() && !it->alarm.isEmpty();
        // Colour by state: its alarm's priority; a good live value green; bad quality purple-grey;
        // no value yet (no site service, or the tag never reported) light grey.
        const bool live = it != sensorStates.cend() && !std::isnan(it->value);
        const Rgb c = alarmed ? alarmRgb(it->alarm)
                      : !live  ? Rgb{0xb0, 0xbe, 0xc5}
                      : it->good ? Rgb{0x43, 0xa0, 0x47}
                                 : Rgb{0x8e, 0x6f, 0x9e};
        sensorPoints->InsertNextPoint(s.position.x, s.position.y, s.position.z);
        sensorColors->InsertNextTuple3(c.r, c.g, c.b);
        if (!alarmed)
            continue;
        halos.append(s.position.x, s.position.y, s.position.z, c, 5.0f);
        vtkNew<vtkTextActor> label;
        const QString unit = it->unit.isEmpty() ? s.unit : it->unit;
        // No value yet (telemetry not connected): show the alarm, never a made-up number.
        const QString text = std::isnan(it->value) ? QString(s.tag % u"  ⚠ "_s % priorityWord(it->alarm))
                                                   : QString(s.tag % u"  "_s % QString::number(it->value, 'g', 4) % u" "_s % unit);
        label->SetInput(text.toUtf8().constData());
        // Placed in display pixels by layoutLabels (before every frame that needs it), anchored 3 m above.
        label->GetPositionCoordinate()->SetCoordinateSystemToDisplay();
        label->GetTextProperty()->SetFontSize(14);
        if (const QByteArray &font = labelFontFile(); !font.isEmpty()) {
            label->GetTextProperty()->SetFontFamily(VTK_FONT_FILE);
            label->GetTextProperty()->SetFontFile(font.constData());
        }
        label->GetTextProperty()->SetColor(1, 1, 1);
        label->GetTextProperty()->SetBackgroundColor(0.08, 0.08, 0.09);
        label->GetTextProperty()->SetBackgroundOpacity(0.75);
        label->GetTextProperty()->SetJustificationToCentered();
        label->SetVisibility(visible[int(Layer::Sensors)]);
        label->PickableOff();
        overlay->AddViewProp(label);
        labels.push_back(label);
        const QString sev = it->alarm.toLower();
        const int rank = sev == u"critical"_s ? 4 : sev == u"high"_s ? 3 : sev == u"medium"_s ? 2 : 1;
        labelSlots.push_back(LabelSlot{s.tag, rank, {s.position.x, s.position.y, s.position.z + 3}});
    }
    sensorPoints->Modified();
    sensorColors->Modified();
    sensorPoly->Modified();
    halos.changed();
    q->scheduleRender();
}

void PlantMapView::Private::layoutLabels()
{
    if (labels.empty())
        return;
    syncSize();
    const int *size = window->GetSize();
    vtkCamera *cam = renderer->GetActiveCamera();
    const LabelKey key{size[0], size[1], labelVersion, visible[int(Layer::Sensors)]};
    const CameraPose pose = CameraPose::of(cam);
    if (key == labelKey && pose == labelsFor)
        return;
    labelKey = key;
    labelsFor = pose;
    vtkMatrix4x4 *m = cam->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1, 1);
    // Most severe first; among equals by tag, so the layout is stable from frame to frame.
    std::vector<int> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const LabelSlot &x = labelSlots[size_t(a)], &y = labelSlots[size_t(b)];
        return x.rank != y.rank ? x.rank > y.rank : x.tag < y.tag;
    });
    const double dpr = q->devicePixelRatioF();
    const double gap = 3 * dpr; // kept free between two labels
    struct Box {
        double x0, y0, x1, y1;
    };
    std::vector<Box> placed;
    placed.reserve(labels.size());
    for (const int i : order) {
        LabelSlot &slot = labelSlots[size_t(i)];
        vtkTextActor *label = labels[size_t(i)];
        slot.shown = false;
        const double *a = slot.anchor.data();
        double p[4] = {a[0], a[1], a[2], 1.0}, c[4];
        m->MultiplyPoint(p, c);
        if (!key.visible || c[3] <= 0) {
            label->SetVisibility(false);
            continue;
        }
        const double ax = (c[0] / c[3] + 1) / 2 * size[0], ay = (c[1] / c[3] + 1) / 2 * size[1];
        if (!slot.measured) { // relative to the label's position: xmin, xmax, ymin, ymax (centred, bottom-aligned)
            label->GetBoundingBox(overlay, slot.bbox.data());
            slot.measured = true;
        }
        const double *bbox = slot.bbox.data();
        const double w = bbox[1] - bbox[0], h = bbox[3] - bbox[2];
        // Candidate positions of the box's bottom-left corner: above the anchor, below it, right, left, higher up.
        const std::array<std::pair<double, double>, 5> candidates{{{ax - w / 2, ay},
                                                                   {ax - w / 2, ay - h - 10 * dpr},
                                                                   {ax + 10 * dpr, ay - h / 2},
                                                                   {ax - w - 10 * dpr, ay - h / 2},
                                                                   {ax - w / 2, ay + h + gap}}};
        for (const auto &[x, y] : candidates) {
            const Box b{x, y, x + w, y + h};
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > size[0] || b.y1 > size[1])
                continue; // off the view
            const bool clear = std::none_of(placed.begin(), placed.end(), [&](const Box &o) {
                return b.x0 < o.x1 + gap && o.x0 < b.x1 + gap && b.y0 < o.y1 + gap && o.y0 < b.y1 + gap;
            });
            if (!clear)
                continue;
            placed.push_back(b);
            slot.x0 = b.x0;
            slot.y0 = b.y0;
            slot.x1 = b.x1;
            slot.y1 = b.y1;
            slot.shown = true;
            label->GetPositionCoordinate()->SetValue(x - bbox[0], y - bbox[2]);
            break;
        }
        label->SetVisibility(slot.shown);
    }
}

QList<PlantMapView::LabelPlacement> PlantMapView::sensorLabels() const
{
    d->layoutLabels();
    const double dpr = devicePixelRatioF();
    const int h = d->window->GetSize()[1];
    QList<LabelPlacement> out;
    for (int i = 0; i < int(d->labelSlots.size()); ++i) {
        const Private::LabelSlot &s = d->labelSlots[i];
        const QString text = i < int(d->labels.size()) ? QString::fromUtf8(d->labels[i]->GetInput()) : QString();
        out.append({s.tag, QRectF(QPointF(s.x0 / dpr, (h - s.y1) / dpr), QPointF(s.x1 / dpr, (h - s.y0) / dpr)), s.shown, text});
    }
    return out;
}

void PlantMapView::Private::rebuildPeople()
{
    people.clear();
    for (int i = 0; i < int(peopleData.size()); ++i)
        people.append(i, peopleData[i].x, peopleData[i].y, peopleData[i].z + 0.9, Rgb{0xec, 0xef, 0xf1});
    people.changed();
    q->scheduleRender();
}

} // namespace gl::map
