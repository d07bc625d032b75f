// SPDX-License-Identifier: Apache-2.0
// Shared by the libFuzzer targets: the input as an owned QByteArray (NUL-terminated, like every byte
// array the product code is handed), Qt's warnings silenced (a parser may log for every bad input,
// which would slow a campaign down to the terminal's pace), and the one expected way to fail: a
// gl::Error. Anything else that leaves a parser (another exception, a crash, a sanitizer report, a
// leak) is a finding: libFuzzer stops and writes the input to crash-<sha1>.
#pragma once

#include "platform/util/Error.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace gl::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void quiet()
{
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        return true;
    }();
    (void)done;
}

/// Runs `parse`; a gl::Error is the documented answer to bad input and is swallowed.
template <typename F>
void expectOnlyGlErrors(F &&parse)
{
    try {
        parse();
    } catch (const gl::Error &) {
    }
}

} // namespace gl::fuzz
