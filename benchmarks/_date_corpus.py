"""Date cases and the one check of a reading against them, shared by ``bench_dates.py``
and ``tests/test_date_cases.py``.

A case's expected value is written as precisely as its source knew it, and is compared at
that precision: a year (``2002``), a day of the month (``---22``), a date, a local time to
the minute or the second, or an instant with its offset (then the offset must match too).
``None`` means no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from newsparse import find_dates


@dataclass(frozen=True)
class Case:
    text: str
    reference: dt.datetime | None
    expected: str | None  # ISO 8601 as in date_cases.jsonl: "2002", "---22", a date, a time


def reference_of(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def case_of(row: dict[str, Any]) -> Case:
    """A case from a row of ``../shared/data/date_cases.jsonl``."""
    return Case(row["input"], reference_of(row["relative_base"]), row["expected"])


def correct(
    value: dt.datetime | None,
    case: Case,
    text_for_parts: str | None = None,
    prefer: str = "past",
) -> bool:
    """Whether ``value`` is the case's expected value, at the precision it is written in.

    A year or a day of the month alone is read from ``find_dates(text_for_parts)`` when it
    is given (newsparse reports the parts a text writes even where they make no value),
    else, or when the text writes none (下一年), from ``value``.
    """
    expected = case.expected
    if expected is None:
        return value is None
    if expected.startswith("---") or len(expected) == 4:
        from_value = None if value is None else (value.day if expected[0] == "-" else value.year)
        part = from_value
        if text_for_parts is not None:
            found = find_dates(text_for_parts, reference=case.reference, prefer=prefer)  # type: ignore[arg-type]
            if found:
                written = found[0].day if expected[0] == "-" else found[0].year
                part = from_value if written is None else written
        return part == int(expected.lstrip("-"))
    if value is None:
        return False
    if len(expected) == 10:
        return value.date().isoformat() == expected
    want = dt.datetime.fromisoformat(expected)
    if want.tzinfo is not None:
        return value.isoformat() == want.isoformat()
    layout = "%Y-%m-%dT%H:%M:%S" if len(expected) == 19 else "%Y-%m-%dT%H:%M"
    return value.strftime(layout) == expected
