"""Tokens of the calendar forms: lunar dates, festivals, solar terms, quarters, ordinals,
short and ROC years, and the strings read only whole (2019, 20231115, 10-08, 四五年).

Each builder turns a tokenizer match into :class:`~newsparse._dates.tokens.Fields`; a
calendar day that needs a year to become a date is kept in ``Fields.cal`` and resolved by
``_dates.calendar``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .calendar_data import (
    AMBIGUOUS_TERMS,
    LUNAR_MONTHS,
    SOLAR_TERMS,
    TERM_CONTEXT_AFTER,
    YEAR_PARTS,
)
from .data import QUARTER_PARTS, QUARTER_WORDS, WEEKDAYS
from .patterns import WHOLE
from .tokens import ROC_OFFSET, Fields, kind_class, lead_text, lunar_cal, number

__all__ = ["CALENDAR_BUILDERS", "short_year", "whole_string"]

# A two-digit year is in the 2000s when that is at most this many years after the
# reference's year, else in the 1900s (years outside 1900-2100 are not read): 24年 read in
# 2021 is 2024, 三三年 1933, 九零年 read in 1973 is 1990 (as JioNLP's test cases read them),
# 四五年 read in 2025 is 1945.
_SHORT_YEAR_AHEAD = 10
_NO_REFERENCE_YEAR = 2020  # without a reference: 00-30 are 2000-2030, 31-99 1931-1999

_SY, _ROC3, _QTR, _NATD, _LUN, _LMN, _DANIAN, _FEST, _TERM, _QW, _ORD, _WY = (
    kind_class(k)
    for k in (
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
        "WY",
    )
)
_ISO, _MD = kind_class("ISO"), kind_class("MD")


def short_year(digits: int, reference_year: int | None) -> int:
    """The full year of a two-digit one.

    Examples:
        >>> short_year(16, 2025), short_year(45, 2025), short_year(90, 1973), short_year(30, None)
        (2016, 1945, 1990, 2030)
    """
    latest = (reference_year or _NO_REFERENCE_YEAR) + _SHORT_YEAR_AHEAD
    return 2000 + digits if 2000 + digits <= latest else 1900 + digits


def _tok_sy(m: re.Match[str]) -> Fields | None:
    digits = number(lead_text(m))
    if digits is None or digits > 99:
        return None
    f = _SY()
    f.short_year, f.year = digits, short_year(digits, None)
    part = m.group("sy_part")
    if part is not None:
        f.cal = ("ypart", *YEAR_PARTS[part])
    return f


def _tok_roc3(m: re.Match[str]) -> Fields | None:
    lead = lead_text(m)
    if not (lead.isdigit() and len(lead) == 3):
        return None
    month, day, day_cn = m.group("roc3_mo", "roc3_d", "roc3_d_cn")
    f = _ROC3()
    f.year, f.month, f.day = int(lead) + ROC_OFFSET, number(month), number(day or day_cn)
    return f


def _tok_qtr(m: re.Match[str]) -> Fields | None:
    quarter = number(lead_text(m))
    if quarter is None or not 1 <= quarter <= 4:
        return None
    f = _QTR()
    f.cal = ("quarter", quarter, QUARTER_PARTS.get(m.group("q_part") or "初", 0))
    return f


def _tok_natd(m: re.Match[str]) -> Fields:
    f = _NATD()
    f.cal = ("fest", "国庆")
    return f


def _tok_lun(m: re.Match[str]) -> Fields | None:
    year, festival, leap, month, day = m.group("lun_y", "lun_f", "lun_leap", "lun_mo", "lun_d")
    f = _LUN()
    if year is not None:
        f.year = number(year)
    if festival is not None:
        f.cal = ("fest", festival)
    else:
        f.cal = lunar_cal(LUNAR_MONTHS.get(month) or number(month), day, bool(leap))
    return None if f.cal is None else f


def _tok_lmn(m: re.Match[str]) -> Fields | None:
    month_text, day = m.group("lmn_mo", "lmn_d")
    month: int | None
    if month_text is None:  # 正月, 腊月, 冬月
        month, leap = LUNAR_MONTHS[m.string[m.start()]], False
    else:  # 闰四月
        month, leap = LUNAR_MONTHS.get(month_text) or number(month_text), True
    f = _LMN()
    f.cal = lunar_cal(month, day, leap)
    return None if f.cal is None else f


def _tok_danian(m: re.Match[str]) -> Fields | None:
    day = m.group("dn_d")
    f = _DANIAN()
    f.cal = lunar_cal(1, day) if day.startswith("初") else ("fest", "除夕")
    return None if f.cal is None else f


def _tok_fest(m: re.Match[str]) -> Fields:
    f = _FEST()
    f.cal = ("fest", m.group(0))
    return f


def _term_in_context(text: str, start: int, end: int) -> bool:
    """An everyday word that is also a term (小雪, 霜降) is a date only alone, after a year
    (2017年大寒, 今年的大寒), or before a word such as 节气, 当天, 前后."""
    if not text[:start].strip() and not text[end:].strip():
        return True
    before = text[max(0, start - 2) : start]
    if before.endswith("年") or before == "年的":
        return True
    return text.startswith(TERM_CONTEXT_AFTER, end)


def _tok_term(m: re.Match[str]) -> Fields | None:
    word = m.group(0)
    if word in AMBIGUOUS_TERMS and not _term_in_context(m.string, m.start(), m.end()):
        return None
    f = _TERM()
    f.cal = ("term", SOLAR_TERMS[word])
    return f


def _tok_qw(m: re.Match[str]) -> Fields:
    text, part = m.group(0, "qw_part")
    word = text if part is None else text[: -len(part)]
    f = _QW()
    f.cal = ("qshift", QUARTER_WORDS[word], QUARTER_PARTS.get(part or "初", 0))
    return f


def _tok_ord(m: re.Match[str]) -> Fields | None:
    count, unit = m.group("ord_n", "ord_u")
    n = number(count)
    if n is None or n < 1:
        return None
    f = _ORD()
    if unit == "季度":
        f.cal = ("quarter", n, 0) if n <= 4 else None
    elif unit in ("天", "日"):
        f.cal = ("yday", n)
    elif unit == "月":
        f.cal = ("ymonth", n) if n <= 12 else None
    else:  # 第2个星期日
        f.cal = ("nthwd", WEEKDAYS[unit[-1]], n) if n <= 5 else None
    return None if f.cal is None else f


CALENDAR_BUILDERS: dict[str, Callable[[re.Match[str]], Fields | None]] = {
    "SY": _tok_sy,
    "ROC3": _tok_roc3,
    "QTR": _tok_qtr,
    "NATD": _tok_natd,
    "LUN": _tok_lun,
    "LMN": _tok_lmn,
    "DANIAN": _tok_danian,
    "FEST": _tok_fest,
    "TERM": _tok_term,
    "QW": _tok_qw,
    "ORD": _tok_ord,
}


def whole_string(text: str) -> tuple[int, int, Fields] | None:
    """A string that is nothing but 2019, 20231115, "2023 05 17", 10-08, 四五年 or 十一, as
    (start, end, fields); inside other text these are numbers, not dates.

    Examples:
        >>> [whole_string(s)[2].year for s in (" 2019 ", "20231115", "四五年")]
        [2019, 2023, 1945]
        >>> whole_string("12345") is None
        True
    """
    stripped = text.strip()
    m = WHOLE.fullmatch(stripped)
    if m is None:
        return None
    kind = m.lastgroup
    f: Fields
    if kind == "wy":
        f = _WY()
        f.year = int(m.group("wy"))
    elif kind == "wc":
        digits = m.group("wc")
        f = _ISO()
        f.year, f.month, f.day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    elif kind in ("ws", "ws_d"):
        f = _ISO()
        f.year, f.month, f.day = (int(g) for g in m.group("ws", "ws_m", "ws_d"))
    elif kind in ("wmd_m", "wmd_d"):
        f = _MD()
        f.month, f.day = int(m.group("wmd_m")), int(m.group("wmd_d"))
    elif kind == "wcy":
        digits = number(m.group("wcy")) or 0
        f = _SY()
        f.short_year, f.year = digits, short_year(digits, None)
    else:
        f = _NATD()
        f.cal = ("fest", "国庆")
    start = text.index(stripped)
    return start, start + len(stripped), f
