"""Checking the fields of a date expression and turning them into an aware datetime.

Partial and relative expressions are resolved against an explicit reference only: a
missing year is the one that puts the date nearest the reference, a missing month
likewise, and day words (昨天, 3天前) shift the reference itself. Never the clock.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
from zoneinfo import ZoneInfo

from .data import PERIODS
from .tokens import Fields

__all__ = ["MAX_YEAR", "MIN_YEAR", "hour24", "is_valid", "resolve", "zone"]

# Gregorian years outside this range are read as noise (phone numbers, counts), not dates.
MIN_YEAR = 1900
MAX_YEAR = 2100
_MAX_OFFSET_MINUTES = 14 * 60


@functools.lru_cache(maxsize=64)
def zone(name: str) -> _dt.tzinfo | None:
    """The zone named ``name``, or None when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int | None, month: int) -> int:
    if month == 2 and (year is None or calendar.isleap(year)):
        return 29  # without a year, February may have 29 days
    return _MONTH_DAYS[month]


def is_valid(f: Fields) -> bool:
    """False for impossible components: 2月30日, 25:61, year 3000, a +25:00 offset."""
    if f.year is not None and not MIN_YEAR <= f.year <= MAX_YEAR:
        return False
    if f.month is not None and not 1 <= f.month <= 12:
        return False
    if f.day is not None:
        if not 1 <= f.day <= 31:
            return False
        month = f.month
        if month is not None and f.day > (
                _MONTH_DAYS[month] if month != 2 else _month_days(f.year, month)):
            return False
    if f.hour is not None and not 0 <= f.hour <= 23:
        return False
    if f.minute is not None and not 0 <= f.minute <= 59:
        return False
    if f.second is not None and not 0 <= f.second <= 59:
        return False
    return f.utcoffset is None or abs(f.utcoffset) <= _MAX_OFFSET_MINUTES


def hour24(f: Fields) -> int | None:
    """The written hour on a 24-hour clock (下午3时 -> 15, 晚上12点 -> 24, next midnight)."""
    h = f.hour
    if h is None:
        return None
    if f.ampm is None and f.period is None:
        return h  # the common case: a clock time such as 17:55
    if f.ampm is not None:
        if f.ampm == "p" and h < 12:
            return h + 12
        return 0 if f.ampm == "a" and h == 12 else h
    if f.period is None or f.period not in PERIODS:
        return h
    shift = PERIODS[f.period][1]
    if (shift == "pm" and h < 12) or (shift == "noon" and 1 <= h <= 3):
        return h + 12
    if shift == "night" and 5 <= h <= 12:
        return h + 12
    if shift == "am" and h == 12 and PERIODS[f.period][0] == 0:
        return 0
    return h


def _add_months(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(year=year, month=month, day=min(day.day, _month_days(year, month)))


# Keyword arguments make the datetime and timedelta constructors twice as slow, so the
# hot paths pass positional arguments and multiply this.
_DAY = _dt.timedelta(days=1)
_UNIT_DELTAS = {
    unit: _dt.timedelta(**{unit: 1}) for unit in ("seconds", "minutes", "hours", "days", "weeks")
}


def _shift(ref: _dt.datetime, offsets: tuple[tuple[str, float], ...]) -> _dt.datetime | None:
    out = ref
    for kind, amount in offsets:
        if kind in ("months", "years"):
            months = amount * (12 if kind == "years" else 1)
            whole = int(months)
            out = out.replace(tzinfo=None)
            date = _add_months(out.date(), whole)
            out = _dt.datetime.combine(date, out.time(), ref.tzinfo)
            if months != whole:  # 半个月, 半年
                out += _dt.timedelta(days=(months - whole) * 30)
        else:
            whole = int(amount)  # an int multiplies a timedelta several times faster
            out += _UNIT_DELTAS[kind] * (whole if whole == amount else amount)
    return out if MIN_YEAR <= out.year <= MAX_YEAR else None


def _nearest(months: tuple[tuple[int, int], ...], day: int, ref: _dt.date) -> _dt.date | None:
    """Of ``day`` in each (year, month) where it exists, the date nearest ``ref``; the
    earliest on a tie."""
    best = None
    best_gap = 0
    for year, month in months:
        if _exists(year, month, day):
            candidate = _dt.date(year, month, day)
            gap = abs((candidate - ref).days)
            if best is None or gap < best_gap:
                best, best_gap = candidate, gap
    return best


def _exists(year: int, month: int, day: int) -> bool:
    """Whether the date exists and its year is one a page can mean."""
    return MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= (
        _MONTH_DAYS[month] if month != 2 else _month_days(year, month))


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    return _dt.date(year, month, day) if _exists(year, month, day) else None


def _weekday_date(f: Fields, ref: _dt.date) -> _dt.date:
    weekday = f.weekday or 0
    if f.week_shift is None:
        # A bare weekday is the nearest one, within three days either way.
        delta = (weekday - ref.weekday() + 3) % 7 - 3
        return ref + _DAY * delta
    monday = ref - _DAY * ref.weekday()
    return monday + _DAY * (7 * f.week_shift + weekday)


def resolve_date(f: Fields, ref: _dt.date | None) -> _dt.date | None:
    """The calendar date the fields point at, or None when they cannot say."""
    year, month = f.year, f.month
    if ref is not None:  # 今年, 上月: the year or month the reference is in, shifted
        if year is None and f.year_shift is not None:
            year = ref.year + f.year_shift
        if month is None and f.month_shift is not None:
            shifted = _add_months(ref.replace(day=1), f.month_shift)
            year, month = (year or shifted.year), shifted.month
    if year is not None and month is not None:
        if f.day is not None:
            return _safe_date(year, month, f.day)
        if f.month_part is not None:
            return _safe_date(year, month, f.month_part or _month_days(year, month))
        return _safe_date(year, month, 1) if f.month is not None or f.month_shift is not None \
            else None
    if ref is None or year is not None:
        return None
    day = f.day
    if month is not None:
        if day is None:
            return None
        year = ref.year
        return _nearest(((year - 1, month), (year, month), (year + 1, month)), day, ref)
    if day is not None:
        year, month = ref.year, ref.month
        before = (year - 1, 12) if month == 1 else (year, month - 1)
        after = (year + 1, 1) if month == 12 else (year, month + 1)
        return _nearest((before, (year, month), after), day, ref)
    if f.weekday is not None:
        return _weekday_date(f, ref)
    if f.day_shift is not None:
        return ref + _DAY * f.day_shift
    if f.period is not None or f.hour is not None:
        return ref  # a time of day alone is on the reference's day
    return None


def _clock(f: Fields, h: int | None) -> _dt.time | None:
    """The time of day (``h``: the hour on a 24-hour clock); None means "keep the
    reference's" (for 昨天, 刚刚)."""
    if h is not None:
        return _dt.time(h % 24, f.minute or 0, f.second or 0)
    if f.period is not None and f.period in PERIODS:
        return _dt.time(PERIODS[f.period][0])
    if f.period == "now" or (f.day_shift is not None and not f.has_date):
        return None
    return _dt.time(0)


def resolve(f: Fields, ref: _dt.datetime | None, tzinfo: _dt.tzinfo) -> _dt.datetime | None:
    """The aware datetime the fields stand for, or None when they cannot be resolved.

    ``ref`` must already be expressed in ``tzinfo``.
    """
    if f.offsets:
        return None if ref is None else _shift(ref, f.offsets)
    year, month, day = f.year, f.month, f.day
    hour = f.hour
    if year is not None and month is not None and day is not None:
        # The common case: a full date, which needs no reference.
        if not _exists(year, month, day):
            return None
        if f.period is None and f.ampm is None:
            # A plain clock time (17:55) or none (the date's midnight, as _clock has it),
            # built in one step: each datetime constructor call costs.
            if hour is None and f.day_shift is None:
                return _dt.datetime(year, month, day, 0, 0, 0, 0, tzinfo)
            if hour is not None and hour < 24:
                return _dt.datetime(year, month, day, hour, f.minute or 0, f.second or 0, 0,
                                    tzinfo)
        date = _dt.date(year, month, day)
    else:
        resolved = resolve_date(f, None if ref is None else ref.date())
        if resolved is None:
            return None
        date = resolved
        if f.period is None and f.ampm is None and hour is not None and hour < 24:
            return _dt.datetime.combine(date, _dt.time(hour, f.minute or 0, f.second or 0), tzinfo)
    hour = hour24(f)
    clock = _clock(f, hour)
    if clock is None:
        if ref is None:
            return None
        clock = ref.time()  # naive: the wall time
    value = _dt.datetime.combine(date, clock, tzinfo)
    if hour == 24:
        value += _dt.timedelta(days=1)
    return value
