// SPDX-License-Identifier: Apache-2.0
// guardline: the desktop command center. All behaviour lives in Guardline::Widgets and Guardline::Core.
#include "shell/Application.h"

int main(int argc, char **argv) { return gl::ui::runApplication(argc, argv); }
