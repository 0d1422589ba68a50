"""How one tool's result on one labelled page is scored, field by field.

One definition for the benchmark (``bench_html.py``, ``bench_text.py``), the held-out
calibration (``calibrate.py``) and the score guard (``tests/test_corpus_scores.py``).
A field's score on a page is a number in [0, 1], or None when the label does not score it
(a listing page has no body, a page naming no reporter does not score authors).
"""

from __future__ import annotations

import datetime as _dt
import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _corpus import Page, char_f1, kept, names_match, published_matches, squeeze

# Fields in the order the tables print them. PEER_FIELDS are those the peers also return.
FIELDS = (
    "body_f1", "first_last", "must_not_absent", "body_found", "title", "date_time", "date_day",
    "authors", "no_junk_authors", "editors", "source", "page_type", "listing_titles",
)  # fmt: skip
PEER_FIELDS = frozenset(
    {"body_f1", "first_last", "must_not_absent", "body_found", "title", "date_time", "date_day",
     "authors", "no_junk_authors"}
)  # fmt: skip


@dataclass
class Result:
    """What one tool extracted from one page."""

    body: str = ""
    title: str | None = None
    published: Any = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    source: str | None = None
    page_type: str | None = None
    listing: tuple[str, ...] = ()
    failed: bool = False


def _time_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value).replace(" ", "T")


def score_page(page: Page, result: Result) -> dict[str, float | None]:
    """Every field's score for one page (None where the label does not score it)."""
    label = page.label
    article = page.kind == "article"
    scores: dict[str, float | None] = dict.fromkeys(FIELDS)
    scores["page_type"] = float(result.page_type == page.kind) if result.page_type else None
    if page.kind == "listing":
        wanted = label.get("listing_titles") or []
        if wanted:
            found = "".join(squeeze(t) for t in result.listing)
            scores["listing_titles"] = sum(squeeze(t) in found for t in wanted) / len(wanted)
        return scores
    if not article:
        return scores
    if page.body is not None:
        scores["body_f1"] = char_f1(result.body, page.body)
        scores["first_last"] = float(
            kept(result.body, label.get("first")) and kept(result.body, label.get("last"))
        )
    scores["body_found"] = float(bool(squeeze(result.body)))
    must_not = label.get("must_not") or []
    if must_not:
        body = squeeze(result.body)
        scores["must_not_absent"] = sum(squeeze(m) not in body for m in must_not) / len(must_not)
    if label.get("title"):
        scores["title"] = float(squeeze(result.title) == squeeze(label["title"]))
    gold_time = label.get("published")
    predicted = _time_text(result.published)
    if gold_time and "T" in gold_time:
        scores["date_time"] = float(published_matches(predicted, gold_time))
    if gold_time:
        scores["date_day"] = float(published_matches(predicted, gold_time[:10]))
    if label.get("authors"):
        scores["authors"] = float(names_match(result.authors, label["authors"]))
    else:
        scores["no_junk_authors"] = float(not result.authors)
    if label.get("editors"):
        scores["editors"] = float(names_match(result.editors, label["editors"]))
    if label.get("source"):
        scores["source"] = float(squeeze(result.source) == squeeze(label["source"]))
    return scores


def summarise(scores: list[dict[str, float | None]], field: str) -> tuple[float, int]:
    """The mean of one field over the pages that score it, and how many do."""
    values = [s[field] for s in scores if s.get(field) is not None]
    return (statistics.fmean(values) if values else 0.0), len(values)


def record_scores(path: Path, scores: list[dict[str, float | None]], count: int, kind: str) -> None:
    """Write the figures a score guard (tests/test_corpus.py) holds newsparse to: each field's
    score over ``count`` pages given as ``kind`` ("bytes" HTML, or "text")."""
    fields = {}
    for field in FIELDS:
        value, pages = summarise(scores, field)
        fields[field] = {"score": round(value, 4), "pages": pages}
    record = {"measured": _dt.date.today().isoformat(), "pages": count, "input": kind,
              "fields": fields}  # fmt: skip
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"\nrecorded in {path.relative_to(path.parent.parent.parent)}")
