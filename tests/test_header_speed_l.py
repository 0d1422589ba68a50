"""The header and body-credit shortcuts give what the paths they skip give.

Each test runs the shortcut beside the path it skips over real lines (the seeds' lines and
the text of the pages in tests/data/pages) and made-up lines meant to reach its edges.
"""

from __future__ import annotations

import pytest
from _helpers import shipped_lines

from newsparse._core.memo import forget_lines
from newsparse._dates.search import find_dates
from newsparse._extract import header

_DATES = [
    "2024-04-29 09:00:32來源:新華網責編:田蜜",
    "2025年03月20日 17:55 每日经济新闻",
    "二〇二二年九月八日",
    "20231115",
    "2019",
    " 2019 ",
    "1040820",
    "中央社 1040820",
    "113年4月29日",
    "民國113年4月29日",
    "101/05/25 10:00",
    "Apr 29, 2024 10:00",
    "29 April 2024",
    "2024.4.29",
    "24/4/29",
    "4月29日 10:00 来源：人民网",
    "09-30 22:46",
    "昨天 10:20",
    "3小时前",
    "今（9）日上午",
    "发布时间：2019年 9月7日",
    "2019 年9月7日",
    "２０２４－０４－２９",
    "２０２４年４月２９日",
    "16年4月29日",
    "甲辰年二月廿九",
    "2024年清明",
    "作者：王小明 2024",
    "来源：中国新闻网 王小明",
    "(2007年6月29日第十届全国人大常委会第二十八次会议通过)",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return shipped_lines(_DATES)


def _read(lines: list[str], tz: str) -> list[header.HeaderInfo]:
    forget_lines()
    return [header.read_header_line(line, tz=tz, reference=None) for line in lines]


def test_no_dated_match_where_may_write_year_says_no(lines: list[str]) -> None:
    """What the shortcut rests on: without a reference, only a match with its year and day
    is a publish time, and may_write_year finds every line with one (roc=False)."""
    forget_lines()
    skipped = 0
    for line in lines:
        if header.may_write_year(line):
            continue
        skipped += 1
        assert not any(header._dated(m, None) for m in find_dates(line)), line
    assert skipped >= 100


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei"])
def test_header_lines_read_as_with_the_grammar_on_each(
    lines: list[str], tz: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shortcut = _read(lines, tz)
    monkeypatch.setattr(header, "_may_be_dated", lambda text, reference, roc: True)
    full = _read(lines, tz)
    assert shortcut == full
    assert sum(info.published is not None for info in full) >= 10
