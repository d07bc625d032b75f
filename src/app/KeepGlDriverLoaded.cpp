// SPDX-License-Identifier: Apache-2.0
// AddressSanitizer builds only (the asan preset: scripts/test.sh, docs/OPERATIONS.md "Tests"): Mesa's
// software driver (swrast_dri.so, with LLVM) is loaded when the first OpenGL context is made and unloaded
// again when the X connection closes, before LeakSanitizer looks at the heap at exit. What the driver keeps
// in its globals then shows up as leaks in an "<unknown module>", which no suppression can name. Holding
// one more reference from the start keeps the driver mapped: its globals stay reachable, nothing is
// reported, and a real leak in it would still carry its module name. Outside ASan builds this file is empty.
#if defined(__SANITIZE_ADDRESS__)
#include <dlfcn.h>
#include <cstdio>
#include <cstdlib>

namespace {
const bool g_glDriverKept = [] {
    const char *dir = std::getenv("LIBGL_DRIVERS_PATH");
    const char *candidates[] = {"/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so", "/usr/lib/aarch64-linux-gnu/dri/swrast_dri.so",
                                "/usr/lib64/dri/swrast_dri.so", "/usr/lib/dri/swrast_dri.so"};
    if (dir && *dir) {
        char path[4096];
        if (std::snprintf(path, sizeof path, "%s/swrast_dri.so", dir) < int(sizeof path) && dlopen(path, RTLD_NOW | RTLD_NODELETE))
            return true;
    }
    for (const char *path : candidates)
        if (dlopen(path, RTLD_NOW | RTLD_NODELETE))
            return true;
    return false;
}();
} // namespace
#endif
