#!/usr/bin/env bash
# Benchmarks `gazette build` on the demo site and on sites of 1,000 and 10,000 articles
# made from the corpus, and extraction speed in words per second on one core.
# Prints one line per measurement. Usage: Scripts/bench.sh [path/to/gazette]
set -euo pipefail
cd "$(dirname "$0")/.."
GAZETTE=${1:-.build/release/gazette}
CORPUS=${CORPUS:-../shared/corpus/bbc/articles}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gazette-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

[ -x "$GAZETTE" ] || { echo "bench: $GAZETTE not found; run 'swift build -c release' first" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "bench: corpus not found at $CORPUS" >&2; exit 1; }

# Seconds (wall clock) of one command, to the millisecond.
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'; }
divide() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

# make_site N DIR: N articles copied round-robin from the corpus, in their sections, with unique names.
make_site() {
  local count=$1 dir=$2 i=0
  mkdir -p "$dir/Content"; cp -r Templates "$dir/"; cp site.yml "$dir/"
  mapfile -t files < <(find "$CORPUS" -name '*.txt' | sort)
  while [ "$i" -lt "$count" ]; do
    local src=${files[$((i % ${#files[@]}))]}
    local section; section=$(basename "$(dirname "$src")")
    mkdir -p "$dir/Content/$section"
    cp "$src" "$dir/Content/$section/$(printf '%05d' "$i")-$(basename "$src")"
    i=$((i + 1))
  done
}

report() {  # report LABEL DIR
  local t pages
  t=$(seconds "$GAZETTE" build --root "$2" --quiet)
  pages=$(find "$2/Public" -name '*.html' | wc -l)
  printf '%-22s %6d articles %7d pages %8.3f s  %8.1f articles/s\n' "$1" \
    "$(find "$2/Content" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)" "$pages" "$t" "$(divide "$(find "$2/Content" -type f | wc -l)" "$t")"
}

mkdir -p "$WORK/demo"; cp -r Content Templates site.yml "$WORK/demo/"
report "demo" "$WORK/demo"
make_site 1000 "$WORK/k1"; report "1,000 articles" "$WORK/k1"
make_site 10000 "$WORK/k10"; report "10,000 articles" "$WORK/k10"

# Extraction speed: every corpus article through `gazette extract` on one core
# (reading, junk removal, sentences, figures, actors, summary, JSON).
mapfile -t all < <(find "$CORPUS" -name '*.txt' | sort)
words=$(cat "${all[@]}" | wc -w)
t=$(seconds taskset -c 0 "$GAZETTE" extract --json "${all[@]}")
printf '%-22s %6d articles %9d words %8.3f s  %10.0f words/s on one core\n' "extract (1 core)" "${#all[@]}" "$words" "$t" "$(divide "$words" "$t")"
"$(dirname "$GAZETTE")/gazette-bench" "$CORPUS"  # extraction per stage on one thread against cmark (Sources/GazetteBench)
