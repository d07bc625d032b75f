// SPDX-License-Identifier: Apache-2.0
#include "ModbusProtocol.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace gl::modbus {

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

double registerValue(const Register &r, const QModbusDataUnit &unit, int start)
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
    return raw * r.scale + r.offset;
}

QString exceptionName(QModbusPdu::ExceptionCode code)
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

} // namespace gl::modbus
