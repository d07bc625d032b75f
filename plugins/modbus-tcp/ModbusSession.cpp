// SPDX-License-Identifier: Apache-2.0
#include "ModbusSession.h"

#include <QDateTime>
#include <QModbusReply>
#include <QModbusTcpClient>
#include <QMutexLocker>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::modbus {

Session::Session(Config config, std::shared_ptr<SessionState> shared, std::function<void(const gl::sdk::Sample &)> sink)
    : m_cfg(std::move(config)), m_shared(std::move(shared)), m_sink(std::move(sink)), m_blocks(planBlocks(m_cfg.registers)),
      m_backoffS(m_cfg.backoffMinS)
{
}

void Session::begin()
{
    m_client = new QModbusTcpClient(this);
    m_client->setConnectionParameter(QModbusDevice::NetworkAddressParameter, m_cfg.host);
    m_client->setConnectionParameter(QModbusDevice::NetworkPortParameter, m_cfg.port);
    m_client->setTimeout(m_cfg.timeoutMs);
    m_client->setNumberOfRetries(m_cfg.retries);
    connect(m_client, &QModbusDevice::stateChanged, this, &Session::onStateChanged);
    connect(m_client, &QModbusDevice::errorOccurred, this, [this](QModbusDevice::Error e) {
        if (e != QModbusDevice::ConnectionError || m_ending)
            return;
        m_linkError = u"PLC %1:%2: %3"_s.arg(m_cfg.host).arg(m_cfg.port).arg(m_client->errorString());
        // The error may come after the state change that already scheduled the next attempt.
        if (m_reconnect->isActive())
            setError(u"%1; reconnecting in %2 s"_s.arg(m_linkError).arg(m_reconnect->interval() / 1000.0));
        else
            setError(m_linkError);
    });
    m_reconnect = new QTimer(this);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &Session::connectNow);
    m_connectTimeout = new QTimer(this);
    m_connectTimeout->setSingleShot(true);
    connect(m_connectTimeout, &QTimer::timeout, this, [this] {
        if (m_client->state() == QModbusDevice::ConnectedState)
            return;
        m_linkError = u"PLC %1:%2: no connection within %3 ms"_s.arg(m_cfg.host).arg(m_cfg.port).arg(connectTimeoutMs());
        setError(m_linkError);
        m_client->disconnectDevice();
        if (m_client->state() == QModbusDevice::UnconnectedState)
            onStateChanged(QModbusDevice::UnconnectedState);
    });
    QSet<int> intervals;
    for (const Block &b : m_blocks)
        intervals.insert(b.pollMs);
    for (int ms : std::as_const(intervals)) {
        auto *t = new QTimer(this);
        t->setInterval(ms);
        t->setTimerType(ms < 2000 ? Qt::PreciseTimer : Qt::CoarseTimer);
        connect(t, &QTimer::timeout, this, [this, ms] { poll(ms); });
        m_pollTimers.insert(ms, t);
    }
    connectNow();
}

void Session::end()
{
    m_ending = true;
    if (!m_client)
        return;
    for (QTimer *t : std::as_const(m_pollTimers))
        t->stop();
    m_reconnect->stop();
    m_connectTimeout->stop();
    m_client->disconnectDevice();
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->connected)
        ++m_shared->disconnects;
    m_shared->connected = false;
    m_shared->state = gl::sdk::ConnectorState::Offline;
}

void Session::write(const QString &target, const QList<Write> &writes)
{
    for (const Write &w : writes) {
        const QString what = u"command for '%1': write %2 %3 = %4"_s.arg(target, tableName(w.table)).arg(w.address).arg(w.value);
        QModbusDataUnit unit(unitType(w.table), w.address, 1);
        unit.setValue(0, w.value);
        QModbusReply *reply = m_client ? m_client->sendWriteRequest(unit, m_cfg.unitId) : nullptr;
        if (!reply) {
            commandDone(false, what + u" not sent: "_s + (m_client ? m_client->errorString() : u"not started"_s));
            continue;
        }
        if (reply->isFinished()) {
            commandDone(reply->error() == QModbusDevice::NoError, what + u": "_s + reply->errorString());
            reply->deleteLater();
            continue;
        }
        connect(reply, &QModbusReply::finished, this, [this, reply, what] {
            reply->deleteLater();
            if (reply->error() == QModbusDevice::NoError)
                commandDone(true, {});
            else if (reply->error() == QModbusDevice::ProtocolError && reply->rawResult().isException())
                commandDone(false, what + u": PLC answered with exception 0x%1 (%2)"_s
                                              .arg(int(reply->rawResult().exceptionCode()), 2, 16, QLatin1Char('0'))
                                              .arg(exceptionName(reply->rawResult().exceptionCode())));
            else
                commandDone(false, what + u": "_s + reply->errorString());
        });
    }
}

void Session::setError(const QString &text)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->lastError = text;
}

void Session::commandDone(bool ok, const QString &error)
{
    QMutexLocker lock(&m_shared->mutex);
    if (ok) {
        ++m_shared->commandsConfirmed;
    } else {
        ++m_shared->commandsFailed;
        m_shared->lastError = error;
        m_shared->lastBadAt = QDateTime::currentMSecsSinceEpoch();
    }
}

void Session::connectNow()
{
    if (m_ending)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->state = gl::sdk::ConnectorState::Connecting;
    }
    if (m_client->state() != QModbusDevice::UnconnectedState)
        return; // an attempt is under way
    m_connectTimeout->start(connectTimeoutMs());
    if (!m_client->connectDevice()) {
        m_linkError = u"PLC %1:%2: %3"_s.arg(m_cfg.host).arg(m_cfg.port).arg(m_client->errorString());
        setError(m_linkError);
        if (m_client->state() == QModbusDevice::UnconnectedState)
            onStateChanged(QModbusDevice::UnconnectedState);
    }
}

void Session::onStateChanged(QModbusDevice::State s)
{
    if (m_ending)
        return;
    if (s == QModbusDevice::ConnectedState) {
        m_connectTimeout->stop();
        m_backoffS = m_cfg.backoffMinS;
        m_consecutiveTimeouts = 0;
        m_linkError.clear();
        ++m_generation;
        for (Block &b : m_blocks)
            b.inFlight = false;
        {
            QMutexLocker lock(&m_shared->mutex);
            ++m_shared->connects;
            m_shared->connected = true;
            m_shared->state = gl::sdk::ConnectorState::Online;
        }
        for (auto it = m_pollTimers.begin(); it != m_pollTimers.end(); ++it) {
            it.value()->start();
            poll(it.key());
        }
        return;
    }
    if (s != QModbusDevice::UnconnectedState || m_reconnect->isActive())
        return;
    m_connectTimeout->stop();
    for (QTimer *t : std::as_const(m_pollTimers))
        t->stop();
    ++m_generation; // replies of the old link that still arrive are ignored
    bool wasConnected = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        wasConnected = m_shared->connected;
        if (wasConnected) {
            ++m_shared->disconnects;
            m_shared->lastBadAt = QDateTime::currentMSecsSinceEpoch();
        }
        m_shared->connected = false;
        m_shared->state = gl::sdk::ConnectorState::Offline;
        const QString why = !m_linkError.isEmpty() ? m_linkError
                            : wasConnected         ? u"PLC %1:%2: connection lost"_s.arg(m_cfg.host).arg(m_cfg.port)
                                                   : u"PLC %1:%2: not reachable"_s.arg(m_cfg.host).arg(m_cfg.port);
        m_shared->lastError = u"%1; reconnecting in %2 s"_s.arg(why).arg(m_backoffS);
        m_linkError.clear();
    }
    if (wasConnected) {
        // The start of the gap is visible in the store: one bad sample per tag at the time of the loss.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<gl::sdk::Sample> out;
        for (const Register &r : std::as_const(m_cfg.registers))
            out << stamp(gl::sdk::Sample{r.tag, now, 0.0, false});
        deliver(out);
    }
    m_reconnect->start(int(m_backoffS * 1000));
    m_backoffS = std::min(m_backoffS * 2, m_cfg.backoffMaxS);
}

void Session::poll(int pollMs)
{
    for (size_t i = 0; i < m_blocks.size(); ++i)
        if (m_blocks[i].pollMs == pollMs)
            send(i);
}

void Session::send(size_t index)
{
    if (!m_client || m_client->state() != QModbusDevice::ConnectedState)
        return;
    Block &b = m_blocks[index];
    if (b.inFlight) { // the PLC has not answered the previous poll yet: skip, counted
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->overruns;
        return;
    }
    QModbusReply *reply = m_client->sendReadRequest(QModbusDataUnit(unitType(b.table), b.start, quint16(b.count)), m_cfg.unitId);
    {
        QMutexLocker lock(&m_shared->mutex);
        ++m_shared->requests;
    }
    if (!reply) {
        setError(u"read %1 %2..%3 not sent: %4"_s.arg(tableName(b.table)).arg(b.start).arg(b.start + b.count - 1).arg(m_client->errorString()));
        return;
    }
    if (reply->isFinished()) {
        reply->deleteLater();
        return;
    }
    b.inFlight = true;
    const int generation = m_generation;
    connect(reply, &QModbusReply::finished, this, [this, reply, index, generation] {
        reply->deleteLater();
        if (m_ending || generation != m_generation)
            return;
        m_blocks[index].inFlight = false;
        finished(index, reply);
    });
}

void Session::finished(size_t index, QModbusReply *reply)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Block block = m_blocks[index];
    const QString range = u"%1 %2..%3"_s.arg(tableName(block.table)).arg(block.start).arg(block.start + block.count - 1);
    QList<gl::sdk::Sample> out;
    auto allBad = [&](const QString &why) {
        for (int i : block.regs)
            out << stamp(gl::sdk::Sample{m_cfg.registers.at(i).tag, now, 0.0, false});
        m_shared->lastError = why;
        m_shared->lastBadAt = now;
    };
    bool dropLink = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        const QModbusDevice::Error error = reply->error();
        if (error == QModbusDevice::NoError) {
            ++m_shared->received;
            m_shared->lastMessageAt = now;
            m_consecutiveTimeouts = 0;
            const QModbusDataUnit unit = reply->result();
            if (int(unit.valueCount()) < block.count) {
                ++m_shared->badResponses;
                allBad(u"read %1: the PLC returned %2 values"_s.arg(range).arg(unit.valueCount()));
            } else {
                for (int i : block.regs)
                    out << decode(m_cfg.registers.at(i), unit, block.start, now);
            }
        } else if (error == QModbusDevice::ProtocolError && reply->rawResult().isException()) {
            ++m_shared->received;
            ++m_shared->exceptions;
            m_shared->lastMessageAt = now;
            m_consecutiveTimeouts = 0;
            const QModbusPdu::ExceptionCode code = reply->rawResult().exceptionCode();
            const QString why = u"read %1: PLC answered with exception 0x%2 (%3)"_s.arg(range)
                                    .arg(int(code), 2, 16, QLatin1Char('0')).arg(exceptionName(code));
            if (code == QModbusPdu::IllegalDataAddress && block.regs.size() > 1) {
                // A hole in the PLC's map inside a block: from now on its registers are read one by
                // one, so only the register that is really missing is marked bad.
                m_shared->lastError = why + u"; reading the block's registers one by one"_s;
                m_shared->lastBadAt = now;
                lock.unlock();
                split(index);
                return;
            }
            allBad(why);
        } else if (error == QModbusDevice::TimeoutError) {
            ++m_shared->timeouts;
            allBad(u"read %1: no answer within %2 ms (%3 retries)"_s.arg(range).arg(m_cfg.timeoutMs).arg(m_cfg.retries));
            dropLink = ++m_consecutiveTimeouts >= kTimeoutsBeforeReconnect;
        } else if (m_client->state() == QModbusDevice::ConnectedState) {
            ++m_shared->badResponses;
            allBad(u"read %1: %2"_s.arg(range, reply->errorString()));
        }
        // else: the link went away; the gap is marked by onStateChanged.
    }
    deliver(out);
    if (dropLink) {
        m_linkError = u"PLC %1:%2: no answer to %3 requests in a row"_s.arg(m_cfg.host).arg(m_cfg.port).arg(kTimeoutsBeforeReconnect);
        setError(m_linkError);
        m_consecutiveTimeouts = 0;
        m_client->disconnectDevice();
    }
}

void Session::split(size_t index)
{
    const Block b = m_blocks[index];
    QList<size_t> fresh{index};
    for (qsizetype k = 0; k < b.regs.size(); ++k) {
        const Register &r = m_cfg.registers.at(b.regs.at(k));
        Block one{b.table, b.pollMs, r.address, r.width(), {b.regs.at(k)}, false};
        if (k == 0) {
            m_blocks[index] = one;
        } else {
            m_blocks.push_back(one);
            fresh << m_blocks.size() - 1;
        }
    }
    for (size_t i : std::as_const(fresh))
        send(i);
}

gl::sdk::Sample Session::decode(const Register &r, const QModbusDataUnit &unit, int start, qint64 now)
{
    gl::sdk::Sample s{r.tag, now, registerValue(r, unit, start), true};
    if (!std::isfinite(s.value)) {
        s.value = 0;
        s.good = false;
        ++m_shared->badResponses;
        m_shared->lastError = u"tag %1: %2 %3 is not a finite number"_s.arg(r.tag, tableName(r.table)).arg(r.address);
        m_shared->lastBadAt = now;
    } else if ((r.lo && s.value < *r.lo) || (r.hi && s.value > *r.hi)) {
        s.good = false;
        ++m_shared->outOfRange;
        m_shared->lastError = u"tag %1: %2 is outside its range"_s.arg(r.tag).arg(s.value);
        m_shared->lastBadAt = now;
    }
    return stamp(s);
}

gl::sdk::Sample Session::stamp(gl::sdk::Sample s)
{
    qint64 &last = m_lastTs[s.tag];
    if (s.timestampMs <= last)
        s.timestampMs = last + 1;
    last = s.timestampMs;
    return s;
}

void Session::deliver(const QList<gl::sdk::Sample> &out)
{
    if (out.isEmpty())
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->delivered += out.size();
        for (const gl::sdk::Sample &s : out)
            m_shared->bad += s.good ? 0 : 1;
    }
    for (const gl::sdk::Sample &s : out)
        m_sink(s);
}

} // namespace gl::modbus
