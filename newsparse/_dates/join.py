"""Joining adjacent date tokens into one expression.

:func:`join` decides whether the next token belongs to the same expression
(``2025年3月20日`` + ``下午`` + ``3时``, ``北京时间`` + ``6月24日``) and merges its fields.
"""

from __future__ import annotations

from .._core.lazy import lazy_compile
from .patterns import GAP, TIME_GAP, WORD_GAP
from .tokens import DATE_KINDS, Fields

__all__ = ["MAX_GAP", "join"]

MAX_GAP = 8  # longest text allowed between two tokens of one expression
_LABEL_GAP = lazy_compile(r"\s{0,2}:?\s{0,2}")  # 北京时间: 6月24日
# What may follow a year (2019年, 16年, 去年) and take it: 农历二月初二, 春节, 立春, 第一天,
# 三季度末, 5月8日 (after a two-digit year), 十一月廿九 (a lunar month-day).
_YEAR_FOLLOWERS = frozenset({"LUN", "LMN", "DANIAN", "FEST", "TERM", "ORD", "QTR", "NATD", "MD"})


def _year_only(g: Fields) -> bool:
    return (
        g.cal is None
        and g.month is None
        and g.day is None
        and g.weekday is None
        and g.day_shift is None
        and g.month_shift is None
        and (g.year is not None or g.year_shift is not None)
    )


def _date_joins(g: Fields, t: Fields, gap: str) -> bool:
    if t.kind in _YEAR_FOLLOWERS and t.year is None and _year_only(g):
        return WORD_GAP.fullmatch(gap) is not None
    if t.kind == "ORD" and t.cal is not None and t.cal[0] == "nthwd":
        # 5月第2个星期日, 九月份的第一个周一
        return g.month is not None and g.day is None and WORD_GAP.fullmatch(gap) is not None
    if g.has_date or "PER" in g.kinds or t.kind in ("ISO", "YMD", "DMY"):
        return False
    if g.year_shift is not None and g.month_shift is None and g.day_shift is None:
        return t.month is not None and WORD_GAP.fullmatch(gap) is not None  # 今年3月
    if g.month_shift is not None:
        return t.kind == "DAY" and WORD_GAP.fullmatch(gap) is not None  # 本月三日
    if g.weekday is not None:
        return GAP.fullmatch(gap) is not None  # 周五（28日）, 星期四 4月17日
    if g.day_shift is not None:
        return "(" in gap or "（" in gap  # 今日（12月28日）, 前晚(27日)
    return False


def join(g: Fields, t: Fields, gap: str) -> bool:
    """Merge ``t`` into ``g`` when it continues the expression; False leaves ``g`` alone.

    A token's instance holds only what it wrote, so merging is copying what ``g`` lacks.
    (A token that joins never holds offsets or a zone: the first check turns those away.)
    """
    # Whether t continues g (one function with the merge: this runs for most tokens).
    if len(gap) > MAX_GAP or g.offsets or t.offsets or t.has_tz or g.hour is not None:
        return False
    if g.kinds == ("TZ",):
        joins = _LABEL_GAP.fullmatch(gap) is not None
    else:
        kind = t.kind
        # has_day (a day, a day word, a weekday) read in place.
        if kind == "CLK" or kind == "CJT":
            joins = (
                (
                    g.day is not None
                    or g.day_shift is not None
                    or g.weekday is not None
                    or g.period is not None
                    or g.cal is not None
                )
                and not t.ms_clock
                and TIME_GAP.fullmatch(gap) is not None
            )
        elif kind == "PER":
            joins = (
                g.period is None
                and (
                    g.day is not None
                    or g.day_shift is not None
                    or g.weekday is not None
                    or g.cal is not None
                )
                and GAP.fullmatch(gap) is not None
            )
        elif kind == "WD":
            joins = (
                g.weekday is None
                and g.day is not None
                and g.period is None
                and GAP.fullmatch(gap) is not None
            )
        else:
            joins = kind in DATE_KINDS and _date_joins(g, t, gap)
    if not joins:
        return False
    merged = g.__dict__
    for name, value in t.__dict__.items():
        if merged.get(name) is None:
            merged[name] = value
    if t.relative:  # a class attribute for the kinds that always are
        merged["relative"] = True
    merged["weak_hour"] = False  # anything before an hour makes it a clock time
    merged["kinds"] = g.kinds + t.kinds
    return True
