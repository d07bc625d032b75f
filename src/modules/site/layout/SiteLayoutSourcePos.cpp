// SPDX-License-Identifier: Apache-2.0
#include "modules/site/layout/SiteLayoutSourcePos.h"

#include <QString>

#include <algorithm>
#include <cstring>

namespace gl::site {

/// 1-based line of a byte offset.
int lineAt(const QByteArray &json, qsizetype offset)
{
    return int(json.left(std::clamp<qsizetype>(offset, 0, json.size())).count('\n')) + 1;
}

/// The byte offset where the value at `path` (object keys and array indexes) starts in valid JSON text,
/// or -1. A small scanner: QJsonDocument keeps no positions.
qsizetype offsetOf(const QByteArray &json, const QStringList &path)
{
    struct Frame {
        bool array = false;
        int index = 0;
        QString key;
    };
    QList<Frame> stack;
    bool expectKey = false;
    auto here = [&] {
        if (stack.size() != path.size())
            return false;
        for (qsizetype i = 0; i < stack.size(); ++i)
            if ((stack[i].array ? QString::number(stack[i].index) : stack[i].key) != path[i])
                return false;
        return true;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '"') {
            const qsizetype start = i;
            QByteArray raw;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
                else
                    raw += json[i];
            }
            if (!stack.isEmpty() && !stack.last().array && expectKey)
                stack.last().key = QString::fromUtf8(raw);
            else if (here())
                return start;
        } else if (c == '{' || c == '[') {
            if (here())
                return i;
            stack.append(Frame{c == '[', 0, {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().array)
                ++stack.last().index;
            else
                expectKey = true;
        } else if (c == ':') {
            expectKey = false;
        } else {
            if (here())
                return i;
            while (i + 1 < json.size() && !std::strchr(",]} \n\r\t", json[i + 1]))
                ++i;
        }
    }
    return -1;
}

} // namespace gl::site
