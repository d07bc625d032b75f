#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every libFuzzer target of the fuzz preset (tests/fuzz) on its corpus for SECONDS each (default 8):
# the corpus is replayed first (every seed and every kept crash input, so a regression stops the run at
# once), then libFuzzer mutates for the rest of the time. Prints per target the executions per second,
# the inputs tried, the new coverage inputs and the crashes; exits 1 when any target crashed, leaked,
# timed out or hit a sanitizer report, with the input kept under $GUARDLINE_FUZZ_OUT (default a temp dir).
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run.sh 600 fuzz_pdf
# New inputs go to a scratch copy of the corpus, never into the repository (docs/SECURITY.md, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-8}
shift || true
bin=build/fuzz/fuzz
[ -d "$bin" ] || { echo "fuzz: $bin missing: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 2; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd "$bin" && ls fuzz_* | sort)
out=${GUARDLINE_FUZZ_OUT:-$(mktemp -d /tmp/guardline-fuzz.XXXXXX)}
mkdir -p "$out"
# Leaks count as findings; UBSan stops at the first report (the targets are built with
# -fno-sanitize-recover=undefined) and prints a stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Known leaks outside Guardline (Qt PDF), each explained in the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
failed=0
printf '%-22s %10s %12s %8s %8s\n' target exec/s inputs new crashes
for t in "${targets[@]}"; do
  name=${t#fuzz_}
  seeds=tests/fuzz/corpus/$name
  work=$out/$name/corpus
  artifacts=$out/$name/artifacts/
  mkdir -p "$work" "$artifacts"
  log=$out/$name/log.txt
  extra=()
  # A leak found after an input makes libFuzzer scan the whole heap; with Qt PDF's known leak (lsan.supp)
  # that would happen after most inputs and cut the rate six-fold. For this target LeakSanitizer checks
  # once, at exit, with the same suppressions: any other leak still fails the run.
  [ "$t" != fuzz_pdf ] || extra+=(-detect_leaks=0)
  # The JSON formats' member names, so mutations reach past "unknown field" (tests/fuzz/<name>.dict).
  [ ! -f "tests/fuzz/$name.dict" ] || extra+=(-dict="tests/fuzz/$name.dict")
  rc=0
  "$bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 "${extra[@]}" \
    -artifact_prefix="$artifacts" "$work" "$seeds" >"$log" 2>&1 || rc=$?
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-22s %10s %12s %8s %8s\n' "$t" "$(stat average_exec_per_sec)" "$(stat number_of_executed_units)" \
    "$(stat new_units_added)" "$crashes"
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    echo "fuzz: $t failed (exit $rc); input(s) in $artifacts, log $log:" >&2
    grep -E 'ERROR|SUMMARY|runtime error|#[0-9]+ 0x' "$log" | head -30 >&2 || true
  fi
done
[ -n "${GUARDLINE_FUZZ_OUT:-}" ] || [ "$failed" -ne 0 ] || rm -rf "$out"
exit "$failed"
