// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace gl::cli {
/// Runs guardlinectl with the given arguments (without the program name) and returns its exit code.
int run(const QStringList &arguments);
} // namespace gl::cli
