#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one GUI test program on an X server of its own: own-display.sh PROGRAM [ARGS...]
#
# ctest runs two programs at a time (-j2). On one shared display, a window the other program shows takes
# the X input focus (there is no window manager), the test's own window loses it mid-typing and a
# focus-dependent step fails at random (tst_alarm_flood_ui in CI, stop 24). Each GUI test therefore gets its
# own Xvfb: -displayfd picks a free display number without racing the other program's server, -terminate
# ends the server when the test's last connection closes (also if this script is killed on a timeout).
set -u
dir=$(mktemp -d "${TMPDIR:-/tmp}/guardline-x.XXXXXX") || exit 1
number_file="$dir/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 +extension GLX -nolisten tcp -terminate 3>"$number_file" \
  >"$dir/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
  kill "$xvfb" 2>/dev/null
  wait "$xvfb" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
# Xvfb writes the number once it accepts connections; a loaded machine may take seconds.
for _ in $(seq 1 300); do
  [ -s "$number_file" ] && break
  if ! kill -0 "$xvfb" 2>/dev/null; then
    echo "own-display.sh: Xvfb did not start:" >&2
    cat "$dir/xvfb.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ ! -s "$number_file" ]; then
  echo "own-display.sh: Xvfb gave no display number within 30 s" >&2
  exit 1
fi
export DISPLAY=":$(head -n1 "$number_file")"
"$@"
