// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace gl {
namespace ui {
/// The guardline desktop program: options, logging, translations, sign-in, the main window, and the
/// `--screenshot` mode used by tests and docs (CONTRACTS.md §1). Returns the exit code.
int runApplication(int argc, char **argv);
} // namespace ui
} // namespace gl
