// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/simops/JsonInput.h"

#include "platform/util/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace gl::conflicts::detail {

QJsonObject readJsonObjectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, path % u": cannot read: "_s % file.errorString());
    return parseJsonObject(file.readAll(), path);
}

QJsonObject parseJsonObject(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::min<qsizetype>(error.offset, bytes.size());
        const qsizetype line = bytes.left(offset).count('\n') + 1;
        fail(ErrorCode::BadInput,
             source % u": line "_s % QString::number(line) % u": invalid JSON: "_s % error.errorString());
    }
    if (!doc.isObject())
        fail(ErrorCode::BadInput, source % u": line 1: the document must be a JSON object"_s);
    return doc.object();
}

} // namespace gl::conflicts::detail
