"""The Chinese date grammar: every date and time in a noisy string, read and resolved.

The text is tokenized once (``_dates.patterns``, ``_dates.tokens``), adjacent tokens are
joined into expressions (``_dates.join``), impossible ones are dropped and the rest
resolved against an explicit reference (``_dates.resolve``). dateparser is a fallback for
short strings the grammar finds nothing in.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._core.checks import check_bool, check_reference, check_zone, known_zone
from .._core.config import DEFAULT_ZONE as _DEFAULT_ZONE
from .._core.errors import ConfigError
from .._core.lazy import lazy_compile
from .calendar_tokens import CALENDAR_BUILDERS, short_year, whole_string
from .clock_tokens import CLOCK_BUILDERS, bare_duration
from .data import FOLD, REGION_ZONES
from .fallback import fallback_parse
from .fast import alone, alone_written, find_stamp, stamp
from .join import MAX_GAP, join
from .patterns import LUNAR_BEFORE, RANGE_GAP, TOKENS, TOKENS_ROC, WHOLE_MAX
from .resolve import PREFERENCES, Prefer, hour24, is_valid, resolve, zone
from .tokens import BUILDERS, DATE_KINDS, Fields

__all__ = ["DateMatch", "find_dates", "parse_date", "split_header_date", "zone_for_region"]

# A safety bound: no real page has this many dates, and a pathological string full of
# "12日" would otherwise cost seconds. Scanning stops once it is reached.
MAX_EXPRESSIONS = 2_000
# Runs of 8+ digits (ids, phone numbers) cannot hold a date; masking them, length for
# length, spares the tokenizer a start at each of their positions.
_LONG_DIGITS = lazy_compile(r"\d{8,}")
_MASK_FROM = 1_000  # shorter strings are scanned as they are
_LUNAR_LAST = frozenset("历曆年 ")
_NEEDS_FOLD = lazy_compile("[" + "".join(k for k in FOLD if k != "：") + "]")
_BUILDERS = {**BUILDERS, **CLOCK_BUILDERS, **CALENDAR_BUILDERS}
# Expressions that are no date alone: a two-digit year (16年 is also "16 years") and an
# ordinal day, month or weekday without the year or month it counts in (第三天).
_NEEDS_ANCHOR = frozenset({("SY",), ("ORD",)})


@dataclass(frozen=True)
class DateMatch:
    """One date or time expression found in a string.

    Attributes:
        start: Offset of the first character in the searched string.
        end: Offset just past the last character.
        text: The expression as written (``2025年3月20日 17:55``).
        year, month, day, hour, minute, second: The components written in the text
            (ROC years converted to Gregorian, ``下午3时`` as hour 15); None where not written.
        utcoffset_minutes: An explicit UTC offset (``+08:00`` -> 480), if written.
        tz: The zone ``value`` is in; None when the text says "local time" (当地时间) or
            gives a bare UTC offset.
        relative: True for expressions that need a reference: 昨天, 今（9）日, 3天前, 周五.
        value: The aware datetime, when the expression is complete or could be resolved
            against the reference; else None.

    Examples:
        >>> m = find_dates("2025年03月20日 17:55 每日经济新闻")[0]
        >>> m.text, m.year, m.month, m.day, m.hour, m.minute
        ('2025年03月20日 17:55', 2025, 3, 20, 17, 55)
        >>> m.value.isoformat()
        '2025-03-20T17:55:00+08:00'
    """

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

    @property
    def written(self) -> int:
        """How many of year, month, day, hour, minute, second the text writes."""
        parts = (self.year, self.month, self.day, self.hour, self.minute, self.second)
        return sum(p is not None for p in parts)


def zone_for_region(region: str | None) -> str:
    """The IANA time zone of a region code: tw, hk, mo, sg, my or cn (the default).

    Examples:
        >>> zone_for_region("tw"), zone_for_region("HK"), zone_for_region(None)
        ('Asia/Taipei', 'Asia/Hong_Kong', 'Asia/Shanghai')
    """
    if region is None:
        return _DEFAULT_ZONE
    if not isinstance(region, str):
        raise TypeError(f"region must be a str such as 'tw' or None, not {type(region).__name__}")
    return REGION_ZONES.get(region.lower(), _DEFAULT_ZONE)


def _check(text: Any, reference: Any, tz: Any, roc: Any, prefer: Any, func: str) -> None:
    """TypeError for a wrong type, ConfigError for an unknown zone or preference."""
    if (
        isinstance(text, str)
        and isinstance(tz, str)
        and isinstance(roc, bool)
        and prefer in PREFERENCES
        and (reference is None or isinstance(reference, _dt.date))
        and (tz is _DEFAULT_ZONE or known_zone(tz))
    ):
        return  # (most calls: one expression, before the checks that say what to pass)
    if not isinstance(text, str):
        raise TypeError(f"{func}() needs text as a str, not {type(text).__name__}")
    check_reference(reference, func)
    check_zone(tz, f"{func}()", "tz")
    check_bool(roc, f"{func}()", "roc")
    check_prefer(prefer, func)


def check_prefer(prefer: Any, func: str = "parse_date") -> None:
    """Raise unless ``prefer`` is "past", "current" or "future"."""
    if prefer not in PREFERENCES:
        if not isinstance(prefer, str):
            raise TypeError(
                f"{func}() needs prefer as a str such as 'past', not {type(prefer).__name__}"
            )
        raise ConfigError(f"{func}() needs prefer as one of {PREFERENCES}, not {prefer!r}")


@functools.lru_cache(maxsize=256)  # a page's lines share one reference
def _local_reference(reference: _dt.date | None, tzinfo: _dt.tzinfo) -> _dt.datetime | None:
    """The reference as wall time in ``tzinfo`` (a naive one is taken to be in it)."""
    if reference is None:
        return None
    if not isinstance(reference, _dt.datetime):
        return _dt.datetime(reference.year, reference.month, reference.day, tzinfo=tzinfo)
    if reference.tzinfo is None or reference.utcoffset() is None:
        return reference.replace(tzinfo=tzinfo)
    return reference.astimezone(tzinfo)


def _expressions(text: str, roc: bool) -> tuple[list[tuple[int, int, Fields]], bool]:
    """Tokens joined into expressions, as (start, end, fields), in order; and whether the
    tokenizer matched anything at all (even what a check in code then rejected)."""
    out: list[tuple[int, int, Fields]] = []
    current: Fields | None = None
    start = end = 0
    seen = False
    build = _BUILDERS  # a local: this loop runs for every token
    for m in (TOKENS_ROC if roc else TOKENS).finditer(text):
        seen = True
        token = build[m.lastgroup or ""](m)
        if token is None:
            continue
        token_start, token_end = m.span()
        if current is not None:
            if token_start - end <= MAX_GAP and join(current, token, text[end:token_start]):
                end = token_end
                continue
            out.append((start, end, current))
            if len(out) >= MAX_EXPRESSIONS:
                return out, seen
        current, start, end = token, token_start, token_end
    if current is not None:
        out.append((start, end, current))
    return out, seen


def _mask(m: re.Match[str]) -> str:
    return "#" * (m.end() - m.start())


def _close_bracket(text: str, start: int, end: int) -> int:
    """Extend ``end`` over the bracket that closes one opened inside the expression."""
    if end >= len(text) or text[end] not in ")）":
        return end
    inside = text[start:end]
    opened = inside.count("(") + inside.count("（")
    return end + 1 if opened > inside.count(")") + inside.count("）") else end


def _carry_meridiem(text: str, found: list[tuple[int, int, Fields]]) -> None:
    """3点 - 5点PM: the first time of a range takes the meridiem of the second."""
    for (_, end_a, a), (start_b, _, b) in itertools.pairwise(found):
        if a.kinds not in (("CLK",), ("CJT",)) or a.ampm is not None or a.hour is None:
            continue
        later = hour24(b)
        if later is None or later < 12 or b.kinds[-1] not in ("CLK", "CJT"):
            continue
        if RANGE_GAP.fullmatch(text, end_a, start_b) and a.hour < 12 and a.hour + 12 <= later:
            a.ampm = "p"


def _value(
    f: Fields, ref: _dt.datetime | None, tz: str, prefer: Prefer = "past"
) -> tuple[_dt.datetime | None, str | None]:
    """The resolved value and its zone name. ``ref`` is already in zone ``tz``; a label or
    an offset in the text moves it."""
    if f.short_year is not None and ref is not None:
        f.year = short_year(f.short_year, ref.year)
    if f.utcoffset is not None:
        tzinfo: _dt.tzinfo | None = _dt.timezone(_dt.timedelta(minutes=f.utcoffset))
        zone_name = None
    else:
        zone_name = f.zone if f.has_tz else tz
        tzinfo = None if zone_name is None else zone(zone_name)
    if tzinfo is None:
        return None, zone_name
    if ref is not None and (f.has_tz or f.utcoffset is not None):
        ref = ref.astimezone(tzinfo)
    return resolve(f, ref, tzinfo, prefer), zone_name


def _to_match(
    text: str,
    start: int,
    end: int,
    f: Fields,
    ref: _dt.datetime | None,
    tz: str,
    prefer: Prefer,
) -> DateMatch:
    value, zone_name = _value(f, ref, tz, prefer)
    hour = hour24(f)
    # Built without the frozen __init__ (one object.__setattr__ per field), which was
    # the largest cost of a call on a short string.
    match = object.__new__(DateMatch)
    match.__dict__.update(
        start=start,
        end=end,
        text=text[start:end],
        year=f.year,
        month=f.month,
        day=f.day,
        hour=None if hour is None else hour % 24,
        minute=f.minute,
        second=f.second,
        utcoffset_minutes=f.utcoffset,
        tz=zone_name,
        value=value,
        # A weekday beside a full date (2024年4月7日(星期日)) does not make it relative;
        # a festival or lunar date is relative without a year.
        relative=(f.relative and None in (f.year, f.month, f.day))
        if f.cal is None
        else f.year is None,
    )
    return match


def find_dates(
    text: str,
    *,
    reference: _dt.datetime | _dt.date | None = None,
    tz: str = _DEFAULT_ZONE,
    roc: bool = False,
    prefer: Prefer = "past",
) -> list[DateMatch]:
    """Every date and time expression in ``text``, in order.

    Args:
        text: Any string: a header line, a paragraph, a whole page of text.
        reference: What relative and partial dates (昨天, 3月31日, 周五) are resolved
            against; a naive datetime is taken to be in ``tz``. None leaves them unresolved
            (``value`` None). Never the clock.
        tz: Zone of times written without one (see :func:`zone_for_region`). Labels in the
            text (北京时间, 台北時間) override it; 当地时间 leaves ``value`` None.
        roc: The page is Taiwanese: read two-digit ROC years (99年4月29日, 101/05/25) and
            CNA's seven-digit codes (1040820). 民國113年 and 113年4月29日 (a three-digit year)
            are read either way.
        prefer: How a date without its year, month or week is placed around the
            reference: ``"past"`` (the default) the nearest such date, and a day of the
            month already past in the reference's month stays in it; ``"current"`` the
            reference's own year, month or week (9月30日 read in March is this September,
            星期天 this week's Sunday); ``"future"`` the first on or after the reference.
            A form that names its period (下周五, 去年3月, 明年春节) stays in it.

    Returns:
        A list of :class:`DateMatch`; impossible dates (2月30日, 25:61) are left out. At
        most ``MAX_EXPRESSIONS`` (2,000) expressions are read, a bound no real page reaches.

    Raises:
        TypeError: ``text`` is not a str, ``reference`` not a date/datetime, ``tz`` not a
            str, ``roc`` not a bool.
        ConfigError: ``tz`` names no IANA time zone.

    Examples:
        >>> import datetime
        >>> ref = datetime.datetime(2025, 3, 31, 10, 0)
        >>> found = find_dates("昨天和3月28日", reference=ref)
        >>> [(m.text, m.value.date().isoformat()) for m in found]
        [('昨天', '2025-03-30'), ('3月28日', '2025-03-28')]
        >>> find_dates("民國113年4月29日")[0].year
        2024
        >>> [m.value.date().isoformat() for m in find_dates("春节和农历腊月廿三", reference=ref)]
        ['2025-01-29', '2025-01-22']
    """
    _check(text, reference, tz, roc, prefer, "find_dates")
    return _find(text, reference, tz, roc, prefer)


def _fold(text: str) -> str:
    """Full-width digits and date punctuation folded to ASCII, one character for one (and
    long runs of digits masked in a long string)."""
    # The full-width colon is in most header lines (来源：), the others seldom: replace
    # (which returns the string itself when it holds none) and then look for the rest. A
    # replace per character present is several times faster than str.translate with a
    # table on a short Chinese string.
    folded = text.replace("：", ":")
    if _NEEDS_FOLD.search(folded) is not None:
        for char in set(_NEEDS_FOLD.findall(folded)):
            folded = folded.replace(char, FOLD[char])
    if len(folded) >= _MASK_FROM:
        folded = _LONG_DIGITS.sub(_mask, folded)
    return folded


def _scan(folded: str, roc: bool) -> tuple[str, list[tuple[int, int, Fields]], bool]:
    """The folded text, its valid expressions, and whether the tokenizer saw anything."""
    expressions, seen = _expressions(folded, roc)
    found = []
    for expression in expressions:
        start, _, fields = expression
        # Dropped: impossible dates, a weak hour alone, a lone zone label, a lone two-digit
        # year or ordinal, and a date after a sexagenary year (甲辰年二月廿九: lunar, of a
        # year newsparse does not place).
        if (
            fields.weak_hour
            or fields.kinds == ("TZ",)
            or not is_valid(fields)
            or (
                (fields.cal is not None or fields.short_year is not None)
                and fields.kinds in _NEEDS_ANCHOR
            )
        ):
            continue
        if (
            start
            and folded[start - 1] in _LUNAR_LAST
            and fields.kinds[0] in DATE_KINDS
            and LUNAR_BEFORE.search(folded, max(0, start - 6), start)
        ):
            continue
        found.append(expression)
    if len(found) > 1:
        _carry_meridiem(folded, found)
    elif not found and len(folded) <= WHOLE_MAX:
        whole = whole_string(folded)  # 2019, 20231115, 10-08, 四五年, 十一
        if whole is not None and is_valid(whole[2]):
            return folded, [whole], True
    return folded, found, seen


@functools.lru_cache(maxsize=256)
def _reference_in(reference: _dt.date | None, tz: str) -> _dt.datetime | None:
    default = zone(tz)
    return None if default is None else _local_reference(reference, default)


def _find(
    text: str, reference: _dt.date | None, tz: str, roc: bool, prefer: Prefer = "past"
) -> list[DateMatch]:
    """find_dates without the type checks."""
    return list(each_date(text, reference, tz, roc, prefer))


def each_date(
    text: str, reference: _dt.date | None, tz: str, roc: bool, prefer: Prefer = "past"
) -> Iterator[DateMatch]:
    """The matches of find_dates (without its type checks), each built when it is asked
    for: a reader that wants the first of a kind stops building them there (resolving a
    match's value is most of what one costs once the text is scanned)."""
    folded, found, _ = _scan(_fold(text), roc)
    ref = _reference_in(reference, tz)
    for start, end, fields in found:
        yield _to_match(text, start, _close_bracket(folded, start, end), fields, ref, tz, prefer)


def _fewer_written(f: Fields) -> int:
    return -f.written


def parse_date(
    text: str,
    *,
    reference: _dt.datetime | _dt.date | None = None,
    tz: str = _DEFAULT_ZONE,
    roc: bool = False,
    prefer: Prefer = "past",
) -> _dt.datetime | None:
    """The date and time a noisy string gives, as an aware datetime, or None.

    When the string holds several expressions, the resolvable one that writes the most
    components (year, month, day, hour, minute, second) wins, the first on a tie: in
    "5小时前 2024-04-29 09:00" that is the full timestamp. A string that is nothing but a
    duration (1年2个月, 3天) is read as that long before the reference. Only when the
    grammar finds nothing at all (not even an impossible date such as 2月30日) is
    dateparser tried, and only on a short string with a digit or a date word in it. A
    number is a date only when it is the whole string and reads as one (2019, 20231115).

    Args:
        text: The string to read ("2024-04-29 09:00:32來源:新華網責編:田蜜").
        reference: Resolves partial and relative dates; see :func:`find_dates`.
        tz: Zone of times written without one.
        roc: Read two-digit ROC years and CNA codes (Taiwanese pages).
        prefer: ``"past"``, ``"current"`` or ``"future"``: how a date without its year,
            month or week is placed around the reference (see :func:`find_dates`).

    Raises:
        TypeError: ``text`` is not a str, ``reference`` not a date/datetime, ``tz`` not a
            str, ``roc`` not a bool.
        ConfigError: ``tz`` names no IANA time zone.

    Examples:
        >>> parse_date("2024-04-29 09:00:32來源:新華網責編:田蜜").isoformat()
        '2024-04-29T09:00:32+08:00'
        >>> parse_date("二〇二五年三月三十一日下午3时", tz="Asia/Taipei").isoformat()
        '2025-03-31T15:00:00+08:00'
        >>> import datetime
        >>> parse_date("今（9）日上午", reference=datetime.date(2025, 3, 10)).isoformat()
        '2025-03-09T09:00:00+08:00'
        >>> parse_date("3月31日") is None, parse_date("12345") is None
        (True, True)
        >>> parse_date("20250331").date()  # eight digits alone; inside text, an identifier
        datetime.date(2025, 3, 31)
        >>> parse_date("1年2个月", reference=datetime.date(2014, 9, 1)).date().isoformat()
        '2013-07-01'
        >>> march = datetime.date(2025, 3, 14)
        >>> [parse_date("9月30日", reference=march, prefer=p).date().isoformat()
        ...  for p in ("past", "current", "future")]
        ['2024-09-30', '2025-09-30', '2025-09-30']
        >>> parse_date("2019年农历二月初二").date(), parse_date("2024年清明").date()
        (datetime.date(2019, 3, 8), datetime.date(2024, 4, 4))
    """
    _check(text, reference, tz, roc, prefer, "parse_date")
    folded = None
    # One timestamp and no other token: read directly (not trying costs nothing but time,
    # so strings without the separators of one are not tried).
    if len(text) < _MASK_FROM and ("-" in text or "年" in text or "/" in text or "." in text):
        tzinfo = zone(tz)
        if tzinfo is not None:
            m = find_stamp(text)
            if m is not None:
                value = alone(text, m, tzinfo)
            else:  # both written-out forms have a 年
                value = alone_written(text, tzinfo) if "年" in text else None
            if value is None:
                folded = _fold(text)
                # Folding changes no timestamp the short way reads unless it changed the
                # text (it returns the text itself when there is nothing to fold).
                if folded is not text:
                    m = find_stamp(folded)
                if m is not None:
                    value = stamp(folded, m, tzinfo, TOKENS_ROC if roc else TOKENS)
            if value is not None:
                if reference is not None:  # as the grammar would (it raises where this does)
                    ref = _reference_in(reference, tz)
                    if ref is not None and value.tzinfo is not tzinfo:
                        ref.astimezone(value.tzinfo)
                return value
    _, found, seen = _scan(_fold(text) if folded is None else folded, roc)
    if found:
        ref = None if reference is None else _reference_in(reference, tz)
        if len(found) == 1:
            return _value(found[0][2], ref, tz, prefer)[0]
        # Most written components first, then the earliest; the first that resolves wins.
        ranked = [f for _, _, f in found]
        ranked.sort(key=_fewer_written)  # a stable sort keeps the earliest first
        for fields in ranked:
            value = _value(fields, ref, tz, prefer)[0]
            if value is not None:
                return value
    if seen:
        return None  # the grammar read (or rejected: 2月30日) something; no second opinion
    tzinfo = zone(tz)
    if tzinfo is None:
        return None
    duration = bare_duration(text)
    if duration is not None:
        return resolve(duration, _local_reference(reference, tzinfo), tzinfo)
    return fallback_parse(text, _local_reference(reference, tzinfo), tzinfo)


_HEADER_EDGE = " \t\u3000\xa0|｜·•:：-—–_/,，"


def split_header_date(line: str, *, tz: str = _DEFAULT_ZONE) -> tuple[DateMatch, str, str] | None:
    """Split a header line around its publication timestamp.

    The timestamp must write year, month and day (a time is optional); the text before and
    after it comes back with separators (spaces, |, ·, colons, dashes) trimmed at both ends.

    Returns:
        ``(match, before, after)``, or None when the line has no full date.

    Examples:
        >>> m, before, after = split_header_date("2024-04-29 09:00:32來源:新華網責編:田蜜")
        >>> m.text, before, after
        ('2024-04-29 09:00:32', '', '來源:新華網責編:田蜜')
        >>> split_header_date("2025年03月20日 17:55 每日经济新闻")[2]
        '每日经济新闻'
        >>> split_header_date("Ren Min Ri Bao· 2025-06-14 21:57")[1]
        'Ren Min Ri Bao'
    """
    for match in find_dates(line, tz=tz):
        if (
            match.year is not None
            and match.month is not None
            and match.day is not None
            and not match.relative
        ):
            before = line[: match.start].strip(_HEADER_EDGE)
            after = line[match.end :].strip(_HEADER_EDGE)
            return match, before, after
    return None


def stamp_match(text: str, tz: str) -> DateMatch | None:
    """``find_dates(text, tz=tz)``'s one match where the short way reads ``text`` (one
    timestamp, written without an offset, and no other token: :func:`.fast.alone`), else
    None, and the caller asks the grammar.

    The match the grammar would build from the same reading: the span the short way read
    (a closing bracket included), the components written, no offset, ``tz`` as the zone,
    not relative; its value needs no reference. ``tests/test_speed_k2.py`` compares the two.
    """
    if len(text) >= _MASK_FROM:
        return None
    m = find_stamp(text)
    if m is None or m.group("off") is not None:
        return None
    tzinfo = zone(tz)
    value = None if tzinfo is None else alone(text, m, tzinfo)
    if value is None:
        return None
    timed = m.group("h") is not None
    match = object.__new__(DateMatch)  # as _to_match builds one
    match.__dict__.update(
        start=m.start(),
        end=m.end(),
        text=m.group(),
        year=value.year,
        month=value.month,
        day=value.day,
        hour=value.hour if timed else None,
        minute=value.minute if timed else None,
        second=None if m.group("s") is None else value.second,
        utcoffset_minutes=None,
        tz=tz,
        relative=False,
        value=value,
    )
    return match
