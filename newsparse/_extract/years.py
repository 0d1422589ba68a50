"""Filling in what a page leaves out: the year of a month-and-day date, and the time zone."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter
from collections.abc import Iterable

from .._core.article import Dateline
from .._core.lazy import lazy_compile
from .._dates.resolve import Prefer
from .._dates.resolve import _day_only as day_by_convention
from .._dates.resolve import _month_day as month_day_by_convention
from .._dates.search import zone_for_region
from .._news.sources import region_for_source

__all__ = ["infer_year", "place_dateline", "zone_for_page"]

# "2023年" in running text; a year followed by a range dash or in a copyright line is not.
_MENTIONS = 2  # times a year must be named to be the story's when the text names others
_YEAR_MENTION = lazy_compile(r"(?<![\d-])((?:19|20)\d{2})年")


def _closest_year(month: int, day: int, anchor: _dt.date) -> int | None:
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((_dt.date(year, month, day) - anchor).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


def _latest_not_after(month: int, day: int, reference: _dt.date) -> int | None:
    for year in (reference.year, reference.year - 1):
        try:
            if _dt.date(year, month, day) <= reference + _dt.timedelta(days=1):
                return year
        except ValueError:
            continue
    return None


def infer_year(
    month: int,
    day: int,
    evidence: Iterable[_dt.datetime | None],
    paragraphs: Iterable[str],
    reference: _dt.datetime | None,
    prefer: Prefer = "past",
) -> int | None:
    """The year of a month-and-day date, from the page's own dates, else ``reference``.

    The page's dates (its timestamp, its teasers' dates) anchor the year that puts the date
    closest to them; failing those, ``reference`` places it by ``prefer`` (for ``"past"``,
    the latest year that does not put the date after it); failing that, the year the text
    mentions most often.

    Examples:
        >>> import datetime as dt
        >>> infer_year(3, 31, [dt.datetime(2025, 9, 13)], [], None)
        2025
        >>> infer_year(12, 31, [dt.datetime(2025, 1, 2)], [], None)
        2024
        >>> infer_year(7, 13, [], ["当天启动的2023年中国—东盟创新创业大赛"], None)
        2023
        >>> infer_year(7, 13, [], [], dt.datetime(2024, 3, 1))
        2023
        >>> infer_year(7, 13, [], [], dt.datetime(2024, 3, 1), "current")
        2024
        >>> infer_year(3, 31, [], ["到2035年基本实现，2024年启动，2024年底完成"], None)
        2024
    """
    anchors = [d.date() for d in evidence if d is not None]
    if anchors:
        return _closest_year(month, day, anchors[0])
    if reference is not None and prefer != "past":
        placed = month_day_by_convention(month, day, reference.date(), prefer)
        return placed.year if placed else None
    if reference is not None:
        return _latest_not_after(month, day, reference.date())
    # One scan over the paragraphs joined by line breaks finds what a scan of each finds: a
    # mention holds no line break, and one after a break is not after a digit or a dash.
    mentioned = Counter(int(m.group(1)) for m in _YEAR_MENTION.finditer("\n".join(paragraphs)))
    if mentioned:
        # The year the story talks about most; ties go to the earlier one, since targets
        # ("到2035年") lie ahead of the story. A year named once beside other years is
        # history, not the story's ("从1968年开始 … 于2007年已结束": no year).
        year = min(mentioned, key=lambda y: (-mentioned[y], y))
        if mentioned[year] >= _MENTIONS or len(mentioned) == 1:
            return year
    return None


def place_dateline(dateline: Dateline, reference: _dt.date, prefer: Prefer) -> Dateline:
    """A day-only dateline ("台北20日電") dated by ``reference`` and the convention.

    Examples:
        >>> import datetime as dt
        >>> d = Dateline(text="台北20日電", day=20)
        >>> place_dateline(d, dt.date(2015, 8, 12), "current").date
        datetime.date(2015, 8, 20)
        >>> place_dateline(d, dt.date(2015, 8, 22), "future").date
        datetime.date(2015, 9, 20)
    """
    placed = day_by_convention(dateline.day or 0, reference, prefer)
    if placed is None:
        return dateline
    return dataclasses.replace(dateline, year=placed.year, month=placed.month)


def zone_for_page(source: str | None, dateline: Dateline | None) -> str:
    """The zone of times a page writes without one: its outlet's region, else Beijing time.

    Examples:
        >>> zone_for_page("中央社", None), zone_for_page(None, None)
        ('Asia/Taipei', 'Asia/Shanghai')
    """
    for name in (source, dateline.agency if dateline else None):
        region = region_for_source(name) if name else None
        if region is not None:
            return zone_for_region(region)
    return zone_for_region(None)
