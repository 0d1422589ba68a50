"""The ``captions`` stage: lines that describe a picture, a video or an audio clip.

A caption interrupts a body without ending it, and is never body text. Three kinds of
evidence, strongest first: the page marks it (``<figcaption>``, a caption class); its
wording (``图为…``, ``▲…``, a picture credit such as ``（記者X攝）`` or ``。美聯社``); or, on
HTML pages, its place: a short line right under a picture, or one that says where a person
stands in it (``（右）``).
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from typing import TYPE_CHECKING, Any

from .._core.blocks import CAPTION, UNLABELLED, Block
from .._core.blocks import LINKED as _LINKED  # a linked line under a picture: a teaser
from .._core.firsts import first_class, found
from .._core.lazy import lazy_compile
from .._core.memo import line_memo
from .._news.credits import parse_credit_line
from .data import CAPTION_MAX, CAPTION_OPENERS, PICTURE_CREDITS, PICTURE_POSITIONS

if TYPE_CHECKING:
    from .stages import Context

# The standard library's own regex parser (already loaded by ``re``): 3.11 moved it.
_sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

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
    if text.rstrip()[-1:] in _credit_ends() and found(_CREDIT, _CREDIT_FIRST, text):
        return "picture credit"  # (a credit ends the line: most lines end otherwise)
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


_END = r"\s*$"  # how every picture credit pattern ends: at the line's end, spaces aside


@functools.cache
def _credit_ends() -> frozenset[str] | _Everything:
    """The characters a line holding a picture credit can end with, spaces aside: every
    ``PICTURE_CREDITS`` pattern ends at the line's end, so its last character that is not a
    space is the line's. Read from the patterns (a test checks them), or every character
    when one ends in a way this reading does not follow."""
    ends: set[str] = set()
    for pattern in PICTURE_CREDITS:
        core = pattern.removesuffix(_END)
        last = _last_chars(list(_sre.parse(core))) if core != pattern else None
        if last is None or last[1]:
            return _EVERYTHING  # (or the pattern can end in spaces only)
        ends |= last[0]
    return frozenset(ends)


class _Everything:
    """A set holding every character."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()
_RANGE_MAX = 64  # characters of a class range listed one by one; a wider range: no set


def _last_chars(items: list[Any]) -> tuple[set[str], bool] | None:
    """The characters (spaces aside) a match of the parsed sequence ``items`` can end with,
    and whether it can hold spaces only; None when this reading does not follow it."""
    chars: set[str] = set()
    for op, arg in reversed(items):
        last = _last_of(str(op), arg)
        if last is None:
            return None
        chars |= last[0]
        if not last[1]:
            return chars, False
    return chars, True


def _last_of(name: str, arg: Any) -> tuple[set[str], bool] | None:
    if name == "LITERAL":
        char = chr(arg)
        return (set(), True) if char.isspace() else ({char}, False)
    if name == "IN":
        chars: set[str] = set()
        for op, item in arg:
            kind = str(op)
            if kind == "LITERAL":
                chars.add(chr(item))
            elif kind == "RANGE" and item[1] - item[0] < _RANGE_MAX:
                chars.update(chr(c) for c in range(item[0], item[1] + 1))
            elif kind == "CATEGORY" and str(item) == "CATEGORY_SPACE":
                continue  # \s: no line ends with one, spaces aside
            else:
                return None  # a negated class, \S, \d...
        spaces = {c for c in chars if c.isspace()}
        return chars - spaces, not chars or bool(spaces)
    if name == "SUBPATTERN":
        return _last_chars(list(arg[-1]))
    if name == "BRANCH":
        ends: set[str] = set()
        empty = False
        for branch in arg[1]:
            last = _last_chars(list(branch))
            if last is None:
                return None
            ends |= last[0]
            empty = empty or last[1]
        return ends, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        last = _last_chars(list(arg[2]))
        return None if last is None else (last[0], last[1] or arg[0] == 0)
    return None


def _names_writers(text: str) -> bool:
    """ "作者：上官云 宋宇晟" under a picture is the story's byline, not the picture's."""
    found = parse_credit_line(text) or ()
    return any(c.role != "photographer" for c in found)


def mark_captions(ctx: Context) -> None:
    # caption_rule is asked of the lines that can be captions: a caption element, or a line
    # up to CAPTION_MAX characters (caption_rule's own first test) under a picture or
    # holding a character its wording needs (_wording_marks: one search, in C). Any other
    # line, most of a page of prose, is none.
    search = _wording_marks().search
    blocks = ctx.blocks
    found = [
        (i, rule)
        for i, block in enumerate(blocks)
        if block.label is UNLABELLED
        and (
            block.tag == "caption"
            or (len(block.text) <= CAPTION_MAX and (block.after_image or search(block.text)))
        )
        and (rule := caption_rule(block))
    ]
    for i, rule in found:
        ctx.label(i, CAPTION, rule)


@functools.cache
def _wording_marks() -> re.Pattern[str]:
    """A search that finds something in every line :func:`_line_rule` can give a rule of
    wording or place to: a character a caption's opener begins with (found anywhere,
    where the opener stands at the start: more lines than need it) or a person's place
    begins with, or one a picture credit ends with at the line's end (spaces aside). Each
    is a branch opening with a literal, so the engine skips in C to where one can be. When
    these characters are not read (nearly any can open an opener or a place, or end a
    credit), the empty pattern: it finds something in every line, and each is asked."""
    ends = _credit_ends()
    opener, place = (_class_chars(first_class(p.pattern)) for p in (_OPENER, _POSITION))
    if isinstance(ends, _Everything) or opener is None or place is None:
        return lazy_compile("")
    branches = [re.escape(char) for char in sorted(opener | place)]
    branches += [re.escape(char) + r"\s*\Z" for char in sorted(ends)]  # (\s: what rstrip strips)
    return lazy_compile("|".join(branches))


def _class_chars(pattern: str) -> set[str] | None:
    """The characters of ``pattern``, a class of plain characters (a first_class), or None
    for any other pattern (a category such as \\d or \\s in the class, a range...)."""
    items = list(_sre.parse(pattern)) if pattern else []
    if len(items) != 1 or str(items[0][0]) != "IN":
        return None
    members = items[0][1]
    if any(str(op) != "LITERAL" for op, _ in members):
        return None
    return {chr(code) for _, code in members}
