#!/usr/bin/env bash
# Extraction speed in words per second on one core, whole and per stage against cmark.
# (Site builds against Hugo: Scripts/bench_scale.py.) Usage: Scripts/bench.sh [path/to/gazette]
set -euo pipefail
cd "$(dirname "$0")/.."
GAZETTE=${1:-.build/release/gazette}
CORPUS=${CORPUS:-../shared/corpus/bbc/articles}

[ -x "$GAZETTE" ] || { echo "bench: $GAZETTE not found; run 'swift build -c release' first" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "bench: corpus not found at $CORPUS" >&2; exit 1; }

# Seconds (wall clock) of one command, to the millisecond.
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'; }
divide() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

# Extraction speed: every corpus article through `gazette extract` on one core
# (reading, junk removal, sentences, figures, actors, summary, JSON).
mapfile -t all < <(find "$CORPUS" -name '*.txt' | sort)
words=$(cat "${all[@]}" | wc -w)
t=$(seconds taskset -c 0 "$GAZETTE" extract --json "${all[@]}")
printf '%-22s %6d articles %9d words %8.3f s  %10.0f words/s on one core\n' "extract (1 core)" "${#all[@]}" "$words" "$t" "$(divide "$words" "$t")"
"$(dirname "$GAZETTE")/gazette-bench" "$CORPUS"  # extraction per stage on one thread against cmark (Sources/GazetteBench)
