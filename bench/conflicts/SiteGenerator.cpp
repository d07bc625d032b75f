// SPDX-License-Identifier: Apache-2.0
#include "SiteGenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::conflicts::bench {
namespace {

struct Unit {
    double x, y, w, h;
};

class Generator {
public:
    explicit Generator(const SiteSpec &spec, quint32 seed) : m_spec(spec), m_rng(seed)
    {
        QRandomGenerator layout(spec.seed); // the plant's layout depends on the site seed only
        for (int i = 0; i < 40; ++i) {
            const double w = 60 + layout.generateDouble() * 90, h = 40 + layout.generateDouble() * 60;
            m_units.push_back({layout.generateDouble() * (spec.width - w), layout.generateDouble() * (spec.height - h), w, h});
        }
        m_yearStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch();
    }

    double uniform(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }
    qint64 hours(double h) { return qint64(h * 3600.0 * 1000.0); }

    WorkType pickType()
    {
        static const std::pair<WorkType, int> weights[] = {
            {WorkType::HotWork, 25},       {WorkType::WorkAtHeight, 20},  {WorkType::Lifting, 12},
            {WorkType::TemporaryPower, 12}, {WorkType::ConfinedSpace, 8}, {WorkType::BlindPlate, 8},
            {WorkType::Excavation, 10},    {WorkType::RoadClosure, 5},
        };
        int r = int(m_rng.bounded(100));
        for (const auto &[t, w] : weights) {
            if (r < w)
                return t;
            r -= w;
        }
        return WorkType::HotWork;
    }

    Timestamp stamp(qint64 msecs)
    {
        Timestamp t;
        t.form = TimeForm::Offset;
        t.offsetSeconds = 8 * 3600;
        t.msecs = msecs;
        return t;
    }

    Permit make(int index, std::optional<qint64> fixedStart)
    {
        Permit p;
        p.id = u"P-%1"_s.arg(index, 6, 10, QLatin1Char('0'));
        p.type = pickType();
        p.contractor = m_rng.bounded(5) == 0 ? u"own"_s : u"C-%1"_s.arg(m_rng.bounded(60), 3, 10, QLatin1Char('0'));

        // Where: mostly inside a process unit, the rest anywhere (pipe racks, tank farm, roads).
        double cx, cy;
        if (m_rng.bounded(5) != 0) {
            const Unit &u = m_units[size_t(m_rng.bounded(int(m_units.size())))];
            cx = u.x + m_rng.generateDouble() * u.w;
            cy = u.y + m_rng.generateDouble() * u.h;
        } else {
            cx = uniform(0, m_spec.width);
            cy = uniform(0, m_spec.height);
        }
        double len = uniform(3, 30), wid = uniform(3, 20);
        if (p.type == WorkType::RoadClosure) {
            len = uniform(40, 200);
            wid = uniform(6, 10);
        }
        const double a = m_rng.bounded(2) ? 0.0 : uniform(0, M_PI);
        const double c = std::cos(a), s = std::sin(a);
        std::vector<Point> pts;
        for (const auto &[u, v] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}})
            pts.push_back({cx + c * u * len - s * v * wid, cy + s * u * len + c * v * wid});
        p.area.polygon = Polygon(std::move(pts));

        switch (p.type) {
        case WorkType::WorkAtHeight: p.area.zMin = uniform(2, 40); p.area.zMax = p.area.zMin + uniform(2, 5); break;
        case WorkType::Lifting: p.area.zMin = uniform(0, 10); p.area.zMax = p.area.zMin + uniform(10, 40); break;
        case WorkType::Excavation: p.area.zMin = -uniform(1, 6); p.area.zMax = 0; break;
        case WorkType::ConfinedSpace: p.area.zMin = uniform(-5, 20); p.area.zMax = p.area.zMin + uniform(2, 10); break;
        case WorkType::RoadClosure: p.area.zMin = 0; p.area.zMax = 0; break;
        default: p.area.zMin = m_rng.bounded(3) == 0 ? uniform(0, 30) : 0.0; p.area.zMax = p.area.zMin + uniform(1, 3); break;
        }

        double minH = 2, maxH = 8;
        switch (p.type) {
        case WorkType::HotWork: minH = 2; maxH = 8; break;
        case WorkType::ConfinedSpace: minH = 2; maxH = 24; break;
        case WorkType::BlindPlate: minH = 1; maxH = 4; break;
        case WorkType::WorkAtHeight: minH = 4; maxH = 7 * 24; break;
        case WorkType::Lifting: minH = 2; maxH = 10; break;
        case WorkType::TemporaryPower: minH = 24; maxH = 15 * 24; break;
        case WorkType::Excavation: minH = 24; maxH = 10 * 24; break;
        case WorkType::RoadClosure: minH = 4; maxH = 72; break;
        case WorkType::Unknown: break;
        }
        const qint64 start = fixedStart ? *fixedStart
                                        : m_yearStart + hours(24.0 * m_rng.bounded(m_spec.days))
                + hours(7 + m_rng.bounded(12)) + hours(m_rng.bounded(4) * 0.25);
        p.start = stamp(start);
        p.end = stamp(start + hours(minH * std::pow(maxH / minH, m_rng.generateDouble()))); // log-uniform
        return p;
    }

private:
    const SiteSpec &m_spec;
    QRandomGenerator m_rng;
    std::vector<Unit> m_units;
    qint64 m_yearStart = 0;
};

} // namespace

PermitSet generateSite(const SiteSpec &spec)
{
    Generator g(spec, spec.seed);
    PermitSet out;
    out.reserve(size_t(spec.permits));
    for (int i = 0; i < spec.permits; ++i)
        out.push_back(g.make(i, std::nullopt));
    return out;
}

Permit generateCandidate(const SiteSpec &spec, quint32 seed, qint64 startMsecs)
{
    Generator g(spec, seed);
    Permit p = g.make(999999, startMsecs);
    p.id = u"NEW"_s;
    return p;
}

} // namespace gl::conflicts::bench
