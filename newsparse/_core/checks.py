"""Argument checks at the door, shared by every public entry point.

A wrong type raises ``TypeError`` naming the function, the argument and what to pass; a
wrong value of the right type raises :class:`~newsparse.ConfigError` (a ``ValueError``).
The checks are ``isinstance`` tests and cached look-ups, so that a call with good arguments
pays nothing measurable for them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import zoneinfo
from collections.abc import Collection

from .errors import ConfigError

__all__ = [
    "check_bool",
    "check_choice",
    "check_optional_str",
    "check_positive_int",
    "check_reference",
    "check_zone",
    "known_zone",
    "type_error",
]


def type_error(func: str, name: str, expected: str, value: object) -> TypeError:
    """The TypeError for ``value`` passed as ``name`` to ``func``, which needed ``expected``.

    Examples:
        >>> type_error("parse_html()", "encoding", "a str or None", 5)
        TypeError('parse_html() needs encoding as a str or None, not int')
    """
    return TypeError(f"{func} needs {name} as {expected}, not {type(value).__name__}")


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
    raise type_error(
        f"{func}()", "reference", "a datetime.datetime, a datetime.date or None", reference
    )


def check_optional_str(value: object, func: str, name: str) -> None:
    """TypeError unless ``value`` is a str or None.

    Examples:
        >>> check_optional_str(b"https://example.cn", "parse()", "url")
        Traceback (most recent call last):
        ...
        TypeError: parse() needs url as a str or None, not bytes
    """
    if value is not None and not isinstance(value, str):
        raise type_error(func, name, "a str or None", value)


def check_bool(value: object, func: str, name: str) -> None:
    """TypeError unless ``value`` is True or False (1 and 0 are not: they hide mistakes).

    Examples:
        >>> check_bool("no", "Config()", "listing")
        Traceback (most recent call last):
        ...
        TypeError: Config() needs listing as a bool, not str
    """
    if not isinstance(value, bool):
        raise type_error(func, name, "a bool", value)


def check_positive_int(value: object, func: str, name: str) -> None:
    """TypeError unless ``value`` is an int (not a bool); ConfigError unless it is >= 1.

    Examples:
        >>> check_positive_int(0, "Config()", "max_nodes")
        Traceback (most recent call last):
        ...
        newsparse.ConfigError: Config() needs max_nodes of at least 1, not 0
    """
    if not isinstance(value, int) or isinstance(value, bool):
        raise type_error(func, name, "an int", value)
    if value < 1:
        raise ConfigError(f"{func} needs {name} of at least 1, not {value}")


def check_choice(value: object, choices: Collection[object], func: str, name: str) -> None:
    """TypeError when ``value`` has a type no choice has; ConfigError when it is not one
    of ``choices`` (str values and None).

    Examples:
        >>> check_choice("cn", (None, "tw", "hk"), "to_simplified()", "region")
        Traceback (most recent call last):
        ...
        newsparse.ConfigError: to_simplified() needs region as one of None, 'tw', 'hk', not 'cn'
    """
    if value in choices and (value is None or isinstance(value, str)):
        return
    listed = ", ".join(map(repr, choices))
    if value is not None and not isinstance(value, str):
        expected = "None or a str" if None in choices else "a str"
        raise type_error(func, name, f"{expected} ({listed})", value)
    raise ConfigError(f"{func} needs {name} as one of {listed}, not {value!r}")


@functools.lru_cache(maxsize=64)
def known_zone(name: str) -> bool:
    """True when ``name`` is an IANA time zone this machine knows (``Asia/Taipei``).

    Examples:
        >>> known_zone("Asia/Taipei"), known_zone("Mars/Olympus"), known_zone("../etc")
        (True, False, False)
    """
    try:
        zoneinfo.ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def check_zone(value: object, func: str, name: str, *, optional: bool = False) -> None:
    """TypeError unless ``value`` is a str (or None when ``optional``); ConfigError unless it
    names a known IANA zone.

    Examples:
        >>> try:
        ...     check_zone("Mars/Olympus", "parse_date()", "tz")
        ... except ConfigError as error:
        ...     print(error)
        parse_date() needs tz as an IANA zone name such as 'Asia/Shanghai', not 'Mars/Olympus'
    """
    if value is None and optional:
        return
    if not isinstance(value, str):
        expected = "a str (an IANA zone name) or None" if optional else "a str (an IANA zone name)"
        raise type_error(func, name, expected, value)
    if not known_zone(value):
        raise ConfigError(
            f"{func} needs {name} as an IANA zone name such as 'Asia/Shanghai', not {value!r}"
        )
