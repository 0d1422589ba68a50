"""The ``header`` stage: time, source and credits from the lines around the body."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._core.article import Credit
from .._core.blocks import Label
from .extras import without_update
from .header import read_header_line

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["Facts", "mark_header"]

# A line mostly made of links is a "previous article" link, not this page's header.
_LINKED = 0.5
_READABLE = frozenset({Label.UNLABELLED, Label.BODY})


@dataclass
class Facts:
    """Fields gathered from header or tail lines."""

    published: _dt.datetime | None = None
    zoned_by_default: bool = False  # no offset or zone label was written with the time
    precision: str = "second"  # of the visible date: "day", "minute" or "second"
    source: str | None = None
    credits: list[Credit] = field(default_factory=list)


def _read_lines(ctx: Context, indexes: Iterable[int]) -> Facts:
    facts = Facts()
    for i in indexes:
        block = ctx.blocks[i]
        if block.label not in _READABLE or block.link_density >= _LINKED:
            continue
        # An update time (更新時間) is never the publish time: read the line without it.
        text = without_update(block.text, tz=ctx.tz, reference=ctx.reference)
        info = read_header_line(text, tz=ctx.tz, reference=ctx.reference)
        if info.published is not None and facts.published is None:
            facts.published = info.published
            facts.zoned_by_default = not info.explicit_zone
            facts.precision = info.precision
        facts.source = facts.source or info.source
        facts.credits.extend(info.credits)
        if info.consumed:
            ctx.label(i, Label.HEADER, "metadata line")
    return facts


def mark_header(ctx: Context) -> None:
    """Read the lines above the body, then those below it."""
    ctx.head = _read_lines(ctx, ctx.above)
    ctx.tail = _read_lines(ctx, ctx.below)
