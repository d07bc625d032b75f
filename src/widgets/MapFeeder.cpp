// SPDX-License-Identifier: Apache-2.0
#include "widgets/MapFeeder.h"

#ifdef GUARDLINE_HAVE_MAP
#include "map/PlantMapView.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#endif

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

#ifdef GUARDLINE_HAVE_MAP
namespace {

class VtkMapFeeder : public MapFeeder {
public:
    explicit VtkMapFeeder(QWidget *parent) : MapFeeder(parent), m_view(new map::PlantMapView(parent))
    {
        connect(m_view, &map::PlantMapView::objectPicked, this, &MapFeeder::objectPicked);
    }
    QWidget *widget() const override { return m_view; }
    void setView(const QString &view) override { m_view->setView(view == u"top"_s ? map::View::Top : map::View::Iso); }

    void setSnapshot(const SnapshotPtr &s) override
    {
        if (!m_haveLayout && !s->layout.areas.isEmpty()) {
            m_view->setLayout(s->layout);
            m_haveLayout = true;
        }
        const Table &h = s->hazards;
        QList<map::HazardPin> pins;
        for (const QVariantList &r : h.rows) {
            const QString state = r[h.column(u"state"_s)].toString();
            if (state == u"closed"_s || state == u"reinspected"_s)
                continue;
            const QVariant deadline = r[h.column(u"deadline_at"_s)];
            pins << map::HazardPin{r[h.column(u"code"_s)].toString(), r[h.column(u"x"_s)].toDouble(), r[h.column(u"y"_s)].toDouble(),
                                   r[h.column(u"z"_s)].toDouble(), r[h.column(u"grade"_s)].toString(), state,
                                   !deadline.isNull() && deadline.toLongLong() < s->takenAt};
        }
        m_view->setHazards(pins);
        const Table &p = s->permits;
        QList<map::PermitVolume> volumes;
        for (const QVariantList &r : p.rows) {
            const QString state = r[p.column(u"state"_s)].toString();
            if (state != u"active"_s && state != u"suspended"_s && state != u"approved"_s)
                continue;
            map::PermitVolume v;
            v.code = r[p.column(u"code"_s)].toString();
            v.type = r[p.column(u"type"_s)].toString();
            for (const QJsonValue &pt : QJsonDocument::fromJson(r[p.column(u"polygon"_s)].toString().toUtf8()).array())
                v.polygon << QPointF(pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble());
            v.zMin = r[p.column(u"z_min"_s)].toDouble();
            v.zMax = r[p.column(u"z_max"_s)].toDouble();
            volumes << v;
        }
        m_view->setPermits(volumes);
        const Table &a = s->alarms;
        QHash<QString, QString> alarmByTag;
        for (const QVariantList &r : a.rows) {
            const QString state = r[a.column(u"state"_s)].toString();
            if (state == u"unacknowledged"_s || state == u"acknowledged"_s)
                alarmByTag.insert(r[a.column(u"tag"_s)].toString(), r[a.column(u"severity"_s)].toString());
        }
        QList<map::SensorState> sensors;
        // Live values arrive with the telemetry connectors; until then only the alarm state is known.
        for (const site::Sensor &se : s->layout.sensors)
            if (alarmByTag.contains(se.tag))
                sensors << map::SensorState{se.tag, std::numeric_limits<double>::quiet_NaN(), se.unit, alarmByTag.value(se.tag)};
        m_view->setSensors(sensors);
    }

private:
    map::PlantMapView *m_view;
    bool m_haveLayout = false;
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
