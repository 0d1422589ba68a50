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
    DAY_WORDS,
    DURATION_UNITS,
    EN_MONTHS,
    MONTH_PARTS,
    MONTH_WORDS,
    OFFSET_DIRECTIONS,
    TZ_LABELS,
    VAGUE_COUNTS,
    WEEK_MODIFIERS,
    WEEKDAYS,
    YEAR_WORDS,
)
from .patterns import BARE_DURATION

__all__ = ["BUILDERS", "DATE_KINDS", "Fields", "bare_duration", "kind_class", "number"]

_ROC_OFFSET = 1911  # 民國1年 is 1912


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
            (self.year is not None) + (self.month is not None) + (self.day is not None)
            + (self.hour is not None) + (self.minute is not None) + (self.second is not None)
            + 2 * (self.cal is not None)  # a calendar day stands for a month and a day
        )


_ALWAYS_RELATIVE = frozenset({"RELP", "REL", "YW", "MW", "WD", "OFF", "CHAIN", "QW"})


def kind_class(kind: str) -> type[Fields]:
    """The Fields subclass of a token kind."""
    attributes = {"kind": kind, "kinds": (kind,), "relative": kind in _ALWAYS_RELATIVE}
    return type(f"Fields{kind}", (Fields,), attributes)


_ISO, _DMY, _YMD, _RYMD, _MD, _NMD, _DAY, _RELP, _REL, _YW, _MW, _WD = (
    kind_class(k) for k in
    ("ISO", "DMY", "YMD", "RYMD", "MD", "NMD", "DAY", "RELP", "REL", "YW", "MW", "WD")
)
_OFF, _CHAIN, _CLK, _CJT, _PER, _TZ, _ROCS, _ROCB, _CNA, _END, _ENW = (
    kind_class(k) for k in
    ("OFF", "CHAIN", "CLK", "CJT", "PER", "TZ", "ROCS", "ROCB", "CNA", "END", "ENW")
)

# The numbers a token holds are few (01-31, 三十一, 2025), so reading each once pays.
_int: Callable[[str | None], int | None] = functools.lru_cache(maxsize=4096)(cn_to_int)
number = _int


def lunar_day(text: str) -> int | None:
    """A lunar day as written (初五, 初8, 廿三, 三十) or in digits."""
    if text in LUNAR_DAYS:
        return LUNAR_DAYS[text]
    return _int(text[1:] if text[0] == "初" else text)


def lunar_cal(month: int | None, day_text: str | None, leap: bool = False) -> tuple[
        str | int | bool, ...] | None:
    """The ``cal`` of a lunar date (day 0: the month itself), or None when unreadable."""
    day = 0 if day_text is None else lunar_day(day_text)
    if month is None or day is None or not 1 <= month <= 12 or not 0 <= day <= 30:
        return None
    return ("lunar", month, day, leap)


# The builders below run for every token of every string, so they make as few Python
# calls as they can: the lead number is sliced in place, several groups are read with one
# m.group call, and the instance is bare with attributes set on it.
def _lead(m: re.Match[str]) -> str:
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
    lead, other = _int(_lead(m)), int(m.group("ndy_b"))
    if lead is None or first_sep != second_sep or (lead > 12) == (other > 12):
        return None
    f = _DMY()
    f.year = int(m.group("ndy_y"))
    f.month, f.day = (other, lead) if lead > 12 else (lead, other)
    return f


def _tok_ymd(m: re.Match[str]) -> Fields | None:
    if m.string.startswith("代", m.end()):
        return None  # 1990年代: a decade; read (so no fallback is asked) and rejected
    year = _int(_lead(m))
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
    f.year, f.month, f.day = number + _ROC_OFFSET, _int(month), _int(day or day_cn)
    return f


def _digits_before(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return end - start


def _tok_md(m: re.Match[str]) -> Fields | None:
    start = m.start()
    text = m.string
    if start > 0 and (text[start - 1] == "." or (
            start >= 2 and text[start - 1] == "年" and text[start - 2].isdigit()
            and _digits_before(text, start - 1) != 2)):
        return None  # 1万年3月, 12345年3月: not a year; 16年 (two digits) is read by SY
    month = _int(_lead(m))
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
    f.month, f.day = int(_lead(m)), int(m.group("nmd_d"))
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
    day = _int(_lead(m))
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
    f.year, f.month, f.day = int(num) + _ROC_OFFSET, _int(month), _int(day or day_cn)
    return f


def _tok_rocs(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    month, day = m.group("rocs_mo", "rocs_d")
    f = _ROCS()
    f.year, f.month, f.day = int(num) + _ROC_OFFSET, int(month), int(day)
    return f


def _tok_relp(m: re.Match[str]) -> Fields:
    f = _RELP()
    f.day = _int(m.group("relp_d"))
    return f


def _tok_rel(m: re.Match[str]) -> Fields:
    f = _REL()
    f.day_shift, f.period = DAY_WORDS[m.group(0)]
    return f


def _tok_yw(m: re.Match[str]) -> Fields:
    text, part = m.group(0, "yw_part")
    f = _YW()
    if part is None:
        f.year_shift = YEAR_WORDS[text]
    else:  # 明年底, 今年伊始
        f.year_shift, f.cal = YEAR_WORDS[text[: -len(part)]], ("ypart", *YEAR_PARTS[part])
    return f


def _tok_mw(m: re.Match[str]) -> Fields:
    text, part = m.group(0, "mw_part")
    f = _MW()
    if part is None:
        f.month_shift = MONTH_WORDS[text]
    else:
        f.month_shift, f.month_part = MONTH_WORDS[text[: -len(part)]], MONTH_PARTS[part]
    return f


_WEEK_WORD = lazy_compile("星期|礼拜|禮拜|周|週")
_MODIFIER_FIRSTS = frozenset(word[0] for word in WEEK_MODIFIERS)


def _tok_wd(m: re.Match[str]) -> Fields:
    text, weekday = m.group(0, "wd")
    f = _WD()
    f.weekday = WEEKDAYS[weekday]
    if text[0] in _MODIFIER_FIRSTS:
        found = _WEEK_WORD.search(text)
        mod = text[: found.start()] if found else ""
        if mod:
            f.week_shift = WEEK_MODIFIERS[mod]
    return f


def _count(text: str) -> float | None:
    if text == "半":
        return 0.5
    if text in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[text])
    value = _int(text)
    return None if value is None else float(value)


_CHAIN_ITEM = lazy_compile(
    r"(\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半|几|幾|数|數)\s?(?:个|個)?\s?"
    r"(秒钟|秒鐘|分钟|分鐘|小时|小時|钟头|鐘頭|星期|礼拜|禮拜|秒|分|钟|鐘|天|日|周|週|月|年)"
)


def _offsets(
    kind: type[Fields], items: list[tuple[str, str]], direction: str
) -> Fields | None:
    """A token of ``kind`` shifting the reference by each (count, unit) item, or None when
    there is none or a count cannot be read."""
    sign = OFFSET_DIRECTIONS[direction]
    out: list[tuple[str, float]] = []
    for count_text, unit in items:
        count = _count(count_text)
        if count is None:
            return None
        name, size = DURATION_UNITS[unit]
        out.append((name, sign * count * size))
    if not out:
        return None
    f = kind()
    f.offsets = tuple(out)
    return f


def _tok_off(m: re.Match[str]) -> Fields | None:
    direction, unit_u, unit_m, unit_v, unit_d, half1, half2 = m.group(
        "off_dir", "off_u", "off_m", "off_v", "off_d", "off_h1", "off_h2"
    )
    unit = unit_u or unit_m or unit_v or unit_d or ""
    f = _offsets(_OFF, [(_lead(m), unit)], direction)
    if f is not None and "半" in (half1, half2):  # 两年半后: two and a half years
        name, amount = f.offsets[0]
        size = DURATION_UNITS[unit][1]
        f.offsets = ((name, amount + OFFSET_DIRECTIONS[direction] * 0.5 * size),)
    return f


def _tok_chain(m: re.Match[str]) -> Fields | None:
    return _offsets(_CHAIN, _CHAIN_ITEM.findall(m.group(0)), m.group("chain_dir"))


def bare_duration(text: str) -> Fields | None:
    """A string that is only a duration (1年2个月, 3天), read as that long before the
    reference: the convention of the shared date cases (dateparser's own tests)."""
    m = BARE_DURATION.fullmatch(text.strip())
    return None if m is None else _offsets(_CHAIN, _CHAIN_ITEM.findall(m.group(0)), "前")


def _tok_clk(m: re.Match[str]) -> Fields | None:
    start, end = m.span("numr")
    text = m.string
    # One or two digits, not after ":" or "." (a version, a longer time).
    if start < 0 or end - start > 1 or (start > 1 and text[start - 2] in ":."):
        return None
    minute, second, ap, offset = m.group("clk_mi", "clk_s", "clk_ap", "clk_off")
    f = _CLK()
    f.hour, f.minute = int(text[start - 1 : end]), int(minute)
    if 24 <= f.hour <= 59 and second is None and ap is None and offset is None:
        # 35:37 cannot be a time of day: minutes and seconds of the reference's hour.
        f.hour, f.minute, f.second, f.ms_clock = None, f.hour, f.minute, True
        return f
    if second is not None:
        f.second = int(second)
    if ap is not None:
        f.ampm = ap[0].lower()
    if offset is not None:
        f.utcoffset = _utcoffset(offset)
    return f


def _utcoffset(text: str) -> int:
    """Minutes east of UTC of Z, +08:00, -0500, GMT, UTC+8, " +0800"."""
    text = text.strip()
    if text[:3] in ("GMT", "UTC"):
        text = text[3:]
    if text in ("Z", ""):
        return 0
    digits = text[1:].replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    total = int(hours) * 60 + int(minutes)
    return -total if text[0] == "-" else total


_QUARTERS = {"半": 30, "一刻": 15, "1刻": 15, "三刻": 45, "3刻": 45}


def _tok_cjt(m: re.Match[str]) -> Fields | None:
    start = m.start()
    text = m.string
    end = m.end("numr")
    if end < 0:
        end = m.end("cnr")
        if end < 0:
            return None  # 几点, 半点: no hour
    if start > 0 and text[start - 1] == "第":
        return None
    hour_text = text[start:end]
    minute_text, second, ap = m.group("cjt_mi", "cjt_s", "cjt_ap")
    f = _CJT()
    f.hour = _int(hour_text)
    if minute_text is not None:
        f.minute = _QUARTERS.get(minute_text) or _int(minute_text)
    if second is not None:
        f.second = _int(second)
    if ap is not None:
        f.ampm = ap[0].lower()
    elif minute_text is None and not hour_text.isdigit():
        f.weak_hour = True
    return f


def _tok_per(m: re.Match[str]) -> Fields:
    f = _PER()
    f.period = m.group(0)
    return f


def _tok_tz(m: re.Match[str]) -> Fields:
    f = _TZ()
    f.has_tz, f.zone = True, TZ_LABELS[m.group(0)]
    return f


def _tok_cna(m: re.Match[str]) -> Fields:
    code = m.group(0)
    f = _CNA()
    f.year, f.month, f.day = int(code[:3]) + _ROC_OFFSET, int(code[3:5]), int(code[5:])
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


# The builder of each token kind (``m.lastgroup``); one returns None when a check in code
# rejects the match.
BUILDERS: dict[str, Callable[[re.Match[str]], Fields | None]] = {
    "ISO": _tok_iso, "DMY": _tok_dmy, "NDY": _tok_ndy, "YMD": _tok_ymd,
    "RYMD": _tok_rymd, "MD": _tok_md,
    "NMD": _tok_nmd, "DAY": _tok_day, "RELP": _tok_relp, "REL": _tok_rel, "YW": _tok_yw,
    "MW": _tok_mw, "WD": _tok_wd, "OFF": _tok_off, "CHAIN": _tok_chain, "CLK": _tok_clk,
    "CJT": _tok_cjt, "PER": _tok_per, "TZ": _tok_tz, "ROCS": _tok_rocs, "ROCB": _tok_rocb,
    "CNA": _tok_cna, "END": _tok_english, "ENW": _tok_english,
}
# Tokens that write (part of) a calendar date.
DATE_KINDS = frozenset({"ISO", "DMY", "NDY", "YMD", "RYMD", "MD", "NMD", "DAY", "RELP", "SY",
                        "ROC3", "QTR", "NATD", "LUN", "LMN", "DANIAN", "FEST", "TERM", "QW", "ORD",
                        "ROCS", "ROCB", "CNA", "END", "ENW"})
