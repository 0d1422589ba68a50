"""The ``headline`` stages: which block is the page's headline.

Before the body: the head's title (HTML), or the first real line of a text page. After the
body, for pages whose head names none: the first title-like line above the body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._core.blocks import Label
from .._news.headline import clean_title
from .._news.sources import canonical_source
from .features import text_weight
from .title import pick_title

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_headline", "mark_headline_above_body"]

# A masthead line above the headline: "新浪财经", "观察者网".
_SITE_NAME = re.compile(
    r"\S{2,8}(?:网|網|财经|財經|新闻|新聞|日报|日報|晚报|晚報|时报|時報|报|報|客户端|客戶端|频道|頻道)"
)
_FIRST_LINES = 12  # a text page's headline is among its first lines
_HEADLINE_MAX_WEIGHT = 60  # a longer first line is a lede or a paragraph
_SECTION_TAG_MAX = 6  # characters a repeated headline may carry after it: "(港聞)"


def mark_headline(ctx: Context) -> None:
    """The head's title on HTML pages; the first real line of a text page."""
    if ctx.page.meta.title:
        title = clean_title(ctx.page.meta.title)
        for i, block in enumerate(ctx.blocks):
            if block.tag in ("h", "title") and clean_title(block.text) == title:
                ctx.label(i, Label.TITLE, "the page's title")
        return
    if not ctx.page.is_html:
        ctx.title = _first_line(ctx)


def _site_name(text: str) -> bool:
    return bool(canonical_source(text) or _SITE_NAME.fullmatch(text))


def _first_line(ctx: Context) -> str | None:
    """On flattened pages the first real line is usually the headline."""
    blocks = ctx.blocks
    top = [i for i, b in enumerate(blocks[:_FIRST_LINES]) if b.label is Label.UNLABELLED]
    if not top:
        return None
    first = top[0]
    if len(top) > 1 and _site_name(blocks[first].text):
        first = top[1]  # "新浪财经" above the headline is the site's name
    if text_weight(blocks[first].text) > _HEADLINE_MAX_WEIGHT:
        return None
    index = pick_title(blocks, (first,))
    if index is None:
        return None
    text = blocks[index].text
    for i in range(index, min(index + 3, len(blocks))):
        if blocks[i].text == text:
            ctx.label(i, Label.TITLE, "first line")
    title = clean_title(text) or None
    if title:
        _label_repeats(ctx, title, index + 1)
    return title


def _label_repeats(ctx: Context, title: str, start: int) -> None:
    """The headline printed again above the story (a flattened page's ``<title>`` comes first),
    perhaps with a section tag: "廉署貪污舉報今年跌11% (港聞)"."""
    key = title.replace(" ", "")
    for i in range(start, len(ctx.blocks)):
        text = ctx.blocks[i].text.replace(" ", "")
        if text.startswith(key) and len(text) - len(key) <= _SECTION_TAG_MAX:
            ctx.label(i, Label.TITLE, "the headline again")


def mark_headline_above_body(ctx: Context) -> None:
    """The title for pages the ``headline`` stage left without one."""
    if ctx.title is not None:
        return
    blocks = ctx.blocks
    if ctx.page.meta.title:
        title = clean_title(ctx.page.meta.title)
        for i, block in enumerate(blocks):
            if block.text == title:
                ctx.label(i, Label.TITLE, "the page's title")
        ctx.title = title or None
        return
    index = pick_title(blocks, ctx.above)
    if index is None:
        return
    text = blocks[index].text
    for i in range(index, min(index + 3, len(blocks))):
        if blocks[i].text == text:
            ctx.label(i, Label.TITLE, "first title-like line above the body")
    ctx.title = clean_title(text) or None
