#!/usr/bin/env python3
"""Writes the 19 Wikinews interviews of GUM (../shared/eval/gum/interview/) into
Content/interviews/ as Markdown: title, date, author, source and URL from meta/<DOC>.json, the
text as published. Deterministic; run again after the source changes. The texts are CC BY 2.5
(Wikinews): each article's `source` names Wikinews and the license, and its `url` the original.

usage: Scripts/import_wikinews.py [GUM interview folder] [output folder]
"""
import json, os, re, sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "eval", "gum", "interview")
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(REPO, "Content", "interviews")
DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}\s*")


def markdown_text(line):
    """The line as literal Markdown text: every character Markdown reads as markup escaped."""
    escaped = re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", line)
    return re.sub(r"^(\s*)([-+=]|\d+[.)])", lambda m: m.group(1) + re.sub(r"([-+=.)])", r"\\\1", m.group(2)), escaped)


def quoted(value):
    return json.dumps(value, ensure_ascii=False)


def main():
    os.makedirs(OUTPUT, exist_ok=True)
    for name in sorted(os.listdir(SOURCE)):
        if not (name.startswith("GUM_interview_") and name.endswith(".txt")):
            continue
        document = name[:-4]
        with open(os.path.join(SOURCE, "meta", document + ".json"), encoding="utf-8") as f:
            meta = json.load(f)
        with open(os.path.join(SOURCE, name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        # The first line is the title; a dateline repeats the date the front matter holds.
        body = [DATELINE.sub("", line).strip() for line in lines[1:]]
        paragraphs = [markdown_text(line) for line in body if line]
        front = [
            "---",
            f"title: {quoted(meta['title'])}",
            f"date: {meta['date']}",
            f"author: {quoted(meta['author'])}",
            'source: "Wikinews, CC BY 2.5"',
            f"url: {quoted(meta['url'])}",
            "---",
        ]
        slug = document[len("GUM_interview_"):]
        with open(os.path.join(OUTPUT, slug + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(front) + "\n\n" + "\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
