"""The ``header`` stage: time, source and credits from the lines around the body."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._core.article import Credit
from .._core.blocks import BODY, FURNITURE, HEADER, LISTING, TITLE, UNLABELLED, Block, Label
from .._core.blocks import LINKED as _LINKED
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .._news.credits import looks_like_byline
from .extras import without_update
from .features import END_MARKER, han_count, has_full_date
from .header import HeaderInfo, read_header_line

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["Facts", "mark_header"]

# A line mostly made of links is a "previous article" link, not this page's header.
_READABLE = frozenset({UNLABELLED, BODY})
# A line this short that is mostly a date is a time line even when the date is a link.
_TIME_LINE_MAX = 40
_TIME_LINE_HAN = 4  # Han characters besides the date ("發布時間", "星期六")
_UNDER_HEADLINE = 4  # lines under the headline where its time line stands
_SAME_MINUTE = 60  # seconds
# Lines above the headline searched for its timestamp: a menu of a dozen section names may
# stand between (ettoday_3 text: 14 lines).
_ABOVE_HEADLINE = 16
_CLOCK = lazy_compile(r"\d:\d\d")
# Lines below a run that stopped short, searched for the story's closing stamp: a
# transcript's quotes run a dozen or two short lines (pts_1 text: the stamp 21 lines down).
_STORY_TAIL = 30
_STORY_LINE = frozenset({UNLABELLED, BODY, HEADER})
_OPENING_STAMP = lazy_compile(r"[\s(（\[【]{0,3}\d{4}\s{0,2}[-/.年]")
_UPDATED = lazy_compile(
    r"最[后後]更新|更新(?:时间|時間|日期|於|于)|修改(?:时间|時間)|[Uu]pdated?\b"
)
_UPDATED_WORDS = ("更新", "修改", "pdate")  # one of which every match of _UPDATED holds
_PUBLISH_LABEL = lazy_compile(
    r"\s{0,3}[\[【(（]?\s{0,3}(?:发布|發布|发表|發表|更新|出版|刊登)?(?:时间|時間|日期)\s{0,3}[:：]"
)
_DATE_PART = lazy_compile(r"[\d\s:/.\-年月日時时分秒()（）]+")


@dataclass
class Facts:
    """Fields gathered from header or tail lines."""

    published: _dt.datetime | None = None
    published_at: int | None = None  # index of the block the time was read from
    zoned_by_default: bool = False  # no offset or zone label was written with the time
    precision: str = "second"  # of the visible date: "day", "minute" or "second"
    source: str | None = None
    credits: list[Credit] = field(default_factory=list)


def _updated(text: str) -> bool:
    """``_UPDATED.search(text) is not None``, sooner: str searches in C first find most
    lines hold none of its words (the search tries each position of a line)."""
    return any(map(text.__contains__, _UPDATED_WORDS)) and _UPDATED.search(text) is not None


def _mostly_date(text: str) -> bool:
    return len(text) <= _TIME_LINE_MAX and han_count(_DATE_PART.sub("", text)) <= _TIME_LINE_HAN


# read_header_line of the lines of the page being read (see _core.memo): the stage reads
# some twice (a line above the body and again as the time line under the headline), and a
# page repeats lines (of 2,122 lines read on the 156 flattened labelled pages, 409 repeat
# one of the same page). The answers are only read, never changed.
_read_line = line_memo(read_header_line)


def _read(ctx: Context, text: str) -> HeaderInfo:
    """One header line read with the page's zone, reference and date convention."""
    return _read_line(text, tz=ctx.tz, reference=ctx.reference, prefer=ctx.config.prefer_dates)


def _read_lines(ctx: Context, indexes: Iterable[int], *, nearest_last: bool) -> Facts:
    """Facts from header lines; of several times, the one nearest the body (the last line
    above it, or the first below it) is the page's: a site's date sits further away."""
    facts = Facts()
    blocks = ctx.blocks
    for i in indexes:
        block = blocks[i]
        if block.label is TITLE and block.rule == "the page's title with its time":
            info = _read(ctx, block.text)
            _take_time(facts, info, i, nearest_last)
            continue
        # A byline is often a link to the reporter's page ("記者王鼎鈞／台北報導").
        linked = block.link_density >= _LINKED and not (
            _mostly_date(block.text) or looks_like_byline(block.text)
        )
        if block.label not in _READABLE or linked:
            continue
        # An update time (更新時間) is never the publish time: read the line without it, and
        # skip a line that still says it is an update (a label without_update cannot split).
        text = without_update(
            block.text, tz=ctx.tz, reference=ctx.reference, prefer=ctx.config.prefer_dates
        )
        info = _read(ctx, text)
        if not _updated(text):
            _take_time(facts, info, i, nearest_last)
        facts.source = facts.source or info.source
        facts.credits.extend(info.credits)
        if info.consumed:
            ctx.label(i, HEADER, "metadata line")
    return facts


def _take_time(facts: Facts, info: HeaderInfo, index: int, nearest_last: bool) -> None:
    published = info.published
    if published is None or (facts.published is not None and not nearest_last):
        return
    held = facts.published
    same_minute = held is not None and abs((held - published).total_seconds()) < _SAME_MINUTE
    if same_minute and held is not None and held.second and not published.second:
        return  # the same time to the minute: keep the one that gives its seconds
    facts.published, facts.published_at = published, index
    facts.zoned_by_default = not info.explicit_zone
    facts.precision = info.precision


def mark_header(ctx: Context) -> None:
    """Read the lines above the body, then those below it; with no time among them, the
    time line under the headline, then a line that says it is the publish time."""
    ctx.head = _read_lines(ctx, ctx.above, nearest_last=True)
    ctx.tail = _read_lines(ctx, ctx.below, nearest_last=False)
    if ctx.head.published is None and ctx.body:
        for i in _time_lines(ctx):
            info = _read(ctx, ctx.blocks[i].text)
            if info.published is not None and not _updated(ctx.blocks[i].text):
                _take_time(ctx.head, info, i, nearest_last=False)
                ctx.label(i, HEADER, "time line")
                break
    head, tail = ctx.head, ctx.tail
    at = tail.published_at
    # No time above the story nor in the head, a time line just after it (a transcript's
    # "(2014-12-12 12:00) 中晝新聞"): that one dates it. A related headline with its date
    # ("美国还重要吗？2019-08-27") is no time line.
    # A story that ends with its end mark ("（完）") ends there: what follows is not its.
    ended = bool(ctx.body) and END_MARKER.search(ctx.blocks[ctx.body[-1]].text) is not None
    undated = head.published is None and ctx.page.meta.published is None and not ended
    if undated and at is None:
        at = _stamp_after_story(ctx)
        if at is not None:
            tail = _read_lines(ctx, (at,), nearest_last=False)
    if undated and at is not None and _mostly_date(ctx.blocks[at].text):
        head.published, head.precision = tail.published, tail.precision
        head.zoned_by_default = tail.zoned_by_default


def _stamp_after_story(ctx: Context) -> int | None:
    """The broadcast stamp closing a transcript whose run stopped short ("(2014-12-12 12:00)
    中晝新聞" 21 lines below it, after quotes the run did not take): the first dated line
    below the body, when only story lines stand between (no menu, teaser, caption or notice)
    and it opens with a full date and its time of day."""
    if not ctx.body:
        return None
    blocks = ctx.blocks
    end = min(len(blocks), ctx.body[-1] + 1 + _STORY_TAIL)
    for i in range(ctx.body[-1] + 1, end):
        text = blocks[i].text
        if blocks[i].label not in _STORY_LINE:
            return None
        if has_full_date(text):
            opens = _OPENING_STAMP.match(text) is not None
            return i if opens and _mostly_date(text) and _CLOCK.search(text) else None
    return None


def _stamp_taken(label: Label, text: str) -> bool:
    """A bare timestamp under the headline is its time line even when the listing stage took
    it for a teaser's date ("2014.12.13 01:06 pm"), or the furniture stage for a menu because
    a print link stands beside it ("2014/10/25 19:55:00 友善列印"): a menu has no time of day."""
    if label is LISTING:
        return _mostly_date(text)
    return label is FURNITURE and _CLOCK.search(text) is not None and _mostly_date(text)


def _time_lines(ctx: Context) -> Iterator[int]:
    blocks = ctx.blocks
    # (The labels do not change while the lines are tried: the headings are listed once.)
    headings = [i for i, b in enumerate(blocks) if b.label is TITLE and b.tag != "title"]
    for i in headings:
        for j in range(i + 1, min(i + 1 + _UNDER_HEADLINE, len(blocks))):
            text = blocks[j].text
            free = blocks[j].label in _READABLE or _stamp_taken(blocks[j].label, text)
            if free and len(text) <= _TIME_LINE_MAX * 2 and has_full_date(text):
                yield j
    for i in _publish_labelled(blocks):
        if has_full_date(blocks[i].text):
            yield i
    # A breadcrumb carrying the story's timestamp ("ETtoday ＞ 論壇 ＞ 論壇 2014年12月10日
    # 00:01") stands a few lines above the headline, beyond the header window: mostly a date
    # with its time of day, it is the time line. (A site's own date writes no time of day.)
    # (The cheap tests first: the label, then the clock, a search in C, before _mostly_date,
    # a substitution and a count; header stage, 39 flattened pages: 119.6 M -> 114.8 M
    # instructions.)
    for i in headings:
        for j in range(i - 1, max(-1, i - 1 - _ABOVE_HEADLINE), -1):
            text = blocks[j].text
            if (
                blocks[j].label is UNLABELLED
                and _CLOCK.search(text) is not None
                and _mostly_date(text)
                and has_full_date(text)
            ):
                yield j
                break


def _publish_labelled(blocks: list[Block]) -> list[int]:
    """The unlabelled short lines that open with a publish-time label ("发布时间：")."""
    return [
        i
        for i, b in enumerate(blocks)
        if b.label is UNLABELLED
        and len(b.text) <= _TIME_LINE_MAX * 2
        and (":" in b.text or "：" in b.text)  # (which the label ends with; most lines lack)
        and _PUBLISH_LABEL.match(b.text)
    ]
