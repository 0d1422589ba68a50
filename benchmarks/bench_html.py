"""newsparse against trafilatura, readability-lxml and GNE on Chinese news pages, in one run.

Prints one table: body character F1 (LCS, whitespace removed) on the 34 hand-labelled pages
and, as an indication only, on the dev pages whose expected text is another tool's output;
title, publish-date and author accuracy; reporter recall; pages per second end to end.

Run from the repository root (needs ../shared/data; install peers with
``pip install -e '.[benchmark]'``)::

    python benchmarks/bench_html.py            # the table
    python benchmarks/bench_html.py --details  # plus one line per page and tool
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.metadata
import platform
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import (
    Case,
    authors_match,
    char_f1,
    date_matches,
    dev_cases,
    labelled_cases,
    squeeze,
    title_matches,
)


@dataclass
class Result:
    """What one tool extracted from one page."""

    body: str = ""
    title: str | None = None
    date: Any = None
    authors: tuple[str, ...] = ()
    failed: bool = False
    # Everyone credited (authors and editors); peers have one field, so it is their author.
    people: tuple[str, ...] | None = None


def run_newsparse(case: Case) -> Result:
    import newsparse

    article = newsparse.parse_html(case.html, url=case.url)
    people = article.authors + article.editors
    return Result(article.body, article.title, article.published, article.authors, people=people)


def run_trafilatura(case: Case) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(case.html, url=case.url, with_metadata=True)
    if doc is None:
        return Result()
    data = doc if isinstance(doc, dict) else doc.as_dict()
    author = data.get("author") or ""
    names = tuple(a.strip() for a in author.replace(",", ";").split(";") if a.strip())
    return Result(data.get("text") or "", data.get("title"), data.get("date"), names)


def run_readability(case: Case) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(case.html)
    summary = doc.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return Result(text, doc.short_title())


_GNE: Any = None


def run_gne(case: Case) -> Result:
    global _GNE  # one extractor object, as GNE's own examples reuse it
    from gne import GeneralNewsExtractor

    if _GNE is None:
        _GNE = GeneralNewsExtractor()
    data = _GNE.extract(case.html)
    author = data.get("author") or ""
    names = (author.strip(),) if author.strip() else ()
    return Result(data.get("content") or "", data.get("title"), data.get("publish_time"), names)


TOOLS: dict[str, Callable[[Case], Result]] = {
    "newsparse": run_newsparse,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "gne": run_gne,
}


def _safe(tool: Callable[[Case], Result], case: Case) -> Result:
    try:
        return tool(case)
    except Exception:  # a peer crashing on a page scores zero on it, like an empty result
        return Result(failed=True)


def _date_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def timed_run(name: str, cases: list[Case]) -> tuple[list[Result], float]:
    """One pass of a tool over all pages, and its wall time."""
    tool = TOOLS[name]
    start = time.perf_counter()
    results = [_safe(tool, case) for case in cases]
    return results, time.perf_counter() - start


def evaluate(
    name: str, cases: list[Case], results: list[Result], elapsed: float, details: bool
) -> dict[str, float]:
    labelled_f1, dev_f1 = [], []
    titles, dates, authors, reporters = [], [], [], []
    dates_lab, dates_dev = [], []
    for case, res in zip(cases, results, strict=True):
        f1 = char_f1(res.body, case.body) if case.body else None
        if f1 is not None:
            (dev_f1 if case.group == "dev" else labelled_f1).append(f1)
        if case.title_scored:
            titles.append(title_matches(res.title, case.title))
        if case.date_scored:
            hit = date_matches(_date_text(res.date), case.date)
            dates.append(hit)
            (dates_dev if case.group == "dev" else dates_lab).append(hit)
        if case.authors_scored and case.group == "dev":
            # The dev annotations name one credited person, often the 责任编辑 (editor):
            # a hit is that name among the people the tool credits.
            credited = {squeeze(a) for a in (res.people if res.people is not None else res.authors)}
            authors.append(all(squeeze(a) in credited for a in case.authors))
        elif case.authors_scored:
            authors.append(authors_match(res.authors, case.authors))
            if case.authors:
                found = {squeeze(a) for a in res.authors}
                reporters.append(all(squeeze(a) in found for a in case.authors))
        if details:
            shown = "-" if f1 is None else f"{f1:.3f}"
            names = ",".join(res.authors)[:20]
            print(f"{name:16s} {case.name[:44]:44s} f1={shown} title={res.title!s:.24} "
                  f"date={_date_text(res.date)!s:.16} authors={names}"
                  f"{' FAILED' if res.failed else ''}")  # fmt: skip
    return {
        "body_f1": statistics.fmean(labelled_f1) if labelled_f1 else 0.0,
        "dev_f1": statistics.fmean(dev_f1) if dev_f1 else 0.0,
        "title": _share(titles),
        "date": _share(dates),
        "date_lab": _share(dates_lab),
        "date_dev": _share(dates_dev),
        "author": _share(authors),
        "reporter": _share(reporters),
        "pages_s": len(cases) / elapsed if elapsed else 0.0,
        "failed": sum(r.failed for r in results),
    }


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="one line per page and tool")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated tool names")
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed passes per tool, interleaved; best counts"
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    cases = labelled_cases() + dev_cases()
    if not cases:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED)")
    names = [n for n in args.tools.split(",") if n in TOOLS]
    for name in names:  # warm-up: imports and lazy tables are not what pages/s measures
        _safe(TOOLS[name], cases[0])
    # Interleaved rounds, best time per tool: a busy machine slows whichever tool runs
    # during the busy spell, so one pass each would compare luck, not speed.
    results: dict[str, list[Result]] = {}
    best: dict[str, float] = {}
    for _ in range(max(1, args.rounds)):
        for name in names:
            results[name], elapsed = timed_run(name, cases)
            best[name] = min(elapsed, best.get(name, elapsed))
    rows = {n: evaluate(n, cases, results[n], best[n], args.details) for n in names}
    _print_table(rows, cases)


def _print_table(rows: dict[str, dict[str, float]], cases: list[Case]) -> None:
    n_lab = sum(1 for c in cases if c.group == "labelled" and c.body)
    n_dev = sum(1 for c in cases if c.group == "dev" and c.body)
    n_title = sum(c.title_scored for c in cases)
    n_date_lab = sum(c.date_scored and c.group == "labelled" for c in cases)
    n_date_dev = sum(c.date_scored and c.group == "dev" for c in cases)
    n_auth = sum(c.authors_scored for c in cases)
    n_rep = sum(bool(c.authors_scored and c.authors and c.group == "labelled") for c in cases)
    base = rows.get("readability-lxml", {}).get("pages_s") or 0.0
    header = (f"| tool | body F1 ({n_lab} labelled) | body F1 ({n_dev} dev, indicative) | "
              f"title ({n_title}) | date ({n_date_lab} labelled) | date ({n_date_dev} dev) | "
              f"authors ({n_auth}) | reporters ({n_rep}) | pages/s | x readability |")  # fmt: skip
    print(header)
    print("|" + "---|" * 10)
    for name, r in rows.items():
        ratio = r["pages_s"] / base if base else 0.0
        print(f"| {name} | {r['body_f1']:.3f} | {r['dev_f1']:.3f} | {r['title']:.0%} | "
              f"{r['date_lab']:.0%} | {r['date_dev']:.0%} | {r['author']:.0%} | "
              f"{r['reporter']:.0%} | {r['pages_s']:.1f} | {ratio:.2f} |")  # fmt: skip
    print(f"\n{len(cases)} pages; failures (exceptions) per tool: "
          + ", ".join(f"{n}={int(r['failed'])}" for n, r in rows.items()))
    print(f"measured {_dt.date.today().isoformat()} with Python {platform.python_version()}; "
          + ", ".join(f"{p} {_version(p)}" for p in _PACKAGES))


_PACKAGES = ("newsparse", "trafilatura", "readability-lxml", "gne", "lxml")


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


if __name__ == "__main__":
    main()
