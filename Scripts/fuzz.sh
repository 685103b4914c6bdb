#!/usr/bin/env bash
# Runs every fuzz target of Sources/GazetteFuzz (or those named after the first argument) under
# libFuzzer with AddressSanitizer for SECONDS seconds each (first argument, default 60), starting
# from the seed corpus in
# Tests/Fuzz/<target>/. Fails on any crash, broken invariant, sanitizer report, hang (one input
# over 10 s) or memory blow-up (over 4 GB). Findings are kept in .build/fuzz/findings/<target>/;
# copy each into Tests/Fuzz/<target>/ once fixed, where `gazette-fuzz replay` (a test) runs it.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
swift build --product gazette-fuzz --build-path .build/fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "warning: Cannot export local symbol"
binary=.build/fuzz/debug/gazette-fuzz
[ -x "$binary" ] || { echo "error: the fuzz build failed" >&2; exit 1; }

failed=0
printf '%-15s %9s %12s  %s\n' target seconds executions result
for seeds in Tests/Fuzz/*/; do
  target=$(basename "$seeds")
  if [ ${#targets[@]} -gt 0 ] && [[ ! " ${targets[*]} " =~ " $target " ]]; then continue; fi
  corpus=.build/fuzz/corpus/$target findings=.build/fuzz/findings/$target log=.build/fuzz/logs/$target.log
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  # The Swift backtracer would hold a crashing process for seconds; libFuzzer reports the crash.
  GAZETTE_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds" >"$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  if [ "$status" -eq 0 ]; then result=ok; else result="FAILED (exit $status): see $log and $findings/"; failed=1; fi
  printf '%-15s %9s %12s  %s\n' "$target" "$seconds" "${runs:-?}" "$result"
done
exit $failed
