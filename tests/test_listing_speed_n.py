"""The teaser stage's shortcuts (round n) give what the paths they skip give.

The listing finder's full-date reader (``_Reader.full``) does not run the date grammar on a
string of ASCII digits and spaces alone that :func:`may_write_full_date` says holds no full
date (a count, a page number under a teaser: such strings are read only whole). It is compared
with the grammar (the first full date of ``find_dates``) on made-up strings meant to reach
the edges (every compact form, invalid dates, spaces, full-width digits, lengths around
``WHOLE_MAX``), on random strings of digits and spaces, and on real lines.
"""

from __future__ import annotations

import datetime as _dt
import random

import pytest
from _helpers import shipped_lines

from newsparse._core.blocks import Block
from newsparse._dates.fast import may_write_full_date
from newsparse._dates.patterns import WHOLE_MAX
from newsparse._dates.search import find_dates
from newsparse._extract import listing, listing_reader

_TZ = "Asia/Shanghai"
_REFERENCES = (None, _dt.datetime(2025, 3, 31, 10, 0))

_MADE_UP = [
    "",
    " ",
    "0",
    "9",
    "19",
    "20",
    "2025",
    " 2025 ",
    "2100",
    "1899",
    "12345",
    "202503",
    "2025031",
    "20250331",
    " 20250331 ",
    "20251331",  # no month 13
    "20250230",  # no 30 February
    "20240229",
    "20230229",
    "19991231",
    "21000101",  # (19|20)\d{6} only
    "202503311",
    "2023 05 17",
    " 2023 5 7 ",
    "2023  05 17",
    "2023 13 17",
    "2023 05 17 10",
    "2023\t05\t17",
    "2023\u300005\u300017",  # an ideographic space: not ASCII
    "１２３４",
    "２０２５０３３１",
    "1040820",  # a CNA code (ROC mode only)
    "10 08",
    "1008",
    "0" * WHOLE_MAX,
    "2" * (WHOLE_MAX + 1),
    "2025" + " " * (WHOLE_MAX - 4),
    "2025" + " " * (WHOLE_MAX - 3),
    "20250331" + " " * (WHOLE_MAX - 8),
    "20250331" + " " * (WHOLE_MAX - 7),
    "10-08",
    "2025-03-31",
    "3",
    "12 34 56",
]


def _random_digits(count: int) -> list[str]:
    rng = random.Random(16)
    strings = []
    for _ in range(count):
        size = rng.randint(1, WHOLE_MAX + 2)
        strings.append("".join(rng.choice("0123456789  12") for _ in range(size)))
    # Real compact dates and near misses.
    for _ in range(count // 4):
        year, month, day = rng.randint(1890, 2110), rng.randint(0, 13), rng.randint(0, 32)
        strings.append(f"{year}{month:02d}{day:02d}")
        strings.append(f"{year} {month} {day}")
    return strings


def _grammar_full(text: str, reference: _dt.datetime | None) -> listing.DateMatch | None:
    return listing_reader._full_date(find_dates(text, reference=reference, tz=_TZ))


def _lines() -> list[str]:
    return shipped_lines([*_MADE_UP, *_random_digits(4000)])


@pytest.mark.parametrize("reference", _REFERENCES)
def test_no_full_date_where_the_shortcut_says_none(reference: _dt.datetime | None) -> None:
    skipped = 0
    for text in _lines():
        if not may_write_full_date(text):
            skipped += 1
            assert _grammar_full(text, reference) is None, text
    assert skipped > 1000  # (the shortcut is taken)


@pytest.mark.parametrize("reference", _REFERENCES)
def test_reader_full_is_the_grammar(reference: _dt.datetime | None) -> None:
    reader = listing._Reader([Block(text="")], _TZ, reference)
    for text in _lines():
        for wrote in (True, False):
            assert reader.full(text, wrote) == _grammar_full(text, reference), text


def test_full_dates_of_digits_are_kept() -> None:
    # The strings the grammar does read as full dates are left to it.
    for text in ("20250331", " 20250331 ", "2023 05 17", " 2023 5 7 ", "19991231"):
        assert may_write_full_date(text)
        assert _grammar_full(text, None) is not None
