"""Held out by site: how newsparse scores on sites its rules were not written for.

The labelled corpus is split into two halves by site (every page of a site on one side, the
split fixed by a hash of the site's name). ``report`` prints each field on both halves and on
the whole corpus. ``fit`` calibrates the named weights of ``newsparse._extract.weights`` on one
half (a grid around each value, one weight at a time, keeping a change only if it raises the
objective), scores the result on the other half, then swaps the halves: the difference between
the score on the half a weight was fitted on and on the half it was not is the generalisation
gap, and the weights kept in the code are those that help both halves.

    python benchmarks/calibrate.py report
    python benchmarks/calibrate.py fit          # slow: one corpus pass per trial value
"""

from __future__ import annotations

import argparse
import statistics
import sys
import warnings
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import Page, labelled_pages
from _score import FIELDS, Result, score_page, summarise

# The fields the objective averages: what a user of the body feels most.
OBJECTIVE = ("body_f1", "first_last", "must_not_absent", "page_type", "title")


def half_of(page: Page) -> str:
    """ "A" or "B": the side of the split the page's site is on."""
    return "AB"[zlib.crc32(page.site.encode("utf-8")) % 2]


def run(pages: list[Page]) -> dict[str, dict[str, float | None]]:
    import newsparse

    scores = {}
    for page in pages:
        article = newsparse.parse(page.data, url=page.url)
        result = Result(
            body=article.body, title=article.title, published=article.published,
            authors=article.authors, editors=article.editors, source=article.source,
            page_type=article.page_type, listing=tuple(i.title for i in article.listing),
        )  # fmt: skip
        scores[page.name] = score_page(page, result)
    return scores


def objective(scores: list[dict[str, float | None]]) -> float:
    return statistics.fmean(summarise(scores, field)[0] for field in OBJECTIVE)


def report(pages: list[Page]) -> None:
    scores = run(pages)
    halves = {h: [scores[p.name] for p in pages if half_of(p) == h] for h in "AB"}
    sites = {h: len({p.site for p in pages if half_of(p) == h}) for h in "AB"}
    counts = {h: f"{len(halves[h])} pages, {sites[h]} sites" for h in "AB"}
    print(f"| field | all ({len(pages)} pages) | half A ({counts['A']}) | half B ({counts['B']}) |")
    print("|---|---|---|---|")
    for field in FIELDS:
        cells = []
        for group in (list(scores.values()), halves["A"], halves["B"]):
            value, count = summarise(group, field)
            cells.append(f"{value:.3f} ({count})" if count else "–")
        print(f"| {field} | " + " | ".join(cells) + " |")
    print(f"\nobjective ({', '.join(OBJECTIVE)}): all {objective(list(scores.values())):.4f}, "
          f"A {objective(halves['A']):.4f}, B {objective(halves['B']):.4f}")  # fmt: skip


def _fit_on(pages: list[Page], weights: Any, names: list[str]) -> dict[str, Any]:
    """Coordinate search: each weight over a grid around its value, best objective kept."""
    chosen: dict[str, Any] = {}
    best = objective(list(run(pages).values()))
    for name in names:
        start = getattr(weights, name)
        for factor in (0.5, 0.75, 1.25, 1.5, 2.0):
            trial = type(start)(start * factor)
            setattr(weights, name, trial)
            value = objective(list(run(pages).values()))
            if value > best + 1e-4:
                best, chosen[name] = value, trial
            setattr(weights, name, chosen.get(name, start))
    return chosen


def fit(pages: list[Page]) -> None:
    from newsparse._extract import weights

    names = [n for n in weights.CALIBRATED if isinstance(getattr(weights, n), (int, float))]
    original = {n: getattr(weights, n) for n in names}
    for fit_half, test_half in (("A", "B"), ("B", "A")):
        fit_pages = [p for p in pages if half_of(p) == fit_half]
        test_pages = [p for p in pages if half_of(p) == test_half]
        before = objective(list(run(test_pages).values()))
        chosen = _fit_on(fit_pages, weights, names)
        on_fit = objective(list(run(fit_pages).values()))
        on_test = objective(list(run(test_pages).values()))
        print(f"fitted on {fit_half}: {chosen or 'no change'}")
        print(f"  objective on {fit_half} (fitted) {on_fit:.4f}; on {test_half} (held out) "
              f"{before:.4f} -> {on_test:.4f}; gap {on_fit - on_test:+.4f}")  # fmt: skip
        for name, value in original.items():
            setattr(weights, name, value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("report", "fit"))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    pages = labelled_pages()
    if not pages:
        sys.exit("needs ../shared/data (set NEWSPARSE_SHARED)")
    (report if args.command == "report" else fit)(pages)


if __name__ == "__main__":
    main()
