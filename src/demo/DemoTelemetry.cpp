// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoTelemetry.h"
#include "platform/util/Clock.h"

#include <QDateTime>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl {

DemoTelemetry::DemoTelemetry(QObject *parent, QHash<QString, TagInfo> tags, std::function<void(const sdk::Sample &)> sink)
    : QObject(parent), m_tags(std::move(tags)), m_sink(std::move(sink))
{
    m_timer.setInterval(1000);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { emitAll(); });
}

QString DemoTelemetry::configure(const QJsonObject &config)
{
    m_offsetMs = qint64(config.value(u"offset_s"_s).toDouble(60) * 1000);
    if (m_tags.isEmpty())
        return u"no sensors in the store: load the demo plant or import a layout with sensors"_s;
    return {};
}

void DemoTelemetry::start()
{
    m_startedAt = processClock().nowMs() - m_offsetMs;
    m_state = sdk::ConnectorState::Online;
    emitAll();
    m_timer.start();
}

void DemoTelemetry::stop()
{
    m_timer.stop();
    m_state = sdk::ConnectorState::Offline;
}

QJsonObject DemoTelemetry::health() const
{
    return {{u"state"_s, m_state == sdk::ConnectorState::Online ? u"online"_s : u"offline"_s},
            {u"delivered"_s, m_delivered}, {u"tags"_s, qint64(m_tags.size())}, {u"commands_sent"_s, m_commands}};
}

QString DemoTelemetry::sendCommand(const QString &, const QJsonObject &)
{
    ++m_commands; // the simulated line takes the instruction
    return {};
}

double DemoTelemetry::baseline(const TagInfo &tag, qint64 t, qint64 cycle)
{
    const double lo = tag.lo.value_or(0), hi = tag.hi.value_or(100);
    auto ramp = [t](qint64 from, qint64 up, qint64 hold, qint64 down, double peak) {
        if (t < from || t > from + up + hold + down)
            return 0.0;
        if (t < from + up)
            return peak * double(t - from) / double(up);
        if (t < from + up + hold)
            return peak;
        return peak * (1.0 - double(t - from - up - hold) / double(down));
    };
    if (tag.tag == u"TF.LEL_T101"_s) // a small leak: 4 % LEL → 31 % LEL for half a minute
        return 4 + ramp(60'000, 20'000, 30'000, 20'000, 27);
    if (tag.tag == u"CH2.CO_ppm"_s) // every other cycle: +70 ppm in 40 s
        return 8 + (cycle % 2 ? ramp(150'000, 40'000, 20'000, 30'000, 70) : 0);
    if (tag.tag == u"CH2.FAN_HZ"_s) // ... while the exhaust fan slows from 48 Hz to 38 Hz
        return 48 - (cycle % 2 ? ramp(145'000, 30'000, 30'000, 30'000, 10) : 0);
    if (tag.tag == u"CH2.HM_SI_pct"_s) // hot-metal silicon (quality) follows the CO / fan episode a minute later
        return 0.45 + (cycle % 2 ? ramp(200'000, 20'000, 15'000, 5'000, 0.2) : 0);
    if (tag.kind == u"combustible_gas"_s)
        return 2;
    if (tag.kind == u"toxic_gas"_s)
        return lo + (hi - lo) * 0.01;
    if (tag.kind == u"oxygen"_s)
        return 20.9;
    if (tag.kind == u"wind_direction"_s)
        return 135;
    return lo + (hi - lo) * 0.45;
}

void DemoTelemetry::emitAll()
{
    const qint64 now = processClock().nowMs();
    const qint64 elapsed = now - m_startedAt;
    const qint64 cycle = elapsed / kCycleMs, t = elapsed % kCycleMs;
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it) {
        const TagInfo &tag = it.value();
        const double span = tag.hi.value_or(100) - tag.lo.value_or(0);
        double v = baseline(tag, t, cycle) + (m_random.generateDouble() - 0.5) * span * 0.004;
        if (tag.lo)
            v = std::max(v, *tag.lo);
        if (tag.hi)
            v = std::min(v, *tag.hi);
        m_sink(sdk::Sample{tag.tag, now, v, true});
        ++m_delivered;
    }
}

BuiltInConnector DemoTelemetry::builtIn()
{
    return [](QObject *parent, const QHash<QString, TagInfo> &tags, std::function<void(const sdk::Sample &)> sink) {
        return std::unique_ptr<sdk::Connector>(new DemoTelemetry(parent, tags, std::move(sink)));
    };
}

} // namespace gl
