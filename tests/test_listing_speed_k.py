"""The teaser stage's shortcuts (round k) give what the paths they skip give.

``year_lines`` takes one match per line of the page's joined text (each pattern reads on to
its line's end) and counts the NULs before it, where it took every match and bisected a
table of line starts: it is compared with :func:`may_write_year` asked of each line, on
made-up pages meant to reach the edges and on pages of real lines.
"""

from __future__ import annotations

import pytest
from _helpers import shipped_lines

from newsparse._dates.fast import may_write_year, year_lines

# Lines at the edges of the three scans: several year signs a line, a sign opening or closing
# a line, a sign's lead on the line before, four digits with and without a Latin letter (and
# with a year sign too), a line read whole (digits and spaces, at WHOLE_MAX and past it),
# full-width digits, empty lines.
_MADE_UP = [
    "2025-03-31 10:20 2025-04-01 2025/4/2",
    "-2025",
    "2025-",
    "年",
    "2 年",
    "2",
    "年底",
    "9.8.7.6",
    "May 2024",
    "May 12",
    "ABC 2024-1-1",
    "2024 abc 2025",
    "１９９９年",
    "２０２４ Dec",
    "20231115",
    "2023 05 17",
    " 2023 05 17     ",
    "1234567890123456",
    "12345678901234567",
    "",
    " ",
    "新华社北京3月31日电",
    "二〇二二年九月八日",
    "上一月 2020年7月 下一月",
]


def _pages(lines: list[str], size: int) -> list[list[str]]:
    return [lines[i : i + size] for i in range(0, len(lines), size)]


def _each(texts: list[str]) -> list[int]:
    return [i for i, text in enumerate(texts) if may_write_year(text)]


@pytest.mark.parametrize("size", [1, 2, 7, 60])
def test_year_lines_are_the_lines_that_may_write_a_year(size: int) -> None:
    lines = shipped_lines(_MADE_UP)
    pages = _pages(lines, size) + _pages(_MADE_UP[::-1], size) + [[], [""], ["", ""]]
    found = 0
    for texts in pages:
        want = _each(texts)
        assert year_lines(texts) == want, texts
        found += len(want)
    assert found > 50  # (the real lines write years: the scans are reached)


def test_a_nul_in_a_line() -> None:
    texts = ["2025-03-31\0x", "abc", "May\x002024", "12"]
    assert year_lines(texts) == _each(texts)
