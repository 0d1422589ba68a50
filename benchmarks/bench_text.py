"""The plain-text path on the labelled pages, flattened the way a Common Crawl WET record is.

Each page becomes text: ``<title>`` first, then one line per block element, scripts and
styles dropped. ``newsparse.parse_text`` then has to find the body among the navigation,
lists and footers; the baseline keeps every line. Prints body character F1 for both.

    python benchmarks/bench_text.py [--details]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import Case, char_f1, dev_cases, flatten, labelled_cases


def as_wet(case: Case) -> str:
    """The page as a WET record's text: title line, then the visible lines."""
    root = lxml.html.document_fromstring(case.html)
    title = root.findtext(".//title") or ""
    lines = flatten(case.html)
    return "\n".join([" ".join(title.split()), *lines]).strip()


def main(argv: list[str] | None = None) -> None:
    import newsparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    cases = [c for c in labelled_cases() + dev_cases() if c.body]
    if not cases:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED)")
    texts = [as_wet(case) for case in cases]
    newsparse.parse_text(texts[0])  # warm-up: lazy tables
    rows: dict[str, dict[str, list[float]]] = {"labelled": {}, "dev": {}}
    start = time.perf_counter()
    articles = [newsparse.parse_text(text) for text in texts]
    elapsed = time.perf_counter() - start
    for case, text, article in zip(cases, texts, articles, strict=True):
        scores = rows[case.group]
        gold = case.body or ""
        ours, everything = char_f1(article.body, gold), char_f1(text, gold)
        scores.setdefault("newsparse.parse_text", []).append(ours)
        scores.setdefault("keep everything", []).append(everything)
        if args.details:
            print(f"{case.name[:48]:48s} parse_text={ours:.3f} keep-all={everything:.3f}")
    print("| method | body F1 (labelled) | body F1 (dev, indicative) |")
    print("|---|---|---|")
    for method in ("newsparse.parse_text", "keep everything"):
        lab = statistics.fmean(rows["labelled"][method]) if rows["labelled"] else 0.0
        dev = statistics.fmean(rows["dev"][method]) if rows["dev"] else 0.0
        print(f"| {method} | {lab:.3f} | {dev:.3f} |")
    n_lab = len(rows["labelled"].get("keep everything", []))
    n_dev = len(rows["dev"].get("keep everything", []))
    speed = len(cases) / elapsed if elapsed else 0.0
    print(f"\n{n_lab} labelled + {n_dev} dev pages; parse_text: {speed:.1f} pages/s")


if __name__ == "__main__":
    main()
