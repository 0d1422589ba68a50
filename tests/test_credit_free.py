"""credit_free, the body cleaner's first test, says "no credit" only where the two credit
readers it spares (parse_credits_or_byline and find_credits) find none."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import lxml.html
from _helpers import PAGES_DIR, ROOT, seed_paths, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._core.firsts import SPACE_CHARS
from newsparse._news import credit_spans, credits
from newsparse._news.credit_grammar import KEYWORD
from newsparse._news.data.credit_roles import ROLE_WORDS


def _spared_agree(text: str) -> bool:
    """What credit_free promises of ``text`` when it says True."""
    return credits.parse_credits_or_byline(text) is None and credit_spans.find_credits(text) == []


_AFTER_STOP = re.compile("(?<=[。！？…])")


def _with_sentences(lines: list[str]) -> tuple[str, ...]:
    """Each line whole and split into its sentences (short closed sentences), once each."""
    pieces = [piece for line in lines for piece in _AFTER_STOP.split(line)]
    sentences = [piece for piece in pieces if piece.endswith(("。", "！", "？", "…"))]
    return tuple(dict.fromkeys(line for line in lines + sentences if line.strip()))


def _html_lines(paths: list[Path]) -> list[str]:
    lines: list[str] = []
    for path in paths:
        root = lxml.html.document_fromstring(path.read_bytes())
        texts = root.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
        lines += [t.strip() for t in texts if t.strip()]
    return lines


@functools.cache
def _shipped_lines() -> tuple[str, ...]:
    """The seed pages, the pages in tests/data/pages, and the dateline and credit cases
    (written from real pages)."""
    lines: list[str] = []
    for path in seed_paths():
        lines += path.read_text(encoding="utf-8").splitlines()
    lines += _html_lines(sorted(PAGES_DIR.glob("*.html")))
    cases = json.loads((ROOT / "tests" / "data" / "dateline_cases.json").read_text("utf-8"))
    lines += [case["input"] for case in cases["cases"] if isinstance(case["input"], str)]
    return _with_sentences(lines)


def _check(lines: tuple[str, ...], least: int) -> None:
    free = [line for line in lines if credit_spans.credit_free(line)]
    assert len(free) >= least  # the shortcut is taken, often
    for line in free:
        assert _spared_agree(line), line


def test_credit_free_agrees_with_the_readers_on_shipped_lines() -> None:
    _check(_shipped_lines(), 50)


def test_credit_free_agrees_with_the_readers_on_the_shared_pages() -> None:
    pages = [*shared_path("data", "gne_pages").glob("*.html")]
    pages += [*shared_path("data", "hk_pages").glob("*.html")]
    pages += [*shared_path("data", "dev_pages").rglob("*.html")]
    _check(_with_sentences(_html_lines(sorted(pages))), 2000)


# Labels, role words, names, an outlet and the marks the readers turn on, glued at random.
_PIECES = [
    *sorted(credit_spans._LABELS),
    "记者",
    "编辑",
    "摄影",
    "責任編輯",
    "作者",
    "文",
    "图",
    "摄",
    "张三",
    "李四",
    "王小明",
    "新华社",
    "联合报",
    "。",
    "！",
    "？",
    "…",
    "：",
    " ",
    "，",
    "、",
    "/",
    "（",
    "）",
    "【",
    "】",
    "报道",
    "電",
    "双方",
    "不断深化",
    "A",
    "_NB123",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10))
def test_credit_free_agrees_with_the_readers_on_glued_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    if credit_spans.credit_free(text):
        assert _spared_agree(text), text


def test_a_role_word_before_a_label_keeps_the_credit() -> None:
    # The label swallows what follows it; the reporter before it is still credited.
    text = "记者张三合作。"
    assert credits.parse_credits_or_byline(text) is not None
    assert not credit_spans.credit_free(text)
    assert credit_spans.credit_free("双方合作不断深化。")


def test_every_role_word_opening_a_line_is_a_keyword_hit() -> None:
    # credit_free leaves the byline form "作者 方敏…" to its role-word test: that holds only
    # while KEYWORD finds each role word, as itself, before each separator.
    separators = [*SPACE_CHARS, *"、,，/／╱|｜︱:：︰︓;；=．"]
    for word in ROLE_WORDS:
        for separator in separators:
            found = KEYWORD.match(word + separator + "方敏")
            assert found is not None and found.group().strip() == word, (word, separator)


def test_every_character_a_credit_needs_sends_the_line_to_the_readers() -> None:
    # The openers of both bracket patterns, the photo mark, colons, 报, and the characters of
    # staff codes and romanised names.
    for char in [*credit_spans._OPENERS, "〔", *"摄攝:：报報", "A", "Z", "_", "＿"]:
        assert not credit_spans.credit_free(f"双方合作{char}不断深化。"), char


def test_open_or_long_lines_are_left_to_the_readers() -> None:
    assert not credit_spans.credit_free("双方合作不断深化")  # open: a credit may end it
    assert not credit_spans.credit_free(
        "双方合作不断深化，" * 8 + "。"
    )  # past the closing scan's reach
    assert not credit_spans.credit_free("")
