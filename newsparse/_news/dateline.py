"""Datelines: where, when and by whom a story was filed, as its opening words say.

Reads every opening the reference catalogue lists: wire datelines (``新华社巴黎12月9日电``,
``【新华社重庆十四日电】``, ``本报北京11月8日讯``), leads without a date (``新京报讯``,
``央视网消息（新闻联播）：``), Taiwanese and wire-agency forms in brackets
(``（中央社記者劉世怡台北27日電）``, ``〔記者方韋傑／台北報導〕``, ``（路透巴黎23日電）``),
tags (``【明報專訊】``, ``（早报讯）``, ``（星島日報報道）``) and Malaysian ``(吉隆坡3日讯)``.

Choices (documented in the user guide):

- ``agency`` is canonical, in simplified script (``中新網`` -> ``中新网``); ``text``,
  ``location`` and ``kind`` stay as written. ``本报``/``本站`` (the host outlet) are kept
  as ``本报``/``本站``; outlets missing from the table are reported as written.
- With a ``reference``, a dateline without a year takes the reference's year, or the year
  before when its month and day fall after the reference (a dateline precedes its page);
  a day-only dateline also takes the reference's month, or the month before.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass

from .._chinese.han import HAN as _HAN
from .._chinese.numerals import cn_to_int
from .._core.article import Credit, Dateline
from .._core.checks import check_reference
from .._core.lazy import lazy_compile
from . import dateline_patterns as P
from .credits import parse_bracket_credits, parse_credit_line
from .data.agencies import PLACES
from .sources import canonical_source, clean_source, is_outlet_name

__all__ = ["DatelineMatch", "match_dateline", "match_opening", "parse_dateline"]

_MAX_START = 40  # a dateline starts within this many characters of the paragraph
_WINDOW = 200  # characters looked at, whatever the paragraph's length
_OPENING = 1  # the last start of a dateline that opens a line (after a bracket or a space)
_STATIONED = lazy_compile(r"^[駐驻][\u4e00-\u9fff]{1,3}(?=特派|記者|记者)")
_NOT_PLACES = frozenset({"即時", "即时", "綜合", "综合", "編譯", "编译"})
_HOST = {"本报": "本报", "本報": "本报", "本站": "本站"}


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph.

    Attributes:
        dateline: The dateline itself.
        start: Index where the dateline (or its opening bracket) starts.
        end: Index where the story text starts: after the dateline, the credit in brackets
            that follows it, and any colon or space.
        credits: Reporters named in or next to the dateline.
        source: The outlet of a ``来源：`` label glued in front of the dateline, as written.
        lead: Index where the removable lead starts: ``start``, or earlier when a ``来源``
            label, a picture credit such as ``（美聯社）`` or a byline precedes the dateline.

    Examples:
        >>> text = "来源:台海网台海网9月13日讯 (海峡导报记者 黄奕琳)9月12日，大赛开幕"
        >>> m = match_dateline(text)
        >>> m.source, m.lead, text[m.start : m.end], text[m.end :]
        ('台海网', 0, '台海网9月13日讯 (海峡导报记者 黄奕琳)', '9月12日，大赛开幕')
    """

    dateline: Dateline
    start: int
    end: int
    credits: tuple[Credit, ...] = ()
    source: str | None = None
    lead: int | None = None


@dataclass(frozen=True)
class _Hit:
    """A pattern's reading of one candidate, before the date is resolved."""

    start: int
    end: int
    text: str
    agency: str | None
    location: str | None
    month: int | None
    day: int | None
    kind: str | None
    credits: tuple[Credit, ...] = ()


def _number(text: str | None) -> int | None:
    return None if text is None else cn_to_int(text)


def _agency(name: str | None) -> str | None:
    if not name:
        return None
    return _HOST.get(name) or canonical_source(name) or name


def _credits_after(text: str, pos: int, limit: int) -> tuple[tuple[Credit, ...], int]:
    """Credits in brackets (or ``记者X报道：``) right after a dateline, and where they end."""
    bracket = P.AFTER_CREDIT.match(text, pos, limit)
    if bracket:
        found = parse_bracket_credits(bracket.group("credit"))
        if found is not None:
            return found, bracket.end()
        if text[bracket.end() : bracket.end() + 1] in (":", "："):
            return (), bracket.end()  # a column name: 央视网消息（新闻联播）：
    plain = P.UNBRACKETED_REPORTER.match(text, pos, limit)
    if plain:
        found = parse_bracket_credits(plain.group("credit"))
        if found:
            return found, plain.end()
    return (), pos


def _wire(text: str, pos: int, limit: int) -> _Hit | None:
    m = P.WIRE.match(text, pos, limit)
    if m is None:
        return None
    location = m.group("loc") or m.group("loc2")
    if location and is_outlet_name(location):
        return None  # "台海网台海网9月13日讯": the first name is a glued source
    credits: tuple[Credit, ...] = ()
    head = P.REPORTER_HEAD.match(location or "")
    if location and head:  # 中央社記者台北20日電, 中央社記者劉世怡台北27日電
        rest = location[head.end() :]
        if rest in PLACES:
            location = rest
        elif rest:
            names, place = _split_name_place(rest)
            credits = tuple(Credit("reporter", n, m.group("agency")) for n in names)
            location = place
    return _Hit(
        m.start(),
        m.end(),
        m.group(),
        _agency(m.group("agency")),
        location,
        _number(m.group("month")),
        _number(m.group("day")),
        m.group("kind"),
        credits,
    )


def _lead(text: str, pos: int, limit: int) -> _Hit | None:
    m = P.LEAD.match(text, pos, limit)
    if m is None:
        return None
    return _Hit(
        m.start(), m.end(), m.group(), _agency(m.group("agency")), None, None, None, m.group("kind")
    )


def _udn(text: str, pos: int, limit: int) -> _Hit | None:
    m = P.UDN.match(text, pos, limit)
    if m is None:
        return None
    credits = parse_credit_line(m.group("who"))
    if not credits:
        return None
    return _Hit(
        m.start(),
        m.end(),
        m.group(),
        _agency(m.group("agency")),
        _place(m.group("loc")),
        None,
        None,
        m.group("kind"),
        credits,
    )


def _place(location: str | None) -> str | None:
    """No place for 即時報導 (breaking news) and 綜合報導 (compiled reports)."""
    return None if location in _NOT_PLACES else location


def _split_name_place(rest: str) -> tuple[list[str], str | None]:
    """ "劉世怡台北" -> (["劉世怡"], "台北"): names glued to the filing place."""
    *names, last = rest.split("、")
    for size in (3, 2, 4):
        if last[size:] in PLACES:
            return [*names, last[:size]], last[size:]
    size = 3 if len(last) >= 5 else 2
    return [*names, last[:size]], last[size:] or None


def _paren(body: str, whole: tuple[int, int]) -> _Hit | None:
    m = P.PAREN_BODY.fullmatch(body)
    if m is None:
        return None
    mid: str = m.group("mid")
    credits: tuple[Credit, ...] = ()
    head = P.REPORTER_HEAD.match(mid)
    if head and mid[head.end() :] in PLACES:
        mid = mid[head.end() :]  # 中央社記者台北20日電: a byline without a name
    elif head:
        names, place = _split_name_place(mid[head.end() :])
        credits = tuple(Credit("reporter", n, m.group("agency")) for n in names)
        mid = place or ""
    return _Hit(
        whole[0],
        whole[1],
        body,
        _agency(m.group("agency")),
        mid or None,
        _number(m.group("month")),
        _number(m.group("day")),
        m.group("kind"),
        credits,
    )


def _ltn(body: str, whole: tuple[int, int]) -> _Hit | None:
    m = P.LTN_BODY.fullmatch(body)
    if m is None:
        return None
    who = _STATIONED.sub("", m.group("who"))
    credits = parse_credit_line(who) or parse_bracket_credits(who) or ()
    orgs = [canonical_source(c.organization) for c in credits if c.organization]
    agency = next((o for o in orgs if o), None)
    return _Hit(
        whole[0],
        whole[1],
        body,
        agency,
        _place(m.group("loc")),
        None,
        _number(m.group("day")),
        m.group("kind"),
        credits,
    )


def _tag(body: str, opener: str, whole: tuple[int, int]) -> _Hit | None:
    m = P.TAG_BODY.fullmatch(body)
    if m is not None:
        desk = m.group("desk") or ""
        kind = m.group("kind") or ("整理" if desk.endswith("整理") else None)
        known = is_outlet_name(m.group("agency")) or m.group("agency") in _HOST
        # A bare outlet in round brackets is a picture credit: （美聯社）.
        if kind or (known and opener in "【[［〖"):
            return _Hit(
                whole[0],
                whole[1],
                body,
                _agency(m.group("agency")),
                m.group("loc"),
                None,
                None,
                kind,
            )
        return None
    m = P.OUTLET_CREDIT_BODY.fullmatch(body)
    if m is not None:
        credits = parse_bracket_credits(m.group("credit"))
        if credits:
            return _Hit(
                whole[0],
                whole[1],
                m.group("agency"),
                _agency(m.group("agency")),
                None,
                None,
                None,
                None,
                credits,
            )
    return None


def _bracketed(text: str, pos: int, limit: int) -> _Hit | None:
    m = P.BRACKET.match(text, pos, limit)
    if m is None or P.CLOSERS[text[pos]] != text[m.end() - 1]:
        return None
    body, whole = m.group("body"), (m.start(), m.end())
    if text[pos] in "【[［〖":
        hit = _wire(body, 0, len(body))
        if hit is not None and hit.end == len(body):  # 【新华社重庆十四日电】
            return dataclasses.replace(hit, start=whole[0], end=whole[1])
    if text[pos] == "〔":
        return _ltn(body, whole)
    # 【王家俊／台北報導】, 【陳怡妏╱綜合外電報導】: the slash form in any bracket.
    return _paren(body, whole) or _tag(body, text[pos], whole) or _ltn(body, whole)


def _hit_at(text: str, pos: int, limit: int) -> _Hit | None:
    if text[pos] in P.CLOSERS:
        return _bracketed(text, pos, limit)
    return _wire(text, pos, limit) or _udn(text, pos, limit) or _lead(text, pos, limit)


def _boundary(text: str, pos: int) -> bool:
    """A dateline starts a paragraph, or follows a non-Han character (space, bracket)."""
    return pos == 0 or not _HAN.match(text[pos - 1])


def _after_source_label(text: str, limit: int) -> tuple[_Hit, str, int] | None:
    """``来源:台海网台海网9月13日讯``: the dateline glued after a source label."""
    label = P.SOURCE_LABEL.search(text, 0, _MAX_START)
    if label is None:
        return None
    fallback: tuple[_Hit, str, int] | None = None
    for pos in range(label.end() + 2, min(label.end() + 24, limit)):
        hit = _hit_at(text, pos, limit)
        if hit is None:
            continue
        name = text[label.end() : pos].strip()
        if is_outlet_name(name):
            return hit, name, label.start()
        if fallback is None and hit.agency in ("本报", "本站"):
            fallback = (hit, clean_source(name) or name, label.start())
    return fallback


def _find(text: str, last: int = _MAX_START) -> tuple[_Hit, str | None, int] | None:
    """The dateline match_dateline reads in ``text``: one glued after a source label, else
    the first from the left; with ``last`` below _MAX_START, None when that one starts
    after ``last``, told without trying the later positions (see match_opening)."""
    limit = min(len(text), _WINDOW)
    if P.PREFILTER.search(text, 0, limit) is None:
        return None
    glued = _after_source_label(text, limit)
    if glued is not None:
        # The whole search returns it, and it starts after its label ("来源:"), further in
        # than match_opening looks: an opening search has no answer.
        return glued if last == _MAX_START else None
    for pos in range(min(len(text), last + 1)):
        if text[pos].isspace() or not _boundary(text, pos):
            continue
        hit = _hit_at(text, pos, limit)
        if hit is not None:
            return hit, None, pos
    return None


def _lead_before(text: str, start: int) -> tuple[int, tuple[Credit, ...] | None]:
    """A picture credit or byline right before the dateline belongs to the lead too."""
    head = text[:start]
    first = len(head) - len(head.lstrip())
    if P.PICTURE_CREDIT.fullmatch(head.strip()):
        return first, None
    credits = parse_credit_line(head.strip())
    return (first, credits) if credits else (start, None)


def _resolve(
    month: int | None, day: int | None, reference: _dt.datetime | _dt.date | None
) -> tuple[int | None, int | None] | None:
    """(year, month) for the dateline, or None when its month/day cannot be a date."""
    if day is None:
        return (None, month) if month is None else None
    # 2000 is a leap year: this only rejects what no year allows (2月30日, 13月1日).
    if not _valid(2000, month or 1, day):
        return None
    if reference is None:
        return None, month
    year, filled = reference.year, month
    if filled is None:
        filled = reference.month
        if day > reference.day + 1:  # after the reference: last month's dateline
            filled, year = (12, year - 1) if filled == 1 else (filled - 1, year)
    elif (filled, day) > (reference.month, reference.day + 1):
        year -= 1  # after the reference: last year's dateline
    if not _valid(year, filled, day):
        return None, month  # e.g. 2月29日 outside a leap year: leave the year open
    return year, filled


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _check(text: object, reference: object, func: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{func}() needs text as a str, not {type(text).__name__}")
    check_reference(reference, func)


def match_dateline(
    text: str, *, reference: _dt.datetime | _dt.date | None = None
) -> DatelineMatch | None:
    """Find the dateline opening a paragraph, with its credits and where the story starts.

    Args:
        text: A paragraph; the dateline must start within its first 40 characters.
        reference: Fills the year (and, for day-only datelines, the month); see the
            module notes for the rule. Without it, ``year`` is None.

    Returns:
        The match, or None when the paragraph does not open with a dateline.

    Raises:
        TypeError: ``text`` is not a str, or ``reference`` not a date/datetime.

    Examples:
        >>> m = match_dateline("中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业将中国视为…")
        >>> m.dateline.agency, m.dateline.location, m.dateline.month, m.dateline.day
        ('中新社', '北京', 3, 31)
        >>> [c.name for c in m.credits], "中新社北京3月31日电 (苏婧欣 赵婧姝)英国企业"[m.end:]
        (['苏婧欣', '赵婧姝'], '英国企业')
    """
    _check(text, reference, "match_dateline")
    return _match(text, reference, _MAX_START)


def match_opening(text: str) -> DatelineMatch | None:
    """``match_dateline(text)`` when that starts at the line's first or second character
    (a bracket may open it), else None: a line that is a whole dateline.

    A dateline is found at the first position that holds one, so the positions after the
    second are not tried (tests/test_header_speed_l.py compares the two).

    Examples:
        >>> match_opening("【新华社重庆十四日电】").dateline.agency
        '新华社'
        >>> match_opening("今天 中新社北京3月31日电") is None
        True
    """
    return _match(text, None, _OPENING)


def _match(text: str, reference: _dt.date | None, last: int) -> DatelineMatch | None:
    """match_dateline of a dateline starting at or before ``last``."""
    found = _find(text, last)
    if found is None:
        return None
    hit, source, lead = found
    resolved = _resolve(hit.month, hit.day, reference)
    if resolved is None:
        return None
    limit = min(len(text), hit.end + 80)
    credits, end = _credits_after(text, hit.end, limit)
    end += len(text[end:limit]) - len(text[end:limit].lstrip(" \t\u3000:：,，"))
    before = None
    if lead == hit.start and hit.start:
        lead, before = _lead_before(text, hit.start)
    dateline = Dateline(
        hit.text,
        hit.agency,
        hit.location,
        resolved[0],
        resolved[1] if hit.day is not None else hit.month,
        hit.day,
        hit.kind,
    )
    return DatelineMatch(
        dateline, hit.start, end, (*(before or ()), *hit.credits, *credits), source, lead
    )


def parse_dateline(
    text: str, *, reference: _dt.datetime | _dt.date | None = None
) -> Dateline | None:
    """The dateline opening a paragraph, or None.

    Args:
        text: A paragraph (or just the dateline).
        reference: Fills the year when the dateline has none (see :func:`match_dateline`).

    Raises:
        TypeError: ``text`` is not a str, or ``reference`` not a date/datetime.

    Examples:
        >>> d = parse_dateline("【新华社重庆十四日电】拉萨讯：执行和平解放西藏办法协议")
        >>> d.text, d.agency, d.location, d.month, d.day, d.kind
        ('新华社重庆十四日电', '新华社', '重庆', None, 14, '电')
        >>> import datetime
        >>> cna = "（中央社記者劉世怡台北27日電）保安警察…"
        >>> parse_dateline(cna, reference=datetime.date(2025, 3, 28)).date
        datetime.date(2025, 3, 27)
    """
    _check(text, reference, "parse_dateline")
    found = match_dateline(text, reference=reference)
    return found.dateline if found else None
