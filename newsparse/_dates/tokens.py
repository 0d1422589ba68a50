"""From tokenizer matches to the fields of one date expression.

A token (``ISO``, ``YMD``, ``REL``, ``CJT`` ...) becomes a :class:`Fields` holding only what
it wrote (``_dates.join`` then joins adjacent tokens into expressions).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .._chinese.numerals import cn_to_int
from .._core.lazy import lazy_compile
from .calendar_data import LUNAR_DAYS, YEAR_PARTS
from .data import (
    EN_MONTHS,
)

__all__ = ["BUILDERS", "DATE_KINDS", "ROC_OFFSET", "Fields", "kind_class", "lead_text", "number"]

ROC_OFFSET = 1911  # 民國1年 is 1912


class Fields:
    """What one expression says; None where it says nothing.

    Only what a token writes is stored on the instance; everything else reads the class
    default, and each token kind is a subclass holding its ``kind`` (and ``relative`` for
    the kinds that always are). A Python call costs as much here as the rest of a token's
    work, so builders set attributes on a bare instance rather than call an ``__init__``.
    """

    kind: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None
    period: str | None = None
    utcoffset: int | None = None
    year_shift: int | None = None
    month_shift: int | None = None
    month_part: int | None = None
    day_shift: int | None = None
    weekday: int | None = None
    week_shift: int | None = None
    offsets: tuple[tuple[str, float], ...] = ()
    has_tz: bool = False
    zone: str | None = None
    relative: bool = False
    weak_hour: bool = False  # 一点/三时 without minutes: "a bit"/"for a while" unless in context
    # A day of the Chinese or another calendar that only a year turns into a date:
    # ("lunar", month, day, leap), ("fest", name), ("term", name), ("nthwd", weekday, n),
    # ("yday", n), ("ymonth", n), ("quarter", q, part), ("qshift", shift, part),
    # ("ypart", month, day) (see _dates.calendar).
    cal: tuple[str | int | bool, ...] | None = None
    short_year: int | None = None  # 16年, 九五年: the century comes from the reference
    ms_clock: bool = False  # 35:37, minutes and seconds of the reference's hour
    kinds: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Fields({self.kinds!r}, {self.__dict__!r})"

    @property
    def has_date(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None

    @property
    def has_day(self) -> bool:
        return (
            self.day is not None
            or self.day_shift is not None
            or self.weekday is not None
            or bool(self.offsets)
        )

    @property
    def has_time(self) -> bool:
        return self.hour is not None

    @property
    def written(self) -> int:
        """How many of year, month, day, hour, minute, second the text writes."""
        return (
            (self.year is not None)
            + (self.month is not None)
            + (self.day is not None)
            + (self.hour is not None)
            + (self.minute is not None)
            + (self.second is not None)
            + 2 * (self.cal is not None)  # a calendar day stands for a month and a day
        )


_ALWAYS_RELATIVE = frozenset({"RELP", "REL", "YW", "MW", "WD", "OFF", "CHAIN", "QW"})


def kind_class(kind: str) -> type[Fields]:
    """The Fields subclass of a token kind."""
    attributes = {"kind": kind, "kinds": (kind,), "relative": kind in _ALWAYS_RELATIVE}
    return type(f"Fields{kind}", (Fields,), attributes)


_ISO, _DMY, _YMD, _RYMD, _MD, _NMD, _DAY, _ROCS, _ROCB, _CNA, _END, _ENW = (
    kind_class(k)
    for k in ("ISO", "DMY", "YMD", "RYMD", "MD", "NMD", "DAY", "ROCS", "ROCB", "CNA", "END", "ENW")
)

# The numbers a token holds are few (01-31, 三十一, 2025), so reading each once pays.
_int: Callable[[str | None], int | None] = functools.lru_cache(maxsize=4096)(cn_to_int)
number = _int


def lunar_day(text: str) -> int | None:
    """A lunar day as written (初五, 初8, 廿三, 三十) or in digits."""
    if text in LUNAR_DAYS:
        return LUNAR_DAYS[text]
    return _int(text[1:] if text[0] == "初" else text)


def lunar_cal(
    month: int | None, day_text: str | None, leap: bool = False
) -> tuple[str | int | bool, ...] | None:
    """The ``cal`` of a lunar date (day 0: the month itself), or None when unreadable."""
    day = 0 if day_text is None else lunar_day(day_text)
    if month is None or day is None or not 1 <= month <= 12 or not 0 <= day <= 30:
        return None
    return ("lunar", month, day, leap)


# The builders below run for every token of every string, so they make as few Python
# calls as they can: the lead number is sliced in place, several groups are read with one
# m.group call, and the instance is bare with attributes set on it.
def lead_text(m: re.Match[str]) -> str:
    """The number a number-led form opens with (digits, Chinese numerals or 几/半)."""
    end = m.end("numr")  # -1 when the group did not take part
    if end < 0:
        end = m.end("cnr")
    start = m.start()
    return m.string[start] if end < 0 else m.string[start:end]


def _digits(m: re.Match[str]) -> str | None:
    """The lead when it is written in ASCII digits."""
    end = m.end("numr")
    return None if end < 0 else m.string[m.start() : end]


def _cn(m: re.Match[str]) -> str | None:
    """The lead when it is written in Chinese numerals."""
    end = m.end("cnr")
    return None if end < 0 else m.string[m.start() : end]


def _tok_iso(m: re.Match[str]) -> Fields | None:
    start, end = m.span("numr")
    text = m.string
    if start > 1 and text[start - 2] == ".":
        return None  # a version number such as 1.2024.1.1
    month, day = m.group("iso_mo", "iso_d")
    f = _ISO()
    f.year, f.month, f.day = int(text[start - 1 : end]), int(month), int(day)
    return f


def _tok_dmy(m: re.Match[str]) -> Fields | None:
    start, end = m.span("numr")
    text = m.string
    if start < 0 or (start > 1 and text[start - 2] == "."):
        return None
    year, month = m.group("dmy_y", "dmy_mo")
    f = _DMY()
    f.year, f.month, f.day = int(year), int(month), int(text[start - 1 : end])
    return f


def _tok_ndy(m: re.Match[str]) -> Fields | None:
    """11-22-2014 (American order) or 22/11/2014 (British, as Hong Kong writes it): the
    number over 12 is the day. Both 12 or under is either order, so no date is read."""
    first_sep, second_sep = m.string[m.start("ndy_b") - 1], m.string[m.end("ndy_b")]
    lead, other = _int(lead_text(m)), int(m.group("ndy_b"))
    if lead is None or first_sep != second_sep or (lead > 12) == (other > 12):
        return None
    f = _DMY()
    f.year = int(m.group("ndy_y"))
    f.month, f.day = (other, lead) if lead > 12 else (lead, other)
    return f


def _tok_ymd(m: re.Match[str]) -> Fields | None:
    if m.string.startswith("代", m.end()):
        return None  # 1990年代: a decade; read (so no fallback is asked) and rejected
    year = _int(lead_text(m))
    if year is None:
        return None
    month, day, day_cn, day_lunar, part = m.group(
        "ymd_mo", "ymd_d", "ymd_d_cn", "ymd_d_lun", "ymd_part"
    )
    f = _YMD()
    f.year = year
    if day_lunar is not None:  # 2019年五月初五: a lunar date of lunar year 2019
        f.cal = lunar_cal(_int(month), day_lunar)
    elif month is not None:
        f.month, f.day = _int(month), _int(day or day_cn)
    elif part is not None:
        f.cal = ("ypart", *YEAR_PARTS[part])
    return f


def _tok_rymd(m: re.Match[str]) -> Fields | None:
    year, month, day, day_cn = m.group("roc_y", "roc_mo", "roc_d", "roc_d_cn")
    number = _int(year)
    if number is None:
        return None
    f = _RYMD()
    f.year, f.month, f.day = number + ROC_OFFSET, _int(month), _int(day or day_cn)
    return f


def _digits_before(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return end - start


def _tok_md(m: re.Match[str]) -> Fields | None:
    start = m.start()
    text = m.string
    if start > 0 and (
        text[start - 1] == "."
        or (
            start >= 2
            and text[start - 1] == "年"
            and text[start - 2].isdigit()
            and _digits_before(text, start - 1) != 2
        )
    ):
        return None  # 1万年3月, 12345年3月: not a year; 16年 (two digits) is read by SY
    month = _int(lead_text(m))
    if month is None:
        return None
    day, day_cn, day_lunar = m.group("md_d", "md_d_cn", "md_lun")
    f = _MD()
    if day_lunar is not None:  # 六月廿六, 八月十五: a lunar date
        f.cal = lunar_cal(month, day_lunar)
    else:
        f.month, f.day = month, _int(day or day_cn)
    return f


def _tok_nmd(m: re.Match[str]) -> Fields | None:
    start, text = m.start(), m.string
    # After ".", "-" or a time's ":" the numbers belong to something longer; after a
    # label's colon (发布时间：09-30 22:46) they are the date.
    before = text[max(0, start - 2) : start]
    if before[-1:] in (".", "/", "-") or (before[-1:] == ":" and before[:1].isdigit()):
        return None
    f = _NMD()
    f.month, f.day = int(lead_text(m)), int(m.group("nmd_d"))
    return f


# Chinese-numeral days: 10-31 stand alone (十四日电); 2-9 only before a dateline word or
# punctuation, since 三日游 and 五日 are often durations.
_CN_DAY = lazy_compile(r"(?:[二三]十|[十廿卅])[一二三四五六七八九]?")
_CN_DAY_CONTEXT = frozenset("电電讯訊报報消，,。 上下晚早凌中午(（")


def _tok_day(m: re.Match[str]) -> Fields | None:
    start = m.start()
    if start > 0 and m.string[start - 1] in "第每周週":
        return None
    cn = _cn(m)
    if cn is not None and not _CN_DAY.fullmatch(cn):
        after = m.string[m.end() : m.end() + 1]
        if len(cn) != 1 or cn not in "二三四五六七八九" or (after and after not in _CN_DAY_CONTEXT):
            return None
    day = _int(lead_text(m))
    if day is None:
        return None
    f = _DAY()
    f.day = day
    return f


def _tok_rocb(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    month, day, day_cn = m.group("rocb_mo", "rocb_d", "rocb_d_cn")
    f = _ROCB()
    f.year, f.month, f.day = int(num) + ROC_OFFSET, _int(month), _int(day or day_cn)
    return f


def _tok_rocs(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    month, day = m.group("rocs_mo", "rocs_d")
    f = _ROCS()
    f.year, f.month, f.day = int(num) + ROC_OFFSET, int(month), int(day)
    return f


def _tok_cna(m: re.Match[str]) -> Fields:
    code = m.group(0)
    f = _CNA()
    f.year, f.month, f.day = int(code[:3]) + ROC_OFFSET, int(code[3:5]), int(code[5:])
    return f


_EN_PART = lazy_compile(r"[A-Za-z]+|\d+")


def _tok_english(m: re.Match[str]) -> Fields | None:
    """Dec 28 Sat 2013, 28th of December, 2013: the one month name, the number of one or
    two digits (the day) and the four-digit year the form matched (a weekday, an ordinal
    and "of" are read over). A day-first match after "." or ":" is a version or a longer
    time (1.5 Mar 2013)."""
    start, text = m.start(), m.string
    if start > 0 and text[start - 1] in ".:" and text[start].isdigit():
        return None
    month = day = year = None
    for part in _EN_PART.findall(m.group(0)):
        if part.isdigit():
            if len(part) == 4:
                year = int(part)
            elif day is None:
                day = int(part) if len(part) <= 2 else 0  # 128 Dec 2013: 0, dropped as no day
        elif month is None:
            month = EN_MONTHS.get(part.lower())
    f = (_END if m.lastgroup == "END" else _ENW)()
    f.year, f.month, f.day = year, month, day
    return f


# The builder of each date token kind (``m.lastgroup``); one returns None when a check in
# code rejects the match. (Relative and clock tokens: ``_dates.clock_tokens``.)
BUILDERS: dict[str, Callable[[re.Match[str]], Fields | None]] = {
    "ISO": _tok_iso,
    "DMY": _tok_dmy,
    "NDY": _tok_ndy,
    "YMD": _tok_ymd,
    "RYMD": _tok_rymd,
    "MD": _tok_md,
    "NMD": _tok_nmd,
    "DAY": _tok_day,
    "ROCS": _tok_rocs,
    "ROCB": _tok_rocb,
    "CNA": _tok_cna,
    "END": _tok_english,
    "ENW": _tok_english,
}
# Tokens that write (part of) a calendar date.
DATE_KINDS = frozenset(
    {
        "ISO",
        "DMY",
        "NDY",
        "YMD",
        "RYMD",
        "MD",
        "NMD",
        "DAY",
        "RELP",
        "SY",
        "ROC3",
        "QTR",
        "NATD",
        "LUN",
        "LMN",
        "DANIAN",
        "FEST",
        "TERM",
        "QW",
        "ORD",
        "ROCS",
        "ROCB",
        "CNA",
        "END",
        "ENW",
    }
)
