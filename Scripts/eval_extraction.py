#!/usr/bin/env python3
"""Extraction quality on text we can see, with the project's scorer (../shared/eval/score.py).

Prints one table: actors typed F1 on the development gold (BBC) and on each GUM genre, figures F1
on the development gold, and summary ROUGE-2 (Gazette and Lead) on the GUM human summaries and on
the BBC reference summaries. The GUM folds of the learned actor model (trained without the genre
scored) come from `Scripts/train_actors.py --folds`; this script scores the shipped binary.

Usage: Scripts/eval_extraction.py [path/to/gazette]   (after `swift build -c release`)
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(REPO, "..", "shared")
EVAL = os.path.join(SHARED, "eval")
GENRES = ["interview", "bio", "voyage", "academic", "court"]
SPACY = {"interview": 0.572, "bio": 0.564, "voyage": 0.433, "academic": 0.356, "court": 0.586}


def gold_articles():
    """The corpus articles the development gold annotates."""
    paths = []
    for gold in sorted(glob.glob(os.path.join(EVAL, "gold", "*.json"))):
        with open(gold) as f:
            paths.append(os.path.join(SHARED, "corpus", "bbc", "articles", json.load(f)["file"]))
    return paths


def extract(gazette, paths, out):
    with open(out, "w") as f:
        subprocess.run([gazette, "extract", "--json"] + paths, stdout=f, stderr=subprocess.DEVNULL, check=True)


def score(kind, out, *args):
    text = subprocess.run([sys.executable, os.path.join(EVAL, "score.py"), kind, out] + list(args),
                          capture_output=True, text=True, check=True).stdout
    return text


def number(pattern, text):
    match = re.search(pattern, text)
    return float(match.group(1)) if match else float("nan")


def main():
    gazette = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/release/gazette")
    work = tempfile.mkdtemp(prefix="gazette-eval-")
    rows = []
    out = os.path.join(work, "gold.json")
    extract(gazette, gold_articles(), out)
    actors = score("actors", out, "--gold", os.path.join(EVAL, "gold"))
    figures = score("figures", out, "--gold", os.path.join(EVAL, "gold"))
    rows.append(("development gold (BBC, 10)", number(r"typed F1 ([\d.]+)", actors), None))
    for genre in GENRES:
        out = os.path.join(work, f"{genre}.json")
        extract(gazette, sorted(glob.glob(os.path.join(EVAL, "gum", genre, "*.txt"))), out)
        rows.append((f"GUM {genre}", number(r"typed F1 ([\d.]+)", score("actors", out, "--gold", os.path.join(EVAL, "gum", genre))),
                     SPACY[genre]))
    print("The shipped actor model was trained on these documents: for held-out scores, run `make train`.\n")
    print("| actors, typed F1 | Gazette | spaCy en_core_web_sm |")
    print("| --- | --- | --- |")
    for name, f1, spacy in rows:
        print(f"| {name} | {f1:.3f} | {'' if spacy is None else f'{spacy:.3f}'} |")
    figures_f1 = number(r"F1 ([\d.]+)", figures)
    print(f"\nfigures F1 on the development gold: {figures_f1:.3f}")

    out = os.path.join(work, "gum-all.json")
    extract(gazette, sorted(glob.glob(os.path.join(EVAL, "gum", "*", "*.txt"))), out)
    gum = score("summaries", out, "--refs", os.path.join(EVAL, "gum", "summaries"), "--articles", os.path.join(EVAL, "gum"))
    bbc_paths = sorted(glob.glob(os.path.join(SHARED, "corpus", "bbc", "articles", "*", "*.txt")))
    out = os.path.join(work, "bbc.json")
    extract(gazette, bbc_paths, out)
    bbc = score("summaries", out, "--refs", os.path.join(SHARED, "corpus", "bbc", "summaries"),
                "--articles", os.path.join(SHARED, "corpus", "bbc", "articles"))
    print("\n| summaries, ROUGE F1 | Gazette R-1 / R-2 | Lead R-1 / R-2 |")
    print("| --- | --- | --- |")
    for name, text in (("GUM human summaries (84)", gum), (f"BBC reference summaries ({len(bbc_paths)})", bbc)):
        r1 = re.search(r"ROUGE-1 F1\s+([\d.]+)\s+([\d.]+)", text)
        r2 = re.search(r"ROUGE-2 F1\s+([\d.]+)\s+([\d.]+)", text)
        print(f"| {name} | {float(r1.group(1)):.3f} / {float(r2.group(1)):.3f} | {float(r1.group(2)):.3f} / {float(r2.group(2)):.3f} |")


if __name__ == "__main__":
    main()
