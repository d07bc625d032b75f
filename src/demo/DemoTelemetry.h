// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/TelemetryPipeline.h"
#include "modules/telemetry/logic/TelemetryService.h"

#include <guardline/Connector.h>

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace gl {

/// The demo plant's sensors, simulated: every tag reports once a second around a plausible value with
/// noise, and scripted incidents repeat so the demo shows alarms now and then: a T-101 gas leak reaching
/// the 1st alarm (25 % LEL) every cycle, and every other cycle the casting-house-2 CO rise with the
/// exhaust fan slowing (the HALT POUR rule).
class DemoTelemetry : public QObject, public sdk::Connector {
public:
    static constexpr qint64 kCycleMs = 240'000;

    DemoTelemetry(QObject *parent, QHash<QString, TagInfo> tags, std::function<void(const sdk::Sample &)> sink);
    QString id() const override { return QStringLiteral("demo-simulator"); }
    QString configure(const QJsonObject &config) override;
    void start() override;
    void stop() override;
    sdk::ConnectorState state() const override { return m_state; }
    QJsonObject health() const override;
    QString sendCommand(const QString &target, const QJsonObject &command) override;

    /// The simulated value of a tag at `t` ms into the cycle (deterministic part, without noise).
    static double baseline(const TagInfo &tag, qint64 cycleMs, qint64 cycleIndex);

    /// The simulator as a connector of the site engine (SiteEngineOptions::builtInConnectors): the command
    /// center's demo mode only; production programs do not link the demo.
    static BuiltInConnector builtIn();

private:
    void emitAll();
    QHash<QString, TagInfo> m_tags;
    std::function<void(const sdk::Sample &)> m_sink;
    QTimer m_timer;
    QRandomGenerator m_random{20260114};
    qint64 m_startedAt = 0, m_delivered = 0, m_commands = 0;
    qint64 m_offsetMs = 60'000; ///< start a minute into the cycle so the first incident comes soon
    sdk::ConnectorState m_state = sdk::ConnectorState::Offline;
};

} // namespace gl
