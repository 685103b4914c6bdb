#!/usr/bin/env python3
"""Validates every Atom feed (feed.xml) under a built site with feedparser, and every
JSON Feed (feed.json) against the JSON Feed 1.1 required fields.

Usage: validate_feeds.py PUBLIC_DIR. Prints one line per problem; exit 1 if any.
Exit 3 when feedparser is not installed, so the caller can say so clearly."""
import json
import os
import sys

try:
    import feedparser
except ImportError:
    print("feedparser is not installed (pip install feedparser)")
    sys.exit(3)

root = sys.argv[1]
problems = []
checked = 0
for folder, _, files in sorted(os.walk(root)):
    for name in sorted(files):
        path = os.path.join(folder, name)
        if name == "feed.xml":
            checked += 1
            parsed = feedparser.parse(path)
            if parsed.bozo:
                problems.append(f"{path}: {parsed.bozo_exception}")
            elif parsed.version != "atom10":
                problems.append(f"{path}: not recognised as Atom 1.0 ({parsed.version})")
            elif not parsed.feed.get("title") or not parsed.feed.get("id"):
                problems.append(f"{path}: feed without title or id")
            for entry in parsed.entries:
                if not entry.get("id") or not entry.get("title") or not entry.get("link") or not entry.get("updated"):
                    problems.append(f"{path}: entry without id, title, link or updated")
        elif name == "feed.json":
            checked += 1
            with open(path, encoding="utf-8") as handle:
                feed = json.load(handle)
            if feed.get("version") != "https://jsonfeed.org/version/1.1" or not feed.get("title"):
                problems.append(f"{path}: missing version or title")
            for item in feed.get("items", []):
                if not item.get("id") or not ("content_text" in item or "content_html" in item):
                    problems.append(f"{path}: item without id or content")
print(f"checked {checked} feeds, {len(problems)} problems")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
