// SPDX-License-Identifier: Apache-2.0
// The connector's configuration: the PLC, the register map and the instructions' writes, read from the
// connectors file's JSON object with a refusal naming the field for anything it cannot take.
#pragma once

#include "ModbusProtocol.h"

#include <QJsonObject>

namespace gl::modbus {

struct Config {
    QString host;
    int port = 502, unitId = 1, timeoutMs = 1000, retries = 1;
    double backoffMinS = 1, backoffMaxS = 30;
    QList<Register> registers;
    QHash<QString, QList<Write>> commands; ///< target → writes
};

/// Reads `c` into `cfg`; returns the refusal ("registers[2].type: unknown type 'u8' …") or an empty string.
QString parseConfig(const QJsonObject &c, Config &cfg);

} // namespace gl::modbus
