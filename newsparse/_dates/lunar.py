"""Lunar dates, festivals and solar terms as Gregorian dates, through tyme4py.

The astronomy (new moons, solar longitudes, leap months) is tyme4py's, which follows the
national standard GB/T 33661-2017 "Calculation and promulgation of the Chinese calendar".
It agreed with lunar-python on every lunar month of 1900-2099 and all 4,776 solar terms
of 1901-2099, and with the Hong Kong Observatory's tables where lunardate (1933, 1978; it
also differs in 1954 and 2057) and zhdate (2057, a new moon minutes from midnight) do not;
``benchmarks/bench_calendars.py`` repeats the comparison. It is imported on the first lunar
date a process meets (about 70 ms), and every answer is cached, since one conversion costs
about a millisecond.
"""

from __future__ import annotations

import datetime as _dt
import functools
from types import ModuleType
from typing import Any

from .calendar_data import FESTIVALS

__all__ = ["festival", "lunar_to_solar", "nth_weekday", "solar_term"]

# Lunar years newsparse reads, as for Gregorian ones (the library covers far more).
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_DAY = _dt.timedelta(days=1)
_MISSING = (
    "newsparse reads lunar dates, festivals and solar terms with tyme4py, which is not "
    "installed: pip install tyme4py"
)


@functools.lru_cache(maxsize=1)
def _tyme() -> tuple[ModuleType, ModuleType]:
    try:
        import tyme4py.lunar as lunar_module
        import tyme4py.solar as solar_module
    except ImportError as error:  # a dependency, so only a broken install gets here
        raise ModuleNotFoundError(_MISSING) from error
    return lunar_module, solar_module


def _date(day: Any) -> _dt.date:
    """A tyme4py SolarDay as a date."""
    return _dt.date(day.get_year(), day.get_month(), day.get_day())


@functools.lru_cache(maxsize=4096)
def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> _dt.date | None:
    """The Gregorian date of a lunar date, or None when it does not exist.

    Examples:
        >>> lunar_to_solar(2019, 2, 2)
        datetime.date(2019, 3, 8)
        >>> lunar_to_solar(2020, 4, 1, leap=True)  # 闰四月初一
        datetime.date(2020, 5, 23)
        >>> lunar_to_solar(2019, 3, 1, leap=True) is None  # 2019 has no leap third month
        True
    """
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 30):
        return None
    lunar, _ = _tyme()
    try:
        found = lunar.LunarDay.from_ymd(year, -month if leap else month, day)
    except ValueError:  # 三十 of a 29-day month, a leap month the year lacks
        return None
    return _date(found.get_solar_day())


@functools.lru_cache(maxsize=4096)
def solar_term(year: int, name: str) -> _dt.date | None:
    """The day of a solar term (simplified name) in a Gregorian year, Beijing time.

    Examples:
        >>> solar_term(2025, "立春"), solar_term(2024, "冬至")
        (datetime.date(2025, 2, 3), datetime.date(2024, 12, 21))
    """
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    _, solar = _tyme()
    # tyme4py's year of terms opens with the previous December's 冬至.
    term = solar.SolarTerm.from_name(year + 1 if name == "冬至" else year, name)
    return _date(term.get_julian_day().get_solar_day())


def nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date | None:
    """The n-th given weekday (Monday 0) of a month, or None when the month has fewer.

    Examples:
        >>> nth_weekday(2024, 5, 6, 2)  # 母亲节 2024
        datetime.date(2024, 5, 12)
        >>> nth_weekday(2024, 2, 0, 5) is None
        True
    """
    if n < 1 or not 1 <= month <= 12:
        return None
    first = _dt.date(year, month, 1)
    day = first + _DAY * ((weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


@functools.lru_cache(maxsize=4096)
def festival(year: int, name: str) -> _dt.date | None:
    """The day of a festival (a key of ``FESTIVALS``) in a Gregorian year.

    A lunar festival is its occurrence within that Gregorian year: 腊八 2019 is lunar
    2018's (January 2019), and 除夕 2019 is the eve of 2019's Spring Festival.

    Examples:
        >>> festival(2019, "除夕"), festival(2021, "中秋节"), festival(2019, "感恩节")
        (datetime.date(2019, 2, 4), datetime.date(2021, 9, 21), datetime.date(2019, 11, 28))
    """
    rule = FESTIVALS.get(name)
    if rule is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    kind = rule[0]
    if kind == "fixed":
        return _dt.date(year, int(rule[1]), int(rule[2]))
    if kind == "nth":
        return nth_weekday(year, int(rule[1]), int(rule[2]), int(rule[3]))
    if kind == "term":
        return solar_term(year, str(rule[1]))
    new_year = lunar_to_solar(year, 1, 1)
    if kind == "eve":
        return None if new_year is None else new_year - _DAY
    for lunar_year in (year - 1, year):
        day = lunar_to_solar(lunar_year, int(rule[1]), int(rule[2]))
        if day is not None and day.year == year:
            return day
    return None
