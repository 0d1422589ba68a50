"""PLACEHOLDER (owned by the dates helper): the Chinese date grammar."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

__all__ = ["DateMatch", "find_dates", "parse_date"]


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    utcoffset_minutes: int | None = None
    tz: str | None = None
    relative: bool = False
    value: _dt.datetime | None = None


_ISO = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def find_dates(text: str, *, reference: _dt.datetime | None = None, tz: str = "Asia/Shanghai") -> list[DateMatch]:
    out = []
    for m in _ISO.finditer(text):
        y, mo, d, h, mi, s = (int(g) if g else None for g in m.groups())
        try:
            value = _dt.datetime(y or 1, mo or 1, d or 1, h or 0, mi or 0, s or 0, tzinfo=ZoneInfo(tz))
        except ValueError:
            continue
        out.append(DateMatch(m.start(), m.end(), m.group(), y, mo, d, h, mi, s, None, tz, False, value))
    return out


def parse_date(text: str, *, reference: _dt.datetime | None = None, tz: str = "Asia/Shanghai") -> _dt.datetime | None:
    found = find_dates(text, reference=reference, tz=tz)
    return found[0].value if found else None
