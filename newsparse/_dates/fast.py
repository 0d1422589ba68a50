"""A short way through the grammar for the commonest form of a page's date line.

Most strings a page pipeline reads hold one full timestamp and text with no other date:
``2024-04-29 09:00:32 来源：新华网``, ``发布时间：2019年09月07日 09:59``. The grammar reads them
with a tokenizer match per token, two token builders, a join, a check and a resolution,
each a Python call; here one small pattern reads the timestamp and checks the text around
it can hold no token.

The answer is the grammar's own or nothing: both functions return None (and the caller
runs the grammar) for anything they are not sure of: a token elsewhere in the string, a
timestamp the tokenizer would read otherwise (a version number before it, a 12-hour
clock, a fraction of a second), a lunar marker before it, or an impossible date.
``tests/test_date_fast.py`` checks the two agree on generated strings.

:func:`may_write_year` is the short way to the opposite answer: that no expression the
grammar reads in a string can write a year, so a caller that wants only full dates need
not ask it.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from itertools import compress, count
from typing import AnyStr

from .._core.firsts import first_class
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .calendar_tokens import whole_string
from .patterns import (
    EN_LETTER,
    EN_YEAR,
    GOES_ON,
    LUNAR_BEFORE,
    QUIET,
    WHOLE_DIGITS,
    WHOLE_MAX,
    YEAR_SIGN,
    quiet_run,
)
from .resolve import MAX_YEAR, MIN_YEAR, offset_minutes
from .tokens import number

__all__ = [
    "alone",
    "alone_written",
    "find_stamp",
    "may_write_full_date",
    "may_write_year",
    "stamp",
    "year_lines",
]

# The forms read here, each as the tokenizer reads it (ISO + CLK, YMD + CLK, or the date
# alone) and no further: after the date or clock comes nothing the tokenizer's token would
# take (another digit, a colon, a fraction, AM/PM, an offset it did not read). The year
# opens the string or follows neither a digit nor a dot (1.2024.1.1 is a version); ASCII
# digits only. It reads text before or after folding (：, ． are : and . folded).
# The clock may stand in brackets, 2014-12-15 (09:04): the grammar joins it across a gap of
# at most four spaces and brackets (patterns.TIME_GAP) and takes in the bracket that closes
# it (search._close_bracket); read here only with the closing bracket right after it, so
# nothing (a zone, AM/PM, a fraction) can follow the clock inside.
_STAMP = (
    r"(?P<y>[0-9](?<![\d.．][0-9])[0-9]{3})(?:(?P<sep>[-/.])|年)(?P<mo>[0-9]{1,2})(?(sep)(?P=sep)|月)"
    r"(?P<d>[0-9]{1,2})(?(sep)(?!\d)|[日号號])"
    r"(?:(?P<br>\s{0,3}[(（])|(?(sep)(?:\s{1,4}|T|)|\s{0,4}))"
    r"(?:(?P<h>[0-9]{1,2})[:：](?P<mi>[0-9]{2})(?:[:：](?P<s>[0-9]{2})(?![.．]\d)|)(?![\d:：])"
    r"(?(br)[)）]|(?:(?P<off>Z(?![A-Za-z])|[+-]\d{2}[:：]?\d{2}(?![\d:：]))"
    r"|(?!\s?[AaPpGU]|Z|[+-]\d|\s[+-]\d)))"
    # or the date alone (the gap above empty), not 1990年代 (a decade)
    r"|(?<=[0-9日号號])(?!代))"
)
_STAMP_SEARCH = lazy_compile(_STAMP)
# Full dates written out, each as the tokenizer reads it (RYMD, YMD) with nothing between
# the parts: 民國90年8月8日 (an ROC year of 1-3 digits) and 二〇二二年九月八日 (a year of four
# Chinese digits, a month and a day in Chinese numerals before 日/号).
_CN = "[〇○零一二两兩三四五六七八九十廿卅]{1,3}"
_WRITTEN_SEARCH = lazy_compile(
    r"(?:中華民國|中华民国|民國|民国)(?P<roc>\d{1,3})年(?P<rmo>\d{1,2})月(?P<rd>\d{1,2})日"
    rf"|(?P<cy>[〇○零一二三四五六七八九]{{4}})年(?P<cmo>{_CN})月(?P<cd>{_CN})[日号號](?!代)"
)  # (not before 代: the grammar rejects a YMD token there, as in 1990年代)
_ROC_OFFSET = 1911  # 民國1年 is 1912
# No token can start in text around the timestamp (see patterns.quiet_run), in text not
# yet folded (full-width digits fold to digits, so they are not quiet).
_QUIET_RAW = lazy_compile(quiet_run("０-９"))
_DATE_KINDS = ("ISO", "YMD")
_LUNAR_LAST = frozenset("历曆年 ")
_LUNAR_LAST_RAW = frozenset("历曆年 \u3000")  # the same before folding (\u3000 folds to " ")
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Numbers as written (1-2 digits, a year of MIN_YEAR-MAX_YEAR): a lookup costs a fraction
# of int() on a fresh string.
_NUMBERS = {**{str(n): n for n in range(100)}, **{f"{n:02d}": n for n in range(10)}}
_YEARS = {str(n): n for n in range(MIN_YEAR, MAX_YEAR + 1)}
_OFFSETS: dict[str, _dt.tzinfo | None] = {}  # "+08:00" -> its fixed zone, built once
_MAX_OFFSETS = 512  # a page writes one or two; the bound keeps odd digits from filling it


def _real_day(year: int, month: int, day: int) -> bool:
    """Whether ``year`` has a day ``day`` in month ``month`` (2月30日, 2023年2月29日 and
    13月1日 do not).

    Examples:
        >>> _real_day(2024, 2, 29), _real_day(2023, 2, 29), _real_day(2025, 13, 1)
        (True, False, False)
    """
    return (
        1 <= month <= 12
        and 1 <= day <= _MONTH_DAYS[month]
        and not (
            day == 29
            and month == 2
            and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        )
    )


def _value(m: re.Match[str], tzinfo: _dt.tzinfo) -> _dt.datetime | None:
    """The datetime of a timestamp match, or None when it is impossible (2月30日, 25:00)."""
    year, _, month, day, _, hour, minute, second, offset = m.groups()
    year_n, month_n, day_n = _YEARS.get(year), _NUMBERS[month], _NUMBERS[day]
    if year_n is None or not _real_day(year_n, month_n, day_n):
        return None
    if hour is None:
        return _dt.datetime(year_n, month_n, day_n, 0, 0, 0, 0, tzinfo)
    hour_n, minute_n = _NUMBERS[hour], _NUMBERS[minute]
    second_n = 0 if second is None else _NUMBERS[second]
    if hour_n > 23 or minute_n > 59 or second_n > 59:
        return None  # not a time of day, or 35:37 (minutes and seconds): the grammar's
    if offset is not None:
        zone = _OFFSETS[offset] if offset in _OFFSETS else _offset_zone(offset)
        if zone is None:
            return None
        tzinfo = zone
    return _dt.datetime(year_n, month_n, day_n, hour_n, minute_n, second_n, 0, tzinfo)


def find_stamp(text: str) -> re.Match[str] | None:
    """The first timestamp of the forms read here in ``text`` (folded or not), if any."""
    return _STAMP_SEARCH.search(text)


# may_write_year is asked of every line of a page (the listing finder), and a page repeats
# lines: its answers are kept while the page is read (_core.memo).


@line_memo
def may_write_year(text: str) -> bool:
    """False when no expression ``find_dates(text)`` finds writes a year (as it reads with
    ``roc=False``; CNA codes such as 1040820 write one with digits alone), so none is a
    full date.

    Fields get a year from the tokens of the forms ``patterns.YEAR_SIGN`` names alone, or
    of an English date (a letter and four digits; a join copies one; ``short_year`` comes
    with 年), or from a string read whole, which is at most ``WHOLE_MAX`` characters long.

    Examples:
        >>> may_write_year("新华社北京3月31日电 英国企业将中国视为重要创新策源地")
        False
        >>> [may_write_year(s) for s in ("2025-03-31", "二〇二二年九月八日", "20231115")]
        [True, True, True]
    """
    if _year_mark(text) and _YEAR_SIGN_LED.search(text) is not None:  # (YEAR_SIGN's)
        return True
    if EN_LETTER.search(text) is not None and EN_YEAR.search(text) is not None:
        return True  # perhaps an English date
    return len(text) <= WHOLE_MAX and WHOLE_DIGITS.fullmatch(text) is not None


def may_write_full_date(text: str) -> bool:
    r"""False when no expression ``find_dates(text)`` finds (``roc=False``) is a full date
    (year, month and day); True where the grammar must decide.

    A year is written (see :func:`may_write_year`) with 年 (YMD, SY, ROC3, RYMD, a lunar
    year, 四五年 read whole), or with four digits in a row: ISO's (2025-03-31), DMY's
    (31.12.2014), NDY's (11-22-2014), an English date's (``EN_YEAR``) and the others a
    string read whole holds (2019, 20231115, "2023 05 17"; 2100). A month comes with 月
    (YMD, MD, ROC3, RYMD, a lunar month) or in one of those four-digit forms, and the
    expression a year of 年 opens takes only a follower that writes 月 (MD, a lunar month)
    or no month (a festival, a term, an ordinal, a quarter: ``join._YEAR_FOLLOWERS``). So a
    string without four digits in a row and without both 年 and 月 writes no full date,
    whatever else it holds ("12/12 12:55", "+5.28%", "结束20年职业生涯"). (\d finds the
    full-width digits too, which folding turns into ASCII ones before the grammar reads.)

    A string of ASCII digits and spaces alone (a count, a page number, an identifier under
    a teaser) writes a year only read whole (:func:`may_write_year`), as
    :func:`~newsparse._dates.calendar_tokens.whole_string` reads it (ASCII: folding leaves
    it as it is), so it holds a full date only where that reading is one.

    Examples:
        >>> [may_write_full_date(s) for s in ("2025", "12345", "20250331", "2023 05 17")]
        [False, False, True, True]
        >>> [may_write_full_date(s) for s in ("12/12 12:55", "21年", "16年3月5日", "２０２５-3-31")]
        [False, False, True, True]
    """
    if ("年" not in text or "月" not in text) and EN_YEAR.search(text) is None:
        return False
    if not text.isascii() or WHOLE_DIGITS.fullmatch(text) is None:
        return True
    whole = whole_string(text)
    if whole is None:
        return False
    fields = whole[2]
    return fields.year is not None and fields.month is not None and fields.day is not None


# YEAR_SIGN ("[digit]年", "[digit] 年", "[digit]-"…) found from its rarer last character:
# the year sign 年 or a date separator, with what YEAR_SIGN reads before it asserted behind
# (_YEAR_LEAD, its first characters). A line holds a match of one where it holds one of the
# other (tests/test_stage_speed_sib.py), and the engine skips in C to the few characters
# that can end one, where YEAR_SIGN, an alternation, is tried at every position and at each
# digit (a page of prose writes many: a quarter of the instructions).
_YEAR_LEAD = first_class(YEAR_SIGN.pattern)
_YEAR_MARKS = "年-/.－／．"  # what a match of YEAR_SIGN ends with
_AFTER_YEAR = rf"(?:(?<={_YEAR_LEAD}年)|(?<={_YEAR_LEAD}\s年))"  # a match ending with 年
_AFTER_DIGIT = r"(?<=\d[-/.－／．])"  # one ending with a separator
_YEAR_SIGN_END = rf"[{re.escape(_YEAR_MARKS)}](?:{_AFTER_YEAR}|{_AFTER_DIGIT})"
_YEAR_SIGN_LED = lazy_compile(_YEAR_SIGN_END)


def _year_mark(text: str) -> bool:
    """Whether ``text`` holds one of ``_YEAR_MARKS`` (found by str searches, in C): a line
    without, most lines of prose, holds no match of YEAR_SIGN and needs no search."""
    return (
        "年" in text or "-" in text or "/" in text or "." in text
        or "－" in text or "／" in text or "．" in text
    )  # fmt: skip


# year_lines reads a page's lines joined by NUL, which none of the patterns of
# may_write_year matches (nor \d or \s): a match lies within one line. A line read whole
# (WHOLE_DIGITS) is one between two NULs. Past its first match, each pattern reads on to the
# end of the line ([^\0]*): the next search starts at the next line, one match per line (a
# match object and a Python step each), where a page of dates writes several a line.
# The sign is found one mark at a time, each pattern opening with its mark alone: the engine
# skips to a literal first character in a tight loop (about 5 instructions a character) and
# to one of a class by testing the class at each (about 80); a mark the page lacks (a str
# search, in C) is not looked for. Each mark keeps only the alternative of _YEAR_SIGN_END's
# lookbehind that can end with it.
_YEAR_SIGN_LINES = tuple(
    (mark, lazy_compile(rf"{re.escape(mark)}{_AFTER_YEAR if mark == '年' else _AFTER_DIGIT}[^\0]*"))
    for mark in _YEAR_MARKS
)
_WHOLE_LINE = lazy_compile(rf"\0[\d\s]{{1,{WHOLE_MAX}}}(?![^\0])")
_FOUR_DIGITS_LINE = lazy_compile(r"\d\d{3}[^\0]*")  # EN_YEAR's matches, opening with one class
# The bytes that are no character EN_LETTER matches (its letters are ASCII), NUL aside:
# deleted from the page's ASCII bytes, they leave each line's letters between its NULs.
_NOT_LETTER = bytes(sorted(set(range(1, 256)) - set(string.ascii_letters.encode("ascii"))))


def year_lines(texts: list[str]) -> list[int]:
    """The indexes of ``texts`` of which :func:`may_write_year` says True, in order: one
    scan of the page's lines joined, where most lines write no year (the listing finder
    asks of every line, and a line's own call is a Python frame and three searches)."""
    joined = "\0" + "\0".join(texts)
    # An English date: four digits in a line with a Latin letter. The lines with a letter
    # are those left with some of the page's ASCII bytes once all but letters and NULs are
    # deleted (in C: the part before the first NUL, always empty, is numbered -1), and only
    # those the sign does not find are searched for the digits, joined as the page is. The
    # parts count the NULs (no second count of the page): one a line, unless a line holds one.
    letters = joined.encode("ascii", "ignore").translate(None, _NOT_LETTER).split(b"\0")
    if len(letters) != len(texts) + 1:
        return [i for i, text in enumerate(texts) if may_write_year(text)]  # (a NUL in one)
    lines: set[int] = set()
    for mark, sign_line in _YEAR_SIGN_LINES:
        if mark in joined:
            lines.update(_lines_of(sign_line, joined))
    lettered = [i for i in compress(count(-1), letters) if i not in lines]
    if lettered:
        some = "\0" + "\0".join([texts[i] for i in lettered])
        lines.update(lettered[j] for j in _lines_of(_FOUR_DIGITS_LINE, some))
    lines.update(_lines_of(_WHOLE_LINE, joined, 1))
    return sorted(lines)


def _lines_of(pattern: re.Pattern[AnyStr], joined: AnyStr, shift: int = 0) -> list[int]:
    """The lines of ``joined`` (lines after a NUL each, the first opening it) where
    ``pattern`` matches, a match ``shift`` characters before its line (the NUL that opens
    it): the NULs before each match, counted (in C) from the one before."""
    lines = []
    seen = last = 0
    nul = joined[:1]
    nuls = joined.count
    for m in pattern.finditer(joined):
        at = m.start() + shift
        seen += nuls(nul, last, at)
        last = at
        lines.append(seen - 1)
    return lines


def alone(text: str, m: re.Match[str], tzinfo: _dt.tzinfo) -> _dt.datetime | None:
    """The value of the timestamp ``m`` (from :func:`find_stamp`) when the rest of
    ``text`` is where no token can start, as the grammar reads it; None for any other
    string (then ask :func:`stamp`)."""
    return _value(m, tzinfo) if _stands_alone(text, *m.span()) else None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether no token can start in ``text`` outside ``start:end``, and no lunar year
    stands right before it (甲辰年 2024年…: the grammar drops a date there)."""
    if (start and _quiet_end(_QUIET_RAW, text, 0) < start) or (
        end < len(text) and _quiet_end(_QUIET_RAW, text, end) < len(text)
    ):
        return False
    return not (
        start
        and text[start - 1] in _LUNAR_LAST_RAW
        and LUNAR_BEFORE.search(text, max(0, start - 6), start)
    )


def alone_written(text: str, tzinfo: _dt.tzinfo) -> _dt.datetime | None:
    """The value of a string that is one written-out full date (民國90年8月8日,
    二〇二二年九月八日) in text where no token can start, as the grammar reads it; None for
    any other string (then ask the grammar)."""
    m = _WRITTEN_SEARCH.search(text)
    if m is None:
        return None
    if not _stands_alone(text, *m.span()):
        return None
    roc, roc_month, roc_day, year, month, day = m.groups()
    if roc is not None:
        year_n = number(roc)
        year_n = None if year_n is None else year_n + _ROC_OFFSET
        month, day = roc_month, roc_day
    else:
        year_n = number(year)
    month_n, day_n = number(month), number(day)
    if (
        year_n is None
        or month_n is None
        or day_n is None
        or not MIN_YEAR <= year_n <= MAX_YEAR
        or not _real_day(year_n, month_n, day_n)
    ):
        return None  # impossible: the grammar's answer (none, no fallback) is its own
    return _dt.datetime(year_n, month_n, day_n, 0, 0, 0, 0, tzinfo)


def stamp(
    folded: str, m: re.Match[str], tzinfo: _dt.tzinfo, tokens: re.Pattern[str]
) -> _dt.datetime | None:
    """The value of the timestamp ``m`` of a folded string (from :func:`find_stamp`) when
    the string holds no other token (the tokenizer ``tokens`` finds none), as the grammar
    reads it; None for any other."""
    start, end = m.span()
    # QUIET matches everywhere (a run may be empty), hence _quiet_end.
    if (
        end < len(folded)
        and _quiet_end(QUIET, folded, end) < len(folded)
        and tokens.search(folded, end) is not None
    ):
        return None
    if start and _quiet_end(QUIET, folded, 0) < start:
        first = tokens.search(folded)  # the text before may still hold no token
        if first is None or first.start() != start or first.lastgroup not in _DATE_KINDS:
            return None
    if (
        start
        and folded[start - 1] in _LUNAR_LAST
        and LUNAR_BEFORE.search(folded, max(0, start - 6), start)
    ):
        return None  # 农历 2024年…: the grammar drops a date after a lunar year
    return _value(m, tzinfo)


def _quiet_end(quiet: re.Pattern[str], text: str, start: int) -> int:
    """Where the run of ``text`` from ``start`` in which no token can start ends: ``quiet``
    stops at each character the tokenizer's gate lets through, and a word's first
    character that none of its words (nor 今（, 晚8) goes on from is passed over."""
    size = len(text)
    m = quiet.match(text, start)
    end = start if m is None else m.end()
    while end < size:
        after = GOES_ON.get(text[end])
        if after is None or after.match(text, end + 1) is not None:
            return end
        m = quiet.match(text, end + 1)
        end = end + 1 if m is None else m.end()
    return end


def _offset_zone(text: str) -> _dt.tzinfo | None:
    """The fixed zone of a written offset (Z, +08:00, -0500), cached; None for one no zone
    uses (see offset_minutes)."""
    minutes: int | None = 0
    if text != "Z":
        digits = text[1:].replace(":", "").replace("：", "")
        minutes = offset_minutes(text[0] == "-", digits)
    zone = None
    if minutes is not None:
        zone = _dt.timezone(_dt.timedelta(minutes=minutes))
    if len(_OFFSETS) < _MAX_OFFSETS:
        _OFFSETS[text] = zone
    return zone
