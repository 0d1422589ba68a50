"""The short way through the date grammar (newsparse._dates.fast) reads a clock in brackets
after the date, "2014-12-15 (09:04)", as the grammar does: parse_date with it and without it
agree on generated strings that reach the edges (both kinds of bracket on either side,
0-5 spaces of several kinds, seconds, text after, impossible dates and clocks, a digit,
colon, zone or meridiem after the clock or after the bracket, a bracket left open) and on
real lines; and wherever the short way reads a string, the grammar finds one expression
there, spanning what it read (closing bracket included), of the same value."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from _helpers import shipped_lines

import newsparse._dates.search as search
from newsparse import find_dates, parse_date
from newsparse._dates.fast import alone, find_stamp

_DATES = [
    "{y}-{m:02d}-{d:02d}",
    "{y}/{m}/{d}",
    "{y}.{m:02d}.{d:02d}",
    "{y}年{m}月{d}日",
    "{y}年{m}月{d}号",
]
_CLOCKS = [
    "{h:02d}:{mi:02d}",
    "{h}:{mi:02d}",
    "{h:02d}:{mi:02d}:{s:02d}",
    "{h}：{mi:02d}",
    "{h}:{mi}",
]
_GAPS = ["", " ", "  ", "   ", "    ", "\u3000", "\xa0", "\t", " \u3000 "]
_OPEN = ["(", "（", "((", "", "[", "【"]
_CLOSE = [")", "）", "))", ")）", "", " )", "]", "】"]
_AFTER_CLOCK = ["", ".5", ":", "8", " PM", "AM", "+08:00", "Z", " GMT", "-0500"]
_AROUND = [
    "",
    " ",
    "港聞新聞 監警考慮就佔領事件投訴發表中期報告 ",
    "法團主席涉披露廉署調查遭起訴",
    "【282】黎智英抵廉署總部 ",
    "来源：新华网",
    "8",
    ":",
    "：30",
    "12",
    "年",
    "农历 ",
    "甲辰年 ",
    "1.",
    "今天",
    "下午",
    "代",
    "(日)",
    " 周五",
    "至2015-01-02",
    " 2014-12-17 (16:54)",
    "x",
]


def _cases(seed: int, n: int) -> list[str]:
    """Strings of a date, a gap, a clock perhaps in brackets and text around; half of them
    of the shape the short way reads (the first of each list), the rest anything."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            out.append(
                rng.choice(_AROUND[:5])
                + rng.choice(_DATES).format(y=2014, m=12, d=rng.choice([1, 15, 31]))
                + rng.choice(_GAPS[:4])
                + rng.choice(_OPEN[:2])
                + rng.choice(_CLOCKS).format(h=rng.choice([0, 9, 23]), mi=4, s=59)
                + rng.choice(_CLOSE[:2])
                + rng.choice(_AROUND[:5])
            )
            continue
        fields = {
            "y": rng.choice([1899, 1900, 2014, 2024, 2100, 2101]),
            "m": rng.choice([1, 2, 9, 12, 13]),
            "d": rng.choice([1, 7, 15, 29, 30, 31, 32]),
            "h": rng.choice([0, 9, 12, 23, 24, 35]),
            "mi": rng.choice([0, 4, 5, 59, 60]),
            "s": rng.choice([0, 22, 59, 61]),
        }
        date = rng.choice(_DATES).format(**fields)
        clock = rng.choice(_CLOCKS).format(**fields)
        after = rng.choice(_AFTER_CLOCK) if rng.random() < 0.3 else ""
        out.append(
            rng.choice(_AROUND)
            + date
            + rng.choice(_GAPS)
            + rng.choice(_OPEN)
            + clock
            + after
            + rng.choice(_CLOSE)
            + rng.choice(_AROUND)
        )
    return out


_MADE_UP = [
    "法團主席涉披露廉署調查遭起訴 2014-11-28 (18:28)",
    "2014-12-17 (16:31)",
    "2014-12-17（16:31:05）來源：本報",
    "2014年12月17日 (16:31)",
    "2014-12-17 (16:31)8",
    "2014-12-17 (16:31):",
    "2014-12-17 (16:31",
    "2014-12-17 ((16:31))",
    "2014-12-17 (9:04 PM)",
    "2014-12-17 (16:31+08:00)",
    "2014-12-17    (16:31)",
    "2014-12-17 (35:31)",
    "2014-02-30 (16:31)",
]


def _lines() -> list[str]:
    return shipped_lines(_MADE_UP + _cases(31, 6_000))


@pytest.mark.parametrize("roc", [False, True])
def test_a_bracketed_clock_read_the_short_way_is_the_grammars(
    monkeypatch: pytest.MonkeyPatch, roc: bool
) -> None:
    texts = _MADE_UP + _cases(29 + roc, 4_000)
    refs = [None, dt.datetime(2025, 3, 14, 10, 0)]
    short = [parse_date(t, reference=r, roc=roc) for t in texts for r in refs]
    monkeypatch.setattr(search, "find_stamp", lambda text: None)  # the grammar alone
    monkeypatch.setattr(search, "alone_written", lambda text, tzinfo: None)
    grammar = [parse_date(t, reference=r, roc=roc) for t in texts for r in refs]
    for (text, ref), a, b in zip(
        ((t, r) for t in texts for r in refs), short, grammar, strict=True
    ):
        assert (a, a and a.tzinfo) == (b, b and b.tzinfo), (text, ref)
    tzinfo = search.zone("Asia/Shanghai")
    assert tzinfo is not None
    read = 0
    for text in texts:
        m = find_stamp(text)
        read += m is not None and m.group("br") is not None and alone(text, m, tzinfo) is not None
    assert read > 1_000  # the cases reach the bracketed form


def test_where_the_short_way_reads_a_string_the_grammar_finds_that_one_expression() -> None:
    # What a caller of find_dates could take from the short way instead (the listing
    # finder asks for the first full date of a line): one expression, its span, its value.
    tz = "Asia/Shanghai"
    tzinfo = search.zone(tz)
    assert tzinfo is not None
    read = bracketed = 0
    for text in _lines():
        m = find_stamp(text)
        value = None if m is None else alone(text, m, tzinfo)
        if m is None or value is None:
            continue
        found = find_dates(text, tz=tz)
        assert [(f.start, f.end, f.value) for f in found] == [(*m.span(), value)], text
        read += 1
        bracketed += m.group("br") is not None
    assert bracketed > 200 and read > bracketed  # the cases reach the bracketed form


def test_the_bracketed_form_is_read_the_short_way() -> None:
    tzinfo = search.zone("Asia/Shanghai")
    assert tzinfo is not None
    for text, span in [
        ("法團主席涉披露廉署調查遭起訴 2014-11-28 (18:28)", (15, 33)),
        ("2014-12-17（16:31:05）", (0, 20)),
        ("2014年12月17日   (16:31)", (0, 21)),
    ]:
        m = find_stamp(text)
        assert m is not None and m.span() == span and alone(text, m, tzinfo) is not None
    for text in ["2014-12-17 (16:31", "2014-12-17    (16:31)", "2014-12-17 (9:04 PM)"]:
        m = find_stamp(text)
        assert m is not None and m.group("br") is None  # the date alone, then the grammar


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Taipei", "UTC"])
def test_stamp_match_is_the_grammars_one_match(tz: str) -> None:
    # The listing finder takes stamp_match's answer for find_dates' first full date: where
    # it answers, the grammar finds exactly that one match (every field), with or without a
    # reference; where it does not, the finder asks the grammar.
    refs = [None, dt.datetime(2025, 3, 14, 10, 0), dt.date(2013, 1, 1)]
    texts = [*_lines(), "2014-12-17 09：04", "2014-12-17（09：04）", "2014-12-17 08:00+08:00"]
    answered = bracketed = 0
    for text in texts:
        quick = search.stamp_match(text, tz)
        if quick is None:
            continue
        answered += 1
        bracketed += text[quick.end - 1] in ")）"
        for ref in refs:
            assert find_dates(text, reference=ref, tz=tz) == [quick], (text, ref)
    assert answered > 1_000 and bracketed > 200  # the cases reach both forms
    assert search.stamp_match("2014-12-17 08:00+08:00", tz) is None  # an offset: the grammar
    assert search.stamp_match("2014-12-17 (16:31", tz) is None  # a clock left open
    assert search.stamp_match("2014-12-17（16:31:05）來源：本報", tz) is not None
    assert search.stamp_match("明年 2014-12-17 (16:31)", tz) is None  # another token


def test_the_listing_finder_reads_dated_headlines_the_short_way() -> None:
    from newsparse._core.blocks import Block
    from newsparse._extract.listing_reader import _Reader

    lines = [
        "法團主席涉披露廉署調查遭起訴 2014-11-28 (18:28)",
        "港聞 2014年12月17日 9:04",
        "明年再見 2014-12-17",
    ]
    reader = _Reader([Block(line) for line in lines], "Asia/Hong_Kong", None)
    for line in lines:
        found = [m for m in find_dates(line, tz="Asia/Hong_Kong") if m.day is not None]
        assert reader.full(line) == (found[0] if found else None), line
