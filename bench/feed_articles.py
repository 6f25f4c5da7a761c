#!/usr/bin/env python3
"""Turns the real captured feeds of ../shared/corpus/feeds-real into article
JSON Lines for `extract_bench --articles`: one article per feed entry with a
text of 40 bytes or more (its longest description, summary or content, tags
stripped). Real feed text is mostly not about AI labs, unlike the dev set,
whose every article has a trigger: the two bound extraction throughput from
both sides.

  python3 bench/feed_articles.py [CORPUS_DIR] > /tmp/feed-articles.jsonl
"""

import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET


def text_of(element):
    return "".join(element.itertext()) if element is not None else ""


def entries(path):
    with open(path, "rb") as f:
        data = f.read().lstrip()  # some captures start with a blank line
    root = ET.fromstring(data)
    for element in root.iter():
        if element.tag.split("}")[-1] not in ("item", "entry"):
            continue
        title, body, link = "", "", ""
        for child in element:
            tag = child.tag.split("}")[-1]
            if tag == "title":
                title = text_of(child)
            elif tag in ("description", "summary", "content", "encoded") and len(text_of(child)) > len(body):
                body = text_of(child)
            elif tag == "link":
                link = child.get("href") or text_of(child)
        body = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()
        if len(body.encode()) >= 40:
            yield title.strip(), body, link.strip()


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "corpus", "feeds-real")
    count = 0
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if name.endswith((".md", ".tsv")) or not os.path.isfile(path):
            continue
        try:
            found = list(entries(path))
        except (ET.ParseError, ValueError) as error:
            print(f"feed_articles: skipped {name}: {error}", file=sys.stderr)
            continue
        for title, text, link in found:
            article = {"id": f"feed-{count}", "url": link or f"https://example.org/{count}", "source": name,
                       "published": "2025-01-01T00:00:00Z", "title": title, "text": text}
            print(json.dumps(article, ensure_ascii=False))
            count += 1
    print(f"feed_articles: {count} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
