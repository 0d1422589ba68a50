"""The date scans' shortcuts (round q) give what the paths they skip give.

* :func:`~newsparse._dates.fast.year_lines` finds the lines holding ``YEAR_SIGN`` one mark
  at a time (a pattern per mark, opening with the mark, with the part of the lookbehind
  that can end with it; a mark the page lacks is not looked for), where one pattern opened
  with a class of all the marks: compared with that pattern on made-up pages that reach
  the edges (each mark after each kind of lead, after a space, at either end of a line,
  doubled, after a non-ASCII digit, alone) and on real lines, and with
  :func:`may_write_year` line by line.
* year_lines counts the NULs of the joined page by the parts of its letters' bytes (one a
  line), where it counted them in the text: compared with :func:`may_write_year` on pages
  with NULs in lines.
"""

from __future__ import annotations

import random

from _helpers import shipped_lines

from newsparse._core.memo import forget_lines
from newsparse._dates import fast

_LEADS = ["2", "２", "٣", "〇", "○", "二", "十", "Ｏ", "a", "新", " ", "-", ""]
_MARKS = list(fast._YEAR_MARKS)
_MADE = [
    *(lead + gap + mark + tail for lead in _LEADS for gap in ("", " ", "\u3000", "  ")
      for mark in _MARKS for tail in ("", "1", "年")),
    *(mark * 2 for mark in _MARKS),
    "2024年04月29日",
    "2024-04-29 09:00",
    "3.5%",
    "www.example.com",
    "A-B",
    "",
]  # fmt: skip


def _sign_lines(texts: list[str]) -> set[int]:
    """The lines the single pattern opened with the class of the marks finds."""
    old = fast.lazy_compile(fast._YEAR_SIGN_END + r"[^\0]*")
    return set(fast._lines_of(old, "\0" + "\0".join(texts)))


def _per_mark_lines(texts: list[str]) -> set[int]:
    """The lines year_lines's per-mark patterns find."""
    joined = "\0" + "\0".join(texts)
    lines: set[int] = set()
    for mark, pattern in fast._YEAR_SIGN_LINES:
        if mark in joined:
            lines.update(fast._lines_of(pattern, joined))
    return lines


def test_the_per_mark_patterns_find_the_lines_the_class_did() -> None:
    rng = random.Random(41)
    lines = shipped_lines(_MADE)
    assert _per_mark_lines(_MADE) == _sign_lines(_MADE)
    for pool in (_MADE, lines):
        for _ in range(1500):
            texts = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
            assert _per_mark_lines(texts) == _sign_lines(texts), texts
            forget_lines()
            want = [i for i, text in enumerate(texts) if fast.may_write_year(text)]
            assert fast.year_lines(texts) == want, texts
    for start in range(0, len(lines), 300):
        texts = lines[start : start + 300]
        assert _per_mark_lines(texts) == _sign_lines(texts)
        forget_lines()
        assert fast.year_lines(texts) == [i for i, t in enumerate(texts) if fast.may_write_year(t)]


def test_each_mark_has_a_pattern_opening_with_it() -> None:
    assert [mark for mark, _ in fast._YEAR_SIGN_LINES] == _MARKS
    for mark, pattern in fast._YEAR_SIGN_LINES:
        assert pattern.match(mark) is None  # the lookbehind needs a lead before
        assert pattern.search("1" + mark) is not None


def test_a_page_with_a_nul_in_a_line_is_read_line_by_line() -> None:
    # year_lines counts the NULs by the parts of its letters' bytes: a NUL in a line (one
    # too many parts) sends it line by line, where its joined reading would mix lines up.
    made = ["\0", "a\x002013", "\x002019", "2019\0", "\0\0", "x", "2013 May", "12\0", "年"]
    rng = random.Random(5)
    for _ in range(800):
        texts = [rng.choice(made) for _ in range(rng.randint(0, 6))]
        forget_lines()
        want = [i for i, text in enumerate(texts) if fast.may_write_year(text)]
        assert fast.year_lines(texts) == want, texts
