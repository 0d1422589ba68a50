"""Hypothesis fuzzing over the public API (issue 8, part 1).

Inputs: arbitrary Unicode text and bytes, a news-token grammar, and real pages (the seeds,
and the dev pages of ../shared/data when present) truncated, byte-flipped, with tags inserted
or deleted, converted to the other script, and with boilerplate lines shuffled in.

Properties every parse must keep:

* no exception, except ``TypeError`` for a wrong input type;
* deterministic: the same input gives an equal Article;
* ``to_dict()`` is JSON-serialisable and round-trips through ``Article.from_dict``;
* nothing invented: the title and every body paragraph are a stretch of the input after
  normalisation, with at most short cuts (inline stock quotes, pinyin glosses, ``(完)``);
* no state carried between calls: A, B, A again gives A's result, and B's paragraphs never
  appear in A's article unless A's own input holds them.

Inputs live in ``_fuzz_inputs.py``, checks in ``_fuzz_checks.py``.
``NEWSPARSE_LONG_FUZZ=1`` selects the long Hypothesis profile (see ``conftest.py``).
"""

from __future__ import annotations

import functools
import gzip
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _fuzz_checks import (
    Haystack,
    assert_nothing_invented,
    check_article,
    html_haystack,
    is_stretch_of,
    squash,
    text_haystack,
    time_limit,
)
from _fuzz_inputs import (
    HostileSample,
    Sample,
    any_text,
    hostile_html,
    html_page,
    html_page_bytes,
    html_texts,
    news_text,
    require_html,
    seed_texts,
    text_pages,
)
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Config
from newsparse._html.attributes import MAX_ATTRIBUTES

_LONG = bool(os.environ.get("NEWSPARSE_LONG_FUZZ"))
# Whole dev pages (up to 450 KB) cost ~0.3 s an example: fewer examples in CI, still scaled
# up by the long profile (NEWSPARSE_LONG_FUZZ=1).
HEAVY = settings(max_examples=max(25, settings().max_examples // 10))
# Text pages include the flattened dev pages (up to ~100 KB of text).
MEDIUM = settings(max_examples=max(50, settings().max_examples // 5))
# Hostile HTML windows cost ~25 ms an example: the long run gives them five times the rest.
HOSTILE = settings(max_examples=settings().max_examples * (5 if _LONG else 1))

# -- wrong types ----------------------------------------------------------------------------

_NOT_STR = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers()),
    st.just(object()),
    st.just(Path("page.html")),
)


@given(value=_NOT_STR)
def test_wrong_page_type_is_a_type_error_naming_what_to_pass(value: Any) -> None:
    for parse in (newsparse.parse, newsparse.parse_html):
        with pytest.raises(TypeError, match="str"):
            parse(value)
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_text(value)


@given(value=st.one_of(st.binary(max_size=20), st.just(bytearray(b"<p>x</p>"))))
def test_parse_text_rejects_bytes(value: Any) -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_text(value)


@pytest.mark.parametrize(
    "func",
    [
        newsparse.parse_date,
        newsparse.parse_dateline,
        newsparse.detect_script,
        newsparse.convert,
        newsparse.normalize,
        newsparse.to_simplified,
        newsparse.to_traditional,
        newsparse.find_dates,
    ],
    ids=lambda f: f.__name__,
)
@pytest.mark.parametrize("value", [None, 123, b"\xe4\xb8\xad", ["中"]], ids=repr)
def test_text_functions_reject_non_str(func: Callable[[Any], Any], value: object) -> None:
    with pytest.raises(TypeError):
        func(value)


@given(reference=st.one_of(st.text(max_size=10), st.integers(), st.floats()))
def test_bad_reference_or_config_is_a_type_error(reference: Any) -> None:
    with pytest.raises(TypeError):
        newsparse.parse("新华社北京3月31日电 正文。", reference=reference)
    with pytest.raises(TypeError):
        newsparse.parse("新华社北京3月31日电 正文。", config=reference)


# -- arbitrary input --------------------------------------------------------------------------


@given(text=any_text)
def test_arbitrary_unicode_never_raises(text: str) -> None:
    check_article(text)
    article = check_article(text, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(text))


# Crashes the fuzzer found, as data: (id, minimal input, what it was). A known crash still
# open is a strict xfail here; once fixed its entry moves to FIXED_CRASHES and stays as a
# regression test.
KNOWN_CRASHES: list[tuple[str, bytes, str]] = []
FIXED_CRASHES: list[tuple[str, bytes, str]] = [
    (
        "truncated-utf8",
        b"\xc2",
        "_decode._detect: UTF-8 cut inside its last character raised UnicodeDecodeError",
    ),
    ("truncated-utf8-in-page", "<p>中文".encode()[:-1], "the same, after markup"),
    (
        "control-reference-after-a-dropped-element",
        b"<div>a<script>x</script>&#1;b</div>",
        "libxml2 reads &#1; as U+0001; clean._drop moved it into a text node, which lxml "
        "refuses (ValueError); found by the hostile-HTML property's long run",
    ),
    ("noncharacter-reference", b"<div><nav>x</nav>&#xffff;b</div>", "the same with U+FFFF"),
    (
        "head-time-offset-past-a-day",
        b'<meta property="article:published_time" content="2025-03-30T07:30:00+28:00"><p>x</p>',
        "a flipped digit made +08:00 +28:00; the head-time reader built a timezone of it, "
        "which Python refuses past 24 hours (ValueError); found by the hostile-HTML property",
    ),
]


@pytest.mark.parametrize(
    "page",
    [pytest.param(page, id=name) for name, page, _ in FIXED_CRASHES]
    + [
        pytest.param(page, id=name, marks=pytest.mark.xfail(strict=True, reason=why))
        for name, page, why in KNOWN_CRASHES
    ],
)
def test_crash_reproducers(page: bytes) -> None:
    check_article(page)
    check_article(page, newsparse.parse_html)


@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    check_article(data)
    check_article(data, newsparse.parse_html)


@given(text=news_text)
def test_news_shaped_text_keeps_every_property(text: str) -> None:
    check_article(text)
    article = check_article(text, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(text))


@given(text=any_text)
def test_json_line_is_valid_utf8(text: str) -> None:
    """A JSONL writer must be able to encode every result, even from lone surrogates
    (which ``json.loads`` makes from ``\\ud800`` escapes in crawl dumps)."""
    article = check_article(text, newsparse.parse_text)
    article.to_json().encode("utf-8")


# Tiny limits push every input through the truncation paths; script output converts.
_CONFIGS = (
    Config(script="simplified"),
    Config(script="traditional", region="tw"),
    Config(script="traditional", region="hk", listing=False),
    Config(max_input_bytes=300, max_line_chars=40, max_nodes=20, max_depth=4),
    Config(normalize_width=False, normalize_whitespace=False, restore_entities=False,
           repair_pinyin=False, fullwidth_punctuation=True, timezone="Asia/Taipei"),
)  # fmt: skip


@given(text=st.one_of(news_text, any_text), config=st.sampled_from(_CONFIGS))
def test_every_config_keeps_the_properties(text: str, config: Config) -> None:
    over = len(text.encode("utf-8", "surrogatepass")) > config.max_input_bytes
    for parse in (newsparse.parse, newsparse.parse_text, newsparse.parse_html):
        article = check_article(text, functools.partial(parse, config=config))
        if over:
            assert article.truncated, "input over max_input_bytes not flagged"


def test_html_str_over_max_input_bytes_is_flagged() -> None:
    assert newsparse.parse_html("<p>" + "中" * 200 + "</p>", max_input_bytes=300).truncated


# -- real pages, mutated -------------------------------------------------------------------


@MEDIUM
@given(sample=text_pages())
def test_mutated_text_pages(sample: Sample) -> None:
    page = sample.page
    check_article(page)
    article = check_article(page, newsparse.parse_text)
    assert_nothing_invented(article, text_haystack(page))


@HEAVY
@given(data=st.data())
def test_mutated_html_pages(data: st.DataObject) -> None:
    pages = require_html()
    page = data.draw(st.composite(lambda draw: html_page(draw, pages))()).page
    check_article(page)
    article = check_article(page, newsparse.parse_html)
    assert_nothing_invented(article, html_haystack(page))


@HEAVY
@given(data=st.data())
def test_mutated_html_bytes(data: st.DataObject) -> None:
    require_html()
    page = data.draw(st.composite(html_page_bytes)()).page
    check_article(page)
    check_article(page, newsparse.parse_html)


@HOSTILE
@given(sample=hostile_html())
def test_hostile_html_bytes(sample: HostileSample) -> None:
    """A window of a real page (truncated at both ends), swapped into another encoding
    with its charset declaration changed, an attribute flood in front, bytes flipped,
    gzipped: a result every time, every field UTF-8, a cut flood flagged, and text that
    was decoded right or not at all (never garbled)."""
    parse = functools.partial(newsparse.parse_html, encoding=sample.declared)
    article = check_article(sample.page, parse)
    if sample.flood > MAX_ATTRIBUTES and not sample.flipped and not _refused(sample):
        assert article.truncated, "an element with too many attributes was cut silently"
    if sample.exact:
        assert_nothing_invented(article, html_haystack(sample.source))


def _refused(sample: HostileSample) -> bool:
    """The payload was read as no page at all (undecodable, binary): nothing was parsed, so
    nothing was cut. explain() names the reason (the long run of 2026-12-03 found a short
    GB18030 window behind a flood, with too few Han characters to tell its encoding)."""
    why = newsparse.explain(sample.page, encoding=sample.declared)
    return not why.blocks and why.page_type_rule != "no body and no listing"


# What the hostile-HTML property found, as minimal reproducers: (id, page, what it was).
_FLOOD = "<div " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES + 1)) + ">"
_BIG5 = "<p>" + "英國企業將中國視為重要創新策源地，雙方合作不斷深化。" * 4 + "</p>"
FIXED_FINDINGS: list[tuple[str, bytes, str]] = [
    (
        "utf16-ascii-as-utf32",
        gzip.compress(_FLOOD.encode("utf-16-le")),
        "UTF-16 of ASCII has zeros at offsets 1 and 3, like UTF-32: read as UTF-32, the page "
        "was empty and its flood never seen",
    ),
    (
        "big5-behind-an-ascii-flood",
        ("<div " + " ".join(f"a{i}" for i in range(20_000)) + ">" + _BIG5).encode("big5"),
        "detection read the first 64 KB, all ASCII, and took GB18030: Big5 text garbled",
    ),
]


@pytest.mark.parametrize("page", [pytest.param(p, id=name) for name, p, _ in FIXED_FINDINGS])
def test_hostile_html_findings(page: bytes) -> None:
    article = check_article(page, newsparse.parse_html)
    assert article.truncated
    assert_nothing_invented(article, html_haystack(_BIG5))


# -- no state between calls ----------------------------------------------------------------


def _page_and_haystack(draw: Callable[..., Any]) -> tuple[Sample, Haystack]:
    if html_texts() and draw(st.booleans()):
        sample = html_page(draw, html_texts())
        return sample, html_haystack(sample.page)
    sample = draw(text_pages())
    return sample, text_haystack(sample.page)


@HEAVY
@given(data=st.data())
def test_no_state_carried_between_calls(data: st.DataObject) -> None:
    sample_a, hay_a = data.draw(st.composite(_page_and_haystack)(), label="A")
    sample_b, _ = data.draw(st.composite(_page_and_haystack)(), label="B")
    page_a, page_b = sample_a.page, sample_b.page
    parser = newsparse.Parser()
    with time_limit():
        first = parser(page_a)
        other = parser(page_b)
        again = parser(page_a)
        plain = newsparse.parse(page_a)
    assert first == again == plain
    leaked = Article(paragraphs=tuple(set(other.paragraphs) & set(again.paragraphs)))
    assert_nothing_invented(leaked, hay_a)


# -- the checks themselves must be able to fail ---------------------------------------------


def test_invention_check_catches_invented_and_foreign_text() -> None:
    seed = seed_texts()[0]
    haystack = text_haystack(seed)
    own = next(line.strip() for line in seed.splitlines() if len(line.strip()) > 30)
    assert_nothing_invented(Article(title=own[:10], paragraphs=(own,)), haystack)
    with pytest.raises(AssertionError, match="not in the input"):
        assert_nothing_invented(Article(paragraphs=("龘靐齉",)), haystack)
    foreign = next(line.strip() for line in seed_texts()[3].splitlines() if len(line) > 40)
    with pytest.raises(AssertionError):
        assert_nothing_invented(Article(paragraphs=(foreign,)), haystack)
    quotes = "中关村(4.950, -0.08, -1.59%)大涨，中关村(4.950, -0.08, -1.59%)北京时间(完)"
    assert is_stretch_of(squash("中关村大涨，中关村北京时间"), squash(quotes))  # cuts are fine
    shuffled = "".join(sorted(own))  # every character from the page, in an invented order
    with pytest.raises(AssertionError, match="not a stretch"):
        assert_nothing_invented(Article(paragraphs=(shuffled,)), haystack)
