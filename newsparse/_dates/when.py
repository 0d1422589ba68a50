"""A date value from a page's metadata -> an aware datetime.

Meta tags mostly hold ISO 8601 (``2020-02-19T10:20:00+08:00``), read exactly here; anything
else (``2019年09月30日 22:46``, ``2007-08-20-23:59:59``) goes through the Chinese date grammar
in :mod:`newsparse._dates.search`. Values without a zone are read in the page's zone.
"""

from __future__ import annotations

import datetime as _dt
from zoneinfo import ZoneInfo

from .._core.lazy import lazy_compile
from .resolve import offset_minutes
from .search import parse_date

__all__ = ["parse_when"]

_ISO = lazy_compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?$"
)
_EPOCH = lazy_compile(r"^1\d{9}(?:\d{3})?$")
_MIN_YEAR = 1990
_MAX_YEAR = 2100


def parse_when(value: str, zone: str) -> _dt.datetime | None:
    """Parse a metadata date; None when there is no plausible date in ``value``.

    Examples:
        >>> parse_when("2020-02-19T10:20:00+08:00", "Asia/Shanghai").isoformat()
        '2020-02-19T10:20:00+08:00'
        >>> parse_when("2020-01-21 09:00", "Asia/Taipei").isoformat()
        '2020-01-21T09:00:00+08:00'
        >>> parse_when("not a date", "Asia/Shanghai") is None
        True
    """
    value = value.strip()[:200]
    when = _iso(value, zone) or _epoch(value) or parse_date(value, tz=zone)
    if when is None or not (_MIN_YEAR <= when.year <= _MAX_YEAR):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZoneInfo(zone))
    return when


def _iso(value: str, zone: str) -> _dt.datetime | None:
    match = _ISO.match(value)
    if match is None:
        return None
    date, time, _fraction, offset = match.groups()
    text = date + (f"T{time}" if time else "")
    try:
        when = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if offset:
        digits = offset[1:].replace(":", "") if offset != "Z" else "0000"
        minutes = offset_minutes(offset[0] == "-", digits)
        if minutes is None:
            return None  # no such offset ("+28:00", "+08:75"): a corrupt stamp, no date
        return when.replace(tzinfo=_dt.timezone(_dt.timedelta(minutes=minutes)))
    return when.replace(tzinfo=ZoneInfo(zone))


def _epoch(value: str) -> _dt.datetime | None:
    if not _EPOCH.match(value):
        return None
    seconds = int(value[:10])
    return _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc)
