#!/usr/bin/env python3
"""Build time and memory against the size of one article: every stage must be linear.

Builds a site of one large plain-text article beside a one-line article, cold (no cache), for
articles of 1.1, 4.3 and 8.6 MB of real BBC paragraphs (thousands of actors and figures each) and
for 10 MB on one line with no sentence end. Prints wall and CPU seconds and peak memory, and
fails (exit 1) when the 8x article takes more than 10x the time of the 1x one or when the
8.6 MB article takes 5 s or more: a super-linear path anywhere in the build shows here.

The sites are made in memory (/dev/shm when the machine has it; set BENCH_TMP= to choose): the
largest builds write 20,000 actor pages, and how fast a disk creates files is not the build's
linearity (on this project's VMs' ext4 it alone took 10 s more, and varied run to run).

usage: Scripts/bench_linear.py [path/to/gazette]   (corpus: ../shared/corpus/bbc/articles)
"""
import glob, os, shutil, sys, tempfile

from bench_scale import timed

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZETTE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/release/gazette"))
CORPUS = os.environ.get("CORPUS", os.path.join(REPO, "..", "shared", "corpus", "bbc", "articles"))
TMP = os.environ.get("BENCH_TMP", "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None)


def corpus_paragraphs():
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            paragraphs += [line.strip() for line in f.read().splitlines()[1:] if line.strip()]
    return paragraphs


def build(text):
    """Wall s, CPU s, peak MB and files written of a cold build of the article `text` beside a one-line article."""
    site = tempfile.mkdtemp(prefix="gazette-linear-", dir=TMP)
    try:
        os.makedirs(os.path.join(site, "Content", "world"))
        shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(site, "Templates"))
        with open(os.path.join(site, "Content", "world", "large.txt"), "w") as f:
            f.write("A very long article\n\n" + text)
        with open(os.path.join(site, "Content", "world", "short.txt"), "w") as f:
            f.write("A short article\n\nThe council met on Monday.\n")
        wall, cpu, peak, _ = timed([GAZETTE, "build", "--root", site, "--quiet"])
        files = sum(len(names) for _, _, names in os.walk(os.path.join(site, "Public")))
        return wall, cpu, peak, files
    finally:
        shutil.rmtree(site, ignore_errors=True)


def main():
    paragraphs = corpus_paragraphs()
    if not paragraphs:
        sys.exit(f"bench_linear: no corpus at {CORPUS}; set CORPUS=")
    cases = []
    for megabytes in (1.1, 4.3, 8.6):
        chosen, size, i = [], 0, 0
        while size < megabytes * 1e6:
            chosen.append(paragraphs[i % len(paragraphs)])
            size += len(chosen[-1].encode()) + 2
            i += 1
        cases.append((f"{megabytes} MB ({len(chosen):,} paragraphs)", "\n\n".join(chosen) + "\n"))
    words = " ".join(p.replace(".", "").replace("!", "").replace("?", "") for p in paragraphs).split()
    line, i = [], 0
    size = 0
    while size < 10_000_000:
        line.append(words[i % len(words)])
        size += len(line[-1]) + 1
        i += 1
    cases.append(("10 MB on one line, no sentence end", " ".join(line) + "\n"))

    print(f"Sites in {TMP or tempfile.gettempdir()}")
    print(f"{'article':38} | {'wall s':>7} | {'CPU s':>7} | {'peak MB':>8} | files")
    results = []
    for label, text in cases:
        wall, cpu, peak, files = build(text)
        results.append((wall, cpu, peak))
        print(f"{label:38} | {wall:7.2f} | {cpu:7.2f} | {peak:8.0f} | {files:,}")
    ratio = results[2][1] / results[0][1]
    print(f"\n8x the article: {ratio:.1f}x the CPU time (limit 10x); {results[2][0]:.2f} s wall for 8.6 MB (limit 5 s)")
    if ratio > 10 or results[2][0] >= 5:
        sys.exit("bench_linear: the build is not linear in the size of an article")


if __name__ == "__main__":
    main()
