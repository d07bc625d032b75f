// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace gl::conflicts::detail {

/// Reads a whole file and parses it as a JSON object; BadInput naming the file (and the line of a
/// syntax error) otherwise.
QJsonObject readJsonObjectFile(const QString &path);
/// Same for bytes already in memory; `source` names them in messages.
QJsonObject parseJsonObject(const QByteArray &bytes, const QString &source);

} // namespace gl::conflicts::detail
