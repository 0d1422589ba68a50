"""From tokenizer matches to the fields of one date expression.

A token (``ISO``, ``YMD``, ``REL``, ``CJT`` ...) becomes a :class:`Fields` holding only what
it wrote; :func:`join` decides whether the next token belongs to the same expression
(``2025年3月20日`` + ``下午`` + ``3时``) and merges their fields.
"""

from __future__ import annotations

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
    default. (A generated ``__init__`` setting all 22 fields was the largest cost of
    reading a token.)
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

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return f"Fields({self.__dict__!r})"

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
        parts = (self.year, self.month, self.day, self.hour, self.minute, self.second)
        return sum(p is not None for p in parts)


def _int(text: str | None) -> int | None:
    return None if text is None else cn_to_int(text)


def _first(m: re.Match[str], *names: str) -> str | None:
    for name in names:
        value = m.group(name)
        if value is not None:
            return value
    return None


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


def _date(year: int | None, month: int | None, day: int | None) -> Fields | None:
    if month is None and day is None and year is None:
        return None
    return Fields(year=year, month=month, day=day)


def _tok_iso(m: re.Match[str]) -> Fields | None:
    if _before(m, "."):
        return None  # a version number such as 1.2024.1.1
    return _date(int(_lead(m)), int(m.group("iso_mo")), int(m.group("iso_d")))


def _tok_dmy(m: re.Match[str]) -> Fields | None:
    day = _digits(m)
    if _before(m, ".") or day is None:
        return None
    return _date(int(m.group("dmy_y")), int(m.group("dmy_mo")), int(day))


def _day_of(m: re.Match[str], name: str) -> int | None:
    return _int(m.group(name) or m.group(name + "_cn"))


def _tok_ymd(m: re.Match[str]) -> Fields | None:
    if m.string.startswith("代", m.end()):
        return None  # 1990年代: a decade; read (so no fallback is asked) and rejected
    year = _int(_lead(m))
    if year is None:
        return None
    return Fields(year=year, month=_int(m.group("ymd_mo")), day=_day_of(m, "ymd_d"))


def _tok_rymd(m: re.Match[str]) -> Fields | None:
    year = _int(m.group("roc_y"))
    if year is None:
        return None
    return Fields(year=year + _ROC_OFFSET, month=_int(m.group("roc_mo")), day=_day_of(m, "roc_d"))


def _tok_hol(m: re.Match[str]) -> Fields | None:
    month, day = HOLIDAYS[m.group("hol")]
    return _date(_int(_lead(m)), month, day)


def _tok_holw(m: re.Match[str]) -> Fields:
    month, day = HOLIDAYS[m.group("holw")]
    # Every year word is two characters long (今年, 去年).
    return Fields(month=month, day=day, year_shift=YEAR_WORDS[m.group(0)[:2]], relative=True)


def _tok_md(m: re.Match[str]) -> Fields | None:
    start = m.start()
    if _before(m, ".") or (start >= 2 and m.string[start - 1] == "年"
                           and m.string[start - 2].isdigit()):
        return None  # 113年4月 on a page not read as Taiwanese: the year is unknown
    month = _int(_lead(m))
    return None if month is None else Fields(month=month, day=_day_of(m, "md_d"))


def _tok_nmd(m: re.Match[str]) -> Fields | None:
    if _before(m, "./:-"):
        return None
    return _date(None, int(_lead(m)), int(m.group("nmd_d")))


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
    return None if day is None else Fields(day=day)


def _tok_rocb(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    return Fields(year=int(num) + _ROC_OFFSET, month=_int(m.group("rocb_mo")),
                  day=_day_of(m, "rocb_d"))


def _tok_rocs(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or not 2 <= len(num) <= 3:
        return None
    return _date(int(num) + _ROC_OFFSET, int(m.group("rocs_mo")), int(m.group("rocs_d")))


def _tok_relp(m: re.Match[str]) -> Fields:
    return Fields(day=_int(m.group("relp_d")), relative=True)


def _tok_rel(m: re.Match[str]) -> Fields:
    shift, period = DAY_WORDS[m.group(0)]
    return Fields(day_shift=shift, period=period, relative=True)


def _tok_yw(m: re.Match[str]) -> Fields:
    return Fields(year_shift=YEAR_WORDS[m.group(0)], relative=True)


def _tok_mw(m: re.Match[str]) -> Fields:
    part = m.group("mw_part")
    word = m.group(0) if part is None else m.group(0)[: -len(part)]
    return Fields(
        month_shift=MONTH_WORDS[word],
        month_part=None if part is None else MONTH_PARTS[part],
        relative=True,
    )


_WEEK_WORD = re.compile("星期|礼拜|禮拜|周|週")


def _tok_wd(m: re.Match[str]) -> Fields:
    text = m.group(0)
    found = _WEEK_WORD.search(text)
    mod = text[: found.start()] if found else ""
    return Fields(
        weekday=WEEKDAYS[m.group("wd")],
        week_shift=WEEK_MODIFIERS[mod] if mod else None,
        relative=True,
    )


def _count(text: str) -> float | None:
    if text == "半":
        return 0.5
    if text in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[text])
    value = cn_to_int(text)
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
    unit = _first(m, "off_u", "off_m", "off_v", "off_d") or ""
    offsets = _offsets([(_lead(m), unit)], m.group("off_dir"))
    return Fields(offsets=offsets, relative=True) if offsets else None


def _tok_chain(m: re.Match[str]) -> Fields | None:
    items = [(a, b) for a, b in _CHAIN_ITEM.findall(m.group(0))]
    offsets = _offsets(items, m.group("chain_dir"))
    return Fields(offsets=offsets, relative=True) if offsets else None


def bare_duration(text: str) -> Fields | None:
    """A string that is only a duration (1年2个月, 3天), read as that long before the
    reference: the convention of the shared date cases (dateparser's own tests)."""
    m = BARE_DURATION.fullmatch(text.strip())
    if m is None:
        return None
    offsets = _offsets(_CHAIN_ITEM.findall(m.group(0)), "前")
    return Fields(offsets=offsets, relative=True, kinds=("CHAIN",)) if offsets else None


def _tok_clk(m: re.Match[str]) -> Fields | None:
    num = _digits(m)
    if num is None or len(num) > 2 or _before(m, ":."):
        return None
    ap = m.group("clk_ap")
    return Fields(
        hour=int(num),
        minute=int(m.group("clk_mi")),
        second=_int(m.group("clk_s")),
        ampm=None if ap is None else ap[0].lower(),
        utcoffset=_utcoffset(m.group("clk_off")),
    )


def _utcoffset(text: str | None) -> int | None:
    if text is None:
        return None
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
    minute_text = m.group("cjt_mi")
    minute = None if minute_text is None else _QUARTERS.get(minute_text, _int(minute_text))
    ap = m.group("cjt_ap")
    return Fields(
        hour=_int(hour_text),
        minute=minute,
        second=_int(m.group("cjt_s")),
        ampm=None if ap is None else ap[0].lower(),
        weak_hour=minute_text is None and not hour_text.isdigit() and ap is None,
    )


def _tok_per(m: re.Match[str]) -> Fields:
    return Fields(period=m.group(0))


def _tok_tz(m: re.Match[str]) -> Fields:
    return Fields(has_tz=True, zone=TZ_LABELS[m.group(0)])


def _tok_cna(m: re.Match[str]) -> Fields:
    code = m.group(0)
    return Fields(year=int(code[:3]) + _ROC_OFFSET, month=int(code[3:5]), day=int(code[5:]))


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
    kind = m.lastgroup or ""
    f = _BUILDERS[kind](m)
    if f is None:
        return None
    f.kind = kind
    f.kinds = (kind,)
    return f


def _joins(g: Fields, t: Fields, gap: str) -> bool:
    """Whether token ``t`` continues expression ``g`` across ``gap``."""
    if len(gap) > MAX_GAP or g.offsets or t.offsets or t.has_tz or g.has_time:
        return False
    if g.kinds == ("TZ",):
        return _LABEL_GAP.fullmatch(gap) is not None
    if t.kind in ("CLK", "CJT"):
        day_level = g.has_day or g.period is not None
        return day_level and TIME_GAP.fullmatch(gap) is not None
    if t.kind == "PER":
        return g.period is None and g.has_day and GAP.fullmatch(gap) is not None
    if t.kind == "WD":
        return g.weekday is None and g.day is not None and g.period is None \
            and GAP.fullmatch(gap) is not None
    if t.kind in DATE_KINDS:
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


_DATE_FIELDS = ("year", "month", "day", "year_shift", "month_shift", "month_part",
                "day_shift", "weekday", "week_shift", "period")
_TIME_FIELDS = ("hour", "minute", "second", "ampm", "utcoffset")
# The fields a token of each kind can set: only these are merged (the join is on the hot
# path of every call).
_SETS: dict[str, tuple[str, ...]] = {kind: _DATE_FIELDS for kind in _BUILDERS}
_SETS.update(CLK=_TIME_FIELDS, CJT=_TIME_FIELDS, PER=("period",), TZ=("zone",))


def join(g: Fields, t: Fields, gap: str) -> bool:
    """Merge ``t`` into ``g`` when it continues the expression; False leaves ``g`` alone."""
    if not _joins(g, t, gap):
        return False
    for name in _SETS[t.kind]:
        if getattr(g, name) is None:
            setattr(g, name, getattr(t, name))
    g.relative = g.relative or t.relative
    g.has_tz = g.has_tz or t.has_tz
    g.weak_hour = False  # anything before an hour makes it a clock time
    g.kinds = g.kinds + t.kinds
    return True
