"""The ``headline`` stages: which block is the page's headline.

Before the body: the head's title (HTML), or the first real line of a text page. After the
body, for pages whose head names none: the first title-like line above the body.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from .._core.blocks import CAPTION, TITLE, UNLABELLED, Block
from .._core.lazy import lazy_compile
from .._news.credits import looks_like_byline
from .._news.headline import clean_title
from .._news.sources import canonical_source, is_outlet_name
from . import weights as W
from .features import has_full_date, is_boilerplate, is_metadata_line, text_weight
from .title import pick_title

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["mark_headline", "mark_headline_above_body"]

# A masthead line above the headline: "新浪财经", "观察者网".
_SITE_NAME = lazy_compile(
    r"\S{2,8}(?:网|網|财经|財經|新闻|新聞|日报|日報|晚报|晚報|时报|時報|报|報|客户端|客戶端|频道|頻道)"
)
_FIRST_LINES = 12  # a text page's headline is among its first lines
_HEADLINE_MAX_WEIGHT = W.PROSE_LINE  # a longer first line is a lede or a paragraph
_STAMPED_TITLE_MIN = 6  # characters: a shorter title could start any line
_STAMP = lazy_compile(
    r"[\[(（]?\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}[日]?"
    r"(?:\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?[\])）]?"
)
_SECTION_TAG_MAX = 6  # characters a repeated headline may carry after it: "(港聞)"
_HEADING_MIN = 6  # characters: shorter headings above a body are section names
_TIME_LINE_MAX = 40  # characters of a time line under a headline
# A <title> this short ending like a site's name names the site: "中國廣播公司全球資訊網".
_SITE_TITLE_MAX = 16
# A site's path above a headline: two to four names joined by ">" or "/" ("首頁> 新聞> 國際").
_PATH = lazy_compile(r"[^>/›»]{1,20}(?:\s{0,2}[>/›»]\s{0,2}[^>/›»]{1,20}){1,3}\s{0,2}")
_PATH_SCAN = 60  # lines searched for the headline under a site's name (largest seen: 34)
_SECTION_TAG = lazy_compile(r"\s{1,3}[（(]([^（()）]{2,4})[)）]$")
_TIME_LINE_GAP = 2  # a time line stands at most this many lines under its headline
_HEADING_LABELS = (UNLABELLED, CAPTION)  # a heading above the body
_TEXT = attrgetter("text")
_TAG = attrgetter("tag")
_HEADING_TAGS = frozenset({"h", "title"})
_SITE_ENDING = lazy_compile(
    r"(?:[网網]|[网網]站|[电電]子[报報]|新[闻聞][台臺]|[资資][讯訊][网網]|新媒[体體])[！!]?$"
)


def head_title(ctx: Context) -> str:
    """The head's title without its site's name: :func:`clean_title`, unless the page shows
    the title whole as a heading and ``<title>`` opens with it. Then the site's name is what
    follows it there, and the heading's own separators are the headline's ("新竹尖石_美樹營地
    賞楓 (2)" in "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::")."""
    title = ctx.page.meta.title or ""
    cleaned = clean_title(title)
    if cleaned == title:
        return cleaned
    raw = next((b.text for b in ctx.blocks if b.tag == "title"), "")
    shown = any(b.tag == "h" and b.text == title for b in ctx.blocks)
    return title if shown and len(raw) > len(title) and raw.startswith(title) else cleaned


def mark_headline(ctx: Context) -> None:
    """The head's title on HTML pages; the first real line of a text page."""
    if ctx.page.meta.title:
        title = head_title(ctx)
        blocks = ctx.blocks
        for i in _headings_or_stamped(blocks, title):
            block = blocks[i]
            heading = block.tag in _HEADING_TAGS
            if heading and (block.text == title or clean_title(block.text) == title):
                ctx.label(i, TITLE, "the page's title")
            elif block.tag in ("h", "p") and _stamped(block.text, title):
                ctx.label(i, TITLE, "the page's title with its time")
        return
    if not ctx.page.is_html:
        ctx.title = _first_line(ctx)


def _headings_or_stamped(blocks: list[Block], title: str) -> list[int]:
    """The blocks mark_headline may label, in order: the headings, and the blocks that open
    with the title when it is long enough to be stamped (see _stamped); found in C, since
    a page of paragraphs has few of either."""
    found = set(compress(count(), map(_HEADING_TAGS.__contains__, map(_TAG, blocks))))
    if len(title) >= _STAMPED_TITLE_MIN:
        found.update(compress(count(), map(str.startswith, map(_TEXT, blocks), repeat(title))))
    return sorted(found)


def _stamped(text: str, title: str) -> bool:
    """The headline with its time on the same line: "馮光遠：…搞獨裁 2014-04-30 23:54"."""
    if len(title) < _STAMPED_TITLE_MIN or not text.startswith(title):
        return False
    return bool(_STAMP.fullmatch(text[len(title) :].strip()))


def _site_name(text: str) -> bool:
    return bool(canonical_source(text) or _SITE_NAME.fullmatch(text))


def _first_line(ctx: Context) -> str | None:
    """On flattened pages the first real line is usually the headline."""
    blocks = ctx.blocks
    top = [i for i, b in enumerate(blocks[:_FIRST_LINES]) if b.label is UNLABELLED]
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
    if _names_a_site(text, None):
        found = _headline_under_path(ctx, index + 1)
        if found is not None:
            ctx.label(index, TITLE, "first line")
            return clean_title(_without_section(blocks[found].text)) or None
    for i in range(index, min(index + 3, len(blocks))):
        if blocks[i].text == text:
            ctx.label(i, TITLE, "first line")
    title = clean_title(text) or None
    if title:
        _label_repeats(ctx, title, index + 1)
    return title


def _without_section(text: str) -> str:
    """ "黑客恫嚇勿上映暗殺金正恩電影 (國際)": a section's name in brackets after the headline."""
    match = _SECTION_TAG.search(text)
    if match and is_boilerplate(match.group(1)) == "label":
        return text[: match.start()]
    return text


def _headline_under_path(ctx: Context, start: int) -> int | None:
    """The headline of a flattened page whose first line names only the site: the first
    title-like line right under the site's path ("首頁> 新聞> 國際", "公視新聞網 / 醫療") or
    right above the story's time line ("2014/12/11 18:58 報導")."""
    blocks = ctx.blocks
    for i in range(start, min(len(blocks), start + _PATH_SCAN)):
        block = blocks[i]
        if block.label is not UNLABELLED or len(block.text) < _HEADING_MIN:
            continue
        if _site_name(block.text) or pick_title(blocks, (i,)) is None:
            continue
        if looks_like_byline(block.text) or is_metadata_line(block.text):
            continue
        if _PATH.fullmatch(block.text):
            continue
        under_path = _PATH.fullmatch(blocks[i - 1].text) is not None
        over_time = any(
            len(b.text) <= _TIME_LINE_MAX and has_full_date(b.text)
            for b in blocks[i + 1 : i + 1 + _TIME_LINE_GAP]
        )
        if under_path or over_time:
            ctx.label(i, TITLE, "under the site's path" if under_path else "over the time")
            return i
    return None


def _label_repeats(ctx: Context, title: str, start: int) -> None:
    """The headline printed again above the story (a flattened page's ``<title>`` comes first),
    perhaps with a section tag: "廉署貪污舉報今年跌11% (港聞)"."""
    for i in _repeats(ctx.blocks, title.replace(" ", ""), start):
        ctx.label(i, TITLE, "the headline again")


def _repeats(blocks: list[Block], key: str, start: int) -> list[int]:
    """The blocks from ``start`` on that, without their spaces, are ``key`` and a short tag."""
    # A line that opens with the key once its spaces are gone opens with the key's first
    # character or with a space: a test in C (str.startswith) passes over the others.
    opening = (key[0], " ") if key else ("",)
    maybe = compress(
        range(start, len(blocks)), map(str.startswith, map(_TEXT, blocks[start:]), repeat(opening))
    )
    return [
        i
        for i in maybe
        if (text := blocks[i].text.replace(" ", "")).startswith(key)
        and len(text) - len(key) <= _SECTION_TAG_MAX
    ]


def _names_a_site(title: str, site_name: str | None) -> bool:
    """A ``<title>`` that names the site rather than the story ("ETtoday 新聞雲")."""
    first = title.split()[0] if title.split() else title
    return (
        is_outlet_name(title)
        or is_outlet_name(first)
        or bool(_SITE_NAME.fullmatch(title))
        or (len(title) <= _SITE_TITLE_MAX and bool(_SITE_ENDING.search(title)))
        or title == site_name
        or title[:1] in "-_|"
    )


def _heading_above(ctx: Context) -> int | None:
    """The headline above the body of a page whose ``<title>`` names only the site: a
    heading, the line right above the body, or the line right above the time line."""
    blocks = ctx.blocks
    above = sorted(ctx.above, reverse=True)
    for rank, i in enumerate(above):
        block = blocks[i]
        if block.label not in _HEADING_LABELS or len(block.text) < _HEADING_MIN:
            continue
        if _site_name(block.text) or pick_title(blocks, (i,)) is None:
            continue
        if looks_like_byline(block.text) or is_metadata_line(block.text):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        over_time = nxt is not None and len(nxt.text) <= _TIME_LINE_MAX and has_full_date(nxt.text)
        if block.tag == "h" or rank == 0 or over_time:
            return i
    return None


def mark_headline_above_body(ctx: Context) -> None:
    """The title for pages the ``headline`` stage left without one."""
    if ctx.title is not None:
        return
    blocks = ctx.blocks
    if ctx.page.meta.title:
        title = head_title(ctx)
        # (The blocks showing the title found in C: str.__eq__ over the texts.)
        for i in compress(count(), map(title.__eq__, map(_TEXT, blocks))):
            ctx.label(i, TITLE, "the page's title")
        heading = _heading_above(ctx) if _names_a_site(title, ctx.page.meta.site_name) else None
        if heading is not None:
            text = blocks[heading].text
            ctx.relabel(
                heading,
                TITLE,
                "the heading above the body (the head names the site)",
                over=frozenset({CAPTION}),  # a headline under the site's logo
            )
            ctx.title = clean_title(text) or None
            return
        ctx.title = title or None
        return
    index = pick_title(blocks, ctx.above)
    if index is None:
        return
    text = blocks[index].text
    for i in range(index, min(index + 3, len(blocks))):
        if blocks[i].text == text:
            ctx.label(i, TITLE, "first title-like line above the body")
    ctx.title = clean_title(text) or None
