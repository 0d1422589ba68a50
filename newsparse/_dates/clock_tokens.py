"""Tokens of relative days, weeks and offsets (昨天, 上周三, 三天前), of clock times and
periods of the day (下午3点半, 15:30), and of time zones.

Each builder turns a tokenizer match into :class:`~newsparse._dates.tokens.Fields`, as the
date builders of ``_dates.tokens`` do.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._core.lazy import lazy_compile
from .calendar_data import YEAR_PARTS
from .data import (
    DAY_WORDS,
    DURATION_UNITS,
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
from .resolve import MAX_OFFSET_MINUTES, offset_minutes
from .tokens import Fields, kind_class, lead_text
from .tokens import number as _int

__all__ = ["CLOCK_BUILDERS", "bare_duration"]

_RELP, _REL, _YW, _MW, _WD, _OFF, _CHAIN, _CLK, _CJT, _PER, _TZ = (
    kind_class(k)
    for k in ("RELP", "REL", "YW", "MW", "WD", "OFF", "CHAIN", "CLK", "CJT", "PER", "TZ")
)


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


def _offsets(kind: type[Fields], items: list[tuple[str, str]], direction: str) -> Fields | None:
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
    f = _offsets(_OFF, [(lead_text(m), unit)], direction)
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


# What a token carries for an offset no zone uses ("+08:75"): resolve.valid refuses it, as
# one past ±14:00, so the stamp is no date.
_NO_ZONE = MAX_OFFSET_MINUTES + 1


def _utcoffset(text: str) -> int:
    """Minutes east of UTC of Z, +08:00, -0500, GMT, UTC+8, " +0800"."""
    text = text.strip()
    if text[:3] in ("GMT", "UTC"):
        text = text[3:]
    if text in ("Z", ""):
        return 0
    minutes = offset_minutes(text[0] == "-", text[1:].replace(":", ""))
    return _NO_ZONE if minutes is None else minutes


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


# The builder of each token kind (``m.lastgroup``) this module reads.
CLOCK_BUILDERS: dict[str, Callable[[re.Match[str]], Fields | None]] = {
    "RELP": _tok_relp,
    "REL": _tok_rel,
    "YW": _tok_yw,
    "MW": _tok_mw,
    "WD": _tok_wd,
    "OFF": _tok_off,
    "CHAIN": _tok_chain,
    "CLK": _tok_clk,
    "CJT": _tok_cjt,
    "PER": _tok_per,
    "TZ": _tok_tz,
}
