"""Argument checks at the door, shared by every public entry point."""

from __future__ import annotations

import datetime as _dt

__all__ = ["check_reference"]


def check_reference(reference: object, func: str) -> _dt.datetime | None:
    """``reference`` as a datetime (a date means its midnight), or a TypeError that says
    what to pass.

    Examples:
        >>> check_reference(_dt.date(2025, 3, 31), "parse")
        datetime.datetime(2025, 3, 31, 0, 0)
        >>> check_reference("2025-03-31", "parse")
        Traceback (most recent call last):
        ...
        TypeError: parse() needs reference as a datetime.datetime, a datetime.date or None, not str
    """
    if reference is None or isinstance(reference, _dt.datetime):
        return reference
    if isinstance(reference, _dt.date):
        return _dt.datetime(reference.year, reference.month, reference.day)
    raise TypeError(
        f"{func}() needs reference as a datetime.datetime, a datetime.date or None, "
        f"not {type(reference).__name__}"
    )
