#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite from a fresh clone: installs dependencies, builds, starts the services the tests
# need (a throwaway PostgreSQL cluster, an X server for the GUI tests), runs ctest, stops them again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
# Reuse compiled objects across clones of the repository (paths are relative to the clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# GUARDLINE_TEST_PRESET=asan runs the same suite on the AddressSanitizer + UBSan build (.ci/asan, the
# scheduled run: docs/OPERATIONS.md#tests).
preset=${GUARDLINE_TEST_PRESET:-dev}
cmake --preset "$preset"
cmake --build --preset "$preset"

timeout=900
if [ "$preset" = asan ]; then
  # A finding fails the test that hit it: ASan stops at the first error (its default), UBSan too
  # (halt_on_error; gcc's checks are recoverable otherwise and would only print), LeakSanitizer reports
  # at each program's exit (the test programs and every program they start: servers, guardlinectl).
  # tests/lsan.supp and tests/ubsan.supp name the findings in libraries outside Guardline, each with its
  # reason. intercept_tls_get_addr=0: gcc 12's runtime (and LLVM's up to 16) takes a dynamic TLS block that
  # happens to start 16 bytes into a page for a pre-2.25 glibc header, reads a bogus range from the words
  # before it, and LeakSanitizer's tracer dies at exit ("Tracer caught signal 11", tst_hazard_intake with
  # libpq). Off, the tracer does not look for that header; thread stacks and static TLS are still scanned.
  # verify_asan_link_order=0: the date runs preload libfaketime, which then comes before the ASan runtime.
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:intercept_tls_get_addr=0:verify_asan_link_order=0}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/ubsan.supp}
  # Instrumented code runs 2-3 times slower: the preset multiplies each test's own ctest timeout by
  # GUARDLINE_TEST_TIMEOUT_FACTOR; this is the default for those without one, and Qt Test's watchdog per
  # test function (5 minutes by default) gets the same room.
  timeout=1800
  export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-900000}
fi

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
xvfb=(xvfb-run -a -s "-screen 0 1920x1080x24 +extension GLX")

# A failing program's whole output (--output-on-failure) can run to thousands of lines, and a CI log keeps
# only its end: after a failed run, what failed and where is printed again, last, from ctest's log.
failures() {
  awk '
    /^[0-9]+\/[0-9]+ Test: /      { name = $3; passed = 0; n = 0; t = 0; inout = 0; next }
    /^<end of output>/            { inout = 0 }
    inout                         { tail[t++ % 6] = $0 }
    /^Output:/                    { getline; inout = 1 }
    /^(FAIL!|QFATAL|   Loc: )/    { if (n < 40) lines[n++] = $0 }
    /Sanitizer|runtime error:/     { if (n < 40) lines[n++] = $0 }
    /^Test Passed\./               { passed = 1 }
    /^"[^"]+" end time:/ {
      if (!passed && name != "") {
        print "  " name ":"
        for (i = 0; i < n; i++) print "    " lines[i]
        if (n == 0) for (i = (t > 6 ? t - 6 : 0); i < t; i++) print "    " tail[i % 6] # not a Qt Test failure: its last lines
      }
      name = ""; n = 0; t = 0
    }' "build/$preset/Testing/Temporary/LastTest.log" 2>/dev/null || true
}
run_ctest() {
  local rc=0
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "test: what failed (build/$preset/Testing/Temporary/LastTest.log):"
    failures
  fi
  return "$rc"
}

run_ctest "${xvfb[@]}" ctest --test-dir "build/$preset" --output-on-failure -j2 --timeout "$timeout" "$@"
[ $# -eq 0 ] || exit 0 # a chosen subset: no date runs, no fuzzing

# The suite passes on any day: the date-sensitive programs (label "dates", listed in tests/CMakeLists.txt)
# run again with the clock moved (libfaketime; every process of the run shares one running clock) to
# the first minutes of a month in the site zone (still the last day of the month in UTC), to 29 February,
# and to a daylight-saving change in a European zone.
at_date() { # at_date ZONE "YYYY-MM-DD HH:MM:SS" (a time in ZONE) [TZ of the processes, default ZONE]
  local target offset
  target=$(TZ="$1" date -d "$2" +%s)
  offset=$(( target - $(date +%s) ))
  [ "$offset" -lt 0 ] || offset="+$offset"
  echo "test: date-sensitive programs at $2 ($1), processes in ${3:-$1}"
  TZ="${3:-$1}" run_ctest "${xvfb[@]}" faketime -f "$offset" \
    ctest --test-dir "build/$preset" --output-on-failure -j2 --timeout "$timeout" -L dates
}
at_date Asia/Shanghai "2027-02-01 00:05:00" UTC # the site's first minutes of February: still 31 January in UTC
at_date Asia/Shanghai "2028-02-29 12:00:00"
at_date Europe/Berlin "2027-03-28 01:58:00"     # clocks go forward at 02:00 during the run

# The parsers of outside input under libFuzzer (tests/fuzz, docs/SECURITY.md "Fuzzing"): the fuzz preset
# (clang, ASan + UBSan, only the parsers), then each target replays its corpus (the seeds and every crash
# input kept as a regression) and mutates for a few seconds. A crash, leak or sanitizer report fails the run.
echo "test: fuzzing the parsers of outside input"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run.sh "${GUARDLINE_FUZZ_SECONDS:-8}"
