"""The date search one match at a time gives what the whole search gives.

``iter_dates`` tokenizes and resolves only as far as its caller reads (a header line that is
a listing run together holds a hundred dates; ``read_header_line`` wants the first dated
one). Each test runs the search as first written (every expression, then the checks, then
the meridiem carried over each pair) beside it, over real lines: the seeds' lines, the text
of the pages in tests/data/pages, the labelled pages flattened when ../shared is present,
and made-up lines meant to hit each step (ranges, lunar dates, a lone number).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import sys
from functools import cache
from typing import Any

import lxml.html
import pytest
from _helpers import PAGES_DIR, ROOT, seed_paths

from newsparse._core.memo import forget_lines
from newsparse._dates import search
from newsparse._dates.calendar_tokens import whole_string
from newsparse._dates.join import MAX_GAP, join
from newsparse._dates.patterns import LUNAR_BEFORE, RANGE_GAP, TOKENS, TOKENS_ROC, WHOLE_MAX
from newsparse._dates.resolve import hour24, is_valid
from newsparse._dates.search import find_dates, iter_dates
from newsparse._dates.tokens import DATE_KINDS, Fields
from newsparse._extract import header

_MADE_UP = [
    "下午3点-5点",
    "3点 - 5点PM",
    "3:00-5:00 PM 2024年4月29日",
    "上午9时至下午3时 2025-03-31",
    "2024年4月29日 9点到11点 发布",
    "甲辰年二月廿九 2024-03-09",
    "农历二月初二 2019年3月8日",
    "2019",
    "20231115",
    "四五年",
    "十一",
    "16年",
    "第三天",
    "北京时间",
    "昨天 10:20 来源：新华网",
    "3小时前",
    "113年4月29日 中央社",
    "101/05/25 10:20",
    "發稿時間：2013/08/13 11:24 最新更新：2013/08/13 11:30",
    "2025年03月20日 17:55 每日经济新闻",
    "（2007年6月29日第十届全国人大常委会第二十八次会议通过）",
    " ".join(f"標題{i} 2014-12-{i % 28 + 1:02d} ({i % 12}:{i % 60:02d})" for i in range(300)),
    "12日" * 2500,  # past MAX_EXPRESSIONS
    "",
    "没有日期的一行",
]
_SETTINGS: list[dict[str, Any]] = [
    {},
    {"tz": "Asia/Taipei", "roc": True},
    {"reference": _dt.datetime(2025, 3, 31, 10, 0), "prefer": "future"},
    {"reference": _dt.date(2014, 12, 13), "tz": "Asia/Hong_Kong", "prefer": "current"},
]


@cache
def _lines() -> tuple[str, ...]:
    lines = list(_MADE_UP)
    for path in seed_paths():
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    for path in sorted(PAGES_DIR.glob("*.html")):  # the shipped pages' text
        root = lxml.html.document_fromstring(path.read_bytes())
        texts = root.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
        lines += [text.strip() for text in texts]
    lines += _labelled_lines()
    return tuple(dict.fromkeys(lines))


def _labelled_lines() -> list[str]:
    """The labelled pages flattened as text mode reads them (none without ../shared)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from _corpus import labelled_pages
        from bench_text import as_wet
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return [line.strip() for page in labelled_pages() for line in as_wet(page).splitlines()]


def _old_scan(folded: str, roc: bool) -> tuple[list[tuple[int, int, Fields]], bool]:
    """search._scan written out: every expression, the checks, then each pair."""
    out: list[tuple[int, int, Fields]] = []
    current: Fields | None = None
    start = end = 0
    seen = False
    for m in (TOKENS_ROC if roc else TOKENS).finditer(folded):
        seen = True
        token = search._BUILDERS[m.lastgroup or ""](m)
        if token is None:
            continue
        token_start, token_end = m.span()
        if current is not None:
            if token_start - end <= MAX_GAP and join(current, token, folded[end:token_start]):
                end = token_end
                continue
            out.append((start, end, current))
            if len(out) >= search.MAX_EXPRESSIONS:
                current = None
                break
        current, start, end = token, token_start, token_end
    if current is not None:
        out.append((start, end, current))
    found = []
    for start, end, f in out:
        if f.weak_hour or f.kinds == ("TZ",) or not is_valid(f) or (
            (f.cal is not None or f.short_year is not None) and f.kinds in search._NEEDS_ANCHOR
        ):
            continue
        if start and folded[start - 1] in search._LUNAR_LAST and f.kinds[0] in DATE_KINDS \
                and LUNAR_BEFORE.search(folded, max(0, start - 6), start):
            continue
        found.append((start, end, f))
    for (_, end_a, a), (start_b, _, b) in itertools.pairwise(found):
        if a.kinds not in (("CLK",), ("CJT",)) or a.ampm is not None or a.hour is None:
            continue
        later = hour24(b)
        if later is None or later < 12 or b.kinds[-1] not in ("CLK", "CJT"):
            continue
        if RANGE_GAP.fullmatch(folded, end_a, start_b) and a.hour < 12 and a.hour + 12 <= later:
            a.ampm = "p"
    if not found and len(folded) <= WHOLE_MAX:
        whole = whole_string(folded)
        if whole is not None and is_valid(whole[2]):
            return [whole], True
    return found, seen


def _plain(found: list[tuple[int, int, Fields]]) -> list[tuple[Any, ...]]:
    return [(start, end, type(f), vars(f)) for start, end, f in found]


def test_the_streamed_scan_gives_the_scan() -> None:
    carried = 0
    for line in _lines():
        for roc in (False, True):
            folded = search._fold(line)
            expected, _ = _old_scan(folded, roc)
            got = list(search._valid(folded, roc))
            assert _plain(got) == _plain(expected), line
            assert _plain(search._scan(folded, roc)[1]) == _plain(expected), line
            carried += sum(f.ampm == "p" and f.kinds in (("CLK",), ("CJT",)) for *_, f in got)
    assert carried  # some line carries a meridiem over a range


@pytest.mark.parametrize("settings", _SETTINGS)
def test_each_first_few_matches_are_those_of_the_whole_search(settings: dict[str, Any]) -> None:
    for line in _lines():
        whole = find_dates(line, **settings)
        assert list(iter_dates(line, **settings)) == whole, line
        for k in range(1, min(len(whole), 3) + 1):  # a caller that stops after k matches
            assert list(itertools.islice(iter_dates(line, **settings), k)) == whole[:k], line


def test_iter_dates_checks_its_arguments_when_called() -> None:
    with pytest.raises(TypeError):
        iter_dates(b"2024-04-29")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        iter_dates("2024-04-29", roc=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("settings", _SETTINGS)
def test_header_lines_read_as_with_every_date_found(
    settings: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    kwargs = {"tz": "Asia/Shanghai", "reference": None}
    kwargs.update((k, v) for k, v in settings.items() if k != "roc")
    lines = [line for line in _lines() if line]
    forget_lines()
    fast = [header.read_header_line(line, **kwargs) for line in lines]
    monkeypatch.setattr(header, "iter_dates", lambda text, **kw: iter(find_dates(text, **kw)))
    forget_lines()
    slow = [header.read_header_line(line, **kwargs) for line in lines]
    forget_lines()
    assert fast == slow
