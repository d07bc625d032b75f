// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QtPlugin>

#include <functional>

namespace gl::sdk {

/// The SDK's major version. A plugin built for another major version is refused by the loader with a
/// log line naming the plugin and both versions.
inline constexpr int kConnectorApiMajor = 1;
/// The SDK's minor version: additions that keep API 1 plugins loadable. A plugin declares the minor
/// version it was built for as "api_minor" in its metadata (absent = 0); the host calls a method added
/// in minor N only on plugins declaring api_minor >= N.
///   1.1: Connector::sendCommand (instructions pushed out to the line, e.g. an MQTT command topic).
///   1.2: configure() receives the site's IANA time zone as "time_zone" (unless the configuration names
///        one); a time without a UTC offset is read in it (gl::parseTimestamp, docs/FORMATS.md).
inline constexpr int kConnectorApiMinor = 2;

/// Health of a connector, shown in the status bar and the connector panel.
enum class ConnectorState { Unknown = 0, Connecting, Online, Degraded, Offline };

/// One telemetry sample. `good` false marks bad data (out of range, malformed payload): it is stored and
/// shown as bad, never used as good by the rules.
struct Sample {
    QString tag;
    qint64 timestampMs = 0;
    double value = 0;
    bool good = true;
};

/// A connector instance: it is configured with JSON, started, and delivers samples through the sink.
/// Implementations run their I/O off the UI thread and never throw across this interface.
class Connector {
public:
    virtual ~Connector() = default;
    virtual QString id() const = 0;
    /// Applies the configuration; returns an empty string or the reason it is refused (naming the field).
    virtual QString configure(const QJsonObject &config) = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual ConnectorState state() const = 0;
    /// Counters for the health panel: received, bad, reconnects, last error...
    virtual QJsonObject health() const = 0;
    /// API 1.1: sends a command to the line behind the connector (e.g. {"id": 12, "text": "HALT POUR"}
    /// published on the MQTT command topic of `target`). Returns an empty string when it was handed to
    /// the transport, or the reason it was not. Thread-safe; never blocks on the network.
    virtual QString sendCommand(const QString &target, const QJsonObject &command)
    {
        Q_UNUSED(target);
        Q_UNUSED(command);
        return QStringLiteral("this connector cannot send commands");
    }
};

/// The factory a plugin exports (Q_PLUGIN_METADATA with IID below and a metadata JSON holding
/// {"kind": "...", "api": 1}).
class ConnectorFactory {
public:
    virtual ~ConnectorFactory() = default;
    virtual QString kind() const = 0; ///< e.g. "mqtt", "modbus-tcp", "csv-replay"
    virtual Connector *create(QObject *parent, std::function<void(const Sample &)> sink) = 0;
};

} // namespace gl::sdk

#define GuardlineConnectorFactory_iid "org.guardline.ConnectorFactory/1.0"
Q_DECLARE_INTERFACE(gl::sdk::ConnectorFactory, GuardlineConnectorFactory_iid)
