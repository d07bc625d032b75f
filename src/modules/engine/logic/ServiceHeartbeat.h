// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gl {

class Database;

/// The site service's state as its active server last wrote it (table service_heartbeat, one row per
/// store): who runs the safety engine, since when, how its connectors are, the newest sample. The
/// command center reads it to show the service (it never runs connectors or rules itself).
struct ServiceHeartbeat {
    QString host;
    qint64 pid = 0;
    qint64 startedAt = 0;   ///< when this server became active (ms)
    qint64 heartbeatAt = 0; ///< last write (ms); the active server writes about every 2 s
    int ruleVersion = 0;
    qint64 lastSampleAt = 0; ///< newest accepted sample time (ms), 0 when none yet
    QJsonArray connectors;   ///< [{"id", "health": {...}}]
    /// Counters, rules and the latest value of each tag: {"rules", "samples", "bad", "late", "unknown_tags",
    /// "out_of_window", "refused": {tag: n}, "stored", "last_error", "tags": [{"tag","area","unit","value","ts","good"}]}
    QJsonObject status;

    /// A heartbeat older than this means no service is running (the command center warns).
    static constexpr qint64 kStaleMs = 10'000;
    bool alive(qint64 now) const { return heartbeatAt > 0 && now - heartbeatAt <= kStaleMs; }

    /// Writes (replaces) the row. Throws gl::Error when the store refuses.
    static void write(Database &db, const ServiceHeartbeat &h);
    /// Removes the row when it is this host's and pid's (a clean stop): workstations say at once that
    /// no service is running.
    static void clear(Database &db, const QString &host, qint64 pid);
    /// The row, or nullopt when no server ever ran (or the store predates schema step 13).
    static std::optional<ServiceHeartbeat> read(Database &db);
};

} // namespace gl
