"""The hand-written pages of ``tests/data/pages`` end to end, from their bytes as served.

They ship with the tests (nothing from ../shared), so these run from an sdist too. The labels
(``labels.json``) were written from the pages, by the rules of ``tests/data/labels/README.md``.
Known failures are recorded below with the reason and run as strict expected failures.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from _helpers import PAGES_DIR, ROOT, page_labels, page_text

import newsparse

sys.path.insert(0, str(ROOT / "benchmarks"))
# The benchmark corpus holds the one definition of the metrics.
from _corpus import authors_match, char_f1, date_matches, gold_body_of, squeeze

LABELS = {label["file"]: label for label in page_labels()}
ARTICLES = [name for name, label in LABELS.items() if label["kind"] == "article"]
LISTINGS = [name for name, label in LABELS.items() if label["kind"] == "listing"]

# (page, field) -> why newsparse gets it wrong today.
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("cn_jsonld_article_utf8.html", "body"): (
        "the byline 示例财经记者 赵晓峰 names an outlet no table knows, so it is not read as a "
        "byline: the run grows over it and 示例财经 is left as the first paragraph"
    ),
}


def _param(name: str, field: str) -> Any:
    reason = KNOWN_FAILURES.get((name, field))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(name, marks=marks, id=name)


def _article(name: str) -> newsparse.Article:
    return newsparse.parse((PAGES_DIR / name).read_bytes())


def test_labels_cover_every_page() -> None:
    assert {p.name for p in PAGES_DIR.glob("*.html")} == set(LABELS)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_bytes_decode_in_their_charset(name: str) -> None:
    """Every label's first sentence (or item) is readable in the parsed text: a wrong codec
    would turn it into mojibake."""
    label = LABELS[name]
    text = page_text(label)  # the labels' own codec: strict, so the bytes are what it says
    # Every block the page was read into, whatever the stages made of them: this checks the
    # decoding, not the extraction.
    why = newsparse.explain((PAGES_DIR / name).read_bytes())
    everything = squeeze("".join(block.text for block in why.blocks))
    wanted = label["first"] or label["listing_titles"][0]
    assert squeeze(wanted) in squeeze(text)
    assert squeeze(wanted)[:10] in everything


@pytest.mark.parametrize("name", [_param(n, "kind") for n in sorted(LABELS)])
def test_page_type(name: str) -> None:
    assert _article(name).page_type == LABELS[name]["kind"]


@pytest.mark.parametrize("name", [_param(n, "title") for n in ARTICLES])
def test_title(name: str) -> None:
    assert _article(name).title == LABELS[name]["title"]


@pytest.mark.parametrize("name", [_param(n, "published") for n in ARTICLES])
def test_published(name: str) -> None:
    published = _article(name).published
    assert published is not None and published.utcoffset() is not None
    assert date_matches(published.isoformat(), LABELS[name]["published"])
    assert published.replace(tzinfo=None).isoformat() == LABELS[name]["published"]


@pytest.mark.parametrize("name", [_param(n, "authors") for n in ARTICLES])
def test_authors(name: str) -> None:
    assert authors_match(_article(name).authors, tuple(LABELS[name]["authors"]))


@pytest.mark.parametrize("name", [_param(n, "editors") for n in ARTICLES])
def test_editors(name: str) -> None:
    editors = [c.name for c in _article(name).credits if c.role == "editor"]
    assert editors == LABELS[name]["editors"]


@pytest.mark.parametrize("name", [_param(n, "source") for n in ARTICLES])
def test_source(name: str) -> None:
    assert _article(name).source == LABELS[name]["source"]


@pytest.mark.parametrize("name", [_param(n, "body") for n in ARTICLES])
def test_body_is_the_labelled_span_and_nothing_around_it(name: str) -> None:
    label = LABELS[name]
    gold = gold_body_of(page_text(label), label)
    assert gold, "the label's first and last sentences are on the page, in order"
    body = _article(name).body
    assert char_f1(body, gold) == 1.0
    for phrase in label["must_not"]:
        assert squeeze(phrase) not in squeeze(body), phrase


@pytest.mark.parametrize("name", [_param(n, "listing_titles") for n in LISTINGS])
def test_listing_items(name: str) -> None:
    titles = [item.title for item in _article(name).listing]
    for wanted in LABELS[name]["listing_titles"]:
        assert wanted in titles


def test_the_same_page_as_str_and_as_bytes() -> None:
    """A page decoded by the caller parses as its bytes do (the charset meta is then moot)."""
    for name in ARTICLES:
        assert newsparse.parse(page_text(LABELS[name])) == _article(name), name
