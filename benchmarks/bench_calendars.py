"""Benchmark: the Chinese-calendar libraries newsparse could convert lunar dates with.

Compares lunardate, zhdate, lunar-python and tyme4py (whichever are installed:
``pip install lunardate zhdate lunar-python tyme4py``) on

- correctness: the Gregorian date of the first day of every lunar month of lunar years
  1900-2099, each library against tyme4py; the solar terms of 1901-2099 (lunar-python
  against tyme4py); and dates published by the Hong Kong Observatory;
- speed of one lunar-to-Gregorian conversion, and import time in a fresh interpreter.

Run: ``python benchmarks/bench_calendars.py``. newsparse uses tyme4py (see
``newsparse/_dates/lunar.py`` for why).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

Months = list[tuple[int, dt.date]]  # (month, negative for a leap month; its first day)

# Published by the Hong Kong Observatory (its Gregorian-lunar conversion tables, as quoted
# in issue threads of other calendar projects): the first day of a lunar month, and solar
# terms.
HKO_MONTH_STARTS = {
    (1933, 6): dt.date(1933, 7, 23),  # 1933-07-22 is 闰五月三十
    (1978, 8): dt.date(1978, 9, 3),  # 中秋 1978 was 17 September
}
HKO_TERMS = {
    (2012, "大寒"): dt.date(2012, 1, 21),
    (2012, "小满"): dt.date(2012, 5, 20),
    (2012, "大雪"): dt.date(2012, 12, 7),
    (2013, "立春"): dt.date(2013, 2, 4),
    (2013, "大暑"): dt.date(2013, 7, 22),
    (2013, "冬至"): dt.date(2013, 12, 22),
    (2014, "惊蛰"): dt.date(2014, 3, 6),
    (2015, "小寒"): dt.date(2015, 1, 6),
    (2016, "大雪"): dt.date(2016, 12, 7),
    (2017, "大暑"): dt.date(2017, 7, 22),
    (2017, "冬至"): dt.date(2017, 12, 22),
}


def _tyme(year: int) -> Months:
    from tyme4py.lunar import LunarYear

    out = []
    for month in LunarYear.from_year(year).get_months():
        day = month.get_first_day().get_solar_day()
        out.append(
            (month.get_month_with_leap(), dt.date(day.get_year(), day.get_month(), day.get_day()))
        )
    return out


def _lunar_python(year: int) -> Months:
    from lunar_python import LunarYear, Solar

    out = []
    for month in LunarYear.fromYear(year).getMonthsInYear():
        if month.getYear() == year:
            first = Solar.fromJulianDay(month.getFirstJulianDay())
            out.append((month.getMonth(), dt.date.fromisoformat(first.toYmd())))
    return out


def _lunardate(year: int) -> Months:
    from lunardate import LunarDate

    leap = LunarDate.leap_month_for_year(year)
    out = []
    for month in range(1, 13):
        out.append((month, LunarDate(year, month, 1).to_solar_date()))
        if leap == month:
            out.append((-month, LunarDate(year, month, 1, True).to_solar_date()))
    return out


def _zhdate(year: int) -> Months:
    from zhdate import ZhDate

    out = []
    for month in range(1, 13):
        out.append((month, ZhDate(year, month, 1).to_datetime().date()))
        with contextlib.suppress(TypeError, ValueError):  # no such leap month
            out.append((-month, ZhDate(year, month, 1, True).to_datetime().date()))
    return out


LIBRARIES: dict[str, tuple[str, Callable[[int], Months], str]] = {
    "tyme4py": ("tyme4py", _tyme, "import tyme4py.lunar, tyme4py.solar"),
    "lunar-python": ("lunar_python", _lunar_python, "import lunar_python"),
    "lunardate": ("lunardate", _lunardate, "import lunardate"),
    "zhdate": ("zhdate", _zhdate, "import zhdate"),
}


def _import_ms(statement: str) -> float:
    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    base = statistics.median(once("import datetime") for _ in range(7))
    return 1000 * (statistics.median(once("import datetime;" + statement) for _ in range(7)) - base)


def _term(year: int, name: str) -> dt.date:
    from tyme4py.solar import SolarTerm

    day = SolarTerm.from_name(year + 1 if name == "冬至" else year, name).get_julian_day()
    solar = day.get_solar_day()
    return dt.date(solar.get_year(), solar.get_month(), solar.get_day())


def main() -> None:
    installed = {k: v for k, v in LIBRARIES.items() if importlib.util.find_spec(v[0])}
    if "tyme4py" not in installed:
        sys.exit("tyme4py is the reference of this comparison: pip install tyme4py")
    reference = {year: sorted(_tyme(year), key=lambda m: m[1]) for year in range(1900, 2100)}
    print(
        f"{'library':<14}{'years != tyme4py':>18}{'HKO months':>12}{'ms/convert':>12}"
        f"{'import ms':>11}"
    )
    for name, (_, months, statement) in installed.items():
        start = time.perf_counter()
        table = {year: sorted(months(year), key=lambda m: m[1]) for year in range(1900, 2100)}
        per_month = 1000 * (time.perf_counter() - start) / sum(len(m) for m in table.values())
        differ = [year for year in table if table[year] != reference[year]]
        starts = {(y, m): d for y, ms in table.items() for m, d in ms}
        hko = sum(starts.get(key) == day for key, day in HKO_MONTH_STARTS.items())
        print(
            f"{name:<14}{len(differ):>18}{f'{hko}/{len(HKO_MONTH_STARTS)}':>12}"
            f"{per_month:>12.3f}{_import_ms(statement):>11.0f}  {differ[:6]}"
        )
    hits = sum(_term(y, n) == day for (y, n), day in HKO_TERMS.items())
    print(f"tyme4py solar terms against the Hong Kong Observatory: {hits}/{len(HKO_TERMS)}")


if __name__ == "__main__":
    main()
