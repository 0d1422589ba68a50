"""The hand-labelled corpus end to end (pages read from ../shared; skipped when it is absent).

Labels: ``tests/data/labels/*.json`` (156 pages from 68 sites, each read by a person; the
README there states every field). Two kinds of check:

* the score guard: every field's score over the whole corpus, as ``benchmarks/_score.py``
  defines it, may not fall more than two points below the value recorded in
  ``tests/data/corpus_scores.json`` (re-record with ``python benchmarks/bench_html.py
  --record`` after an improvement, and say so in the commit);
* per page, what a user relies on most: the page type, and an article's body not empty.
  Known failures are data (``tests/data/corpus_known_failures.json``, page -> check ->
  reason) and run as strict expected failures, so a fix shows up as XPASS.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any

import pytest
from _helpers import ROOT, SHARED, TESTS_DATA

import newsparse

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import Page, labelled_pages, squeeze
from _score import FIELDS, Result, score_page, summarise

RECORDED = json.loads((TESTS_DATA / "corpus_scores.json").read_text(encoding="utf-8"))
# Text mode: the same pages flattened as a WET record (benchmarks/bench_text.py --record).
RECORDED_TEXT = json.loads((TESTS_DATA / "corpus_scores_text.json").read_text(encoding="utf-8"))
KNOWN = json.loads((TESTS_DATA / "corpus_known_failures.json").read_text(encoding="utf-8"))
# A field may drift this far below its recorded score before the guard fails (2 points).
TOLERANCE = 0.02
LABELS = sorted(
    label["file"]
    for path in (TESTS_DATA / "labels").glob("*.json")
    for label in json.loads(path.read_text(encoding="utf-8"))
)


@cache
def _pages() -> dict[str, Page]:
    pages = {page.name: page for page in labelled_pages()}
    if not pages:
        pytest.skip(f"needs the shared dev data at {SHARED / 'data'} (absent in this checkout)")
    return pages


@cache
def _result(name: str) -> Result:
    page = _pages()[name]
    article = newsparse.parse(page.data, url=page.url)
    return Result(
        body=article.body, title=article.title, published=article.published,
        authors=article.authors, editors=article.editors, source=article.source,
        page_type=article.page_type, listing=tuple(item.title for item in article.listing),
    )  # fmt: skip


def _param(name: str, check: str) -> Any:
    reason = KNOWN.get(name, {}).get(check)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(name, marks=marks, id=name)


def test_known_failures_name_labelled_pages() -> None:
    unknown = sorted(set(KNOWN) - set(LABELS))
    assert not unknown, f"corpus_known_failures.json names pages without a label: {unknown}"


def test_every_page_of_the_shared_data_is_labelled() -> None:
    pages = _pages()
    data = SHARED / "data"
    on_disk = {
        str(p.relative_to(data))
        for folder in ("dev_pages", "gne_pages", "hk_pages")
        for p in (data / folder).rglob("*.html")
    }
    assert on_disk <= set(pages), sorted(on_disk - set(pages))[:5]


def test_every_checked_label_finds_its_body() -> None:
    missing = [p.name for p in _pages().values() if p.label.get("body_checked") and not p.body]
    assert not missing, f"first/last sentences not found in order on: {missing}"


@pytest.mark.parametrize("name", [_param(n, "page_type") for n in LABELS])
def test_page_type(name: str) -> None:
    assert _result(name).page_type == _pages()[name].kind


@pytest.mark.parametrize("name", [_param(n, "body") for n in LABELS])
def test_article_body_is_not_empty(name: str) -> None:
    if _pages()[name].kind != "article":
        pytest.skip("not an article")
    assert squeeze(_result(name).body)


@pytest.mark.parametrize("field", FIELDS)
def test_field_score_holds(field: str) -> None:
    scores = [score_page(page, _result(name)) for name, page in _pages().items()]
    value, count = summarise(scores, field)
    recorded = RECORDED["fields"][field]
    assert count == recorded["pages"], "the labelled corpus changed: re-record the scores"
    assert value >= recorded["score"] - TOLERANCE, (
        f"{field}: {value:.3f} on {count} pages, recorded {recorded['score']:.3f}"
    )


@cache
def _text_scores() -> list[dict[str, float | None]]:
    from bench_text import as_wet, run_text

    return [score_page(page, run_text(as_wet(page))) for page in _pages().values()]


@pytest.mark.parametrize("field", FIELDS)
def test_text_field_score_holds(field: str) -> None:
    value, count = summarise(_text_scores(), field)
    recorded = RECORDED_TEXT["fields"][field]
    assert count == recorded["pages"], "the labelled corpus changed: re-record the scores"
    assert value >= recorded["score"] - TOLERANCE, (
        f"text mode {field}: {value:.3f} on {count} pages, recorded {recorded['score']:.3f}"
    )


def test_published_is_timezone_aware() -> None:
    for name in _pages():
        published = newsparse.parse(_pages()[name].data).published
        assert published is None or published.utcoffset() is not None, name
