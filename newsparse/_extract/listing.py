"""Teaser lists and search results -> ListingItem.

Two shapes occur on flattened pages (and on HTML pages once their blocks are made):

* a headline line followed by a short *meta* line, ``Ren Min Ri Bao· 2025-06-14 21:57``, and
  then a snippet line (search results);
* a headline line followed by a snippet that *ends* with its timestamp,
  ``…设置人工智能、2025-09-13 08:54:00 -`` (teasers under an article).

On HTML pages, runs of link blocks whose text reads like a headline are teasers too.
A lone match is not a list (an article's own title and date line look the same), so at
least ``MIN_ITEMS`` are needed.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import operator
import re
from collections.abc import Iterator
from itertools import compress, count, repeat
from operator import attrgetter
from typing import NamedTuple

from .._core.article import ListingItem
from .._core.blocks import CAPTION, FURNITURE, UNLABELLED, Block
from .._core.blocks import LINKED as _LINK_HEAVY
from .._core.lazy import lazy_compile
from .._dates.fast import may_write_full_date, may_write_year, year_lines
from .._dates.search import DateMatch, find_dates
from .._news.credits import looks_like_byline
from .._news.dateline import match_dateline
from . import weights as W
from .features import han_count, has_full_date, text_weight
from .header import source_name
from .listing_data import READ_MORE

__all__ = ["MIN_ITEMS", "ListingHit", "WalkedHit", "find_listing", "weigh_blocks"]

MIN_ITEMS = 2
_META_MAX = 48
# "来源:台海网台海网9月13日讯": the outlet, often repeated by the dateline that follows.
_SOURCE_LABEL = lazy_compile(r"^\s*(?:来源|來源|稿源)\s*[:：]\s*(\S{2,12}?)(?=\1|\s|[(（]|$)")
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
_LINK_TRAILERS = 2  # lines a linked headline may carry below it: a date, a snippet
_HEADLINE_HAN = 8  # a linked headline has at least this many Han characters
_FREE_LINKS = 2  # short links ("...繼續閱讀", a section tag) between two teasers
_SNIPPET_MIN = 8
# A snippet ending with its read-more link: "…形成同額競選的局面 ......more", "(詳全文)".
_READ_MORE = lazy_compile(
    r"[(（\[【]?(?:" + "|".join(READ_MORE) + r")[)）\]】]?\s{0,3}[>»＞]{0,3}\s{0,3}$",
    flags=re.IGNORECASE,
)
_ELLIPSIS = " .…"  # the dots before a read-more link
# Blocks per record of a repeated layout: a result is a few blocks (three to ten: name,
# labels, description, latest link); two-block records are headline-snippet pairs, read above.
_RECORD_MIN, _RECORD_MAX = 3, 10
_MIN_RECORDS = 3
_NOT = bytes.maketrans(b"\x00\x01", b"\x01\x00")  # bytes of 0 and 1, each flipped
_ZERO = bytes([1] + [0] * 255)  # a table of 1 for a zero byte, 0 for any other
_MORE_LINKED = 0.3  # a read-more link is a few characters of a snippet's
_MORE_SNIPPET_MIN = 30  # characters: a snippet, not a "更多>>" button on its own
_PROSE_BETWEEN = 20  # weight of an unlinked line of prose: a story's, between its subheads
_HEADLINE_MIN, _HEADLINE_MAX = 4, 40  # weight of a headline line over a snippet
# Labels a linked headline (and its snippet) may carry from earlier stages: a teaser box can
# sit in a caption element, which the captions stage took for a picture's caption.
_HEADLINE_LABELS = frozenset({UNLABELLED, CAPTION})
_HEADING_LINKED = 0.9  # a heading that is a link, give or take an icon's label
_HEADING_WEIGHT = 2  # a linked heading needs a word or two ("QQ互联", "百度_百度百科")
_MENU_RULE = "menu"  # the furniture stage's rule for a short line with a menu word in it
_CLOCK = lazy_compile(r"[\s•·]{0,8}([01]?\d|2[0-3]):([0-5]\d)\s{0,8}")
_TITLE_MIN = 4  # characters: a shorter title ("新聞") is no evidence of the page's own headline
# A headline with its date at the end, on one line (related-news lists, archives).
_DATED_HEADLINE = lazy_compile(
    r"^(.{4,60}?)[\s(（\[【]{1,3}(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{0,2}[(（]?\s{0,2}"
    r"\d{1,2}:\d{2}(?::\d{2})?\s{0,2}[)）]?)?)[)）\]】]?\s*$"
)
# What such a line ends with, spaces aside: a digit (\d: any decimal digit, as
# str.isdecimal) or one of these brackets. Tested first: most lines end otherwise.
_DATED_HEADLINE_ENDS = frozenset(")）]】")


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


def _item(
    title: str,
    snippet: str | None,
    published: _dt.datetime | None,
    source: str | None,
    url: str | None,
) -> ListingItem:
    """``ListingItem(title, snippet, published, source, url)``, built without the frozen
    dataclass's ``__init__`` (an ``object.__setattr__`` per field): a page of links makes
    thousands."""
    item = object.__new__(ListingItem)
    item.__dict__.update(title=title, snippet=snippet, published=published, source=source, url=url)
    return item


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
        # The blocks' weights (weigh_blocks; the labelling stages share theirs), the rest
        # measured when asked.
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


def _snippet_source(snippet: str) -> tuple[str, str | None]:
    """A teaser's own attribution: a leading ``来源:X`` label, or the dateline it opens with."""
    label = _SOURCE_LABEL.match(snippet)
    if label:
        return snippet[label.end() :].lstrip(), source_name(label.group(1))
    opening = match_dateline(snippet)
    if opening is not None and opening.start == 0:
        return snippet, opening.source or opening.dateline.agency
    return snippet, None


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


def _own_headline(text: str, title: str) -> bool:
    """The page's own headline (perhaps with a section tag: "廉署貪污舉報今年跌11% (港聞)")."""
    text = text.replace(" ", "")
    return len(title) >= _TITLE_MIN and text.startswith(title) and len(text) - len(title) <= 6


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


def _meta_hit(r: _Reader, i: int) -> ListingHit | None:
    """Headline at ``i - 1``, ``source· date`` at ``i``, maybe a snippet at ``i + 1``."""
    blocks = r.blocks
    meta = r.meta(blocks[i].text, i in r.wrote)
    if meta is None:
        return None
    match, label = meta
    value = match.value
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if match.hour is None and nxt is not None and value is not None:
        clock = _CLOCK.fullmatch(nxt.text)
        if clock:
            # Bulleted teasers put the time on its own line: "• 2025年03月21日", "• 10:36".
            value = value.replace(hour=int(clock.group(1)), minute=int(clock.group(2)))
    has_snippet = (
        nxt is not None
        and not r.linked[i + 1]
        and r.weight(i + 1) > _SNIPPET_MIN
        and not (i + 2 < len(blocks) and r.meta(blocks[i + 2].text))
    )
    indexes = (i - 1, i, i + 1) if has_snippet else (i - 1, i)
    snippet = nxt.text if has_snippet and nxt is not None else None
    head = blocks[i - 1]
    if i >= 2 and _SENTENCE_STOP.search(head.text):
        above = blocks[i - 2]
        if above.label is UNLABELLED and above.tag != "title" and _headline(r, i - 2):
            # Headline, snippet, then the date ("金融委最新定调…", "…重点工作。", "2019-09-30").
            snippet, head, indexes = head.text, above, (i - 2, i - 1, i)
    return ListingHit(ListingItem(head.text, snippet, value, r.source(label), head.url), indexes)


def _tail_hit(r: _Reader, i: int) -> ListingHit | None:
    """Headline at ``i - 1``, a snippet ending with its timestamp at ``i``."""
    text = r.blocks[i].text
    tail = _tail_dated(text, r)
    if tail is None:
        return None
    snippet, source = _snippet_source(text[: tail.start].strip(_SEPARATORS))
    head = r.blocks[i - 1]
    return ListingHit(ListingItem(head.text, snippet, tail.value, source, head.url), (i - 1, i))


def _text_hits(r: _Reader, title: str) -> list[ListingHit]:
    """Teasers made of a headline line and a meta or snippet line (both input kinds)."""
    blocks, linked, weights = r.blocks, r.linked, r.weights
    hits: list[ListingHit] = []
    used: set[int] = set()
    # A meta line and a snippet ending with its date both write a year: of the lines that may
    # (r.years), those after a line passing the tests of _headline that need no pattern (its
    # weight where it is known already) are read.
    heads = [
        i
        for i in r.years
        if i
        and (b := blocks[i - 1]).label is UNLABELLED
        and b.tag != "title"
        and len(b.text) <= 90
        and ((weight := weights[i - 1]) is None or 4 <= weight <= W.PROSE_LINE)
    ]
    for i in heads:
        head = blocks[i - 1]
        if i in used or i - 1 in used:
            continue
        if linked[i]:
            continue
        if _own_headline(head.text, title) or not _headline(r, i - 1):
            continue
        # (A line too short to hold a stamp after a snippet's words is no snippet ending so.)
        tail = len(blocks[i].text) >= _TAIL_AFTER + _TAIL_STAMP_MIN
        hit = _meta_hit(r, i) or (_tail_hit(r, i) if tail else None)
        if hit is not None and not used & set(hit.indexes):
            hits.append(hit)
            used.update(hit.indexes)
    return hits


def _link_item(r: _Reader, idx: int) -> ListingHit:
    """A linked headline with what follows it: a date-only line and a snippet, if any."""
    blocks = r.blocks
    block = blocks[idx]
    # (_link_then_date finds no date after a block all link; r.full, no full date in a block
    # that writes no year: both answers known without the calls.)
    cut = _link_then_date(block) if block.link_density < 1 else None
    if cut is not None:  # the date after the link, and no label after it, is the item's
        title, stamp = block.text[:cut].strip(_SEPARATORS), block.text[cut:]
        found = r.full(stamp)
    else:
        found = r.full(block.text) if idx in r.wrote else None
        title = block.text
        if found is not None:
            title = (title[: found.start] + title[found.end :]).strip(_SEPARATORS)
    published, snippet = (found.value if found else None), None
    indexes = [idx]
    for nxt in range(idx + 1, min(idx + 1 + _LINK_TRAILERS, len(blocks))):
        after = blocks[nxt]
        if after.url and r.linked[nxt]:
            break
        meta = r.meta(after.text)
        if meta is not None and not meta[1] and published is None:
            published = meta[0].value
        elif snippet is None and after.label in _HEADLINE_LABELS and r.weight(nxt) > _SNIPPET_MIN:
            snippet = after.text
        else:
            break
        indexes.append(nxt)
    item = _item(title, snippet, published, None, block.url)
    return WalkedHit(item, tuple(indexes))  # (a run holds headlines: _link_runs)


def _link_runs(r: _Reader) -> Iterator[list[int]]:
    """The runs of linked headlines (or none: a run may be empty), in page order."""
    blocks = r.blocks
    run: list[int] = []
    trailing = free = 0
    last = -1
    # Only the linked blocks are visited: the unlinked ones since the last (``gap``) trail
    # the run's last headline (a date, a snippet or a section heading under it), up to
    # _LINK_TRAILERS of them, and one more ends the run; with no run they do nothing.
    for idx in compress(range(len(blocks)), r.linked):
        gap, last = idx - last - 1, idx
        if run and gap > _LINK_TRAILERS - trailing:
            yield run
            run, trailing, free = [], 0, 0
        elif run:
            trailing += gap
        block = blocks[idx]
        text = block.text
        # Whether it is a headline is asked only where that decides: of a block that may be
        # one, and of a link a run may take in as a short one between teasers.
        heading = block.label in _HEADLINE_LABELS
        if heading or (run and free < _FREE_LINKS):
            headline = (
                len(text) >= _HEADLINE_HAN  # (fewer characters hold fewer Han ones)
                and han_count(text) >= _HEADLINE_HAN
                and not looks_like_byline(text)
            )
            if heading and headline:
                run.append(idx)
                trailing = free = 0
                continue
            if run and not headline and free < _FREE_LINKS:
                free += 1
                continue  # "...繼續閱讀", a section tag: a short link between teasers
        yield run
        run, trailing, free = [], 0, 0
    yield run


def _link_hits(r: _Reader, taken: frozenset[int] | set[int] = frozenset()) -> list[ListingHit]:
    """HTML: runs of linked headlines (related stories, list pages), with their trailers.
    A headline among ``taken`` (the blocks of hits found before) gets no item: :func:`_add`
    drops a hit that shares a block with those."""
    hits = [
        _link_item(r, i)
        for run in _link_runs(r)
        if len(run) >= _MIN_LINK_RUN
        for i in run
        if i not in taken
    ]
    # (A page without a caption, most, has none for a hit to take: one look in C.)
    if CAPTION in map(attrgetter("label"), r.blocks):
        hits = [_captions_taken(r.blocks, hit) for hit in hits]
    return hits


def _captions_taken(blocks: list[Block], hit: ListingHit) -> ListingHit:
    """``hit``, owning the captions among its blocks: a run of linked lines is no picture's
    caption (a teaser box drawn inside a caption element)."""
    taken = tuple([i for i in hit.indexes if blocks[i].label is CAPTION])
    return hit._replace(overrides=taken) if taken else hit


def _heading_snippet(r: _Reader, idx: int) -> int | None:
    """The snippet under a linked heading: the next unlinked prose block, perhaps after a
    short line (a date, a source), before any other heading or link."""
    for nxt in range(idx + 1, min(idx + 1 + _LINK_TRAILERS, len(r.blocks))):
        after = r.blocks[nxt]
        if after.tag == "h" or r.linked[nxt] or after.label is not UNLABELLED:
            return None
        if r.weight(nxt) > _SNIPPET_MIN:
            return nxt
    return None


def _heading_date(
    r: _Reader, idx: int, snippet: int
) -> tuple[_dt.datetime | None, tuple[int, ...]]:
    """A result's date line, between its heading and snippet or right under the snippet
    ("QQ空间 - qzone.qq.com/ - 2014-8-21", "February 15, 2013 - Dota Team")."""
    for i in (*range(idx + 1, snippet), snippet + 1):
        if i < len(r.blocks) and r.blocks[i].label is UNLABELLED and not r.linked[i]:
            meta = r.meta(r.blocks[i].text)
            if meta is not None:
                return meta[0].value, (i,)
    return None, ()


def _heading_hits(r: _Reader, own: str) -> list[ListingHit]:
    """Search results and story cards: headings that are links, each with a snippet under it.

    A heading that is one link names another page; one with a line of prose under it is a
    result or a teaser whatever its length (the Han-count test of :func:`_link_hits` would
    miss "百度_百度百科").
    """
    blocks = r.blocks
    hits: list[ListingHit] = []
    for idx, block in enumerate(blocks):
        if block.tag != "h" or block.url is None or block.link_density < _HEADING_LINKED:
            continue
        menu = block.label is FURNITURE and block.rule == _MENU_RULE
        if not (block.label is UNLABELLED or menu):
            continue
        if r.weight(idx) < _HEADING_WEIGHT:
            continue
        if block.text.replace(" ", "") == own:
            continue  # the page's own headline, linked to itself (a search's query is not)
        snippet = _heading_snippet(r, idx)
        if snippet is not None:
            published, dated = _heading_date(r, idx, snippet)
            text = blocks[snippet].text
            tail = _tail_dated(text, r) if published is None else None
            if tail is not None:  # "…确保取得实效。2024-04-10": the snippet ends with its date
                text, published = text[: tail.start].strip(_SEPARATORS), tail.value
            item = ListingItem(block.text, text, published, None, block.url)
            indexes = tuple(sorted((idx, snippet, *dated)))
            hits.append(ListingHit(item, indexes, (idx,) if menu else ()))
    return hits if len(hits) >= _MIN_LINK_RUN else []


def _more_hit(blocks: list[Block], idx: int) -> ListingHit | None:
    """Headline line at ``idx - 1``, its snippet at ``idx`` ending in a read-more link (the
    caller has seen that the snippet has an address, and a little link text)."""
    snippet, head = blocks[idx], blocks[idx - 1]
    if snippet.label is not UNLABELLED or len(snippet.text) < _MORE_SNIPPET_MIN:
        return None
    more = _READ_MORE.search(snippet.text)
    if more is None or head.label not in _HEADLINE_LABELS or head.tag == "title":
        return None
    if not _HEADLINE_MIN <= text_weight(head.text) <= _HEADLINE_MAX:
        return None
    if _SENTENCE_STOP.search(head.text) or has_full_date(head.text):
        return None
    text = snippet.text[: more.start()].rstrip(_ELLIPSIS)
    item = ListingItem(head.text, text, None, None, snippet.url)
    taken = (idx - 1,) if head.label is CAPTION else ()
    return ListingHit(item, (idx - 1, idx), taken)


def _more_hits(blocks: list[Block]) -> list[ListingHit]:
    """Teasers of a headline line and a snippet that ends in its read-more link (the
    headline itself often unlinked); a page needs a few, as one can end an article."""
    # A snippet with a read-more link has an address, and the link is a few of its
    # characters: most blocks (a link's, or plain text) are skipped by these tests.
    hits = [
        hit
        for i in range(1, len(blocks))
        if (b := blocks[i]).url is not None
        and 0 < b.link_density < _MORE_LINKED
        and (hit := _more_hit(blocks, i))
    ]
    if len(hits) < _MIN_LINK_RUN:
        return []
    # Teasers stand among links and other teasers. Between a story's subheaded paragraphs
    # ("【…】", then a paragraph ending "详情>>") runs more of its prose, unlinked.
    inside = {i for hit in hits for i in hit.indexes}
    for i in range(hits[0].indexes[0], hits[-1].indexes[-1]):
        block = blocks[i]
        prose = not block.url and text_weight(block.text) >= _PROSE_BETWEEN
        if i not in inside and block.label is UNLABELLED and prose:
            return []
    return hits


def _dated_hits(r: _Reader) -> list[ListingHit]:
    """Runs of headlines each ending with its date ("廉署推廉潔鄉郊選舉 2014-11-13 (17:13)")."""
    blocks = r.blocks
    hits: list[ListingHit] = []
    dated: list[tuple[int, str, DateMatch]] = []
    # Only a line that may write a year (its date's "2014-" does: r.years) and ends as a dated
    # headline does, its last character (spaces aside) a digit or a bracket, is read; the
    # runs are made of the lines read afterwards.
    ends = [
        i
        for i in r.years
        if (b := blocks[i]).label is UNLABELLED
        and ((last := b.text.rstrip()[-1:]).isdecimal() or last in _DATED_HEADLINE_ENDS)
    ]
    for idx in ends:
        match = _DATED_HEADLINE.match(blocks[idx].text)
        if match and han_count(match.group(1)) >= 4:
            found = r.full(_unglued(match.group(2)), True)  # ("2014-")
            if found is not None and found.value is not None:
                dated.append((idx, match.group(1).strip(_SEPARATORS), found))
    run: list[tuple[int, str, DateMatch]] = []
    for entry in [*dated, None]:
        if entry is not None and run and entry[0] == run[-1][0] + 1:
            run.append(entry)
            continue
        if len(run) >= _MIN_LINK_RUN:
            for i, head, date in run:
                item = ListingItem(head, None, date.value, None, blocks[i].url)
                hits.append(ListingHit(item, (i,)))
        run = [entry] if entry is not None else []
    return hits


def _repeats(r: _Reader) -> dict[int, bytes]:
    """For each record length ``p``: whether each block repeats the kind (tag, linked or
    not) of the block ``p`` places later, as bytes (1 where it does; the last ``p`` blocks,
    with none that far after them, are left out). Made in C: the record search reads a
    block's runs only where it tries a record."""
    blocks = r.blocks
    size = len(blocks)
    tags = list(map(attrgetter("tag"), blocks))
    # Each block's kind as a number (twice its tag's, plus one when linked), in ``width``
    # bytes; the kinds as one integer, whose XOR with itself shifted by a period is zero
    # bytes where a block repeats the kind of the block that many places later.
    numbers = {tag: 2 * n for n, tag in enumerate(dict.fromkeys(tags))}
    width = max(1, ((2 * len(numbers)).bit_length() + 7) // 8)
    kinds = list(map(operator.add, map(numbers.__getitem__, tags), r.linked))
    written = bytes(kinds) if width == 1 else b"".join([k.to_bytes(width, "big") for k in kinds])
    packed = int.from_bytes(written, "big")
    # A block no record takes in (labelled, or the page's title) repeats no block: 0 here.
    free = bytearray(map(operator.is_, map(attrgetter("label"), blocks), repeat(UNLABELLED)))
    for j in compress(count(), map(operator.eq, tags, repeat("title"))):
        free[j] = 0
    frees = int.from_bytes(free, "big")
    repeats = {}
    for period in range(_RECORD_MIN, _RECORD_MAX + 1):
        m = max(0, size - period)
        diff = (packed >> (8 * width * period)) ^ (packed & ((1 << (8 * width * m)) - 1))
        zero = int.from_bytes(diff.to_bytes(width * m, "big").translate(_ZERO), "big")
        for k in range(1, width):  # a kind is the same where all its bytes are
            zero &= zero >> (8 * k)
        same = int.from_bytes(zero.to_bytes(width * m, "big")[width - 1 :: width], "big")
        repeats[period] = (same & (frees >> (8 * period)) & frees).to_bytes(m, "big")
    return repeats


def _run(same: bytes, i: int) -> int:
    """How many blocks from ``i`` on repeat (``same``: one period of :func:`_repeats`)."""
    if i >= len(same):
        return 0
    end = same.find(0, i)
    return (len(same) if end < 0 else end) - i


def _opens(same: bytes, period: int, size: int) -> bytearray:
    """Which of ``size`` blocks open ``_MIN_RECORDS`` records of ``period`` blocks, as bytes
    (1 where one does): the blocks with a run (``same``: that period of :func:`_repeats`) of
    that many periods less one."""
    least = (_MIN_RECORDS - 1) * period
    opens = bytearray(size)
    start = same.find(b"\x01" * least)
    while start >= 0:
        end = same.find(0, start)
        end = len(same) if end < 0 else end
        opens[start : end - least + 1] = b"\x01" * (end - least + 1 - start)
        start = same.find(b"\x01" * least, end)
    return opens


def _tried(repeats: dict[int, bytes], opens: dict[int, bytearray], size: int) -> bytes:
    """Which of ``size`` blocks the record search tries a record at after failing at an
    earlier one, as bytes (1 where it does): it goes on from a block one past the end of its
    run of blocks repeating ``_RECORD_MAX`` later (to the next block when it has none), so
    it reaches only the blocks right after one with no such run, and it finds a record only
    at a block that opens records of some period (``opens``). Most blocks are neither: they
    are passed in C."""
    rest = repeats[_RECORD_MAX]
    after_end = b"\x01" + rest.translate(_NOT) + b"\x01" * (size - 1 - len(rest))
    opening = 0
    for period_opens in opens.values():
        opening |= int.from_bytes(period_opens, "big")
    return (int.from_bytes(after_end, "big") & opening).to_bytes(size, "big")


def _record_title(r: _Reader, start: int, period: int, count: int) -> int | None:
    """The offset in each record of its title: the first linked block whose text differs
    from record to record ("山东高考指南", "河南高考指南"; not a "最近文章" label)."""
    for offset in range(period):
        # The records repeat their blocks' kinds (linked or not): a head is linked when the
        # first is (checked first: a long run of paragraphs fails here, cheaply).
        if not r.linked[start + offset]:
            continue
        heads = range(start + offset, start + count * period, period)
        weights = [r.weight(i) for i in heads]
        short = min(weights) >= _HEADING_WEIGHT and max(weights) <= _HEADLINE_MAX
        if short and len({r.blocks[i].text for i in heads}) == count:
            return offset
    return None


def _record_snippet(r: _Reader, first: int, period: int, title: int) -> str | None:
    """The description of the record of ``period`` blocks from ``first``: its first unlinked
    line saying more than its title (block ``title``; when the link holds the longer text,
    it is the description and the record is read wrong)."""
    least = max(_SNIPPET_MIN, r.weight(title))
    for i in range(first, first + period):
        if not r.linked[i] and r.weight(i) > least:
            return r.blocks[i].text
    return None


def _record_hits(r: _Reader) -> list[ListingHit]:
    """Repeated records: the same few kinds of block (a linked name, a label, a line of
    text, another link) again and again, as search results and directories are built.
    Each record is one item, titled by its linked block whose text changes."""
    blocks = r.blocks
    repeats = _repeats(r)
    hits: list[ListingHit] = []
    size = len(blocks)
    opens = {period: _opens(same, period, size) for period, same in repeats.items()}
    tried = _tried(repeats, opens, size)
    i = 0
    while 0 <= i < size:
        for period in range(_RECORD_MIN, _RECORD_MAX + 1):
            if not opens[period][i]:
                continue  # fewer than _MIN_RECORDS records from block i
            if False not in r.linked[i : i + period]:
                # Records all links (a menu, repeated): none has an unlinked description
                # (_record_snippet), as the records repeat their blocks' kinds.
                continue
            count = _run(repeats[period], i) // period + 1
            offset = _record_title(r, i, period, count)
            if offset is None:
                continue
            firsts = range(i, i + count * period, period)
            snippets: list[str] = []
            for first in firsts:
                snippet = _record_snippet(r, first, period, first + offset)
                if snippet is None:
                    break  # a menu repeats its links too, but says nothing of each
                snippets.append(snippet)
            if len(snippets) < count:
                continue
            for first, snippet in zip(firsts, snippets, strict=True):
                head = blocks[first + offset]
                item = ListingItem(head.text, snippet, None, None, head.url)
                hits.append(ListingHit(item, tuple(range(first, first + period))))
            i += count * period
            break
        else:
            # A stretch that repeats without making records (one long run of paragraphs)
            # fails from each of its blocks alike: skip it, or the search turns quadratic.
            # (_tried: the next block where the search would read a record; -1 for none.)
            i = tried.find(1, i + 1)
    return hits


_INDEXES = attrgetter("indexes")


def _add(hits: list[ListingHit], found: list[ListingHit]) -> None:
    """Add the ``found`` hits that share no block with ``hits``."""
    taken = {i for hit in hits for i in hit.indexes}
    hits += [hit for hit in found if taken.isdisjoint(hit.indexes)]


def find_listing(
    blocks: list[Block],
    *,
    tz: str,
    reference: _dt.datetime | None,
    is_html: bool,
    title: str | None = None,
    weights: list[int | None] | None = None,
) -> list[ListingHit]:
    """Every teaser or search result among ``blocks``, in page order.

    Furniture must already be labelled: it is never a teaser; nor is the page's own
    headline (``title``) with its date line under it. ``weights``: the blocks'
    :func:`text_weight`, when the caller has them.
    """
    own = (title or "").replace(" ", "")
    r = _Reader(blocks, tz, reference, weights)
    hits: list[ListingHit] = []
    # A linked heading, a run of linked headlines and a record's title are blocks that read
    # as links: on a page with none (a long story's paragraphs) those finders find nothing.
    links = True in r.linked
    if is_html:
        # What the markup shows first: a snippet under a linked heading is that result's,
        # however much it looks like a headline over the date line below it.
        _add(hits, _heading_hits(r, own) if links else [])
        _add(hits, _more_hits(blocks))
    texts = _text_hits(r, own)
    _add(hits, texts if len(texts) >= MIN_ITEMS else [])
    _add(hits, _dated_hits(r))
    if is_html and links:
        _add(hits, _link_hits(r, {i for hit in hits for i in hit.indexes}))
        _add(hits, _record_hits(r))
    hits.sort(key=_INDEXES)  # (no two share a block: the first indexes decide)
    return hits
