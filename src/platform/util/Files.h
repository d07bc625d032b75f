// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace gl {

/// Reads at most `limit` bytes of the file at `path`: the caller's own check refuses a file over its
/// limit (read one byte more than the limit to see it). A file that cannot be opened is BadInput naming
/// the path and the reason. The one way every use case reads a file a user picked.
QByteArray readUserFile(const QString &path, qint64 limit);

} // namespace gl
