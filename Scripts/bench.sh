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

# make_site N DIR MIN: N articles copied round-robin from the corpus, in their sections, with unique
# names; MIN is actor_min_articles (a big site raises it so it is not flooded with one-article pages;
# the 10,000 site repeats each corpus article five times, so its 10 is 2 distinct articles).
make_site() {
  local count=$1 dir=$2 min=$3 i=0
  mkdir -p "$dir/Content"; cp -r Templates "$dir/"
  printf 'title: Bench\nactor_min_articles: %s\n' "$min" > "$dir/site.yml"
  mapfile -t files < <(find "$CORPUS" -name '*.txt' | sort)
  while [ "$i" -lt "$count" ]; do
    local src=${files[$((i % ${#files[@]}))]}
    local section; section=$(basename "$(dirname "$src")")
    mkdir -p "$dir/Content/$section"
    cp "$src" "$dir/Content/$section/$(printf '%05d' "$i")-$(basename "$src")"
    i=$((i + 1))
  done
}

report() {  # report LABEL DIR: a fresh build, then a rebuild after one article changed
  local t r pages articles
  articles=$(find "$2/Content" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
  t=$(seconds "$GAZETTE" build --root "$2" --quiet)
  pages=$(find "$2/Public" -name '*.html' | wc -l)
  echo "One more line." >> "$(find "$2/Content" -name '*.txt' | sort | head -n 1)"
  r=$(seconds "$GAZETTE" build --root "$2" --quiet)
  printf '%-34s %6d articles %7d pages %8.3f s (%7.1f articles/s), rebuild after one edit %8.3f s\n' \
    "$1" "$articles" "$pages" "$t" "$(divide "$articles" "$t")" "$r"
}

mkdir -p "$WORK/demo"; cp -r Content Templates site.yml "$WORK/demo/"
report "demo (actor_min_articles 1)" "$WORK/demo"
make_site 1000 "$WORK/k1" 1; report "1,000 (actor_min_articles 1)" "$WORK/k1"
make_site 1000 "$WORK/k1b" 3; report "1,000 (actor_min_articles 3)" "$WORK/k1b"
make_site 10000 "$WORK/k10" 10; report "10,000 (actor_min_articles 10)" "$WORK/k10"

# Extraction speed: every corpus article through `gazette extract` on one core
# (reading, junk removal, sentences, figures, actors, summary, JSON).
mapfile -t all < <(find "$CORPUS" -name '*.txt' | sort)
words=$(cat "${all[@]}" | wc -w)
t=$(seconds taskset -c 0 "$GAZETTE" extract --json "${all[@]}")
printf '%-22s %6d articles %9d words %8.3f s  %10.0f words/s on one core\n' "extract (1 core)" "${#all[@]}" "$words" "$t" "$(divide "$words" "$t")"
