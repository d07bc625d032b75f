// SPDX-License-Identifier: Apache-2.0
// VtkMapFeeder's layers: each snapshot into the map (hazard pins, permits, sensors, people, search codes).
#include "shell/VtkMapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "modules/map/MapDetailsPanel.h"
#include "modules/map/MapTimeSlider.h"
#include "modules/map/PlantMapView.h"

#include <QAction>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

bool samePin(const map::HazardPin &a, const map::HazardPin &b)
{
    return a.code == b.code && a.x == b.x && a.y == b.y && a.z == b.z && a.grade == b.grade && a.state == b.state
           && a.overdue == b.overdue;
}

} // namespace

void VtkMapFeeder::setSnapshot(const SnapshotPtr &s)
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
    feedCodes(*s);
    if (m_follow->isChecked())
        follow(false);
    if (s->takenAt > 0)
        m_slider->setNow(s->takenAt);
    if (!m_details->code().isEmpty())
        select(m_details->kind(), m_details->code());
}

void VtkMapFeeder::setLiveValues(const QList<TagLive> &tags)
{
    m_live.clear();
    for (const TagLive &t : tags)
        m_live.insert(t.tag, t);
    if (m_snapshot)
        feedSensors(*m_snapshot);
}

void VtkMapFeeder::feedHazards(const Snapshot &s)
{
    QList<map::HazardPin> pins;
    for (const HazardRow &r : s.hazardRows) {
        if (r.state == u"closed"_s || r.state == u"reinspected"_s)
            continue;
        pins << map::HazardPin{r.code, r.x, r.y, r.z, r.grade, r.state, r.deadlineAt && *r.deadlineAt < s.takenAt};
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

void VtkMapFeeder::feedPermits(const Snapshot &s)
{
    if (s.permitRows == m_permitRows && s.conflicts == m_conflictList && s.takenAt - m_permitsAt < 60000)
        return;
    m_permitRows = s.permitRows;
    m_conflictList = s.conflicts;
    m_permitsAt = s.takenAt;
    QList<map::PermitVolume> volumes;
    for (const PermitRow &r : s.permitRows) {
        const QString &state = r.state;
        if (state == u"draft"_s || state == u"cancelled"_s)
            continue;
        map::PermitVolume v;
        v.code = r.code;
        v.type = r.type;
        v.polygon = r.polygon;
        v.zMin = r.zMin;
        v.zMax = r.zMax;
        v.startsAt = r.startsAt;
        v.endsAt = r.endsAt;
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

void VtkMapFeeder::feedSensors(const Snapshot &s)
{
    QHash<QString, QString> alarmByTag;
    for (const AlarmRow &r : s.alarmRows)
        if (r.standing() && !alarmByTag.contains(r.tag))
            alarmByTag.insert(r.tag, r.severity);
    QList<map::SensorState> sensors;
    // The latest value of each tag from the site service (setLiveValues); without one (no service, or the
    // tag never reported) an alarmed sensor still shows its alarm, never a made-up number.
    for (const site::Sensor &se : s.layout.sensors) {
        const auto live = m_live.constFind(se.tag);
        if (live == m_live.cend() && !alarmByTag.contains(se.tag))
            continue;
        map::SensorState st{se.tag, std::numeric_limits<double>::quiet_NaN(), se.unit, alarmByTag.value(se.tag)};
        if (live != m_live.cend()) {
            st.value = live->value;
            st.good = live->good;
            if (!live->unit.isEmpty())
                st.unit = live->unit;
        }
        sensors << st;
    }
    auto same = [](const map::SensorState &a, const map::SensorState &b) {
        return a.tag == b.tag && a.unit == b.unit && a.alarm == b.alarm && a.good == b.good
               && (a.value == b.value || (std::isnan(a.value) && std::isnan(b.value)));
    };
    if (sensors.size() == m_sensors.size() && std::equal(sensors.cbegin(), sensors.cend(), m_sensors.cbegin(), same))
        return; // unchanged: no rebuild of the sensor glyphs and labels
    m_sensors = sensors;
    m_view->setSensors(sensors);
}

void VtkMapFeeder::feedPeople(const Snapshot &s)
{
    QList<map::PersonMarker> people;
    for (const PersonOnSite &r : s.onSiteRows) {
        if (!r.x || !r.y)
            continue; // checked in without a position: not drawn
        map::PersonMarker m;
        m.code = r.code;
        m.name = r.name;
        m.contractor = r.contractor;
        m.x = *r.x;
        m.y = *r.y;
        people << m;
    }
    m_view->setPeople(people);
}

void VtkMapFeeder::feedCodes(const Snapshot &s)
{
    QHash<QString, QString> kinds;
    QStringList entries;
    auto add = [&](const QString &kind, const QString &code, const QString &name) {
        if (code.isEmpty() || kinds.contains(code))
            return;
        kinds.insert(code, kind);
        entries << (name.isEmpty() || name == code ? code : code + u" — "_s + name);
    };
    for (const site::Area &a : s.layout.areas)
        add(u"area"_s, a.code, a.name);
    for (const site::Structure &x : s.layout.structures)
        add(u"structure"_s, x.code, x.name);
    for (const site::Equipment &e : s.layout.equipment)
        add(u"equipment"_s, e.code, e.name);
    for (const site::Sensor &x : s.layout.sensors)
        add(u"sensor"_s, x.tag, QString());
    for (const site::Camera &c : s.layout.cameras)
        add(u"camera"_s, c.code, c.name);
    for (const map::HazardPin &p : std::as_const(m_pins))
        add(u"hazard"_s, p.code, QString());
    for (const PermitRow &r : s.permitRows)
        if (r.state != u"draft"_s && r.state != u"cancelled"_s)
            add(u"permit"_s, r.code, QString());
    for (const PersonOnSite &r : s.onSiteRows)
        if (r.x)
            add(u"person"_s, r.code, r.name);
    entries.sort(Qt::CaseInsensitive);
    m_codeKinds = kinds;
    if (entries != m_codeModel.stringList())
        m_codeModel.setStringList(entries);
}

} // namespace ui
} // namespace gl
#endif
