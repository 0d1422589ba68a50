"""The plain-text path on the labelled corpus, each page flattened the way a WET record is.

Each page becomes text: ``<title>`` first, then one line per block element, scripts and
styles dropped. ``newsparse.parse_text`` then has to find the body, title and time among the
navigation, lists and footers; the baseline keeps every line as the body. Every field is
scored as ``_score.py`` defines it, overall and per region.

    python benchmarks/bench_text.py [--details] [--record]

``--record`` writes the scores to ``tests/data/corpus_scores_text.json``, which
``tests/test_corpus.py`` holds text mode to.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import Page, flatten, labelled_pages
from _score import FIELDS, Result, record_scores, score_page, summarise


def as_wet(page: Page) -> str:
    """The page as a WET record's text: title line, then the visible lines."""
    root = lxml.html.document_fromstring(page.html)
    title = root.findtext(".//title") or ""
    return "\n".join([" ".join(title.split()), *flatten(page.html)]).strip()


def run_text(text: str) -> Result:
    import newsparse

    article = newsparse.parse_text(text)
    return Result(
        body=article.body, title=article.title, published=article.published,
        authors=article.authors, editors=article.editors, source=article.source,
        page_type=article.page_type, listing=tuple(item.title for item in article.listing),
    )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per page")
    parser.add_argument(
        "--record", action="store_true",
        help="write the scores to tests/data/corpus_scores_text.json (the score guard)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    pages = labelled_pages()
    if not pages:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED)")
    texts = [as_wet(page) for page in pages]
    run_text(texts[0])  # warm-up: lazy tables
    start = time.perf_counter()
    results = [run_text(text) for text in texts]
    elapsed = time.perf_counter() - start
    ours = [score_page(page, result) for page, result in zip(pages, results, strict=True)]
    everything = [score_page(p, Result(body=t)) for p, t in zip(pages, texts, strict=True)]
    if args.details:
        for page, score in zip(pages, ours, strict=True):
            shown = " ".join(f"{k}={v:.2f}" for k, v in score.items() if v is not None)
            print(f"{page.name[:50]:50s} {shown}")
    regions = sorted({p.region for p in pages})
    print("| field | parse_text (all) | " + " | ".join(regions) + " | keep every line |")
    print("|---|---|" + "---|" * len(regions) + "---|")
    for field in FIELDS:
        value, count = summarise(ours, field)
        if count == 0:
            continue
        cells = [f"{value:.3f} ({count})"]
        for region in regions:
            chosen = [s for p, s in zip(pages, ours, strict=True) if p.region == region]
            v, n = summarise(chosen, field)
            cells.append(f"{v:.3f} ({n})" if n else "–")
        base, n = summarise(everything, field)
        cells.append(f"{base:.3f}" if field in ("body_f1", "first_last") else "–")
        print(f"| {field} | " + " | ".join(cells) + " |")
    print(f"\n{len(pages)} pages; parse_text: {len(pages) / elapsed:.1f} pages/s")
    if args.record:
        _record(ours, len(pages))


RECORD = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus_scores_text.json"


def _record(scores: list[dict[str, float | None]], count: int) -> None:
    record_scores(RECORD, scores, count, "text")


if __name__ == "__main__":
    main()
