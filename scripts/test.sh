#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite from a fresh clone: installs dependencies, builds, starts the services the tests
# need (a throwaway PostgreSQL cluster, an X server for the GUI tests), runs ctest, stops them again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
# Reuse compiled objects across clones of the repository (paths are relative to the clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev
cmake --build --preset dev

work=$(mktemp -d /tmp/guardline-test.XXXXXX)
chmod 755 "$work"   # the cluster runs as the postgres user when we are root
cleanup() {
  scripts/pg-test-cluster.sh stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

GUARDLINE_TEST_PG_URL=$(scripts/pg-test-cluster.sh start "$work/pg")
export GUARDLINE_TEST_PG_URL GUARDLINE_REQUIRE_PG=1
# Tests never touch the user's own settings or stores.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# One X server for the whole run (QOpenGLWidget needs a real one; Mesa renders in software).
xvfb-run -a -s "-screen 0 1920x1080x24 +extension GLX" \
  ctest --test-dir build/dev --output-on-failure -j2 --timeout 900 "$@"
