// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Files.h"
#include "platform/util/Error.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gl {

QByteArray readUserFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, u"%1: cannot read (%2)"_s.arg(path, f.errorString()));
    const QByteArray bytes = f.read(limit);
    if (f.error() != QFileDevice::NoError)
        fail(ErrorCode::BadInput, u"%1: cannot read (%2)"_s.arg(path, f.errorString()));
    return bytes;
}

} // namespace gl
