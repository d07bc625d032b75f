// SPDX-License-Identifier: Apache-2.0
// The Modbus side of the connector, without a connection: the tables and value types of a register map,
// the block reads planned for it (adjacent registers polled at the same interval in one request, within
// the protocol's limits), the decoding of a read's words into a tag's value, the names of exception codes.
// Pure functions.
#pragma once

#include <QHash>
#include <QList>
#include <QModbusDataUnit>
#include <QModbusPdu>
#include <QString>

#include <optional>
#include <vector>

namespace gl::modbus {

constexpr int kMaxRegistersPerRead = 125;   ///< Modbus limit for function codes 3 and 4
constexpr int kMaxBitsPerRead = 2000;       ///< Modbus limit for function codes 1 and 2

enum class Table { Holding, Input, Coil, Discrete };
enum class Type { Bit, U16, I16, U32, I32, F32 };

QString tableName(Table t);
QModbusDataUnit::RegisterType unitType(Table t);
bool isBits(Table t);

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

/// The block reads for a register map: sorted by table, interval and address; a register joins the
/// previous block when it is adjacent to it (or overlaps it) and the block stays within the Modbus limit.
std::vector<Block> planBlocks(const QList<Register> &regs);

/// The value of `r` in a read of `unit` that starts at register `start`: the raw value of its word(s)
/// (type and word order) times scale plus offset. Not checked against the tag's range.
double registerValue(const Register &r, const QModbusDataUnit &unit, int start);

/// "illegal data address", … for a Modbus exception code.
QString exceptionName(QModbusPdu::ExceptionCode code);

} // namespace gl::modbus
