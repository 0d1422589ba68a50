"""Checking the fields of a date expression and turning them into an aware datetime.

Partial and relative expressions are resolved against an explicit reference only, by a
stated convention (``prefer``): with "past" (the default) a missing year is the one that
puts the date nearest the reference, a missing month likewise; with "current" missing
fields are the reference's; with "future" the date is the first on or after the reference.
Day words (昨天, 3天前) shift the reference itself, and a form that names its period (下周,
去年, 明年) stays in it whatever the convention. Never the clock.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
from typing import Literal
from zoneinfo import ZoneInfo

from .data import PERIODS
from .lunar import festival, lunar_to_solar, nth_weekday, solar_term
from .tokens import Fields

__all__ = ["MAX_YEAR", "MIN_YEAR", "PREFERENCES", "Prefer", "hour24", "is_valid", "resolve", "zone"]

Prefer = Literal["past", "current", "future"]
PREFERENCES: tuple[Prefer, ...] = ("past", "current", "future")

# Gregorian years outside this range are read as noise (phone numbers, counts), not dates.
MIN_YEAR = 1900
MAX_YEAR = 2100
# A written UTC offset beyond this is no zone in use (they run from -12:00 to +14:00): the
# date it is written with is read as noise, as a month 13 is.
MAX_OFFSET_MINUTES = 14 * 60


def offset_minutes(negative: bool, digits: str) -> int | None:
    """Minutes east of UTC of an offset written as hours and minutes ("0800", "0530"), or
    hours alone in two digits or fewer ("8"); None for an offset no zone uses: past
    ±14:00, or with 60 minutes or more ("+08:75", a flipped digit). Every reader of an
    offset asks this, so a corrupt one makes its stamp no date wherever it is read.

    Examples:
        >>> offset_minutes(False, "0800"), offset_minutes(True, "0530"), offset_minutes(False, "8")
        (480, -330, 480)
        >>> offset_minutes(False, "0875"), offset_minutes(False, "2800")
        (None, None)
    """
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    within_hour = int(minutes)
    total = int(hours) * 60 + within_hour
    if within_hour >= 60 or total > MAX_OFFSET_MINUTES:
        return None
    return -total if negative else total


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
            _MONTH_DAYS[month] if month != 2 else _month_days(f.year, month)
        ):
            return False
    if f.hour is not None and not 0 <= f.hour <= 23:
        return False
    if f.minute is not None and not 0 <= f.minute <= 59:
        return False
    if f.second is not None and not 0 <= f.second <= 59:
        return False
    return f.utcoffset is None or abs(f.utcoffset) <= MAX_OFFSET_MINUTES


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
    if shift == "am" and h == 12:
        return 0  # 上午12:05 and 凌晨12点 are just after midnight
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
    return (
        MIN_YEAR <= year <= MAX_YEAR
        and 1 <= month <= 12
        and 1 <= day <= (_MONTH_DAYS[month] if month != 2 else _month_days(year, month))
    )


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    return _dt.date(year, month, day) if _exists(year, month, day) else None


def _weekday_date(f: Fields, ref: _dt.date, prefer: Prefer) -> _dt.date:
    weekday = f.weekday or 0
    if f.week_shift is None:
        if prefer == "future":  # the next such day, today included
            return ref + _DAY * ((weekday - ref.weekday()) % 7)
        if prefer == "past":  # the nearest one, within three days either way
            return ref + _DAY * ((weekday - ref.weekday() + 3) % 7 - 3)
    monday = ref - _DAY * ref.weekday()
    return monday + _DAY * (7 * (f.week_shift or 0) + weekday)  # this week's for "current"


def _month_day(month: int, day: int, ref: _dt.date, prefer: Prefer) -> _dt.date | None:
    """A month and day without a year (9月30日)."""
    year = ref.year
    if prefer == "current":
        return _safe_date(year, month, day)
    if prefer == "future":  # 2月29日 may be four years ahead
        later = (_safe_date(y, month, day) for y in range(year, year + 5))
        return next((d for d in later if d is not None and d >= ref), None)
    return _nearest(((year - 1, month), (year, month), (year + 1, month)), day, ref)


def _day_only(day: int, ref: _dt.date, prefer: Prefer) -> _dt.date | None:
    """A day of the month without a month (28日)."""
    year, month = ref.year, ref.month
    if prefer == "current" or (prefer == "past" and day <= ref.day):
        return _safe_date(year, month, day)  # a day already past this month stays in it
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    after = (year + 1, 1) if month == 12 else (year, month + 1)
    if prefer == "future":
        later = (_safe_date(y, m, day) for y, m in ((year, month), after, _next(after)))
        return next((d for d in later if d is not None and d >= ref), None)
    return _nearest((before, (year, month), after), day, ref)


def _next(year_month: tuple[int, int]) -> tuple[int, int]:
    year, month = year_month
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _partial_date(f: Fields, ref: _dt.date | None, prefer: Prefer) -> _dt.date | None:
    """A month alone (9月): no value for "past" (on a page it is seldom a publication
    date), the month's first day for the other conventions."""
    if prefer == "past" or ref is None or f.month is None:
        return None
    year = ref.year + (prefer == "future" and f.month < ref.month)
    return _safe_date(year, f.month, 1)


def resolve_date(f: Fields, ref: _dt.date | None, prefer: Prefer = "past") -> _dt.date | None:
    """The calendar date the fields point at, or None when they cannot say."""
    if f.cal is not None:
        return calendar_date(f, ref, prefer)
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
        return (
            _safe_date(year, month, 1) if f.month is not None or f.month_shift is not None else None
        )
    if year is not None and month is None and f.day is None:  # 2019年, 下一年
        return None if prefer == "past" else _safe_date(year, 1, 1)
    if ref is None or year is not None:
        return None
    day = f.day
    if month is not None:
        return _partial_date(f, ref, prefer) if day is None else _month_day(month, day, ref, prefer)
    if day is not None:
        return _day_only(day, ref, prefer)
    if f.weekday is not None:
        return _weekday_date(f, ref, prefer)
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


def resolve(
    f: Fields, ref: _dt.datetime | None, tzinfo: _dt.tzinfo, prefer: Prefer = "past"
) -> _dt.datetime | None:
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
                return _dt.datetime(year, month, day, hour, f.minute or 0, f.second or 0, 0, tzinfo)
        date = _dt.date(year, month, day)
    else:
        if f.ms_clock:  # 35:37: minutes and seconds of the reference's hour
            return (
                None
                if ref is None
                else ref.replace(minute=f.minute or 0, second=f.second or 0, microsecond=0)
            )
        resolved = resolve_date(f, None if ref is None else ref.date(), prefer)
        if resolved is None:
            return None
        date = resolved
        if (
            prefer == "future"
            and ref is not None
            and not f.has_day
            and not f.has_date
            and f.cal is None
            and _time_before(f, ref)
        ):
            date += _DAY  # 下午3点 said at 16:00, looking ahead: tomorrow's
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


def _time_before(f: Fields, ref: _dt.datetime) -> bool:
    """Whether a time of day alone falls before the reference's time."""
    hour = hour24(f)
    clock = _clock(f, hour)
    return clock is not None and (hour or 0) < 24 and clock < ref.time().replace(tzinfo=None)


def _quarter_day(year: int, quarter: int, part: int) -> _dt.date | None:
    """The first (part 0) or last (part 1) day of a quarter."""
    if not 1 <= quarter <= 4:
        return None
    month = 3 * quarter - 2 + 2 * part
    return _safe_date(year, month, 1 if part == 0 else _month_days(year, month))


def _calendar_day(
    cal: tuple[str | int | bool, ...], year: int, month: int | None
) -> _dt.date | None:
    """The day a calendar form names in a year (the lunar year for lunar dates)."""
    kind = cal[0]
    if kind == "lunar":
        return lunar_to_solar(year, int(cal[1]), int(cal[2]) or 1, bool(cal[3]))
    if kind == "fest":
        return festival(year, str(cal[1]))
    if kind == "term":
        return solar_term(year, str(cal[1]))
    if kind == "nthwd":
        return None if month is None else nth_weekday(year, month, int(cal[1]), int(cal[2]))
    if kind == "yday":
        nth = _dt.date(year, 1, 1) + _DAY * (int(cal[1]) - 1)
        return nth if nth.year == year else None
    if kind == "ymonth":
        return _safe_date(year, int(cal[1]), 1)
    if kind == "quarter":
        return _quarter_day(year, int(cal[1]), int(cal[2]))
    if kind == "ypart":
        month, last = int(cal[1]), int(cal[2])
        return _safe_date(year, month, last or _month_days(year, month))
    return None


def calendar_date(f: Fields, ref: _dt.date | None, prefer: Prefer) -> _dt.date | None:
    """The date of a calendar form (农历二月初二, 春节, 立春, 5月第2个星期日, 三季度末): in
    the year written or named (去年春节), else the reference's, by the convention."""
    cal = f.cal
    if cal is None:
        return None
    if cal[0] == "qshift":  # 本季度初, 上个季度
        if ref is None:
            return None
        year, index = divmod(ref.year * 4 + (ref.month - 1) // 3 + int(cal[1]), 4)
        return _quarter_day(year, index + 1, int(cal[2]))
    if f.year is not None:
        return _calendar_day(cal, f.year, f.month)
    if ref is None or not MIN_YEAR < ref.year < MAX_YEAR:
        return None
    # The reference's year, as a lunar year for a lunar date: 腊月初十 read on 2022-01-01
    # with "current" is lunar 2022's (2023-01-01), as "missing fields are the reference's".
    base = ref.year
    if f.year_shift is not None:
        return _calendar_day(cal, base + f.year_shift, f.month)
    if prefer == "current":
        return _calendar_day(cal, base, f.month)
    found = [d for y in (base - 1, base, base + 1) if (d := _calendar_day(cal, y, f.month))]
    if prefer == "future":
        return min((d for d in found if d >= ref), default=None)
    return min(found, key=lambda d: (abs((d - ref).days), d), default=None)
