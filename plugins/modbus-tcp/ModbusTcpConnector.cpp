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
#include <guardline/Connector.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QModbusDataUnit>
#include <QModbusReply>
#include <QModbusTcpClient>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <bit>
#include <cmath>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDegradedForMs = 60000;    ///< a bad event keeps the health Degraded this long
constexpr int kTimeoutsBeforeReconnect = 3; ///< consecutive unanswered requests: the link is dropped and re-made
constexpr int kMaxRegistersPerRead = 125;   ///< Modbus limit for function codes 3 and 4
constexpr int kMaxBitsPerRead = 2000;       ///< Modbus limit for function codes 1 and 2

enum class Table { Holding, Input, Coil, Discrete };
enum class Type { Bit, U16, I16, U32, I32, F32 };

QString tableName(Table t)
{
    switch (t) {
    case Table::Holding: return u"holding"_s;
    case Table::Input: return u"input"_s;
    case Table::Coil: return u"coil"_s;
    case Table::Discrete: return u"discrete"_s;
    }
    return {};
}

QModbusDataUnit::RegisterType unitType(Table t)
{
    switch (t) {
    case Table::Holding: return QModbusDataUnit::HoldingRegisters;
    case Table::Input: return QModbusDataUnit::InputRegisters;
    case Table::Coil: return QModbusDataUnit::Coils;
    case Table::Discrete: return QModbusDataUnit::DiscreteInputs;
    }
    return QModbusDataUnit::Invalid;
}

bool isBits(Table t) { return t == Table::Coil || t == Table::Discrete; }

struct Register {
    QString tag;
    Table table = Table::Holding;
    int address = 0;
    Type type = Type::U16;
    bool littleWords = false; ///< 32-bit types: the low word comes first
    double scale = 1, offset = 0;
    int pollMs = 1000;
    std::optional<double> lo, hi;
    int width() const { return type == Type::U32 || type == Type::I32 || type == Type::F32 ? 2 : 1; }
};

/// One read request: a run of adjacent registers of one table polled at one interval.
struct Block {
    Table table = Table::Holding;
    int pollMs = 1000;
    int start = 0, count = 0;
    QList<int> regs; ///< indices into Config::registers
    bool inFlight = false;
};

struct Write {
    Table table = Table::Coil;
    int address = 0;
    quint16 value = 0;
};

struct Config {
    QString host;
    int port = 502, unitId = 1, timeoutMs = 1000, retries = 1;
    double backoffMinS = 1, backoffMaxS = 30;
    QList<Register> registers;
    QHash<QString, QList<Write>> commands; ///< target → writes
};

/// The block reads for a register map: sorted by table, interval and address; a register joins the
/// previous block when it is adjacent to it (or overlaps it) and the block stays within the Modbus limit.
std::vector<Block> planBlocks(const QList<Register> &regs)
{
    std::vector<int> order(size_t(regs.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Register &x = regs.at(a), &y = regs.at(b);
        return std::tuple(int(x.table), x.pollMs, x.address) < std::tuple(int(y.table), y.pollMs, y.address);
    });
    std::vector<Block> blocks;
    for (int i : order) {
        const Register &r = regs.at(i);
        const int limit = isBits(r.table) ? kMaxBitsPerRead : kMaxRegistersPerRead;
        if (!blocks.empty()) {
            Block &b = blocks.back();
            const int end = std::max(b.start + b.count, r.address + r.width());
            if (b.table == r.table && b.pollMs == r.pollMs && r.address <= b.start + b.count && end - b.start <= limit) {
                b.count = end - b.start;
                b.regs << i;
                continue;
            }
        }
        blocks.push_back(Block{r.table, r.pollMs, r.address, r.width(), {i}, false});
    }
    return blocks;
}

/// State shared by the connector (any thread) and its worker (the Modbus thread).
struct Shared {
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
class Worker : public QObject {
public:
    Worker(Config config, std::shared_ptr<Shared> shared, std::function<void(const gl::sdk::Sample &)> sink)
        : m_cfg(std::move(config)), m_shared(std::move(shared)), m_sink(std::move(sink)), m_blocks(planBlocks(m_cfg.registers)),
          m_backoffS(m_cfg.backoffMinS)
    {
    }

    int blockCount() const { return int(m_blocks.size()); }

    /// On the Modbus thread, after it started.
    void begin()
    {
        m_client = new QModbusTcpClient(this);
        m_client->setConnectionParameter(QModbusDevice::NetworkAddressParameter, m_cfg.host);
        m_client->setConnectionParameter(QModbusDevice::NetworkPortParameter, m_cfg.port);
        m_client->setTimeout(m_cfg.timeoutMs);
        m_client->setNumberOfRetries(m_cfg.retries);
        connect(m_client, &QModbusDevice::stateChanged, this, &Worker::onStateChanged);
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
        connect(m_reconnect, &QTimer::timeout, this, &Worker::connectNow);
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

    /// On the Modbus thread, before the worker is deleted.
    void end()
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

    /// On the Modbus thread: writes an instruction's coils/registers.
    void write(const QString &target, const QList<Write> &writes)
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

private:
    int connectTimeoutMs() const { return std::max(m_cfg.timeoutMs * (m_cfg.retries + 1), 2000); }

    void setError(const QString &text)
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->lastError = text;
    }

    void commandDone(bool ok, const QString &error)
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

    static QString exceptionName(QModbusPdu::ExceptionCode code)
    {
        switch (code) {
        case QModbusPdu::IllegalFunction: return u"illegal function"_s;
        case QModbusPdu::IllegalDataAddress: return u"illegal data address"_s;
        case QModbusPdu::IllegalDataValue: return u"illegal data value"_s;
        case QModbusPdu::ServerDeviceFailure: return u"server device failure"_s;
        case QModbusPdu::Acknowledge: return u"acknowledge"_s;
        case QModbusPdu::ServerDeviceBusy: return u"server device busy"_s;
        case QModbusPdu::NegativeAcknowledge: return u"negative acknowledge"_s;
        case QModbusPdu::MemoryParityError: return u"memory parity error"_s;
        case QModbusPdu::GatewayPathUnavailable: return u"gateway path unavailable"_s;
        case QModbusPdu::GatewayTargetDeviceFailedToRespond: return u"gateway target failed to respond"_s;
        default: return u"exception"_s;
        }
    }

    void connectNow()
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

    void onStateChanged(QModbusDevice::State s)
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

    void poll(int pollMs)
    {
        for (size_t i = 0; i < m_blocks.size(); ++i)
            if (m_blocks[i].pollMs == pollMs)
                send(i);
    }

    void send(size_t index)
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

    void finished(size_t index, QModbusReply *reply)
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

    /// Replaces a block by one block per register and reads them now.
    void split(size_t index)
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

    /// Decodes one register of a read (under the lock).
    gl::sdk::Sample decode(const Register &r, const QModbusDataUnit &unit, int start, qint64 now)
    {
        const int at = r.address - start;
        const quint16 w0 = unit.value(at), w1 = r.width() == 2 ? unit.value(at + 1) : 0;
        const quint32 dword = r.littleWords ? (quint32(w1) << 16 | w0) : (quint32(w0) << 16 | w1);
        double raw = 0;
        switch (r.type) {
        case Type::Bit: raw = w0 ? 1 : 0; break;
        case Type::U16: raw = w0; break;
        case Type::I16: raw = qint16(w0); break;
        case Type::U32: raw = dword; break;
        case Type::I32: raw = qint32(dword); break;
        case Type::F32: raw = double(std::bit_cast<float>(dword)); break;
        }
        gl::sdk::Sample s{r.tag, now, raw * r.scale + r.offset, true};
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

    /// Keeps each tag's timestamps strictly increasing (two responses within one millisecond).
    gl::sdk::Sample stamp(gl::sdk::Sample s)
    {
        qint64 &last = m_lastTs[s.tag];
        if (s.timestampMs <= last)
            s.timestampMs = last + 1;
        last = s.timestampMs;
        return s;
    }

    void deliver(const QList<gl::sdk::Sample> &out)
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

    const Config m_cfg;
    std::shared_ptr<Shared> m_shared;
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

// ---- configuration -------------------------------------------------------------------------------

/// Reads an optional integer field; returns the refusal or an empty string.
QString intField(const QJsonObject &o, const QString &key, const QString &where, int lo, int hi, int &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
        return u"%1: must be an integer %2..%3"_s.arg(where).arg(lo).arg(hi);
    out = int(d);
    return {};
}

QString numberField(const QJsonObject &o, const QString &key, const QString &where, std::optional<double> &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return u"%1: must be a number"_s.arg(where);
    out = v.toDouble();
    return {};
}

QString unknownFields(const QJsonObject &o, const QString &where, std::initializer_list<const char16_t *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char16_t *k : known)
            ok = ok || it.key() == QStringView(k);
        if (!ok)
            return u"%1%2: unknown field"_s.arg(where.isEmpty() ? QString() : where + u"."_s, it.key());
    }
    return {};
}

QString parseConfig(const QJsonObject &c, Config &cfg)
{
    if (QString e = unknownFields(c, {}, {u"host", u"port", u"unit_id", u"timeout_ms", u"retries", u"reconnect", u"poll_ms",
                                          u"tags", u"registers", u"commands", u"description"}); !e.isEmpty())
        return e;
    if (!c.value(u"host"_s).isString() || c.value(u"host"_s).toString().trimmed().isEmpty())
        return u"host: the PLC's host name or address is required"_s;
    cfg.host = c.value(u"host"_s).toString().trimmed();
    QString e;
    if (!(e = intField(c, u"port"_s, u"port"_s, 1, 65535, cfg.port)).isEmpty()
        || !(e = intField(c, u"unit_id"_s, u"unit_id"_s, 0, 255, cfg.unitId)).isEmpty()
        || !(e = intField(c, u"timeout_ms"_s, u"timeout_ms"_s, 10, 60000, cfg.timeoutMs)).isEmpty()
        || !(e = intField(c, u"retries"_s, u"retries"_s, 0, 10, cfg.retries)).isEmpty())
        return e;
    int defaultPoll = 1000;
    if (!(e = intField(c, u"poll_ms"_s, u"poll_ms"_s, 50, 3'600'000, defaultPoll)).isEmpty())
        return e;
    if (c.contains(u"reconnect"_s)) {
        if (!c.value(u"reconnect"_s).isObject())
            return u"reconnect: must be an object {\"min_s\": .., \"max_s\": ..}"_s;
        const QJsonObject r = c.value(u"reconnect"_s).toObject();
        if (QString u = unknownFields(r, u"reconnect"_s, {u"min_s", u"max_s"}); !u.isEmpty())
            return u;
        std::optional<double> lo = 1.0, hi = 30.0;
        if (!(e = numberField(r, u"min_s"_s, u"reconnect.min_s"_s, lo)).isEmpty() || !(e = numberField(r, u"max_s"_s, u"reconnect.max_s"_s, hi)).isEmpty())
            return e;
        if (*lo < 0.1 || *hi < *lo || *hi > 3600)
            return u"reconnect: need 0.1 <= min_s <= max_s <= 3600"_s;
        cfg.backoffMinS = *lo;
        cfg.backoffMaxS = *hi;
    }

    struct Range { std::optional<double> lo, hi; };
    QHash<QString, Range> tagRanges;
    const QJsonValue tags = c.value(u"tags"_s);
    if (!tags.isUndefined() && !tags.isObject())
        return u"tags: must be an object {\"TAG\": {\"min\": .., \"max\": ..}}"_s;
    const QJsonObject tagObject = tags.toObject();
    for (auto it = tagObject.begin(); it != tagObject.end(); ++it) {
        const QString where = u"tags.%1"_s.arg(it.key());
        if (!it.value().isObject())
            return where + u": must be an object {\"min\": .., \"max\": ..}"_s;
        const QJsonObject t = it.value().toObject();
        if (QString u = unknownFields(t, where, {u"min", u"max", u"unit"}); !u.isEmpty())
            return u;
        Range r;
        if (!(e = numberField(t, u"min"_s, where + u".min"_s, r.lo)).isEmpty() || !(e = numberField(t, u"max"_s, where + u".max"_s, r.hi)).isEmpty())
            return e;
        if (r.lo && r.hi && *r.lo > *r.hi)
            return where + u": min is above max"_s;
        tagRanges.insert(it.key(), r);
    }

    const QJsonValue regsValue = c.value(u"registers"_s);
    if (!regsValue.isArray() || regsValue.toArray().isEmpty())
        return u"registers: at least one {\"tag\", \"table\", \"address\", \"type\"} is required"_s;
    const QJsonArray regs = regsValue.toArray();
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < regs.size(); ++i) {
        const QString where = u"registers[%1]"_s.arg(i);
        if (!regs.at(i).isObject())
            return where + u": must be an object"_s;
        const QJsonObject o = regs.at(i).toObject();
        if (QString u = unknownFields(o, where, {u"tag", u"table", u"address", u"type", u"word_order", u"scale", u"offset",
                                                  u"poll_ms", u"min", u"max"});
            !u.isEmpty())
            return u;
        Register r;
        r.tag = o.value(u"tag"_s).toString().trimmed();
        if (r.tag.isEmpty())
            return where + u".tag: the tag is required"_s;
        if (seen.contains(r.tag))
            return where + u".tag: '%1' is already mapped by registers[%2]"_s.arg(r.tag).arg(seen.value(r.tag));
        seen.insert(r.tag, int(i));
        const QString table = o.value(u"table"_s).toString(u"holding"_s);
        if (table == u"holding"_s)
            r.table = Table::Holding;
        else if (table == u"input"_s)
            r.table = Table::Input;
        else if (table == u"coil"_s)
            r.table = Table::Coil;
        else if (table == u"discrete"_s)
            r.table = Table::Discrete;
        else
            return where + u".table: unknown table '%1' (holding, input, coil or discrete)"_s.arg(table);
        if (!o.contains(u"address"_s))
            return where + u".address: the address is required"_s;
        if (!(e = intField(o, u"address"_s, where + u".address"_s, 0, 65535, r.address)).isEmpty())
            return e;
        const QString type = o.value(u"type"_s).toString(isBits(r.table) ? u"bool"_s : u"u16"_s);
        if (isBits(r.table)) {
            if (type != u"bool"_s)
                return where + u".type: a %1 is a single bit: type '%2' does not apply (use bool or leave it out)"_s.arg(table, type);
            r.type = Type::Bit;
        } else if (type == u"u16"_s) {
            r.type = Type::U16;
        } else if (type == u"i16"_s) {
            r.type = Type::I16;
        } else if (type == u"u32"_s) {
            r.type = Type::U32;
        } else if (type == u"i32"_s) {
            r.type = Type::I32;
        } else if (type == u"f32"_s) {
            r.type = Type::F32;
        } else {
            return where + u".type: unknown type '%1' (u16, i16, u32, i32 or f32)"_s.arg(type);
        }
        if (r.address + r.width() - 1 > 65535)
            return where + u".address: a %1 at %2 runs past register 65535"_s.arg(type).arg(r.address);
        const QString order = o.value(u"word_order"_s).toString(u"big"_s);
        if (order != u"big"_s && order != u"little"_s)
            return where + u".word_order: must be big or little, not '%1'"_s.arg(order);
        r.littleWords = order == u"little"_s;
        std::optional<double> scale = 1.0, offset = 0.0;
        if (!(e = numberField(o, u"scale"_s, where + u".scale"_s, scale)).isEmpty() || !(e = numberField(o, u"offset"_s, where + u".offset"_s, offset)).isEmpty())
            return e;
        if (*scale == 0)
            return where + u".scale: must not be 0"_s;
        r.scale = *scale;
        r.offset = *offset;
        r.pollMs = defaultPoll;
        if (!(e = intField(o, u"poll_ms"_s, where + u".poll_ms"_s, 50, 3'600'000, r.pollMs)).isEmpty())
            return e;
        const Range range = tagRanges.value(r.tag);
        r.lo = range.lo;
        r.hi = range.hi;
        if (!(e = numberField(o, u"min"_s, where + u".min"_s, r.lo)).isEmpty() || !(e = numberField(o, u"max"_s, where + u".max"_s, r.hi)).isEmpty())
            return e;
        if (r.lo && r.hi && *r.lo > *r.hi)
            return where + u": min is above max"_s;
        cfg.registers << r;
    }

    const QJsonValue cmds = c.value(u"commands"_s);
    if (!cmds.isUndefined() && !cmds.isObject())
        return u"commands: must be an object {\"TARGET\": {\"table\": \"coil\", \"address\": .., \"value\": ..}}"_s;
    const QJsonObject cmdObject = cmds.toObject();
    for (auto it = cmdObject.begin(); it != cmdObject.end(); ++it) {
        QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        if (list.isEmpty())
            return u"commands.%1: no write given"_s.arg(it.key());
        QList<Write> writes;
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString where = it.value().isArray() ? u"commands.%1[%2]"_s.arg(it.key()).arg(k) : u"commands.%1"_s.arg(it.key());
            if (!list.at(k).isObject())
                return where + u": must be an object {\"table\", \"address\", \"value\"}"_s;
            const QJsonObject o = list.at(k).toObject();
            if (QString u = unknownFields(o, where, {u"table", u"address", u"value"}); !u.isEmpty())
                return u;
            Write w;
            const QString table = o.value(u"table"_s).toString(u"coil"_s);
            if (table == u"coil"_s)
                w.table = Table::Coil;
            else if (table == u"holding"_s)
                w.table = Table::Holding;
            else
                return where + u".table: a command writes a coil or a holding register, not '%1'"_s.arg(table);
            if (!o.contains(u"address"_s))
                return where + u".address: the address is required"_s;
            if (!(e = intField(o, u"address"_s, where + u".address"_s, 0, 65535, w.address)).isEmpty())
                return e;
            const QJsonValue v = o.value(u"value"_s);
            int value = 1;
            if (v.isBool()) {
                if (w.table != Table::Coil)
                    return where + u".value: a holding register takes a number"_s;
                value = v.toBool() ? 1 : 0;
            } else if (w.table == Table::Coil) {
                if (!(e = intField(o, u"value"_s, where + u".value"_s, 0, 1, value)).isEmpty())
                    return e;
            } else {
                if (!o.contains(u"value"_s))
                    return where + u".value: the value to write is required"_s;
                if (!(e = intField(o, u"value"_s, where + u".value"_s, -32768, 65535, value)).isEmpty())
                    return e;
            }
            w.value = quint16(value & 0xffff);
            writes << w;
        }
        cfg.commands.insert(it.key(), writes);
    }
    return {};
}

// ---- the connector ------------------------------------------------------------------------------

class ModbusTcpConnector : public QObject, public gl::sdk::Connector {
public:
    ModbusTcpConnector(QObject *parent, std::function<void(const gl::sdk::Sample &)> sink)
        : QObject(parent), m_sink(std::move(sink)), m_shared(std::make_shared<Shared>())
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
        auto *worker = new Worker(m_cfg, m_shared, m_sink);
        m_blocks = worker->blockCount();
        worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
        QMutexLocker lock(&m_shared->mutex);
        m_worker = worker;
    }

    void stop() override
    {
        Worker *worker = nullptr;
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
        const Shared &s = *m_shared;
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
        Worker *worker = m_worker;
        const QList<Write> writes = it.value();
        QMetaObject::invokeMethod(worker, [worker, target, writes] { worker->write(target, writes); }, Qt::QueuedConnection);
        m_shared->commandsSent += writes.size();
        return {};
    }

private:
    std::function<void(const gl::sdk::Sample &)> m_sink;
    std::shared_ptr<Shared> m_shared;
    Config m_cfg;
    bool m_configured = false;
    int m_blocks = 0;
    QThread m_thread;
    Worker *m_worker = nullptr; // guarded by m_shared->mutex; lives on m_thread
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
