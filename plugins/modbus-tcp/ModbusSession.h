// SPDX-License-Identifier: Apache-2.0
// The connector's session with the PLC, on the connector's own thread ("guardline-modbus"): the
// QModbusTcpClient, the poll timers, the block reads and their samples, the reconnect with exponential
// backoff, the instructions' writes. What the connector reads from any thread is in SessionState.
#pragma once

#include "ModbusConfig.h"

#include <guardline/Connector.h>

#include <QHash>
#include <QModbusDevice>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QModbusReply;
class QModbusTcpClient;
class QTimer;

namespace gl::modbus {

constexpr qint64 kDegradedForMs = 60000;    ///< a bad event keeps the health Degraded this long
constexpr int kTimeoutsBeforeReconnect = 3; ///< consecutive unanswered requests: the link is dropped and re-made

/// State shared by the connector (any thread) and its worker (the Modbus thread).
struct SessionState {
    mutable QMutex mutex;
    gl::sdk::ConnectorState state = gl::sdk::ConnectorState::Offline;
    bool connected = false;
    qint64 requests = 0, received = 0, delivered = 0, bad = 0, outOfRange = 0, timeouts = 0, exceptions = 0,
           badResponses = 0, overruns = 0, connects = 0, disconnects = 0, commandsSent = 0, commandsConfirmed = 0,
           commandsFailed = 0, lastMessageAt = 0, lastBadAt = 0;
    QString lastError;

    gl::sdk::ConnectorState stateLocked() const
    {
        if (state == gl::sdk::ConnectorState::Online && lastBadAt
            && QDateTime::currentMSecsSinceEpoch() - lastBadAt < kDegradedForMs)
            return gl::sdk::ConnectorState::Degraded;
        return state;
    }
};

/// Lives on the Modbus thread: the client, the poll timers, the reconnect logic.
class Session : public QObject {
public:
    Session(Config config, std::shared_ptr<SessionState> shared, std::function<void(const gl::sdk::Sample &)> sink);

    int blockCount() const { return int(m_blocks.size()); }

    /// On the Modbus thread, after it started.
    void begin();

    /// On the Modbus thread, before the worker is deleted.
    void end();

    /// On the Modbus thread: writes an instruction's coils/registers.
    void write(const QString &target, const QList<Write> &writes);

private:
    int connectTimeoutMs() const { return std::max(m_cfg.timeoutMs * (m_cfg.retries + 1), 2000); }

    void setError(const QString &text);

    void commandDone(bool ok, const QString &error);

    void connectNow();

    void onStateChanged(QModbusDevice::State s);

    void poll(int pollMs);

    void send(size_t index);

    void finished(size_t index, QModbusReply *reply);

    /// Replaces a block by one block per register and reads them now.
    void split(size_t index);

    /// Decodes one register of a read (under the lock).
    gl::sdk::Sample decode(const Register &r, const QModbusDataUnit &unit, int start, qint64 now);

    /// Keeps each tag's timestamps strictly increasing (two responses within one millisecond).
    gl::sdk::Sample stamp(gl::sdk::Sample s);

    void deliver(const QList<gl::sdk::Sample> &out);

    const Config m_cfg;
    std::shared_ptr<SessionState> m_shared;
    std::function<void(const gl::sdk::Sample &)> m_sink;
    std::vector<Block> m_blocks;
    QModbusTcpClient *m_client = nullptr;
    QTimer *m_reconnect = nullptr, *m_connectTimeout = nullptr;
    QHash<int, QTimer *> m_pollTimers; ///< poll interval → timer
    QHash<QString, qint64> m_lastTs;
    QString m_linkError; ///< why the link failed, for the message when it is down
    double m_backoffS = 1;
    int m_consecutiveTimeouts = 0, m_generation = 0;
    bool m_ending = false;
};

} // namespace gl::modbus
