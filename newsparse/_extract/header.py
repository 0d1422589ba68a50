"""Header and tail lines: the timestamp, ``来源`` and credit lines around an article body.

``2024-04-29 09:00:32來源:新華網責編:田蜜`` is a date, a source and an editor glued together;
such lines are split at the date and at labels before each part is read.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .._chinese.han import HAN as _HAN
from .._core.article import AUTHOR_ROLES, Credit
from .._core.lazy import lazy_compile
from .._dates.fast import may_write_year
from .._dates.resolve import Prefer
from .._dates.search import DateMatch, each_date, find_dates
from .._news.credit_spans import CreditSpan, find_credits
from .._news.credits import credit_line_or_byline, has_surname, parse_bracket_credits
from .._news.dateline import match_opening
from .._news.sources import canonical_source, clean_source
from . import weights as W
from .features import is_content, text_weight

__all__ = ["HeaderInfo", "read_header_line", "source_name"]

_SOURCE_LABEL = lazy_compile(r"(?:本文|稿件|新[闻聞])?(?:来源|來源|稿源|出处|出處)\s*[:：|｜]?\s*")
# Where a source value stops: the next label, a counter, or a separator.
_SOURCE_STOP = lazy_compile(
    r"\s|[|｜/,，;；]|(?:责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|校对|校對"
    r"|时间|時間|浏览|瀏覽|阅读|閱讀|发布|發布|\d{1,9}[人条條])"
)
_SEPARATORS = " \t·•|｜-—:：,，"
_WRAPPED_NAMES = lazy_compile(r"[（(][^（）()]{2,20}[）)]")  # a line that is one bracket
_MAX_NAME = 16
_TAIPEI = "Asia/Taipei"
_PROSE_LEFT = 20  # more words than this beside a date: the date is part of a sentence
# "3小时前", "15分鐘前": a time counted back from the reference.
_COUNTED_BACK = lazy_compile(r"(?:小时|小時|分钟|分鐘|钟头|鐘頭|秒)前")
# Every zone label of the date grammar (_dates.data.TZ_LABELS: 北京时间, 台北時間) ends
# with one of these; a time without one was written in no zone of its own.
_ZONE_WORDS = ("时间", "時間")
_OUTLET_ENDING = lazy_compile(
    r"(?:网|網|报|報|新闻|新聞|社|台|日报|日報|晚报|晚報|杂志|雜誌|周刊|週刊)$"
)


@dataclass
class HeaderInfo:
    """What one header line holds."""

    published: _dt.datetime | None = None
    explicit_zone: bool = False
    precision: str = "second"  # "day", "minute" or "second": what the line writes
    source: str | None = None
    credits: tuple[Credit, ...] = ()
    consumed: bool = False  # the whole line was metadata
    rest: str = ""


def source_name(raw: str) -> str | None:
    """A ``来源`` value as a reader would name the outlet: canonical when known.

    Unknown names are kept when written in Han characters; unknown Latin labels
    ("news flash") are not publishers.

    Examples:
        >>> source_name("人民网-文化频道"), source_name("Ren Min Ri Bao"), source_name("news flash")
        ('人民网', '人民日报', None)
    """
    name = clean_source(raw)
    if name is None:
        return None
    known = canonical_source(name) or canonical_source(raw.strip(_SEPARATORS))
    if known:
        return known
    return name if _HAN.search(name) and len(name) <= _MAX_NAME else None


def _take_source(text: str) -> tuple[str | None, str]:
    """Split ``来源:新華網責編:田蜜`` into the source and what follows it."""
    # Every label holds 源 or 出 (a str search in C), which most lines lack: the pattern's
    # search tries each position.
    label = _SOURCE_LABEL.search(text) if "源" in text or "出" in text else None
    if not label:
        return None, text
    value_start = label.end()
    stop = _SOURCE_STOP.search(text, value_start)
    value_end = stop.start() if stop else len(text)
    raw = text[value_start:value_end]
    source = source_name(raw) or clean_source(raw)  # after a 来源 label, a Latin name is one
    return source, (text[: label.start()] + " " + text[value_end:]).strip(_SEPARATORS)


def _byline_dateline(text: str, info: HeaderInfo) -> tuple[Credit, ...] | None:
    """A header line that is a whole dateline byline: "【聯合晚報╱記者邱瓊平/台北報導】"."""
    found = match_opening(text)
    if found is None or found.end < len(text.rstrip()) - 1:
        return None
    if found.dateline.agency and info.source is None:
        info.source = found.dateline.agency
    return found.credits


def _credits_of(rest: str, info: HeaderInfo) -> tuple[Credit, ...] | None:
    """The credits of what a header line holds besides its time and source."""
    credits = credit_line_or_byline(rest) or _byline_dateline(rest, info)
    if credits is None and (_WRAPPED_NAMES.fullmatch(rest) or info.source is not None):
        # "（羅森）" under a story, "来源：中国新闻网 王小明": names by their surname alone
        bare = parse_bracket_credits(rest, bare_role="author")
        credits = bare if bare and all(map(has_surname, (c.name for c in bare))) else None
    return _editor_not_author(credits) if credits else credits


def _editor_not_author(credits: tuple[Credit, ...]) -> tuple[Credit, ...]:
    """ "作者：陈海峰 责任编辑：陈海峰": a template that fills the author with the editor on
    the same line names an editor, not who wrote the story."""
    editors = {c.name for c in credits if c.role == "editor"}
    return tuple(c for c in credits if c.role not in AUTHOR_ROLES or c.name not in editors)


def _gaps(spans: list[CreditSpan], size: int) -> list[tuple[int, int]]:
    """The stretches of a line between credit spans."""
    edges = [0, *(x for s in spans for x in (s.start, s.end)), size]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _zone_written(match: DateMatch, tz: str) -> bool:
    """The time carries its own offset or a zone label (北京时间, 台北時間)."""
    if match.utcoffset_minutes is not None or match.tz != tz:
        return True
    if not any(map(match.text.__contains__, _ZONE_WORDS)):
        return False  # no zone label: the search below would find the default zone
    again = find_dates(match.text, tz="UTC")  # a label keeps its zone whatever the default
    return bool(again) and again[0].tz not in (None, "UTC")


def _dated(match: DateMatch, reference: _dt.datetime | None) -> bool:
    """A publish time a header line can give: a date with its year and day; with a
    reference, also a month and day (``09-30 22:46``) or a time counted back from it
    (``3小时前``, ``昨天 10:20``), placed by the stated convention. A bare day or a bare
    ``今天`` stays no publish time: sites print the day's date in their furniture."""
    if match.value is None:
        return False
    if match.year is not None and match.day is not None:
        return True
    if reference is None:
        return False
    if match.month is not None and match.day is not None:
        return True
    counted_back = _COUNTED_BACK.search(match.text) is not None
    return match.relative and (match.hour is not None or counted_back)


def _may_be_dated(text: str, reference: _dt.datetime | None, roc: bool) -> bool:
    """False when no date in ``text`` is a publish time (_dated), told without the grammar:
    without a reference only a date with its year is one, and most lines write none, which
    may_write_year tells (as the grammar reads without ROC years). In text mode, 1,731 of
    the 2,025 lines read here."""
    return reference is not None or roc or may_write_year(text)


def _precision(match: DateMatch) -> str:
    if match.hour is None:
        return "day"
    return "minute" if match.second is None else "second"


def read_header_line(
    text: str, *, tz: str, reference: _dt.datetime | None, prefer: Prefer = "past"
) -> HeaderInfo:
    """Read a line near the headline for its timestamp, source and credits; a date without
    its year is placed around ``reference`` by ``prefer`` (``Config.prefer_dates``)."""
    info = HeaderInfo(rest=text)
    weight = text_weight(text)
    if weight > W.PROSE_LINE and is_content(text, weight):  # (the cheap test first)
        return info  # prose, not a header
    rest = text
    # Taiwanese pages write ROC years (113年4月29日, 101/05/25) without saying so.
    roc = tz == _TAIPEI
    dated = _may_be_dated(text, reference, roc)
    # (The matches after the first publish time are never built: each_date.)
    for match in each_date(text, reference, tz, roc, prefer) if dated else ():
        if _dated(match, reference):
            info.published = match.value
            info.explicit_zone = _zone_written(match, tz)
            info.precision = _precision(match)
            rest = (text[: match.start] + " " + text[match.end :]).strip(_SEPARATORS)
            break
    info.source, rest = _take_source(rest)
    credits = _credits_of(rest, info) if rest else None
    spans = find_credits(rest) if rest and credits is None else []
    if credits:
        info.credits, rest = credits, ""
    elif spans:  # credits glued among counters: "1164次阅读| 0 条评论| 作者魏星"
        info.credits = tuple(c for span in spans for c in span.credits)
        rest = "".join(rest[a:b] for a, b in _gaps(spans, len(rest))).strip(_SEPARATORS)
    elif rest and info.published is not None and info.source is None and len(rest) <= 20:
        # "2025年03月20日 17:55 每日经济新闻": an outlet name after the timestamp.
        known = canonical_source(rest)
        if known or _OUTLET_ENDING.search(rest):
            info.source, rest = known or rest, ""
    if info.published is not None and text_weight(rest) > _PROSE_LEFT:
        # "（2007年6月29日第十届全国人大常委会第二十八次会议通过）": a date in a sentence.
        info.published = None
    info.rest = rest
    info.consumed = not rest and (
        info.published is not None or info.source is not None or bool(info.credits)
    )
    return info
