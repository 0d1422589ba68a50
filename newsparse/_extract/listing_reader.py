"""What the teaser finders share: the hit types, and a page's blocks read once (:class:`_Reader`:
weights, the lines that may write a year, full dates and meta lines worked out once each), with
the line readings more than one finder asks for (a headline line, a meta line, a snippet ending
with its timestamp, a link followed by its date)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from operator import attrgetter
from typing import NamedTuple

from .._core.article import ListingItem
from .._core.blocks import LINKED as _LINK_HEAVY
from .._core.blocks import UNLABELLED, Block
from .._core.lazy import lazy_compile
from .._dates.fast import may_write_full_date, may_write_year, year_lines
from .._dates.search import DateMatch, find_dates, stamp_match
from . import weights as W
from .features import han_count, has_full_date, text_weight
from .header import source_name

__all__ = ["ListingHit", "WalkedHit", "weigh_blocks"]

_META_MAX = 48
_SEPARATORS = " \t·•|｜-—:：,，"
_TAIL_STAMP = lazy_compile(
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)[\s\-—|]{0,4}$"
)
# A match is at most 23 characters, "2025-09-13 08:54:00" and four after it, and ends at the
# end or before a last newline: searched for from this many characters before the end.
_TAIL_STAMP_SPAN = 24
_TAIL_STAMP_MIN = 8  # characters of the shortest match, "2025-9-3"
_TAIL_AFTER = 20  # characters of a snippet before its stamp, at least
_DIGIT = lazy_compile(r"\d")
# Flattening glues a date to its time: "2019-09-3007:42".
_GLUED_STAMP = lazy_compile(r"(\d{4}-\d{1,2}-\d{2})(\d{1,2}:\d{2})")
_SENTENCE_STOP = lazy_compile(r"[。！？!?]$")
_BYLINE_LABEL = lazy_compile(r"(?:作者|记者|記者|编辑|編輯|责编|責編)\s{0,3}[:：]")
# Characters: link density is counted before the text is normalised (a space or a
# full-width form may differ), so the link's length is matched to within one.
_LINK_CHARS_SLACK = 1.0
# A full date (and time) opening what follows a link, perhaps in brackets.
_LEAD_STAMP = lazy_compile(
    r"[\s(（\[【]{0,3}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:\s{0,2}[(（]?\s{0,2}\d{1,2}:\d{2}(?::\d{2})?\s{0,2}[)）]?)?[)）\]】]?"
)
_AFTER_STAMP_MAX = 8  # characters after an item's time: a programme or section ("晚間新聞")
_MIN_LINK_RUN = 3
_SNIPPET_MIN = 8


class ListingHit(NamedTuple):
    """One item and the indexes of the blocks it was made from.

    (A named tuple: a page of links makes one per headline, and a tuple is built in C where
    a frozen dataclass sets each field through ``object.__setattr__``.)
    """

    item: ListingItem
    indexes: tuple[int, ...]
    # Blocks the furniture stage took for a menu by a word in them ("QQ空间-分享生活" for
    # 空间) that the hit shows to be a headline: a linked heading with a snippet under it.
    overrides: tuple[int, ...] = ()


class WalkedHit(ListingHit):
    """A hit of the link walk, which has read its first block as a headline, no byline: the
    teaser stage need not ask again (it asks of each hit's first block, and a page of links
    makes thousands). Equal to the :class:`ListingHit` of the same fields."""

    __slots__ = ()


def _full_date(matches: list[DateMatch]) -> DateMatch | None:
    for match in matches:
        if match.year is not None and match.month is not None and match.day is not None:
            return match
    return None


def weigh_blocks(blocks: list[Block]) -> list[int | None]:
    """:func:`text_weight` of each block the body run weighs (unlabelled, and in an HTML
    page's article container), None for the rest, which are weighed when asked: one pass,
    the weights the labelling stages read most (a block's weight cannot change)."""
    return [text_weight(b.text) if b.label is UNLABELLED and b.in_main else None for b in blocks]


class _Reader:
    """One call's blocks and what the finders ask of them, each answer worked out once:
    the finders read many blocks more than once (a headline's trailer is one finder's meta
    line and another's; the record search weighs a block for each record length), and a
    page repeats some lines ("2025-03-31" under each teaser)."""

    __slots__ = (
        "_full", "_meta", "_sources", "blocks", "linked", "reference", "texts", "tz", "weights",
        "wrote", "years",
    )  # fmt: skip

    def __init__(
        self,
        blocks: list[Block],
        tz: str,
        reference: _dt.datetime | None,
        weights: list[int | None] | None = None,
    ) -> None:
        self.blocks, self.tz, self.reference = blocks, tz, reference
        self.texts = list(map(attrgetter("text"), blocks))
        # Whether each block reads as a link: mostly link text, a headline link (with perhaps
        # its date), not a snippet. False past the last block, which the finders that look
        # one block ahead may ask about. (A block without an address is none.)
        self.linked = [
            b.url is not None and (b.link_density >= _LINK_HEAVY or _link_then_date(b) is not None)
            for b in blocks
        ] + [False]
        # The blocks' weights (weigh_blocks, or the caller's: None where not measured yet),
        # the rest measured when asked.
        self.weights = weigh_blocks(blocks) if weights is None else weights
        # The blocks that may write a year (year_lines: one scan of the page, most write none),
        # which a meta line, a snippet ending with its date and a dated headline all do.
        self.years = year_lines(self.texts)
        self.wrote = set(self.years)
        self._full: dict[str, DateMatch | None] = {}
        self._meta: dict[str, tuple[DateMatch, str] | None] = {}
        self._sources: dict[str, str | None] = {}

    def weight(self, i: int) -> int:
        """:func:`text_weight` of block ``i``."""
        weight = self.weights[i]
        if weight is None:
            weight = self.weights[i] = text_weight(self.blocks[i].text)
        return weight

    def full(self, text: str, wrote: bool = False) -> DateMatch | None:
        """The first full date (year, month and day written) in ``text``, or None
        (``wrote``: ``text`` is known to be one that may write a year)."""
        if not (wrote or may_write_year(text)):
            return None  # the grammar would find none: most lines write no year
        if text not in self._full:
            if not may_write_full_date(text):
                self._full[text] = None  # digits alone that are no date ("2025", "12345")
                return None
            # One timestamp alone ("… 2014-12-15 (09:04)" under each headline) is read the
            # short way; anything else by the grammar.
            quick = stamp_match(text, self.tz)
            if quick is not None:
                self._full[text] = quick
                return quick
            found = find_dates(text, reference=self.reference, tz=self.tz)
            self._full[text] = _full_date(found)
        return self._full[text]

    def source(self, label: str) -> str | None:
        """:func:`source_name` of a meta line's label (a page of teasers repeats its outlet's
        name under each, and most lines have none: "")."""
        if label not in self._sources:
            self._sources[label] = source_name(label)
        return self._sources[label]

    def meta(self, text: str, wrote: bool = False) -> tuple[DateMatch, str] | None:
        """:func:`_meta_line` of ``text`` (``wrote``: as :meth:`full`)."""
        if text not in self._meta:
            self._meta[text] = _meta_line(text, self, wrote)
        return self._meta[text]


def _headline(r: _Reader, i: int) -> bool:
    """Block ``i`` is a teaser's headline line: short, some words, and no full date of its
    own (a line with one is a time line: "2019-09-07 15:10:53 字号：A- A A+ 来源：EETOP")."""
    block = r.blocks[i]
    text = block.text
    return (
        block.label is UNLABELLED
        and len(text) <= 90
        and 4 <= r.weight(i) <= W.PROSE_LINE
        and not has_full_date(text)
    )


def _unglued(text: str) -> str:
    """``text`` with a glued stamp's date and time set apart ("2019-09-30 07:42").

    Every match of ``_GLUED_STAMP`` holds a "-" and a ":": a line without both, most, is
    returned as it is, without the substitution's call.
    """
    if "-" in text and ":" in text:
        return _GLUED_STAMP.sub(_set_apart, text)
    return text


def _set_apart(glued: re.Match[str]) -> str:
    r"""A glued stamp's date and time, a space between: the replacement ``r"\1 \2"`` as a
    function, which the substitution calls without reading a template first."""
    return glued[1] + " " + glued[2]


def _meta_line(text: str, r: _Reader, wrote: bool = False) -> tuple[DateMatch, str] | None:
    """``source· date`` or ``date source``: a short line that is a date plus a label."""
    if len(text) > _META_MAX or not _DIGIT.search(text):
        return None
    if _BYLINE_LABEL.search(text):
        return None  # "…来源：证券时报网作者：李在山": an article's own header line
    # (A glued stamp's "2019-" is a year sign: the text unglued may write a year as it did.)
    text = _unglued(text)
    match = r.full(text, wrote)
    if match is None or match.value is None:
        return None
    rest = (text[: match.start] + " " + text[match.end :]).strip(_SEPARATORS)
    if han_count(rest) > 12 or len(rest) > 30:
        return None
    return match, rest


def _tail_dated(text: str, r: _Reader) -> DateMatch | None:
    """A snippet whose last words are its timestamp.

    Read from the right: a teaser cut mid-number runs into its date ("回升,12025-09-09
    09:02:00"), which a left-to-right reading would refuse.
    """
    tail = _TAIL_STAMP.search(text, max(0, len(text) - _TAIL_STAMP_SPAN))
    if tail is None or tail.start() < _TAIL_AFTER:
        return None
    found = r.full(tail.group(1), True)  # ("2025-": a year sign)
    if found is None or found.value is None or found.start != 0:
        return None
    return dataclasses.replace(found, start=tail.start(), end=tail.end())


def _link_then_date(block: Block) -> int | None:
    """Where the link ends in ``<a>headline</a><span>2025-03-31 10:20</span>``, or None.

    A short headline weighs less than its time's digits, so the block's link density
    alone calls it a snippet. It is a linked headline when exactly the characters the link
    holds (the density says how many) come first and a full date follows them, with at
    most a short label after it ("(2014-12-13 12:00) 中晝新聞").
    """
    density = block.link_density
    text = block.text
    if block.url is None or not 0 < density < 1 or not has_full_date(text):
        return None  # (without a full date anywhere, none follows the link)
    wanted = density * (len(text) - text.count(" "))
    seen = 0
    for pos, char in enumerate(text):
        if seen > wanted + _LINK_CHARS_SLACK:
            break
        if seen and abs(seen - wanted) <= _LINK_CHARS_SLACK:
            stamp = _LEAD_STAMP.match(text, pos)
            if stamp and len(text[stamp.end() :].strip()) <= _AFTER_STAMP_MAX:
                return pos
        seen += not char.isspace()
    return None
