// SPDX-License-Identifier: Apache-2.0
#include "widgets/MapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "map/MapDetailsPanel.h"
#include "map/MapTimeSlider.h"
#include "map/PlantMapView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVBoxLayout>

#include <limits>
#endif

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

#ifdef GUARDLINE_HAVE_MAP
namespace {

using Fields = QList<map::MapDetailsPanel::Field>;
using Actions = QList<map::MapDetailsPanel::Action>;

bool samePin(const map::HazardPin &a, const map::HazardPin &b)
{
    return a.code == b.code && a.x == b.x && a.y == b.y && a.z == b.z && a.grade == b.grade && a.state == b.state
           && a.overdue == b.overdue;
}

/// The row of `table` whose `key` column is `code`, or null.
const QVariantList *rowOf(const Table &table, const QString &key, const QString &code)
{
    const int c = table.column(key);
    if (c < 0)
        return nullptr;
    for (const QVariantList &r : table.rows)
        if (r[c].toString() == code)
            return &r;
    return nullptr;
}

class VtkMapFeeder : public MapFeeder {
public:
    explicit VtkMapFeeder(QWidget *parent)
        : MapFeeder(parent), m_container(new QWidget(parent)), m_view(new map::PlantMapView(m_container)),
          m_slider(new map::MapTimeSlider(m_container)), m_details(new map::MapDetailsPanel(m_container))
    {
        m_container->setObjectName(u"plantMap"_s);
        auto *row = new QHBoxLayout(m_container);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(0);
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(m_view, 1);
        column->addWidget(m_slider);
        row->addLayout(column, 1);
        row->addWidget(m_details);

        connect(m_view, &map::PlantMapView::objectPicked, this, [this](const QString &kind, const QString &code) {
            if (select(kind, code))
                Q_EMIT selected(kind, code);
        });
        connect(m_details, &map::MapDetailsPanel::actionTriggered, this,
                [this](const QString &action, const QString &kind, const QString &code) { act(action, kind, code); });
        connect(m_slider, &map::MapTimeSlider::timeChanged, this, [this](qint64 t, bool) {
            m_view->setPermitTime(t);
            if (m_details->kind() == u"permit"_s)
                select(m_details->kind(), m_details->code()); // its conflicts depend on the time
        });
        m_view->setPermitTime(m_slider->time());
    }

    QWidget *widget() const override { return m_container; }
    void setView(const QString &view) override { m_view->setView(view == u"top"_s ? map::View::Top : map::View::Iso); }

    void setSnapshot(const SnapshotPtr &s) override
    {
        m_snapshot = s;
        if (!m_haveLayout && !s->layout.areas.isEmpty()) {
            m_view->setLayout(s->layout);
            m_haveLayout = true;
        }
        m_slider->setTimeZone(s->timeZone);
        feedHazards(*s);
        feedPermits(*s);
        feedSensors(*s);
        feedPeople(*s);
        if (s->takenAt > 0)
            m_slider->setNow(s->takenAt);
        if (!m_details->code().isEmpty())
            select(m_details->kind(), m_details->code());
    }

    bool select(const QString &kind, const QString &code) override
    {
        if (!m_snapshot)
            return false;
        const Snapshot &s = *m_snapshot;
        QString title;
        Fields fields;
        Actions actions;
        const Actions fly{{u"fly"_s, tr("Fly to")}};
        if (kind == u"hazard"_s) {
            const Table &h = s.hazards;
            const QVariantList *r = rowOf(h, u"code"_s, code);
            if (!r)
                return false;
            auto v = [&](const QString &key) { return (*r)[h.column(key)]; };
            title = v(u"description"_s).toString();
            const QVariant deadline = v(u"deadline_at"_s);
            const bool overdue = !deadline.isNull() && deadline.toLongLong() < s.takenAt
                                 && v(u"state"_s).toString() != u"closed"_s;
            fields = {{tr("Hazard"), code},
                      {tr("Grade"), v(u"grade"_s).toString()},
                      {tr("State"), v(u"state"_s).toString()},
                      {tr("Category"), v(u"category"_s).toString()},
                      {tr("Area"), v(u"area"_s).toString()},
                      {tr("Equipment"), v(u"equipment"_s).toString()},
                      {tr("Assignee"), v(u"assignee"_s).toString()},
                      {tr("Reported"), when(v(u"reported_at"_s))},
                      {tr("Deadline"), when(deadline) + (overdue ? tr(" — OVERDUE") : QString())}};
            actions = {{u"open"_s, tr("Open hazard")}};
        } else if (kind == u"permit"_s) {
            const Table &p = s.permits;
            const QVariantList *r = rowOf(p, u"code"_s, code);
            if (!r)
                return false;
            auto v = [&](const QString &key) { return (*r)[p.column(key)]; };
            title = v(u"title"_s).toString();
            QStringList with;
            const qint64 t = m_slider->time();
            for (const auto &[other, window] : m_conflicts.value(code))
                if (window.first <= t && t < window.second)
                    with << other;
            fields = {{tr("Permit"), code},
                      {tr("Type"), v(u"type"_s).toString()},
                      {tr("Grade"), v(u"grade"_s).toString()},
                      {tr("State"), v(u"state"_s).toString()},
                      {tr("Contractor"), v(u"contractor"_s).toString()},
                      {tr("Area"), v(u"area"_s).toString()},
                      {tr("Window"), when(v(u"starts_at"_s)) + u" – "_s + when(v(u"ends_at"_s))},
                      {tr("Workers"), v(u"workers"_s).toString()},
                      {tr("Height"), tr("%1 – %2 m").arg(v(u"z_min"_s).toDouble()).arg(v(u"z_max"_s).toDouble())},
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
            const Table &a = s.alarms;
            for (const QVariantList &r : a.rows)
                if (r[a.column(u"tag"_s)].toString() == code
                    && (r[a.column(u"state"_s)].toString() == u"unacknowledged"_s || r[a.column(u"state"_s)].toString() == u"acknowledged"_s)) {
                    alarm = r[a.column(u"severity"_s)].toString() + u" · "_s + r[a.column(u"state"_s)].toString() + u" · "_s
                            + r[a.column(u"message"_s)].toString();
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
            const Table &o = s.onSite;
            const QVariantList *r = rowOf(o, u"code"_s, code);
            if (!r)
                return false;
            auto v = [&](const QString &key) { return o.column(key) >= 0 ? (*r)[o.column(key)] : QVariant(); };
            title = v(u"name"_s).toString();
            fields = {{tr("Person"), code}, {tr("Contractor"), v(u"contractor"_s).toString()}, {tr("On site since"), when(v(u"at"_s))}};
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
            for (const QVariantList &r : s.hazards.rows)
                hazards += r[s.hazards.column(u"area"_s)].toString() == code
                                   && r[s.hazards.column(u"state"_s)].toString() != u"closed"_s
                               ? 1 : 0;
            for (const QVariantList &r : s.permits.rows)
                permits += r[s.permits.column(u"area"_s)].toString() == code
                                   && r[s.permits.column(u"state"_s)].toString() == u"active"_s
                               ? 1 : 0;
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

private:
    QString when(const QVariant &msecs) const
    {
        if (msecs.isNull() || !msecs.isValid())
            return QString();
        const QTimeZone zone = m_snapshot && m_snapshot->timeZone.isValid() ? m_snapshot->timeZone : QTimeZone::systemTimeZone();
        return QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm"_s);
    }

    void act(const QString &action, const QString &kind, const QString &code)
    {
        if (action == u"fly"_s)
            m_view->flyTo(code);
        else if (action == u"open"_s)
            Q_EMIT objectPicked(kind, code);
        else if (action == u"chart"_s)
            Q_EMIT objectPicked(u"chart"_s, code);
        else if (action == u"area"_s && !m_selectedArea.isEmpty())
            Q_EMIT objectPicked(u"area"_s, m_selectedArea);
        else if (action == u"equipment"_s && !m_selectedEquipment.isEmpty())
            Q_EMIT objectPicked(u"equipment"_s, m_selectedEquipment);
    }

    /// Open hazards as pins. Pins that are new or changed are added in place (no rebuild of the batches);
    /// a hazard leaving the list (closed) rebuilds the pins.
    void feedHazards(const Snapshot &s)
    {
        const Table &h = s.hazards;
        QList<map::HazardPin> pins;
        for (const QVariantList &r : h.rows) {
            const QString state = r[h.column(u"state"_s)].toString();
            if (state == u"closed"_s || state == u"reinspected"_s)
                continue;
            const QVariant deadline = r[h.column(u"deadline_at"_s)];
            pins << map::HazardPin{r[h.column(u"code"_s)].toString(), r[h.column(u"x"_s)].toDouble(), r[h.column(u"y"_s)].toDouble(),
                                   r[h.column(u"z"_s)].toDouble(), r[h.column(u"grade"_s)].toString(), state,
                                   !deadline.isNull() && deadline.toLongLong() < s.takenAt};
        }
        QHash<QString, int> now;
        for (int i = 0; i < int(pins.size()); ++i)
            now.insert(pins[i].code, i);
        bool removed = false;
        for (const map::HazardPin &p : std::as_const(m_pins))
            removed = removed || !now.contains(p.code);
        if (removed || m_pins.isEmpty()) {
            m_view->setHazards(pins);
        } else {
            QHash<QString, int> before;
            for (int i = 0; i < int(m_pins.size()); ++i)
                before.insert(m_pins[i].code, i);
            for (const map::HazardPin &p : std::as_const(pins)) {
                const auto it = before.constFind(p.code);
                if (it == before.cend() || !samePin(m_pins[*it], p))
                    m_view->addHazard(p);
            }
        }
        m_pins = pins;
    }

    /// Permits with their work windows, drawn when the slider's time falls in them; their SIMOPS conflicts
    /// (computed once per snapshot on the data thread, Snapshot::conflicts, with their overlap windows)
    /// outlined while the chosen time is inside one. Nothing is recomputed here.
    void feedPermits(const Snapshot &s)
    {
        const Table &p = s.permits;
        if (p.rows == m_permitRows && s.conflicts == m_conflictList && s.takenAt - m_permitsAt < 60000)
            return;
        m_permitRows = p.rows;
        m_conflictList = s.conflicts;
        m_permitsAt = s.takenAt;
        QList<map::PermitVolume> volumes;
        for (const QVariantList &r : p.rows) {
            const QString state = r[p.column(u"state"_s)].toString();
            if (state == u"draft"_s || state == u"cancelled"_s)
                continue;
            map::PermitVolume v;
            v.code = r[p.column(u"code"_s)].toString();
            v.type = r[p.column(u"type"_s)].toString();
            for (const QJsonValue &pt : QJsonDocument::fromJson(r[p.column(u"polygon"_s)].toString().toUtf8()).array())
                v.polygon << QPointF(pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble());
            v.zMin = r[p.column(u"z_min"_s)].toDouble();
            v.zMax = r[p.column(u"z_max"_s)].toDouble();
            v.startsAt = r[p.column(u"starts_at"_s)].toLongLong();
            v.endsAt = r[p.column(u"ends_at"_s)].toLongLong();
            // Work still running past its planned end stays on the map until it is closed.
            if ((state == u"active"_s || state == u"suspended"_s) && v.endsAt <= s.takenAt)
                v.endsAt = s.takenAt + 60000;
            volumes << v;
        }
        m_conflicts.clear();
        for (const PermitConflict &c : s.conflicts) {
            const std::pair<qint64, qint64> window{c.from, c.to};
            m_conflicts[c.a].append({c.b, window});
            m_conflicts[c.b].append({c.a, window});
        }
        for (map::PermitVolume &v : volumes)
            for (const auto &[other, window] : m_conflicts.value(v.code)) {
                v.conflictWindows.append(window);
                v.conflict = true;
            }
        m_view->setPermits(volumes);
    }

    void feedSensors(const Snapshot &s)
    {
        const Table &a = s.alarms;
        QHash<QString, QString> alarmByTag;
        for (const QVariantList &r : a.rows) {
            const QString state = r[a.column(u"state"_s)].toString();
            if ((state == u"unacknowledged"_s || state == u"acknowledged"_s) && !alarmByTag.contains(r[a.column(u"tag"_s)].toString()))
                alarmByTag.insert(r[a.column(u"tag"_s)].toString(), r[a.column(u"severity"_s)].toString());
        }
        QList<map::SensorState> sensors;
        // Live values arrive with the telemetry connectors; until then only the alarm state is known.
        for (const site::Sensor &se : s.layout.sensors)
            if (alarmByTag.contains(se.tag))
                sensors << map::SensorState{se.tag, std::numeric_limits<double>::quiet_NaN(), se.unit, alarmByTag.value(se.tag)};
        m_view->setSensors(sensors);
    }

    void feedPeople(const Snapshot &s)
    {
        const Table &o = s.onSite;
        const int code = o.column(u"code"_s), name = o.column(u"name"_s), contractor = o.column(u"contractor"_s),
                  x = o.column(u"x"_s), y = o.column(u"y"_s);
        QList<map::PersonMarker> people;
        if (code >= 0 && x >= 0 && y >= 0)
            for (const QVariantList &r : o.rows) {
                if (r[x].isNull() || r[y].isNull())
                    continue; // checked in without a position: not drawn
                map::PersonMarker m;
                m.code = r[code].toString();
                m.name = name >= 0 ? r[name].toString() : m.code;
                m.contractor = contractor >= 0 ? r[contractor].toString() : QString();
                m.x = r[x].toDouble();
                m.y = r[y].toDouble();
                people << m;
            }
        m_view->setPeople(people);
    }

    QWidget *m_container;
    map::PlantMapView *m_view;
    map::MapTimeSlider *m_slider;
    map::MapDetailsPanel *m_details;
    SnapshotPtr m_snapshot;
    bool m_haveLayout = false;
    QList<map::HazardPin> m_pins;
    QList<QVariantList> m_permitRows;
    qint64 m_permitsAt = 0;
    QList<PermitConflict> m_conflictList;
    QHash<QString, QList<std::pair<QString, std::pair<qint64, qint64>>>> m_conflicts; ///< permit → (other, window)
    QString m_selectedArea, m_selectedEquipment;
};

} // namespace
#endif

MapFeeder *MapFeeder::create(QWidget *parent)
{
#ifdef GUARDLINE_HAVE_MAP
    if (qEnvironmentVariableIntValue("GUARDLINE_NO_3D") != 1)
        return new VtkMapFeeder(parent);
#endif
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace ui
} // namespace gl
