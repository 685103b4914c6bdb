#!/usr/bin/env python3
"""Trains the actor model (`Sources/GazetteExtraction/Data/actors-model.txt`), and measures it
honestly first: on each GUM genre with a model trained without that genre, and on the development
gold with a model trained without it.

What the model decides: for each group of merged mentions that the extractor finds, whether it is
an actor and of which kind (none, person, organization, place). The features are the ones the Swift
code computes (`gazette extract --actor-candidates` prints them), so training and use cannot drift.

Training data, all shipped with the project or its shared data (see Data/README.txt for licenses):
- GUM (`../shared/eval/gum/`, 84 documents in five genres, other annotators): gold labels;
- the development gold (`../shared/eval/gold/`, 10 BBC articles): gold labels;
- the other BBC corpus articles: silver labels, the hand-written rules' own verdicts, weighted
  `--silver-weight`, so that the model keeps what the rules do well on news.
A candidate's gold label is the kind of the gold actor that shares one of its forms (compared as
the scorer compares them), or none.

The learner is multinomial logistic regression (AdaGrad, L2), deterministic (fixed seed and
order), written here in plain Python; its hyperparameters (the defaults below) were chosen on the
GUM folds this script prints. Building and testing never train; run `make train` after changing features.

Usage: Scripts/train_actors.py [--gazette PATH] [--folds-only] [--check] [--epochs N] [--silver-weight W] ...
"""
import argparse
import glob
import importlib.util
import io
import json
import math
import os
import random
import subprocess
import sys
from contextlib import redirect_stdout

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(REPO, "..", "shared")
EVAL = os.path.join(SHARED, "eval")
MODEL = os.path.join(REPO, "Sources", "GazetteExtraction", "Data", "actors-model.txt")
CLASSES = ["none", "person", "organization", "place"]
GENRES = ["interview", "bio", "voyage", "academic", "court"]
SPACY = {"interview": 0.572, "bio": 0.564, "voyage": 0.433, "academic": 0.356, "court": 0.586}

spec = importlib.util.spec_from_file_location("score", os.path.join(EVAL, "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


DROP = ()
MIN_COUNT = 1
L2 = 1e-3


def candidates(gazette, paths):
    """Path key → candidate list, from `gazette extract --actor-candidates`."""
    found = {}
    for start in range(0, len(paths), 500):
        out = subprocess.run([gazette, "extract", "--actor-candidates"] + paths[start:start + 500],
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            record = json.loads(line)
            for c in record["candidates"]:
                c["features"] = [f for f in c["features"] if not f.startswith(DROP)]
            found[score.key_of(record["path"])] = record["candidates"]
    return found


def gold_label(candidate, gold_actors):
    forms = score.surfaces(candidate)
    for actor in gold_actors:
        if forms & score.surfaces(actor):
            return CLASSES.index(actor["kind"])
    return 0


def examples(docs, gold, silver_weight):
    """(features, label, weight) for every candidate of `docs`, in a fixed order."""
    rows = []
    for key in sorted(docs):
        for c in docs[key]:
            if key in gold:
                rows.append((c["features"], gold_label(c, gold[key]["actors"]), 1.0))
            elif silver_weight > 0:
                rows.append((c["features"], CLASSES.index(c["rule"]), silver_weight))
    return rows


def train(rows, epochs, seed=7, rate=0.1):
    """Multinomial logistic regression by AdaGrad over the features seen in at least `MIN_COUNT`
    candidates, with an L2 penalty (`L2`) on the weights each step touches; returns feature → four
    weights (none, person, organization, place), a linear decision like the one Swift makes."""
    counts = {}
    for features, _, _ in rows:
        for f in set(features):
            counts[f] = counts.get(f, 0) + 1
    rows = [(sorted(f for f in set(features) if counts[f] >= MIN_COUNT), label, weight) for features, label, weight in rows]
    weights, squares = {}, {}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            features, label, weight = rows[i]
            scores = [0.0] * 4
            for f in features:
                w = weights.get(f)
                if w:
                    for k in range(4):
                        scores[k] += w[k]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            total = sum(exps)
            gradient = [(exps[k] / total - (1.0 if k == label else 0.0)) * weight for k in range(4)]
            for f in features:
                w = weights.setdefault(f, [0.0] * 4)
                q = squares.setdefault(f, [1e-6] * 4)
                for k in range(4):
                    g = gradient[k] + L2 * w[k]
                    q[k] += g * g
                    w[k] -= rate * g / math.sqrt(q[k])
    return weights


def predict(weights, features):
    """The best class (ties go to the earlier one); organization for a kept group with a team cue."""
    scores = [0.0] * 4
    for f in set(features):
        w = weights.get(f)
        if w:
            for k in range(4):
                scores[k] += w[k]
    best = 0
    for k in range(1, 4):
        if scores[k] > scores[best]:
            best = k
    # A team, band or club cue ("against the United States", "Wales have") decides the kind, as in Swift.
    return 2 if best and "team" in features else best


def typed_f1(weights, docs, gold, verbose=False):
    """The scorer's typed F1 of the model's decisions on `docs` (None for the rules' own)."""
    out = {}
    for key, cands in docs.items():
        actors = []
        for c in cands:
            label = CLASSES.index(c["rule"]) if weights is None else predict(weights, c["features"])
            if label:
                actors.append({"name": c["name"], "kind": CLASSES[label], "aliases": c["aliases"]})
        out[key] = {"actors": actors}
    if verbose:
        return score.score_actors(out, {k: gold[k] for k in docs}, True)
    with redirect_stdout(io.StringIO()):
        return score.score_actors(out, {k: gold[k] for k in docs}, False)


def read_model(path):
    weights = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            feature, numbers = line.rstrip("\n").split("\t")
            weights[feature] = [float(x) for x in numbers.split(" ")]
    return weights


def check(gazette, paths):
    """Whether the Swift extractor keeps exactly the actors, of exactly the kinds, that the model
    file decides here for the same candidates: training and use agree."""
    weights = read_model(MODEL)
    found = candidates(gazette, paths)
    out = subprocess.run([gazette, "extract", "--json"] + paths, capture_output=True, text=True, check=True).stdout
    swift = {score.key_of(a["path"]): sorted((a["kind"], tuple(a["aliases"])) for a in a["actors"]) for a in json.loads(out)}
    differ = 0
    for key, cands in found.items():
        here = sorted((CLASSES[label], tuple(c["aliases"])) for c in cands if (label := predict(weights, c["features"])))
        if here != swift.get(key):
            differ += 1
            print(f"{key}: the model file decides {here}\n  but gazette extracts {swift.get(key)}")
    print(f"{len(found) - differ} of {len(found)} documents agree")
    return differ == 0


def write_model(weights, path, summary):
    lines = ["# The actor model: feature<TAB>weights for none, person, organization, place.",
             "# Written by Scripts/train_actors.py; do not edit by hand. " + summary]
    for f in sorted(weights):
        w = weights[f]
        if max(abs(x) for x in w) < 5e-4:
            continue
        lines.append(f + "\t" + " ".join(f"{x:.4f}".rstrip("0").rstrip(".") if x else "0" for x in w))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines) - 2


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazette", default=os.path.join(REPO, ".build/release/gazette"))
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--silver-weight", type=float, default=0.03)
    ap.add_argument("--folds-only", action="store_true", help="measure, but do not write the model")
    ap.add_argument("--check", action="store_true",
                    help="only check that the built gazette decides as the model file does (after swift build)")
    ap.add_argument("--show", choices=GENRES, help="list the misses of this genre's fold")
    ap.add_argument("--l2", type=float, default=0.03, help="L2 penalty")
    ap.add_argument("--min-count", type=int, default=2, help="leave out features seen in fewer candidates")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out (ablation)")
    args = ap.parse_args()
    ap_min = args.min_count
    global DROP, MIN_COUNT, L2
    L2 = args.l2
    DROP = tuple(p for p in args.drop.split(",") if p)
    MIN_COUNT = ap_min

    if args.check:
        paths = sorted(glob.glob(os.path.join(EVAL, "gum", "*", "*.txt")))
        sys.exit(0 if check(args.gazette, paths) else 1)

    gum_gold, gum_docs = {}, {}
    for genre in GENRES:
        gum_gold[genre] = score.load_gold(os.path.join(EVAL, "gum", genre))
        gum_docs[genre] = candidates(args.gazette, sorted(glob.glob(os.path.join(EVAL, "gum", genre, "*.txt"))))
    dev_gold = score.load_gold(os.path.join(EVAL, "gold"))
    bbc = candidates(args.gazette, sorted(glob.glob(os.path.join(SHARED, "corpus", "bbc", "articles", "*", "*.txt"))))
    dev_docs = {k: v for k, v in bbc.items() if k in dev_gold}
    silver = {k: v for k, v in bbc.items() if k not in dev_gold}
    all_gold = dict(dev_gold)
    for genre in GENRES:
        all_gold.update(gum_gold[genre])

    def rows_without(held_out_keys):
        docs = dict(silver)
        docs.update({k: v for k, v in dev_docs.items() if k not in held_out_keys})
        for genre in GENRES:
            docs.update({k: v for k, v in gum_docs[genre].items() if k not in held_out_keys})
        return examples(docs, all_gold, args.silver_weight)

    print(f"| held out | trained on | rules alone | model | spaCy en_core_web_sm |")
    print(f"| --- | --- | --- | --- | --- |")
    for genre in GENRES:
        weights = train(rows_without(set(gum_docs[genre])), args.epochs)
        if args.show == genre:
            typed_f1(weights, gum_docs[genre], all_gold, verbose=True)
        print(f"| GUM {genre} | the other four genres, dev gold, silver | {typed_f1(None, gum_docs[genre], all_gold):.3f} | "
              f"{typed_f1(weights, gum_docs[genre], all_gold):.3f} | {SPACY[genre]:.3f} |", flush=True)
    weights = train(rows_without(set(dev_docs)), args.epochs)
    print(f"| development gold (BBC) | all GUM, silver | {typed_f1(None, dev_docs, all_gold):.3f} | "
          f"{typed_f1(weights, dev_docs, all_gold):.3f} | |")
    if args.folds_only:
        return
    rows = rows_without(set())
    weights = train(rows, args.epochs)
    count = write_model(weights, MODEL, f"{len(rows)} candidates, {args.epochs} epochs, silver weight {args.silver_weight}.")
    print(f"\nwrote {MODEL}: {count} features from {len(rows)} candidates")


if __name__ == "__main__":
    main()
