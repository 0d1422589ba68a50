"""dateparser as the last resort, for short strings the grammar finds nothing in.

dateparser is slow (about 2,000 calls/s) and reads the clock for anything relative, so it
is called only on short strings (at most 32 characters) that have a digit or a date word in
them and little other Chinese text, always with an explicit base, and its answer is dropped
when it came from that base rather than the text.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .._chinese.han import HAN_RANGES
from .._core.lazy import lazy_compile

__all__ = ["fallback_parse"]

_MAX_CHARS = 32
_HINT = lazy_compile(r"\d|[年月日号號时時点點分秒天周週前后後]")
_BARE_NUMBER = lazy_compile(r"[\d\s.,:/+-]*")
_DIGITS = lazy_compile(r"\d")
# Han characters that are no part of a date, and Latin letters (with languages=["zh"]
# dateparser reads no English): it fails on any text around a date, so a string with more
# than a third of them is not worth its milliseconds.
_NOISE = lazy_compile(f"[{HAN_RANGES}A-Za-z]")
_DATE_HAN = frozenset(
    "年月日号號时時点點分秒钟鐘个個天周週星期礼禮拜前后後之以内內今昨明早晚上下午凌晨半刻"
)
# Without a reference, dateparser's base is moved far outside the accepted years, so an
# answer computed from it (anything relative or partial) is recognisably not from the text.
_SENTINEL = _dt.datetime(1801, 6, 15, 12, 0)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _settings(base: _dt.datetime, tzinfo: _dt.tzinfo) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": base.replace(tzinfo=None),
        "TIMEZONE": str(tzinfo),
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
    }


def fallback_parse(
    text: str, reference: _dt.datetime | None, tzinfo: _dt.tzinfo
) -> _dt.datetime | None:
    """dateparser's reading of ``text`` (languages=["zh"]), or None.

    Examples:
        >>> fallback_parse("12345", None, _dt.timezone.utc) is None
        True
    """
    text = text.strip()
    if not text or len(text) > _MAX_CHARS or _BARE_NUMBER.fullmatch(text):
        return None
    if not _HINT.search(text) or (len(_DIGITS.findall(text)) < 2 and reference is None):
        return None
    noise = sum(1 for ch in _NOISE.findall(text) if ch not in _DATE_HAN)
    if noise * 3 > len(text):
        return None
    import dateparser  # imported late: it takes a second to load its language data

    base = reference if reference is not None else _SENTINEL
    try:
        value = dateparser.parse(text, languages=["zh"], settings=_settings(base, tzinfo))
    except (ValueError, OverflowError, TypeError, KeyError, AttributeError):
        return None  # dateparser raises on some malformed inputs
    if not isinstance(value, _dt.datetime) or not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return None
    return value.astimezone(tzinfo)
