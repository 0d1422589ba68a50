"""Help a person label a dev page by reading it, and check the labels they wrote.

Pages are read from ``../shared/data`` (never copied here); labels live in
``tests/data/labels/*.json``. Usage, from the repository root::

    python tools/label_page.py show dev_pages/tw/udn_1.html     # numbered visible lines + head
    python tools/label_page.py check tests/data/labels/dev_tw.json  # every label against its page
    python tools/label_page.py body dev_pages/tw/udn_1.html     # the gold body a label gives

``show`` prints the page the way the benchmark's gold body is cut from it: block elements
break lines, scripts and styles are dropped. ``check`` says, for each label, whether its
``first`` and ``last`` sentences are found in order, whether every ``must_not`` string is on
the page but outside the gold body, and how long the gold body is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpus import SHARED, flatten, gold_body_of, read_page, squeeze  # noqa: E402

_HEAD_KEYS = (
    "description", "keywords", "author", "og:title", "og:description", "og:image",
    "og:site_name", "og:url", "article:published_time", "article:modified_time",
    "article:section", "article:tag", "pubdate", "publishdate", "source",
)  # fmt: skip


def show(name: str) -> None:
    import lxml.html

    html = read_page(SHARED / "data" / name)
    root = lxml.html.document_fromstring(html)
    print("TITLE:", (root.findtext(".//title") or "").strip())
    print("LANG:", root.get("lang"))
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if key in _HEAD_KEYS or key.startswith(("og:", "article:")):
            print(f"META {key}: {(meta.get('content') or '')[:200]}")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            print("CANONICAL:", link.get("href"))
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            print("JSON-LD:", (script.text or "")[:600].replace("\n", " "))
    print("-" * 60)
    for i, line in enumerate(flatten(html)):
        print(f"{i:4d}| {line}")


def check(path: str) -> int:
    labels = json.loads(Path(path).read_text(encoding="utf-8"))
    problems = 0
    for label in labels:
        page = SHARED / "data" / label["file"]
        if not page.exists() and ".jsonl#" not in label["file"]:
            print(f"MISSING PAGE {label['file']}")
            problems += 1
            continue
        html = read_page(page)
        text = squeeze("\n".join(flatten(html)))
        notes = []
        body = None
        if label.get("kind") == "article":
            body = gold_body_of(html, label)
            if body is None:
                notes.append("first/last not found in order")
            for key in ("first", "last"):
                if not label.get(key):
                    notes.append(f"no {key}")
        for item in label.get("must_not", []):
            if squeeze(item) not in text:
                notes.append(f"must_not not on page: {item!r}")
            elif body and squeeze(item) in body:
                notes.append(f"must_not inside gold body: {item!r}")
        for item in label.get("listing_titles", []):
            if squeeze(item) not in text:
                notes.append(f"listing title not on page: {item!r}")
        size = len(body) if body else 0
        status = "ok" if not notes else "PROBLEM"
        problems += bool(notes)
        print(f"{status:7s} {label['file']} body={size} " + "; ".join(notes))
    return 1 if problems else 0


def body(name: str, path: str | None = None) -> None:
    files = [path] if path else sorted(str(p) for p in (ROOT / "tests/data/labels").glob("*.json"))
    for file in files:
        for label in json.loads(Path(file).read_text(encoding="utf-8")):
            if label["file"] == name:
                html = read_page(SHARED / "data" / name)
                print(gold_body_of(html, label, keep_lines=True))
                return
    print("no label for", name)


if __name__ == "__main__":
    command, *args = sys.argv[1:] or ["help"]
    if command == "show":
        show(args[0])
    elif command == "check":
        sys.exit(check(args[0]))
    elif command == "body":
        body(*args)
    else:
        print(__doc__)
