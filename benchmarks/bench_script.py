"""Characters per second of conversion, detection and normalisation on real news text.

Usage: python benchmarks/bench_script.py [--chars N] [--repeat R]

The text is the seeds plus the visible text of the pages in ../shared/data (GNE pages,
Hong Kong pages), repeated up to N characters. Conversion through newsparse is compared
with the installed backend called directly (the issue allows at most 10% overhead).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
import opencc

import newsparse
from newsparse._chinese.convert import backend_name

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def news_text(limit: int) -> str:
    """Real news text: seeds and the text of the shared HTML pages, repeated to ``limit``."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for folder in ("gne_pages", "hk_pages"):
        for page in sorted((SHARED / "data" / folder).glob("*.html")):
            tree = lxml.html.fromstring(page.read_bytes())
            for bad in tree.xpath("//script|//style"):
                bad.drop_tree()
            parts.append("\n".join(s.strip() for s in tree.itertext() if s.strip()))
    text = "\n".join(parts)
    return (text * (limit // len(text) + 1))[:limit]


def rates(fns: list[Callable[[str], object]], text: str, repeat: int) -> list[float]:
    """Best-of-``repeat`` characters per second of each function, runs interleaved so that
    load from other processes hits them alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn(text)
            best[i] = min(best[i], time.perf_counter() - start)
    return [len(text) / seconds for seconds in best]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = news_text(args.chars)
    simplified = newsparse.to_simplified(text)
    raw_t2s = opencc.OpenCC("t2s").convert
    raw_s2t = opencc.OpenCC("s2t").convert
    rows = [
        ("to_simplified", lambda t: newsparse.to_simplified(t), raw_t2s, text),
        ("convert('s2t')", lambda t: newsparse.convert(t, "s2t"), raw_s2t, simplified),
    ]
    print(f"backend: {backend_name()}; text: {len(text):,} characters of news")
    print(f"{'operation':<16} {'newsparse c/s':>14} {'raw backend c/s':>16} {'overhead':>9}")
    for name, ours, raw, sample in rows:
        ours_rate, raw_rate = rates([ours, raw], sample, args.repeat)
        overhead = raw_rate / ours_rate - 1
        print(f"{name:<16} {ours_rate:>14,.0f} {raw_rate:>16,.0f} {overhead:>+9.1%}")
    print()
    print(f"{'operation':<16} {'c/s':>14}")
    others = (("normalize", newsparse.normalize), ("detect_script", newsparse.detect_script))
    for name, fn in others:
        print(f"{name:<16} {rates([fn], text, args.repeat)[0]:>14,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
