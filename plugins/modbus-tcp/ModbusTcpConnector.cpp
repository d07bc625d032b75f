// SPDX-License-Identifier: Apache-2.0
// Connector plugin: polls a PLC (or a Modbus gateway) over Modbus TCP through Qt SerialBus and turns its
// registers into tag samples. A register map names, per tag, the table (holding / input registers,
// coils, discrete inputs), the address, the type (u16, i16, u32, i32, f32 with big or little word order),
// scale and offset (value = raw * scale + offset) and the poll interval; adjacent registers polled at the
// same interval are read in one request (at most 125 registers or 2000 bits). Instructions (API 1.1) are
// written to a coil or a holding register mapped per target (e.g. HALT POUR → coil 0 = 1).
//
// Threading: the QModbusTcpClient, its timers and replies live on the connector's own thread
// ("guardline-modbus"); samples go to the sink from there. health(), state() and sendCommand() are
// thread-safe.
//
// Bad data never disappears: a Modbus exception response, a timeout or a malformed response delivers a
// bad sample (good = false) for every tag of the request; a value outside the tag's range is delivered
// bad; a lost connection delivers one bad sample per tag at the time of the loss (the start of the gap),
// then nothing until the PLC is back (reconnected with exponential backoff). All of it is counted in
// health().
//
// This file is the SDK's side (the connector and its factory); the Modbus side is in ModbusProtocol (tables,
// block reads, decoding), the register map in ModbusConfig and the session with the PLC in ModbusSession.
#include "ModbusConfig.h"
#include "ModbusSession.h"

#include <guardline/Connector.h>

#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gl::modbus;

namespace {

class ModbusTcpConnector : public QObject, public gl::sdk::Connector {
public:
    ModbusTcpConnector(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink)
        : QObject(parent), m_sink(std::move(sink)), m_shared(std::make_shared<SessionState>())
    {
        m_thread.setObjectName(u"guardline-modbus"_s);
    }
    ~ModbusTcpConnector() override { stop(); }

    QString id() const override { return u"modbus-tcp:%1:%2/%3"_s.arg(m_cfg.host).arg(m_cfg.port).arg(m_cfg.unitId); }

    QString configure(const QJsonObject &config) override
    {
        if (m_worker)
            return u"the connector is running: stop it before configuring"_s;
        Config cfg;
        const QString why = parseConfig(config, cfg);
        if (!why.isEmpty())
            return why;
        m_cfg = cfg;
        m_configured = true;
        return {};
    }

    void start() override
    {
        if (m_worker || !m_configured)
            return;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->state = gl::sdk::ConnectorState::Connecting;
        }
        auto *worker = new Session(m_cfg, m_shared, m_sink);
        m_blocks = worker->blockCount();
        worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
        QMutexLocker lock(&m_shared->mutex);
        m_worker = worker;
    }

    void stop() override
    {
        Session *worker = nullptr;
        {
            QMutexLocker lock(&m_shared->mutex);
            worker = m_worker;
            m_worker = nullptr;
        }
        if (!worker)
            return;
        QMetaObject::invokeMethod(worker, [worker] {
            worker->end();
            delete worker;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    gl::sdk::ConnectorState state() const override
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->stateLocked();
    }

    QJsonObject health() const override
    {
        QMutexLocker lock(&m_shared->mutex);
        static const char16_t *names[] = {u"unknown", u"connecting", u"online", u"degraded", u"offline"};
        const SessionState &s = *m_shared;
        return {{u"state"_s, QString::fromUtf16(names[int(s.stateLocked())])},
                {u"plc"_s, u"%1:%2 unit %3"_s.arg(m_cfg.host).arg(m_cfg.port).arg(m_cfg.unitId)},
                {u"tags"_s, qint64(m_cfg.registers.size())},
                {u"blocks"_s, m_blocks},
                {u"requests"_s, s.requests},
                {u"received"_s, s.received},
                {u"delivered"_s, s.delivered},
                {u"bad"_s, s.bad},
                {u"out_of_range"_s, s.outOfRange},
                {u"timeouts"_s, s.timeouts},
                {u"exceptions"_s, s.exceptions},
                {u"bad_response"_s, s.badResponses},
                {u"overruns"_s, s.overruns},
                {u"connects"_s, s.connects},
                {u"reconnects"_s, std::max<qint64>(0, s.connects - 1)},
                {u"disconnects"_s, s.disconnects},
                {u"commands_sent"_s, s.commandsSent},
                {u"commands_confirmed"_s, s.commandsConfirmed},
                {u"commands_failed"_s, s.commandsFailed},
                {u"last_message_at"_s, s.lastMessageAt},
                {u"last_error"_s, s.lastError}};
    }

    QString sendCommand(const QString &target, const QJsonObject &command) override
    {
        Q_UNUSED(command); // the PLC gets the mapped write; the text stays on the dispatch board
        if (m_cfg.commands.isEmpty())
            return u"no 'commands' are configured for %1"_s.arg(id());
        const auto it = m_cfg.commands.constFind(target);
        if (it == m_cfg.commands.constEnd())
            return u"%1 has no command mapped for target '%2'"_s.arg(id(), target);
        QMutexLocker lock(&m_shared->mutex);
        if (!m_worker)
            return u"the connector is not started"_s;
        if (!m_shared->connected)
            return u"%1: not connected to the PLC (%2)"_s.arg(id(), m_shared->lastError);
        Session *worker = m_worker;
        const QList<Write> writes = it.value();
        QMetaObject::invokeMethod(worker, [worker, target, writes] { worker->write(target, writes); }, Qt::QueuedConnection);
        m_shared->commandsSent += writes.size();
        return {};
    }

private:
    std::function<void(const gl::sdk::Sample &)> m_sink;
    std::shared_ptr<SessionState> m_shared;
    Config m_cfg;
    bool m_configured = false;
    int m_blocks = 0;
    QThread m_thread;
    Session *m_worker = nullptr; // guarded by m_shared->mutex; lives on m_thread
};

class ModbusTcpFactory : public QObject, public gl::sdk::ConnectorFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GuardlineConnectorFactory_iid FILE "modbus-tcp.json")
    Q_INTERFACES(gl::sdk::ConnectorFactory)
public:
    QString kind() const override { return u"modbus-tcp"_s; }
    gl::sdk::Connector *create(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink) override
    {
        return new ModbusTcpConnector(parent, std::move(sink));
    }
};

} // namespace

#include "ModbusTcpConnector.moc"
