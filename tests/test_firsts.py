"""The first-character guard (``_core.firsts``): a guarded pattern matches exactly what
the pattern matches, on the package's own guarded patterns, and no guard is added where
any character can start a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core.firsts import guarded
from newsparse._extract import captions, features
from newsparse._news import credits, notices

# The patterns the package compiles with guard=True: their source, as written.
GUARDED = {
    "notice cues": notices._CUES,
    "notice voice": notices._VOICE_RE,
    "end marker": features.END_MARKER,
    "inline noise": features.INLINE_NOISE_RE,
    "picture credit": captions._CREDIT,
    "report tail": credits._REPORT_TAIL,
}


def _source(pattern: re.Pattern[str]) -> tuple[str, int]:
    source = pattern.pattern
    if source.startswith("(?=["):  # already compiled: strip the guard again
        source = source[source.index("])(?:") + 5 : -1]
    return source, pattern.flags & ~re.UNICODE


def _alphabet(source: str) -> str:
    # The pattern's own characters, so that strings hit its phrases, plus prose and spaces.
    own = {c for c in source if ord(c) > 127}
    return "".join(sorted(own)) + "，。 　\n的是了A1/：（）"


@pytest.mark.parametrize("name", sorted(GUARDED))
@given(data=st.data())
def test_guarded_pattern_matches_the_same(name: str, data: st.DataObject) -> None:
    source, flags = _source(GUARDED[name])
    plain, guard = re.compile(source, flags), re.compile(guarded(source, flags), flags)
    assert guard.pattern != source, "the pattern was meant to get a guard"
    pieces = st.sampled_from(
        [p for p in re.split(r"[|()?:\\\[\]{}*+.^$]", source) if p] or ["x"]
    )
    words = st.lists(st.one_of(pieces, st.text(_alphabet(source), max_size=4)), max_size=12)
    text = "".join(data.draw(words))
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guard.finditer(text)]
    assert plain.sub("#", text) == guard.sub("#", text)


def test_phrases_are_found_through_the_guard() -> None:
    cues = re.compile(guarded(*_source(notices._CUES)))
    assert cues.search("本站文章未經授權不得轉載") is not None
    rules = "網友應謹慎發言，遵守相關規定，違者自負法律責任。"
    assert notices.notice_kind(rules) == "comment rules"


@pytest.mark.parametrize(
    "pattern",
    [r".{0,3}来源", r"[^。]+。", r"\w+报道", r"(?:本站)?", "a|"],
)
def test_no_guard_where_any_character_can_start(pattern: str) -> None:
    assert guarded(pattern) == pattern


def test_no_guard_for_case_folding() -> None:
    assert guarded("cookie|隐私", re.IGNORECASE) == "cookie|隐私"


def test_digits_and_spaces_stay_classes() -> None:
    assert guarded(r"\d+条评论|\s*责任编辑") == r"(?=[\d\s责])(?:\d+条评论|\s*责任编辑)"
