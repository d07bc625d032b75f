#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# From a fresh clone to the command center on the demo plant: installs dependencies, builds, and opens
# Guardline signed in as the demo dispatcher. Extra arguments go to guardline (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
# Reuse compiled objects across clones of the repository (paths are relative to the clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev
cmake --build --preset dev --target guardline guardlinectl

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "start: no display to open a window on. Run this from a desktop session, or see it headless:" >&2
  echo "  xvfb-run -a build/dev/bin/guardline --demo --screenshot guardline.png" >&2
  exit 1
fi
exec build/dev/bin/guardline --demo "$@"
