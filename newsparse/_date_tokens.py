"""From tokenizer matches to the fields of one date expression.

A token (``ISO``, ``YMD``, ``REL``, ``CJT`` ...) becomes a :class:`Fields` holding only what
it wrote; :func:`join` decides whether the next token belongs to the same expression
(``2025年3月20日`` + ``下午`` + ``3时``) and merges their fields.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from ._date_patterns import BARE_DURATION, GAP, TIME_GAP, WORD_GAP
from ._date_words import (
    DAY_WORDS,
    DURATION_UNITS,
    HOLIDAYS,
    MONTH_PARTS,
    MONTH_WORDS,
    OFFSET_DIRECTIONS,
    TZ_LABELS,
    VAGUE_COUNTS,
    WEEK_MODIFIERS,
    WEEKDAYS,
    YEAR_WORDS,
)
from ._numerals import cn_to_int

__all__ = ["MAX_GAP", "Fields", "bare_duration", "fields_of", "join"]

_ROC_OFFSET = 1911  # 民國1年 is 1912
_LABEL_GAP = re.compile(r"\s{0,2}:?\s{0,2}")  # 北京时间: 6月24日
MAX_GAP = 8  # longest text allowed between two tokens of one expression


class Fields:
    """What one expression says; None where it says nothing.

    Only what a token writes is stored on the instance; everything else reads the class
    default, and each token kind is a subclass holding its ``kind``. (Setting all 22
    fields per token was the largest cost of reading one.)
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
    kinds: tuple[str, ...] = ()

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__ = values  # the caller's fresh dict, taken over

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
        )


def _kind(kind: str) -> type[Fields]:
    return type(f"Fields{kind}", (Fields,), {"kind": kind, "kinds": (kind,)})


_ISO, _DMY, _HOL, _HOLW, _YMD, _RYMD, _MD, _NMD, _DAY, _RELP, _REL, _YW, _MW, _WD = (
    _kind(k) for k in
    ("ISO", "DMY", "HOL", "HOLW", "YMD", "RYMD", "MD", "NMD", "DAY", "RELP", "REL", "YW",
     "MW", "WD")
)
_OFF, _CHAIN, _CLK, _CJT, _PER, _TZ, _ROCS, _ROCB, _CNA = (
    _kind(k) for k in ("OFF", "CHAIN", "CLK", "CJT", "PER", "TZ", "ROCS", "ROCB", "CNA")
)

# The numbers a token holds are few (01-31, 三十一, 2025), so reading each once pays.
_int: Callable[[str | None], int | None] = functools.lru_cache(maxsize=4096)(cn_to_int)


# The builders below read a match with as few calls as they can: they run for every
# token of every string (m.start() and slicing in place of helpers, one m.group call
# for several groups).
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


def _before(m: re.Match[str], chars: str) -> bool:
    start = m.start()
    return start > 0 and m.string[start - 1] in chars


def _tok_iso(m: re.Match[str]) -> Fields | None:
    if _before(m, "."):
        return None  # a version number such as 1.2024.1.1
    month, day = m.group("iso_mo", "iso_d")
    return _ISO({"year": int(_lead(m)), "month": int(month), "day": int(day)})


def _tok_dmy(m: re.Match[str]) -> Fields | None:
    day = _digits(m)
    if _before(m, ".") or day is None:
        return None
    year, month = m.group("dmy_y", "dmy_mo")
    return _DMY({"year": int(year), "month": int(month), "day": int(day)})


def _tok_ymd(m: re.Match[str]) -> Fields | None:
    if m.string.startswith("代", m.end()):
        return None  # 1990年代: a decade; read (so no fallback is asked) and rejected
    year = _int(_lead(m))
    if year is None:
        return None
    month, day, day_cn = m.group("ymd_mo", "ymd_d", "ymd_d_cn")
    return _YMD({"year": year, "month": _int(month), "day": _int(day or day_cn)})


def _tok_rymd(m: re.Match[str]) -> Fields | None:
    year, month, day, day_cn = m.group("roc_y", "roc_mo", "roc_d", "roc_d_cn")
    number = _int(year)
    if number is None:
        return None
    return _RYMD({"year": number + _ROC_OFFSET, "month": _int(month), "day": _int(day or day_cn)})


def _tok_hol(m: re.Match[str]) -> Fields | None:
    month, day = HOLIDAYS[m.group("hol")]
    return _HOL({"year": _int(_lead(m)), "month": month, "day": day})


def _tok_holw(m: re.Match[str]) -> Fields:
    month, day = HOLIDAYS[m.group("holw")]
    # Every year word is two characters long (今年, 去年).
    shift = YEAR_WORDS[m.group(0)[:2]]
    return _HOLW({"month": month, "day": day, "year_shift": shift, "relative": True})


def _tok_md(m: re.Match[str]) -> Fields | None:
    start = m.start()
    text = m.string
    if start > 0 and (text[start - 1] == "." or (
            start >= 2 and text[start - 1] == "年" and text[start - 2].isdigit())):
        return None  # 113年4月 on a page not read as Taiwanese: the year is unknown
    month = _int(_lead(m))
    if month is None:
        return None
    day, day_cn = m.group("md_d", "md_d_cn")
    return _MD({"month": month, "day": _int(day or day_cn)})


def _tok_nmd(m: re.Match[str]) -> Fields | None:
    if _before(m, "./:-"):
        return None
    return _NMD({"month": int(_lead(m)), "day": int(m.group("nmd_d"))})


# Chinese-numeral days: 10-31 stand alone (十四日电); 2-9 only before a dateline word or
# punctuation, since 三日游 and 五日 are often durations.
_CN_DAY = re.compile(r"(?:[二三]十|[十廿卅])[一二三四五六七八九]?")
_CN_DAY_CONTEXT = frozenset("电電讯訊报報消，,。 上下晚早凌中午(（")


def _tok_day(m: re.Match[str]) -> Fields | None:
    if _before(m, "第每周週"):
        return None
    cn = _cn(m)
    if cn is not None and not _CN_DAY.fullmatch(cn):
        after = m.string[m.end() : m.end() + 1]
        if len(cn) != 1 or cn not in "二三四五六七八九" or (after and after not in _CN_DAY_CONTEXT):
            return None
    day = _int(_lead(m))
    return None if day is None else _DAY({"day": day})


def _tok_rocb(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    month, day, day_cn = m.group("rocb_mo", "rocb_d", "rocb_d_cn")
    return _ROCB({"year": int(num) + _ROC_OFFSET, "month": _int(month), "day": _int(day or day_cn)})


def _tok_rocs(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    month, day = m.group("rocs_mo", "rocs_d")
    return _ROCS({"year": int(num) + _ROC_OFFSET, "month": int(month), "day": int(day)})


def _tok_relp(m: re.Match[str]) -> Fields:
    return _RELP({"day": _int(m.group("relp_d")), "relative": True})


def _tok_rel(m: re.Match[str]) -> Fields:
    shift, period = DAY_WORDS[m.group(0)]
    return _REL({"day_shift": shift, "period": period, "relative": True})


def _tok_yw(m: re.Match[str]) -> Fields:
    return _YW({"year_shift": YEAR_WORDS[m.group(0)], "relative": True})


def _tok_mw(m: re.Match[str]) -> Fields:
    text, part = m.group(0, "mw_part")
    word = text if part is None else text[: -len(part)]
    return _MW({
        "month_shift": MONTH_WORDS[word],
        "month_part": None if part is None else MONTH_PARTS[part],
        "relative": True,
    })


_WEEK_WORD = re.compile("星期|礼拜|禮拜|周|週")


def _tok_wd(m: re.Match[str]) -> Fields:
    text, weekday = m.group(0, "wd")
    found = _WEEK_WORD.search(text)
    mod = text[: found.start()] if found else ""
    return _WD({
        "weekday": WEEKDAYS[weekday],
        "week_shift": WEEK_MODIFIERS[mod] if mod else None,
        "relative": True,
    })


def _count(text: str) -> float | None:
    if text == "半":
        return 0.5
    if text in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[text])
    value = _int(text)
    return None if value is None else float(value)


_CHAIN_ITEM = re.compile(
    r"(\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半|几|幾|数|數)\s?(?:个|個)?\s?"
    r"(秒钟|秒鐘|分钟|分鐘|小时|小時|钟头|鐘頭|星期|礼拜|禮拜|秒|分|钟|鐘|天|日|周|週|月|年)"
)


def _offsets(items: list[tuple[str, str]], direction: str) -> tuple[tuple[str, float], ...]:
    sign = OFFSET_DIRECTIONS[direction]
    out: list[tuple[str, float]] = []
    for count_text, unit in items:
        count = _count(count_text)
        if count is None:
            return ()
        kind, size = DURATION_UNITS[unit]
        out.append((kind, sign * count * size))
    return tuple(out)


def _tok_off(m: re.Match[str]) -> Fields | None:
    direction, *units = m.group("off_dir", "off_u", "off_m", "off_v", "off_d")
    unit = next((u for u in units if u is not None), "")
    offsets = _offsets([(_lead(m), unit)], direction)
    return _OFF({"offsets": offsets, "relative": True}) if offsets else None


def _tok_chain(m: re.Match[str]) -> Fields | None:
    items = [(a, b) for a, b in _CHAIN_ITEM.findall(m.group(0))]
    offsets = _offsets(items, m.group("chain_dir"))
    return _CHAIN({"offsets": offsets, "relative": True}) if offsets else None


def bare_duration(text: str) -> Fields | None:
    """A string that is only a duration (1年2个月, 3天), read as that long before the
    reference: the convention of the shared date cases (dateparser's own tests)."""
    m = BARE_DURATION.fullmatch(text.strip())
    if m is None:
        return None
    offsets = _offsets(_CHAIN_ITEM.findall(m.group(0)), "前")
    return _CHAIN({"offsets": offsets, "relative": True}) if offsets else None


def _tok_clk(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or len(num) > 2 or _before(m, ":."):
        return None
    minute, second, ap, offset = m.group("clk_mi", "clk_s", "clk_ap", "clk_off")
    return _CLK({
        "hour": int(num),
        "minute": int(minute),
        "second": None if second is None else int(second),
        "ampm": None if ap is None else ap[0].lower(),
        "utcoffset": None if offset is None else _utcoffset(offset),
    })


def _utcoffset(text: str) -> int:
    if text == "Z":
        return 0
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    return -minutes if text[0] == "-" else minutes


_QUARTERS = {"半": 30, "一刻": 15, "1刻": 15, "三刻": 45, "3刻": 45}


def _tok_cjt(m: re.Match[str]) -> Fields | None:
    hour_text = _digits(m) or _cn(m)
    if hour_text is None or _before(m, "第"):
        return None
    minute_text, second, ap = m.group("cjt_mi", "cjt_s", "cjt_ap")
    minute = None if minute_text is None else _QUARTERS.get(minute_text, _int(minute_text))
    return _CJT({
        "hour": _int(hour_text),
        "minute": minute,
        "second": _int(second),
        "ampm": None if ap is None else ap[0].lower(),
        "weak_hour": minute_text is None and not hour_text.isdigit() and ap is None,
    })


def _tok_per(m: re.Match[str]) -> Fields:
    return _PER({"period": m.group(0)})


def _tok_tz(m: re.Match[str]) -> Fields:
    return _TZ({"has_tz": True, "zone": TZ_LABELS[m.group(0)]})


def _tok_cna(m: re.Match[str]) -> Fields:
    code = m.group(0)
    return _CNA({"year": int(code[:3]) + _ROC_OFFSET, "month": int(code[3:5]),
                 "day": int(code[5:])})


_BUILDERS: dict[str, Callable[[re.Match[str]], Fields | None]] = {
    "ISO": _tok_iso, "DMY": _tok_dmy, "HOL": _tok_hol, "HOLW": _tok_holw, "YMD": _tok_ymd,
    "RYMD": _tok_rymd, "MD": _tok_md,
    "NMD": _tok_nmd, "DAY": _tok_day, "RELP": _tok_relp, "REL": _tok_rel, "YW": _tok_yw,
    "MW": _tok_mw, "WD": _tok_wd, "OFF": _tok_off, "CHAIN": _tok_chain, "CLK": _tok_clk,
    "CJT": _tok_cjt, "PER": _tok_per, "TZ": _tok_tz, "ROCS": _tok_rocs, "ROCB": _tok_rocb,
    "CNA": _tok_cna,
}
# Tokens that write (part of) a calendar date.
DATE_KINDS = frozenset({"ISO", "DMY", "HOL", "HOLW", "YMD", "RYMD", "MD", "NMD", "DAY", "RELP",
                        "ROCS", "ROCB", "CNA"})


def fields_of(m: re.Match[str]) -> Fields | None:
    """The fields one tokenizer match writes; None when a check in code rejects it."""
    return _BUILDERS[m.lastgroup or ""](m)


def _joins(g: Fields, t: Fields, gap: str) -> bool:
    """Whether token ``t`` continues expression ``g`` across ``gap``."""
    if len(gap) > MAX_GAP or g.offsets or t.offsets or t.has_tz or g.hour is not None:
        return False
    if g.kinds == ("TZ",):
        return _LABEL_GAP.fullmatch(gap) is not None
    kind = t.kind
    # has_day (a day, a day word, a weekday) read in place: this runs for most tokens.
    if kind == "CLK" or kind == "CJT":
        day_level = g.day is not None or g.day_shift is not None or g.weekday is not None \
            or g.period is not None
        return day_level and TIME_GAP.fullmatch(gap) is not None
    if kind == "PER":
        return g.period is None and (
            g.day is not None or g.day_shift is not None or g.weekday is not None
        ) and GAP.fullmatch(gap) is not None
    if kind == "WD":
        return g.weekday is None and g.day is not None and g.period is None \
            and GAP.fullmatch(gap) is not None
    if kind in DATE_KINDS:
        return _date_joins(g, t, gap)
    return False


def _date_joins(g: Fields, t: Fields, gap: str) -> bool:
    if g.has_date or "PER" in g.kinds or t.kind in ("HOL", "ISO", "YMD", "DMY"):
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
    (A token that joins never holds offsets or a zone: see ``_joins``.) ``relative``
    is copied the same way, which makes it an "or".
    """
    if not _joins(g, t, gap):
        return False
    merged = g.__dict__
    for name, value in t.__dict__.items():
        if merged.get(name) is None:
            merged[name] = value
    merged["weak_hour"] = False  # anything before an hour makes it a clock time
    merged["kinds"] = g.kinds + t.kinds
    return True
