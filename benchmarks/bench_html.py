"""newsparse against readability-lxml, trafilatura and GNE on the hand-labelled corpus, in one run.

Every labelled page of ``tests/data/labels`` (156 pages from 68 sites: mainland, Taiwan,
Hong Kong and overseas; articles and listing pages) is given to every tool as the same
decoded ``str``; newsparse is also run on the raw bytes, which it must decode itself. Each
field is scored per page as ``_score.py`` defines it and reported overall, per region and
per era, with the number of pages behind each figure.

Speed: rounds over all pages, the tools taking turns page by page, every tool given ``str``
and then ``bytes``, timed in CPU seconds of this process; the median round per tool and
input counts, and bare ``lxml.html`` parsing is the floor.
``newsparse.parse_text`` is timed in the same rounds on the pages flattened as
``bench_text.py`` flattens them, and ``newsparse.parse`` on one long page (20,000
paragraphs of the corpus's prose) against lxml's parse of it.

Run from the repository root (needs ../shared/data; the peers: ``pip install -e '.[benchmark]'``)::

    python benchmarks/bench_html.py                 # accuracy tables and speed
    python benchmarks/bench_html.py --no-speed      # accuracy only
    python benchmarks/bench_html.py --details       # plus one line per page
    python benchmarks/bench_html.py --json out.json # the figures as JSON too
    python benchmarks/bench_html.py --chart docs/benchmarks.svg  # and as a chart
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.metadata
import json
import platform
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import Page, labelled_pages
from _score import FIELDS, PEER_FIELDS, Result, record_scores, score_page, summarise


def run_newsparse(page: Page, data: str | bytes) -> Result:
    import newsparse

    article = newsparse.parse(data, url=page.url)
    return Result(
        body=article.body, title=article.title, published=article.published,
        authors=article.authors, editors=article.editors, source=article.source,
        page_type=article.page_type, listing=tuple(item.title for item in article.listing),
    )  # fmt: skip


def run_readability(page: Page, data: str | bytes) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(data)
    summary = doc.summary(html_partial=True)
    text = "\n".join(lxml.html.fromstring(summary).itertext()) if summary.strip() else ""
    return Result(body=text, title=doc.short_title())


def run_trafilatura(page: Page, data: str | bytes) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=page.url, with_metadata=True)
    if doc is None:
        return Result()
    got = doc if isinstance(doc, dict) else doc.as_dict()
    author = got.get("author") or ""
    names = tuple(a.strip() for a in author.replace(",", ";").split(";") if a.strip())
    return Result(body=got.get("text") or "", title=got.get("title"), published=got.get("date"),
                  authors=names, source=got.get("sitename"))  # fmt: skip


_GNE: Any = None


def run_gne(page: Page, data: str | bytes) -> Result:
    global _GNE  # one extractor object, as GNE's own examples reuse it
    from gne import GeneralNewsExtractor

    if _GNE is None:
        _GNE = GeneralNewsExtractor()
    html = data if isinstance(data, str) else data.decode("utf-8", "replace")  # GNE takes str
    got = _GNE.extract(html)
    author = (got.get("author") or "").strip()
    names = (author,) if author else ()
    return Result(body=got.get("content") or "", title=got.get("title"),
                  published=got.get("publish_time"), authors=names)  # fmt: skip


def run_lxml(page: Page, data: str | bytes) -> Result:
    import lxml.html

    lxml.html.document_fromstring(data)
    return Result()


TOOLS: dict[str, Callable[[Page, str | bytes], Result]] = {
    "newsparse": run_newsparse,
    "readability-lxml": run_readability,
    "trafilatura": run_trafilatura,
    "gne": run_gne,
}


def safe(tool: Callable[[Page, str | bytes], Result], page: Page, data: str | bytes) -> Result:
    try:
        return tool(page, data)
    except Exception:  # a peer crashing on a page scores zero on it, like an empty result
        return Result(failed=True)


def accuracy(pages: list[Page], names: list[str], details: bool) -> dict[str, Any]:
    """Per tool: the per-page scores, newsparse on both inputs."""
    runs: dict[str, dict[str, dict[str, Any]]] = {}
    for name in names:
        inputs = [("str", name)] + ([("bytes", "newsparse (bytes)")] if name == "newsparse" else [])
        for kind, label in inputs:
            scores = {}
            for page in pages:
                result = safe(TOOLS[name], page, page.html if kind == "str" else page.data)
                scores[page.name] = score_page(page, result)
                if details:
                    shown = {k: v for k, v in scores[page.name].items() if v is not None}
                    print(f"{label:18s} {page.name[:50]:50s} " + " ".join(
                        f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={int(v)}"
                        for k, v in shown.items()))  # fmt: skip
            runs[label] = scores
    return runs


def speed(pages: list[Page], names: list[str], rounds: int) -> dict[str, float]:
    """Pages per second, median of interleaved rounds, per tool and input; newsparse also
    on the pages flattened to text (``parse_text``, input ``text``).

    Time is this process's CPU time, and the tools take turns page by page: on a shared
    machine whose load changes during a run, every tool sees the same load, and waiting
    for a core is not counted against any of them."""
    from bench_text import as_wet

    import newsparse

    tools = {**{n: TOOLS[n] for n in names}, "lxml.html (floor)": run_lxml}
    texts = [as_wet(page) for page in pages]
    clock = time.process_time
    times: dict[str, list[float]] = {}
    for tool in tools.values():  # warm-up: imports and lazy tables are not what is timed
        safe(tool, pages[0], pages[0].html)
    for _ in range(rounds):
        spent: dict[str, float] = {}
        for page, text in zip(pages, texts, strict=True):
            for kind in ("str", "bytes"):
                for name, tool in tools.items():
                    start = clock()
                    safe(tool, page, page.html if kind == "str" else page.data)
                    key = f"{name} [{kind}]"
                    spent[key] = spent.get(key, 0.0) + clock() - start
            if "newsparse" in tools:
                start = clock()
                newsparse.parse_text(text)
                spent["newsparse [text]"] = spent.get("newsparse [text]", 0.0) + clock() - start
        for key, value in spent.items():
            times.setdefault(key, []).append(value)
    return {key: len(pages) / statistics.median(values) for key, values in times.items()}


LONG_PARAGRAPHS = 20_000


def long_page(pages: list[Page]) -> bytes:
    """A page of LONG_PARAGRAPHS paragraphs: the corpus's own prose lines (40 to 80
    characters, as flattened for bench_text), repeated in order, under one headline."""
    from bench_text import as_wet

    lines = [
        line for page in pages for line in as_wet(page).split("\n")[1:] if 40 <= len(line) <= 80
    ]
    body = "".join(f"<p>{lines[i % len(lines)]}</p>" for i in range(LONG_PARAGRAPHS))
    html = f"<html><head><title>长页面</title></head><body><h1>长页面</h1>{body}</body></html>"
    return html.encode("utf-8")


def long_speed(pages: list[Page], rounds: int) -> tuple[float, float, int]:
    """(newsparse.parse seconds, lxml parse seconds, size in bytes) on the long page,
    medians of interleaved rounds."""
    import lxml.html

    import newsparse

    data = long_page(pages)
    ours, floor = [], []
    clock = time.process_time  # CPU time, as in speed()
    for _ in range(rounds):
        start = clock()
        newsparse.parse(data)
        ours.append(clock() - start)
        start = clock()
        lxml.html.document_fromstring(data)
        floor.append(clock() - start)
    return statistics.median(ours), statistics.median(floor), len(data)


def _print_tables(runs: dict[str, dict[str, dict[str, Any]]], pages: list[Page]) -> None:
    groups: list[tuple[str, Callable[[Page], bool]]] = [("all", lambda p: True)]
    for attr in ("region", "era"):
        for value in sorted({getattr(p, attr) for p in pages}):
            groups.append((f"{attr}={value}", lambda p, a=attr, v=value: getattr(p, a) == v))
    for group, keep in groups:
        chosen = {p.name for p in pages if keep(p)}
        print(f"\n### {group} ({len(chosen)} pages)\n")
        print("| field | " + " | ".join(runs) + " |")
        print("|---|" + "---|" * len(runs))
        for field in FIELDS:
            cells = []
            for label, scores in runs.items():
                if label not in ("newsparse", "newsparse (bytes)") and field not in PEER_FIELDS:
                    cells.append("–")
                    continue
                value, count = summarise([s for n, s in scores.items() if n in chosen], field)
                cells.append("–" if count == 0 else f"{value:.3f} ({count})")
            print(f"| {field} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per page and tool")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tool names")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timed rounds")
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--chart", type=Path, help="also draw them as an SVG (docs/benchmarks.svg)")
    parser.add_argument(
        "--record", action="store_true",
        help="write newsparse's scores (bytes input) to tests/data/corpus_scores.json",
    )  # fmt: skip
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    pages = labelled_pages()
    if not pages:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED)")
    names = [n for n in args.tools.split(",") if n in TOOLS]
    runs = accuracy(pages, names, args.details)
    _print_tables(runs, pages)
    figures: dict[str, Any] = {
        label: {f: summarise(list(s.values()), f) for f in FIELDS} for label, s in runs.items()
    }
    if args.record:
        _record(runs["newsparse (bytes)"], len(pages))
    if not args.no_speed:
        figures["speed"] = _print_speed(pages, names, args.rounds)
    versions = ", ".join(f"{p} {_version(p)}" for p in _PACKAGES)
    note = (f"measured {_dt.date.today().isoformat()} with Python {platform.python_version()}; "
            f"{versions}")  # fmt: skip
    print(f"\n{note}")
    figures["pages"] = len(pages)
    figures["note"] = f"{len(pages)} labelled pages; {note}"
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.chart:
        from _chart import write_chart

        write_chart(figures, args.chart, figures["note"])


def _print_speed(pages: list[Page], names: list[str], rounds: int) -> dict[str, float]:
    rates = speed(pages, names, rounds)
    base = {k: rates.get(f"readability-lxml [{k}]") for k in ("str", "bytes")}
    floor = {k: rates[f"lxml.html (floor) [{k}]"] for k in ("str", "bytes")}
    print(f"\n### speed ({len(pages)} pages, median of {rounds} interleaved rounds)\n")
    print("| tool | input | pages/s | x readability-lxml | x slower than lxml parse |")
    print("|---|---|---|---|---|")
    for key, rate in rates.items():
        name, kind = key.rsplit(" [", 1)
        kind = kind.rstrip("]")
        if kind == "text":
            ratio = rate / rates["newsparse [bytes]"]
            print(f"| newsparse.parse_text | text (the pages flattened) | {rate:.1f} | "
                  f"{ratio:.2f}x newsparse given bytes | – |")  # fmt: skip
            continue
        ratio_text = f"{rate / base[kind]:.2f}" if base[kind] else "–"
        print(f"| {name} | {kind} | {rate:.1f} | {ratio_text} | {floor[kind] / rate:.1f} |")
    if "newsparse" in names:
        ours, lxml_time, size = long_speed(pages, rounds)
        print(f"\nlong page ({LONG_PARAGRAPHS:,} paragraphs, {size / 1e6:.1f} MB, bytes): "
              f"newsparse {ours:.2f} s, lxml parse {lxml_time:.3f} s, "
              f"{ours / lxml_time:.0f}x lxml")  # fmt: skip
        rates["long page seconds"] = ours
        rates["long page x lxml"] = ours / lxml_time
    return rates


RECORD = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus_scores.json"


def _record(scores: dict[str, dict[str, Any]], count: int) -> None:
    record_scores(RECORD, list(scores.values()), count, "bytes")


_PACKAGES = ("newsparse", "trafilatura", "readability-lxml", "gne", "lxml")


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


if __name__ == "__main__":
    main()
