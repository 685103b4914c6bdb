#!/usr/bin/env python3
"""Validates every Atom feed (feed.xml) under a built site with feedparser, every JSON Feed
(feed.json) against the JSON Feed 1.1 required fields, and sitemap.xml against the sitemaps.org
protocol (namespace, one <loc> per page, absolute URLs when BASE_URL is given, otherwise
locations that lead to files of the site).

Usage: validate_feeds.py PUBLIC_DIR [BASE_URL]. Prints one line per problem; exit 1 if any.
Exit 3 when feedparser is not installed, so the caller can say so clearly."""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree

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
base_url = sys.argv[2] if len(sys.argv) > 2 else None
sitemap_path = os.path.join(root, "sitemap.xml")
namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
tree = ElementTree.parse(sitemap_path)
if tree.getroot().tag != namespace + "urlset":
    problems.append(f"{sitemap_path}: root is not a sitemaps.org urlset")
locations = [url.findtext(namespace + "loc") or "" for url in tree.getroot().findall(namespace + "url")]
pages = [p for p in (os.path.relpath(os.path.join(f, n), root) for f, _, ns in os.walk(root) for n in ns)
         if p.endswith(".html") and p != "404.html"]
if len(locations) != len(pages):
    problems.append(f"{sitemap_path}: {len(locations)} locations for {len(pages)} pages")
for location in locations:
    if base_url:
        if not location.startswith(base_url):
            problems.append(f"{sitemap_path}: {location} is not under {base_url}")
        location = location[len(base_url):]
    target = os.path.join(root, location, "index.html") if location == "" or location.endswith("/") else os.path.join(root, location)
    if not os.path.isfile(target):
        problems.append(f"{sitemap_path}: {location} leads to no page")
print(f"checked {checked} feeds and {len(locations)} sitemap locations, {len(problems)} problems")
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
