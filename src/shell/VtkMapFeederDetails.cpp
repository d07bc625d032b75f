// SPDX-License-Identifier: Apache-2.0
// VtkMapFeeder::select: the details panel of the object picked on the map, with its actions.
#include "shell/VtkMapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "modules/map/MapDetailsPanel.h"
#include "modules/map/MapTimeSlider.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

using Fields = QList<map::MapDetailsPanel::Field>;
using Actions = QList<map::MapDetailsPanel::Action>;

/// The row of `rows` whose code is `code`, or null.
template<class Row> const Row *rowOf(const QList<Row> &rows, const QString &code)
{
    for (const Row &r : rows)
        if (r.code == code)
            return &r;
    return nullptr;
}

} // namespace

bool VtkMapFeeder::select(const QString &kind, const QString &code)
{
    if (!m_snapshot)
        return false;
    const Snapshot &s = *m_snapshot;
    QString title;
    Fields fields;
    Actions actions;
    const Actions fly{{u"fly"_s, tr("Fly to")}};
    if (kind == u"hazard"_s) {
        const HazardRow *r = rowOf(s.hazardRows, code);
        if (!r)
            return false;
        title = r->description;
        const bool overdue = r->deadlineAt && *r->deadlineAt < s.takenAt && r->state != u"closed"_s;
        fields = {{tr("Hazard"), code},
                  {tr("Grade"), r->grade},
                  {tr("State"), r->state},
                  {tr("Category"), r->category},
                  {tr("Area"), r->area},
                  {tr("Equipment"), r->equipment},
                  {tr("Assignee"), r->assignee},
                  {tr("Reported"), when(r->reportedAt)},
                  {tr("Deadline"), when(r->deadlineAt) + (overdue ? tr(" — OVERDUE") : QString())}};
        actions = {{u"open"_s, tr("Open hazard")}};
    } else if (kind == u"permit"_s) {
        const PermitRow *r = rowOf(s.permitRows, code);
        if (!r)
            return false;
        title = r->title;
        QStringList with;
        const qint64 t = m_slider->time();
        for (const auto &[other, window] : m_conflicts.value(code))
            if (window.first <= t && t < window.second)
                with << other;
        fields = {{tr("Permit"), code},
                  {tr("Type"), r->type},
                  {tr("Grade"), r->grade},
                  {tr("State"), r->state},
                  {tr("Contractor"), r->contractor},
                  {tr("Area"), r->area},
                  {tr("Window"), when(r->startsAt) + u" – "_s + when(r->endsAt)},
                  {tr("Workers"), QString::number(r->workers)},
                  {tr("Height"), tr("%1 – %2 m").arg(r->zMin).arg(r->zMax)},
                  {tr("Conflicts at %1").arg(m_slider->isLive() ? tr("now") : when(t)),
                   with.isEmpty() ? tr("none") : with.join(u", "_s)}};
        actions = {{u"open"_s, tr("Open permit")}};
    } else if (kind == u"camera"_s) {
        const site::Camera *c = nullptr;
        for (const site::Camera &x : s.layout.cameras)
            if (x.code == code)
                c = &x;
        if (!c)
            return false;
        title = c->name;
        fields = {{tr("Camera"), code},
                  {tr("Area"), c->area},
                  {tr("Position"), tr("%1, %2, %3 m").arg(c->position.x).arg(c->position.y).arg(c->position.z)},
                  {tr("View"), tr("yaw %1°, pitch %2°, field of view %3°").arg(c->yaw).arg(c->pitch).arg(c->fov)}};
        actions = {{u"open"_s, tr("Open camera feed")}};
    } else if (kind == u"sensor"_s) {
        const site::Sensor *se = nullptr;
        for (const site::Sensor &x : s.layout.sensors)
            if (x.tag == code)
                se = &x;
        if (!se)
            return false;
        title = code;
        QString alarm = tr("none");
        for (const AlarmRow &r : s.alarmRows)
            if (r.tag == code && r.standing()) {
                alarm = r.severity + u" · "_s + r.state + u" · "_s + r.message;
                break;
            }
        fields = {{tr("Sensor"), code},
                  {tr("Kind"), se->kind},
                  {tr("Unit"), se->unit},
                  {tr("Range"), se->rangeHi > se->rangeLo ? tr("%1 – %2 %3").arg(se->rangeLo).arg(se->rangeHi).arg(se->unit) : QString()},
                  {tr("Area"), se->area},
                  {tr("Equipment"), se->equipment},
                  {tr("Alarm"), alarm}};
        actions = {{u"chart"_s, tr("Chart")}, {u"open"_s, tr("Open sensor")}}; // Chart: the tag's chart window (issue #8)
        if (!se->equipment.isEmpty())
            actions << map::MapDetailsPanel::Action{u"equipment"_s, tr("Open equipment %1").arg(se->equipment)};
    } else if (kind == u"person"_s) {
        const PersonOnSite *r = rowOf(s.onSiteRows, code);
        if (!r)
            return false;
        title = r->name;
        fields = {{tr("Person"), code}, {tr("Contractor"), r->contractor}, {tr("On site since"), when(r->at)}};
        actions = {{u"open"_s, tr("Open person")}};
    } else if (kind == u"structure"_s) {
        const site::Structure *st = nullptr;
        for (const site::Structure &x : s.layout.structures)
            if (x.code == code)
                st = &x;
        if (!st)
            return false;
        title = st->name;
        fields = {{tr("Structure"), code},
                  {tr("Kind"), site::structureKindKey(st->kind)},
                  {tr("Area"), st->area},
                  {tr("Height"), tr("%1 m").arg(st->height)}};
        if (!st->mesh.isEmpty())
            fields << map::MapDetailsPanel::Field{tr("Model"), st->mesh.file};
        actions = {{u"area"_s, tr("Open area %1").arg(st->area)}};
    } else if (kind == u"area"_s) {
        const site::Area *a = s.layout.area(code);
        if (!a)
            return false;
        title = a->nameZh.isEmpty() ? a->name : a->name + u" · "_s + a->nameZh;
        static const QHash<QString, QString> riskNames{{u"red"_s, tr("red — major 重大")},
                                                       {u"orange"_s, tr("orange — large 较大")},
                                                       {u"yellow"_s, tr("yellow — general 一般")},
                                                       {u"blue"_s, tr("blue — low 低")}};
        int hazards = 0, permits = 0;
        for (const HazardRow &r : s.hazardRows)
            hazards += r.area == code && r.state != u"closed"_s ? 1 : 0;
        for (const PermitRow &r : s.permitRows)
            permits += r.area == code && r.state == u"active"_s ? 1 : 0;
        fields = {{tr("Area"), code},
                  {tr("Risk"), riskNames.value(site::riskKey(a->risk), site::riskKey(a->risk))},
                  {tr("Kind"), a->kind},
                  {tr("Open hazards"), QString::number(hazards)},
                  {tr("Active permits"), QString::number(permits)}};
        actions = {{u"open"_s, tr("Open area")}};
    } else {
        return false;
    }
    m_details->showObject(kind, code, title.isEmpty() ? code : title, fields, actions + fly);
    m_selectedArea.clear();
    if (kind == u"structure"_s)
        for (const site::Structure &x : s.layout.structures)
            if (x.code == code)
                m_selectedArea = x.area;
    m_selectedEquipment.clear();
    if (kind == u"sensor"_s)
        for (const site::Sensor &x : s.layout.sensors)
            if (x.tag == code)
                m_selectedEquipment = x.equipment;
    return true;
}

QString VtkMapFeeder::when(std::optional<qint64> msecs) const
{
    if (!msecs)
        return QString();
    const QTimeZone zone = m_snapshot && m_snapshot->timeZone.isValid() ? m_snapshot->timeZone : QTimeZone::systemTimeZone();
    return QDateTime::fromMSecsSinceEpoch(*msecs, zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace ui
} // namespace gl
#endif
