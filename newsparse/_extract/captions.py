"""The ``captions`` stage: lines that describe a picture, a video or an audio clip.

A caption interrupts a body without ending it, and is never body text. Three kinds of
evidence, strongest first: the page marks it (``<figcaption>``, a caption class); its
wording (``图为…``, ``▲…``, a picture credit such as ``（記者X攝）`` or ``。美聯社``); or, on
HTML pages, its place: a short line right under a picture, or one that says where a person
stands in it (``（右）``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.blocks import LINKED as _LINKED  # a linked line under a picture: a teaser
from .._core.blocks import Block, Label
from .._core.firsts import found
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .._news.credits import parse_credit_line
from .data import CAPTION_MAX, CAPTION_OPENERS, PICTURE_CREDITS, PICTURE_POSITIONS

if TYPE_CHECKING:
    from .stages import Context

__all__ = ["caption_rule", "mark_captions"]

_OPENER = lazy_compile("(?:" + "|".join(CAPTION_OPENERS) + ")")
_CREDIT = lazy_compile("(?:" + "|".join(PICTURE_CREDITS) + ")", guard=True)
_CREDIT_FIRST = lazy_compile("(?:" + "|".join(PICTURE_CREDITS) + ")", firsts=True)
_POSITION = lazy_compile(PICTURE_POSITIONS)
_SENTENCE_END = lazy_compile(r"[。！？!?]$")
_DATE = lazy_compile(
    r"\d{1,4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}|\d{1,2}:\d{2}"
)
# A line under a picture this short, without a sentence's end, names what it shows. Sub-
# headings are as short: they are headings (tag "h") or come after text, not a picture.
_UNDER_PICTURE_MAX = 30
# A line under a picture this short that ends with a full stop names what it shows: stories
# do not say "搜救现场。" alone. 12: the longest such caption on the corpus has 10.
_UNDER_PICTURE_STATEMENT = 12
# "周松崗(前)。": a line this short naming a place in a picture is a caption wherever it
# stands (text pages have no pictures to stand under).
_POSITION_MAX = 40


def caption_rule(block: Block) -> str | None:
    """Why ``block`` is a caption, or None.

    Examples:
        >>> caption_rule(Block("▲政府擬將18%調降為9%。(圖／東森新聞提供)"))
        'caption wording'
        >>> caption_rule(Block("薛夫洛根（右）和占士法蘭高。美聯社"))
        'picture credit'
        >>> caption_rule(Block("國光客運免費試乘，第二日人潮減少，但仍有零星衝突發生。")) is None
        True
    """
    if block.tag == "caption":
        return "caption element"
    if len(block.text) > CAPTION_MAX:
        return None
    pictured = block.after_image and block.link_density < _LINKED
    return _line_rule(block.text, block.tag, pictured)


@line_memo  # a page repeats lines (see _core.memo)
def _line_rule(text: str, tag: str, pictured: bool) -> str | None:
    """:func:`caption_rule` of a line up to ``CAPTION_MAX`` characters with ``tag``,
    ``pictured`` when it stands right under a picture and is not a link."""
    if _OPENER.match(text):
        return "caption wording"
    if found(_CREDIT, _CREDIT_FIRST, text):
        return "picture credit"
    # (The cheap tests first: most lines stand under no picture and are long.)
    if tag != "h" and (pictured or len(text) <= _POSITION_MAX) and _POSITION.search(text):
        return "a person's place in the picture"
    if not pictured:
        return None
    short = (
        len(text) <= _UNDER_PICTURE_MAX
        and not _SENTENCE_END.search(text)
        and not _DATE.search(text)  # a time line under a picture is the page's, not its
    )
    if short and tag != "h" and not _names_writers(text):
        return "short line under a picture"
    if len(text) <= _UNDER_PICTURE_STATEMENT and text.endswith("。"):
        return "short statement under a picture"  # "搜救现场。", "小温在景区内的身影。"
    return None


def _names_writers(text: str) -> bool:
    """"作者：上官云 宋宇晟" under a picture is the story's byline, not the picture's."""
    found = parse_credit_line(text) or ()
    return any(c.role != "photographer" for c in found)


def mark_captions(ctx: Context) -> None:
    found = [
        (i, rule)
        for i, block in enumerate(ctx.blocks)
        if block.label is Label.UNLABELLED and (rule := caption_rule(block))
    ]
    for i, rule in found:
        ctx.label(i, Label.CAPTION, rule)
