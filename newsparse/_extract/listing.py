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

import datetime as _dt
from operator import attrgetter

from .._core.article import ListingItem
from .._core.blocks import UNLABELLED, Block
from .._core.lazy import lazy_compile
from .._dates.search import DateMatch
from .._news.dateline import match_dateline
from . import weights as W
from .features import han_count
from .header import source_name
from .listing_links import (
    _heading_hits,
    _link_hits,
    _more_hits,
    _record_hits,
)
from .listing_reader import (
    _MIN_LINK_RUN,
    _SENTENCE_STOP,
    _SEPARATORS,
    _SNIPPET_MIN,
    _TAIL_AFTER,
    _TAIL_STAMP_MIN,
    ListingHit,
    WalkedHit,
    _headline,
    _Reader,
    _tail_dated,
    _unglued,
    weigh_blocks,
)

__all__ = ["MIN_ITEMS", "ListingHit", "WalkedHit", "find_listing", "weigh_blocks"]

MIN_ITEMS = 2
# "来源:台海网台海网9月13日讯": the outlet, often repeated by the dateline that follows.
_SOURCE_LABEL = lazy_compile(r"^\s*(?:来源|來源|稿源)\s*[:：]\s*(\S{2,12}?)(?=\1|\s|[(（]|$)")
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


def _snippet_source(snippet: str) -> tuple[str, str | None]:
    """A teaser's own attribution: a leading ``来源:X`` label, or the dateline it opens with."""
    label = _SOURCE_LABEL.match(snippet)
    if label:
        return snippet[label.end() :].lstrip(), source_name(label.group(1))
    opening = match_dateline(snippet)
    if opening is not None and opening.start == 0:
        return snippet, opening.source or opening.dateline.agency
    return snippet, None


def _own_headline(text: str, title: str) -> bool:
    """The page's own headline (perhaps with a section tag: "廉署貪污舉報今年跌11% (港聞)")."""
    text = text.replace(" ", "")
    return len(title) >= _TITLE_MIN and text.startswith(title) and len(text) - len(title) <= 6


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
