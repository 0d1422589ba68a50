"""The first-character guard (``_core.firsts``): a guarded pattern matches exactly what
the pattern matches, on the package's own guarded patterns, and no guard is added where
any character can start a match."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._core import firsts
from newsparse._core.firsts import first_class, found, guarded, literal_branches, literal_led
from newsparse._extract import body, captions, extras, features
from newsparse._extract.data import END_MARKERS
from newsparse._html import pagelists
from newsparse._news import credit_grammar, credits, notices
from newsparse._news.data.notices import NOTICE_VOICE

# The patterns the package compiles with guard=True: their source, as written.
GUARDED = {
    "notice cues": notices._CUES,
    "end marker": features.END_MARKER,
    "inline noise": features.INLINE_NOISE_RE,
    "picture credit": captions._CREDIT,
    "report tail": credits._REPORT_TAIL,
    "strong boilerplate": features._STRONG_RE,
    "short-line boilerplate": features._SHORT_RE,
    "breadcrumb class": pagelists._CRUMB_CLASS,
    "update label": extras._UPDATE_LABEL,
}


def _source(pattern: re.Pattern[str]) -> tuple[str, int]:
    """The pattern as written: the compiled one shows the guard in front of it."""
    shown, flags = pattern.pattern, pattern.flags & ~re.UNICODE
    for at in range(len(shown)):
        if shown.startswith("(?:", at) and shown.endswith(")"):
            source = shown[at + 3 : -1]
            with contextlib.suppress(re.error):  # a cut that splits a group
                if guarded(source, flags) == shown:
                    return source, flags
    return shown, flags  # not compiled yet


def _alphabet(source: str) -> str:
    # The pattern's own characters, so that strings hit its phrases, plus prose and spaces.
    own = {c for c in source if ord(c) > 127}
    return "".join(sorted(own)) + "，。 　\n的是了A1/：（）cCkK\u212a"


@pytest.mark.parametrize("name", sorted(GUARDED))
@given(data=st.data())
def test_guarded_pattern_matches_the_same(name: str, data: st.DataObject) -> None:
    source, flags = _source(GUARDED[name])
    plain, guard = re.compile(source, flags), re.compile(guarded(source, flags), flags)
    assert guard.pattern != source, "the pattern was meant to get a guard"
    pieces = st.sampled_from([p for p in re.split(r"[|()?:\\\[\]{}*+.^$]", source) if p] or ["x"])
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


def test_case_folding_reaches_through_the_guard() -> None:
    # The lookahead's class folds case as the pattern does: "K" is the Kelvin sign.
    guard = re.compile(guarded("cookie|kb|隐私", re.IGNORECASE), re.IGNORECASE)
    assert [m.group() for m in guard.finditer("COOKIE Cookie \u212aB 隐私")] == [
        "COOKIE", "Cookie", "\u212aB", "隐私",
    ]  # fmt: skip


def test_a_branch_anchored_at_the_start_still_matches_there() -> None:
    guard = re.compile(guarded(r"^\s*来源|转载"))
    assert guard.search("  来源：新华社").span() == (0, 4)
    assert guard.search("文章 来源") is None
    assert guard.search("禁止转载").span() == (2, 4)


def test_digits_and_spaces_stay_classes() -> None:
    assert guarded(r"\d+条评论|\s*责任编辑") == r"(?=[\d\s责])(?:\d+条评论|\s*责任编辑)"


# Patterns searched behind a prefilter of their first characters (``firsts=True``), each
# with its prefilter: found must say what a search says.
PREFILTERED = {
    "picture credit": (captions._CREDIT, captions._CREDIT_FIRST),
    "update label": (extras._UPDATE_LABEL, extras._UPDATE_FIRST),
    "inline noise": (features.INLINE_NOISE_RE, body._NOISE_FIRST),
}


def _strings(source: str) -> st.SearchStrategy[str]:
    pieces = st.sampled_from([p for p in re.split(r"[|()?:\\\[\]{}*+.^$]", source) if p] or ["x"])
    words = st.lists(st.one_of(pieces, st.text(_alphabet(source), max_size=4)), max_size=12)
    return words.map("".join)


@pytest.mark.parametrize("name", sorted(PREFILTERED))
@given(data=st.data())
def test_prefiltered_search_finds_the_same(name: str, data: st.DataObject) -> None:
    pattern, first = PREFILTERED[name]
    text = data.draw(_strings(_source(pattern)[0]))
    assert found(pattern, first, text) == (pattern.search(text) is not None)


@given(data=st.data())
def test_strong_phrases_are_found_as_by_one_search(data: st.DataObject) -> None:
    # Anchored phrases, the comment counter and the rest are looked for apart.
    text = data.draw(_strings(_source(features._STRONG_RE)[0] + "|12 条评论|1 人參與"))
    assert features._has_strong(text) == (features._STRONG_RE.search(text) is not None)


def test_first_class_stands_for_every_match() -> None:
    assert first_class("本网站|[请請]勿") == "[本請请]"
    for pattern in (r"^来源|转载", r"(?:本站)?", r"a*", r".来源"):
        # A match at the start, or an empty one, escapes a class: the prefilter finds
        # position 0 and the whole search runs.
        assert first_class(pattern) == ""
        plain, first = re.compile(pattern), re.compile(first_class(pattern))
        for text in ("", "来源", "x转载", "本站", "aa"):
            assert found(plain, first, text) == (plain.search(text) is not None)


@given(
    words=st.lists(st.text("记者编辑部文图", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text("记者编辑部文图 。", max_size=30),
)
def test_literal_led_words_match_as_a_longest_first_alternation(
    words: list[str], text: str
) -> None:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    plain = re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")(?!部)")
    led = re.compile("|".join(literal_led(ordered, end="(?!部)")))
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for at in range(len(text) + 1):
        one, two = led.match(text, at), plain.match(text, at)
        assert (one and one.span()) == (two and two.span())


def _keyword_as_one_lookahead() -> re.Pattern[str]:
    """The role-word pattern as first written: one alternation behind a lookahead of its
    first characters (the same branches, in the same order)."""
    words, slash = credit_grammar._WORDS, credit_grammar._SLASH
    starts = "".join(sorted({w[0] for w in words} | set(slash)))
    return re.compile(
        f"(?=[{starts}\\s])(?:"
        "(?:" + "|".join(map(re.escape, words)) + f"){credit_grammar._NOT_NOUN}"
        f"|[{slash}]{credit_grammar._SLASH_ROLE}"
        f"|(?<=[/／])\\s{{0,2}}[{slash}]{credit_grammar._SLASH_AFTER}"
        f"|(?<![拍主双雙广廣])[摄攝]{credit_grammar._PHOTO_AFTER}"
        ")"
    )


_ONE_LOOKAHEAD = _keyword_as_one_lookahead()


@given(
    st.lists(
        st.one_of(
            st.sampled_from(credit_grammar._WORDS),
            st.text("文图圖摄攝译记者拍主部队会 \u3000\t/／|：:）】。，的", max_size=3),
        ),
        max_size=10,
    ).map("".join)
)
def test_role_words_are_found_as_by_one_lookahead(text: str) -> None:
    keyword = credit_grammar.KEYWORD
    assert [m.span() for m in keyword.finditer(text)] == [
        m.span() for m in _ONE_LOOKAHEAD.finditer(text)
    ]
    for at in range(len(text) + 1):
        one, two = keyword.match(text, at), _ONE_LOOKAHEAD.match(text, at)
        assert (one and one.span()) == (two and two.span())
    half = len(text) // 2
    assert [m.span() for m in keyword.finditer(text, 1, half)] == [
        m.span() for m in _ONE_LOOKAHEAD.finditer(text, 1, half)
    ]


def test_the_spaces_written_out_are_what_backslash_s_matches() -> None:
    spaces = [chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))]
    assert spaces == list(firsts.SPACE_CHARS)
    assert re.findall(f"[{firsts.SPACES}]", "".join(map(chr, range(0x110000)))) == spaces


@given(
    st.tuples(
        st.text("，。完 ）)】", max_size=6),
        st.one_of(*(st.from_regex(m, fullmatch=True) for m in END_MARKERS)),
        st.text(" \t\n\u3000", max_size=2),
    ).map("".join)
)
def test_an_end_marker_ends_with_a_closer_the_body_looks_for(text: str) -> None:
    assert features.END_MARKER.search(text) is not None
    assert text.rstrip().endswith(body._MARKER_CLOSERS)


# Patterns written out as alternatives that open with a literal: each table entry, and
# examples of what is left as it is.
_BRANCHED = [
    *features.STRONG, "(?:下载)?APP", "[a-z]+", "(来源)[:：]", r"(?:a|\(b)c", "[（(]图",
    "[返回]{2}顶部", "[评評]?论", "(?:最新|热门)[新热]+",  # a repeated class is left as it is
]  # fmt: skip


@pytest.mark.parametrize("pattern", _BRANCHED)
@given(data=st.data())
def test_literal_branches_match_what_the_pattern_matches(pattern: str, data: st.DataObject) -> None:
    text = data.draw(_strings(pattern))
    written = re.compile("|".join(literal_branches(pattern)))
    assert [m.span() for m in written.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]


def test_strong_phrases_open_with_a_literal() -> None:
    # What lets the engine skip in C to where a phrase can start.
    parsed = firsts._sre.parse(features._STRONG_OTHER_RE.pattern)
    ((op, (_, branches)),) = list(parsed)
    assert str(op) == "BRANCH" and len(branches) > 40
    assert all(str(branch[0][0]) == "LITERAL" for branch in branches)
    assert literal_branches("(?:a|\\(b)c") == ["ac", "\\(bc"]
    assert literal_branches("(来源)[:：]") == ["(来源)[:：]"]  # a group's number would move


# The notices' voice, as its cues are written (each where it matches, in the data's order).
_VOICE_AS_WRITTEN = "|".join(f"(?:{cue})" for cue in NOTICE_VOICE)


@given(data=st.data())
def test_the_voice_is_heard_where_the_cues_as_written_find_it(data: st.DataObject) -> None:
    text = data.draw(_strings(_VOICE_AS_WRITTEN))
    expected = re.search(_VOICE_AS_WRITTEN, text) is not None
    assert notices.notice_voice(text) == expected
    assert (notices._VOICE_ANY.search(text) is not None) == expected


@pytest.mark.parametrize("cue", NOTICE_VOICE)
@given(data=st.data())
def test_every_form_of_every_voice_cue_is_heard(cue: str, data: st.DataObject) -> None:
    said = data.draw(st.from_regex(cue, fullmatch=True).filter(lambda s: "\n" not in s))
    assert notices.notice_voice(f"天氣很好{said}今天")


def test_voice_cues_open_with_a_literal() -> None:
    parsed = firsts._sre.parse(notices._VOICE_ANY.pattern)
    ((op, (_, branches)),) = list(parsed)
    assert str(op) == "BRANCH" and len(branches) >= len(NOTICE_VOICE)
    assert all(str(branch[0][0]) == "LITERAL" for branch in branches)
    # An optional opening group is left off; the cue is still heard with it or without.
    assert notices.notice_voice("本平台将不负任何法律责任") and notices.notice_voice("不负责")


def test_top_alternatives_split_only_at_the_top() -> None:
    assert firsts.top_alternatives(r"a\|b|[x|y](?:c|d)|[^]|]e") == [
        r"a\|b", "[x|y](?:c|d)", "[^]|]e",
    ]  # fmt: skip
    for cue in NOTICE_VOICE:  # each alternative stands as a pattern of its own
        assert all(re.compile(alternative) for alternative in firsts.top_alternatives(cue))
