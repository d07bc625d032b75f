// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <guardline/Connector.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace gl::mqtt {

/// How the messages of one subscription filter become samples (the connector's `mappings`).
struct Mapping {
    QByteArray filter;       ///< MQTT subscription filter (wildcards allowed)
    QString tag;             ///< fixed tag; empty = the tag comes from the JSON payload
    bool json = false;
    QString valueField = QStringLiteral("value"), timeField = QStringLiteral("ts"), tagField = QStringLiteral("tag");
    std::optional<double> lo, hi;
};

/// One thing a payload said, in order: a problem to count as a bad payload (empty when none), then
/// the sample to deliver (absent when there is no tag to deliver it under).
struct PayloadItem {
    QString problem;
    std::optional<gl::sdk::Sample> sample;
};

/// Reads one message payload (a plain number, or JSON objects / an array of them) under `map`, apart
/// from the connection so that it can be fuzzed alone (tests/fuzz/fuzz_mqtt_payload). Never throws:
/// bad input becomes problems and samples with good = false. `now` stamps samples without a time; a
/// time without an offset is read in `zone`.
QList<PayloadItem> readPayload(const QByteArray &payload, const Mapping &map, const QTimeZone &zone, qint64 now);

} // namespace gl::mqtt
