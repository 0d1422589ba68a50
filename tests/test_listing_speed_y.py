"""The teaser stage's shortcuts (round y) give what the paths they skip give.

* :func:`~newsparse._dates.fast.year_lines` finds the lines with a Latin letter (those an
  English date may be in) by deleting every other byte of the page's ASCII bytes but the
  NULs between lines, where it searched those bytes with ``EN_LETTER``: compared with
  :func:`may_write_year` line by line, on made-up pages that reach the edges (letters at
  either end of a line, full-width letters, empty lines, a line of letters alone) and on
  real lines.
* The listing finder sets a glued stamp's date and time apart (``_unglued``) only in a line
  holding both a "-" and a ":", and with a function for the replacement: compared with the
  substitution it skips (``sub(r"\1 \2")``) on made-up lines around the pattern's edges,
  on random strings of its characters and on real lines.
* :func:`~newsparse._dates.fast.may_write_full_date` says no full date is written in a string
  without four digits in a row and without both 年 and 月, where the listing finder ran the
  grammar:
  checked against the grammar (no match it finds writes year, month and day), with and
  without a reference, on made-up strings of every form that writes a year and of many
  that do not, on random strings of date parts and on real lines.
* The listing finder names a meta line's outlet once per label on a page
  (``_Reader.source``): compared with :func:`source_name` on labels asked twice.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from _helpers import shipped_lines

from newsparse._core.memo import forget_lines
from newsparse._dates import fast
from newsparse._dates.patterns import EN_LETTER
from newsparse._dates.search import find_dates
from newsparse._extract import listing, listing_reader
from newsparse._extract.header import source_name

_LETTER_LINES = [
    "",
    " ",
    "a",
    "Z",
    "ab",
    "2013",
    "Dec 2013",
    "28 Dec 2013",
    "December 28, 2013",
    "2013 December",
    "2013年12月28日",
    "ｄｅｃ 2013",  # full-width letters: no Latin letter to EN_LETTER
    "Ｄｅｃ ２０１３",
    "é 2013",
    "Ä2013",
    "x２０１３",  # full-width digits are \d
    "新华社 AP 2013",
    "新华社2013AP",
    "AP新华社",
    "AP",
    "@[`{",  # the bytes either side of the letters
    "\x7f2013",
    "\t2013 z",
    "一九九六年 May",
]


def _page_lines(rng: random.Random, pool: list[str]) -> list[str]:
    return [rng.choice(pool) for _ in range(rng.randint(0, 12))]


def test_not_letter_is_every_byte_but_en_letters_and_nul() -> None:
    for byte in range(256):
        deleted = byte in fast._NOT_LETTER
        assert deleted == (byte != 0 and EN_LETTER.fullmatch(chr(byte)) is None), byte
    # (EN_LETTER's letters are ASCII: the bytes of a page's ASCII encoding hold all of them.)
    assert set(string.ascii_letters) == {chr(b) for b in range(128) if EN_LETTER.match(chr(b))}
    others = "".join(chr(c) for c in range(128, 0x30000) if not 0xD800 <= c < 0xE000)
    assert EN_LETTER.search(others) is None


def test_year_lines_find_the_lettered_lines_as_the_search_did() -> None:
    rng = random.Random(23)
    alphabet = [*string.ascii_letters[::5], "2013", "２０", "年", " ", "新", "-", "é", "ｄ", ""]
    made = list(_LETTER_LINES)
    made += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(400)]
    lines = shipped_lines(made)
    for pool in (made, lines):
        for _ in range(1500):
            texts = _page_lines(rng, pool)
            forget_lines()
            want = [i for i, text in enumerate(texts) if fast.may_write_year(text)]
            assert fast.year_lines(texts) == want, texts
    # Real lines in page order, as a page holds them.
    for start in range(0, len(lines), 300):
        texts = lines[start : start + 300]
        forget_lines()
        assert fast.year_lines(texts) == [i for i, t in enumerate(texts) if fast.may_write_year(t)]


_GLUED = [
    "",
    "-",
    ":",
    "-:",
    "2019-09-3007:42",
    "2019-09-307:42",
    "2019-9-3007:42",
    "2019-09-30 07:42",
    "2019-09-3007:4",  # a minute of one digit: no match
    "2019-09-3007：42",  # a full-width colon: no match
    "2019－09－3007:42",  # full-width dashes: no match
    "２０１９-09-3007:42",  # full-width digits are \d
    "2019-09-3007:42 2020-01-0208:00",
    "时间：2019-09-3007:42 来源：新华网",
    "2019/09/3007:42",
    "12:30-13:30",
    "2019-09-30",
    "07:42",
    "2019-09-3007:42:15",
]


def test_unglued_is_the_substitution() -> None:
    rng = random.Random(31)
    alphabet = ["2019", "0", "9", "1", "-", ":", " ", "：", "新", "07:42", "-09", "a"]
    made = list(_GLUED)
    made += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    for text in shipped_lines(made):
        want = listing_reader._GLUED_STAMP.sub(r"\1 \2", text)
        assert listing._unglued(text) == want, text


def test_reader_source_is_source_name() -> None:
    made = ["", " ", "新华社", "Ren Min Ri Bao", "人民网-文化频道", "news flash", "1151"]
    made += ["中時即時", "史蒂文的家_藍天 於   回覆", "(六)", "報導", "Dota Team"]
    labels = shipped_lines(made)
    r = listing._Reader([], "Asia/Shanghai", None)
    for label in [*labels, *reversed(labels)]:
        assert r.source(label) == source_name(label), label


_YEARS = [
    # Forms that write a year, and shapes near them that do not.
    "2025-03-31", "2025-3-31 10:20", "２０２５-03-31", "2025／03／31", "2025．3．31",
    "2019-09-3007:42", "1996.03-08", "31.12.2014", "31. 12. 2014", "11-22-2014", "22/11/2014",
    "28 Dec 2013", "Dec 28, 2013", "December 28, 2013", "28th of December, 2013",
    "Sat, 28 Dec 2013", "20231115", "2023 05 17", " 2023 5 7 ", "2019", "2100", "10-08",
    "二〇二二年九月八日", "民國90年8月8日", "113年4月29日", "16年3月5日", "四五年",
    "今年3月5日", "去年12月5日", "2024年清明", "农历2024年腊月廿三", "大年初一", "1040820",
    "101/05/25", "14-12-05", "14.12.05", "5/6/14", "12/6/2014", "2014-12", "201412",
    "2014.12", "12/12 12:55", "09-30 22:46", "09-3022:46", "3月31日", "3月31日 10:20",
    "昨天", "今（9）日", "1,983.84", "+5.28%", "05/十大券商", "第3天", "三月卅一日",
    "2０25-03-31", "20 25-03-31", "１２/１２ １２:５５", "Dec 28, 13", "28 Dec 201",
    "2014-12-16 (14:13)", "(12/13 00:34)", "22:12 2014/12/12 旺報即時", "周五 10:20",
    "16年3月5号", "二〇二二年九月八号", "民國90年8月8號", "16年 3月", "16年12-05",
    "16年12/05 10:00", "16年Dec 5", "16年5日", "二〇一六年五号", "二〇二四年三季度末",
    "16年第3天", "16年元旦", "二〇二四年大年初一", "二〇一九年十一", "16年正月初一",
    "16年腊月廿三", "农历16年二月初二", "民國105年1/5", "结束20年职业生涯", "12个月",
]  # fmt: skip
_DATE_PARTS = [
    "1", "12", "123", "2014", "201", "0", "9", "３", "２０", "０１", "-", "/", ".", "－",
    "／", "．", " ", "\u3000", ":", "：", "月", "日", "号", "號", "年", "Dec", "December",
    "th", ",", "民國", "今", "去", "农历", "初一", "二〇", "九", "十", "廿", "新", "a", "(",
    ")", "周五", "上午", "前", "T", "Z", "+08:00", "月", "年", "16年", "季度", "第", "天",
    "大年", "初一", "十一", "元旦", "正月", "腊月", "个月", "份",
]  # fmt: skip


def _full(text: str, reference: _dt.datetime | None) -> bool:
    return any(
        m.year is not None and m.month is not None and m.day is not None
        for m in find_dates(text, reference=reference, tz="Asia/Shanghai")
    )


def test_no_full_date_without_year_or_four_digits() -> None:
    rng = random.Random(41)
    made = list(_YEARS)
    for _ in range(6000):
        parts = [rng.choice(_DATE_PARTS) for _ in range(rng.randint(1, 9))]
        made.append("".join(parts))
    refused = 0
    for text in shipped_lines(made):
        if fast.may_write_full_date(text):
            continue
        refused += 1
        for reference in (None, _dt.datetime(2025, 3, 31, 10, 0)):
            assert not _full(text, reference), text
    assert refused > 1000  # (the test reaches the strings it is about)
    # The made-up forms reach the full dates the rule must leave to the grammar.
    assert sum(_full(text, None) for text in _YEARS) >= 25
